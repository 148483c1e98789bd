"""Detection improvements made after the blind fifth toets set (publicatie/evaluation/
realistic_toets5) was measured: house numbers in brackets or after a named resident, document
numbers written in groups or as pass numbers, addresses in running text before their postcode,
a private address field, register lines with the surname in capitals, two first names, first
names typed in lower case in a chat. New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

import pytest

from publicatie.names import find_names
from tests.detect_helpers import (
    document_numbers,
    model,  # noqa: F401 (fixture)
    of_type,
    redacted_addresses,
    redacted_names_with_model,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ik woon zelf beneden (nummer 12b) en hoor alles.", "nummer 12b"),
        ("De buurman, meneer Dekker (nr. 31), klaagde ook.", "nr. 31"),
        ("mevrouw Pronk nr 7, wil teruggebeld worden", "nr 7"),
    ],
)
def test_house_numbers_in_brackets_or_after_a_named_resident(text: str, value: str) -> None:
    assert value in redacted_addresses(text)


def test_a_number_in_brackets_that_is_no_house_number_stays() -> None:
    assert redacted_addresses("Zie de bijlage (artikel 12) en (pagina 3).") == []


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
    assert number in document_numbers(text)


def test_in_a_table_row_the_documents_name_must_be_in_the_same_cell() -> None:
    text = "Kaartnummer | Zaak | Bedrag\nonbekend | WI-24-0170 | € 420,00\n"
    assert document_numbers(text) == []


def test_an_address_in_running_text_right_before_its_postcode() -> None:
    text = "Wij stuurden een brief naar Oude Vaart 14, 7741kb Coevorden. Postbus 36, 1780 AA."
    assert redacted_addresses(text) == ["Oude Vaart 14", "7741kb"]


def test_a_private_address_field() -> None:
    assert "Hoge Biest 3" in redacted_addresses("Privé-adres: Hoge Biest 3, 6001 AT Weert.")


def test_a_register_line_with_the_surname_in_capitals_first() -> None:
    names = [
        h.text for h in find_names("2) GEBREMESKEL, Saba Tesfay – geb. 1990\nBESLUIT, Gemeente Ede")
    ]
    assert names == ["GEBREMESKEL, Saba Tesfay"]


@pytest.mark.usefixtures("model")
def test_two_first_names_before_an_unknown_surname() -> None:
    names = [h.text for h in find_names("Gisteren belde Gerrit Jan Wolsink-Tiehuis over de sloot.")]
    assert "Gerrit Jan Wolsink-Tiehuis" in names


@pytest.mark.usefixtures("model")
def test_a_first_name_typed_in_lower_case_in_a_chat_but_not_common_words() -> None:
    text = "[12-11-25 09:30] Gijs Tolsma: de fiets staat nog op naam van wietske, ik ben moe"
    names = redacted_names_with_model(text)
    assert "wietske" in names
    assert "ben" not in names


@pytest.mark.parametrize(
    "text",
    [
        "Zij had een gebroken sleutelbeen en een hoofdwond.",
        "Hij is al jaren aan de nierdialyse.",
        "Het kind heeft een ernstige notenallergie.",
        "Hij hoort stemmen en slaapt niet.",
        "Zij kreeg in 2021 een strafbeschikking wegens rijden onder invloed.",
        "De zaak is doorgezonden naar de officier van justitie.",
        "Verzoek om wijziging van de geslachtsvermelding in de geboorteakte.",
    ],
)
def test_injuries_treatment_criminal_and_gender_data_are_special(text: str) -> None:
    assert of_type(text, "special")


@pytest.mark.parametrize(
    "text",
    [
        "De gemeente is gehecht aan goede contacten met de buurt.",
        "De boa legt een bestuurlijke strafbeschikking op voor afval naast de container.",
        "Het beleid tegen huiselijk geweld en kindermishandeling wordt herzien.",
    ],
)
def test_policy_words_around_those_data_are_not_special(text: str) -> None:
    assert of_type(text, "special") == []
