"""Detection improvements made after the blind fifth toets set (publicatie/evaluation/
realistic_toets5) was measured: house numbers in brackets or after a named resident, document
numbers written in groups or as pass numbers, addresses in running text before their postcode,
a private address field. New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

import pytest

from publicatie.patterns import find_addresses, find_documents


def _addresses(text: str) -> list[str]:
    return [text[s:e] for s, e, kind, action, _ in find_addresses(text) if action == "redact"]


def _documents(text: str) -> list[str]:
    return [text[s:e] for s, e, *_ in find_documents(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ik woon zelf beneden (nummer 12b) en hoor alles.", "nummer 12b"),
        ("De buurman, meneer Dekker (nr. 31), klaagde ook.", "nr. 31"),
        ("mevrouw Pronk nr 7, wil teruggebeld worden", "nr 7"),
    ],
)
def test_house_numbers_in_brackets_or_after_a_named_resident(text: str, value: str) -> None:
    assert value in _addresses(text)


def test_a_number_in_brackets_that_is_no_house_number_stays() -> None:
    assert _addresses("Zie de bijlage (artikel 12) en (pagina 3).") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("VALK, Sara – V-nr 2204 8810 35 – geb. 1990", "2204 8810 35"),
        ("Beveiliger zonder pas (passnummer BP-0455102) weggestuurd.", "BP-0455102"),
        ("gehandicaptenparkeerkaart nr. GPK 24-1187 in de tas", "GPK 24-1187"),
        ("Een identiteitskaart is in 2019 als vermist opgegeven (nr. IH7K2PQ41).", "IH7K2PQ41"),
    ],
)
def test_document_numbers_in_groups_and_pass_numbers(text: str, number: str) -> None:
    assert number in _documents(text)


def test_in_a_table_row_the_documents_name_must_be_in_the_same_cell() -> None:
    text = "Kaartnummer | Zaak | Bedrag\nonbekend | WI-24-0170 | € 420,00\n"
    assert _documents(text) == []


def test_an_address_in_running_text_right_before_its_postcode() -> None:
    text = "Wij stuurden een brief naar Oude Vaart 14, 7741kb Coevorden. Postbus 36, 1780 AA."
    assert _addresses(text) == ["Oude Vaart 14", "7741kb"]


def test_a_private_address_field() -> None:
    assert "Hoge Biest 3" in _addresses("Privé-adres: Hoge Biest 3, 6001 AT Weert.")
