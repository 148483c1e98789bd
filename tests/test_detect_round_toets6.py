"""Detection improvements made after the blind sixth toets set (publicatie/evaluation/
realistic_toets6) was measured: CSV exports with quoted cells, company rows in a table, a
resident's address that an organisation cue used to keep, house-number additions and units,
plates without dashes, values spoken in a transcript or written out in a deed, BSNs in any
grouping after the word BSN, sole traders working from home, student and dotted V-numbers, and
a date with a time that is no phone number. New variations, not copies of the evaluation
documents.
"""

from __future__ import annotations

import pytest

from publicatie.patterns import find_kenteken, find_table_cells
from publicatie.spoken import find_spoken
from tests.detect_helpers import document_numbers, model, of_type, redacted_addresses, spans  # noqa: F401 (fixture)

CSV = (
    "Export standplaatsen – gegenereerd 03-03-2026 09:12\n"
    '"plaats","vergunninghouder","kvk","adres","postcode","telefoon","kenteken"\n'
    '"1","Maasland, Petrus H.","61234570","Lindelaan 14","5211 AB","06-21436587","VX-481-D"\n'
    '"2","Poelier Ter Horst & Zn. V.O.F.","10293847","Kerkweg 3","5211 CD","073 - 612 34 00",'
    '"BT-772-K"\n'
    '"3","Droogh, Anna","70391852","Beukstraat 2 bis","5212ef","+31 6 1122 3344","vpk-92-z"\n'
)


def test_a_quoted_csv_export_is_read_as_a_table_with_commas_inside_cells() -> None:
    cells = {(CSV[s:e], kind) for s, e, kind in find_table_cells(CSV)}
    assert ("Maasland, Petrus H.", "name") in cells  # the comma inside the quotes stays
    assert ("5212ef", "postcode") in cells
    assert ("70391852", "kvk") in cells


def test_running_text_with_commas_is_no_table() -> None:
    text = (
        "Naam, adres en woonplaats, telefoon, e-mail\nJan komt, Piet niet, Klaas later, ik ook\n"
        "Wij gaan, jullie blijven, zij twijfelen, en verder\n"
    )
    assert find_table_cells(text) == []


@pytest.mark.usefixtures("model")
def test_csv_rows_of_a_sole_trader_are_redacted_and_a_company_row_stays() -> None:
    found = spans(CSV, use_model=True)
    assert ("kvk", "61234570", "redact") in found
    assert ("postcode", "5212ef", "redact") in found
    for value in ("Kerkweg 3", "5211 CD", "073 - 612 34 00", "BT-772-K"):
        assert any(text == value and action == "keep" for _, text, action in found), value
    assert not any(text.startswith("03-03-2026") for _, text, _ in found)  # a date and a time


@pytest.mark.parametrize(
    "text",
    [
        "Kopie aan: de heer K. Wiersma, Gemeentehuisplein 4, 8401 AB Gorredijk",
        "Hij woont sinds jaren boven het café (Raadhuisstraat 9).",
    ],
)
@pytest.mark.usefixtures("model")
def test_a_persons_address_is_never_kept_for_an_organisation_cue(text: str) -> None:
    assert all(action == "redact" for _, action in of_type(text, "address", use_model=True))
    assert of_type(text, "address", use_model=True)


@pytest.mark.usefixtures("model")
def test_the_town_hall_itself_still_stays() -> None:
    text = "De ceremonie is in het stadhuis (Markt 1), ingang via de zijdeur."
    assert ("Markt 1", "keep") in of_type(text, "address", use_model=True)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Adres: Vismarkt 21 K2 (kamer achter), 9711 KT Groningen", "9711 KT"),
        ("wonende Beukenlaan 40 iii, 6821AB Arnhem", "6821AB"),
        ("laatst woonachtig ul. Polna 7 m. 12, 31-042 Kraków", "31-042"),
    ],
)
def test_a_postcode_after_an_address_with_an_addition_or_remark(text: str, value: str) -> None:
    assert value in redacted_addresses(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Nieuw adres: 55 Maple Avenue, Apt 7, Toronto", "55 Maple Avenue, Apt 7"),
        ("laatst woonachtig ul. Polna 7 m. 12, 31-042 Kraków", "ul. Polna 7 m. 12"),
        ("Vergunning voor de woning Brink 12-3 in Deventer.", "Brink 12-3"),
        ("ja ik woon nu op de peperstraat 4 c sinds maart", "peperstraat 4 c"),
        ("Buurvrouw Hanna Kolk van nummer 18 klaagde.", "nummer 18"),
    ],
)
def test_addresses_with_units_residence_words_and_resident_numbers(text: str, value: str) -> None:
    assert value in redacted_addresses(text)


