"""Detection of personal data: validated identifiers and contact data, and what must stay."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.nl import bsn as stdnum_bsn

from publicatie.detect import detect_personal_data


def _redacted(text: str, **kwargs) -> list[tuple[str, str]]:
    return [(s.type, s.text) for s in detect_personal_data(text, **kwargs) if s.action == "redact"]


@pytest.mark.parametrize("value", ["123456782", "123.456.782", "123 456 782", "1234 56 782"])
def test_bsn_in_common_notations_is_redacted_under_5_1_1e(value: str) -> None:
    text = f"De aanvrager (BSN {value}) woont in Delft."
    spans = detect_personal_data(text)
    assert [(s.type, s.text, s.action, s.ground) for s in spans] == [
        ("bsn", value, "redact", "5.1.1e")
    ]
    assert text[spans[0].start : spans[0].end] == value
    assert spans[0].origin == "rule"


def test_nine_digits_failing_the_11_proef_are_not_a_bsn() -> None:
    assert not stdnum_bsn.is_valid("123456789")
    assert _redacted("Kenmerk 123456789 en 111.222.334.") == []


@given(st.integers(min_value=10_000_000, max_value=999_999_999))
def test_any_nine_digit_number_is_redacted_exactly_when_the_11_proef_holds(number: int) -> None:
    digits = f"{number:09d}"
    spans = _redacted(f"nummer {digits} hier")
    assert (spans == [("bsn", digits)]) == stdnum_bsn.is_valid(digits)


@pytest.mark.parametrize(
    "value", ["NL91 ABNA 0417 1643 00", "NL91ABNA0417164300", "DE89 3704 0044 0532 0130 00"]
)
def test_iban_with_or_without_spaces_is_redacted(value: str) -> None:
    spans = detect_personal_data(f"Graag overmaken op {value} onder vermelding van de factuur.")
    assert [(s.type, s.text, s.ground, s.action) for s in spans] == [
        ("iban", value, "5.1.2e", "redact")
    ]


def test_iban_stops_before_a_following_uppercase_word() -> None:
    spans = _redacted("Rekening NL91 ABNA 0417 1643 00 EN niet meer.")
    assert spans == [("iban", "NL91 ABNA 0417 1643 00")]


def test_iban_with_a_wrong_check_digit_is_not_redacted() -> None:
    assert _redacted("Rekening NL92 ABNA 0417 1643 00.") == []


def test_personal_email_is_redacted_and_functional_mailboxes_are_kept() -> None:
    text = "Mail j.de.vries@example.nl of info@delft.nl of gemeente@delft.nl."
    spans = detect_personal_data(text)
    assert [(s.text, s.action) for s in spans] == [
        ("j.de.vries@example.nl", "redact"),
        ("info@delft.nl", "keep"),
        ("gemeente@delft.nl", "keep"),
    ]
    assert all(s.reason for s in spans if s.action == "keep")


def test_email_in_keep_list_is_kept() -> None:
    text = "Contact: Woo-Coordinator@Delft.nl of p.jansen@delft.nl"
    spans = detect_personal_data(text, keep_emails=["woo-coordinator@delft.nl"])
    assert [(s.text, s.action) for s in spans] == [
        ("Woo-Coordinator@Delft.nl", "keep"),
        ("p.jansen@delft.nl", "redact"),
    ]


@pytest.mark.parametrize(
    "value",
    [
        "06-12345678",
        "06 12 34 56 78",
        "+31 6 12345678",
        "0031 6 12345678",
        "015-1234567",
        "015 - 123 45 67",
        "(015) 123 4567",
    ],
)
def test_dutch_phone_numbers_are_redacted(value: str) -> None:
    text = f"Bereikbaar op {value} tijdens kantooruren."
    spans = detect_personal_data(text)
    assert [(s.type, s.text, s.action) for s in spans] == [("phone", value, "redact")]
    assert text[spans[0].start : spans[0].end] == value


def test_municipal_general_number_is_not_redacted() -> None:
    assert _redacted("Bel de gemeente op 14 015 of 14 0570.") == []


def test_number_in_keep_numbers_is_kept_in_any_notation() -> None:
    spans = detect_personal_data("Bel 015-260 2222 of 06-12345678.", keep_numbers=["+31152602222"])
    assert [(s.text, s.action) for s in spans] == [
        ("015-260 2222", "keep"),
        ("06-12345678", "redact"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Het bedrag is € 12.345,67 en € 123.456.782,00.",
        "Zie artikel 5.1.2 en artikel 5.1, lid 2, onder e.",
        "Besloten op 01-02-2024, 15-03-2023 en 2024-01-31.",
        "Postcode 2611 AB te Delft.",
        "KvK-nummer 12345678.",
        "Zaaknummer Z-2023-012345, ZK23000123 en 2023/123456782.",
        "Kenmerk 987654321.",
    ],
)
def test_things_that_look_like_numbers_are_not_redacted(text: str) -> None:
    assert _redacted(text) == []


def test_spans_are_sorted_and_never_overlap() -> None:
    text = (
        "Mail 0612345678@example.nl, bel 06-12345678, BSN 123456782, "
        "IBAN NL91ABNA0417164300, en nogmaals 123 456 782."
    )
    spans = detect_personal_data(text)
    assert [s.type for s in spans] == ["email", "phone", "bsn", "iban", "bsn"]
    for first, second in itertools.pairwise(spans):
        assert first.end <= second.start
    for span in spans:
        assert text[span.start : span.end] == span.text
