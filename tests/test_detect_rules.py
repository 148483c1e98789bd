"""Rule detectors: addresses, dates of birth, kenteken, travel documents, KvK, special data."""

from __future__ import annotations

import pytest

from publicatie.detect import detect_personal_data
from tests.detect_helpers import redacted


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Hij woont aan de Julianastraat 148 te Pijnacker.", "Julianastraat 148"),
        ("Adres: Laan van Ypenburg 136, Nootdorp.", "Laan van Ypenburg 136"),
        ("Lange Kruisweg 125a is het adres.", "Lange Kruisweg 125a"),
        ("Postadres Emmastraat 41-2 in Delfgauw.", "Emmastraat 41-2"),
    ],
)
def test_street_with_house_number_isredacted(text: str, street: str) -> None:
    assert ("address", street) in redacted(text)


def test_postcode_next_to_a_street_address_is_redacted_with_it() -> None:
    text = "De heer P. ten Have\nJulianastraat 148\n2641 DN Pijnacker"
    assert ("postcode", "2641 DN") in redacted(text)
    assert "Pijnacker" not in " ".join(t for _, t in redacted(text))


@pytest.mark.parametrize(
    "text",
    [
        "Retouradres: Postbus 1, 2640 AA Pijnacker.",
        "De Dorpsstraat wordt opnieuw ingericht.",
        "De gemeente Pijnacker-Nootdorp en de Klapwijkseweg.",
        "Zie artikel 12 van de Algemene wet bestuursrecht.",
        "Op 14 mei 2024 besloot het college; de kosten zijn EUR 418,00.",
        "De Oostlaan is vanaf 3 juni afgesloten.",
    ],
)
def test_public_places_ordinary_dates_amounts_and_articles_stay(text: str) -> None:
    assert redacted(text) == []


def test_date_of_birth_is_redacted_but_other_dates_stay() -> None:
    text = "Geboren op 12-03-1980; aanvraag ontvangen op 18 maart 2024. Geboortedatum: 1 mei 1975."
    assert redacted(text) == [("dob", "12-03-1980"), ("dob", "1 mei 1975")]


@pytest.mark.parametrize("plate", ["GB-12-PX", "12-BBB-3", "1-KBB-12", "ZF-123-K", "99-XX-99"])
def test_licence_plates_of_every_side_code_shape_areredacted(plate: str) -> None:
    assert redacted(f"De auto met kenteken {plate} stond fout.") == [("kenteken", plate)]


@pytest.mark.parametrize(
    "text", ["Zaak K-2024-019 en OLO-2024-0412.", "Versie 12-AB-34-5.", "2024-AB"]
)
def test_case_numbers_are_not_taken_for_licence_plates(text: str) -> None:
    assert redacted(text) == []


def test_passport_number_is_redacted_only_after_a_document_word() -> None:
    assert redacted("Paspoortnummer: NW1234K56.") == [("document_number", "NW1234K56")]
    assert redacted("ID-kaart XR12PK5T9 getoond.") == [("document_number", "XR12PK5T9")]
    assert redacted("Referentie NW1234K56 in het systeem.") == []


def test_kvk_number_is_kept_with_a_reason() -> None:
    spans = detect_personal_data("Stichting Welzijn, KvK-nummer 41234567.")
    assert [(s.type, s.action) for s in spans] == [("kvk", "keep")]
    assert "onderneming" in spans[0].reason


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Aanvrager lijdt aan een chronische ziekte.", "lijdt aan"),
        ("Zij heeft een strafblad.", "strafblad"),
        ("Vanwege haar geloof wil zij niet.", "haar geloof"),
        ("Hij kampt met een depressie.", "depressie"),
    ],
)
def test_special_personal_data_gets_ground_5_1_1d(text: str, phrase: str) -> None:
    spans = [s for s in detect_personal_data(text) if s.type == "special"]
    assert [s.text for s in spans] == [phrase]
    assert spans[0].ground == "5.1.1d" and spans[0].action == "redact"


def test_ordinary_policy_words_are_not_special_data() -> None:
    assert redacted("Het college stelt de beleidsregels voor de Wmo vast.") == []
