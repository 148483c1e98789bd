"""Detection improvements made after the blind eighty-fifth and eighty-sixth toets sets
(publicatie/evaluation/realistic_toets85 and _toets86) were measured: a person's A-nummer in the
BRP, an office holder's paraph in a route whose row also names the holder, a secretary who also
directs, an office as an XML element; and, against redacting too much: a transcript's legend of
speaker codes, a calendar item's identifier that looks like an e-mail address, a desk, a court
and an English "Municipality", a castle or an estate, a place joined to a quarter. New
variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401 (fixture)
    document_numbers,
    model,
    of_type,
    redacted_names_with_model,
    redacted_of_type,
)


def test_an_a_nummer_after_its_word_and_as_an_xml_element() -> None:
    text = (
        "<persoon>\n  <anummer>7364019852</anummer>\n</persoon>\n"
        "| 2 | Dijkstra, Wietske (A-nr 5193027486) | vertrokken |\n"
        "Het A-nummer is 6027394815.\n"
        "Zaaknummer 4827163950 staat in het register.\n"
    )
    numbers = document_numbers(text)
    assert numbers == ["7364019852", "5193027486", "6027394815"]


def test_an_office_holders_paraph_in_a_route_row_that_names_the_holder_stays() -> None:
    text = (
        "functie                   naam               paraaf   datum\n"
        "opsteller                 W. Hoogstraaten    WHo      02-10-2025\n"
        "gemeentesecretaris        M. Akkerhuis       MAk      06-10-2025\n"
        "burgemeester              drs. J. Veenhof    JVf      07-10-2025\n"
    )
    names = dict(of_type(text, "name"))
    assert names["MAk"] == "keep"
    assert names["JVf"] == "keep"
    assert names["WHo"] == "redact"
    assert names["W. Hoogstraaten"] == "redact"


def test_a_secretary_who_also_directs_stays() -> None:
    text = (
        "functie                              naam            paraaf\n"
        "gemeentesecretaris / directeur SED   P. Brouwerhof   PB\n"
    )
    names = dict(of_type(text, "name"))
    assert names["P. Brouwerhof"] == "keep"


def test_an_office_as_an_xml_element_stays() -> None:
    text = (
        "<besluit>\n  <behandelaar>Sanne Molenkamp</behandelaar>\n"
        "  <portefeuillehouder>A. Verheijen</portefeuillehouder>\n</besluit>\n"
    )
    names = dict(of_type(text, "name"))
    assert names["A. Verheijen"] == "keep"
    assert names["Sanne Molenkamp"] == "redact"


def test_speaker_codes_from_a_transcripts_legend_are_no_names() -> None:
    text = (
        "MW = medewerker Hinke Bruinsma    B = beller\n\n"
        "[00:00:02] MW: Gemeente, goedemiddag.\n"
        "[00:00:04] B: Ja, met Kees Appelman.\n"
        "[00:00:09] MW: Waarmee kan ik u helpen?\n"
    )
    redacted = redacted_of_type(text, "name", use_model=True)
    assert "MW" not in redacted
    assert "Hinke Bruinsma" in redacted
    assert "Kees Appelman" in redacted


def test_a_calendar_items_identifier_is_no_e_mail_address() -> None:
    text = (
        "BEGIN:VEVENT\nUID:HUW-2025-0412@hoorn.nl\nSUMMARY:Huwelijk\n"
        "ATTENDEE;CN=Sjoerd Pronk:mailto:sjoerd.pronk@hotmail.com\nEND:VEVENT\n"
    )
    emails = of_type(text, "email")
    assert emails == [("sjoerd.pronk@hotmail.com", "redact")]


def test_a_desk_a_court_a_castle_and_the_municipality_are_no_names(model) -> None:  # noqa: F811
    text = (
        "ORGANIZER;CN=Burgerlijke Stand Enkhuizen:mailto:burgerzaken@enkhuizen.nl\n"
        "De zaak ligt bij de Rechtbank Noord-Holland. Het huwelijk is in Kasteel Radboud.\n"
        "The Municipality replied on 3 May. Getuige: Wendela Stoop.\n"
    )
    assert redacted_names_with_model(text) == ["Wendela Stoop"]


def test_a_place_joined_to_a_quarter_is_no_name(model) -> None:  # noqa: F811
    text = "De opruimactie in Wijchen-Oost en Beuningen-West; gemeld door Gijs Verbruggen."
    assert redacted_names_with_model(text) == ["Gijs Verbruggen"]
