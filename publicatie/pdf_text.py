"""Open PDFs safely and read their text layer with PyMuPDF."""

from __future__ import annotations

import pymupdf

from woo.errors import DocumentError

__all__ = ["extract_text", "open_pdf", "page_count"]

# MuPDF reports repairs of damaged files on stderr; we report problems through DocumentError.
pymupdf.TOOLS.mupdf_display_errors(False)
pymupdf.TOOLS.mupdf_display_warnings(False)


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
            return [page.get_text("text") for page in doc]
        except Exception as exc:
            raise DocumentError(
                f"PDF is beschadigd of onleesbaar: tekst kan niet gelezen worden ({exc})",
                document=document,
            ) from exc


def page_count(pdf_bytes: bytes, *, document: str) -> int:
    """Number of pages of the PDF."""
    with open_pdf(pdf_bytes, document=document) as doc:
        return doc.page_count
