"""Detection improvements made after the blind eighteenth toets set
(publicatie/evaluation/realistic_toets18) was measured: staff numbers in a "pers.nr" column and
elsewhere in the same document, GPS coordinates, cadastral parcels in a column or after
"Kadastraal:" or "Perceel", a club's address in care of a member, a sole trader's KvK a few
words after "KvK", values that run across a column gap, placeholder cells, municipal services
in a mailbox, and tab-separated or wide registers rendered to PDF with their columns. New
variations, not copies of the evaluation documents.
"""

from __future__ import annotations

import pytest

from publicatie.convert import to_pdf
from publicatie.patterns import find_coordinates, find_table_cells
from publicatie.pdf_text import extract_text
from publicatie.redact import redact_pdf
from tests.detect_helpers import (
    model,  # noqa: F401 (fixture)
    of_type,
    redacted_addresses,
    spans,
)

PLACEMENT = (
    "Plaatsing per medewerker (vertrouwelijk)\n\n"
    "pers.nr  naam                 huidige functie     plaatsing\n"
    "204417   Marloes Tenhagen     adviseur P&O        adviseur HR\n"
    "204532   Oleksandr Pylypenko  beheerder ICT       boventallig\n"
    "204698   Sevda Karaaslan      medewerker inkoop   adviseur inkoop\n\n"
    "Toelichting: Pylypenko (nr. 204532) krijgt een van-werk-naar-werktraject.\n"
)


def test_staff_numbers_in_a_pers_nr_column_and_in_the_note_under_it_are_redacted() -> None:
    numbers = [text for text, action in of_type(PLACEMENT, "document_number") if action == "redact"]
    assert numbers == ["204417", "204532", "204698", "204532"]


def test_a_staff_number_after_pers_nr_in_running_text_is_redacted() -> None:
    text = "De wijziging geldt voor mevrouw De Groot, pers.nr. 318842, per 1 maart."
    assert ("318842", "redact") in of_type(text, "document_number")


def test_a_number_repeated_is_only_redacted_where_it_was_found_as_personal() -> None:
    # an ordinary number that happens to repeat is no staff number anywhere
    text = "Zaak 204417 is afgesloten. Zie ook zaak 204417 in het archief."
    assert of_type(text, "document_number") == []


@pytest.mark.parametrize(
    "line, value",
    [
        ("  GPSLatitude ...... 51 deg 26' 3.71\" N", "51 deg 26' 3.71\" N"),
        ("Locatie foto: N 52° 9′ 12.6″, O 5° 23′ 1.4″", "N 52° 9′ 12.6″"),
        ("coördinaten 52°21'44\"NB 4°54'13\"OL", "52°21'44\"NB"),
        ("GPS: 51.92184, 4.47917 (uit de foto)", "51.92184, 4.47917"),
        ("Longitude: 5.473901", "5.473901"),
    ],
)
def test_gps_coordinates_are_redacted_as_an_address(line: str, value: str) -> None:
    found = [line[a:b] for a, b, *_ in find_coordinates(line)]
    assert value in found
    assert (value, "redact") in of_type(line, "address")


@pytest.mark.parametrize(
    "text",
    [
        "De helling is 12° 30' over een lengte van 40 meter.",
        "Het tarief stijgt met 52.0614 procent.",  # a decimal, no word about a location
        "Artikel 4.1234 van het Besluit kwaliteit leefomgeving.",
    ],
)
def test_angles_and_decimals_without_a_location_word_are_no_coordinates(text: str) -> None:
    assert find_coordinates(text) == []


def test_cadastral_parcels_in_a_perceel_column_after_kadastraal_and_after_perceel() -> None:
    text = (
        "perceel              eigenaar                   adres eigenaar\n"
        "Boskoop G 2231       Hendrikus Vermaning        Laag Boskoop 12\n"
        "Boskoop G 2232       Aleida Vermaning-Stolk     Laag Boskoop 14\n\n"
        "Toelichting: Perceel G 2232 is in 2019 gesplitst.\n"
        "Locatie schuur: gelijk aan het woonadres. Kadastraal: Hazerswoude H 1187.\n"
    )
    found = redacted_addresses(text)
    for parcel in ("Boskoop G 2231", "Boskoop G 2232", "G 2232", "Hazerswoude H 1187"):
        assert parcel in found, (parcel, found)
    # a section letter is no street: other numbers after "G" stay
    assert "G 2231" not in [v for v in found if v != "Boskoop G 2231"]


def test_a_clubs_address_in_care_of_a_member_is_that_members_home() -> None:
    text = (
        "Speeltuinvereniging De Klimop\n"
        "p/a Gerwin Oosterbaan, penningmeester\n"
        "Kerkelaan 17b, 2771 CD Boskoop\n"
        "speeltuin@deklimop.nl\n"
    )
    found = {t: a for k, t, a in spans(text) if k in ("address", "postcode")}
    assert found == {"Kerkelaan 17b": "redact", "2771 CD": "redact"}


def test_a_clubs_own_address_stays_visible() -> None:
    text = "Speeltuinvereniging De Klimop\nKerkelaan 17b, 2771 CD Boskoop\n"
    found = {t: a for k, t, a in spans(text) if k in ("address", "postcode")}
    assert found == {"Kerkelaan 17b": "keep", "2771 CD": "keep"}


