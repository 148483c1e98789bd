"""The font-subset leak: embedded fonts that still map glyphs of characters no longer shown.

After true redaction the text is gone from the content streams, but an embedded font subset
still holds (and its ToUnicode map still names) every character the original text used. A
character that appears only in a redacted value is then readable from the font. We close it by
re-subsetting the fonts to the glyphs still used (`rebuild_font_subsets`) and check it by
comparing each embedded font's ToUnicode map with the text actually shown (`leaked_characters`).
"""

from __future__ import annotations

import io
import re

import pikepdf
import pymupdf

__all__ = ["close_font_leak", "leaked_characters", "rebuild_font_subsets"]

_BFCHAR = re.compile(rb"beginbfchar(.*?)endbfchar", re.S)
_BFRANGE = re.compile(rb"beginbfrange(.*?)endbfrange", re.S)
_HEX = re.compile(rb"<([0-9A-Fa-f]*)>")
_RANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]*>|\[[^\]]*\])")
# Characters that carry no information worth protecting.
_IGNORED = frozenset(" \u00a0\t\r\n")


def rebuild_font_subsets(doc: pymupdf.Document) -> None:
    """Re-subset every embedded font to the glyphs the pages still use (in place)."""
    doc.subset_fonts()


def close_font_leak(pdf_bytes: bytes) -> bytes:
    """Rewrite every embedded font's ToUnicode map to the characters still shown.

    Run after `rebuild_font_subsets` (which drops the glyph outlines but keeps the map).
    Returns the input unchanged when no font maps a character that is no longer shown.
    """
    if not leaked_characters(pdf_bytes):
        return pdf_bytes
    with pymupdf.open(stream=pdf_bytes, filetype="pdf") as doc:
        shown = {c for page in doc for c in page.get_text("text")}
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        done: set[tuple[int, int]] = set()
        for font in _embedded_fonts(pdf):
            cmap = font.get("/ToUnicode")
            if not isinstance(cmap, pikepdf.Stream) or cmap.objgen in done:
                continue
            done.add(cmap.objgen)
            entries = [
                (code, text)
                for code, text in _cmap_entries(cmap.read_bytes())
                if all(c in shown or c in _IGNORED for c in text)
            ]
            cmap.write(_build_cmap(entries))
        buffer = io.BytesIO()
        pdf.save(
            buffer, compress_streams=True, object_stream_mode=pikepdf.ObjectStreamMode.generate
        )
    return buffer.getvalue()


def leaked_characters(pdf_bytes: bytes) -> set[str]:
    """Characters an embedded font still maps but that no page shows any more."""
    mapped = _mapped_characters(pdf_bytes)
    if not mapped:
        return set()
    shown: set[str] = set()
    with pymupdf.open(stream=pdf_bytes, filetype="pdf") as doc:
        for page in doc:
            shown.update(page.get_text("text"))
    return {c for c in mapped - shown if c not in _IGNORED and c.isprintable()}


def _embedded_fonts(pdf: pikepdf.Pdf) -> list[pikepdf.Object]:
    fonts: list[pikepdf.Object] = []
    seen: set[tuple[int, int]] = set()
    for page in pdf.pages:
        resources = page.obj.get("/Resources")
        table = resources.get("/Font") if resources is not None else None
        if table is None:
            continue
        for _, font in table.items():
            if font.objgen in seen and font.objgen != (0, 0):
                continue
            seen.add(font.objgen)
            if _embedded(font):
                fonts.append(font)
    return fonts


def _mapped_characters(pdf_bytes: bytes) -> set[str]:
    chars: set[str] = set()
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        seen: set[tuple[int, int]] = set()
        for font in _embedded_fonts(pdf):
            cmap = font.get("/ToUnicode")
            if not isinstance(cmap, pikepdf.Stream) or cmap.objgen in seen:
                continue
            seen.add(cmap.objgen)
            for _, text in _cmap_entries(cmap.read_bytes()):
                chars.update(text)
    return chars


def _embedded(font: pikepdf.Object) -> bool:
    descriptors = [font.get("/FontDescriptor")]
    for descendant in font.get("/DescendantFonts") or []:
        descriptors.append(descendant.get("/FontDescriptor"))
    for descriptor in descriptors:
        if descriptor is None:
            continue
        if any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
            return True
    return False


def _decode(hex_bytes: bytes) -> str:
    if not hex_bytes:
        return ""
    try:
        return bytes.fromhex(hex_bytes.decode()).decode("utf-16-be", errors="ignore")
    except ValueError:
        return ""


def _cmap_entries(data: bytes) -> list[tuple[bytes, str]]:
    """(source code as hex, unicode text) for every mapping in a ToUnicode CMap."""
    entries: list[tuple[bytes, str]] = []
    for block in _BFCHAR.findall(data):
        values = _HEX.findall(block)
        for code, target in zip(values[0::2], values[1::2], strict=False):
            entries.append((code, _decode(target)))
    for block in _BFRANGE.findall(data):
        for low, high, target in _RANGE.findall(block):
            start, end = int(low, 16), int(high, 16)
            if end < start or end - start > 0xFFFF:
                continue
            width = len(low)
            codes = [f"{c:0{width}X}".encode() for c in range(start, end + 1)]
            if target.startswith(b"["):
                items = [_decode(item) for item in _HEX.findall(target)]
                entries.extend(zip(codes, items, strict=False))
                continue
            first = _decode(target.strip(b"<>"))
            if not first:
                continue
            base, prefix = ord(first[-1]), first[:-1]
            for offset, code in enumerate(codes):
                if base + offset < 0x110000:
                    entries.append((code, prefix + chr(base + offset)))
    return entries


def _build_cmap(entries: list[tuple[bytes, str]]) -> bytes:
    width = max((len(code) for code, _ in entries), default=4) // 2 or 1
    lines = [
        b"/CIDInit /ProcSet findresource begin",
        b"12 dict begin",
        b"begincmap",
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        b"/CMapName /Adobe-Identity-UCS def",
        b"/CMapType 2 def",
        b"1 begincodespacerange",
        b"<" + b"00" * width + b"> <" + b"FF" * width + b">",
        b"endcodespacerange",
    ]
    for i in range(0, len(entries), 100):
        chunk = entries[i : i + 100]
        lines.append(f"{len(chunk)} beginbfchar".encode())
        for code, text in chunk:
            lines.append(
                b"<" + code + b"> <" + text.encode("utf-16-be").hex().upper().encode() + b">"
            )
        lines.append(b"endbfchar")
    lines += [b"endcmap", b"CMapName currentdict /CMap defineresource pop", b"end", b"end"]
    return b"\n".join(lines)
