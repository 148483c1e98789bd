"""Detection improvements made after the blind twenty-third and twenty-fourth toets sets
(publicatie/evaluation/realistic_toets23 and _toets24) were measured: an export row with one
separator too many, paraphs and logins in a register's column, a signature under "namens de
dijkgraaf en heemraden", jobs written with a hyphen, sole traders' numbers and addresses, house
number additions in a CSV, scanned postcodes, parcels with the section repeated, more papers,
surnames in capitals, nicknames and names confirmed by their own mailbox. New variations, not
copies of the evaluation documents.

Also the route of a text file to a redacted PDF: a CSV export's rows stay one line each in our
PDF, a page is read line by line as well as with its lines joined, and what detection finds in
the file's own text is redacted in the PDF too.
"""

from __future__ import annotations

import pytest

from publicatie.convert import source_text, to_pdf
from publicatie.pdf_text import extract_text
from publicatie.redact import redact_pdf
from tests.detect_helpers import (
    model,  # noqa: F401 (fixture)
    names_with_model,
    of_type,
    redacted_addresses,
    redacted_names_with_model,
    redacted_of_type,
    spans,
)


def test_the_last_cell_of_a_row_with_one_separator_too_many_keeps_its_column() -> None:
    text = (
        "kenmerk;naam;straat;plaats;opmerking;gebruiker\n"
        "A-101;Brink, J.;Eikenlaan 4;Baarn;geen bijzonderheden;hkorteweg\n"
        "A-102;Vos, P.;Beukenlaan 9;Baarn;nabellen; zie dossier;hkorteweg\n"
        "A-103;Kok, R.;Lindelaan 2;Baarn;;mvandijk\n"
    )
    names = redacted_of_type(text, "name")
    assert names.count("hkorteweg") == 2
    assert "mvandijk" in names
    assert " zie dossier" not in names and "zie dossier" not in names


def test_paraphs_share_a_column_with_a_known_paraph() -> None:
    text = (
        "Nr\tLeerling\tGeb.datum\tMentor\n"
        "1\tLieke Romkes\t02-03-2012\tHvdB\n"
        "2\tOmar Tahiri\t17-11-2011\tKLM\n"
        "3\tFenna Dijks\t09-06-2012\tRS\n"
    )
    names = redacted_of_type(text, "name")
    assert {"HvdB", "KLM", "RS"} <= set(names)
    assert "Mentor" not in names


def test_paraphs_in_an_aligned_register_column() -> None:
    text = (
        "Zaak        Naam              Mdw   Stand\n"
        "VS-25-0101  Jan Pronk         PdR   afgerond\n"
        "VS-25-0102  Els Hoving        GB    open\n"
    )
    names = redacted_of_type(text, "name")
    assert "PdR" in names and "GB" in names


def test_paraphs_after_opgesteld_and_stuck_to_a_dash() -> None:
    text = (
        "Verslag van het overleg.\nOpgesteld: KBo, 4 februari 2026.\n\n"
        "Melding doorgezet naar het datalekkenregister. -RMe\n"
    )
    names = redacted_of_type(text, "name")
    assert "KBo" in names and "RMe" in names


@pytest.mark.usefixtures("model")
def test_a_civil_servant_signing_for_dijkgraaf_en_heemraden_is_no_office_holder() -> None:
    text = (
        "Met vriendelijke groet,\nnamens de dijkgraaf en heemraden van Waterschap Rivierenland,\n"
        "J. Oostervink\nteam Vergunningen\n"
    )
    assert names_with_model(text).get("J. Oostervink") == "redact"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Het gesprek voerde Jeugd-consulent Maren Oldenkamp met de ouders.", "Maren Oldenkamp"),
        ("Aanwezig was ook HR-adviseur Tobias Wennekes.", "Tobias Wennekes"),
        ("Gemeld bij de sportconsulent, B. Kooiweg, via de mail.", "B. Kooiweg"),
        ("Handtekening: R. Schoenwinkel   (onleesbaar)", "R. Schoenwinkel"),
    ],
)
@pytest.mark.usefixtures("model")
def test_jobs_with_a_hyphen_and_initials_after_a_cue_make_a_person(text: str, name: str) -> None:
    assert name in redacted_names_with_model(text)


