"""Rendered pages for the side-by-side view: the original with the proposed boxes outlined,
and the redacted result as it would be published. One pixel is one PDF point (zoom 1), so a box
drawn on the image maps straight onto the page."""

from __future__ import annotations

from typing import Any

import pymupdf

__all__ = ["render_page"]

_RED = (0.75, 0.0, 0.0)
_GREEN = (0.0, 0.45, 0.15)
MAX_PREVIEW_PAGES = 20


def render_page(pdf: bytes, number: int, spans: list[dict[str, Any]] | None = None) -> bytes:
    """PNG of page `number` (1-based); with `spans`, outline their boxes (red: lakken,
    green: blijft staan)."""
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        if not 1 <= number <= doc.page_count:
            raise IndexError(number)
        page = doc[number - 1]
        for span in spans or []:
            if span.get("page") == number and span.get("bbox"):
                colour = _RED if span.get("action") == "redact" else _GREEN
                page.draw_rect(pymupdf.Rect(span["bbox"]), color=colour, width=1.5)
        return page.get_pixmap(matrix=pymupdf.Matrix(1, 1), alpha=False).tobytes("png")
