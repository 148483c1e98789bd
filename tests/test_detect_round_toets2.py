"""Detection improvements made after the blind second toets set (publicatie/evaluation/
realistic_toets2) was measured: dates of birth in chats, tables without a separator row,
postcodes and addresses in other notations, sole traders, functional mailboxes, names written
surname first or in lower case, office holders listed with their party, organisations' accounts
and letterheads, and redaction that never cuts a shorter value out of a longer word.

The strings are new variations, not copies of the evaluation documents. Rules only (no deduce)
unless a test asks for the model.
"""

from __future__ import annotations

import pymupdf
import pytest

from publicatie.patterns import find_addresses, find_dob, find_kenteken, find_table_cells
from publicatie.pdf_text import extract_text
from publicatie.redact import redact_pdf
from tests.detect_helpers import model, of_type, redacted_of_type, spans  # noqa: F401 (fixture)

# --- dates of birth -----------------------------------------------------------------------------


def test_date_of_birth_after_a_few_words_and_its_repeat_in_another_notation() -> None:
    text = (
        "Klopt het dat je geboortedatum nog steeds 14 april 1989 is?\n"
        "ja 14-04-1989 klopt. De afspraak is op 14-05-2025."
    )
    dates = [text[s:e] for s, e, *_ in find_dob(text)]
    assert dates == ["14 april 1989", "14-04-1989"]


def test_an_old_date_shortly_after_a_word_about_birth_is_a_date_of_birth() -> None:
    text = "Kun je zijn geboortedatum nakijken?\n[10:02] Balie: 03-11-1979, Sanne Oort"
    assert [text[s:e] for s, e, *_ in find_dob(text)] == ["03-11-1979"]


def test_recent_dates_and_dates_without_a_birth_word_stay() -> None:
    assert find_dob("Geboortedatum onbekend. Zitting op 12-10-2025.") == []
    assert find_dob("Het pand is gebouwd op 01-05-1968.") == []


# --- tables without a separator row -------------------------------------------------------------

_REGISTER = (
    "nr | naam                   | adres               | postcode\n"
    "1  | H. Westerveld          | Molenakker 4        | 7421 KL\n"
    "2  | anton rietman          | idem 6              | 7421 kl\n"
    "3  | Bakkerij Rietman B.V.  | Molenakker 8        | 7421 KL\n"
)


def test_cells_of_a_pipe_table_without_separator_row_are_read_by_their_header() -> None:
    cells = {(kind, _REGISTER[a:b]) for a, b, kind in find_table_cells(_REGISTER)}
    assert ("name", "anton rietman") in cells
    assert ("address", "idem 6") in cells
    assert ("postcode", "7421 kl") in cells


def test_a_company_in_a_name_column_is_not_a_person() -> None:
    names = redacted_of_type(_REGISTER, "name")
    assert "anton rietman" in names
    assert not any("B.V." in name for name in names)


def test_lines_with_pipes_but_no_header_of_personal_data_are_not_a_table() -> None:
    text = "kolom | waarde\nbedrag | 450\nartikel | 4:8\n"
    assert find_table_cells(text) == []


# --- postcodes and addresses in other notations -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Postcode en woonplaats: 3824bd amersfoort", "3824bd"),
        ("Woont aan de Hessenweg 12, 3731 jk De Bilt", "3731 jk"),
        ("Vossenlaan 3\nNL-6531 SK  Nijmegen", "6531 SK"),
    ],
)
def test_lower_case_and_prefixed_postcodes_of_a_home_are_redacted(text: str, value: str) -> None:
    assert (value, "redact") in of_type(text, "postcode")


def test_lower_case_number_letter_pairs_in_ordinary_text_are_not_postcodes() -> None:
    assert of_type("In 2024 en 2025 stijgt het budget; 1500 km rijden.", "postcode") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Zijn zus woont in Engeland: 22 Mill Road, Cambridge.", "22 Mill Road"),
        ("Poprzedni adres: ul. Długa 14/3, 80-827 Gdańsk", "ul. Długa 14/3"),
        ("ben nu bij mijn oom, lindenlaan 17", "lindenlaan 17"),
        ("Het afval is van mevrouw Kraan van nummer 41, zegt de melder.", "nummer 41"),
    ],
)
def test_addresses_in_foreign_chat_and_neighbourly_notation(text: str, value: str) -> None:
    found = [text[s:e] for s, e, kind, action, _ in find_addresses(text) if action == "redact"]
    assert value in found


