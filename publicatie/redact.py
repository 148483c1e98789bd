"""True redaction (lakken) of PDFs: remove the data, print the Woo ground, strip the rest.

Two entry points share one pipeline (mark boxes → apply → strip → full rewrite → verify):

- `redact_pdf` detects personal data itself and redacts what the detector decides;
- `apply_redaction_plan` redacts exactly a reviewer's plan (spans with page+bbox or text).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import pymupdf

from publicatie.detect import SPLIT_WORD, detect_personal_data
from publicatie.fonts import close_font_leak, rebuild_font_subsets
from publicatie.ocr import is_scan, ocr_textpage
from publicatie.patterns import find_table_cells
from publicatie.pdf_text import layout_text, open_pdf, page_text, search_page
from publicatie.policy import DetectionPolicy
from publicatie.verify import is_box_span, verify_redacted
from schemas.records import RedactionResult, RedactionSpan

__all__ = ["apply_redaction_plan", "redact_pdf", "strip_document"]

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
Boxes = dict[int, list[tuple[pymupdf.Rect, str]]]  # page index -> (box, ground)
# page number -> (the page object, its OCR text page); a text page only works on its own page.
ScanPages = dict[int, tuple[pymupdf.Page, pymupdf.TextPage]]
_PAGE_KEYS = ("Annots", "AA", "PieceInfo", "Thumb", "B", "Metadata")


_BLANK_LINE = re.compile(r"^[ \t\xa0]+$", re.MULTILINE)


def _detect_page(
    text: str, policy: DetectionPolicy, page: pymupdf.Page | None = None
) -> list[RedactionSpan]:
    """Detection on a page's text with its lines joined (same length, so offsets stay valid;
    a value broken over two lines matches), and a second time line by line, as laid out: a
    table's header says what its cells hold, a form's label what its line holds, and a letter's
    blocks ("Gegevens aanvrager\nKvK-nummer: ...") stay blocks. What either reading redacts is
    redacted. A page whose columns only show in its layout (a table positioned on the page, one
    space apart in the text layer) is also read as laid out; its word positions are only read
    when the text itself has no table."""
    spans = detect_personal_data(_flattened(text), policy=policy)
    if "\n" in text.strip():
        # a blank line read as a line of (no-break) spaces is a blank line again, so that a
        # block ends there; the same length, so offsets stay valid
        lined = _BLANK_LINE.sub(lambda m: "\n" * len(m.group(0)), text)
        redacted = [s for s in spans if s.action == "redact"]
        spans += [
            extra
            for extra in detect_personal_data(lined, policy=policy)
            if extra.action == "redact"
            # overlapping is fine (boxes may overlap); only what is already covered is dropped
            and not any(s.start <= extra.start and extra.end <= s.end for s in redacted)
        ]
    if page is not None and not find_table_cells(text):
        layout = layout_text(page)
        cells = [(a, b) for a, b, _ in find_table_cells(layout)]
        if cells:
            spans += _from_layout(text, layout, cells, spans, policy)
    return spans


def _flattened(text: str) -> str:
    """The page's lines joined with spaces, except where a line break split a word after a
    hyphen ("Hoogen-\nboezem"): detection reads that word whole. Same length."""
    flat = list(text.replace("\n", " "))
    for match in SPLIT_WORD.finditer(text):
        flat[match.start() + 1] = "\n"
    return "".join(flat)


def _from_layout(
    text: str,
    layout: str,
    cells: list[tuple[int, int]],
    spans: list[RedactionSpan],
    policy: DetectionPolicy,
) -> list[RedactionSpan]:
    """What a reading of the page as laid out (columns apart) redacts in a table's cells, with
    the offsets of the same value in the page text (redaction finds every occurrence anyway)."""
    flat = text.replace("\n", " ")
    known = {s.text for s in spans if s.action == "redact"}
    extra = []
    for span in detect_personal_data(layout, policy=policy):
        inside = any(a <= span.start and span.end <= b for a, b in cells)
        at = flat.find(span.text)
        if span.action == "redact" and inside and span.text not in known and at >= 0:
            known.add(span.text)
            extra.append(span.model_copy(update={"start": at, "end": at + len(span.text)}))
    return extra


def _from_source_text(
    source_text: str, spans: list[RedactionSpan], policy: DetectionPolicy
) -> list[RedactionSpan]:
    """What detection redacts in the source text, found by its text on every page (a value
    that cannot be found fails the document closed). Also what a page found itself: there it is
    redacted on that page only, and another page may show it without the context that told
    (a login under "gebruiker:" on page 1, the same login after "door:" on page 2)."""
    known = {" ".join(s.text.split()) for s in spans if s.action == "redact" and s.page is None}
    extra: list[RedactionSpan] = []
    for span in detect_personal_data(source_text, policy=policy):
        value = " ".join(span.text.split())
        if span.action == "redact" and value not in known:
            known.add(value)
            # a value over two lines of the file is searched as the PDF shows it: one line
            extra.append(span.model_copy(update={"text": value, "page": None, "bbox": None}))
    return extra


def redact_pdf(
    pdf_bytes: bytes,
    *,
    document: str,
    keep_numbers: Iterable[str] = (),
    keep_emails: Iterable[str] = (),
    policy: DetectionPolicy | None = None,
    source_text: str | None = None,
) -> tuple[bytes, RedactionResult]:
    """Detect and remove personal data, then verify the output with independent parsers.

    `source_text` is the text the PDF was made from, when it was made from a plain-text file:
    what detection finds there is redacted too, wherever the PDF shows it (a page's text may
    have lost what the file's lines said: an export's row wrapped over two lines no longer
    lines up with its header).

    Never raises for what it finds: a value it cannot locate, or a failed verification, gives a
    result with `verified=False` and `needs_review=True`. Special personal data (5.1.1d) always
    sets `needs_review=True`. Corrupt input raises DocumentError.
    """
    policy = (policy or DetectionPolicy()).with_keep(keep_numbers, keep_emails)
    spans: list[RedactionSpan] = []
    notes: list[str] = []
    textpages: ScanPages = {}
    with open_pdf(pdf_bytes, document=document) as doc:
        for page in doc:
            text = page_text(page)
            if is_scan(page):
                textpage = ocr_textpage(page)
                if textpage is None:
                    notes.append(
                        f"Pagina {page.number + 1} heeft geen tekstlaag maar wel afbeeldingen "
                        "(scan?) en OCR is niet beschikbaar; controleer deze pagina met de hand."
                    )
                else:
                    textpages[page.number + 1] = (page, textpage)
                    text = page_text(page, textpage)
                    notes.append(
                        f"Pagina {page.number + 1} heeft geen tekstlaag (scan); de tekst is met "
                        "OCR gelezen en de beelden zijn gelakt. Controleer deze pagina met de hand."
                    )
            laid_out = None if page.number + 1 in textpages else page  # OCR: no positions
            for span in _detect_page(text, policy, laid_out):
                spans.append(span.model_copy(update={"page": page.number + 1}))
        if source_text is not None:
            spans += _from_source_text(source_text, spans, policy)
        if any(s.ground == "5.1.1d" for s in spans):
            notes.append(
                "Bijzondere persoonsgegevens (5.1.1d) gevonden; een mens beslist over dit document."
            )
        return _redact(
            doc, spans, document=document, policy=policy, notes=notes, textpages=textpages
        )


def apply_redaction_plan(
    pdf_bytes: bytes,
    spans: Sequence[RedactionSpan],
    *,
    document: str,
    policy: DetectionPolicy | None = None,
) -> tuple[bytes, RedactionResult]:
    """Redact exactly the spans of a (reviewer's) plan whose action is "redact".

    A span with `page` and `bbox` redacts that box (a box drawn by a reviewer); a span with only
    `text` redacts every occurrence of that text, on its `page` when given, else on all pages.
    Spans with action "keep" are not redacted and are allowed to stay when the output is
    verified. Strips, saves and verifies exactly like `redact_pdf`; a span that cannot be
    located fails the result closed (`verified=False`).
    """
    policy = policy or DetectionPolicy()
    kept = tuple(s.text for s in spans if s.action == "keep" and s.text)
    policy = policy.with_keep((), (), kept_values=kept)
    with open_pdf(pdf_bytes, document=document) as doc:
        return _redact(doc, list(spans), document=document, policy=policy, notes=[])


def _redact(
    doc: pymupdf.Document,
    spans: list[RedactionSpan],
    *,
    document: str,
    policy: DetectionPolicy,
    notes: list[str],
    textpages: ScanPages | None = None,
) -> tuple[bytes, RedactionResult]:
    pages = doc.page_count
    textpages = textpages if textpages is not None else _scan_textpages(doc)
    boxes: Boxes = {}
    marked, problems = _mark(doc, spans, textpages, boxes)
    for page in doc:
        _apply(page, boxes.get(page.number, []))
    strip_document(doc)
    if any(s.action == "redact" for s in marked):
        # Close the font-subset leak: drop glyphs and ToUnicode entries no longer shown.
        rebuild_font_subsets(doc)
        output = close_font_leak(doc.tobytes(garbage=4, deflate=True, clean=True))
    else:
        output = doc.tobytes(garbage=4, deflate=True, clean=True)

    verified, verify_reason = verify_redacted(output, marked, document=document, policy=policy)
    redacted = sum(1 for s in marked if s.action == "redact")
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
        spans=marked,
        pages=pages,
        verified=verified and not reasons,
        needs_review=bool(reasons or notes),
        reason=reason,
    )
    return output, result


def _scan_textpages(doc: pymupdf.Document) -> ScanPages:
    """OCR text pages of scanned pages, so a plan's text spans can be found on them too."""
    found: ScanPages = {}
    for page in doc:
        if is_scan(page):
            textpage = ocr_textpage(page)
            if textpage is not None:
                found[page.number + 1] = (page, textpage)
    return found


def _mark(
    doc: pymupdf.Document,
    spans: list[RedactionSpan],
    textpages: ScanPages,
    boxes: Boxes,
) -> tuple[list[RedactionSpan], list[str]]:
    """Add a redaction annotation for every redact-span; return the located spans and problems."""
    problems: list[str] = []
    marked: list[RedactionSpan] = []
    hits: dict[tuple[int, str], list[pymupdf.Rect]] = {}
    page_texts: dict[int, str] = {}
    for span in spans:
        if span.action != "redact":
            marked.append(span)
            continue
        if span.page is not None and not 1 <= span.page <= doc.page_count:
            problems.append(
                f"Lakvlak van type '{span.type}' verwijst naar pagina {span.page}, "
                "die niet bestaat."
            )
            marked.append(span)
            continue
        if is_box_span(span):
            page = doc[span.page - 1]
            rect = pymupdf.Rect(span.bbox) & page.rect
            if rect.is_empty:
                problems.append(f"Lakvlak op pagina {span.page} valt buiten de pagina.")
            else:
                _add_box(boxes, page, rect, span.ground)
            marked.append(span)
            continue
        page_numbers = [span.page] if span.page is not None else range(1, doc.page_count + 1)
        found: list[tuple[int, pymupdf.Rect]] = []
        for number in page_numbers:
            key = (number, span.text)
            if key not in hits:
                page, textpage = textpages.get(number, (doc[number - 1], None))
                if number not in page_texts:
                    flat = page_text(page, textpage).replace("\n", " ")
                    page_texts[number] = flat
                hits[key] = _whole_words(
                    _search(page, span.text, textpage), span.text, page_texts[number]
                )
                for rect in hits[key]:
                    _add_box(boxes, page, rect, span.ground)
            found.extend((number, rect) for rect in hits[key])
        if not found:
            where = f"op pagina {span.page} " if span.page else ""
            problems.append(
                f"Gegeven van type '{span.type}' {where}is niet terug te vinden "
                "in de opmaak van de PDF."
            )
            marked.append(span)
            continue
        page_number = span.page or found[0][0]
        rects = [rect for number, rect in found if number == page_number]
        page, textpage = textpages.get(page_number, (doc[page_number - 1], None))
        text = page_text(page, textpage)
        text = text.replace("\n", " ")
        marked.append(
            span.model_copy(update={"page": page_number, "bbox": _bbox_for(span, rects, text)})
        )
    return marked, problems


def _search(
    page: pymupdf.Page, value: str, textpage: pymupdf.TextPage | None
) -> list[pymupdf.Rect]:
    """Where `value` stands on the page. A value hyphenated at a line end reads "Berg- Smit" in
    the flattened text, while PyMuPDF's search joins such a word without the hyphen."""
    if not value.strip():
        return []
    value = SPLIT_WORD.sub("- ", value)  # "Hoogen-\nboezem" as the flattened text reads it
    found = search_page(page, value, textpage)
    if not found and re.search(r"\w- \w", value):
        found = search_page(page, re.sub(r"(?<=\w)- (?=\w)", "", value), textpage)
    return found


def _whole_words(rects: list[pymupdf.Rect], value: str, flat: str) -> list[pymupdf.Rect]:
    """Drop the hits inside a longer word: a redacted "Gerrit" must not cut "Gerrit" out of
    "raadslid Gerritsen". PyMuPDF's search finds substrings, case-insensitively, in reading
    order; where its hits cannot be paired one to one with the occurrences in the page text
    (a value over two lines, a hyphenated word), every hit stays: fail closed."""
    needle = value.lower()
    lowered = flat.lower()
    starts = []
    at = lowered.find(needle)
    while at >= 0 and needle:
        starts.append(at)
        at = lowered.find(needle, at + len(needle))
    if len(starts) != len(rects):
        return rects
    whole = [
        rect
        for rect, start in zip(rects, starts, strict=True)
        if not _word_char(lowered, start - 1) and not _word_char(lowered, start + len(needle))
    ]
    return whole or rects


def _word_char(text: str, index: int) -> bool:
    """A letter or digit; not "_", which joins words in a file name ("id_alloush_wael.pdf"), as
    the verification reads it too."""
    return 0 <= index < len(text) and text[index].isalnum()


def _inner(rect: pymupdf.Rect) -> pymupdf.Rect:
    """The middle of a box: line boxes overlap, and a full-height box would also remove
    characters of the line above or below."""
    trim = rect.height * 0.2
    return pymupdf.Rect(rect.x0, rect.y0 + trim, rect.x1, rect.y1 - trim)


def _add_box(boxes: Boxes, page: pymupdf.Page, rect: pymupdf.Rect, ground: str) -> None:
    """Remember a box; `_apply` redacts it in two passes."""
    boxes.setdefault(page.number, []).append((pymupdf.Rect(rect), ground))


def _apply(page: pymupdf.Page, boxes: list[tuple[pymupdf.Rect, str]]) -> None:
    """Pass 1 removes the text under the middle of each box (so neighbouring lines survive);
    pass 2 removes image pixels and line art under the full box and prints the ground."""
    if not boxes:
        return
    for rect, _ in boxes:
        page.add_redact_annot(_inner(rect), fill=False, cross_out=False)
    page.apply_redactions(
        images=pymupdf.PDF_REDACT_IMAGE_NONE,
        graphics=pymupdf.PDF_REDACT_LINE_ART_NONE,
        text=pymupdf.PDF_REDACT_TEXT_REMOVE,
    )
    for rect, ground in boxes:
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
    page.apply_redactions(
        images=pymupdf.PDF_REDACT_IMAGE_PIXELS,
        graphics=pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_TOUCHED,
        text=pymupdf.PDF_REDACT_TEXT_NONE,
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
