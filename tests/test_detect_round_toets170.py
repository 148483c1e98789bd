"""Lakken, eighty-seventh round (tuned on realistic_toets170).

What the round added: a sports hall, a sports ground and a club by their names ("sporthal De
Lambalgen", "BC De Pluim", "ZVV De Bree") are no persons, nor is that name elsewhere in the
document ("van De Pluim", "de beheerder van De Lambalgen"); a club with its founding year
("Smash '79") is no person; a certificate of conduct's number with its prefix joined to it
("VOG-7330392") is a person's.
New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401
    model,
    redacted,
    spans,
)


def test_a_sports_hall_and_clubs_are_no_persons(model) -> None:  # noqa: F811
    text = (
        "Betreft: zaalhuur in sporthal De Vossenberg, seizoen 2026-2027.\n"
        "TC De Kwikstaart vraagt de maandag; HC De Wieken wil de woensdag houden. De maandag is "
        "al zes jaar van De Kwikstaart.\n"
        "U sprak met Gert Mulderij, de beheerder van De Vossenberg.\n"
    )
    names = [value for kind, value, action in spans(text, use_model=True) if kind == "name"]
    assert names == ["Gert Mulderij"]


def test_a_club_with_its_founding_year() -> None:
    text = "Namens Spirit '84 komen A. Heuvelink en de penningmeester. Spirit wil de dinsdag."
    names = [value for kind, value, _ in spans(text) if kind == "name"]
    assert "A. Heuvelink" in names
    assert not any("Spirit" in value for value in names)


def test_a_certificate_of_conduct_with_its_prefix() -> None:
    text = '{"trainers": [{"naam": "Iris Kok", "vog": "VOG-4418270"}], "jaar": "VOG-2026"}'
    found = redacted(text)
    assert ("document_number", "VOG-4418270") in found
    assert not any("2026" in value for _, value in found)
