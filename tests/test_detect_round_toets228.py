"""Lakken, hundred-and-fourteenth round (tuned on realistic_toets227 and realistic_toets228).

What the round added: the member a committee chair gives the floor in the round of questions is
an office holder in a council committee's minutes ("Vragen van de commissie? Mevrouw N. Aydin.",
and their speaker label), but not a namesake the member says not to be ("ik ben niet de mevrouw
Hadders uit het pgb-dossier"); a public service named after its region is no sole trader
("Omgevingsdienst Achterhoek"), nor a service named after its municipality ("Kinderopvang Hof
van Twente"); initials that are also an abbreviation or a word ("AB", "IN", "NB") are a
redacted person's paraph where only a paraph can stand; a boa's number after a card's field
("NOTE:boa 900380"); the info mailbox of a business that ends its domain with the owner's given
name ("info@gastouderesther.nl" beside "Leusink, Esther"); the address and landline of a company
in a table row that a handler's paraph closes; a contact card whose organisation is the council
is a council member's. New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401
    kept_of_type,
    model,
    redacted_of_type,
)

_MINUTES = (
    "Transcriptie commissie Ruimte en Wonen, 3 november 2025\n\n"
    "VOORZITTER: Dan de inspreker, mevrouw Veldkamp.\n"
    "VELDKAMP: Ik woon aan de Beukenlaan 7 en hoor de pomp elke nacht.\n"
    "VOORZITTER: Dank u. Vragen van de commissie? De heer P. Oosterbroek.\n"
    "OOSTERBROEK: Aan mevrouw Veldkamp: sinds wanneer?\n"
)


def test_the_member_given_the_floor_in_a_committee(model) -> None:  # noqa: F811
    assert "P. Oosterbroek" in kept_of_type(_MINUTES, "name", use_model=True)
    assert "OOSTERBROEK" not in redacted_of_type(_MINUTES, "name", use_model=True)


def test_the_inspreker_stays_redacted(model) -> None:  # noqa: F811
    names = redacted_of_type(_MINUTES, "name", use_model=True)
    assert "Veldkamp" in names
    assert "VELDKAMP" in names


def test_the_namesake_a_member_says_not_to_be(model) -> None:  # noqa: F811
    text = (
        "Verslag commissie Sociaal Domein, 6 november 2025\n\n"
        "VOORZITTER: Vragen van de commissie? Mevrouw Kuipers.\n"
        "KUIPERS: Ik ben niet de mevrouw Kuipers uit het Wmo-dossier, dat vooraf. Mijn vraag...\n"
    )
    assert "Kuipers" in kept_of_type(text, "name", use_model=True)  # the member
    assert "Kuipers" in redacted_of_type(text, "name", use_model=True)  # the namesake


def test_a_public_service_named_after_its_region(model) -> None:  # noqa: F811
    text = (
        "Het geluidsrapport van de Omgevingsdienst Achterhoek en het advies van de "
        "Milieudienst Rijnmond liggen ter inzage.\n"
        "Van: Kinderopvang Hof van Twente <kinderopvang@hofvantwente.nl>\n"
    )
    assert redacted_of_type(text, "name", use_model=True) == []


def test_a_sole_trader_named_after_the_owner_still_is_one(model) -> None:  # noqa: F811
    text = "De aanvraag van Kinderopvang Fenna Kok en van Klusdienst Jan Smeenk is binnen.\n"
    assert redacted_of_type(text, "name", use_model=True) == [
        "Kinderopvang Fenna Kok",
        "Klusdienst Jan Smeenk",
    ]


def test_initials_that_are_also_a_word_where_only_a_paraph_stands(model) -> None:  # noqa: F811
    text = (
        "Parafen\n"
        "Steller          I. Nijland            IN      12-09-2025\n"
        "Teamleider       A. Bosschert          AB      16-09-2025\n\n"
        "Paraaf teamleider: AB\n"
        "Afgehandeld. Paraaf: IN\n"
        "In het algemeen bestuur (AB) is het besproken.\n"
    )
    names = redacted_of_type(text, "name", use_model=True)
    assert names.count("IN") == 2
    assert names.count("AB") == 2


def test_a_boas_number_after_a_cards_field(model) -> None:  # noqa: F811
    text = (
        "BEGIN:VCARD\nVERSION:3.0\nFN:Sanne Meulenbelt\nTEL;TYPE=CELL:06 12 34 56 78\n"
        "NOTE:boa 731904\nEND:VCARD\n"
    )
    assert redacted_of_type(text, "document_number", use_model=True) == ["731904"]


def test_a_mailbox_ending_in_the_owners_given_name(model) -> None:  # noqa: F811
    text = (
        "Aanvraag registratie gastouder\n"
        "Naam: Bruggink, Marieke\n"
        "E-mail: info@gastoudermarieke.nl\n"
        "Vragen: info@horstaandemaas.nl\n"
    )
    assert redacted_of_type(text, "email", use_model=True) == ["info@gastoudermarieke.nl"]


def test_a_company_row_closed_by_a_handlers_paraph(model) -> None:  # noqa: F811
    text = (
        "# legenda: IG = I. Grootveld\n"
        "zaak;houder;adres;postcode;telefoon;beh\n"
        "Z-1;Kinderopvang De Wolk B.V.;Stationsweg 8;7471 CT;0547 73 11 20;IG\n"
        'Z-2;"Velthuis, M.J.";Goorseweg 72b;7475 DM;0547 73 11 21;IG\n'
    )
    assert redacted_of_type(text, "address", use_model=True) == ["Goorseweg 72b"]
    assert redacted_of_type(text, "phone", use_model=True) == ["0547 73 11 21"]


def test_a_card_of_the_council(model) -> None:  # noqa: F811
    text = (
        "BEGIN:VCARD\nVERSION:3.0\nN:Wolters;Harm;;;\nFN:H. Wolters\n"
        "ORG:Gemeenteraad Hof van Twente\nEMAIL:h.wolters@raad.hofvantwente.nl\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nN:Wolters;Ruben;;;\nFN:Ruben Wolters\n"
        "TEL;TYPE=CELL:06 68 99 59 92\nEND:VCARD\n"
    )
    assert "H. Wolters" in kept_of_type(text, "name", use_model=True)
    assert "Ruben Wolters" in redacted_of_type(text, "name", use_model=True)
