"""OCR of scanned pages with Tesseract (Dutch), through PyMuPDF's OCR text page.

A page counts as a scan when it has no text layer but does show images. Its OCR text page lets
detection see the text and `search_for` find the boxes, so redaction blanks the image pixels.
Measured choice: PyMuPDF's `get_textpage_ocr` (one Tesseract call per page, no extra package)
over ocrmypdf, which would rewrite the whole file and adds a Ghostscript dependency.
"""

from __future__ import annotations

import functools
import shutil
import subprocess

import pymupdf

__all__ = ["OCR_DPI", "is_scan", "ocr_available", "ocr_textpage"]

OCR_DPI = 200
OCR_LANGUAGE = "nld"


@functools.cache
def ocr_available() -> bool:
    """Whether Tesseract with Dutch language data is installed."""
    if shutil.which("tesseract") is None:
        return False
    try:
        listing = subprocess.run(
            ["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return OCR_LANGUAGE in (listing.stdout + listing.stderr).split()


def is_scan(page: pymupdf.Page) -> bool:
    return not page.get_text("text").strip() and bool(page.get_images(full=False))


def ocr_textpage(page: pymupdf.Page) -> pymupdf.TextPage | None:
    """The OCR text page of a scanned page, or None when Tesseract (nld) is not available."""
    if not ocr_available():
        return None
    return page.get_textpage_ocr(language=OCR_LANGUAGE, dpi=OCR_DPI, full=True)
