"""Scans: Tesseract (Dutch) reads the page, redaction blanks the pixels, OCR re-checks it."""

from __future__ import annotations

import pymupdf

from publicatie.ocr import ocr_available
from publicatie.redact import redact_pdf


def _scan() -> bytes:
    text = pymupdf.open()
    page = text.new_page()
    page.insert_text((72, 100), "Aanvrager: mevrouw K. Bos", fontsize=14)
    page.insert_text((72, 130), "BSN 123456782, Dorpsstraat 12", fontsize=14)
    pixmap = page.get_pixmap(dpi=150)
    scan = pymupdf.open()
    scan.new_page().insert_image(scan[0].rect, pixmap=pixmap)
    return scan.tobytes()


def test_tesseract_with_dutch_is_installed() -> None:
    assert ocr_available()


def test_scanned_identifiers_are_found_by_ocr_and_blanked_in_the_image() -> None:
    output, result = redact_pdf(_scan(), document="scan")
    found = {s.type for s in result.spans if s.action == "redact"}
    assert {"bsn", "address", "name"} <= found
    assert result.verified, result.reason
    assert result.needs_review is True and "OCR" in result.reason  # a person checks scans
    with pymupdf.open(stream=output, filetype="pdf") as doc:
        page = doc[0]
        # no text layer was invented: only the ground codes printed in the boxes
        assert set(page.get_text().split()) <= {"5.1.1e", "5.1.2e"}
        read_back = page.get_text(textpage=page.get_textpage_ocr(language="nld", full=True))
    assert "123456782" not in read_back and "Dorpsstraat 12" not in read_back
    assert "Aanvrager" in read_back
