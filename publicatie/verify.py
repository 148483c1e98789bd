"""Independent check of a redacted PDF: re-read it with two parsers and fail closed.

Reasons name the type of data and the parser, never the value itself.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable

import pypdf

from publicatie.detect import detect_personal_data
from publicatie.pdf_text import open_pdf
from schemas.records import RedactionSpan
from woo.errors import DocumentError

__all__ = ["verify_redacted"]

_METADATA_FIELDS = ("title", "author", "subject", "keywords", "creator", "producer")
_CATALOG_ACTIONS = ("OpenAction", "AA", "AcroForm", "Names", "Outlines", "Metadata")
_WHITESPACE = re.compile(r"\s+")


def verify_redacted(
    pdf_bytes: bytes,
    spans: list[RedactionSpan],
    *,
    document: str,
    keep_numbers: Iterable[str] = (),
    keep_emails: Iterable[str] = (),
) -> tuple[bool, str]:
    """Return (True, reason) only when no redacted value or new personal data survives.

    Also fails when the file still carries metadata, annotations, attachments, an outline or
    document actions. Unreadable output fails; it never raises for the content it checks.
    """
    keep_numbers = tuple(keep_numbers)
    keep_emails = tuple(keep_emails)
    try:
        texts = {"PyMuPDF": _text_pymupdf(pdf_bytes, document), "pypdf": _text_pypdf(pdf_bytes)}
    except Exception as exc:
        return (
            False,
            f"Verificatie mislukt: de gelakte PDF is niet te lezen ({type(exc).__name__}).",
        )

    for parser, pages in texts.items():
        full = " ".join(pages)
        spaced = _WHITESPACE.sub(" ", full).lower()
        compact = _WHITESPACE.sub("", full).lower()
        for span in spans:
            if span.action != "redact":
                continue
            value = _WHITESPACE.sub(" ", span.text).strip().lower()
            if value and (value in spaced or value.replace(" ", "") in compact):
                return False, (
                    f"Verificatie mislukt: gelakt gegeven van type '{span.type}' is nog leesbaar "
                    f"in de uitvoer ({parser})."
                )
        for number, page_text in enumerate(pages, start=1):
            flat = _WHITESPACE.sub(" ", page_text)
            found = detect_personal_data(flat, keep_numbers=keep_numbers, keep_emails=keep_emails)
            for span in found:
                if span.action == "redact":
                    return False, (
                        f"Verificatie mislukt: na het lakken staat er nog een gegeven van type "
                        f"'{span.type}' op pagina {number} ({parser})."
                    )

    problem = _structure_problem(pdf_bytes, document)
    if problem:
        return False, f"Verificatie mislukt: {problem}"
    return True, "verificatie geslaagd (PyMuPDF en pypdf)."


def _text_pymupdf(pdf_bytes: bytes, document: str) -> list[str]:
    with open_pdf(pdf_bytes, document=document) as doc:
        return [page.get_text("text") for page in doc]


def _text_pypdf(pdf_bytes: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf_bytes), strict=False)
    return [page.extract_text() or "" for page in reader.pages]


def _structure_problem(pdf_bytes: bytes, document: str) -> str:
    """Dutch description of what should have been stripped but is still there, or ''."""
    try:
        doc = open_pdf(pdf_bytes, document=document)
    except DocumentError:
        return "de gelakte PDF is niet te openen."
    with doc:
        metadata = doc.metadata or {}
        if any(metadata.get(field) for field in _METADATA_FIELDS):
            return "de PDF bevat nog documenteigenschappen (metadata)."
        if doc.get_xml_metadata():
            return "de PDF bevat nog XMP-metadata."
        if doc.embfile_count():
            return "de PDF bevat nog ingesloten bestanden."
        if doc.get_toc():
            return "de PDF bevat nog een inhoudsopgave (bladwijzers)."
        catalog = doc.pdf_catalog()
        for key in _CATALOG_ACTIONS:
            if doc.xref_get_key(catalog, key)[0] != "null":
                return f"de PDF bevat nog het onderdeel /{key}."
        for page in doc:
            if page.first_annot is not None or page.first_widget is not None:
                return f"pagina {page.number + 1} bevat nog annotaties of formuliervelden."
            if page.get_links():
                return f"pagina {page.number + 1} bevat nog koppelingen."
    return ""
