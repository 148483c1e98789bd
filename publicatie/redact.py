"""True redaction (lakken) of PDFs: remove the data, print the Woo ground, strip the rest."""

from __future__ import annotations

from collections.abc import Iterable

import pymupdf

from publicatie.detect import detect_personal_data
from publicatie.pdf_text import open_pdf
from publicatie.verify import verify_redacted
from schemas.records import RedactionResult, RedactionSpan

__all__ = ["redact_pdf", "strip_document"]

_BLACK = (0.0, 0.0, 0.0)
_WHITE = (1.0, 1.0, 1.0)
# Catalog entries that can carry actions, scripts, attachments, hidden copies of the text
# (tagged-PDF ActualText/Alt) or private application data.
_CATALOG_KEYS = (
    "OpenAction",
    "AA",
    "AcroForm",
    "Names",
    "Dests",
    "Outlines",
    "Metadata",
    "StructTreeRoot",
    "MarkInfo",
    "PieceInfo",
    "Threads",
    "SpiderInfo",
    "Perms",
    "Legal",
    "Collection",
    "PageMode",
    "Info",
)
_PAGE_KEYS = ("Annots", "AA", "PieceInfo", "Thumb", "B", "Metadata")


def redact_pdf(
    pdf_bytes: bytes,
    *,
    document: str,
    keep_numbers: Iterable[str] = (),
    keep_emails: Iterable[str] = (),
) -> tuple[bytes, RedactionResult]:
    """Detect and remove personal data, then verify the output with two independent parsers.

    Never raises for what it finds: a value it cannot locate, or a failed verification, gives a
    result with `verified=False` and `needs_review=True`. Corrupt input raises DocumentError.
    """
    keep_numbers = tuple(keep_numbers)
    keep_emails = tuple(keep_emails)
    spans: list[RedactionSpan] = []
    problems: list[str] = []
    notes: list[str] = []
    with open_pdf(pdf_bytes, document=document) as doc:
        pages = doc.page_count
        for page in doc:
            page_spans, page_problems, page_notes = _mark_page(page, keep_numbers, keep_emails)
            spans.extend(page_spans)
            problems.extend(page_problems)
            notes.extend(page_notes)
        for page in doc:
            page.apply_redactions(
                images=pymupdf.PDF_REDACT_IMAGE_PIXELS,
                graphics=pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_TOUCHED,
                text=pymupdf.PDF_REDACT_TEXT_REMOVE,
            )
        strip_document(doc)
        output = doc.tobytes(garbage=4, deflate=True, clean=True)

    verified, verify_reason = verify_redacted(
        output, spans, document=document, keep_numbers=keep_numbers, keep_emails=keep_emails
    )
    redacted = sum(1 for s in spans if s.action == "redact")
    reasons = list(problems)
    if not verified:
        reasons.append(verify_reason)
    if reasons:
        reason = "Lakken niet geslaagd: " + " ".join(reasons)
    else:
        reason = f"{redacted} persoonsgegeven(s) gelakt; {verify_reason}"
    if notes:
        reason += " " + " ".join(notes)
    result = RedactionResult(
        spans=spans,
        pages=pages,
        verified=verified and not reasons,
        needs_review=bool(reasons or notes),
        reason=reason,
    )
    return output, result


def _mark_page(
    page: pymupdf.Page, keep_numbers: tuple[str, ...], keep_emails: tuple[str, ...]
) -> tuple[list[RedactionSpan], list[str], list[str]]:
    """Add a redaction annotation for every redact-span on the page.

    Returns the spans, problems that block publication, and notes that only ask for a human look.
    """
    number = page.number + 1
    text = page.get_text("text")
    # Same length, so offsets stay valid; lets a value broken over two lines still match.
    flat = text.replace("\n", " ")
    problems: list[str] = []
    notes: list[str] = []
    if not text.strip() and page.get_images(full=False):
        notes.append(
            f"Pagina {number} heeft geen tekstlaag maar wel afbeeldingen (scan?); "
            "controleer deze pagina met de hand."
        )
    found = detect_personal_data(flat, keep_numbers=keep_numbers, keep_emails=keep_emails)
    hits: dict[str, list[pymupdf.Rect]] = {}
    spans = []
    for span in found:
        span = span.model_copy(update={"page": number})
        if span.action != "redact":
            spans.append(span)
            continue
        if span.text not in hits:
            hits[span.text] = page.search_for(span.text)
            for rect in hits[span.text]:
                _add_box(page, rect, span.ground)
        rects = hits[span.text]
        if not rects:
            problems.append(
                f"Gegeven van type '{span.type}' op pagina {number} is niet terug te vinden "
                "in de opmaak van de PDF."
            )
        else:
            span = span.model_copy(update={"bbox": _bbox_for(span, rects, flat)})
        spans.append(span)
    return spans, problems, notes


def _add_box(page: pymupdf.Page, rect: pymupdf.Rect, ground: str) -> None:
    fontsize = max(4.0, min(8.0, rect.height * 0.6))
    page.add_redact_annot(
        rect,
        text=ground,
        fontname="helv",
        fontsize=fontsize,
        align=pymupdf.TEXT_ALIGN_CENTER,
        fill=_BLACK,
        text_color=_WHITE,
        cross_out=False,
    )


def _bbox_for(
    span: RedactionSpan, rects: list[pymupdf.Rect], text: str
) -> tuple[float, float, float, float]:
    """The box of this occurrence when hits map one-to-one, else the union of all hits."""
    occurrences = []
    start = text.find(span.text)
    while start != -1:
        occurrences.append(start)
        start = text.find(span.text, start + 1)
    if len(occurrences) == len(rects) and span.start in occurrences:
        box = rects[occurrences.index(span.start)]
    else:
        box = pymupdf.Rect(rects[0])
        for rect in rects[1:]:
            box |= rect
    return (box.x0, box.y0, box.x1, box.y1)


def strip_document(doc: pymupdf.Document) -> None:
    """Remove metadata, annotations, form fields, attachments, outline and scripts in place."""
    for page in doc:
        # Dropping /Annots removes annotations, form widgets and links in one go; the
        # objects themselves disappear in the garbage-collecting save.
        for key in _PAGE_KEYS:
            doc.xref_set_key(page.xref, key, "null")
    doc.scrub(
        attached_files=True,
        clean_pages=True,
        embedded_files=True,
        hidden_text=False,  # keeps the OCR layer of scans; its text was checked like any other
        javascript=True,
        metadata=True,
        redactions=False,  # already applied with our own options
        remove_links=True,
        reset_fields=True,
        reset_responses=True,
        thumbnails=True,
        xml_metadata=True,
    )
    while doc.embfile_count():
        doc.embfile_del(0)
    doc.set_toc([])
    doc.set_metadata({})
    doc.del_xml_metadata()
    catalog = doc.pdf_catalog()
    for key in _CATALOG_KEYS:
        doc.xref_set_key(catalog, key, "null")
