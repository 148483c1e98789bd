"""Detection improvements made after the blind forty-fifth and forty-sixth toets sets
(publicatie/evaluation/realistic_toets45 and _toets46) were measured: "niet" is no Spanish NIE,
a room after a house number written "k4", an aunt or uncle before a name, a market stall as a
sole trader's trade, GPS coordinates as separate JSON fields, and intake and subsidence team
mailboxes. New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from publicatie.patterns import find_addresses, find_coordinates, find_documents
from tests.detect_helpers import (
    model,  # noqa: F401 (fixture)
    of_type,
    redacted_names_with_model,
)


def test_niet_is_no_spanish_nie_before_a_case_number() -> None:
    text = "De subsidie was niet € 12.300. Mevrouw levert de beschikking (SUB-2021-0412) na."
    assert find_documents(text) == []
    spanish = "NIE X1234567L van de huurder"
    assert [spanish[s:e] for s, e, *_ in find_documents(spanish)] == ["X1234567L"]


def test_a_room_after_the_house_number() -> None:
    text = "Bewoners: Kerkstraat 14 k3 en Kerkstraat 14 k11, 3512 BX Utrecht."
    found = [text[s:e] for s, e, *_ in find_addresses(text)]
    assert "Kerkstraat 14 k3" in found and "Kerkstraat 14 k11" in found


def test_an_aunt_before_a_nickname(model) -> None:  # noqa: F811
    text = "Hij slaapt soms bij Tante Pietje in Overvecht, zegt zijn moeder."
    assert any("Pietje" in name for name in redacted_names_with_model(text))


def test_a_market_stall_named_after_its_owner(model) -> None:  # noqa: F811
    text = "Op de kermis stond Oliebollenkraam Kees Rijnvelder (KvK 71234509) weer vooraan."
    assert any("Rijnvelder" in name for name in redacted_names_with_model(text))
    assert [action for _, action in of_type(text, "kvk", use_model=True)] == ["redact"]


def test_gps_coordinates_as_json_fields() -> None:
    text = '"locatie": {"lat": 52.09071, "lon": 5.12142, "toelichting": "voortuin"}'
    assert [text[s:e] for s, e, *_ in find_coordinates(text)] == ["52.09071", "5.12142"]


def test_intake_and_subsidence_mailboxes_stay() -> None:
    for mailbox in ("intake@voedselbank.nl", "bodemdaling@purmerend.nl"):
        text = f"Mail naar {mailbox} of bel 14 0299."
        assert dict(of_type(text, "email"))[mailbox] == "keep"
