"""Detection improvements made after the blind third toets set (publicatie/evaluation/
realistic_toets3) was measured: scans with OCR errors in numbers, two-digit birth years,
tab- and semicolon-separated exports, form fields, plates and passports in other notations,
plots of holiday parks, people written as initials, chairs and secretaries that are not the
municipality's, members of a rekenkamercommissie, organisations' addresses, numbers and
mailboxes, and more ways of writing special personal data.

New variations, not copies of the evaluation documents. Rules only unless a test asks for the
model.
"""

from __future__ import annotations

import pytest

from publicatie.detect import ocr_digits
from publicatie.names import find_names
from publicatie.patterns import find_addresses, find_dob, find_kenteken, find_table_cells
from tests.detect_helpers import model, of_type, spans  # noqa: F401 (fixture)

# --- scans and notations --------------------------------------------------------------------------


def test_ocr_letters_inside_numbers_are_read_as_digits_and_nothing_else_changes() -> None:
    assert ocr_digits("BSN 1I1222333, geb. 0I-O3-1975") == "BSN 111222333, geb. 01-03-1975"
    assert ocr_digits("Oosterhout Il Divo lOl") == "Oosterhout Il Divo lOl"
    assert ocr_digits("NL91 ABNA 0417 1643 00") == "NL91 ABNA 0417 1643 00"


def test_an_ocr_damaged_bsn_and_phone_are_found_and_reported_as_written() -> None:
    text = "Burgerservicenummer: 1I1222333\nTelefoon: 06 2O 48 91 37"
    found = spans(text)
    assert ("bsn", "1I1222333", "redact") in found
    assert ("phone", "06 2O 48 91 37", "redact") in found


def test_a_date_of_birth_with_a_two_digit_year_after_a_birth_word() -> None:
    text = "Overtreder: R. Plasmans, geb.: 17-06-81 te Breda. Boete van 12-05-25."
    assert [text[s:e] for s, e, *_ in find_dob(text)] == ["17-06-81"]


@pytest.mark.parametrize("separator", ["\t", ";"])
def test_tab_and_semicolon_exports_are_read_by_their_header(separator: str) -> None:
    rows = [
        ["Nr", "Mantelzorger", "Adres", "Postcode"],
        ["1", "Veenstra, Aafke", "Dorpsstraat 8", "9101 AB"],
        ["2", "Oztoprak, Emre", "Kerklaan 3", "9101 AC"],
        ["3", "Hoekstra-Bos, T.", "Molenweg 14", "9101 AD"],
    ]
    text = "\n".join(separator.join(row) for row in rows)
    cells = {(kind, text[a:b]) for a, b, kind in find_table_cells(text)}
    assert ("name", "Oztoprak, Emre") in cells
    assert ("address", "Kerklaan 3") in cells
    assert ("postcode", "9101 AC") in cells


def test_numbers_in_a_v_nummer_column_are_document_numbers() -> None:
    text = (
        "Nr | Naam            | V-nummer   | Adres\n"
        "1  | Haile, Senait   | 2204817735 | Parkweg 3\n"
        "2  | Novak, Petra    | 3190264418 | Parkweg 5\n"
    )
    assert ("3190264418", "redact") in of_type(text, "document_number")


def test_postcode_in_a_form_field_is_redacted_but_not_in_running_text() -> None:
    assert ("6041 KT", "redact") in of_type(
        "Postcode + woonplaats ...... 6041 KT  Roermond", "postcode"
    )
    assert ("2611 AB", "keep") in of_type("Postcode 2611 AB te Delft.", "postcode")


def test_plate_without_dashes_only_after_the_word_kenteken() -> None:
    assert [m[:2] for m in find_kenteken("Kenteken: GZT41N staat op zijn naam.")] == [(10, 16)]
    assert find_kenteken("Bestelnummer GZT41N is verzonden.") == []


def test_passport_number_with_a_space_after_its_letters() -> None:
    assert ("KL 7730461", "redact") in of_type(
        "Identiteitsbewijs: Litouws paspoort nr KL 7730461", "document_number"
    )


def test_plot_of_a_holiday_park_belongs_to_the_address_and_to_its_residents() -> None:
    text = "Boslaan 4, kavel 12\n7863 TB Oranjedorp\n\nDe bewoners van kavel 19 zeggen dat kavel 19"
    found = [text[s:e] for s, e, kind, action, _ in find_addresses(text) if action == "redact"]
    assert "Boslaan 4, kavel 12" in found
    assert found.count("kavel 19") == 2
    assert ("7863 TB", "redact") in of_type(text, "postcode")


# --- names ---------------------------------------------------------------------------------------


def test_people_written_as_initials_only() -> None:
    text = (
        "Aanwezig: P.K. (moeder), J. v.d. M. (buurman), S. de K.-V. en W. El H.; "
        "N.B. de B.V. zwijgt."
    )
    names = [h.text for h in find_names(text, use_model=False)]
    assert {"P.K.", "J. v.d. M.", "S. de K.-V.", "W. El H."} <= set(names)
    assert "N.B." not in names and "B.V." not in names


