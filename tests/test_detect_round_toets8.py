"""Detection improvements made after the blind eighth toets set (publicatie/evaluation/
realistic_toets8) was measured: an IBAN that a false start swallowed, roles as chat senders, a
date and a time in an export that are no mobile number, more personal registration numbers,
cadastral parcels in the plural, a floor after the house number, neighbours' addresses and the
same street with another number. New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

import pytest

from publicatie.names import find_names
from tests.detect_helpers import document_numbers, redacted_addresses, spans


@pytest.mark.parametrize(
    "text",
    [
        "Betaling op 12 maart 2026 op rekening NL18 INGB 2468 8176 03 ten name van de werknemer.",
        "De vergoeding is op 31 december 2025 op NL91ABNA0417164300 gestort.",
    ],
)
def test_an_iban_after_words_that_look_like_the_start_of_one(text: str) -> None:
    assert any(kind == "iban" and action == "redact" for kind, _, action in spans(text))


def test_roles_as_chat_senders_are_no_names() -> None:
    text = (
        "[10:02:17] Digitale assistent: Welkom bij de webchat.\n"
        "[10:02:41] Bezoeker: mijn rijbewijs is kwijt\n"
        "[10:03:05] Medewerker: dat kan ik voor u regelen\n"
    )
    found = [h.text for h in find_names(text, use_model=False)]
    assert not {"Digitale assistent", "Digitale", "Bezoeker", "Medewerker"} & set(found)


def test_a_date_and_a_time_in_an_export_are_no_mobile_number() -> None:
    text = "06-10-2025\t08:40\tbezoek balie\n07-10-2025 09:15 afspraak"
    assert not [value for kind, value, _ in spans(text) if kind == "phone"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2. Gerrit Hulshof, jachtakte GLD-2025-004417, 06 1122 3344", "GLD-2025-004417"),
        ("Verbalisant: P. de Jong, boa, aanstellingsnummer BOA-0422-1180", "BOA-0422-1180"),
    ],
)
def test_personal_registration_numbers(text: str, value: str) -> None:
    assert value in document_numbers(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("kadastraal bekend als gemeente Uden, sectie B, nummers 1201 en 1202", "1201 en 1202"),
        ('"Kerkstraat 14, 2-hoog";"5401 AB"', "Kerkstraat 14, 2-hoog"),
        ("Onze buren op Brink 7 hebben ook een melding gedaan.", "Brink 7"),
        ("Buurvrouw aan de Markt 12 klaagt over de geur.", "Markt 12"),
    ],
)
def test_parcels_floors_and_neighbours(text: str, value: str) -> None:
    assert any(value in found for found in redacted_addresses(text))


def test_the_same_street_with_another_number_is_an_address_too() -> None:
    found = redacted_addresses("De buren op Dijkje 4 en Dijkje 8 doen mee; Dijkje blijft open.")
    assert "Dijkje 4" in found and "Dijkje 8" in found
    assert "Dijkje" not in found
