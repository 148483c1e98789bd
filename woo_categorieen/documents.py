"""Read the text of a file to classify: PDF, DOCX or UTF-8 plain text."""

from __future__ import annotations

import io
from pathlib import Path

from woo.errors import DocumentError

MAX_CHARS = 20_000  # as much as the nightly flow gives the classifier
SUFFIXES = (".pdf", ".docx", ".txt")


def _docx_text(data: bytes, name: str) -> str:
    import docx  # python-docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise DocumentError(f"DOCX is niet te lezen: {exc}", document=name) from exc
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(line for line in lines if line.strip())


def read_text(path: Path) -> str:
    """The text of `path` (at most `MAX_CHARS`); `DocumentError` for other or broken files."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise DocumentError(
            f"bestandstype '{suffix or '(geen)'}' wordt niet ondersteund (wel: PDF, DOCX, .txt)",
            document=path.name,
        )
    data = path.read_bytes()
    if suffix == ".txt":
        try:
            return data.decode("utf-8-sig")[:MAX_CHARS]
        except UnicodeDecodeError as exc:
            raise DocumentError("tekstbestand is geen UTF-8", document=path.name) from exc
    if suffix == ".docx":
        return _docx_text(data, path.name)[:MAX_CHARS]
    from publicatie.pdf_text import extract_text

    return "\n".join(extract_text(data, document=path.name))[:MAX_CHARS]
