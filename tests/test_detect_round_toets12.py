"""Detection improvements made after the blind twelfth toets set (publicatie/evaluation/
realistic_toets12) was measured: numbers that belong to one person for good (client,
personnel, BIG, AGB, diploma), printed forms with dot leaders and lettered sections, logins in
a register and wherever they recur, offices with a portfolio before titles, an office holder's
own paraph, announced general numbers, team mailboxes, languages, Polish addresses. New
variations, not copies of the evaluation documents.
"""

from __future__ import annotations

import pytest

from tests.detect_helpers import (
    document_numbers,
    model,  # noqa: F401 (fixture)
    names_with_model,
    of_type,
    redacted_addresses,
    redacted_names_with_model,
)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Personeelsnummer   : 220187", "220187"),
        ("cliëntnummer Wmo 7730215 (zie dossier)", "7730215"),
        ("De psycholoog (BIG 79012345625) schreef", "79012345625"),
        ("AGB-code zorgaanbieder: 41-207788", "41-207788"),
        ("zij haalde haar certificaatnr. VCA-VOL-2024-118273 in mei", "VCA-VOL-2024-118273"),
        ("**Deelnemer:** K. Baas · klantnr. RB-0077123", "RB-0077123"),
        ("SVB-relatienummer 30118472", "30118472"),
    ],
)
def test_numbers_that_belong_to_one_person_for_good_are_redacted(text: str, number: str) -> None:
    assert number in document_numbers(text)


def test_a_year_or_an_article_after_such_a_word_is_no_personal_number() -> None:
    assert document_numbers("SVB 2024: de klantnummers worden vernieuwd (artikel 12).") == []


def test_a_client_number_column_is_redacted_in_every_row() -> None:
    text = (
        "zaak;datum;klantnr;status\nK-1;01-02-2026;300114872;open\nK-2;02-02-2026;300229913;"
        "dicht\nK-3;03-02-2026;300310027;open\n"
    )
    assert document_numbers(text) == ["300114872", "300229913", "300310027"]


@pytest.mark.usefixtures("model")
def test_a_printed_form_with_dot_leaders_names_the_household_and_its_sections_are_no_names() -> (
    None
):
    text = (
        "A. Gezin\n1. Hoofdaanvrager ......  Yonas Tesfay       V-nr 2201774415\n"
        "2. Kind .................  Selam              V-nr 2201774431\n\n"
        "B. Wonen\nAdres volgt.\n\nC. Werk\nGeen.\n"
    )
    found = names_with_model(text)
    assert found.get("Yonas Tesfay") == "redact" and found.get("Selam") == "redact", found
    assert not {"A. Gezin", "B. Wonen", "C. Werk"} & set(found)
    assert not any("V-nr" in name for name in found)


@pytest.mark.usefixtures("model")
def test_a_login_in_a_register_column_is_redacted_there_and_in_a_log_elsewhere() -> None:
    text = (
        "# export aangemaakt 04-02-2026 door pvermeulen; bestand: meldingen.csv\n"
        "melding;datum;behandelaar;status\nM-1;01-02-2026;kdehaan;open\nM-2;02-02-2026;"
        "pvermeulen;dicht\nM-3;03-02-2026;kdehaan;open\n\nLog 05-02-2026 09:12  kdehaan  "
        "inzage\nOpgesteld door team Meldingen (zie bijlage).\n"
    )
    found = redacted_names_with_model(text)
    assert found.count("kdehaan") == 3 and found.count("pvermeulen") == 2, found
    assert "team" not in found


@pytest.mark.usefixtures("model")
def test_an_office_with_its_portfolio_before_titles_keeps_the_name_visible() -> None:
    text = (
        "Afschrift: wethouder Jeugd en Onderwijs mr. drs. K.A. Hoefnagels.\n"
        "drs. P. Smit\ngemeentesecretaris\n\nAfschrift: mevrouw J. Bakker"
    )
    found = names_with_model(text)
    assert found.get("K.A. Hoefnagels") == "keep", found
    assert found.get("J. Bakker") == "redact", found
    flat = dict(of_type(text.replace("\n", " "), "name", use_model=True))
    assert flat.get("J. Bakker") == "redact", flat  # a PDF page: lines joined


