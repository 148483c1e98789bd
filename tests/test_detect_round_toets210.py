"""Lakken, hundred-and-fifth round (tuned on realistic_toets209 and realistic_toets210).

What the round added: a number in the shape of a Dutch passport's or identity card's (two letters,
six letters or digits, a digit; no letter O) is redacted where no word for the document stands
before it (an export's '"oud_document": "KRWH93K34"', "de kaart ... heeft nummer LKJ5AK5R4"), but
not after a word for a file, a case or an order ("Ons kenmerk: BZ4471K28") nor the checksum that
ends a library's SIP2 message ("|AY1AZF0A1"); a name that runs on into such a number in a
register's column keeps its own span ("Nerea Ferrer Albiol, CAB491726"); the lettered parts of a
form ("Deel A. Persoonsgegevens", "Deel B. Echtgenote") are headings, no initial and surname; a
login as the value of a compound key ('"baliemedewerker": "lbrugman"'); health and criminal data in
the words the sets' writers marked everywhere: a psychiatric clinic or ward ("GGZ-kliniek",
"PAAZ"), being taken into a nursing home or a clinic, a heart attack, a leg in plaster, an offence
by its kind ("geweldsdelict", "zedendelict"). New variations, not copies of the evaluation
documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401
    kept_of_type,
    model,
    redacted_of_type,
)

_EXPORT = (
    "{\n"
    '  "afspraken": [\n'
    "    {\n"
    '      "product": "paspoort (vervanging)",\n'
    '      "oud_document": "NPT4K72R8",\n'
    '      "leges": "€ 84,70"\n'
    "    }\n"
    "  ],\n"
    '  "baliemedewerker": "wkorteweg",\n'
    '  "afgedrukt_door": "Femke Dijkhuizen"\n'
    "}\n"
)


def test_a_passport_shaped_number_without_the_documents_word(model) -> None:  # noqa: F811
    assert redacted_of_type(_EXPORT, "document_number", use_model=True) == ["NPT4K72R8"]
    mail = "De kaart van mijn dochter is kwijt, die heeft nummer HBR2T64K1. Wat nu?"
    assert redacted_of_type(mail, "document_number", use_model=True) == ["HBR2T64K1"]


def test_not_after_a_word_for_a_file_or_an_order(model) -> None:  # noqa: F811
    letter = "Ons kenmerk: BZ4471K28\nRef. WT5528R31 (bestelling)\nUw ID-kaart: HRT93K4L2\n"
    assert redacted_of_type(letter, "document_number", use_model=True) == ["HRT93K4L2"]


def test_not_a_sip2_checksum(model) -> None:  # noqa: F811
    log = (
        "2025-09-03 10:14:07 DEBUG [sip2-3] >> 9300CNselfcheck02|COxxxxxx|CPHOOFD|AY2AZE3B7\n"
        "2025-09-03 10:14:09 DEBUG [sip2-3] << 941AY2AZFDF9\n"
    )
    assert redacted_of_type(log, "document_number", use_model=True) == []


def test_a_name_that_runs_on_into_a_passport_number(model) -> None:  # noqa: F811
    register = (
        "Nr          Datum  Voorwerp                  Gevonden door          Eigenaar\n"
        "GV-25-2011  12-08  paspoort                  kassa veerpont         "
        "Inês Moura Carvalho, CBT582913\n"
    )
    assert redacted_of_type(register, "document_number", use_model=True) == ["CBT582913"]
    assert redacted_of_type(register, "name", use_model=True) == ["Inês Moura Carvalho"]


def test_the_lettered_parts_of_a_form_are_headings(model) -> None:  # noqa: F811
    form = (
        "Verzoek om naturalisatie - dossier NAT-2025-0088\n\n"
        "Deel A. Persoonsgegevens verzoeker\n"
        "Geslachtsnaam: HAILE\nVoornamen: Dawit\n\n"
        "Deel B. Echtgenote\n"
        "Geslachtsnaam: TESFAYE\nVoornamen: Rahel\n\n"
        "Deel C. Betaling\n"
        "Leges: € 1.345,00\n"
        "Behandeld door: J. Pos\n"
    )
    names = redacted_of_type(form, "name", use_model=True)
    assert "A. Persoonsgegevens" not in names and "B. Echtgenote" not in names
    assert "C. Betaling" not in names
    assert "J. Pos" in names


def test_a_login_after_a_compound_key(model) -> None:  # noqa: F811
    assert "wkorteweg" in redacted_of_type(_EXPORT, "name", use_model=True)


def test_a_stay_in_a_psychiatric_clinic_or_a_nursing_home(model) -> None:  # noqa: F811
    note = (
        "Huisbezoek 14-03: de bewoner verblijft tot mei in een GGZ-kliniek.\n"
        "Zijn broer is vorige week opgenomen op de PAAZ.\n"
        "De moeder is sinds 2 februari opgenomen in verpleeghuis De Linde.\n"
    )
    special = redacted_of_type(note, "special", use_model=True)
    assert len(special) == 3


def test_a_heart_attack_a_leg_in_plaster_an_offence(model) -> None:  # noqa: F811
    chat = (
        "[12-03 20:14] Anouk: Mijn oom kreeg gisteren een hartaanval.\n"
        "[12-03 20:15] Ruud: Ik loop nog met een gipsbeen, dus ik kan niet helpen.\n"
        "[12-03 20:17] Anouk: Die huurder zit vast voor een geweldsdelict.\n"
    )
    assert len(redacted_of_type(chat, "special", use_model=True)) == 3


def test_a_clinic_as_a_building_is_no_health_data(model) -> None:  # noqa: F811
    plan = "Naast het station komt een nieuwe kliniek met 40 plaatsen; de taxi naar het gips."
    assert redacted_of_type(plan, "special", use_model=True) == []
