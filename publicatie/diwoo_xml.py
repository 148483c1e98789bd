"""DiWoo metadata model <-> XML (`diwoo:Document` wrapping `diwoo:DiWoo`).

Elements are written in the order of the XSD, so the output reads like the official examples.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from lxml import etree
from pydantic import BaseModel, ValidationError

from schemas.diwoo import DiWoo, Waarde
from woo.errors import DocumentError

DIWOO_NS = "https://standaarden.overheid.nl/diwoo/metadata/"
NSMAP = {"diwoo": DIWOO_NS}

# list field -> name of each child element
_LIST_ITEMS: dict[str, str] = {
    "identifiers": "identifier",
    "medeverantwoordelijken": "medeverantwoordelijke",
    "verkorteTitels": "verkorteTitel",
    "alternatieveTitels": "alternatieveTitel",
    "omschrijvingen": "omschrijving",
    "informatiecategorieen": "informatiecategorie",
    "documentsoorten": "documentsoort",
    "themas": "thema",
    "trefwoorden": "trefwoord",
    "hasParts": "hasPart",
    "documenthandelingen": "documenthandeling",
}
_ITEM_LISTS = {item: field for field, item in _LIST_ITEMS.items()}


def _q(name: str) -> str:
    return f"{{{DIWOO_NS}}}{name}"


def _text(value: Any) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _fill(parent: etree._Element, name: str, value: Any) -> None:
    """Append element `name` for `value` (a scalar, a model or a list) to `parent`."""
    if value is None or value == []:
        return
    el = etree.SubElement(parent, _q(name))
    if isinstance(value, list):
        for item in value:
            _fill(el, _LIST_ITEMS[name], item)
    elif isinstance(value, Waarde) or (
        isinstance(value, BaseModel) and set(type(value).model_fields) == {"resource", "label"}
    ):
        if value.resource is not None:
            el.set("resource", value.resource)
        el.text = value.label
    elif isinstance(value, BaseModel):
        for field in type(value).model_fields:
            _fill(el, field, getattr(value, field))
    else:
        el.text = _text(value)


def diwoo_element(model: DiWoo) -> etree._Element:
    """The `diwoo:Document` element for `model`, ready to embed in a sitemap `<url>`."""
    document = etree.Element(_q("Document"), nsmap=NSMAP)
    diwoo = etree.SubElement(document, _q("DiWoo"))
    for field in DiWoo.model_fields:
        _fill(diwoo, field, getattr(model, field))
    return document


def diwoo_xml(model: DiWoo) -> bytes:
    """A standalone UTF-8 XML document (with declaration) holding `diwoo:Document`."""
    return etree.tostring(
        diwoo_element(model), xml_declaration=True, encoding="UTF-8", pretty_print=True
    )


def _read(el: etree._Element) -> Any:
    """Turn a DiWoo element back into the plain data the Pydantic models accept."""
    children = [c for c in el if isinstance(c.tag, str)]
    local = etree.QName(el).localname
    if local in _LIST_ITEMS:
        return [_read(c) for c in children]
    if not children:
        text = el.text or ""
        if "resource" in el.attrib:
            return {"resource": el.get("resource"), "label": text}
        if local in ("hasPart", "isPartOf"):
            return {"label": text}
        return text
    data: dict[str, Any] = {}
    for child in children:
        name = etree.QName(child).localname
        if name in data:
            raise DocumentError(f"Element diwoo:{name} komt meer dan eens voor.")
        data[name] = _read(child)
    return data


def parse_diwoo(xml: bytes | etree._Element, *, document: str | None = None) -> DiWoo:
    """Read a `diwoo:Document` (bytes or element) into the strict model.

    Raises DocumentError when the XML cannot be read or does not satisfy the model's rules.
    """
    if isinstance(xml, bytes):
        parser = etree.XMLParser(no_network=True, resolve_entities=False, remove_comments=True)
        try:
            root = etree.fromstring(xml, parser)
        except etree.XMLSyntaxError as exc:
            raise DocumentError(f"DiWoo-XML is onleesbaar: {exc}", document=document) from exc
    else:
        root = xml
    if root.tag != _q("Document"):
        raise DocumentError(
            f"Verwacht diwoo:Document als hoofdelement, niet {root.tag}.", document=document
        )
    diwoo = root.find(_q("DiWoo"))
    if diwoo is None:
        raise DocumentError("diwoo:Document bevat geen diwoo:DiWoo.", document=document)
    try:
        return DiWoo.model_validate(_read(diwoo))
    except ValidationError as exc:
        raise DocumentError(f"DiWoo-metadata ongeldig: {exc}", document=document) from exc
