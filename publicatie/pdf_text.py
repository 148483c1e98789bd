"""Open PDFs safely and read their text layer with PyMuPDF."""

from __future__ import annotations

import pymupdf

from woo.errors import DocumentError

__all__ = [
    "expand_ligatures",
    "extract_text",
    "layout_text",
    "open_pdf",
    "page_count",
    "page_text",
    "search_page",
    "visual_text",
]

# MuPDF reports repairs of damaged files on stderr; we report problems through DocumentError.
pymupdf.TOOLS.mupdf_display_errors(False)
pymupdf.TOOLS.mupdf_display_warnings(False)

# Typographic ligatures ("ﬂ" for "fl") are one character in a PDF's text layer, so without this
# "guidoﬂeuren@gmail.com" is no e-mail address to the detector and "Roeﬀen" no name in a list,
# and the value is published. Every reader of page text for detection or verification expands
# them; PyMuPDF's search_for already does, so a value found in the text is found on the page.
_TEXT_FLAGS = pymupdf.TEXTFLAGS_TEXT & ~pymupdf.TEXT_PRESERVE_LIGATURES
_SEARCH_FLAGS = pymupdf.TEXTFLAGS_SEARCH & ~pymupdf.TEXT_PRESERVE_LIGATURES
_LIGATURES = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
    }
)


def expand_ligatures(text: str) -> str:
    """`text` with typographic ligatures written out ("ﬁ" -> "fi")."""
    return text.translate(_LIGATURES)


def page_text(page: pymupdf.Page, textpage: pymupdf.TextPage | None = None) -> str:
    """The text of one page (or of its OCR text page), ligatures written out."""
    if textpage is None:
        return expand_ligatures(page.get_text("text", flags=_TEXT_FLAGS))
    return expand_ligatures(page.get_text("text", textpage=textpage))


def visual_text(page: pymupdf.Page, textpage: pymupdf.TextPage | None = None) -> str:
    """The page's words line by line as a reader sees them, whatever order the content stream
    has: after lakken the printed ground ("5.1.2e") stands where the value stood, not at the
    end of the page, so "Mevrouw 5.1.2e Emmen" is not read as "Mevrouw Emmen"."""
    if textpage is None:
        words = page.get_text("words", flags=_TEXT_FLAGS)
    else:
        words = page.get_text("words", textpage=textpage)
    lines: list[tuple[float, float, list[tuple[float, str]]]] = []
    for x0, y0, _x1, y1, word, *_ in sorted(words, key=lambda w: ((w[1] + w[3]) / 2, w[0])):
        middle, height = (y0 + y1) / 2, max(y1 - y0, 1.0)
        if lines and abs(middle - lines[-1][0]) <= 0.4 * max(height, lines[-1][1]):
            lines[-1][2].append((x0, word))
        else:
            lines.append((middle, height, [(x0, word)]))
    return expand_ligatures(
        "\n".join(" ".join(word for _, word in sorted(line)) for _, _, line in lines)
    )


def search_page(
    page: pymupdf.Page, value: str, textpage: pymupdf.TextPage | None = None
) -> list[pymupdf.Rect]:
    """Where `value` (as `page_text` reads it, ligatures written out) stands on the page."""
    return page.search_for(value, textpage=textpage, flags=_SEARCH_FLAGS)


def open_pdf(pdf_bytes: bytes, *, document: str) -> pymupdf.Document:
    """Open a PDF from bytes; corrupt, encrypted or empty files raise DocumentError."""
    if not pdf_bytes:
        raise DocumentError("PDF is leeg (0 bytes).", document=document)
    try:
        doc = pymupdf.open(stream=pdf_bytes, filetype="pdf")
    except Exception as exc:  # MuPDF raises several exception types for broken files
        raise DocumentError(f"PDF is beschadigd of onleesbaar: {exc}", document=document) from exc
    if not doc.is_pdf:
        doc.close()
        raise DocumentError(
            "PDF is beschadigd of onleesbaar: het bestand is geen PDF.", document=document
        )
    if doc.needs_pass or doc.is_encrypted:
        doc.close()
        raise DocumentError(
            "PDF is versleuteld of met een wachtwoord beveiligd en kan niet gelakt worden.",
            document=document,
        )
    if doc.page_count == 0:
        doc.close()
        raise DocumentError("PDF is beschadigd of onleesbaar: geen pagina's.", document=document)
    return doc


def extract_text(pdf_bytes: bytes, *, document: str) -> list[str]:
    """Return the text of every page, in page order."""
    with open_pdf(pdf_bytes, document=document) as doc:
        try:
            return [page_text(page) for page in doc]
        except Exception as exc:
            raise DocumentError(
                f"PDF is beschadigd of onleesbaar: tekst kan niet gelezen worden ({exc})",
                document=document,
            ) from exc


def page_count(pdf_bytes: bytes, *, document: str) -> int:
    """Number of pages of the PDF."""
    with open_pdf(pdf_bytes, document=document) as doc:
        return doc.page_count


def layout_text(page: pymupdf.Page) -> str:
    """The page's text with its columns kept apart, as `pdftotext -layout` prints it.

    A table aligned with spaces in its source ("Naam   Geboortedatum   Nationaliteit") loses
    the alignment in the plain text layer: one space between all words. Here every word starts
    at the character column of its position on the page (the page's median character width),
    and words on the same baseline form one line, so a header's column and its cells line up
    again. Only for recognising columns; offsets do not match `page_text`.
    """
    words = page.get_text("words", flags=_TEXT_FLAGS)
    if not words:
        return ""
    widths = sorted((w[2] - w[0]) / max(1, len(w[4])) for w in words if w[4].strip())
    char = max(widths[len(widths) // 2], 1.0)
    lines: list[list[tuple[float, float, str]]] = []
    for x0, y0, _x1, y1, word, *_ in sorted(words, key=lambda w: ((w[1] + w[3]) / 2, w[0])):
        middle = (y0 + y1) / 2
        if lines and abs(lines[-1][0][1] - middle) <= (y1 - y0) * 0.4:
            lines[-1].append((x0, middle, expand_ligatures(word)))
        else:
            lines.append([(x0, middle, expand_ligatures(word))])
    out = []
    for line in lines:
        text = ""
        for x0, _, word in sorted(line):
            column = round(x0 / char)
            text += " " * max(1 if text else 0, column - len(text)) + word
        out.append(text)
    return "\n".join(out) + "\n"
