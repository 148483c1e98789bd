"""Detection improvements made after the blind fourth toets set (publicatie/evaluation/
realistic_toets4) was measured: more OCR repairs, house-number additions, travel documents and
cards in other notations, foreign plates and plate columns, KvK columns and trade names of sole
traders, offices with a portfolio, chat transcripts.

New variations, not copies of the evaluation documents. Rules only unless a test asks for the
model.
"""

from __future__ import annotations

import pytest

from publicatie.detect import ocr_digits
from publicatie.patterns import find_addresses, find_documents, find_kenteken, find_kvk
from tests.detect_helpers import model, of_type, redacted_of_type, spans  # noqa: F401 (fixture)


def test_ocr_repairs_iban_check_digits_and_date_parts() -> None:
    assert ocr_digits("IBAN NL9I INGB 0OO1 2345 67") == "IBAN NL91 INGB 0001 2345 67"
    assert ocr_digits("geb. I2-ll-1968") == "geb. 12-11-1968"
    assert ocr_digits("de lOl en Il Divo, INGB") == "de lOl en Il Divo, INGB"


def test_an_ocr_damaged_iban_is_redacted() -> None:
    assert of_type("Rekening: NL9I ABNA O4I7 1643 OO", "iban") == [
        ("NL9I ABNA O4I7 1643 OO", "redact")
    ]


@pytest.mark.parametrize("address", ["Parklaan 164/2", "Havenkade 3-C1", "Molenstraat 140 k.12"])
def test_house_numbers_with_a_flat_or_room(address: str) -> None:
    text = f"Zij woont aan de {address} sinds mei."
    found = [text[s:e] for s, e, kind, action, _ in find_addresses(text) if action == "redact"]
    assert found == [address]


def test_a_house_number_right_after_the_street_it_belongs_to() -> None:
    text = "Het gaat om een gezin aan de Lindenlaan, huisnummer 14, met twee kinderen."
    found = [text[s:e] for s, e, *_ in find_addresses(text)]
    assert "huisnummer 14" in found


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Hij legitimeerde zich met een Pools identiteitsbewijs DKR 551203.", "DKR 551203"),
        ("Roemeens paspoort nr. 048812377, niet ingeschreven.", "048812377"),
        ("verblijfsdocument nr. Y7P3301Q2", "Y7P3301Q2"),
        ("Gehandicaptenparkeerkaart, kaartnummer GPK-0412-7781.", "GPK-0412-7781"),
    ],
)
def test_travel_documents_and_cards_after_their_name(text: str, number: str) -> None:
    assert [text[s:e] for s, e, *_ in find_documents(text)] == [number]


def test_foreign_plate_after_the_word_kenteken_and_plates_in_a_column() -> None:
    text = "Op de oprit stond een bus met het Duitse kenteken KLE AB 482 en een fiets."
    assert [text[s:e] for s, e, *_ in find_kenteken(text)] == ["KLE AB 482"]
    table = "Nr;Kenteken;Naam\n1;GT481K;Visser, Anna\n2;7XRD12;Bakker, Piet\n3;WP-11-DX;Kok, Jan\n"
    plates = [table[s:e] for s, e, *_ in find_kenteken(table)]
    assert {"GT481K", "7XRD12", "WP-11-DX"} <= set(plates)


def test_kvk_column_is_judged_by_its_row() -> None:
    text = (
        "Nr | Exploitant | KvK | Bedrag\n"
        "1 | Draaimolens Hol B.V. | 12345678 | 100\n"
        "2 | Schiettent Anja Velt (eenmanszaak) | 23456789 | 200\n"
        "3 | Suikerspin De Ridder B.V. | 34567890 | 300\n"
    )
    actions = {text[s:e]: action for s, e, _kind, action, _ in find_kvk(text)}
    assert actions == {"12345678": "keep", "23456789": "redact", "34567890": "keep"}


@pytest.mark.usefixtures("model")
def test_trade_name_of_a_sole_trader_is_a_name_and_takes_its_kvk_along() -> None:
    text = "Vergunning voor Schildersbedrijf Maessen, KvK 41234567. Dank voor uw aanvraag."
    found = spans(text, use_model=True)
    assert ("name", "Schildersbedrijf Maessen", "redact") in found
    assert ("kvk", "41234567", "redact") in found


@pytest.mark.usefixtures("model")
@pytest.mark.parametrize(
    "text",
    [
        "Opdrachtnemer: Bouwbedrijf Maessen B.V., KvK 41234567.",
        "Opdrachtnemer: Bouwbedrijf Maessen & Zn., KvK 41234567.",
        "Opdrachtnemer: Schoonmaakbedrijf Noord, KvK 41234567.",
    ],
)
def test_firms_with_a_legal_form_partners_or_a_place_are_no_sole_traders(text: str) -> None:
    assert ("41234567", "keep") in of_type(text, "kvk", use_model=True)


@pytest.mark.parametrize(
    "text",
    [
        "Wethouder Jeugd en Onderwijs K.L. Bremer opende de school.",
        "namens burgemeester en wethouders,\nde wethouder Werk en Inkomen,\n\nP.J. Ottens",
    ],
)
def test_an_office_with_its_portfolio_stays_visible(text: str) -> None:
    names = of_type(text, "name")
    assert names and all(action == "keep" for _, action in names)


@pytest.mark.usefixtures("model")
def test_a_sender_in_a_chat_transcript_with_a_label_in_the_time_stamp() -> None:
    text = "[chat 10:22] femke oudenaller: ik bel haar morgen\n[chat 10:23] Balie: prima"
    names = redacted_of_type(text, "name", use_model=True)
    assert "femke oudenaller" in names


def test_a_date_is_never_taken_for_a_phone_number() -> None:
    assert of_type("Besluit van 09-09-2016 en 01-02-2003.", "phone") == []


def test_a_childs_date_of_birth_a_few_years_back_after_a_birth_word() -> None:
    text = "Kinderen (geboortedatum, school):\nSem, 09-09-2016, bs De Linde"
    assert ("09-09-2016", "redact") in of_type(text, "dob")