@pytest.mark.usefixtures("model")
def test_a_name_with_its_own_job_in_brackets_is_not_in_the_office_holders_list() -> None:
    text = (
        "Aanwezig: wethouder Brakel, Marieke Hofsteen (beleidsadviseur), Ruud (Wmo)\n"
        "Later belde Marieke Hofsteen nog over de planning."
    )
    names = names_with_model(text)
    assert names.get("Brakel") == "keep"
    assert names.get("Marieke Hofsteen") == "redact"


def test_the_btw_number_beside_a_sole_traders_kvk_and_a_shop_named_after_its_owner() -> None:
    text = (
        "De factuur gaat op naam van Schoenzaak Karel Wendelgem (KvK 70234518, btw "
        "NL004211838B65). Betaling binnen 30 dagen."
    )
    numbers = {t: a for k, t, a in spans(text, use_model=True) if k in ("kvk", "btw")}
    assert numbers == {"70234518": "redact", "NL004211838B65": "redact"}


def test_a_farmers_numbers_in_a_block_with_a_cadastral_municipality() -> None:
    text = (
        "Gegevens aanvrager\nKvK-nummer: 61440283\nBtw-id: NL004211838B65\n"
        "Mobiel: 06 - 41 22 73 90\n"
        "Locatie: kadastraal gemeente Woudenberg, sectie C, nummers C 877 en C 878\n"
    )
    numbers = {t: a for k, t, a in spans(text) if k in ("kvk", "btw")}
    assert numbers == {"61440283": "redact", "NL004211838B65": "redact"}
    assert any("sectie C, nummers C 877 en C 878" in a for a in redacted_addresses(text))


@pytest.mark.usefixtures("model")
def test_a_sole_traders_business_address_before_its_number_is_redacted() -> None:
    text = (
        "2. Hoveniersbedrijf Gijs Lamberink, gevestigd aan Veldweg 3 a, 3956 KL Leersum, KvK "
        "80214593, hierna: de gebruiker."
    )
    found = {t: a for k, t, a in spans(text, use_model=True) if k in ("address", "postcode", "kvk")}
    assert found == {"Veldweg 3 a": "redact", "3956 KL": "redact", "80214593": "redact"}


def test_a_persons_address_in_a_csv_row_with_a_foundation_and_additions() -> None:
    text = (
        "nr,naam,organisatie,adres,postcode,email\n"
        "1,Wendy Kleibeuker,Stichting Groen Baarn,Eemweg 7 a,3742 LB,w.kleibeuker@ziggo.nl\n"
        "2,Henk Rosbergen,Garage Rosbergen B.V.,Industrieweg 40,3762 EK,info@rosbergen.nl\n"
        "3,Tamara Plomp,,Kerkstraat 118-3,3741 AK,tplomp@kpnmail.nl\n"
    )
    addresses = dict(of_type(text, "address"))
    assert addresses["Eemweg 7 a"] == "redact"
    assert addresses["Kerkstraat 118-3"] == "redact"
    assert addresses.get("Industrieweg 40") == "keep"


def test_house_number_additions_bv_and_bg() -> None:
    assert "Dorpsweg 55 bv" in redacted_addresses("Zij woont op Dorpsweg 55 bv in Bunnik.")
    assert "Achterom 8 bg" in redacted_addresses("Hij woont Achterom 8 bg, Zeist.")


@pytest.mark.parametrize(
    "text, value",
    [
        ("Postcode/plaats : 3941 8K  Doorn", "3941 8K"),
        ("Adres : Beukenlaan 2         Postcode 1761 A2 Anna Paulowna", "1761 A2"),
        ('  "postcode": "1791 GK",', "1791 GK"),
    ],
)
def test_scanned_and_exported_postcodes(text: str, value: str) -> None:
    assert value in redacted_addresses(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Identitate: CI XB 402913, afgegeven in Iași.", "XB 402913"),
        ("De nieuwe pas (nummer WMO 0061 3302 8) is verstuurd.", "WMO 0061 3302 8"),
        ("Pasnummer: VV-UTR-44019872, geldig tot 2030.", "VV-UTR-44019872"),
        ("Vastgesteld door een handhaver (BOA-ZST-0412) op de markt.", "BOA-ZST-0412"),
    ],
)
def test_more_personal_papers_and_service_numbers(text: str, value: str) -> None:
    assert (value, "redact") in of_type(text, "document_number")


