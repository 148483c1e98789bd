"""Turn source files into PDF: office formats through LibreOffice, plain text through PyMuPDF."""

from __future__ import annotations

import html
import io
import os
import re
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path, PurePath

import pymupdf

from publicatie.office_clean import clean_office
from woo.errors import DocumentError

__all__ = ["OFFICE_MEDIA_TYPES", "office_to_pdf", "plain_text", "source_text", "to_pdf"]

OFFICE_MEDIA_TYPES: dict[str, str] = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/msword": ".doc",
    "application/vnd.oasis.opendocument.text": ".odt",
    "application/rtf": ".rtf",
    "text/rtf": ".rtf",
}
_OFFICE_SUFFIXES = frozenset(OFFICE_MEDIA_TYPES.values())
_PAGE = pymupdf.paper_rect("a4")
_MARGIN = 56  # points, about 2 cm


def source_text(data: bytes, file_name: str, media_type: str) -> str | None:
    """The text a PDF from `to_pdf` was made from, when the source is plain text (not a PDF or
    an office file); else None."""
    suffix = PurePath(file_name).suffix.lower()
    media = media_type.split(";", 1)[0].strip().lower()
    if media == "application/pdf" or suffix == ".pdf":
        return None
    if media in OFFICE_MEDIA_TYPES or suffix in _OFFICE_SUFFIXES:
        return None
    return plain_text(data) if media == "text/plain" or suffix == ".txt" else None


def to_pdf(data: bytes, file_name: str, media_type: str, *, document: str) -> bytes:
    """Return the document as PDF bytes, or raise DocumentError for unsupported input."""
    suffix = PurePath(file_name).suffix.lower()
    media = media_type.split(";", 1)[0].strip().lower()
    if media == "application/pdf" or suffix == ".pdf":
        if not data.lstrip()[:5].startswith(b"%PDF"):
            raise DocumentError(
                "Bestand heet PDF maar is geen PDF (de kop '%PDF' ontbreekt).", document=document
            )
        return data
    if media in OFFICE_MEDIA_TYPES or suffix in _OFFICE_SUFFIXES:
        office_name = (
            file_name if suffix in _OFFICE_SUFFIXES else "document" + OFFICE_MEDIA_TYPES[media]
        )
        return office_to_pdf(data, office_name, document=document)
    if media == "text/plain" or suffix == ".txt":
        return _text_to_pdf(data, document=document)
    raise DocumentError(
        f"Bestandstype {media or 'onbekend'} ({suffix or 'geen extensie'}) wordt niet ondersteund.",
        document=document,
    )


def office_to_pdf(data: bytes, file_name: str, *, document: str, timeout: float = 120) -> bytes:
    """Convert DOCX/ODT/DOC/RTF with LibreOffice headless, with a private profile per call."""
    suffix = PurePath(file_name).suffix.lower()
    if suffix not in _OFFICE_SUFFIXES:
        raise DocumentError(
            f"Bestandstype {suffix or 'zonder extensie'} wordt niet ondersteund voor conversie.",
            document=document,
        )
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise DocumentError(
            "LibreOffice (soffice) is niet geïnstalleerd; conversie naar PDF is niet mogelijk.",
            document=document,
        )
    with tempfile.TemporaryDirectory(prefix="woo-convert-") as tmp:
        work = Path(tmp)
        source = work / f"input{suffix}"  # never trust the source's file name on the command line
        source.write_bytes(clean_office(data, suffix, document=document))
        outdir = work / "out"
        outdir.mkdir()
        profile = (work / "profile").as_uri()
        command = [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--nologo",
            "--nolockcheck",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            str(source),
        ]
        _run(command, timeout=timeout, document=document)
        target = outdir / "input.pdf"
        if not target.is_file() or target.stat().st_size == 0:
            raise DocumentError(
                "LibreOffice heeft geen PDF gemaakt; het bestand is mogelijk beschadigd.",
                document=document,
            )
        pdf = target.read_bytes()
    if not pdf.startswith(b"%PDF"):
        raise DocumentError("LibreOffice gaf geen geldige PDF terug.", document=document)
    return pdf


def _run(command: list[str], *, timeout: float, document: str) -> None:
    # Own process group, so a timeout also ends the soffice.bin child it starts.
    process = subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        _, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise DocumentError(
            f"Conversie naar PDF duurde langer dan {timeout:g} seconden en is afgebroken.",
            document=document,
        ) from exc
    if process.returncode != 0:
        detail = stderr.decode(errors="replace").strip()[-300:]
        raise DocumentError(
            f"Conversie naar PDF met LibreOffice mislukt (code {process.returncode}): {detail}",
            document=document,
        )


