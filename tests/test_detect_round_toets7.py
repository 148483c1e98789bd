"""Detection improvements made after the blind seventh toets set (publicatie/evaluation/
realistic_toets7) was measured: a person's address in an organisation's form, sole traders
named with a first name or a service word, KvK numbers right after a person's name, numbered
foreign streets, personal certificate numbers, plates with the car's make after them, names in
a "raadslid" column of a roll-call vote, and user accounts in a system export. New variations,
not copies of the evaluation documents.
"""

from __future__ import annotations

import pytest

from publicatie.names import find_names
from publicatie.patterns import find_addresses, find_kenteken
from tests.detect_helpers import document_numbers, model, of_type, spans  # noqa: F401 (fixture)


@pytest.mark.usefixtures("model")
def test_the_contact_persons_address_in_an_associations_form_is_redacted() -> None:
    text = (
        "Naam organisatie: Stichting Dorpsfeest Oost\nKvK-nummer: 41234567\n"
        "Contactpersoon: Herman Tijhuis\nAdres contactpersoon: Esweg 12, 7721 KL Dalfsen\n"
        "Telefoon: 0529 - 43 21 87\n"
    )
    assert ("Esweg 12", "redact") in of_type(text, "address", use_model=True)
    assert ("7721 KL", "redact") in of_type(text, "postcode", use_model=True)
    assert ("0529 - 43 21 87", "redact") in of_type(text, "phone", use_model=True)


@pytest.mark.parametrize(
    ("text", "trade_name"),
    [
        ("Schoonmaakdienst Gerda Kampinga (KvK 61234570) maakte de kantine schoon.",
         "Schoonmaakdienst Gerda Kampinga"),
        ("Dakwerken Joost van Velzen, Dorpsstraat 4, voerde het werk uit.",
         "Dakwerken Joost van Velzen"),
    ],
)  # fmt: skip
def test_sole_traders_named_with_a_first_name_or_a_service_word(text: str, trade_name: str) -> None:
    assert ("name", trade_name, "redact") in spans(text)


def test_a_kvk_number_right_after_a_persons_name_is_a_sole_traders() -> None:
    text = "Beoogd bewindvoerder: Bewindvoering Marloes Oirschot (KvK 61234570, 0413-123456)."
    assert ("kvk", "61234570", "redact") in spans(text)
    company = "Beoogd bewindvoerder: Oirschot Bewind B.V. (KvK 61234570)."
    assert ("kvk", "61234570", "keep") in spans(company)


def test_a_numbered_foreign_street_and_an_australian_postcode() -> None:
    text = "Adres in Australië:\n27 Banksia Close\nJoondalup WA 6027\n"
    found = [(text[s:e], kind) for s, e, kind, action, _ in find_addresses(text)]
    assert ("27 Banksia Close", "address") in found
    assert ("6027", "postcode") in found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("EHBO: Klaas Meijer, diploma Het Oranje Kruis nr. OK-3319021", "OK-3319021"),
        ("Verklaring Sociale Hygiëne: SH-2018-552310", "SH-2018-552310"),
        ("Ingeschreven in het Personenregister Kinderopvang (PRK-0012345678).", "PRK-0012345678"),
    ],
)
def test_personal_certificate_numbers(text: str, value: str) -> None:
    assert value in document_numbers(text)


def test_certificate_numbers_in_a_diploma_column() -> None:
    text = (
        "| naam | diploma | telefoon |\n| Pieters, J. | IVA-22-0012345 | 06-12345678 |\n"
        "| Kok, A. | IVA-23-0054321 | 06-87654321 |\n"
    )
    numbers = document_numbers(text)
    assert "IVA-22-0012345" in numbers and "IVA-23-0054321" in numbers


def test_a_plate_with_the_cars_make_after_it() -> None:
    text = "2. GTR 81 V (Toyota Yaris, op naam van uw dochter)"
    assert "GTR 81 V" in [text[s:e] for s, e, *_ in find_kenteken(text)]


@pytest.mark.usefixtures("model")
def test_names_in_a_raadslid_column_are_office_holders() -> None:
    text = (
        "Hoofdelijke stemming:\n| raadslid | fractie | stem |\n| Brouwershaven | CDA | voor |\n"
        "| Van Duijvenbode | VVD | tegen |\n| Kalkhoven | D66 | voor |\n"
    )
    names = dict(of_type(text, "name", use_model=True))
    assert names.get("Van Duijvenbode") == "keep"
    assert names.get("Kalkhoven") == "keep"


@pytest.mark.parametrize(
    "text",
    [
        "Export gegenereerd op 03-03-2026 door j.hoekstra",
        "01-12-2025;10:05;telefoon;r.vandenbrink;anoniem;parkeren",
    ],
)
def test_user_accounts_in_a_system_export_are_names(text: str) -> None:
    found = [h.text for h in find_names(text, use_model=False)]
    assert any(name in ("j.hoekstra", "r.vandenbrink") for name in found), found


@pytest.mark.parametrize(
    "text",
    ["zie bijlage a.docx en www.gemeente.nl", "mail naar j.hoekstra@gemeente.nl", "e.v.a. later"],
)
def test_file_names_web_addresses_and_mailboxes_are_no_accounts(text: str) -> None:
    assert not [h for h in find_names(text, use_model=False) if "." in h.text]
