"""Detection improvements made after the blind twenty-ninth and thirtieth toets sets
(publicatie/evaluation/realistic_toets29 and _toets30) were measured: service, student and
agency staff numbers, English dates of birth and passports, a "geb" column and an export's
"kind_voornaam" columns, Urk's district addresses, the plate of an organisation's own vehicle,
team mailboxes, "Den Haag" and the provinces as places, and a trade name that does not make a
common word a first name. New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

import pytest

from tests.detect_helpers import (
    model,  # noqa: F401 (fixture)
    of_type,
    redacted_names_with_model,
    redacted_of_type,
)


@pytest.mark.parametrize(
    "text, value",
    [
        (
            "Proces-verbaal opgemaakt door verbalisant K. Drost, dienstnummer PL-1177302.",
            "PL-1177302",
        ),
        ("Uitzendkracht via Flexwerk B.V., personeelsnr. uitzender 620154493.", "620154493"),
        ("Aanwezig: studentnummer 4410287 (bewoner kamer 2).", "4410287"),
        ("My wife (Indian passport K8830147) joins in May.", "K8830147"),
    ],
)
def test_personal_numbers_after_their_word(text: str, value: str) -> None:
    assert (value, "redact") in of_type(text, "document_number")


def test_service_and_student_numbers_in_their_columns() -> None:
    jsonl = '{"handhaver": "boa12", "dienstnr": "HH-50321", "tijd": "2025-08-11T23:14"}\n'
    assert ("HH-50321", "redact") in of_type(jsonl, "document_number")
    table = (
        "kamer  naam              studentnr.  aanwezig\n"
        "1      Lin Wei           5920184     ja\n"
        "2      Eleni Kostaki     5731126     nee\n"
    )
    numbers = redacted_of_type(table, "document_number")
    assert numbers == ["5920184", "5731126"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("My husband (born 04/11/1984) will join us.", "04/11/1984"),
        ("Our son Arjun (born 9 Sept 2019) goes to school.", "9 Sept 2019"),
        ("Date of birth: 12 March 1990.", "12 March 1990"),
    ],
)
def test_english_dates_of_birth(text: str, value: str) -> None:
    assert (value, "redact") in of_type(text, "dob")


def test_an_export_with_a_geb_column_and_underscored_name_columns(model) -> None:  # noqa: F811
    text = (
        '"zaak","kind_voornaam","kind_achternaam","geb","client_id"\n'
        '"Z-01","Tarik","Haddaoui","2016-02-11","730015524"\n'
        '"Z-02","Zoya","Marchenko","2015-09-30","730015613"\n'
    )
    assert ("2016-02-11", "redact") in of_type(text, "dob")
    assert ("2015-09-30", "redact") in of_type(text, "dob")
    names = redacted_names_with_model(text)
    assert {"Tarik", "Haddaoui", "Zoya", "Marchenko"} <= set(names)
    # an identifier's key ("client_id") is no name column
    assert "730015524" not in names


def test_urk_addresses_by_district_and_number() -> None:
    text = "De heer J. Kramer, Wijk 3 41a, 8321 CE Urk, vraagt uitstel. Scan: Wijk 6 l2, Urk."
    addresses = redacted_of_type(text, "address")
    assert "Wijk 3 41a" in addresses and "Wijk 6 l2" in addresses


def test_no_district_address_outside_urk() -> None:
    assert of_type("In Wijk 3 12 woningen gesloopt, in Wijk 4 nog niet.", "address") == []


@pytest.mark.parametrize(
    "text",
    [
        "Naast de loods stond de bedrijfsbus van de B.V. (VTR-71-K).",
        "Uw leaseauto van Klimaattechniek Oranjewoud B.V. (V-562-BL) staat op het terrein.",
        "| tankpas dienstauto | dienstauto V-903-RT | ja |",
        "De commandovoertuigen (o.a. 41-BKT-8) stonden te dicht op de rook.",
    ],
)
def test_the_plate_of_an_organisations_vehicle_stays_visible(text: str) -> None:
    plates = of_type(text, "kenteken")
    assert plates and all(action == "keep" for _, action in plates)


def test_a_sole_traders_or_a_persons_plate_is_still_redacted() -> None:
    text = (
        "Shovel van Grondverzet Verhoek (kenteken WG-512-J). De heer Verhoek parkeerde zijn "
        "eigen auto, VXT-44-R, op de stoep."
    )
    assert of_type(text, "kenteken") == [("WG-512-J", "redact"), ("VXT-44-R", "redact")]


@pytest.mark.parametrize(
    "mailbox",
    [
        "klantenservice@afvalbedrijf.nl",
        "geluidwering@lelystad.nl",
        "apv-ontheffingen@denhaag.nl",
        "burgerzaken.expats@denhaag.nl",
        "oov@denhaag.nl",
        "rvp-flevoland@ggdflevoland.nl",
    ],
)
def test_team_mailboxes_stay_visible(model, mailbox: str) -> None:  # noqa: F811
    assert of_type(f"Vragen? Mail naar {mailbox}.", "email", use_model=True) == [(mailbox, "keep")]


def test_a_persons_mailbox_at_the_same_domain_is_redacted(model) -> None:  # noqa: F811
    text = "Vragen? Mail naar j.vanderlinden@denhaag.nl of apv-ontheffingen@denhaag.nl."
    assert dict(of_type(text, "email", use_model=True)) == {
        "j.vanderlinden@denhaag.nl": "redact",
        "apv-ontheffingen@denhaag.nl": "keep",
    }


def test_den_haag_before_a_role_on_the_next_line_is_no_person(model) -> None:  # noqa: F811
    text = (
        "Object: gebedshuis, Loosduinseweg 12 (voormalige winkel), Den Haag\n"
        "Melder: Ravi Sewdien, secretaris van de stichting\n"
    )
    names = redacted_names_with_model(text)
    assert "Ravi Sewdien" in names and not any("Haag" in n for n in names)


def test_a_trade_name_does_not_make_a_common_word_a_first_name(model) -> None:  # noqa: F811
    text = (
        'Op Facebook adverteert hij als "Vis van Jelle". Hij verkocht de vis vanuit zijn '
        "garage; buren kopen er al jaren hun vis."
    )
    names = redacted_names_with_model(text)
    assert "vis" not in names