@pytest.mark.usefixtures("model")
def test_a_known_first_name_with_a_surname_or_its_initial() -> None:
    names = [h.text for h in find_names("Gisteren belden Marloes Tiekstra en Henk V. op.")]
    assert "Marloes Tiekstra" in names
    assert "Henk V." in names


@pytest.mark.usefixtures("model")
def test_a_first_name_that_starts_a_street_is_not_a_person() -> None:
    names = [h.text for h in find_names("Het werk aan de Jan Pieterszoon Coenstraat duurt lang.")]
    assert not any(name.startswith("Jan") for name in names)


def test_surname_first_with_initials_after_the_comma() -> None:
    text = "Betrokkene: De heer Brinkhuis, P.J. heeft bezwaar gemaakt."
    assert ("Brinkhuis, P.J.", "redact") in of_type(text, "name")


# --- office holders -------------------------------------------------------------------------


@pytest.mark.usefixtures("model")
def test_the_chair_of_a_polling_station_is_not_an_office_holder() -> None:
    text = (
        "Proces-verbaal van het stembureau, verkiezing van de leden van de gemeenteraad.\n"
        "Voorzitter: Gerdien Stolk\nLeden: A. Bos, K. Mulder"
    )
    assert ("Gerdien Stolk", "redact") in of_type(text, "name", use_model=True)


@pytest.mark.usefixtures("model")
def test_an_ambtelijk_secretaris_is_a_civil_servant() -> None:
    text = "Raadsvergadering. De griffier is aanwezig. Ambtelijk secretaris: Tom Rijkers."
    assert ("Tom Rijkers", "redact") in of_type(text, "name", use_model=True)


def test_the_secretary_who_signs_for_the_college_is_the_gemeentesecretaris() -> None:
    text = "Burgemeester en wethouders van Epe,\nde secretaris, M. Donkers; de burgemeester, A. Bos"
    assert ("M. Donkers", "keep") in of_type(text, "name")


@pytest.mark.usefixtures("model")
def test_members_of_a_rekenkamercommissie_and_councillors_with_role_in_brackets_stay() -> None:
    text = (
        "Verslag van de rekenkamercommissie\nAanwezig: Anne Wessels (externe voorzitter), "
        "Piet Harms (extern lid), Loes Blom (raadslid, D66), Kees Bal (CDA, raadslid)"
    )
    names = of_type(text, "name", use_model=True)
    for person in ("Anne Wessels", "Piet Harms", "Loes Blom", "Kees Bal"):
        assert (person, "keep") in names


# --- organisations -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("1. De gemeente Epe, zetelend te Epe, Hoofdstraat 32, 8160 AA Epe", "Hoofdstraat 32"),
        ("Afschrift aan: Stichting Woonbron Zuid, Rijnstraat 9, 3311 AB Dordrecht", "Rijnstraat 9"),
        ("te verlijden door Notariskantoor De Wit & Mol, Kerkstraat 4, Epe.", "Kerkstraat 4"),
        ("Naam organisatie: Stichting Speelhof\nKvK-nummer: 40111222\nAdres: Laan 7\n", "Laan 7"),
        ("op de Algemene Begraafplaats, Zandweg 2, liggen graven.", "Zandweg 2"),
    ],
)
def test_addresses_of_organisations_stay(text: str, address: str) -> None:
    assert (address, "keep") in of_type(text, "address")


def test_a_surname_ending_in_kerk_is_no_church() -> None:
    text = "Naam | Adres\nM. Verkerk | Dorpsweg 48\nJ. Kamp | Dorpsweg 50\nP. Smit | Dorpsweg 52\n"
    assert ("Dorpsweg 48", "redact") in of_type(text, "address")


def test_a_landline_right_before_a_functional_mailbox_is_the_teams_number() -> None:
    text = "Vragen: team Minima, 0318 - 68 02 00 of minima@ede.nl."
    assert ("0318 - 68 02 00", "keep") in of_type(text, "phone")


@pytest.mark.parametrize(
    "address",
    ["vth@emmen.nl", "fg@roosendaal.nl", "13b@amsterdam.nl", "penningmeester@svbuiten.nl"],
)
def test_team_acronyms_articles_and_club_officers_are_functional_mailboxes(address: str) -> None:
    assert of_type(f"Mail naar {address}.", "email") == [(address, "keep")]


# --- special personal data ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Zij is net hersteld van darmkanker.",
        "Bekend met schizofrenie, geen medicatie meer.",
        "Boete verhoogd wegens recidive.",
        "Hij legt de verklaring af zonder religieuze formule.",
    ],
)
def test_more_ways_of_writing_special_personal_data(text: str) -> None:
    assert of_type(text, "special")
