"""Shared helpers of the detection tests: spans as plain tuples, and deduce loaded once."""

from __future__ import annotations

import pytest

from publicatie.detect import detect_personal_data
from publicatie.names import load_model
from publicatie.patterns import find_addresses, find_dob, find_documents
from publicatie.policy import DetectionPolicy


def spans(text: str, **policy) -> list[tuple[str, str, str]]:
    """(type, text, action) of every span `detect_personal_data` returns for `text`."""
    found = detect_personal_data(text, policy=DetectionPolicy(**policy))
    return [(s.type, s.text, s.action) for s in found]


def redacted(text: str, **policy) -> list[tuple[str, str]]:
    """(type, text) of every span that is redacted."""
    return [(k, t) for k, t, a in spans(text, **policy) if a == "redact"]


def of_type(text: str, kind: str, **policy) -> list[tuple[str, str]]:
    """(text, action) of the spans of one type."""
    return [(t, a) for k, t, a in spans(text, **policy) if k == kind]


def redacted_of_type(text: str, kind: str, **policy) -> list[str]:
    """The redacted values of one type, once per occurrence."""
    return [t for t, action in of_type(text, kind, **policy) if action == "redact"]


def kept_of_type(text: str, kind: str, **policy) -> list[str]:
    """The values of one type that stay visible, once per occurrence."""
    return [t for t, action in of_type(text, kind, **policy) if action == "keep"]


def names_with_model(text: str) -> dict[str, str]:
    """Name -> action (the last one where a name occurs twice), with deduce."""
    return dict(of_type(text, "name", use_model=True))


def redacted_names_with_model(text: str) -> list[str]:
    """Every redacted name, once per occurrence, with deduce."""
    return redacted_of_type(text, "name", use_model=True)


@pytest.fixture(scope="module")
def model() -> None:
    """deduce loaded once per test module (tests that ask for the model use it)."""
    load_model()


def redacted_addresses(text: str) -> list[str]:
    """The addresses, house numbers and postcodes `find_addresses` redacts, as written."""
    return [text[s:e] for s, e, kind, action, _ in find_addresses(text) if action == "redact"]


def document_numbers(text: str) -> list[str]:
    """The passport, ID and registration numbers `find_documents` finds, as written."""
    return [text[s:e] for s, e, *_ in find_documents(text)]


def dates_of_birth(text: str) -> list[str]:
    """The dates of birth `find_dob` finds, as written."""
    return [text[s:e] for s, e, *_ in find_dob(text)]
