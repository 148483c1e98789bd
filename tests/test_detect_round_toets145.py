"""Lakken, seventy-fourth round (tuned on realistic_toets145, _toets146 and _toets147).

What the round added: an export sent as one string of JSON or a log's message, its lines
written as escapes ('"messageBody": "BSN;NAAM;GEBDAT\\n668633128;Al-Khatib, Ahmad;..."'), is
read as the lines it holds; an identity scanner's or a form's fields that give their key as a
label before the value ('{"fieldName":"Surname","value":"SIREGAR"}', "Document Number"); a
surname in a file name written without its accents ("Celik_E" for Emre Çelik), joined with its
Arabic article ("ElOuali_R" for Rachid El Ouali), or in a path's folder ("/2026/Celik_E/").
No longer redacted: a first name that opens a column's or a field's English name ("Job Name",
"Job Type", "Job No." in a printer's log, the label "Given Names").
New variations, not copies of the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401
    model,
    redacted_names_with_model,
    redacted_of_type,
    spans,
)

_FLOW_RUN = (
    '{"runId": "08584a1f", "status": "Failed",\n'
    '  "outputs": {"body": "Bestand afgekeurd. Inhoud:\\nBSN;NAAM;GEBDAT;WOONPLAATS\\n'
    "816919124;Yilmaz, Elif;19870412;Zaltbommel\\n"
    '688662195;Brouwer, Sander;19910923;Kerkdriel\\n"}}\n'
)


def test_lines_written_as_escapes_in_a_json_string_are_read_as_lines() -> None:
    assert redacted_of_type(_FLOW_RUN, "bsn") == ["816919124", "688662195"]
    assert redacted_of_type(_FLOW_RUN, "dob") == ["19870412", "19910923"]
    assert redacted_of_type(_FLOW_RUN, "name") == ["Yilmaz, Elif", "Brouwer, Sander"]


def test_an_escaped_backslash_before_an_n_is_no_line_break() -> None:
    # a Windows path in JSON: "\\\\nieuw" is a backslash and the folder "nieuw", not a break
    text = (
        '{"pad": "D:\\\\nieuw\\\\verslag.docx", "tekst": "regel een\\nregel twee\\nBSN 816919124"}'
    )
    found = spans(text)
    assert ("bsn", "816919124", "redact") in found
    assert all("\n" not in value for _, value, _ in found)


def test_the_labelled_fields_of_an_identity_scan_are_read_by_their_labels() -> None:
    text = (
        '{"fieldList":[{"fieldName":"Surname","value":"WIBISONO"},'
        '{"fieldName":"Given Names","value":"DEWI"},'
        '{"fieldName":"Document Number","value":"NX4817203"},'
        '{"fieldName":"Date of Birth","value":"1979-03-14"}]}'
    )
    assert redacted_of_type(text, "name") == ["WIBISONO", "DEWI"]
    assert redacted_of_type(text, "document_number") == ["NX4817203"]
    assert redacted_of_type(text, "dob") == ["1979-03-14"]


def test_a_forms_label_and_value_pairs_are_read_by_their_labels() -> None:
    text = (
        '"answers": [{"label": "Achternaam", "value": "Pruijsen"}, '
        '{"label": "Geboortedatum", "value": "14-03-1979"}, '
        '{"label": "Aantal personen", "value": "3"}]'
    )
    assert redacted_of_type(text, "name") == ["Pruijsen"]
    assert redacted_of_type(text, "dob") == ["14-03-1979"]


def test_an_english_columns_or_fields_name_is_no_person(model) -> None:  # noqa: F811
    log = (
        "Job No.,Job Type,Job Name,User Name,End Date/Time,Pages,Result\n"
        "3311,Print,Bezwaar_Smulders_K.pdf,kvdberg,2026/05/02 10:14,3,OK\n"
    )
    names = redacted_names_with_model(log)
    assert not any(name.startswith(("Job", "Name")) for name in names), names
    scan = '{"fieldList":[{"fieldName":"Given Names","value":"DEWI"}]}'
    assert "Given Names" not in redacted_names_with_model(scan)
    # a person called Job is still one
    assert "Job Smulders" in redacted_names_with_model("Aanwezig: Job Smulders (inspreker).")


def test_a_surname_in_a_file_name_without_its_accents_or_with_its_article() -> None:
    text = (
        "Betrokkenen: mevrouw Aylin Öztürk en de heer Karim El Amrani.\n"
        "Bijlagen: Huurcontract_Ozturk_A.pdf, Verklaring_ElAmrani_K.pdf\n"
    )
    names = redacted_of_type(text, "name")
    assert "Ozturk_A" in names and "ElAmrani_K" in names, names


def test_a_surname_in_a_paths_folder_and_file_name() -> None:
    text = (
        "Het dossier van mevrouw Aylin Öztürk is gedownload:\n"
        "resource=/sites/Bibob/2026/Ozturk_A/Ozturk_A_jaarrekening.pdf\n"
    )
    assert redacted_of_type(text, "name") == ["Aylin Öztürk", "Ozturk_A", "Ozturk_A"]


def test_an_arabic_surnames_article_in_capitals_belongs_to_it() -> None:
    text = 'Entity ID,Name,Type\n7kq2-0001,"EL AMRANI, Karim",INDIVIDUAL\n'
    assert redacted_of_type(text, "name") == ["EL AMRANI, Karim"]


def test_a_mentioned_handle_at_the_start_of_an_escaped_line(model) -> None:  # noqa: F811
    text = (
        '{"message":"Melding van de server:\\n```\\nERROR account locked\\n```\\n'
        '@kevin.hoogeveen ben jij dit?"}'
    )
    assert "kevin.hoogeveen" in redacted_names_with_model(text)


def test_a_companys_customer_desk_under_a_signature_is_no_sole_trader() -> None:
    text = (
        "Met vriendelijke groet,\nFenna\nKlantenservice Regiotaxi Gooi en Vechtstreek\n\n"
        "Offerte van Schildersbedrijf Maessen volgt."
    )
    names = redacted_of_type(text, "name")
    assert not any("Klantenservice" in name for name in names), names
    assert "Schildersbedrijf Maessen" in names


def test_an_aligned_table_whose_first_column_gives_each_persons_role() -> None:
    text = (
        "Uittreksel uit het proces-verbaal:\n\n"
        "ROL        ACHTERNAAM   VOORNAMEN  GEB.DATUM  BSN\n"
        "HUURDER    OUAHBI       YOUNES     19910317   816919124\n"
        "BEWONER    KORTEKAAS    MEREL      19880604   688662195\n"
    )
    assert redacted_of_type(text, "name") == ["OUAHBI", "YOUNES", "KORTEKAAS", "MEREL"]
    assert redacted_of_type(text, "dob") == ["19910317", "19880604"]


def test_a_heading_after_the_tables_closing_rule_opens_another_list() -> None:
    text = (
        "ROL        ACHTERNAAM   VOORNAMEN  GEB.DATUM\n"
        "HUURDER    OUAHBI       YOUNES     19910317\n"
        "-----------------------------------------------\n"
        "INBESLAGNAMES\n"
        "  1  HENNEPPLANTEN         186 STUKS     ZOLDER\n"
        "  2  GELD CONTANT          EUR 2.310,00  KEUKEN\n"
    )
    assert redacted_of_type(text, "name") == ["OUAHBI", "YOUNES"]


def test_an_arabic_surname_in_capitals_is_found_again_with_its_article() -> None:
    text = (
        "ROL        ACHTERNAAM   VOORNAMEN  GEB.DATUM\n"
        "BEWONER    EL AMRANI    KARIM      19880604\n"
        "HUURDER    OUAHBI       YOUNES     19910317\n\n"
        "BIJZONDERHEDEN : BEWONER EL AMRANI WAS NIET AANWEZIG\n"
    )
    assert redacted_of_type(text, "name").count("EL AMRANI") == 2


def test_a_form_with_row_labels_under_a_heading_line_is_still_no_table() -> None:
    text = (
        "Gegevens      Aanvrager          Partner\n"
        "Naam          Joris Vreeken      Anna Vreeken-Bos\n"
        "Bewoner       ja                 ja\n"
    )
    assert "ja" not in redacted_of_type(text, "name")


def test_a_v_number_column_written_with_an_underscore() -> None:
    text = (
        "koppelnummer;v_nummer;naam;geboortedatum\n"
        "KP-2026-204417;3318820476;BENALI, Samir;1990-04-12\n"
        "KP-2026-204420;5560193387;TESFAYE, Almaz;1996-11-02\n"
    )
    assert redacted_of_type(text, "document_number") == ["3318820476", "5560193387"]


def test_an_xml_elements_tag_is_no_person(model) -> None:  # noqa: F811
    text = (
        '<Chart>\n  <ChartItem Label="zwager"><Link End1Id="P3" End2Id="P4"/></ChartItem>\n'
        '  <ChartItem Label="huurder"><Link End1Id="P4" End2Id="L1"/></ChartItem>\n</Chart>'
    )
    assert redacted_names_with_model(text) == []