@pytest.mark.usefixtures("model")
def test_an_office_holders_own_paraph_stays_visible_and_a_clerks_does_not() -> None:
    text = "Paraaf wethouder:   BvO 12/2\nParaaf behandelaar: KdJ\nAkkoord BvO, verzenden."
    found = names_with_model(text)
    assert found.get("BvO") == "keep" and found.get("KdJ") == "redact", found


@pytest.mark.parametrize(
    "text",
    [
        "Bel bij spoed algemeen 050 367 67 67 of de wijkagent.",
        "direct +31 6 1234 5678 · algemeen / general +31 77 477 97 77",
        "Afwezigheid melden via 033 469 50 00 (algemeen nummer taalcentrum).",
    ],
)
def test_an_announced_general_number_stays_visible(text: str) -> None:
    found = dict(of_type(text, "phone"))
    general = [number for number in found if not number.startswith(("+31 6", "06"))]
    assert general and all(found[n] == "keep" for n in general), found


@pytest.mark.usefixtures("model")
def test_team_mailboxes_stay_visible_and_personal_ones_do_not() -> None:
    text = (
        "Vragen: klachtencoordinator@enschede.nl, taalhuis@bibliotheek.nl, hrm@waterschap.nl, "
        "handhaving.werkeninkomen@lelystad.nl; of mail j.devries@lelystad.nl of "
        "kvanleeuwen@lelystad.nl."
    )
    found = dict(of_type(text, "email"))
    assert found["klachtencoordinator@enschede.nl"] == "keep"
    assert found["taalhuis@bibliotheek.nl"] == "keep"
    assert found["hrm@waterschap.nl"] == "keep"
    assert found["handhaving.werkeninkomen@lelystad.nl"] == "keep"
    assert found["j.devries@lelystad.nl"] == "redact"
    assert found["kvanleeuwen@lelystad.nl"] == "redact"


@pytest.mark.usefixtures("model")
def test_a_language_is_no_surname_but_the_surname_engels_still_is() -> None:
    found = names_with_model(
        "Meneer spreekt redelijk Engels en een beetje Duits. Mevrouw Engels belde."
    )
    assert found == {"Engels": "redact"} or list(found) == ["Engels"], found
    spans = of_type("Meneer spreekt redelijk Engels.", "name", use_model=True)
    assert spans == []


def test_a_polish_address_and_its_postcode_are_redacted() -> None:
    text = "Pan Tomasz Nowicki\nul. Długosza 7/12\n41-200 Sosnowiec\nPOLSKA\n"
    assert redacted_addresses(text) == ["ul. Długosza 7/12", "41-200"]


@pytest.mark.usefixtures("model")
def test_a_chat_sender_with_a_first_name_and_an_initial_is_a_name() -> None:
    text = "[03-02-26 09:12:40] Fenna B.: Ik kom later\n[03-02-26 09:13:02] Fenna B.: Sorry!\n"
    found = redacted_names_with_model(text)
    assert found.count("Fenna B.") == 2, found


@pytest.mark.usefixtures("model")
def test_a_compound_job_title_cues_the_whole_name_after_it() -> None:
    found = names_with_model(
        "Jeugdconsulent Ilse van Gent-Bosma en schuldhulpmedewerker Thijs Ooms belden, "
        "daarna leerplichtambtenaar Ruben de Laat."
    )
    names = ("Ilse van Gent-Bosma", "Thijs Ooms", "Ruben de Laat")
    assert {found.get(n) for n in names} == {"redact"}, found


@pytest.mark.usefixtures("model")
def test_initials_that_sign_a_note_at_its_end_are_redacted_but_abbreviations_are_not() -> None:
    text = (
        "Besproken met de ouders, akkoord – RK 3-2\n[past niet in dit plan – TvB]\n"
        "Graag via de privacymailbox. MW\nAanwezig:\n- GGD\nZie de bijlage. NB\n"
    )
    found = names_with_model(text)
    assert {found.get(t) for t in ("RK", "TvB", "MW")} == {"redact"}, found
    assert not {"GGD", "NB"} & set(found)
