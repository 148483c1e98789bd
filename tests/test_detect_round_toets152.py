"""Lakken, seventy-seventh round (tuned on realistic_toets152 and _toets153).

What the round added: in a document that tells of namesakes ("geen familie van de wethouder"),
a person addressed by a title ("meneer Ploeg", "de heer K. Ploeg", "Geachte heer Ploeg,") is
the resident, not the office holder of that surname; council minutes' "De heer Bosma vraagt"
stays a member. A surname's initial closing its cell before a tab or a dash ("BAKKER T<tab>",
"Nowak T - Pieter Zeemanstraat 56") and the particles opening it ('"de Graaf, B."') belong to
the name. A holiday home named like a person ("Chalet Vink") is no person. The number of a
disabled parking card by its label ("Zijn parkeerkaart is 04795306275", a "GPK-nr" column).
New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from publicatie.detect import _repeated_surnames
from schemas.records import RedactionSpan
from tests.detect_helpers import (  # noqa: F401
    model,
    redacted_of_type,
    spans,
)


def test_a_namesake_addressed_by_a_title_is_the_resident(model) -> None:  # noqa: F811
    text = (
        "Wethouder Zandstra vroeg of de scootmobiel van meneer Zandstra goed werkte toen hij "
        "viel. Meneer Zandstra is geen familie van de wethouder. De accu van meneer Zandstra "
        "was leeg; de heer T. Zandstra krijgt een nieuw exemplaar.\n"
    )
    found = spans(text, use_model=True)
    assert ("name", "Zandstra", "keep") in found  # the wethouder
    assert found.count(("name", "Zandstra", "redact")) == 3
    assert ("name", "T. Zandstra", "redact") in found


def test_a_letter_to_a_namesake_is_redacted(model) -> None:  # noqa: F811
    text = (
        "De heer K. Zandstra\nLindelaan 4\n8401 AB Gorredijk\n\nGeachte heer Zandstra,\n\n"
        "Omdat u dezelfde achternaam hebt als wethouder Zandstra, tekent de burgemeester deze "
        "brief.\n"
    )
    found = spans(text, use_model=True)
    assert ("name", "Zandstra", "keep") in found
    assert ("name", "K. Zandstra", "redact") in found
    assert ("name", "Zandstra", "redact") in found


def test_council_members_in_minutes_stay_visible_beside_namesakes(model) -> None:  # noqa: F811
    text = (
        "Verslag van de commissie Samenleving. Aanwezig: raadsleden H. Wiersma en P. Dijkstra.\n"
        "De heer Wiersma vraagt naar de wachttijden. Op een vraag van de heer Dijkstra zegt de "
        "wethouder dat het vervoer beter wordt.\nDe klager is geen familie van het raadslid.\n"
    )
    found = spans(text, use_model=True)
    assert ("name", "Wiersma", "keep") in found
    assert ("name", "Dijkstra", "keep") in found


def test_a_surname_takes_the_initial_closing_its_cell(model) -> None:  # noqa: F811
    text = (
        "Servicerapport trapliften, fragment (monteur Jan Bakker):\n"
        "WZ-42461\tBAKKER T\tZuideinde 88\t1546 XP\tJisp\n"
    )
    names = redacted_of_type(text, "name", use_model=True)
    assert "BAKKER T" in names
    text = (
        "Ritten van 27 juni:\n"
        'ZTV-29,Kwabena Osei,08:04,"Ruud Hoekstra","Hoekstra R - Pieter Zeemanstraat 56",10.6\n'
    )
    names = redacted_of_type(text, "name", use_model=True)
    assert "Hoekstra R" in names


def test_the_particles_opening_a_cell_belong_to_the_name(model) -> None:  # noqa: F811
    text = (
        "Uittreksel uit het CRM:\n"
        'D-5400,badkamer,"de Graaf, B. (Citroenvlinder 20 Wormer)",06 96 74 32 82\n'
        'D-3106,drempels,"de Jong, P. (Pieter Zeemanstraat 56 Wormer)",06 80 21 48 87\n'
    )
    names = redacted_of_type(text, "name", use_model=True)
    assert "de Graaf, B." in names
    assert "de Jong, P." in names


def test_a_holiday_home_named_like_a_person_is_no_person(model) -> None:  # noqa: F811
    text = (
        "Reserveringen 2025:\n"
        'KB25-10163,Chalet Koekoek,2025-01-01,"Pasterkamp, G.",g.pasterkamp45@kpnmail.nl\n'
        'KB25-27594,Chalet Vink,2025-01-06,2025-12-22,"Haverkort, H.",h.haverkort@gmail.com\n'
    )
    names = redacted_of_type(text, "name", use_model=True)
    assert not any("Chalet" in name for name in names)
    assert "Haverkort, H." in names


def test_a_disabled_parking_card_number_by_its_label() -> None:
    text = (
        "Gesprek klantcontactcentrum over de gehandicaptenparkeerkaart.\n"
        "Klant: Zijn parkeerkaart is 04795306275, voor de XR-202-T.\n"
        '"Datum";"Aanvrager";"GPK-nr";"Kenteken"\n'
        '"2025-03-14";"Ayşe Kaya";"04794189778";"RLG-37-P"\n'
        '"2025-04-02";"Fatma Demir";"04793633895";"J-448-VF"\n'
    )
    numbers = redacted_of_type(text, "document_number")
    assert {"04795306275", "04794189778", "04793633895"} <= set(numbers)


def test_a_month_written_like_a_first_name_is_no_mention_of_the_person(model) -> None:  # noqa: F811
    text = (
        "Issue WD-118\nCreated: 14 Jan 2026 09:02   Updated: 16 Jan 2026 15:40\n"
        "De buurman, Jan Mertens op de Kloosterstraat, belde. Jan wil teruggebeld worden.\n"
        "bhermans  15 Jan 2026 10:15\nGezien.\n"
    )
    names = redacted_of_type(text, "name", use_model=True)
    assert "Jan Mertens" in names
    assert names.count("Jan") == 1  # "Jan wil ...", not the three dates


def test_a_village_read_once_with_a_name_stays_a_place_elsewhere(model) -> None:  # noqa: F811
    text = (
        "Onderwerp: klacht Jeurissen Vlodrop (Z-RD-57556)\n\n"
        "Meneer R. Jeurissen woont aan de Rochusstraat 44, 6063 LK Vlodrop. In Vlodrop is op 12 "
        "januari niet gestrooid; route R4 Vlodrop reed pas om 11:00.\n"
    )
    names = redacted_of_type(text, "name", use_model=True)
    assert not any(name.endswith("Vlodrop") and "Jeurissen" not in name for name in names)
    assert "R. Jeurissen" in names


def test_a_blank_name_span_does_not_break_the_surname_pass() -> None:
    # the verification re-reads redacted text, where a name can be read over the blanks left
    # by lakken; the village check must not fail on a name without words
    text = "Aan: E. ter Horst, gemeentesecretaris;     , teamleider\n6063 LK Vlodrop\n"
    blank = RedactionSpan(
        start=39, end=42, text="   ", type="name", ground="5.1.2e", action="redact", reason="x"
    )
    assert _repeated_surnames(text, [blank]) == []