def test_foreign_postcodes_after_a_foreign_address() -> None:
    assert ("80-827", "redact") in of_type(
        "Poprzedni adres: ul. Długa 14/3, 80-827 Gdańsk", "postcode"
    )
    assert ("T2P 1J9", "redact") in of_type(
        "Zijn broer woont op 410 Elbow Drive, Calgary AB T2P 1J9.", "postcode"
    )


def test_lower_case_road_words_without_a_street_name_are_not_addresses() -> None:
    assert find_addresses("we reden over de snelweg 3 uur lang") == []


# --- licence plates, travel documents, phone numbers --------------------------------------------


@pytest.mark.parametrize(
    "text", ["brommer (4-gzb-71) staat voor de deur", "busje (GXT-27- B) blokkeert"]
)
def test_plates_in_lower_case_or_broken_after_a_dash(text: str) -> None:
    assert len(find_kenteken(text)) == 1


def test_passport_number_of_one_letter_and_digits_after_the_word_paspoort() -> None:
    assert ("P4820193", "redact") in of_type(
        "Getuige: Ama Owusu (paspoort P4820193).", "document_number"
    )


def test_mobile_number_with_0031_prefix_before_a_chat_time() -> None:
    assert ("0031 6 2281 4470", "redact") in of_type(
        "bel mij op 0031 6 2281 4470 [10:12] Bram: ok", "phone"
    )


# --- sole traders and functional mailboxes ------------------------------------------------------

_SOLE_TRADER = (
    "Geachte heer Boerstoel,\n\n"
    "Gegevens van de organisator\n"
    "Muziekschool Boerstoel, KvK 77312456, e-mail contact@muziekschoolboerstoel.nl\n\n"
    "Aannemer: Wentink Installatietechniek B.V., KvK 61203344, info@wentinktechniek.nl\n"
)


def test_kvk_and_mailbox_of_a_business_named_after_a_redacted_person_are_redacted() -> None:
    found = spans(_SOLE_TRADER)
    assert ("kvk", "77312456", "redact") in found
    assert ("email", "contact@muziekschoolboerstoel.nl", "redact") in found


def test_a_company_with_a_legal_form_keeps_its_kvk_and_mailbox_even_with_a_person_name() -> None:
    text = (
        "Geachte heer Hofstra,\n\nBouwbedrijf Hofstra B.V. voert het werk uit.\n"
        "Contact: info@hofstrabouw.nl, KvK 40012345."
    )
    found = spans(text)
    assert ("email", "info@hofstrabouw.nl", "keep") in found
    assert ("kvk", "40012345", "keep") in found


@pytest.mark.usefixtures("model")
@pytest.mark.parametrize(
    ("address", "action"),
    [
        ("burgerlijkestand@leiden.nl", "keep"),
        ("lijkschouw@ggdhm.nl", "keep"),
        ("huisvesting@gemeentevenlo.nl", "keep"),
        ("jvandijk@leiden.nl", "redact"),
        ("pbakker@leiden.nl", "redact"),
        ("kvanleeuwen@leiden.nl", "redact"),
        ("annebakker@leiden.nl", "redact"),
        ("woonwens@gmail.com", "redact"),
    ],
)
def test_one_word_mailboxes_at_an_organisation_hold_no_name(address: str, action: str) -> None:
    assert of_type(f"Mail naar {address} voor vragen.", "email", use_model=True) == [
        (address, action)
    ]


def test_without_the_name_lists_an_unknown_one_word_mailbox_stays_personal(monkeypatch) -> None:
    monkeypatch.setattr("publicatie.detect.person_word_known", lambda word: True)
    assert of_type("Mail naar lijkschouw@ggdhm.nl.", "email") == [("lijkschouw@ggdhm.nl", "redact")]


# --- names ---------------------------------------------------------------------------------------


@pytest.mark.usefixtures("model")
def test_surname_first_takes_the_given_name_after_the_comma() -> None:
    text = "[08:41] Brouwer, Femke (Burgerzaken): ik bel haar terug.\nFemke belt om 10 uur."
    names = redacted_of_type(text, "name", use_model=True)
    assert "Brouwer, Femke" in names
    assert "Femke" in names


def test_surname_in_capitals_takes_any_given_name_after_the_comma() -> None:
    text = "Leerling: KOWALCZYK, Zbigniew (groep 8). De heer Kowalczyk is gebeld."
    names = redacted_of_type(text, "name")
    assert "KOWALCZYK, Zbigniew" in names


