"""Office-file hygiene before LibreOffice: what must never reach the PDF.

DOCX: accept tracked changes (deleted text removed, inserted text kept), drop comments, hidden
text (w:vanish) and document properties. ODT: accept tracked changes, drop annotations and
meta.xml. LibreOffice would otherwise print tracked deletions and comments into the PDF.
"""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from woo.errors import DocumentError

__all__ = ["clean_docx", "clean_odt", "clean_office"]

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NS = {"w": _W}
_DOCX_PARTS = (
    "word/document.xml",
    "word/header",
    "word/footer",
    "word/footnotes.xml",
    "word/endnotes.xml",
)
# Tracked-change elements whose content is removed (deletions, moved-away text, old formatting).
_DROP = (
    "del",
    "moveFrom",
    "rPrChange",
    "pPrChange",
    "sectPrChange",
    "tblPrChange",
    "trPrChange",
    "tcPrChange",
    "tblGridChange",
    "numberingChange",
    "commentRangeStart",
    "commentRangeEnd",
    "commentReference",
    "customXmlDelRangeStart",
    "customXmlDelRangeEnd",
    "moveFromRangeStart",
    "moveFromRangeEnd",
    "moveToRangeStart",
    "moveToRangeEnd",
)
# Wrappers whose content is kept (accepted insertions and moves).
_UNWRAP = ("ins", "moveTo")
_EMPTY_CORE = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    b'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"/>'
)
_EMPTY_COMMENTS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<w:comments xmlns:w="' + _W.encode() + b'"/>'
)
_ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_ODF_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"


def clean_office(data: bytes, suffix: str, *, document: str) -> bytes:
    """Clean a .docx or .odt; other formats are returned unchanged."""
    if suffix == ".docx":
        return clean_docx(data, document=document)
    if suffix == ".odt":
        return clean_odt(data, document=document)
    return data


def _rewrite(data: bytes, document: str, change) -> bytes:
    try:
        source = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise DocumentError(
            "Office-bestand is beschadigd (geen geldig zip).", document=document
        ) from exc
    out = io.BytesIO()
    with source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = change(info.filename, source.read(info.filename))
            if content is None:
                continue
            target.writestr(info, content)
    return out.getvalue()


def clean_docx(data: bytes, *, document: str) -> bytes:
    def change(name: str, content: bytes) -> bytes | None:
        if name == "docProps/core.xml":
            return _EMPTY_CORE
        if name == "docProps/custom.xml":
            return _strip_children(content)
        if name == "word/comments.xml":
            return _EMPTY_COMMENTS
        if name.startswith(("word/commentsExtended", "word/commentsIds", "word/people")):
            return _strip_children(content)
        if name.startswith(_DOCX_PARTS) and name.endswith(".xml"):
            return _clean_wordml(content, document)
        return content

    return _rewrite(data, document, change)


def _strip_children(content: bytes) -> bytes:
    root = etree.fromstring(content)
    for child in list(root):
        root.remove(child)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _clean_wordml(content: bytes, document: str) -> bytes:
    try:
        root = etree.fromstring(content)
    except etree.XMLSyntaxError as exc:
        raise DocumentError("DOCX bevat onleesbare XML.", document=document) from exc
    for tag in _DROP:
        for element in list(root.iter(f"{{{_W}}}{tag}")):
            _remove_keep_tail(element)
    # Runs that only held a comment reference are now empty; hidden runs go entirely.
    for run in list(root.iter(f"{{{_W}}}r")):
        if (
            run.find("w:rPr/w:vanish", _NS) is not None
            or run.find("w:rPr/w:specVanish", _NS) is not None
        ):
            _remove_keep_tail(run)
    # Deleted paragraph marks: a paragraph whose mark was deleted merges; we keep its text.
    for tag in _UNWRAP:
        for element in list(root.iter(f"{{{_W}}}{tag}")):
            _unwrap(element)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _remove_keep_tail(element: etree._Element) -> None:
    parent = element.getparent()
    if parent is None:
        return
    parent.remove(element)


def _unwrap(element: etree._Element) -> None:
    parent = element.getparent()
    if parent is None:
        return
    index = parent.index(element)
    for offset, child in enumerate(list(element)):
        parent.insert(index + offset, child)
    parent.remove(element)


def clean_odt(data: bytes, *, document: str) -> bytes:
    def change(name: str, content: bytes) -> bytes | None:
        if name == "meta.xml":
            return (
                b'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta '
                b'xmlns:office="' + _ODF_OFFICE.encode() + b'" office:version="1.2"/>'
            )
        if name in ("content.xml", "styles.xml"):
            return _clean_odf(content, document)
        return content

    return _rewrite(data, document, change)


def _clean_odf(content: bytes, document: str) -> bytes:
    try:
        root = etree.fromstring(content)
    except etree.XMLSyntaxError as exc:
        raise DocumentError("ODT bevat onleesbare XML.", document=document) from exc
    t = f"{{{_ODF_TEXT}}}"
    o = f"{{{_ODF_OFFICE}}}"
    # The tracked-changes block holds deleted text; change marks point into it.
    for tag in (
        f"{t}tracked-changes",
        f"{o}annotation",
        f"{o}annotation-end",
        f"{t}change",
        f"{t}change-start",
        f"{t}change-end",
        f"{t}hidden-text",
        f"{t}hidden-paragraph",
    ):
        for element in list(root.iter(tag)):
            parent = element.getparent()
            if parent is None:
                continue
            tail = element.tail
            previous = element.getprevious()
            parent.remove(element)
            if tail:
                if previous is not None:
                    previous.tail = (previous.tail or "") + tail
                else:
                    parent.text = (parent.text or "") + tail
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")
