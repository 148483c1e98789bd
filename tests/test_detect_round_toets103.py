"""Detection improvements made after the blind hundred-and-third and hundred-and-fourth toets sets
(publicatie/evaluation/realistic_toets103 and _toets104) were measured: Word's document.xml read
as its text (an office holder across runs, deleted text, the author of a tracked change), an
HTML line break, a BSN printed as a float by a data frame, an RTF language group inside a name;
and, against redacting too much: a data frame's row index and a client's number in a name
column, the codes of a transcript's legend of speakers, an export's "timestamp", a statistics
program's "LIST" and a municipal service named before its place. New variations, not copies of
the evaluation documents.
"""

from __future__ import annotations

from tests.detect_helpers import (  # noqa: F401 (fixture)
    model,
    names_with_model,
    redacted,
    redacted_names_with_model,
)


def test_word_xml_is_read_as_its_text(model) -> None:  # noqa: F811
    text = (
        '<w:p w:rsidR="00B12A3C">\n'
        '  <w:r><w:t xml:space="preserve">Portefeuillehouder: wethouder </w:t></w:r>\n'
        '  <w:del w:id="7" w:author="Vermeulen, Joyce" w:date="2025-10-01T09:00:00Z">'
        "<w:r><w:delText>P.A. Hoefnagels</w:delText></w:r></w:del>\n"
        '  <w:ins w:id="8" w:author="Vermeulen, Joyce" w:date="2025-10-01T09:00:00Z">'
        "<w:r><w:t>M.C. Rijsdijk</w:t></w:r></w:ins>\n"
        "</w:p>\n"
        '<w:p w:rsidR="00B12A3C">\n'
        '  <w:r><w:t xml:space="preserve">Eerder meldde de heer Bram </w:t></w:r>\n'
        "  <w:r><w:t>Stoutjesdijk</w:t></w:r>\n"
        '  <w:r><w:t xml:space="preserve"> uit Halsteren zich als koper.</w:t></w:r>\n'
        "</w:p>\n"
    )
    names = names_with_model(text)
    assert names.get("M.C. Rijsdijk") == "keep"  # the alderman, across the runs
    assert any(  # a name across two runs, reported where it is written
        name.startswith("Bram") and name.endswith("Stoutjesdijk") and action == "redact"
        for name, action in names.items()
    )
    found = redacted_names_with_model(text)
    assert any("Vermeulen" in value for value in found)  # the author of the tracked change


def test_an_html_line_break_keeps_the_signer_with_the_office(model) -> None:  # noqa: F811
    text = (
        '<p class="ondertekening">De burgemeester van Bergen op Zoom,<br>drs. F.H.M. Lambregts'
        "</p>\n<p>Behandelaar: Sanne Verhoeven, 0164 27 77 12</p>\n"
    )
    names = names_with_model(text)
    assert names.get("F.H.M. Lambregts") == "keep"
    assert names.get("Sanne Verhoeven") == "redact"


def test_a_bsn_printed_as_a_float_by_a_data_frame() -> None:
    text = (
        "              naam     bsn_float  postcode\n"
        "0    Lotte Haarsma  111222333.0   7881 KL\n"
        "1      Ravi Jagroe          NaN   7875 BV\n"
    )
    found = redacted(text)
    assert ("bsn", "111222333.0") in found
    assert ("bsn", "111222333.05") not in redacted("Bedrag 111222333.05 euro")


def test_numbers_in_a_name_column_are_no_names(model) -> None:  # noqa: F811
    text = "Nr\tCliënt\tUren\n1\tC-40211\t3,5\n2\tMarieke Lamberink\t2,0\n3\tC-40388\t1,5\n"
    found = redacted_names_with_model(text)
    assert "Marieke Lamberink" in found
    assert not any(value.startswith("C-") for value in found)


def test_the_codes_of_a_legend_of_speakers_are_no_names(model) -> None:  # noqa: F811
    text = (
        "Aanwezig:\n"
        "  GSL = Wendy Ossewaarde, adviseur (gespreksleider)\n"
        "  BTR = de heer Kemal Aydoğan, wonende Kerkstraat 12, Halsteren\n"
        "  HR = Hanneke Rommers, notulist\n"
        "[00:00:05] GSL: Goedemiddag, meneer Aydoğan.\n"
        "[00:00:09] BTR: Goedemiddag.\n"
        "[00:00:12] HR: Ik notuleer.\n"
    )
    found = redacted_names_with_model(text)
    assert "Wendy Ossewaarde" in found
    assert "GSL" not in found and "BTR" not in found
    assert "HR" in found  # Hanneke Rommers' own initials: her paraph


def test_export_keys_commands_and_services_are_no_names(model) -> None:  # noqa: F811
    text = (
        '{"timestamp": "2025-10-02T10:12:00", "user": "n.vanbeek", "action": "view"}\n'
        "LIST VARIABLES=naam opmerking /CASES=FROM 1 TO 5.\n"
        "List\n"
        "Leerplicht Borger-Odoorn heeft 14 meldingen ontvangen; Anouk Mulderij behandelde er 9.\n"
    )
    found = redacted_names_with_model(text)
    assert "Anouk Mulderij" in found
    assert not {"timestamp", "LIST", "List", "Leerplicht", "Borger-Odoorn"} & set(found)


def test_an_rtf_language_group_inside_a_name(model) -> None:  # noqa: F811
    text = "{\\rtf1\\ansi\nAan mevrouw Noor Gietel{\\lang1033 ing}\\par\nHoofdstraat 4\\par\n}\n"
    found = redacted_names_with_model(text)
    assert any(value.endswith("Gietel{\\lang1033 ing") for value in found)
