"""Screening of hostile input before any parser or converter touches it (fail closed).

`screen_document` checks the file name, the source metadata and the bytes of an original:
the content must match its extension, PDFs may not carry scripts, actions, attachments or
forms, must not be damaged, encrypted, enormous or decompression bombs; office packages may
not carry macros, external references, tracked changes, DTDs or paths out of the package.
Every refusal is a DocumentError with a Dutch reason naming the problem.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
import zlib
from collections.abc import Mapping
from datetime import UTC, date, datetime
from pathlib import PurePosixPath
from typing import Any

import pymupdf

from publicatie.pdf_text import open_pdf
from woo.errors import DocumentError

__all__ = [
    "MAX_PAGES",
    "screen_document",
    "screen_file_name",
    "screen_metadata",
    "screen_package",
    "screen_pdf",
]

MAX_PAGES = 2000
MAX_IMAGE_PIXELS = 100_000_000  # e.g. 10,000 x 10,000
MAX_NAME_CHARS = 200
MAX_METADATA_CHARS = 10_000
# A stream or package member may grow this much without question; beyond it only when its
# compression ratio is ordinary. Totals above the hard limit are always refused.
FREE_UNPACKED_BYTES = 16 * 1024 * 1024
MAX_RATIO = 100
MAX_UNPACKED_BYTES = 512 * 1024 * 1024
MAX_MEMBERS = 5_000
EARLIEST_DATE = date(1800, 1, 1)

_ZIP_SUFFIXES = frozenset({".docx", ".odt", ".xlsx", ".pptx", ".ods", ".odp"})
_TEXT_SUFFIXES = frozenset({".txt", ".csv"})
_MAGIC = {
    "pdf": (b"%PDF",),
    "zip": (b"PK\x03\x04", b"PK\x05\x06"),
    "ole": (b"\xd0\xcf\x11\xe0",),
    "exe": (b"MZ", b"\x7fELF"),
}
# Forbidden PDF names, with the reason given when one is found.
_PDF_ACTIVE = (
    (re.compile(rb"/(JavaScript|JS)\b"), "PDF bevat JavaScript"),
    (re.compile(rb"/Launch\b"), "PDF bevat een actie die een programma start"),
    (re.compile(rb"/(EmbeddedFiles?|FileAttachment)\b"), "PDF bevat ingesloten bestanden"),
    (re.compile(rb"/(AcroForm|XFA|SubmitForm|ImportData)\b"), "PDF bevat een formulier"),
    (re.compile(rb"/(RichMedia|GoToR|GoToE)\b"), "PDF bevat actieve of externe inhoud"),
)
_IMAGE = re.compile(rb"/Subtype\s*/Image\b")
_WIDTH = re.compile(rb"/Width\s+(\d+)")
_HEIGHT = re.compile(rb"/Height\s+(\d+)")
_MARKUP = re.compile(r"<\s*[A-Za-z!/?]|javascript\s*:|\bon[a-z]+\s*=", re.IGNORECASE)
_TRACKED = re.compile(rb"<w:(ins|del|moveFrom|moveTo)\b|<text:tracked-changes\b")
_EXTERNAL = re.compile(rb"<Relationship\b[^>]*>", re.IGNORECASE)
_HYPERLINK = b"relationships/hyperlink"


def _fail(message: str, document: str) -> DocumentError:
    return DocumentError(message, document=document)


# -- file name and metadata -------------------------------------------------------------------
def _has_control(text: str) -> bool:
    return any(unicodedata.category(ch) in ("Cc", "Cf") for ch in text)


def screen_file_name(file_name: str, *, document: str) -> None:
    """Refuse names with path parts, control or direction characters, or excessive length."""
    if _has_control(file_name):
        raise _fail(
            "Bestandsnaam bevat stuurtekens of tekens die de leesrichting omkeren.", document
        )
    if "\\" in file_name or "/" in file_name:
        raise _fail("Bestandsnaam bevat een pad (/ of \\).", document)
    if len(file_name) > MAX_NAME_CHARS:
        raise _fail(
            f"Bestandsnaam is te lang ({len(file_name)} tekens; maximum {MAX_NAME_CHARS}).",
            document,
        )


def _screen_value(field: str, value: Any, document: str, depth: int = 0) -> None:
    if depth > 5:
        raise _fail(f"Metadataveld '{field}' is te diep genest.", document)
    if isinstance(value, Mapping):
        for key, item in value.items():
            _screen_value(f"{field}.{key}", item, document, depth + 1)
    elif isinstance(value, list):
        for item in value:
            _screen_value(field, item, document, depth + 1)
    elif isinstance(value, str):
        if len(value) > MAX_METADATA_CHARS:
            raise _fail(f"Metadataveld '{field}' is te lang ({len(value)} tekens).", document)
        if _has_control(value.replace("\n", "").replace("\t", "").replace("\r", "")):
            raise _fail(f"Metadataveld '{field}' bevat stuurtekens.", document)
        if _MARKUP.search(value):
            raise _fail(f"Metadataveld '{field}' bevat HTML of script.", document)


def _screen_date(raw: Any, document: str) -> None:
    if not isinstance(raw, str):
        raise _fail(f"Metadataveld 'creatiedatum' is geen datum (JJJJ-MM-DD): {raw!r}.", document)
    try:
        value = date.fromisoformat(raw[:10])
    except ValueError:
        raise _fail(
            f"Metadataveld 'creatiedatum' is geen geldige datum (JJJJ-MM-DD): {raw[:40]!r}.",
            document,
        ) from None
    if not EARLIEST_DATE <= value <= datetime.now(UTC).date():
        raise _fail(
            f"Metadataveld 'creatiedatum' ligt in de toekomst of vóór 1800: {value}.", document
        )


def screen_metadata(metadata: Mapping[str, Any], *, document: str) -> None:
    """Refuse source metadata with markup, control characters, wrong dates or wrong types."""
    for key, value in metadata.items():
        _screen_value(str(key), value, document)
    for key in ("titel", "title"):
        if key in metadata and not isinstance(metadata[key], str):
            raise _fail(f"Metadataveld '{key}' moet tekst zijn.", document)
    if metadata.get("creatiedatum") is not None:
        _screen_date(metadata["creatiedatum"], document)


# -- content ----------------------------------------------------------------------------------
def _kind(data: bytes) -> str:
    head = data[:8]
    for kind, magics in _MAGIC.items():
        if any(head.startswith(magic) for magic in magics):
            return kind
    return "pdf" if data.lstrip()[:4] == b"%PDF" else "other"


def _bounded_inflate(raw: bytes, what: str, document: str) -> int:
    """Inflate `raw` without ever holding more than the allowed size; return its length."""
    limit = max(FREE_UNPACKED_BYTES, min(len(raw) * MAX_RATIO, MAX_UNPACKED_BYTES))
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(raw, limit + 1)
    except zlib.error:
        return 0  # damaged streams are MuPDF's to judge; they cannot grow
    if len(out) > limit or inflater.unconsumed_tail:
        raise _fail(
            f"{what} wordt uitgepakt groter dan {limit // (1024 * 1024)} MB "
            "(mogelijke decompressiebom).",
            document,
        )
    return len(out)


def screen_pdf(data: bytes, *, document: str) -> None:
    """Refuse damaged, encrypted, active, enormous or bomb PDFs."""
    with open_pdf(data, document=document) as pdf:
        if pdf.is_repaired:
            raise _fail(
                "PDF is beschadigd of afgekapt (de structuur moest worden hersteld).", document
            )
        if pdf.metadata and pdf.metadata.get("encryption"):
            raise _fail(
                "PDF is versleuteld (ook zonder openingswachtwoord niet toegestaan).", document
            )
        if pdf.page_count > MAX_PAGES:
            raise _fail(
                f"PDF heeft {pdf.page_count} pagina's; het maximum is {MAX_PAGES}.", document
            )
        total = 0
        for xref in range(1, pdf.xref_length()):
            try:
                source = pdf.xref_object(xref, compressed=True).encode("latin-1", "replace")
            except Exception:  # a broken object is judged by open_pdf above
                continue
            for pattern, reason in _PDF_ACTIVE:
                if pattern.search(source):
                    raise _fail(
                        f"{reason}; zulke PDF's worden niet automatisch verwerkt.", document
                    )
            if _IMAGE.search(source):
                width, height = _WIDTH.search(source), _HEIGHT.search(source)
                pixels = int(width.group(1)) * int(height.group(1)) if width and height else 0
                if pixels > MAX_IMAGE_PIXELS:
                    raise _fail(
                        f"PDF bevat een afbeelding van {pixels // 1_000_000} miljoen pixels "
                        f"(maximum {MAX_IMAGE_PIXELS // 1_000_000} miljoen).",
                        document,
                    )
            if pdf.xref_is_stream(xref) and b"/FlateDecode" in source:
                raw = _xref_raw(pdf, xref)
                total += _bounded_inflate(raw, f"PDF-object {xref}", document)
                if total > MAX_UNPACKED_BYTES:
                    raise _fail(
                        "PDF wordt uitgepakt te groot (mogelijke decompressiebom).", document
                    )


def _xref_raw(pdf: pymupdf.Document, xref: int) -> bytes:
    try:
        return pdf.xref_stream_raw(xref) or b""
    except Exception:
        return b""


def screen_package(data: bytes, suffix: str, *, document: str) -> None:
    """Refuse damaged, macro-carrying, externally linked or bomb office packages (ZIP)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _fail(
            f"Bestand is geen geldig {suffix[1:].upper()}-bestand (beschadigd of afgekapt).",
            document,
        ) from exc
    if len(members) > MAX_MEMBERS:
        raise _fail(f"Pakket bevat {len(members)} onderdelen (maximum {MAX_MEMBERS}).", document)
    total = 0
    with archive:
        for member in members:
            name = member.filename
            path = PurePosixPath(name.replace("\\", "/"))
            if path.is_absolute() or ".." in path.parts:
                raise _fail(f"Pakket bevat een pad buiten het pakket: {name[:80]!r}.", document)
            lower = name.lower()
            if (
                "vbaproject" in lower
                or lower.startswith(("basic/", "scripts/"))
                or lower.endswith((".bin", ".vba"))
            ):
                raise _fail("Document bevat macro's of ingesloten programmacode.", document)
            content = _read_member(archive, member, document)
            total += len(content)
            limit = max(FREE_UNPACKED_BYTES, min(len(data) * MAX_RATIO, MAX_UNPACKED_BYTES))
            if total > limit:
                raise _fail(
                    f"Pakket wordt uitgepakt groter dan {limit // (1024 * 1024)} MB "
                    "(mogelijke decompressiebom).",
                    document,
                )
            _screen_member(lower, content, document)