@pytest.mark.usefixtures("model")
def test_a_chat_sender_in_lower_case_and_the_first_name_mentioned_later() -> None:
    text = "[14:02] wouter brandsen: zit er nog iemand?\n[14:03] Balie: @wouter ja, ik kom"
    names = redacted_of_type(text, "name", use_model=True)
    assert "wouter brandsen" in names
    assert "wouter" in names


def test_two_names_in_two_columns_are_two_people() -> None:
    text = (
        "Namens het bestuur,\n\n"
        "Joost Verhagen            Greet Oudshoorn\n"
        "voorzitter                secretaris\n"
    )
    names = [t for t, _ in of_type(text, "name")]
    assert "Joost Verhagen" in names
    assert "Greet Oudshoorn" in names
    assert not any("   " in name for name in names)


@pytest.mark.usefixtures("model")
def test_the_secretary_of_an_association_is_not_an_office_holder() -> None:
    text = "Vragen? Bel onze secretaris, Greet Oudshoorn, op een doordeweekse avond."
    assert ("Greet Oudshoorn", "redact") in of_type(text, "name", use_model=True)


def test_a_surname_listed_with_a_party_is_a_council_member() -> None:
    text = "Aanwezig: Öztürk (DENK), Van Loon (VVD).\nDe heer Öztürk vraagt naar de planning."
    names = of_type(text, "name")
    assert ("Öztürk", "keep") in names
    assert all(action == "keep" for _, action in names)


# --- contact data of organisations --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "De koopsom wordt betaald op NL07 BNGH 0285 1436 59 van de gemeente Epe.",
        "Wij storten het bedrag op NL91 ABNA 0417 1643 00 van Stichting Het Buurthuis.",
        "info@buurtvereniging.nl | KvK 40112233 | IBAN NL91 ABNA 0417 1643 00",
    ],
)
def test_accounts_of_organisations_stay(text: str) -> None:
    assert [a for _, a in of_type(text, "iban")] == ["keep"]


def test_a_private_account_stays_redacted() -> None:
    text = "Wij storten de bijstand op NL91 ABNA 0417 1643 00. Bouw B.V. (KvK 40112233) weet nu."
    assert of_type(text, "iban") == [("NL91 ABNA 0417 1643 00", "redact")]


def test_address_in_a_letter_block_that_opens_with_a_company_stays() -> None:
    text = (
        "Eetcafé De Zwaan B.V.\nt.a.v. de heer R. Smulders, bestuurder\nBrink 12\n"
        "7411 BT  Deventer\n\nGeachte heer Smulders,"
    )
    assert ("Brink 12", "keep") in of_type(text, "address")


def test_address_of_a_town_hall_in_brackets_stays() -> None:
    text = "Jullie trouwen in de raadzaal van het stadhuis (Grote Markt 1) om 14.00 uur."
    assert ("Grote Markt 1", "keep") in of_type(text, "address")


# --- redaction in the PDF -----------------------------------------------------------------------


def _pdf(lines: list[str]) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page()
    for number, line in enumerate(lines):
        page.insert_text((72, 72 + 18 * number), line, fontsize=10)
    return doc.tobytes()


def test_redacting_a_first_name_never_cuts_it_out_of_a_longer_word() -> None:
    pdf = _pdf(
        [
            "Melding van de heer Gerrit Hoekstra, Dorpsweg 3.",
            "Besproken met raadslid Anna Gerritsen-Kolk (D66).",
            "Gerrit belt volgende week terug.",
        ]
    )
    output, result = redact_pdf(pdf, document="d")
    text = " ".join(extract_text(output, document="d"))
    assert "Gerritsen-Kolk" in " ".join(text.split())
    assert "Gerrit " not in text and "Hoekstra" not in text
    assert result.verified


def test_a_table_in_a_pdf_is_read_by_its_columns_too() -> None:
    pdf = _pdf(
        [
            "nr | naam                | adres",
            "1  | P. Hulshof          | Esdoornlaan 4",
            "2  | karin wessels       | idem 6",
            "3  | T. Oldenkamp        | idem 8",
        ]
    )
    output, _ = redact_pdf(pdf, document="tabel")
    text = " ".join(extract_text(output, document="tabel"))
    assert "karin wessels" not in text
    assert "idem 6" not in text
