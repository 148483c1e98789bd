"""Offline XSD validation of DiWoo metadata, sitemaps and sitemap indexes.

The schemas ship as package data in `publicatie/xsd/`; remote schemaLocations (the MDTO import of
DiWoo, the sitemaps.org URLs) are mapped to those files through an OASIS catalog read by an lxml
resolver, so compiling never touches the network.

libxml2 is not safe to compile schemas in parallel: two threads compiling at once (the first
documents of a run on a thread pool) can fail with a spurious "does not resolve to a(n) element
declaration". Compiling therefore holds one lock, and each thread keeps its own compiled schema,
as a schema's error log belongs to the schema object and would mix the errors of two threads.
"""

from __future__ import annotations

import threading
from pathlib import Path

from lxml import etree

from woo.errors import DocumentError

XSD_DIR = Path(__file__).resolve().parent / "xsd"
CATALOG = XSD_DIR / "catalog.xml"
DIWOO_XSD = XSD_DIR / "diwoo" / "diwoo-metadata.xsd"
SITEMAP_WRAPPER_XSD = XSD_DIR / "sitemap-diwoo.xsd"
SITEINDEX_XSD = XSD_DIR / "sitemap" / "siteindex.xsd"

_CATALOG_NS = "{urn:oasis:names:tc:entity:xmlns:xml:catalog}"
_MAX_REPORTED_ERRORS = 5
_COMPILE_LOCK = threading.Lock()
_THREAD_SCHEMAS = threading.local()


class SchemaValidationError(DocumentError):
    """XML that does not satisfy its XSD; the message holds the schema's own error lines."""


class _CatalogResolver(etree.Resolver):
    """Resolves remote schema URLs to local files listed in an OASIS catalog; refuses the rest."""

    def __init__(self, mapping: dict[str, Path]):
        super().__init__()
        self._mapping = mapping

    def resolve(self, system_url, public_id, context):  # type: ignore[override]
        local = self._mapping.get(system_url)
        if local is not None:
            return self.resolve_filename(str(local), context)
        if system_url and system_url.startswith(("http://", "https://")):
            raise DocumentError(f"Schema verwijst naar onbekende externe locatie {system_url}.")
        return None


def read_catalog(catalog: Path) -> dict[str, Path]:
    """Map every `uri@name` and `system@systemId` in an OASIS catalog to a local absolute path."""
    root = etree.parse(str(catalog)).getroot()
    mapping: dict[str, Path] = {}
    for entry in root:
        if entry.tag == f"{_CATALOG_NS}uri":
            key = entry.get("name")
        elif entry.tag == f"{_CATALOG_NS}system":
            key = entry.get("systemId")
        else:
            continue
        if key and entry.get("uri"):
            mapping[key] = (catalog.parent / entry.get("uri")).resolve()
    return mapping


def compile_schema(xsd: Path, *, catalog: Path | None = CATALOG) -> etree.XMLSchema:
    """Compile an XSD from disk without network access, resolving through `catalog`."""
    with _COMPILE_LOCK:
        parser = etree.XMLParser(no_network=True, resolve_entities=False)
        if catalog is not None:
            parser.resolvers.add(_CatalogResolver(read_catalog(catalog)))
        doc = etree.parse(str(xsd), parser)
        return etree.XMLSchema(doc)


def _thread_schema(xsd: Path) -> etree.XMLSchema:
    """`xsd` compiled once per thread (a compile takes about 10 ms)."""
    schemas: dict[Path, etree.XMLSchema] = _THREAD_SCHEMAS.__dict__.setdefault("schemas", {})
    if xsd not in schemas:
        schemas[xsd] = compile_schema(xsd)
    return schemas[xsd]


def diwoo_schema() -> etree.XMLSchema:
    """The DiWoo 0.9.8 schema (root element `diwoo:Document`)."""
    return _thread_schema(DIWOO_XSD)


def sitemap_schema() -> etree.XMLSchema:
    """sitemap.xsd together with DiWoo, for urlsets that carry `diwoo:Document` elements."""
    return _thread_schema(SITEMAP_WRAPPER_XSD)


def siteindex_schema() -> etree.XMLSchema:
    """siteindex.xsd for sitemap index files."""
    return _thread_schema(SITEINDEX_XSD)


def _parse(xml: bytes, what: str, document: str | None, source: str | None) -> etree._ElementTree:
    parser = etree.XMLParser(no_network=True, resolve_entities=False, huge_tree=True)
    try:
        return etree.ElementTree(etree.fromstring(xml, parser))
    except etree.XMLSyntaxError as exc:
        raise SchemaValidationError(
            f"{what} is geen goedgevormde XML: {exc}", document=document, source=source
        ) from exc


def check_against(
    schema: etree.XMLSchema,
    tree: etree._ElementTree | etree._Element,
    what: str,
    *,
    document: str | None = None,
    source: str | None = None,
) -> None:
    """Raise SchemaValidationError with the first schema errors when `tree` is invalid."""
    if schema.validate(tree):
        return
    errors = list(schema.error_log)
    lines = [f"regel {e.line}: {e.message}" for e in errors[:_MAX_REPORTED_ERRORS]]
    more = len(errors) - len(lines)
    if more > 0:
        lines.append(f"en nog {more} fout(en)")
    raise SchemaValidationError(
        f"{what} voldoet niet aan het XSD: " + "; ".join(lines), document=document, source=source
    )


def validate_diwoo(xml: bytes, *, document: str | None = None, source: str | None = None) -> None:
    """Validate a standalone `diwoo:Document` against DiWoo 0.9.8."""
    what = "DiWoo-metadata"
    tree = _parse(xml, what, document, source)
    check_against(diwoo_schema(), tree, what, document=document, source=source)


def validate_sitemap(xml: bytes, *, document: str | None = None, source: str | None = None) -> None:
    """Validate a sitemap `urlset` (with DiWoo metadata) against sitemap.xsd + DiWoo."""
    what = "Sitemap"
    tree = _parse(xml, what, document, source)
    check_against(sitemap_schema(), tree, what, document=document, source=source)


def validate_sitemap_index(
    xml: bytes, *, document: str | None = None, source: str | None = None
) -> None:
    """Validate a `sitemapindex` against siteindex.xsd."""
    what = "Sitemapindex"
    tree = _parse(xml, what, document, source)
    check_against(siteindex_schema(), tree, what, document=document, source=source)
