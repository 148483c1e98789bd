"""Detection improvements made after the blind twenty-first and twenty-second toets sets
(publicatie/evaluation/realistic_toets21 and _toets22) were measured: Frisian street names and
"nûmer", staff numbers under "Pnr", identity papers under "ID-document", more parcels of one
section, a foreign plate after "kenteken" with three groups, an 088 number announced as a direct
line, and dates of birth after a name in a dashed list. New variations, not copies of the
evaluation documents.
"""

from __future__ import annotations

import pytest

from tests.detect_helpers import (
    model,  # noqa: F401 (fixture)
    of_type,
    redacted_addresses,
    redacted_of_type,
    spans,
)


@pytest.mark.parametrize(
    "text, value",
    [
        ("De brief gaat naar Skilwei 14, 9231 AB Surhuisterveen.", "Skilwei 14"),
        ("Wy wenje oan de Greidhoekdyk 7 yn Berltsum.", "Greidhoekdyk 7"),
        ("ús hûs oan it Sleatspaad 3a", "Sleatspaad 3a"),
        ("Us buorman (nûmer 41b) hat ek klachten.", "nûmer 41b"),
    ],
)
def test_frisian_streets_and_house_numbers_are_addresses(text: str, value: str) -> None:
    assert value in redacted_addresses(text)


def test_staff_numbers_under_pnr_and_papers_under_id_document_are_redacted() -> None:
    text = (
        "Pnr\tNaam\tTeam\n"
        "M07715\tHoekstra, Sjoukje\tBurgerzaken\n"
        "M08302\tVeenstra, Jelle\tWijkteam\n"
        "M01144\tKoopmans, Aafke\tICT\n\n"
        "Naam\tGeb.datum\tNat.\tID-document\n"
        "Nowak, Piotr\t14-02-1991\tPOL\tCDK417725\n"
        "Popa, Ion\t07-07-1979\tROU\tRX 512377\n"
        "Ivanova, Mila\t03-09-1998\tBGR\t384615111\n"
    )
    numbers = redacted_of_type(text, "document_number")
    assert numbers == ["M07715", "M08302", "M01144", "CDK417725", "RX 512377", "384615111"]


def test_more_parcels_of_one_section_are_one_cadastral_reference() -> None:
    text = "voor de percelen Zevenbergen K 2211 en K 2214, met druppelirrigatie."
    assert "Zevenbergen K 2211 en K 2214" in redacted_addresses(text)


def test_a_foreign_plate_in_three_groups_after_kenteken() -> None:
    text = "een bestelbus met Bulgaars kenteken CA 4417 KT voor de deur."
    assert of_type(text, "kenteken") == [("CA 4417 KT", "redact")]


def test_an_088_number_is_general_unless_announced_as_a_direct_line() -> None:
    text = "Terugkoppeling door Hoekstra, direct 088 22 99 318.\nAlgemeen: 088 22 99 444"
    assert dict(of_type(text, "phone")) == {"088 22 99 318": "redact", "088 22 99 444": "keep"}


@pytest.mark.usefixtures("model")
def test_a_date_after_a_name_in_a_dashed_list_is_a_date_of_birth() -> None:
    text = (
        "Deelnemers\n"
        "1. Sietse Haitsma – 02-07-1991 – zie boven\n"
        "2. Wybren Dykstra – 15-11-1986 – 0612553311\n"
        "Vergadering – 12-03-2024 – verslag\n"
    )
    found = {t: a for k, t, a in spans(text, use_model=True) if k == "dob"}
    assert found == {"02-07-1991": "redact", "15-11-1986": "redact"}


@pytest.mark.usefixtures("model")
def test_a_surname_takes_the_known_first_name_before_it() -> None:
    from tests.detect_helpers import names_with_model

    found = names_with_model(
        "Het verzoek kwam van mevrouw Lenstra. Later belde Veehouderij Oeds Lenstra opnieuw."
    )
    # since round 29 the whole trade name of the sole trader ("Veehouderij Oeds Lenstra")
    assert any("Oeds Lenstra" in name and action == "redact" for name, action in found.items())


@pytest.mark.usefixtures("model")
def test_a_paraph_of_an_initial_and_two_letters_of_the_surname_is_a_name() -> None:
    from tests.detect_helpers import names_with_model

    text = (
        "Bevindingen toezicht (JDe): vier personen per kamer.\n"
        "Ontvangen: 03-09-2025 balie          Mdw: GW\n"
        "Verbruik 12 MWh, zender op 3 GHz; de MSc-opleiding en de PCs van de balie.\n"
        "Later gezien door JDe.\n"
    )
    found = names_with_model(text)
    assert found == {"JDe": "redact", "GW": "redact"}, found