@pytest.mark.usefixtures("model")
def test_a_surname_in_capitals_in_a_register_is_found_again_in_the_notes() -> None:
    text = (
        "09:00\tPETROVA, Ralitsa\t12-04-1994\n09:20\tKOVÁCS-NAGY, Bence\t03-08-1990\n\n"
        "- Petrova: paspoort verloopt binnenkort.\n- Kovács-Nagy komt met een tolk.\n"
    )
    names = redacted_names_with_model(text)
    assert "Petrova" in names and "Kovács-Nagy" in names


@pytest.mark.usefixtures("model")
def test_a_nickname_between_first_name_and_surname_and_its_other_mentions() -> None:
    text = (
        'Vinder: Klaas "Pluk" Eelman, Havenstraat 4, Oudeschild.\n'
        "Pluk bracht ook de tweede kist. Bericht aan Pluk verstuurd."
    )
    names = redacted_names_with_model(text)
    # the first mention inside the whole name ('Klaas "Pluk" Eelman') or on its own
    assert names.count("Pluk") + sum(1 for n in names if '"Pluk"' in n) == 3


@pytest.mark.usefixtures("model")
def test_logins_of_named_people_and_after_verwerkt_door() -> None:
    text = (
        "behandelaar toegewezen: mr. K. Stamhuis → kstamhuis\n"
        "Verwerkt door: veenhofra (Provincie Utrecht), 3-10-2025\n"
        "Later gewijzigd door kstamhuis."
    )
    names = redacted_names_with_model(text)
    assert names.count("kstamhuis") == 2
    assert "veenhofra" in names


@pytest.mark.usefixtures("model")
def test_a_name_the_lists_do_not_know_is_confirmed_by_its_own_mailbox() -> None:
    text = (
        "Namens het uitzendbureau kwam mee: Oksana Hrytsenko, 06 1234 0987, "
        "o.hrytsenko@flexpool.nl. Algemeen: info@flexpool.nl."
    )
    assert "Oksana Hrytsenko" in redacted_names_with_model(text)


@pytest.mark.usefixtures("model")
def test_a_register_column_kind_names_the_child() -> None:
    text = (
        "Nr\tKind\tGeb.datum\tOuder\n"
        "1\tMykyta Shevchuk\t03-02-2022\tOlha Shevchuk\n"
        "2\tTeodor Ionescu\t21-09-2021\tAna Ionescu\n"
        "3\tLina Haddad\t11-11-2022\tRania Haddad\n"
    )
    names = redacted_names_with_model(text)
    assert {"Mykyta Shevchuk", "Olha Shevchuk", "Teodor Ionescu", "Ana Ionescu"} <= set(names)


@pytest.mark.usefixtures("model")
def test_a_place_read_as_a_name_spreads_no_first_name() -> None:
    text = (
        'Gemeente Veenendaal\n\nNieuwsbrief "Veenendaal Bouwt" – uitgeschreven.\n\n'
        "namens burgemeester en wethouders van Veenendaal,\n\nT. Brasser\n"
    )
    names = redacted_names_with_model(text)
    assert "Veenendaal" not in names


def test_a_landline_read_together_with_the_next_column_is_still_found() -> None:
    text = "SV-031  Kogerweg 19, Den Burg / 0222-32 15 96  3 pallets hardhout"
    assert ("0222-32 15 96", "redact") in of_type(text, "phone")


CSV_EXPORT = (
    "Aanmeldingen insprekers\n"
    "id;naam;adres;postcode;telefoon;opmerking\n"
    "1;Gerrit Hoefnagels;Kerkplein 12 a;3761 AB;06 1188 2290;spreekt namens de buurt\n"
    "2;Amina Bouzid;Molenweg 7-2;3762 CD;035 602 11 48;graag als eerste\n"
    "3;Pieter van Wijk;Dorpsstraat 140;3764 EF;06 4410 7723;\n"
)


def test_a_csv_export_keeps_one_row_per_line_in_our_pdf() -> None:
    pdf = to_pdf(CSV_EXPORT.encode(), "export.txt", "text/plain", document="export")
    read = extract_text(pdf, document="export")[0]
    assert "1;Gerrit Hoefnagels;Kerkplein 12 a;3761 AB;06 1188 2290;spreekt namens de buurt" in read


