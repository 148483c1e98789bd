"""Detection improvements made after the blind nineteenth and twentieth toets sets
(publicatie/evaluation/realistic_toets19 and _toets20) were measured: sole traders' KvK and btw
under "KvK / btw-id" and "handelsregister", a landline beside a sole trader's mailbox or after a
civil servant's name, foreign postcodes and address blocks, CSV rows with a field too many,
German, Belgian and other identity papers, foreign plates after a vehicle word, cadastral
"sectie K 812 en K 813", dates of birth in brackets after a name, "Kettelweg nr. 9". New
variations, not copies of the evaluation documents.
"""

from __future__ import annotations

import pytest

from publicatie.patterns import find_table_cells
from tests.detect_helpers import (
    document_numbers,
    model,  # noqa: F401 (fixture)
    of_type,
    redacted_addresses,
    redacted_of_type,
    spans,
)


def test_a_sole_traders_kvk_and_btw_under_kvk_slash_btw_and_the_landline_beside_the_mailbox():
    text = (
        "Bedrijf        : Loodgietersbedrijf Harmsen, eigenaar K.J. Harmsen\n"
        "KvK / btw-id   : 71844203 / NL004512698B91\n"
        "Contact        : (0118) 41 22 09, info@loodgietersbedrijfharmsen.nl\n"
    )
    found = {t: a for _, t, a in spans(text)}
    assert found["71844203"] == "redact"
    assert found["NL004512698B91"] == "redact"
    assert found["(0118) 41 22 09"] == "redact"
    assert found["info@loodgietersbedrijfharmsen.nl"] == "redact"


def test_a_number_in_the_handelsregister_of_an_eenmanszaak_is_redacted() -> None:
    text = (
        "De heer P. Olthof, eenmanszaak, handelend onder de naam Koeriersdienst Olthof, "
        "ingeschreven in het handelsregister onder nummer 64410985."
    )
    assert ("64410985", "redact") in of_type(text, "kvk")


def test_a_landline_after_a_civil_servants_name_is_hers_even_beside_a_team_mailbox() -> None:
    text = (
        "Neem contact op met mevrouw T. Vermeulen, havenmeester, via 0113 - 26 14 90 of "
        "haven@goes.nl. U kunt ons ook bereiken via +31 113 24 99 99."
    )
    phones = dict(of_type(text, "phone"))
    assert phones == {"0113 - 26 14 90": "redact", "+31 113 24 99 99": "keep"}


def test_a_team_line_beside_its_mailbox_stays_visible() -> None:
    text = "Vragen? Bel team Parkeren, 0113 - 24 90 00 of parkeren@goes.nl."
    assert of_type(text, "phone") == [("0113 - 24 90 00", "keep")]


@pytest.mark.parametrize(
    "text, values",
    [
        ("Gegevens schipper: Königsallee 14, 40212 Düsseldorf, tel.", ["Königsallee 14", "40212"]),
        ("wonend Am Mühlenbach 6, 48455 Bad Bentheim", ["Am Mühlenbach 6", "48455"]),
        ('verhuisd naar "Calle Mayor 21, 2º A"', ["Calle Mayor 21, 2º A"]),
        (
            "De heer J.P. Verhaeghe\nKustlaan-Het Zoute 87 bus 3\n8300 Knokke-Heist\nBELGIË\n",
            ["Kustlaan-Het Zoute 87 bus 3", "8300"],
        ),
        ("de buurman aan de overkant (Molenweg nr. 14) belde", ["Molenweg nr. 14"]),
    ],
)
def test_foreign_addresses_and_a_street_with_nr(text: str, values: list[str]) -> None:
    found = redacted_addresses(text)
    for value in values:
        assert value in found, (value, found)


def test_a_year_before_a_short_word_is_no_lowercase_postcode() -> None:
    assert redacted_addresses("Er wohnt seit Sommer 2024 in Enschede.") == []


