"""The verification gate: raw objects, font subsets, reviewer boxes; it fails closed."""

from __future__ import annotations

import pymupdf

from publicatie.fonts import close_font_leak, leaked_characters, rebuild_font_subsets
from publicatie.rawscan import raw_occurrences
from publicatie.redact import redact_pdf
from publicatie.verify import verify_redacted
from schemas.records import RedactionSpan

FONT = pymupdf.Font("cour")  # an embeddable font, so the PDF carries a real subset


def _embedded_font_pdf(text: str) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_font(fontname="F0", fontbuffer=FONT.buffer)
    page.insert_text((72, 72), text, fontname="F0", fontsize=11)
    doc.subset_fonts()
    return doc.tobytes(garbage=4, deflate=True)


def _span(text: str, kind: str = "name") -> RedactionSpan:
    return RedactionSpan(start=0, end=len(text), text=text, type=kind, ground="5.1.2e")


def test_raw_scan_finds_a_value_hidden_in_an_orphan_object_the_parsers_do_not_show() -> None:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "Openbare tekst.")
    xref = doc.get_new_xref()
    doc.update_object(xref, "<< /Verborgen (Karel Pietersen) >>")
    pdf = doc.tobytes()  # no garbage collection: the orphan stays
    assert "Pietersen" not in pymupdf.open(stream=pdf).load_page(0).get_text()
    assert raw_occurrences(pdf, "Karel Pietersen") == 1
    ok, reason = verify_redacted(pdf, [_span("Karel Pietersen")], document="d")
    assert ok is False and "ruwe PDF-objecten" in reason and "Pietersen" not in reason


def test_raw_scan_matches_whole_words_only() -> None:
    doc = pymupdf.open()
    doc.new_page()
    doc.set_metadata({"title": "Bosweg"})
    assert raw_occurrences(doc.tobytes(), "Bos") == 0


def test_font_subset_still_mapping_removed_characters_is_detected_and_closed() -> None:
    source = _embedded_font_pdf("Melding van Xaviera Quist, zaak 12.")
    doc = pymupdf.open(stream=source)
    page = doc[0]
    for rect in page.search_for("Xaviera Quist"):
        page.add_redact_annot(rect)
    page.apply_redactions()
    naive = doc.tobytes(garbage=4, deflate=True)
    assert {"X", "Q"} <= leaked_characters(naive)  # the known weakness of vector redaction
    ok, reason = verify_redacted(naive, [], document="d")
    assert ok is False and "font-subset" in reason
    rebuild_font_subsets(doc)
    closed = close_font_leak(doc.tobytes(garbage=4, deflate=True))
    assert leaked_characters(closed) == set()
    assert " ".join(pymupdf.open(stream=closed)[0].get_text().split()) == "Melding van , zaak 12."


def test_redact_pdf_closes_the_font_leak_itself() -> None:
    source = _embedded_font_pdf("Geachte heer Quist, uw BSN 123456782.")
    output, result = redact_pdf(source, document="d")
    assert result.verified, result.reason
    assert leaked_characters(output) == set()


def test_reviewer_box_with_text_left_inside_fails_closed() -> None:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "Karel Pietersen")
    pdf = doc.tobytes()
    box = RedactionSpan(
        start=0,
        end=0,
        text="",
        type="name",
        ground="5.1.2e",
        origin="reviewer",
        page=1,
        bbox=(60, 55, 200, 80),
    )
    ok, reason = verify_redacted(pdf, [box], document="d")
    assert ok is False and "lakvlak" in reason


def test_unreadable_output_fails_closed_without_raising() -> None:
    ok, reason = verify_redacted(b"%PDF-1.7 kapot", [], document="d")
    assert ok is False and "Verificatie mislukt" in reason


def test_special_personal_data_always_needs_review() -> None:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "De aanvrager lijdt aan een ernstige ziekte.")
    _, result = redact_pdf(doc.tobytes(), document="d")
    assert result.needs_review is True
    assert "5.1.1d" in result.reason
    assert [s.ground for s in result.spans] == ["5.1.1d"]


def test_raw_scan_looks_for_a_short_value_inside_strings_only() -> None:
    # "15" and "TD" are everywhere in a PDF's syntax (coordinates, the operator TD); a copy in
    # metadata is still found
    doc = pymupdf.open()
    doc.new_page().insert_text((15, 15), "Openbare tekst.", fontsize=15)
    clean = doc.tobytes()
    assert raw_occurrences(clean, "15") == 0
    assert raw_occurrences(clean, "TD") == 0
    doc.set_metadata({"title": "huisnummer 15, paraaf TD"})
    marked = doc.tobytes()
    assert raw_occurrences(marked, "15") == 1
    assert raw_occurrences(marked, "TD") == 1
