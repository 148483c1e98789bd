"""Independent check of a redacted PDF: re-read it and fail closed.

Checks, in order: both text parsers (PyMuPDF and pypdf) no longer show a redacted value and the
detector finds nothing new; reviewer boxes contain no text; the raw objects (pikepdf, every
stream decompressed) contain no redacted value; embedded fonts map no glyph of a character that
no longer appears in the text (font-subset leak); metadata, annotations and the like are gone.
Reasons name the type of data and the check, never the value itself.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence

import pymupdf
import pypdf

from publicatie.detect import detect_personal_data
from publicatie.fonts import leaked_characters
from publicatie.ocr import is_scan, ocr_textpage
from publicatie.pdf_text import expand_ligatures, open_pdf, page_text, visual_text
from publicatie.policy import DetectionPolicy
from publicatie.rawscan import RawObjects
from schemas.records import RedactionSpan
from woo.errors import DocumentError

__all__ = ["is_box_span", "verify_redacted"]

_METADATA_FIELDS = ("title", "author", "subject", "keywords", "creator", "producer")
_CATALOG_ACTIONS = ("OpenAction", "AA", "AcroForm", "Names", "Outlines", "Metadata")
_WHITESPACE = re.compile(r"\s+")
_GROUND = re.compile(r"5\.\d\.\d[a-z]?")


def verify_redacted(
    pdf_bytes: bytes,
    spans: Sequence[RedactionSpan],
    *,
    document: str,
    keep_numbers: Iterable[str] = (),
    keep_emails: Iterable[str] = (),
    policy: DetectionPolicy | None = None,
    check_fonts: bool = True,
) -> tuple[bool, str]:
    """Return (True, reason) only when no redacted value or new personal data survives.

    Reviewer spans (origin "reviewer" with page and bbox) are checked by their box: no text may
    remain inside it. Other redact-spans are checked by value, everywhere in the document.
    Also fails when the file still carries metadata, annotations, attachments, an outline or
    document actions. Unreadable output fails; it never raises for the content it checks.
    """
    policy = (policy or DetectionPolicy()).with_keep(keep_numbers, keep_emails)
    redact = [s for s in spans if s.action == "redact"]
    boxes = [s for s in redact if is_box_span(s)]
    values = [s for s in redact if not is_box_span(s) and s.text.strip()]
    try:
        pymupdf_pages, visual_pages = _text_pymupdf(pdf_bytes, document)
        texts = {"PyMuPDF": pymupdf_pages, "pypdf": _text_pypdf(pdf_bytes)}
    except Exception as exc:
        return (
            False,
            f"Verificatie mislukt: de gelakte PDF is niet te lezen ({type(exc).__name__}).",
        )

    detected: set[str] = set()
    seen_visually = _VisualFindings(visual_pages, policy)
    for parser, pages in texts.items():
        full = " ".join(pages)
        spaced = _WHITESPACE.sub(" ", full).lower()
        compact = _WHITESPACE.sub("", full).lower()
        for span in values:
            if _word_in(span.text, spaced, compact):
                return False, (
                    f"Verificatie mislukt: gelakt gegeven van type '{span.type}' is nog leesbaar "
                    f"in de uitvoer ({parser})."
                )
        for number, text in enumerate(pages, start=1):
            flat = _WHITESPACE.sub(" ", text)
            if flat in detected:  # the other parser read the very same text: same findings
                continue
            detected.add(flat)
            for span in detect_personal_data(flat, policy=policy):
                if (
                    span.action == "redact"
                    and not _kept(span, policy)
                    and not seen_visually.explains(number, span)
                ):
                    return False, (
                        f"Verificatie mislukt: na het lakken staat er nog een gegeven van type "
                        f"'{span.type}' op pagina {number} ({parser})."
                    )

    problem = _box_problem(pdf_bytes, boxes, document) or _structure_problem(pdf_bytes, document)
    if problem:
        return False, f"Verificatie mislukt: {problem}"
    raw = RawObjects(pdf_bytes) if values else None
    for span in values:
        if raw is not None and raw.occurrences(span.text):
            return False, (
                f"Verificatie mislukt: gelakt gegeven van type '{span.type}' staat nog in de "
                "ruwe PDF-objecten (pikepdf)."
            )
    if check_fonts:
        leaked = leaked_characters(pdf_bytes)
        if leaked:
            return False, (
                f"Verificatie mislukt: ingesloten lettertypen bevatten nog {len(leaked)} teken(s) "
                "die niet meer in de tekst staan (lek via font-subset)."
            )
    return True, "verificatie geslaagd (PyMuPDF, pypdf, pikepdf en lettertypen)."


def is_box_span(span: RedactionSpan) -> bool:
    """A span redacted by its box (a reviewer's drawn box, or a box without text)."""
    return (
        span.bbox is not None
        and span.page is not None
        and (span.origin == "reviewer" or not span.text.strip())
    )


def _word_in(value: str, spaced: str, compact: str) -> bool:
    value = _WHITESPACE.sub(" ", value).strip().lower()
    if not value:
        return False
    edges = r"(?<![^\W_]){}(?![^\W_])"
    if re.search(edges.format(re.escape(value)), spaced):
        return True
    # Identifiers may be split over lines or respaced by a parser: compare without spaces.
    squeezed = value.replace(" ", "")
    return len(squeezed) >= 6 and any(c.isdigit() for c in squeezed) and squeezed in compact


def _kept(span: RedactionSpan, policy: DetectionPolicy) -> bool:
    value = _WHITESPACE.sub(" ", span.text).strip().lower()
    return any(value == _WHITESPACE.sub(" ", k).strip().lower() for k in policy.kept_values)


class _VisualFindings:
    """What detection finds on each page read as a reader sees it (`visual_text`).

    A parser reads the grounds printed over removed values at the end of the page, so the words
    on both sides of a removed value meet ("Mevrouw Emmen Datum" where the page shows "Mevrouw
    5.1.2e Emmen"): a finding of the parser's reading whose words all stand on the page, and
    that detection does not make of the page as it looks, is explained by that gap. Anything
    else, including text only one parser reads, still fails the check.
    """

    def __init__(self, pages: list[str], policy: DetectionPolicy) -> None:
        self._pages = [_WHITESPACE.sub(" ", page) for page in pages]
        self._lowered = [page.lower() for page in self._pages]
        self._policy = policy
        self._found: dict[int, set[str]] = {}

    def explains(self, number: int, span: RedactionSpan) -> bool:
        if number > len(self._pages):
            return False
        page, lowered = self._pages[number - 1], self._lowered[number - 1]
        words = span.text.split()
        if not words or not all(_word_in(word, lowered, "") for word in words):
            return False
        if number not in self._found:
            self._found[number] = {
                _WHITESPACE.sub(" ", found.text).strip().lower()
                for found in detect_personal_data(page, policy=self._policy)
                if found.action == "redact" and not _kept(found, self._policy)
            }
        value = _WHITESPACE.sub(" ", span.text).strip().lower()
        return not any(value in found or found in value for found in self._found[number])


def _text_pymupdf(pdf_bytes: bytes, document: str) -> tuple[list[str], list[str]]:
    """Text per page, as read and as laid out; scanned pages are read back with OCR, so
    blanked pixels are checked."""
    with open_pdf(pdf_bytes, document=document) as doc:
        pages, visual = [], []
        for page in doc:
            textpage = ocr_textpage(page) if is_scan(page) else None
            pages.append(page_text(page, textpage))
            visual.append(visual_text(page, textpage))
        return pages, visual


def _text_pypdf(pdf_bytes: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf_bytes), strict=False)
    return [expand_ligatures(page.extract_text() or "") for page in reader.pages]


def _box_problem(pdf_bytes: bytes, boxes: list[RedactionSpan], document: str) -> str:
    if not boxes:
        return ""
    with open_pdf(pdf_bytes, document=document) as doc:
        for span in boxes:
            if span.page is None or span.bbox is None or span.page > doc.page_count:
                return "een lakvlak verwijst naar een pagina die niet bestaat."
            page = doc[span.page - 1]
            box = pymupdf.Rect(span.bbox)
            inside = [
                w[4]
                for w in page.get_text("words")
                if box.contains(pymupdf.Point((w[0] + w[2]) / 2, (w[1] + w[3]) / 2))
            ]
            if _GROUND.sub("", " ".join(inside)).strip():
                return f"binnen een lakvlak op pagina {span.page} staat nog tekst."
    return ""


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