def _read_member(archive: zipfile.ZipFile, member: zipfile.ZipInfo, document: str) -> bytes:
    limit = max(FREE_UNPACKED_BYTES, MAX_UNPACKED_BYTES // 4)
    try:
        with archive.open(member) as handle:
            content = handle.read(FREE_UNPACKED_BYTES + 1)
            if len(content) > FREE_UNPACKED_BYTES and member.compress_size * MAX_RATIO < len(
                content
            ):
                raise _fail(
                    f"Onderdeel {member.filename[:80]!r} wordt uitgepakt groter dan "
                    f"{FREE_UNPACKED_BYTES // (1024 * 1024)} MB (mogelijke decompressiebom).",
                    document,
                )
            rest = handle.read(limit)
            if handle.read(1):
                raise _fail("Pakketonderdeel wordt uitgepakt te groot.", document)
            return content + rest
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
        raise _fail(f"Pakket is beschadigd: {exc}", document) from exc


def _screen_member(lower: str, content: bytes, document: str) -> None:
    if lower == "[content_types].xml" and b"macroenabled" in content.lower():
        raise _fail("Document bevat macro's (macro-ingeschakeld documenttype).", document)
    if not lower.endswith((".xml", ".rels")):
        return
    if b"<!DOCTYPE" in content or b"<!ENTITY" in content:
        raise _fail("Document bevat een DTD of entiteiten (XXE-risico); geweigerd.", document)
    if lower.endswith(".rels"):
        for relation in _EXTERNAL.findall(content):
            if b"External" in relation and _HYPERLINK not in relation:
                raise _fail("Document verwijst naar een extern bestand of sjabloon.", document)
    elif _TRACKED.search(content):
        raise _fail(
            "Document bevat wijzigingen bijhouden (track changes); accepteer of verwerp ze eerst.",
            document,
        )


def screen_document(
    data: bytes,
    *,
    file_name: str,
    media_type: str,
    metadata: Mapping[str, Any],
    document: str,
) -> None:
    """Screen one original. Raises DocumentError naming the problem; returns None when clean."""
    screen_file_name(file_name, document=document)
    screen_metadata(metadata, document=document)
    if not data:
        raise _fail("Bestand is leeg (0 bytes).", document)
    suffix = PurePosixPath(file_name).suffix.lower()
    media = media_type.split(";", 1)[0].strip().lower()
    kind = _kind(data)
    if suffix == ".pdf" or media == "application/pdf":
        if kind != "pdf":
            raise _fail("Bestand heet PDF maar is geen PDF (de inhoud past niet).", document)
        screen_pdf(data, document=document)
    elif suffix in _ZIP_SUFFIXES:
        if kind != "zip":
            raise _fail(
                f"Bestand is geen geldig {suffix[1:].upper()}-bestand (de inhoud past niet bij "
                "de extensie).",
                document,
            )
        screen_package(data, suffix, document=document)
    elif suffix in _TEXT_SUFFIXES or media.startswith("text/"):
        if kind != "other" or b"\x00" in data[:65536]:
            raise _fail("Inhoud past niet bij een tekstbestand (binaire inhoud).", document)
    elif kind == "zip":
        screen_package(data, suffix or ".zip", document=document)