def test_other_additions_of_a_named_house_number_are_addresses_too() -> None:
    text = "Splitsing van Molenstraat 8 in Molenstraat 8-A, 8-B en 8-C; de huurder blijft in (8-A)."
    found = redacted_addresses(text)
    assert found.count("8-A") == 1 and "8-B" in found and "8-C" in found
    assert redacted_addresses("Zie artikel 8-A van de verordening.") == []
    # nor the Woo ground stamped in a redacted box ("5.1.2e") when "2" is a house number
    assert "2e" not in " ".join(redacted_addresses("Dorpsstraat 2 is gelakt: 5.1.2e 5.1.2e"))


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("foto 3 – aanhanger BX91TZ bij de oprit", "BX91TZ"),
        ("Kentekens zonder streepjes: GJK38D, V214PF;", "GJK38D"),
        ("De bestelbus met kenteken VN 504 R stond op de stoep.", "VN 504 R"),
    ],
)
def test_plates_without_dashes_in_a_sentence_about_a_vehicle(text: str, plate: str) -> None:
    assert plate in [text[s:e] for s, e, *_ in find_kenteken(text)]


def test_a_plate_shape_without_a_vehicle_is_no_plate() -> None:
    assert find_kenteken("Het formulier BX91TZ staat in de bijlage.") == []


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("beller: mijn nummer is nul zes vier vier een twee drie vijf zes acht", None, "phone"),
        ("beller: dat is twee vier acht zes een drie zeven nul negen", None, "bsn"),
        ("beller: ja het is anne.smit at ziggo punt nl", "anne.smit at ziggo punt nl", "email"),
        ("mag ik uw geboortedatum?\nbeller: drie mei negentien zevenenzestig", None, "dob"),
        ("geboren op tien juni negentienhonderdachtenzeventig te Hoorn", None, "dob"),
        ("Dochter Mia (born June 2nd, 2011) verhuist mee.", "June 2nd, 2011", "dob"),
    ],
)
def test_values_written_out_in_words(text: str, value: str | None, kind: str) -> None:
    hits = [(text[s:e], k) for s, e, k, *_ in find_spoken(text)]
    assert any(k == kind and (value is None or found == value) for found, k in hits), hits


def test_a_worded_date_without_a_birth_cue_or_in_another_sentence_stays() -> None:
    text = "Hij is geboren in Zwolle. De raad vergadert op drie mei tweeduizend zes."
    assert find_spoken(text) == []
    assert find_spoken("Een twee drie, en nog een keer.") == []


@pytest.mark.parametrize("written", ["138 39 76 48", "1383 97648"])
def test_a_bsn_in_any_grouping_after_the_word_bsn(written: str) -> None:
    text = f"Kunt u uw burgerservicenummer noemen?\nbeller: ja dat is {written}"
    assert ("bsn", written, "redact") in spans(text)
    assert not any(kind == "bsn" for kind, *_ in spans(f"Het project kost {written} euro."))


def test_the_kvk_of_a_business_run_from_home_is_a_sole_traders() -> None:
    text = (
        "U exploiteert vanuit uw woonhuis Dorpsweg 3 een fietsenmakerij (KvK 61234570, "
        "btw-id NL004495445B01)."
    )
    found = spans(text)
    assert ("kvk", "61234570", "redact") in found
    assert ("btw", "NL004495445B01", "redact") in found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Studentnummer DUO: 2938475 (basisbeurs)", "2938475"),
        ("V-nummer: V 512.3391.07", "V 512.3391.07"),
    ],
)
def test_student_numbers_and_dotted_v_numbers(text: str, value: str) -> None:
    assert value in document_numbers(text)
