"""Personal data in a PDF's extracted text, with page, box and offsets into the whole text.

The extracted text of a PDF is the text of its pages (PyMuPDF) joined with a form feed ("\\f").
"""

from __future__ import annotations

import pymupdf

from publicatie.detect import detect_personal_data
from publicatie.pdf_text import open_pdf, page_text, search_page
from publicatie.policy import DetectionPolicy
from schemas.records import RedactionSpan

__all__ = ["PAGE_SEPARATOR", "detect_in_pdf"]

PAGE_SEPARATOR = "\f"


def detect_in_pdf(
    pdf_bytes: bytes, *, document: str, policy: DetectionPolicy | None = None
) -> tuple[str, list[RedactionSpan]]:
    """(extracted text, spans) with `page` (1-based) and `bbox` where the value is located."""
    policy = policy or DetectionPolicy()
    parts: list[str] = []
    spans: list[RedactionSpan] = []
    offset = 0
    with open_pdf(pdf_bytes, document=document) as doc:
        for page in doc:
            text = page_text(page)
            flat = text.replace("\n", " ")
            seen: dict[str, int] = {}
            for span in detect_personal_data(flat, policy=policy):
                index = seen.get(span.text, 0)
                seen[span.text] = index + 1
                rects = search_page(page, span.text) if span.text.strip() else []
                bbox = _box(rects, index)
                spans.append(
                    span.model_copy(
                        update={
                            "start": span.start + offset,
                            "end": span.end + offset,
                            "page": page.number + 1,
                            "bbox": bbox,
                        }
                    )
                )
            parts.append(text)
            offset += len(text) + len(PAGE_SEPARATOR)
    return PAGE_SEPARATOR.join(parts), spans


def _box(rects: list[pymupdf.Rect], index: int) -> tuple[float, float, float, float] | None:
    if not rects:
        return None
    rect = rects[index] if index < len(rects) else rects[-1]
    return (round(rect.x0, 2), round(rect.y0, 2), round(rect.x1, 2), round(rect.y1, 2))
