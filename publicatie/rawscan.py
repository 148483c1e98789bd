"""Scan every raw PDF object (pikepdf) for a value: strings, dictionaries and decoded streams.

Catches copies of a value that the text parsers do not show: metadata, hidden form values,
ActualText, JavaScript, orphaned objects. Font programs and images are binary and skipped.
"""

from __future__ import annotations

import functools
import io
import re

import pikepdf

__all__ = ["RawObjects", "raw_occurrences"]

_SKIP_SUBTYPES = {"/Image", "/Type1C", "/CIDFontType0C", "/OpenType"}


def raw_occurrences(pdf_bytes: bytes, value: str) -> int:
    """Number of objects in which `value` occurs as a whole word (Latin-1 or UTF-16)."""
    return RawObjects(pdf_bytes).occurrences(value)


class RawObjects:
    """Every object of a PDF as bytes (streams decompressed), read once for many searches."""

    def __init__(self, pdf_bytes: bytes) -> None:
        with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
            fonts = _font_program_ids(pdf)
            self._objects = [data for obj in pdf.objects if (data := _bytes_of(obj, fonts))]

    def occurrences(self, value: str) -> int:
        value = " ".join(value.split())
        if len(value) < 2:
            return 0
        patterns = _short_patterns(value) if len(value) < _SHORT else _patterns(value)
        return sum(1 for data in self._objects if any(p.search(data) for p in patterns))


@functools.lru_cache(maxsize=4096)
def _patterns(value: str) -> tuple[re.Pattern[bytes], ...]:
    found = []
    for encoded in (value.encode("latin-1", "ignore"), value.encode("utf-16-be")):
        if not encoded:
            continue
        body = re.escape(encoded)
        found.append(re.compile(rb"(?<![A-Za-z0-9])" + body + rb"(?![A-Za-z0-9])"))
    latin = value.encode("latin-1", "ignore")
    if len(latin) >= 6:  # hex strings in content streams, e.g. <4A616E> Tj
        found.append(re.compile(re.escape(latin.hex().encode()), re.IGNORECASE))
    compact = value.replace(" ", "")
    if compact != value:
        found.append(
            re.compile(
                rb"(?<![A-Za-z0-9])"
                + re.escape(compact.encode("latin-1", "ignore"))
                + rb"(?![A-Za-z0-9])"
            )
        )
    return tuple(found)


# A value this short ("15" of "nr. 15", the paraph "TD") is everywhere in a PDF's syntax:
# coordinates, sizes, the operator "TD". It is looked for inside strings only, where a copy in
# metadata, a form value or ActualText would be.
_SHORT = 4


@functools.lru_cache(maxsize=4096)
def _short_patterns(value: str) -> tuple[re.Pattern[bytes], ...]:
    latin = re.escape(value.encode("latin-1", "ignore"))
    inside = rb"(?:[^()\\]|\\.)*?"
    in_literal = (
        rb"\(" + inside + rb"(?<![A-Za-z0-9])" + latin + rb"(?![A-Za-z0-9])" + inside + rb"\)"
    )
    # in UTF-16, as text strings in metadata store it, a value matches no syntax of the PDF
    return (re.compile(in_literal), re.compile(re.escape(value.encode("utf-16-be"))))


def _font_program_ids(pdf: pikepdf.Pdf) -> set[tuple[int, int]]:
    ids: set[tuple[int, int]] = set()
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/FontDescriptor":
            for key in ("/FontFile", "/FontFile2", "/FontFile3"):
                program = obj.get(key)
                if program is not None:
                    ids.add(program.objgen)
    return ids


def _bytes_of(obj: pikepdf.Object, fonts: set[tuple[int, int]]) -> bytes:
    try:
        if isinstance(obj, pikepdf.Stream):
            if obj.objgen in fonts or obj.get("/Subtype") in _SKIP_SUBTYPES:
                return obj.stream_dict.unparse(resolved=True)
            try:
                return obj.stream_dict.unparse(resolved=True) + b"\n" + obj.read_bytes()
            except pikepdf.PdfError:
                return obj.stream_dict.unparse(resolved=True) + b"\n" + obj.read_raw_bytes()
        return obj.unparse(resolved=True)
    except Exception:  # a damaged object is not a reason to skip the rest
        return b""
