"""Lakken, hundred-and-eighth round (tuned on realistic_toets215 and realistic_toets216).

What the round added: "Bon" (a ticket or a receipt) and "Super" opening a sentence or a line are
the words, not a surname deduce knows ("Bon BON-2025-11873", "Super, dank je!"); after a first
name or a title the surname stays ("Marjan Bon"). A btw number in small letters
("nl801697268b01") is one. A person or a family said to be of a travelling people ("wij zijn
Sinti van afkomst", "Wij zijn Jenische reizigers", "uit een Sinti-familie") is special data;
the peoples named in a policy ("uitsluiting van Sinti en Roma") are not. New variations, not
copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401
    kept_of_type,
    model,
    redacted_of_type,
)


def test_a_ticket_opening_a_sentence_is_no_name(model) -> None:  # noqa: F811
    text = (
        "14-05 10.20 FJ Dorpsstraat: bestelbus op de stoep. Bon BON-2025-20417, € 110.\n"
        "[14:32] Meike: Super, dank je! Bon is doorgestuurd naar de jurist.\n"
    )
    names = redacted_of_type(text, "name", use_model=True)
    assert not [n for n in names if n.lower() in ("bon", "super")]


def test_the_surname_bon_after_a_first_name_or_title_stays_redacted(model) -> None:  # noqa: F811
    text = "Aanvrager: Marjan Bon, Dorpsstraat 12. Mevrouw Bon belde op 12 mei terug.\n"
    names = redacted_of_type(text, "name", use_model=True)
    assert "Marjan Bon" in names
    assert "Bon" in names


def test_a_btw_number_in_small_letters(model) -> None:  # noqa: F811
    text = (
        "BEGIN:VCARD\nVERSION:3.0\nN:Vermeulen;Kees;;;\nFN:Kees Vermeulen\n"
        "ORG:Klussenbedrijf Kees Vermeulen\nNOTE:btw nl802114689b01\nEND:VCARD\n"
    )
    assert redacted_of_type(text, "btw", use_model=True) == ["nl802114689b01"]


def test_a_travelling_people_said_of_a_person_is_special(model) -> None:  # noqa: F811
    text = (
        "Wij staan al lang op de lijst; wij zijn Sinti van afkomst en willen bij familie wonen.\n"
        "Mijn schoonzoon zegt: wij zijn Jenische reizigers.\nZij komt uit een Sinti-familie.\n"
    )
    special = redacted_of_type(text, "special", use_model=True)
    assert any("Sinti van afkomst" in s for s in special)
    assert any("Jenische reizigers" in s for s in special)
    assert any("Sinti-familie" in s for s in special)


def test_the_peoples_in_a_policy_are_not_special(model) -> None:  # noqa: F811
    text = "De raad vraagt hoe het college uitsluiting van Sinti en Jenischen voorkomt.\n"
    assert redacted_of_type(text, "special", use_model=True) == []