# Lines laid out in columns with spaces or tabs ("Naam      Geboortedatum"): kept as written,
# in a fixed-width font, so the columns stay columns for the reader and for detection. 8 pt
# Courier fits 95 characters on the page; a wider block (a register, an export) gets a smaller
# size, down to 4 pt (190 characters; legible when zoomed in); wider still, its lines wrap as
# plain text and the columns are lost. Tab-separated rows are padded to one width per column
# first; rows of a CSV export or a pipe table are kept as they are, unwrapped.
_FIXED_WIDTH_CHARS = 95
_SMALLEST_FIXED_WIDTH_PT = 4.0
_COLUMNS = re.compile(r"\S(?: {2,}|\t)\S")
# A row of a CSV export or a pipe table: three or more of one separator (a comma only without
# a space after it, as an export writes it, not a sentence).
_SEPARATED = re.compile(
    r"(?:[^;\n]*;){3,}[^;\n]*|(?:[^|\n]*\|){3,}[^|\n]*|(?:[^,\n]*,(?! )){3,}[^,\n]*"
)


def _table_line(line: str) -> bool:
    return bool(_COLUMNS.search(line) or _SEPARATED.fullmatch(line))


def _column_block(lines: list[str]) -> list[str] | None:
    """The block's lines in a fixed-width font of one size, or None when it cannot fit: a row
    is never wrapped, so that its cells stay on one line under the header's."""
    if all("\t" in line for line in lines) and len(lines) >= 2:
        rows = [line.split("\t") for line in lines]
        widths: list[int] = []
        for row in rows:
            for column, cell in enumerate(row):
                if column == len(widths):
                    widths.append(0)
                widths[column] = max(widths[column], len(cell.strip()))
        laid_out = [
            "  ".join(cell.strip().ljust(widths[c]) for c, cell in enumerate(row)).rstrip()
            for row in rows
        ]
    else:
        laid_out = [line.expandtabs(8) for line in lines]
    # a row too wide even at the smallest size (a long note in an export) wraps on its own; the
    # block as a whole falls back to plain text only when most of its rows are that wide
    most = _FIXED_WIDTH_CHARS * 8.0 / _SMALLEST_FIXED_WIDTH_PT
    fitting = [len(line) for line in laid_out if len(line) <= most]
    if len(fitting) * 2 < len(laid_out):
        return None
    size = min(8.0, int(8.0 * _FIXED_WIDTH_CHARS / max(max(fitting), 1) * 10) / 10)
    return [
        f'<p class="kolommen" style="font-size: {size}pt">{html.escape(line) or "&nbsp;"}</p>'
        for line in laid_out
    ]


# A word with a hyphen inside ("1-GKR-418", "Eritrees-orthodoxe", "Hoogervorst-Ouwehand") is
# never broken at its hyphen: a value split over two lines is no value to find and redact on
# the page. Up to 40 characters, so that a long hyphenated address still wraps within the page.
_HYPHENATED = re.compile(r"(?<!\S)(?=\S{3,40}(?!\S))\S*[^\s-]-[^\s-]\S*")


def _line_html(line: str) -> str:
    escaped = html.escape(line)
    return _HYPHENATED.sub(
        lambda m: f'<span style="white-space: nowrap">{m.group(0)}</span>', escaped
    )


def _paragraphs(text: str) -> str:
    lines = text.splitlines()
    out: list[str] = []
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and _table_line(lines[end]):
            end += 1
        if end == index:
            line = lines[index]
            out.append(f"<p>{_line_html(line)}</p>" if line.strip() else "<p>&nbsp;</p>")
            index += 1
            continue
        block = _column_block(lines[index:end])
        out.extend(block or [f"<p>{_line_html(line)}</p>" for line in lines[index:end]])
        index = end
    return "".join(out)


def plain_text(data: bytes) -> str:
    """A plain-text file's text: UTF-8 (with or without BOM), else Windows-1252."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _text_to_pdf(data: bytes, *, document: str) -> bytes:
    body = _paragraphs(plain_text(data))
    css = (
        "p { font-family: sans-serif; font-size: 10pt; margin: 0; }"
        " p.kolommen { font-family: monospace; font-size: 8pt; white-space: pre-wrap; }"
    )
    story = pymupdf.Story(html=body or "<p>&nbsp;</p>", user_css=css)
    buffer = io.BytesIO()
    writer = pymupdf.DocumentWriter(buffer)
    where = pymupdf.Rect(_MARGIN, _MARGIN, _PAGE.width - _MARGIN, _PAGE.height - _MARGIN)
    try:
        more = True
        while more:
            device = writer.begin_page(_PAGE)
            more, _ = story.place(where)
            story.draw(device)
            writer.end_page()
    finally:
        writer.close()
    pdf = buffer.getvalue()
    if not pdf.startswith(b"%PDF"):
        raise DocumentError("Tekstbestand kon niet naar PDF worden omgezet.", document=document)
    return pdf
