"""Detection improvements made after the blind seventy-seventh and seventy-eighth toets sets
(publicatie/evaluation/realistic_toets77 and _toets78) were measured: a quoted surname in a YAML
export, a login behind a domain that signs a remark on its own, initials a note defines in
brackets, a surname with its particle as a small letter in a file name, a BSN in a table row
after a year, a sole trader's bank account in a table row and numbers in an INI or JSON record,
a company's number in an INI record, an English "general number" and "date of birth is"; and,
against redacting too much: the year of a regulation's title, a region or water board, a
greeting before a first name, "B&B" before a house name, languages, a German town's
administration, English and dialect words deduce knows as names, a column that describes what
happened, and a business's first word taken for a first name. New variations, not copies of
the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401 (fixture)
    model,
    of_type,
    redacted,
    redacted_addresses,
    redacted_names_with_model,
    redacted_of_type,
)


def test_a_quoted_surname_in_a_yaml_export_is_found() -> None:
    text = 'melder:\n  voorvoegsel: "van"\n  geslachtsnaam: "Oosterwold"\n  bsn: "123456782"\n'
    assert "Oosterwold" in redacted_of_type(text, "name")


def test_a_quoted_field_that_is_no_name_stays() -> None:
    text = 'zaak:\n  behandelaar: "Team Wonen"\n  naam: "Regeling woonkosten 2025"\n'
    assert redacted_of_type(text, "name") == []


def test_a_login_behind_a_domain_also_signs_a_remark_on_its_own(model) -> None:  # noqa: F811
    text = (
        "behandelaar: ALPHEN\\jvdmeulen\n"
        "opmerkingen:\n"
        '  - "jvdmeulen: huisbezoek gepland, bewoner thuis."\n'
    )
    names = redacted_names_with_model(text)
    assert "jvdmeulen" in names
    assert any("ALPHEN" in n for n in names)


def test_initials_defined_in_brackets_are_that_person_everywhere(model) -> None:  # noqa: F811
    text = (
        "Aanwezig: Sanne Hofwegen (budgetcoach, SH), Dirk Lommerse (wijkteam, DL)\n"
        "Afspraken\n"
        "1. SH: intake plannen met de bewoner.\n"
        "2. DL: contact met de verhuurder.\n"
        "Vervolg: huisbezoek op 3-3 (SH + DL).\n"
    )
    names = redacted_names_with_model(text)
    assert names.count("SH") == 3
    assert names.count("DL") == 3


def test_initials_not_defined_after_the_name_stay_an_abbreviation(model) -> None:  # noqa: F811
    text = "Aanwezig: Sanne Hofwegen (budgetcoach)\nHet MT bespreekt de casus op 3-3.\n"
    assert "MT" not in redacted_names_with_model(text)


def test_a_surname_with_its_particle_as_a_small_letter_in_a_file_name(model) -> None:  # noqa: F811
    text = (
        'aanvrager:\n  naam: "Ilse van Dommelen-Kaai"\n'
        'bijlagen:\n  - "huurcontract_vDommelen.pdf"\n  - "loonstrook_vdKaai_2025.pdf"\n'
    )
    names = redacted_names_with_model(text)
    assert any("vDommelen" in n for n in names)
    assert any("vdKaai" in n for n in names)


def test_a_bsn_in_a_table_row_right_after_a_year_is_found() -> None:
    text = (
        "kamer\tnaam\tgeboortedatum\tBSN\ttelefoon\n"
        "K2\tNOWAK, Piotr\t14-05-2001\t111222333\t+48 601 442 918\n"
    )
    assert "111222333" in redacted_of_type(text, "bsn")


def test_a_sole_traders_bank_account_in_a_table_row_is_redacted(model) -> None:  # noqa: F811
    text = (
        "nr,naam,handelsnaam,adres,kvk,iban\n"
        'A-1,"Kersten, Marloes","B&B Marloes Kersten","Heuvelweg 4",61234567,NL91ABNA0417164300\n'
        'A-2,"-","Hotel Bergzicht B.V.","Dalweg 1",12345678,NL20INGB0001234567\n'
    )
    ibans = dict(of_type(text, "iban", use_model=True))
    assert ibans["NL91ABNA0417164300"] == "redact"
    assert ibans["NL20INGB0001234567"] == "keep"


def test_numbers_in_an_ini_section_of_a_sole_trader_and_of_a_company(model) -> None:  # noqa: F811
    text = (
        "[kraam_1]\nhandelsnaam=Pottenbakkerij Ria Smeets\nhouder=Ria Smeets\nkvk=61234567\n"
        "mobiel=06 1234 5678\n\n"
        "[kraam_2]\nhandelsnaam=Warme Wafels Limburg B.V.\nkvk=12345678\n"
        "telefoon=045 123 45 00\nkenteken_bus=VF-123-K\n"
    )
    kvks = dict(of_type(text, "kvk", use_model=True))
    assert kvks["61234567"] == "redact"
    assert kvks["12345678"] == "keep"
    phones = dict(of_type(text, "phone", use_model=True))
    assert phones["045 123 45 00"] == "keep"
    assert phones["06 1234 5678"] == "redact"


def test_a_kvk_number_in_a_json_object_of_a_sole_trader(model) -> None:  # noqa: F811
    text = (
        '{\n  "gemachtigde": {\n    "naam": "Tekenbureau Joost Verhagen",\n'
        '    "kvk": "61234567",\n    "contactpersoon": "J. Verhagen"\n  }\n}\n'
    )
    assert dict(of_type(text, "kvk", use_model=True))["61234567"] == "redact"


def test_an_english_general_number_and_date_of_birth() -> None:
    text = (
        "Hotel general number: 043 123 45 67\n"
        "My date of birth is 14/03/1991, my mobile is 06 12345678.\n"
    )
    assert "043 123 45 67" not in redacted_of_type(text, "phone")
    assert "14/03/1991" in redacted_of_type(text, "dob")


def test_the_year_of_a_regulations_title_is_no_house_number() -> None:
    text = (
        "Grondslag: art. 2.6 Huisvestingsverordening Holland Rijnland 2024 en de "
        "Verordening Meerzicht 2023. De aanvrager woont aan de Meerzicht 2023 in Leimuiden."
    )
    assert redacted_addresses(text) == ["Meerzicht 2023"]


def test_a_water_board_and_a_greeting_are_no_persons(model) -> None:  # noqa: F811
    text = (
        "Hallo Rijnland,\n\nDe vraag is voor het Hoogheemraadschap van Rijnland.\n\n"
        "Groet, Martine\n-----\nVan: Kaarwijk, Maarten\n"
    )
    names = redacted_names_with_model(text)
    assert not any("Rijnland" in n or "Groet" in n for n in names), names
    assert "Kaarwijk, Maarten" in names


def test_bed_and_breakfast_before_a_house_name_is_no_person(model) -> None:  # noqa: F811
    text = 'TB-1,"Dassen, Guido","B&B De Kapelhoeve","Kapelweg 5"\nTB-2,"B&B Yvonne Vaessen"\n'
    names = redacted_names_with_model(text)
    assert not any("Kapelhoeve" in n for n in names), names
    assert any("Yvonne Vaessen" in n for n in names)


def test_languages_and_a_german_towns_administration_are_no_persons(model) -> None:  # noqa: F811
    text = (
        "De zienswijze van de eigenaar (Duits) is vertaald; antwoord graag in het Duits. "
        "| 3 | Franse vertaling verslag | Bergmans | "
        "Nach der Gebührensatzung der Stadt Aachen is de rekening van de Stadt Aachen juist."
    )
    names = redacted_names_with_model(text)
    assert not any(w in n for n in names for w in ("Duits", "Franse", "Stadt")), names


def test_english_and_dialect_words_are_no_names(model) -> None:  # noqa: F811
    text = (
        "Jacomijn Neshorst: So happy for you! Don't forget the appointment.\n"
        "Both were taken to hospital. Can the municipality check this building?\n"
        "BEWONER 2: Ich bin in mei geopereerd en noe al veer kier gebeld. Mien eige sjuur is nat.\n"
    )
    names = redacted_names_with_model(text)
    assert "Jacomijn Neshorst" in names
    assert not set(names) & {"Don", "Both", "Can", "bin", "noe", "kier", "Mien"}, names


def test_a_column_that_describes_what_happened_is_no_name_column() -> None:
    text = (
        "tijd  | boa   | kenteken | betrokkene / omschrijving                        | bon\n"
        "10:40 | VK-24 | -        | wildplassen bij de kerk, bestuurder Koen Verheyen | B-1\n"
        "11:15 | VK-27 | -        | touringcar terug naar parkeerterrein              | geen\n"
    )
    names = redacted_of_type(text, "name")
    assert not any("wildplassen" in n or "touringcar" in n for n in names), names


def test_a_business_word_is_not_taken_for_the_owners_first_name(model) -> None:  # noqa: F811
    text = (
        'locatie: "Camping Geuldal Henk Voerers"\n'
        'tekst: "Camping leeg, alle gasten in de opvang. Henk blijft."\n'
    )
    names = redacted_names_with_model(text)
    assert "Camping" not in names
    assert "Henk" in names


def test_the_other_values_in_those_rows_are_still_found() -> None:
    # the rules the round added do not cost the plain values around them
    text = "K2\tNOWAK, Piotr\t14-05-2001\t111222333\t+48 601 442 918\n"
    kinds = {k for k, _ in redacted(text)}
    assert {"bsn", "phone"} <= kinds