def test_a_sole_traders_kvk_a_few_words_after_kvk_is_redacted() -> None:
    text = 'Opmerking JH: "KvK eenmanszaak nagekeken, nummer 73319056. Btw niet van toepassing."'
    assert ("73319056", "redact") in of_type(text, "kvk")


@pytest.mark.usefixtures("model")
def test_a_name_and_an_address_do_not_run_across_a_column_gap() -> None:
    text = (
        "grafnr  overledene           rechthebbende      adres rechthebbende\n"
        "B-204   Cornelia Terwindt    R.P. Terwindt      Goudsesingel 88, 2801 AK Gouda\n"
        "B-205   Jacobus Bremmekamp   Ans Bremmekamp     Turfsingel 7, 2801 BH Gouda\n"
    )
    found = {(k, t) for k, t, a in spans(text, use_model=True) if a == "redact"}
    assert ("name", "R.P. Terwindt") in found
    assert ("address", "Goudsesingel 88") in found
    assert ("name", "Ans Bremmekamp") in found
    assert ("address", "Turfsingel 7") in found
    assert not any("  " in t for _, t in found)


def test_placeholder_cells_are_not_personal_data() -> None:
    text = (
        "nr     naam                adres\n"
        "1      Jorien Blaauwhof    Esdoornlaan 4\n"
        "2      (gereserveerd)      idem\n"
        "3      –                   n.v.t.\n"
    )
    cells = {text[a:b] for a, b, _ in find_table_cells(text)}
    assert "Jorien Blaauwhof" in cells and "Esdoornlaan 4" in cells
    assert not cells & {"(gereserveerd)", "idem", "–", "n.v.t."}


@pytest.mark.parametrize("mailbox", ["begraafplaatsen@gouda.nl", "werkgeversservicepunt@sdmh.nl"])
def test_a_municipal_services_mailbox_is_functional(mailbox: str) -> None:
    text = f"Vragen over uw aanvraag? Mail naar {mailbox}."
    assert of_type(text, "email") == [(mailbox, "keep")]


def test_a_noun_in_ring_with_a_year_is_no_address() -> None:
    text = "Reorganisatie Bedrijfsvoering 2026 en de Vergadering 14 van de raad; Westring 12."
    assert redacted_addresses(text) == ["Westring 12"]


TAB_REGISTER = (
    "Uittreksel register\n\n"
    "grafnr\toverledene\tgeboren\toverleden\trechthebbende\tadres rechthebbende\ttelefoon\n"
    "A-101\tWillemina Johanna Kortekaas\t14-02-1931\t03-01-2019\tR.J. Kortekaas\t"
    "Graaf Florisweg 91, 2805 AJ Gouda\t0182-51 33 07\n"
    "A-102\tFrederik Kortekaas\t30-10-1928\t17-11-2024\tR.J. Kortekaas\tidem\tidem\n"
    "A-103\tHendrik Lodewijk Soeradji\t05-08-1944\t11-02-2025\tWiwik Soeradji\t"
    "Korte Akkeren 31, 2806 AD Gouda\t06 5521 7712\n"
)


@pytest.mark.usefixtures("model")
def test_a_tab_separated_register_keeps_its_columns_in_our_pdf_and_is_redacted() -> None:
    pdf = to_pdf(TAB_REGISTER.encode(), "register.txt", "text/plain", document="register")
    read = "\n".join(extract_text(pdf, document="register"))
    # padded to one width per column, in a fixed-width font small enough to fit the page
    assert "14-02-1931  03-01-2019" in read
    output, _ = redact_pdf(pdf, document="register")
    after = " ".join(extract_text(output, document="register"))
    for value in ("14-02-1931", "30-10-1928", "05-08-1944", "Kortekaas", "Soeradji"):
        assert value not in after, value


def test_a_date_of_death_in_a_register_with_a_birth_column_is_no_date_of_birth() -> None:
    dobs = [text for text, action in of_type(TAB_REGISTER, "dob") if action == "redact"]
    assert dobs == ["14-02-1931", "30-10-1928", "05-08-1944"]


WIDE = (
    "perceel             eigenaar                                        adres eigenaar"
    "         opp.     prijs        stand\n"
    "Boskoop G 2231      Hendrikus Johannes Vermaning (geb. 03-11-1951)  Laag Boskoop 12,"
    " 2771 AA  2,61 ha  € 2.088.000  akkoord\n"
    "Boskoop G 2232      Aleida Vermaning-Stolk                          Laag Boskoop 14,"
    " 2771 AA  0,94 ha  € 752.000    akkoord\n"
)


@pytest.mark.usefixtures("model")
def test_a_register_wider_than_the_page_is_rendered_smaller_and_keeps_its_columns() -> None:
    pdf = to_pdf(WIDE.encode(), "bijlage.txt", "text/plain", document="bijlage")
    read = "\n".join(extract_text(pdf, document="bijlage"))
    assert "Boskoop G 2231      Hendrikus" in read  # not wrapped: one row, one line
    output, _ = redact_pdf(pdf, document="bijlage")
    after = " ".join(extract_text(output, document="bijlage"))
    for value in ("G 2231", "G 2232", "Vermaning", "Laag Boskoop 12"):
        assert value not in after, value
    assert "€ 752.000" in after