@pytest.mark.usefixtures("model")
def test_a_csv_export_is_redacted_in_its_pdf() -> None:
    pdf = to_pdf(CSV_EXPORT.encode(), "export.txt", "text/plain", document="export")
    output, _ = redact_pdf(pdf, document="export")
    after = " ".join(extract_text(output, document="export"))
    for value in ("Hoefnagels", "Kerkplein 12 a", "3762 CD", "035 602 11 48", "Van Wijk"):
        assert value.lower() not in after.lower(), value


LETTER_BLOCK = (
    "Geachte heer Stoutjesdijk,\n\nU ontvangt een subsidie voor de erfbeplanting.\n\n"
    "Gegevens aanvrager\nKvK-nummer: 61440283\nBtw-id: NL004211838B65\n"
    "Mobiel: 06 - 41 22 73 90\n\nMet vriendelijke groet,\nGedeputeerde Staten\n"
)


def test_a_pdf_page_is_also_read_line_by_line_so_its_blocks_count() -> None:
    pdf = to_pdf(LETTER_BLOCK.encode(), "brief.txt", "text/plain", document="brief")
    output, result = redact_pdf(pdf, document="brief")
    after = " ".join(extract_text(output, document="brief"))
    assert "61440283" not in after and "NL004211838B65" not in after
    assert result.verified


WIDE_EXPORT = (
    "nr;naam;adres;postcode;email;telefoon;opmerking\n"
    "1;Hendrika Roodbeen-Valkenier;Zandbergerweg 214 a;3768 GJ;h.roodbeen@ziggo.nl;"
    "06 3371 0924;" + "belt liever 's avonds na zeven uur, heeft geen eigen computer, " * 3 + "\n"
    "2;Kees Mastenbroek;Torenstraat 3;3768 AB;k.mastenbroek@kpnmail.nl;06 1020 3344;\n"
    "3;Fatma Yilmaz-Kaya;Vinkenlaan 19;3768 EF;fyilmaz@gmail.com;06 9988 7766;\n"
)


@pytest.mark.usefixtures("model")
def test_what_detection_finds_in_the_source_text_is_redacted_in_the_pdf() -> None:
    # the first row is too wide for one line, so in the PDF it wraps and no longer lines up
    # with its header; the file's own text still says what its cells hold
    data = WIDE_EXPORT.encode()
    pdf = to_pdf(data, "export.txt", "text/plain", document="export")
    text = source_text(data, "export.txt", "text/plain")
    assert text == WIDE_EXPORT
    output, _ = redact_pdf(pdf, document="export", source_text=text)
    after = " ".join(extract_text(output, document="export"))
    for value in ("Roodbeen", "Zandbergerweg", "3768 GJ", "06 3371 0924", "Mastenbroek"):
        assert value not in after, value


def test_only_a_plain_text_file_has_a_source_text() -> None:
    assert source_text(b"%PDF-1.7", "a.pdf", "application/pdf") is None
    assert source_text(b"PK..", "a.docx", "application/octet-stream") is None
    assert source_text("één".encode("cp1252"), "a.txt", "text/plain") == "één"


@pytest.mark.usefixtures("model")
def test_our_first_names_reach_deduce_and_skip_dutch_words() -> None:
    from publicatie.names import first_name_known, load_model

    assert first_name_known("Oksana") and first_name_known("Desislava")
    text = "Gisteren sprak de consulent met Mykola Shevchenko over de woning."
    assert "[PERSOON" in load_model().deidentify(text).deidentified_text
    assert "Mykola Shevchenko" in redacted_names_with_model(text)


def test_the_first_name_list_holds_no_common_dutch_word() -> None:
    from importlib import resources

    from publicatie.names import load_model

    deduce_model = load_model()
    lines = resources.files("publicatie").joinpath("data/voornamen_aanvulling.txt")
    names = [n for n in lines.read_text("utf-8").splitlines() if n and not n.startswith("#")]
    assert len(names) > 500
    common = [n for n in names if n.lower() in deduce_model.lookup_structs["common_word"]]
    assert common == [], common
