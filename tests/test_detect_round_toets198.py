"""Lakken, ninety-ninth round (tuned on realistic_toets197 and realistic_toets198).

What the round added: more of the words that tell of namesakes in a document, so that a first
name written out beside an office holder named only by the surname is not taken for the holder
("Raadslid Sjerps heeft al gevraagd of we familie zijn", "Kwantes dus, niet onze wethouder",
"niet het raadslid"): a chat's sender "Sjerps, Marloes" is redacted. New variations, not copies
of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401
    kept_of_type,
    model,
    redacted_of_type,
)


def test_a_sender_beside_a_bare_holder_who_asked_about_family(model) -> None:  # noqa: F811
    text = (
        "[12-03-2025 08:41] Dekker, Anouk: Goedemorgen! Wie kan vandaag mee naar de "
        "sleuteloverdracht? Ik heb om 11.00 uur een intake.\n"
        "[12-03-2025 08:43] Laan, Yvonne: Ik niet, ik zit bij mevrouw Nouri voor het PIP.\n"
        "[12-03-2025 08:48] Dekker, Anouk: Ja. Let even op die vochtplek in de slaapkamer.\n"
        "[12-03-2025 09:31] Dekker, Anouk: Ja, maar zonder namen. Raadslid Dekker heeft al "
        "gevraagd of we familie zijn, nee dus.\n"
    )
    assert redacted_of_type(text, "name", use_model=True).count("Dekker, Anouk") == 3
    assert "Dekker" in kept_of_type(text, "name", use_model=True)


def test_a_first_name_beside_not_our_alderman(model) -> None:  # noqa: F811
    text = (
        "Bel even met Sanne Vos van de taalschool. Vos dus, niet onze wethouder.\n"
        "Wethouder Vos opent de avond om 19.30 uur.\n"
    )
    assert "Sanne Vos" in redacted_of_type(text, "name", use_model=True)
    assert "Vos" in kept_of_type(text, "name", use_model=True)
