"""Lakken, seventy-fifth round (tuned on realistic_toets148 and _toets149).

What the round added: a passenger or crew list in EDIFACT (PAXLST) is read by its segments:
each traveller's name, date of birth (also as YYMMDD), travel document and reference; a guest
portal's English columns "birthday" and "mobile" (a number without its "+": "31646706517");
a relative named as such ("vader Murat Kaya", "uw man, de heer M. Kaya") is a resident, also
with an office holder's name and initial; a computer named after a redacted login
("HGL-NB-DOUDELUTTIKHUIS", "hgl-nb-escholten"). No longer redacted: the first name of a firm
whose name joins words with "&" ("Jan Kamphuis Jeugd & Gezin B.V."), how a guest logged in
("facebook", "form") in a login column, an EDIFACT qualifier "MS" (the message's sender).
New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401
    model,
    names_with_model,
    redacted_names_with_model,
    redacted_of_type,
    spans,
)

_CREW_LIST = (
    "Bijlage bij de melding:\n\n"
    "UNB+UNOA:4+NOORDZEEAGENT:ZZZ+NLHAR:ZZZ+260411:0730+000912'\n"
    "UNH+1+PAXLST:D:02B:UN:IATA'\n"
    "BGM+250'\n"
    "NAD+MS+++NOORDZEE AGENCY B.V.'\n"
    "TDT+20+UK214+++ALBATROS'\n"
    "NAD+FM+++SANTOS:MARCO'\n"
    "DTM+329:710923'\n"
    "NAT+2+PHL'\n"
    "DOC+P:110:111+P4471902A'\n"
    "RFF+ABO:D7718204'\n"
    "NAD+FM+++DE BOER:KLAAS'\n"
    "DTM+329:19640115'\n"
    "DOC+I:110:111+NXR4KL7P2'\n"
    "UNT+14+1'\n\n"
    "Verder geen bijzonderheden.\n"
)


def test_a_crew_list_in_edifact_gives_each_travellers_name_birth_date_and_papers() -> None:
    assert redacted_of_type(_CREW_LIST, "name") == ["SANTOS:MARCO", "DE BOER:KLAAS"]
    assert redacted_of_type(_CREW_LIST, "dob") == ["710923", "19640115"]
    assert redacted_of_type(_CREW_LIST, "document_number") == [
        "P4471902A",
        "D7718204",
        "NXR4KL7P2",
    ]


def test_the_sender_qualifier_of_an_edifact_segment_is_no_health_data() -> None:
    assert redacted_of_type(_CREW_LIST, "special") == []
    # multiple sclerosis in a sentence still is
    assert redacted_of_type("Zijn dochter heeft MS en woont thuis.", "special") == ["MS"]


_GUEST_EXPORT = (
    "Vijf regels als voorbeeld:\n\n"
    "first_name,last_name,email,mobile,birthday,login,visits\n"
    "Daan,Wijker,d.wijker@ziggo.nl,31627715930,23/04/1996,facebook,12\n"
    "Rosa,Mentink,rosamentink@gmail.com,31658820417,02/11/1988,form,3\n\n"
    "Wij vroegen alleen om aantallen.\n"
)


def test_a_guest_portals_birthday_and_mobile_columns_are_read() -> None:
    assert redacted_of_type(_GUEST_EXPORT, "dob") == ["23/04/1996", "02/11/1988"]
    assert redacted_of_type(_GUEST_EXPORT, "phone") == ["31627715930", "31658820417"]


def test_how_a_guest_logged_in_is_no_name() -> None:
    assert redacted_of_type(_GUEST_EXPORT, "name") == ["Daan", "Wijker", "Rosa", "Mentink"]


def test_a_number_that_is_no_phone_number_stays_in_a_phone_column() -> None:
    text = "naam,mobile,stad\nP. Wijker,12345,Zaandam\nR. Mentink,onbekend,Wormer\n"
    assert redacted_of_type(text, "phone") == []


def test_a_relative_with_an_office_holders_name_and_initial_is_a_resident(model) -> None:  # noqa: F811
    text = (
        "Het college (wethouder M. Kaya) besprak het pgb. Vader Murat Kaya kan voor zijn zoon "
        "geen betaalde begeleiding krijgen. Uw man, de heer M. Kaya, is daarvan op de hoogte. "
        "Wethouder Kaya belde later.\n"
    )
    found = spans(text, use_model=True)
    assert ("name", "Murat Kaya", "redact") in found
    assert found.count(("name", "M. Kaya", "redact")) == 1
    assert ("name", "M. Kaya", "keep") in found
    assert ("name", "Kaya", "keep") in found


def test_a_firm_whose_name_joins_words_with_an_ampersand_keeps_its_first_name(model) -> None:  # noqa: F811
    text = "De aanbieder Jan Kamphuis Jeugd & Gezin B.V. leverde de zorg. Jan Kamphuis belde.\n"
    assert redacted_names_with_model(text) == ["Jan Kamphuis"]


def test_a_computer_named_after_a_redacted_login_is_redacted() -> None:
    text = (
        "Tijd,Apparaat,Gebruiker,Model\n"
        "2026-02-18T16:02:11Z,HGL-NB-DOUDEWESSELINK,HENGELO\\doudewesselink,Cruzer Blade\n"
        "2026-02-18T16:02:14Z,HGL-NB-DOUDEWESSELINK,HENGELO\\doudewesselink,Cruzer Blade\n"
    )
    assert redacted_of_type(text, "name").count("HGL-NB-DOUDEWESSELINK") == 2


def test_a_login_after_two_prefixes_of_a_computers_name_is_redacted(model) -> None:  # noqa: F811
    text = (
        "Consulent Marloes Bolhuis werkte op ens-nb-mbolhuis; de bestanden stonden in "
        "C:\\Users\\mbolhuis\\Documents.\n"
    )
    assert "ens-nb-mbolhuis" in redacted_names_with_model(text)
