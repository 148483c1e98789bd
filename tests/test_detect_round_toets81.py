"""Detection improvements made after the blind eighty-first and eighty-second toets sets
(publicatie/evaluation/realistic_toets81 and _toets82) were measured: office holders' paraphs in
a route of paraphs and elsewhere in the note, the members of a named rekenkamercommissie in
brackets, a person's surname and first name in a file name; and, against redacting too much:
"datum" in the header of a table of paraphs, functional mailboxes of the physical domain, a
shared mailbox as a calendar's attendee and the domain of a login as a sole trader's name, a
service in a log's column of reporters, a system's or a department's account behind a domain.
New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401 (fixture)
    model,
    names_with_model,
    of_type,
    redacted_names_with_model,
    redacted_of_type,
)


def test_office_holders_paraphs_in_a_route_of_paraphs_stay() -> None:
    text = (
        "Portefeuillehouder: T. van Beurden        Steller: M. Gerritsen (VTH)\n\n"
        "PARAFENBLOK\n"
        "  steller ............. MG    12/9\n"
        "  gemeentesecretaris .. HK    16/9\n"
        "  portefeuillehouder .. TvB   18/9\n"
        "  burgemeester ........ LdW   18/9\n\n"
        '[kanttekening wethouder: "eerst zelf bellen" — TvB]\n'
    )
    names = of_type(text, "name")
    assert ("HK", "keep") in names
    assert ("LdW", "keep") in names
    assert [action for value, action in names if value == "TvB"] == ["keep", "keep"]
    assert ("M. Gerritsen", "redact") in names


def test_members_of_a_named_rekenkamercommissie_in_brackets_stay() -> None:
    text = (
        "De Rekenkamercommissie Dommelvallei (voorzitter dr. K.J. Hoefnagels, extern lid "
        "W. Swinkels) heeft haar rapport op 3 maart aangeboden."
    )
    names = dict(of_type(text, "name"))
    assert names["K.J. Hoefnagels"] == "keep"
    assert names["W. Swinkels"] == "keep"


def test_datum_in_the_header_of_a_table_of_paraphs_is_no_paraph() -> None:
    text = (
        "functie               naam              paraaf  datum  opmerking\n"
        "concerncontrol        R. Zandvoort-Kaur  RZK     15-10  akkoord\n"
    )
    assert "datum" not in redacted_of_type(text, "name")


def test_functional_mailboxes_of_the_physical_domain_stay() -> None:
    text = "Klachten doorzetten naar geur@odzhz.nl; het verslag gaat naar interreg@bladel.nl."
    emails = dict(of_type(text, "email"))
    assert emails == {"geur@odzhz.nl": "keep", "interreg@bladel.nl": "keep"}


def test_a_shared_mailbox_in_a_calendar_is_no_person(model) -> None:  # noqa: F811
    text = (
        "BEGIN:VEVENT\n"
        "ORGANIZER;CN=Marloes Tjepkema:mailto:m.tjepkema@rblgooi.nl\n"
        "ATTENDEE;CN=Leerplicht postbus;ROLE=OPT-PARTICIPANT:mailto:leerplicht@rblgooi.nl\n"
        "DESCRIPTION:Verzuimgesprek\\, behandelaar RBLGOOI\\mtjepkema\n"
        "END:VEVENT\n"
    )
    assert ("leerplicht@rblgooi.nl", "keep") in of_type(text, "email", use_model=True)
    assert not any("postbus" in n for n in redacted_names_with_model(text))


def test_a_service_in_a_column_of_reporters_is_no_name(model) -> None:  # noqa: F811
    text = (
        "datum|tijd|melder|omschrijving|door\n"
        "2025-09-05|16:10|jongerenwerk|contact met de groep bij de skatebaan|JvB\n"
        "2025-09-06|23:15|Bianca Verhoeckx|vuurwerk op het pad|boa\n"
    )
    names = redacted_names_with_model(text)
    assert "jongerenwerk" not in names
    assert "Bianca Verhoeckx" in names


def test_a_system_or_department_account_is_no_person(model) -> None:  # noqa: F811
    text = (
        "03-09-2025  10:06   188.402  BLADEL\\adminvth   verslag.docx\n"
        "03-09-2025  10:07   176.955  fs02\\vth         overzicht.xlsx\n"
        "03-09-2025  10:09    94.210  BLADEL\\tvermeulen  brief.pdf\n"
    )
    names = redacted_names_with_model(text)
    assert not any("adminvth" in n or n.endswith("\\vth") for n in names)
    assert any("tvermeulen" in n for n in names)


def test_a_surname_and_first_name_in_a_file_name_are_found(model) -> None:  # noqa: F811
    text = (
        "Map: dossier huisvesting\n"
        "05_ID_Dragomir_Ionela_RX771204.pdf\n"
        "05_BSN_bevestiging_Kowalczyk_Marek_123456782.pdf\n"
        "Besluit_Tekening_Situatie.pdf\n"
    )
    names = redacted_names_with_model(text)
    assert any("Dragomir" in n for n in names)
    assert any("Kowalczyk" in n for n in names)
    assert not any("Tekening" in n or "Situatie" in n for n in names)
