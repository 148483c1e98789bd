"""Detection improvements made after the blind thirteenth toets set (publicatie/evaluation/
realistic_toets13) was measured: paraphs in a log row and in a list with a known paraph,
logins after "door" or "gebruiker" in an export header, names with a single capital between
hyphens, cadastral parcels with their municipality, British addresses and foreign numbers,
landlines of public bodies and companies, members of an audit office listed before "(leden)",
associations in a name column. New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

import pytest

from tests.detect_helpers import (
    model,  # noqa: F401 (fixture)
    names_with_model,
    of_type,
    redacted_addresses,
    redacted_names_with_model,
)


@pytest.mark.usefixtures("model")
def test_paraphs_in_a_log_row_and_in_a_list_with_a_known_paraph_are_redacted() -> None:
    text = (
        "12-03  08.15  JK    Peilschaal gecontroleerd, geen kwel\n"
        "12-03  14.40  RT    Zandzakken geplaatst bij de sluis\n"
        "Beoordeeld door drie medewerkers (PtV, MO en SK).\nAantekening DW 14-03: afgerond.\n"
        "Opgesteld: 15 maart 2026, LB / AvE\n12-03  09.00  NAP +1,20 m gemeten\n"
    )
    found = names_with_model(text)
    for token in ("JK", "RT", "PtV", "MO", "SK", "DW", "LB", "AvE"):
        assert found.get(token) == "redact", (token, found)
    assert "NAP" not in found


@pytest.mark.usefixtures("model")
def test_logins_in_an_export_header_are_redacted_wherever_they_recur() -> None:
    text = (
        "Export Vergunningen – aangemaakt 02-03-2026 10:01 door mkoster – filter: maart\n"
        "# bron: Zaaksysteem, gebruiker hbrouwer; bedragen in euro's\n"
        "zaak\tstatus\tbeh\nZ-1\topen\tmkoster\nZ-2\tdicht\thbrouwer\nZ-3\topen\tmkoster\n"
        "De maatschap is als gebruiker aangeschreven.\n"
    )
    found = redacted_names_with_model(text)
    assert found.count("mkoster") == 3 and found.count("hbrouwer") == 2, found
    assert "aangeschreven" not in " ".join(found)


@pytest.mark.usefixtures("model")
def test_a_single_capital_between_hyphens_belongs_to_the_surname() -> None:
    found = names_with_model("Eigenaren: R.J. Kon-A-Fong en mevrouw L.M. Kon-A-Fong-Veldman.")
    assert found.get("R.J. Kon-A-Fong") == "redact", found
    assert found.get("L.M. Kon-A-Fong-Veldman") == "redact", found


def test_a_cadastral_parcel_is_redacted_with_its_municipality() -> None:
    text = "Het perceel kadastraal bekend als Winterswijk, sectie K, nummer 2211 is verpacht."
    assert redacted_addresses(text) == ["Winterswijk, sectie K, nummer 2211"]


def test_a_british_address_and_mobile_number_are_redacted() -> None:
    text = "Flat 2, 14 Lansdowne Road\nLondon W11 3AL\nUnited Kingdom\nMobile: +44 7700 900 123\n"
    assert redacted_addresses(text) == ["Flat 2, 14 Lansdowne Road", "W11 3AL"]
    assert of_type(text, "phone") == [("+44 7700 900 123", "redact")]


@pytest.mark.parametrize(
    "text",
    [
        "Bewoners met vragen kunnen bellen met de GGD, 010 433 99 66.",
        "Taxatiebureau WaardeWijzer B.V. | KvK 67120935 | 085 060 55 21",
    ],
)
def test_landlines_of_public_bodies_and_companies_stay_visible(text: str) -> None:
    assert [action for _, action in of_type(text, "phone")] == ["keep"]


def test_a_direct_line_under_a_job_title_at_the_municipality_stays_personal() -> None:
    text = "Met vriendelijke groet,\nKim Verhoef\nklachtencoördinator gemeente Ede | 0318 538 619"
    assert of_type(text, "phone") == [("0318 538 619", "redact")]


@pytest.mark.usefixtures("model")
def test_audit_office_members_listed_before_leden_stay_visible_and_its_staff_does_not() -> None:
    text = (
        "Het onderzoek is uitgevoerd door de rekenkamer, bestaande uit dr. P.A. Brink "
        "(voorzitter), mr. H. Terlouw en drs. S.K. Maas (leden), ondersteund door de "
        "onderzoeker van de rekenkamer, T. Bosman."
    )
    found = names_with_model(text)
    assert {found.get(n) for n in ("P.A. Brink", "H. Terlouw", "S.K. Maas")} == {"keep"}, found
    assert found.get("T. Bosman") == "redact", found


@pytest.mark.usefixtures("model")
def test_a_street_named_after_an_office_in_brackets_is_no_office() -> None:
    found = names_with_model(
        "Eén bewoner, de heer K. Mulder (Burgemeester Hustinxstraat 9), belde."
    )
    assert found.get("K. Mulder") == "redact", found


@pytest.mark.usefixtures("model")
def test_the_chair_under_a_council_committees_heading_is_an_office_holder() -> None:
    text = (
        "Gemeenteraad Emmen – commissie Ruimte, woordelijk verslag\n"
        "Voorzitter: mevrouw T. Bruins\nInsprekers: de heer A. Dolfing, namens Vereniging "
        "Dorpsbelang.\n"
    )
    found = names_with_model(text)
    assert found.get("T. Bruins") == "keep" and found.get("A. Dolfing") == "redact", found


@pytest.mark.usefixtures("model")
def test_associations_in_a_name_column_are_no_persons() -> None:
    text = (
        "dossier;aanvrager;bedrag\nS-1;VV Emmen Boys;500\nS-2;Tennisclub De Hoek;250\n"
        "S-3;Greet Snijders;100\nS-4;Statengriffie;50\nS-5;Griffie (functioneel);0\n"
    )
    found = names_with_model(text)
    assert found.get("Greet Snijders") == "redact", found
    assert not {"VV Emmen Boys", "Tennisclub De Hoek", "Statengriffie", "Griffie"} & set(found)


def test_a_date_between_a_name_and_a_birthplace_is_a_date_of_birth() -> None:
    text = "Ingezet: a. Joris Pelgrim, 03-04-1994, Oosterhout; b. Ans Wuyts, 1 mei 1987, Breda."
    assert [t for t, _ in of_type(text, "dob")] == ["03-04-1994", "1 mei 1987"]
    assert of_type("Vergadering, 03-04-2026, Breda", "dob") == []


def test_a_frisian_birth_date_label_and_a_german_address_are_recognised() -> None:
    assert of_type("Bertedatum: 14-01-1958", "dob") == [("14-01-1958", "redact")]
    text = "Herr K. Vennekamp\nAm Rosenhügel 17\n46399 Bocholt\nDeutschland\n"
    assert redacted_addresses(text) == ["Am Rosenhügel 17", "46399"]


@pytest.mark.usefixtures("model")
def test_logins_in_an_account_column_and_private_social_media_handles_are_redacted() -> None:
    text = (
        "Gegenereerd door: hvdmeer | filter: alle kanalen\n"
        "Account | Naam | Rol\nbkorte | B. Korte | lezen\next_mvos | M. Vos | schrijven\n"
        "dsmit2 | D. Smit | beheer\n\n[14-08] X – DM van @lotte_veenstra: zie foto\n"
        "[14-08] reactie aan @lotte_veenstra en @gemeentehelmond\n"
    )
    found = redacted_names_with_model(text)
    for login in ("hvdmeer", "bkorte", "ext_mvos", "dsmit2"):
        assert login in found, (login, found)
    assert found.count("lotte_veenstra") == 2, found
    assert "gemeentehelmond" not in found
