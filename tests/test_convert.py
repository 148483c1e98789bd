"""Conversion to PDF: LibreOffice for office formats, PyMuPDF for plain text, refusal otherwise."""

from __future__ import annotations

import io
import shutil
import stat
import time
from pathlib import Path

import docx
import pymupdf
import pytest

from publicatie import convert
from publicatie.convert import office_to_pdf, to_pdf
from woo.errors import DocumentError

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
needs_libreoffice = pytest.mark.skipif(
    shutil.which("soffice") is None and shutil.which("libreoffice") is None,
    reason="LibreOffice is not installed",
)


def make_docx(*paragraphs: str) -> bytes:
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pdf_text(pdf: bytes) -> str:
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return "\n".join(page.get_text() for page in doc)


def fake_soffice(tmp_path: Path, monkeypatch, body: str) -> None:
    script = tmp_path / "soffice"
    script.write_text(f"#!/bin/sh\n{body}\n")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setattr(convert.shutil, "which", lambda name: str(script))


@needs_libreoffice
def test_docx_is_converted_with_libreoffice() -> None:
    data = make_docx(
        "Besluit op het Woo-verzoek", "Het college besluit de stukken openbaar te maken."
    )
    pdf = to_pdf(data, "besluit (definitief).docx", DOCX, document="d")
    assert pdf.startswith(b"%PDF")
    text = pdf_text(pdf)
    assert "Besluit op het Woo-verzoek" in text
    assert "openbaar te maken" in text


def test_pdf_passes_through_unchanged() -> None:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "al een PDF")
    data = doc.tobytes()
    assert to_pdf(data, "besluit.pdf", "application/pdf", document="d") is data


def test_file_called_pdf_without_pdf_header_is_refused() -> None:
    with pytest.raises(DocumentError, match="geen PDF") as caught:
        to_pdf(b"<html>nep</html>", "besluit.pdf", "application/pdf", document="doc-9")
    assert caught.value.document == "doc-9"


def test_plain_text_is_rendered_to_pdf_over_several_pages() -> None:
    lines = [f"Regel {n} van de notitie met <tekens> & zo." for n in range(150)]
    pdf = to_pdf("\n".join(lines).encode(), "notitie.txt", "text/plain", document="d")
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        assert doc.page_count > 1
    text = pdf_text(pdf)
    assert "Regel 0 van de notitie met <tekens> & zo." in text
    assert "Regel 149 van de notitie" in text


def test_unsupported_type_is_refused() -> None:
    with pytest.raises(DocumentError, match="wordt niet ondersteund"):
        to_pdf(b"\x89PNG....", "foto.png", "image/png", document="d")


def test_missing_libreoffice_raises_document_error(monkeypatch) -> None:
    monkeypatch.setattr(convert.shutil, "which", lambda name: None)
    with pytest.raises(DocumentError, match="LibreOffice") as caught:
        office_to_pdf(make_docx("x"), "a.docx", document="doc-3")
    assert caught.value.document == "doc-3"


def test_conversion_that_hangs_is_stopped_at_the_timeout(tmp_path, monkeypatch) -> None:
    fake_soffice(tmp_path, monkeypatch, "sleep 30")
    started = time.monotonic()
    with pytest.raises(DocumentError, match="afgebroken"):
        office_to_pdf(make_docx("x"), "a.docx", document="d", timeout=0.5)
    assert time.monotonic() - started < 10


def test_conversion_without_output_raises_document_error(tmp_path, monkeypatch) -> None:
    fake_soffice(tmp_path, monkeypatch, "exit 0")
    with pytest.raises(DocumentError, match="geen PDF gemaakt"):
        office_to_pdf(make_docx("x"), "a.docx", document="d")


def test_failing_conversion_raises_document_error(tmp_path, monkeypatch) -> None:
    fake_soffice(tmp_path, monkeypatch, "echo kapot >&2; exit 3")
    with pytest.raises(DocumentError, match="code 3"):
        office_to_pdf(make_docx("x"), "a.docx", document="d")
