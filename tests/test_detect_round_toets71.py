"""Detection improvements made after the blind seventy-first and seventy-second toets sets
(publicatie/evaluation/realistic_toets71 and _toets72) were measured: one mechanism for a house
number on its own, in digits or in words (with the number words of `publicatie.number_words`
shared by every detector that reads them); a phone number said digit by digit in dialect; a
German date of birth and a German mobile number; a fixed-width table whose header numbers its
lessons; a boa's registration or service number, a pager in a turn-out list; "geboren ... te
Deventer" is a place, not a name. New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

import re

from publicatie.number_words import DAY, PAIR, UNIT
from tests.detect_helpers import model, of_type, redacted_of_type  # noqa: F401 (fixture)


def _covered(value: str, spans: list[str]) -> bool:
    return any(value in span for span in spans)


def test_number_words_hold_the_regional_forms_and_every_day_of_a_month() -> None:
    assert re.fullmatch(UNIT, "vief") and re.fullmatch(UNIT, "zeuven")
    assert re.fullmatch(PAIR, "een-en-veertig") and re.fullmatch(PAIR, "zeuventien")
    assert re.fullmatch(DAY, "eenendertig") and re.fullmatch(DAY, "eerste")
    assert not re.fullmatch(DAY, "tweeëndertig")  # no month has it


def test_a_house_number_of_a_neighbour_or_child_in_brackets_or_after_a_street() -> None:
    text = (
        "Melding van buurvrouw T. Hanekamp (nr. 41, tel. via meldkamer) over knallen.\n"
        "De getuige (Veenhof nr. 12c, 06 1234 5678) zag een auto wegrijden.\n"
        "Gevaar voor de buurt, ook voor de kinderen op nummer 17b.\n"
        "Hij stond te wachten op de Noorderzijde nummer achtentwintig.\n"
        "Van 't Vene an de Kerkweg, da's nommer zeuventien.\n"
    )
    addresses = redacted_of_type(text, "address")
    for value in ("nr. 41", "nr. 12c", "nummer 17b", "nommer zeuventien"):
        assert _covered(value, addresses), value
    # the street right before the number belongs to the address
    assert "Noorderzijde nummer achtentwintig" in addresses


def test_numbers_that_are_no_house_stay() -> None:
    text = (
        "De raad nam de motie aan (Motie nr. 12, aangenomen).\n"
        "Wij wonen hier graag; agendapunt nummer 4 ging over de speeltuin.\n"
        "Zie de stukken (Bijlage nr. 3, blz. 2).\n"
        "De nummer drie, de heer A. Hamstra, is als reserve aangemerkt.\n"
        "6   09   S. Polderman          Brouwershaven    standplaats 46\n"
    )
    assert redacted_of_type(text, "address") == []


def test_a_phone_number_said_digit_by_digit_in_dialect() -> None:
    text = "Belt u mij maar terug op nul zes, vier een, zeuven acht, vief nul, twee ene.\n"
    assert redacted_of_type(text, "phone") == ["nul zes, vier een, zeuven acht, vief nul, twee ene"]


def test_a_german_date_of_birth_and_a_german_mobile_number() -> None:
    text = (
        "Teilnehmer: Jonas Brinkhaus, geb. 7. März 2012\n"
        "Mutter: Lea Brinkhaus (geb. 21. Dezember 1979)\n"
        "Erreichbar: mobil 0162 318 4470, Festnetz über die Zentrale.\n"
        "Das Turnier findet am 14. Mai 2026 statt.\n"
    )
    assert redacted_of_type(text, "dob") == ["7. März 2012", "21. Dezember 1979"]
    assert redacted_of_type(text, "phone") == ["0162 318 4470"]


def test_a_fixed_width_table_whose_header_numbers_the_lessons() -> None:
    text = (
        "Nr Deelnemer               Geb.datum   Les 1 2 3 4  Opmerking\n"
        " 1 Sem Oosterbroek        12-02-2016        x x x x  klaar\n"
        " 2 Noor Vlietstra           03-11-2015        x - x x  start\n"
    )
    assert redacted_of_type(text, "dob") == ["12-02-2016", "03-11-2015"]


def test_a_boas_registration_and_service_number_and_a_pager() -> None:
    text = (
        "Ik, verbalisant, BOA-registratienummer 204417395, verklaar het volgende.\n"
        "Namens de gemeente: boa R. Tuinman (dienstnummer DVT-BOA-027).\n\n"
        "roepnaam | naam            | pager    | mobiel\n"
        "PST-02   | Gerrit Holtslag | PG-51207 | 06 41 22 87 30\n"
        "PST-05   | Ilse Bouwhuis   | PG-51214 | 06 52 10 93 48\n"
    )
    numbers = redacted_of_type(text, "document_number")
    for value in ("204417395", "DVT-BOA-027", "PG-51207", "PG-51214"):
        assert value in numbers, value
    assert "PST-02" not in numbers


def test_born_in_a_place_is_no_name(model) -> None:  # noqa: F811
    text = (
        "Achternaam: WESTERVELD\nVoornamen: Gerrit Jan\n"
        "Geboren: 02-07-1991 te Deventer\nAdres: Kastanjelaan 9, 7241 GP Lochem\n"
        "Hij woont sinds 2019 te Lochem.\n"
    )
    names = [value for value, _ in of_type(text, "name", use_model=True)]
    assert "te Deventer" not in names and "te Lochem" not in names


def test_a_police_officer_or_boa_named_by_the_surname_alone() -> None:
    text = (
        "Wijkagent Oudekerk langs: bij controle op de skatebaan niets gevonden.\n"
        "Melding bij wijkagent Veldhorst-Amink niet nodig geacht.\n"
        "Aanwezig: Sanne Mulder (leerplicht), wijkagent Brommelkamp\n"
        "De wijkagent Centrum is bereikbaar via 0900-8844.\n"
        "Opgave door brigadier M. Pranata (wijkagent Kruidenwijk), 09:12 uur.\n"
    )
    names = redacted_of_type(text, "name")
    for value in ("Oudekerk", "Veldhorst-Amink", "Brommelkamp"):
        assert value in names, value
    assert "Centrum" not in names and "Kruidenwijk" not in names