def test_a_csv_row_with_one_field_too_many_still_has_its_columns() -> None:
    text = (
        "nr;naam;adres;postcode;plaats;opmerking\n"
        "1;Vos, K.;Vlasakker 4;4331 AB;Middelburg;geen\n"
        "2;Lont, M.;Hoogstraat 9;4331 CD;Middelburg;verhuisd; nieuw adres onbekend\n"
        "3;Pater, S.;Kerkweg 2;4332 EF;Middelburg;geen\n"
    )
    cells = {text[a:b]: kind for a, b, kind in find_table_cells(text)}
    assert cells["4332 EF"] == "postcode" and cells["Pater, S."] == "name"
    found = redacted_addresses(text)
    assert {"4331 AB", "4331 CD", "4332 EF"} <= set(found)


def test_a_companys_row_stays_visible_whoever_handled_it() -> None:
    text = (
        "nr;naam;adres;postcode;plaats;beh\n"
        "1;Vos, K.;Vlasakker 4;4331 AB;Middelburg;jdekker\n"
        "2;Garagebedrijf Lont B.V.;Industrieweg 9;4462 GT;Goes;jdekker\n"
    )
    found = {t: a for k, t, a in spans(text) if k in ("address", "postcode")}
    assert found["Vlasakker 4"] == "redact"
    assert found["Industrieweg 9"] == "keep" and found["4462 GT"] == "keep"


@pytest.mark.parametrize(
    "text, number",
    [
        ("gemeldet (Personalausweis-Nr. LK2T8VX41).", "LK2T8VX41"),
        ("wonend te Nordhorn, Reisepass C7RX19KTP", "C7RX19KTP"),
        ("01.10  1-ABF-553  Wout Desmet  eID 591-0274836-12  waarschuwing", "591-0274836-12"),
        ("11  Uwe Kessler  Mönchengladbach  2  PA L7TX02R95", "L7TX02R95"),
        ("Steuer-ID (DE) ............. 57 118 630 921", "57 118 630 921"),
        ("Personeelsnummer ........... 220415", "220415"),
    ],
)
def test_identity_papers_and_numbers_in_foreign_and_form_notations(text: str, number: str) -> None:
    assert number in document_numbers(text)


@pytest.mark.parametrize(
    "text, plate",
    [
        ("sein Pkw BOR-TK 172 steht fast täglich in der Brinkstraat.", "BOR-TK 172"),
        ("2   Rafał Nowak   auto PO 4K815 voor de deur", "PO 4K815"),
    ],
)
def test_foreign_plates_after_a_vehicle_word(text: str, plate: str) -> None:
    assert (plate, "redact") in of_type(text, "kenteken")


def test_cadastral_sections_with_more_numbers_are_one_parcel_reference() -> None:
    text = "op uw percelen kadastraal bekend gemeente Markelo sectie H 1437 en H 1438. Verder"
    assert "sectie H 1437 en H 1438" in redacted_addresses(text)


@pytest.mark.usefixtures("model")
def test_a_date_in_brackets_after_a_name_is_a_date_of_birth() -> None:
    text = (
        "Verzoekers wonen met hun kinderen Noor (14-10-2013) en Daan (09-01-2017) in een "
        "huurwoning. Zie ook de brief van 14-10-2013. De raad (12-03-2024) besloot anders."
    )
    dobs = redacted_of_type(text, "dob", use_model=True)
    assert dobs == ["14-10-2013", "09-01-2017", "14-10-2013"]


@pytest.mark.usefixtures("model")
def test_a_wethouder_with_a_portfolio_in_lower_case_stays_visible() -> None:
    from tests.detect_helpers import names_with_model

    found = names_with_model(
        "Namens het college, de wethouder schuldhulpverlening S. Zengin. "
        "De wethouder heeft Jansen gebeld over de klacht."
    )
    assert found == {"S. Zengin": "keep", "Jansen": "redact"}
