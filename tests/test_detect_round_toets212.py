"""Lakken, hundred-and-sixth round (tuned on realistic_toets211 and realistic_toets212).

What the round added: a contact card whose name field has one part and four empty ones
("N:Werkplein;;;;", "N:Griffie;;;;") is an organisation's or a desk's: its display name, its
organisation, its phone and its mail stay, and the place in its name ("Werkplein Bergen op Zoom")
no longer makes a surname "op Zoom" elsewhere; a person's card ("N:Matthijsse;Bas;;;") stays a
person's, and a council member's whose display name ends with the office in brackets ("FN:Fleur
Tesselaar (raadslid)") an office holder's. A speaker label in capitals with the whole of a double
surname joined by a particle ("SIJM-DE HAAN:" for mevrouw Sijm-de Haan) is redacted whole, not only
its second half. New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401
    kept_of_type,
    model,
    redacted_of_type,
)

_CARDS = (
    "BEGIN:VCARD\nVERSION:3.0\nN:Loket Wonen;;;;\nFN:Loket Wonen Roosendaal\n"
    "ORG:Gemeente Roosendaal\nTEL;TYPE=WORK:0165-579321\nEMAIL:wonen@roosendaal.nl\nEND:VCARD\n"
    "BEGIN:VCARD\nVERSION:3.0\nN:Verhoeven;Iris;;;\nFN:Iris Verhoeven\n"
    "ORG:Gemeente Roosendaal\nTEL;TYPE=CELL:06-41572209\nEND:VCARD\n"
)


def test_a_desks_card_names_no_person(model) -> None:  # noqa: F811
    names = redacted_of_type(_CARDS, "name", use_model=True)
    assert not [n for n in names if "Loket" in n or "Roosendaal" in n]
    assert "0165-579321" in kept_of_type(_CARDS, "phone", use_model=True)


def test_a_persons_card_stays_a_persons(model) -> None:  # noqa: F811
    names = redacted_of_type(_CARDS, "name", use_model=True)
    assert "Iris Verhoeven" in names
    assert redacted_of_type(_CARDS, "phone", use_model=True) == ["06-41572209"]


def test_a_speaker_label_with_a_double_surname_joined_by_a_particle(model) -> None:  # noqa: F811
    minutes = (
        "VOORZITTER: Ik geef het woord aan mevrouw Brouwer-van Loon.\n"
        "BROUWER-VAN LOON: Dank u. Ik woon hier al twintig jaar.\n"
        "VOORZITTER: Meneer Pronk?\n"
    )
    assert "BROUWER-VAN LOON" in redacted_of_type(minutes, "name", use_model=True)


def test_a_card_with_the_office_in_brackets_after_the_name(model) -> None:  # noqa: F811
    cards = (
        "BEGIN:VCARD\nVERSION:3.0\nN:Kroeze;Marloes\nFN:Marloes Kroeze (raadslid)\n"
        "EMAIL:griffie@roosendaal.nl\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nN:Bijl;Hanneke\nFN:Hanneke Bijl (jurist)\nEND:VCARD\n"
    )
    assert "Marloes Kroeze" in kept_of_type(cards, "name", use_model=True)
    assert "Hanneke Bijl" in redacted_of_type(cards, "name", use_model=True)
