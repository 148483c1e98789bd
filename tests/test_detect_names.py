"""Names of natural persons with role awareness: office holders in office stay visible."""

from __future__ import annotations

import pytest

from publicatie.detect import detect_personal_data
from publicatie.names import find_names
from publicatie.policy import DetectionPolicy


def _names(text: str, **policy) -> list[tuple[str, str]]:
    spans = detect_personal_data(text, policy=DetectionPolicy(**policy))
    return [(s.text, s.action) for s in spans if s.type == "name"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Geachte heer Jansen,", "Jansen"),
        ("Geachte mevrouw Van der Berg,", "Van der Berg"),
        ("Aan dhr. P. ten Have", "P. ten Have"),
        ("Mw. A. van den Heuvel belde.", "A. van den Heuvel"),
        ("Mevrouw A. Hoogendoorn spreekt in.", "A. Hoogendoorn"),
        ("Met vriendelijke groet,\nKarin Hoogendoorn", "Karin Hoogendoorn"),
        ("Van: Pieter Kok <p.kok@example.nl>", "Pieter Kok"),
        ("Verzoeker N. van der Berg diende in.", "N. van der Berg"),
    ],
)
def test_citizen_names_found_by_salutation_initials_signature_and_header(
    text: str, name: str
) -> None:
    assert (name, "redact") in _names(text)


def test_later_mentions_of_a_redacted_surname_are_redacted_too() -> None:
    text = "De heer P. ten Have, Julianastraat 148.\nGeachte heer Ten Have, ... Ten Have belde."
    redacted = [n for n, action in _names(text) if action == "redact"]
    assert redacted.count("Ten Have") == 2 and "P. ten Have" in redacted


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Wethouder L. de Wilde zegt toe.", "L. de Wilde"),
        ("Voorzitter: burgemeester A.M. Koolhoven", "A.M. Koolhoven"),
        ("griffier P.J. Vermeulen", "P.J. Vermeulen"),
        ("het amendement van raadslid K. Smit", "K. Smit"),
        ("A.M. Koolhoven, burgemeester", "A.M. Koolhoven"),
        ("Portefeuillehouder: M. Yildiz.", "M. Yildiz"),
    ],
)
def test_office_holders_in_office_stay_visible(text: str, name: str) -> None:
    assert _names(text) == [(name, "keep")]


def test_enumeration_after_a_role_keeps_every_office_holder() -> None:
    text = "wethouders J.P. Bakhuizen, S. Verhoef, M. Yildiz en L. de Wilde"
    assert {action for _, action in _names(text)} == {"keep"}
    assert len(_names(text)) == 4


def test_listed_office_holder_stays_visible_without_a_role_cue() -> None:
    text = "Het stuk is opgesteld door J.P. Bakhuizen."
    assert _names(text) == [("J.P. Bakhuizen", "redact")]
    assert _names(text, office_holders=("J.P. Bakhuizen",)) == [("J.P. Bakhuizen", "keep")]


def test_civil_servants_are_redacted_unless_public_or_the_setting_says_otherwise() -> None:
    text = "Neem contact op met J. Visser, afdeling Vergunningen."
    assert _names(text) == [("J. Visser", "redact")]
    assert _names(text, public_officials=("J. Visser",)) == [("J. Visser", "keep")]
    assert _names(text, redact_civil_servants=False) == [("J. Visser", "keep")]


@pytest.mark.parametrize(
    "text",
    [
        "De gemeente Pijnacker-Nootdorp besluit.",
        "Mevrouw Delfgauw",  # a place after a title is not a person
        "Het college van burgemeester en wethouders.",
        "Geachte heer, geachte mevrouw,",
        "De Raad van State oordeelde.",
    ],
)
def test_places_organisations_and_bare_salutations_are_not_names(text: str) -> None:
    assert _names(text) == []


def test_deduce_model_adds_names_without_cues() -> None:
    text = "Gisteren sprak Jan Willem de Groot met de buren over de overlast."
    assert "Jan Willem de Groot" not in [h.text for h in find_names(text, use_model=False)]
    hits = find_names(text, use_model=True)
    assert any("de Groot" in h.text and h.origin == "model" for h in hits)


@pytest.mark.parametrize(
    "text",
    [
        # a letter's sender block read line by line: deduce took the council for a surname
        "Van\nAdviesraad Sociaal Domein Pijnacker-Nootdorp\nDatum\n26 september 2024",
        "De Cliëntenraad en de Bezwaarcommissie kregen het advies.",
    ],
)
def test_a_council_or_committee_is_no_person_even_to_the_model(text: str) -> None:
    assert _names(text, use_model=True) == []
