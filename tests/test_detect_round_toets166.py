"""Lakken, eighty-fifth round (tuned on realistic_toets166).

What the round added: a Pidgin chat log's sender after the time in brackets ("(20:00:05) harm:",
"(19:58:40) Lies N. entered the room.") is a person; a contact name in a phone's backup or an
address book is redacted whole ('contact_name="Harm VTV"'); a namesake of an office holder stays
redacted with the team that manages the public space after the name ("Jolien Olthof van BOR"),
as a neighbour ("Buurman\\nA. ter Wengel"), with an area code in brackets or the allotment one
rents after the name ("(0572) 88 64 36", "(tuin 31)"), as a site manager or fire crew
commander ("J. Olthof, beheerder volkstuinen", "Bevelvoerder : R. Lentink"), and after a job
written as a label ("Behandelend jurist: G. Wolbers"); the number of a certificate of conduct
("VOG 2638696") is a person's.
New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401
    model,
    spans,
)


def test_a_pidgin_logs_senders_are_persons() -> None:
    text = (
        "Conversation with wijkraad@conference.jabber.example.nl at ma 4 mei 2026 20:00:00\n"
        "(20:00:02) gert entered the room.\n"
        "(20:00:40) Mien K. entered the room.\n"
        "(20:01:05) gert: Goedenavond. Eerst de bankjes bij de vijver.\n"
        "(20:01:30) Mien K.: Die zijn weer beklad. Ik bel morgen.\n"
        "(20:02:11) gert left the room.\n"
    )
    found = spans(text)
    assert found.count(("name", "gert", "redact")) == 3
    assert found.count(("name", "Mien K.", "redact")) == 2


def test_a_time_in_brackets_before_an_agenda_item_makes_no_sender(model) -> None:  # noqa: F811
    text = (
        "Agenda\n(19:30) opening: de voorzitter heet iedereen welkom.\n"
        "(19:35) Mededelingen: geen.\n"
    )
    assert not any(kind == "name" for kind, _, _ in spans(text, use_model=True))


def test_a_contact_name_is_redacted_whole(model) -> None:  # noqa: F811
    text = (
        '<smses count="2">\n'
        '  <sms address="+31612345678" body="Kom je zaterdag?" contact_name="Gerrit Tennis" />\n'
        '  <sms address="0687654321" body="Ik bel je." contact_name="Marieke werk" />\n'
        "</smses>\n"
    )
    found = spans(text, use_model=True)
    assert ("name", "Gerrit Tennis", "redact") in found
    assert ("name", "Marieke werk", "redact") in found


def test_a_namesake_from_the_public_space_team(model) -> None:  # noqa: F811
    text = (
        "Hoi allemaal.\n"
        "Ik mail Jolanda Kremer van BOR maandag.\n"
        "Let op: Kremer van BOR, niet wethouder Kremer. Die zit achter college@example.nl.\n"
    )
    found = spans(text, use_model=True)
    assert ("name", "Jolanda Kremer", "redact") in found
    assert ("name", "Kremer", "redact") in found
    assert ("name", "Kremer", "keep") in found


def test_a_neighbour_and_a_tenants_own_data_after_the_name(model) -> None:  # noqa: F811
    text = (
        "Melding over wethouder B. Dijkhof (grondzaken) is niet aan de orde.\n"
        "Melder belt om 10:05. Buurman\n"
        "B. Dijkhof heeft de ton omgegooid.\n"
        "Gebeld met B. Dijkhof, (0573) 44 81 26. Hij ontkent.\n"
        "Volgens B. Dijkhof (tuin 17) staat het hek op zijn grond.\n"
    )
    found = spans(text, use_model=True)
    assert found.count(("name", "B. Dijkhof", "redact")) == 3
    assert ("name", "B. Dijkhof", "keep") in found


def test_a_namesake_with_a_civil_servants_job(model) -> None:  # noqa: F811
    text = (
        "Besluit van het college, op voorstel van wethouder H. Veldkamp en burgemeester "
        "T. Scholten.\n"
        "Verhuurder: H. Veldkamp, beheerder sportparken, hierna: verhuurder.\n"
        "Bevelvoerder       : T. Scholten (TS 04-1122)\n"
        "Behandelend jurist: H. Veldkamp, h.veldkamp@example.nl\n"
    )
    found = spans(text, use_model=True)
    assert found.count(("name", "H. Veldkamp", "redact")) == 2
    assert ("name", "H. Veldkamp", "keep") in found
    assert ("name", "T. Scholten", "redact") in found
    assert ("name", "T. Scholten", "keep") in found


def test_the_number_of_a_certificate_of_conduct() -> None:
    text = (
        "Vrijwilligers: A. de Boer (VOG 4417268) en K. Smit (VOG-nummer: 77120934). "
        "De VOG 2026 vragen wij in maart aan."
    )
    found = spans(text)
    assert ("document_number", "4417268", "redact") in found
    assert ("document_number", "77120934", "redact") in found
    assert not any(value == "2026" for _, value, _ in found)
