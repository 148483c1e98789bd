"""Sitemaps, sitemap indexes and robots.txt for the Woo-index (v0: full rewrite, streaming).

Layout under `out_dir` (served from the root of the one host registered in the ROO):

    robots.txt                              one `Sitemap:` line per index, absolute URLs
    sitemapindex-diwoo-infocatNNN.xml       per category with at least one document
    sitemaps/sitemap-infocatNNN-00001.xml   urlsets, split at max_urls and 50 MB

Each document is listed once, under its lowest category code, with all its categories in its
DiWoo element: the harvester indexes a URL found in several sitemaps from one of them at random.
Entries are consumed as a stream and written with lxml's incremental writer into temp files; only
when every entry has been written are the files moved into place (os.replace) and stale files
removed, so a failure halfway leaves the previous publication intact.
"""

from __future__ import annotations

import copy
import os
import re
import uuid
from collections.abc import Iterable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import datetime
from hashlib import blake2b
from pathlib import Path
from urllib.parse import urlsplit

from lxml import etree

from publicatie.diwoo_xml import DIWOO_NS, diwoo_element
from publicatie.xsd import diwoo_schema
from schemas.diwoo import DiWoo, informatiecategorie_codes
from woo.errors import ConfigError, DocumentError

__all__ = ["MAX_BYTES", "MAX_URLS", "SitemapEntry", "SitemapReport", "write_sitemaps"]

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
MAX_URLS = 50_000
MAX_BYTES = 50 * 1024 * 1024
SITEMAP_DIR = "sitemaps"

_SITEMAP_NAME = re.compile(r"sitemap-infocat\d{3}-\d{5}\.xml")
_INDEX_NAME = re.compile(r"sitemapindex-diwoo-infocat\d{3}\.xml")
_TEMP_NAME = re.compile(r"\.(sitemap|sitemapindex|robots).*\.tmp-[0-9a-f]+")
_URLSET_CLOSE = len(b"</urlset>")
_NSMAP = {None: SITEMAP_NS, "diwoo": DIWOO_NS}


@dataclass(frozen=True)
class SitemapEntry:
    """One published document file: its URL, when it last changed, its categories and metadata."""

    loc: str
    lastmod: datetime
    codes: Sequence[str]
    diwoo: DiWoo | etree._Element

    @classmethod
    def from_diwoo(cls, loc: str, lastmod: datetime, diwoo: DiWoo) -> SitemapEntry:
        """Entry whose codes are taken from the model's informatiecategorieën."""
        return cls(loc=loc, lastmod=lastmod, codes=diwoo.informatiecategorie_codes, diwoo=diwoo)


@dataclass
class SitemapReport:
    """What one run wrote: URLs per code, files written and removed, entries left out and why."""

    counts: dict[str, int] = field(default_factory=dict)
    sitemaps: list[Path] = field(default_factory=list)
    indexes: list[Path] = field(default_factory=list)
    robots: Path | None = None
    removed: list[Path] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)


def _w3c(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _temp_for(final: Path) -> Path:
    return final.with_name(f".{final.name}.tmp-{uuid.uuid4().hex}")


class _Urlset:
    """One sitemap file being written incrementally to a temp file."""

    def __init__(self, final: Path):
        self.final = final
        self.temp = _temp_for(final)
        self.count = 0
        self.lastmod: datetime | None = None
        self._stack = ExitStack()
        self._fh = self._stack.enter_context(self.temp.open("wb"))
        self._stack.callback(lambda: os.fsync(self._fh.fileno()))
        self._xf = self._stack.enter_context(etree.xmlfile(self._fh, encoding="UTF-8"))
        self._xf.write_declaration()
        self._stack.enter_context(self._xf.element(f"{{{SITEMAP_NS}}}urlset", nsmap=_NSMAP))
        self._xf.flush()
        self.size = self._fh.tell()

    def fits(self, size: int, max_urls: int, max_bytes: int) -> bool:
        return self.count < max_urls and self.size + size + _URLSET_CLOSE <= max_bytes

    def write(self, url: etree._Element, lastmod: datetime) -> None:
        self._xf.write(url)
        self._xf.flush()
        self.size = self._fh.tell()
        self.count += 1
        self.lastmod = lastmod if self.lastmod is None else max(self.lastmod, lastmod)

    def close(self) -> None:
        self._stack.close()

    def abort(self) -> None:
        try:
            self._stack.close()
        finally:
            self.temp.unlink(missing_ok=True)


class _Category:
    """The chain of sitemaps of one category code."""

    def __init__(self, code: str, folder: Path, max_urls: int, max_bytes: int):
        self.code = code
        self.folder = folder
        self.max_urls = max_urls
        self.max_bytes = max_bytes
        self.done: list[_Urlset] = []
        self.current: _Urlset | None = None

    def add(self, url: etree._Element, lastmod: datetime) -> None:
        size = len(etree.tostring(url, encoding="UTF-8"))
        if self.current is not None and not self.current.fits(size, self.max_urls, self.max_bytes):
            self.current.close()
            self.done.append(self.current)
            self.current = None
        if self.current is None:
            name = f"sitemap-{self.code}-{len(self.done) + 1:05d}.xml"
            self.current = _Urlset(self.folder / name)
            if not self.current.fits(size, self.max_urls, self.max_bytes):
                raise DocumentError(f"Eén sitemap-regel is groter dan {self.max_bytes} bytes.")
        self.current.write(url, lastmod)

    def finish(self) -> list[_Urlset]:
        if self.current is not None:
            self.current.close()
            self.done.append(self.current)
            self.current = None
        return self.done

    def abort(self) -> None:
        for urlset in [*self.done, *([self.current] if self.current else [])]:
            urlset.abort()


def _check_base_url(base_url: str) -> str:
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise ConfigError(f"base_url moet een absolute http(s)-URL zijn, niet {base_url!r}.")
    return base_url.rstrip("/")


def _entry_codes(entry: SitemapEntry) -> tuple[list[str], str | None]:
    """The entry's codes, or a Dutch reason why the entry may not be published."""
    known = set(informatiecategorie_codes().values())
    codes = list(entry.codes)
    if not codes or any(code not in known for code in codes):
        return [], f"onbekende of ontbrekende informatiecategorie-code(s): {codes}"
    if isinstance(entry.diwoo, DiWoo):
        in_metadata = entry.diwoo.informatiecategorie_codes
    else:
        uris = entry.diwoo.xpath(
            "//diwoo:informatiecategorie/@resource", namespaces={"diwoo": DIWOO_NS}
        )
        in_metadata = [informatiecategorie_codes().get(str(uri), "?") for uri in uris]
    if set(codes) != set(in_metadata):
        return [], "codes komen niet overeen met de informatiecategorieën in de DiWoo-metadata"
    return codes, None


def _refusal(entry: SitemapEntry, host: str) -> str | None:
    loc = entry.loc
    parts = urlsplit(loc) if isinstance(loc, str) else None
    if parts is None or parts.scheme not in ("http", "https") or not parts.netloc:
        return "loc is geen absolute http(s)-URL"
    if not 12 <= len(loc) <= 2048 or any(c.isspace() or ord(c) < 0x20 for c in loc):
        return "loc is te kort, te lang of bevat spaties of stuurtekens"
    if parts.netloc.lower() != host:
        return "loc staat niet op dezelfde host als de sitemaps"
    offset = entry.lastmod.utcoffset() if isinstance(entry.lastmod, datetime) else None
    if offset is None or offset.total_seconds() % 60:
        return "lastmod moet een datum-tijd met tijdzone (in hele minuten) zijn"
    if not isinstance(entry.diwoo, DiWoo):
        if not isinstance(entry.diwoo, etree._Element):
            return "diwoo moet een DiWoo-model of een diwoo:Document-element zijn"
        if not diwoo_schema().validate(entry.diwoo):
            return f"DiWoo-metadata voldoet niet aan het XSD: {diwoo_schema().error_log.last_error}"
    return None


def _url_element(entry: SitemapEntry) -> etree._Element:
    url = etree.Element(f"{{{SITEMAP_NS}}}url", nsmap=_NSMAP)
    etree.SubElement(url, f"{{{SITEMAP_NS}}}loc").text = entry.loc
    etree.SubElement(url, f"{{{SITEMAP_NS}}}lastmod").text = _w3c(entry.lastmod)
    if isinstance(entry.diwoo, DiWoo):
        url.append(diwoo_element(entry.diwoo))
    else:
        url.append(copy.deepcopy(entry.diwoo))  # append() would move the caller's element
    return url


def _write_index(path: Path, base_url: str, urlsets: list[_Urlset]) -> Path:
    if len(urlsets) > MAX_URLS:
        raise DocumentError(f"Sitemapindex {path.name} zou meer dan {MAX_URLS} sitemaps bevatten.")
    temp = _temp_for(path)
    with temp.open("wb") as fh:
        with etree.xmlfile(fh, encoding="UTF-8") as xf:
            xf.write_declaration()
            with xf.element(f"{{{SITEMAP_NS}}}sitemapindex", nsmap={None: SITEMAP_NS}):
                for urlset in urlsets:
                    item = etree.Element(f"{{{SITEMAP_NS}}}sitemap", nsmap={None: SITEMAP_NS})
                    loc = f"{base_url}/{SITEMAP_DIR}/{urlset.final.name}"
                    etree.SubElement(item, f"{{{SITEMAP_NS}}}loc").text = loc
                    if urlset.lastmod is not None:
                        etree.SubElement(item, f"{{{SITEMAP_NS}}}lastmod").text = _w3c(
                            urlset.lastmod
                        )
                    xf.write(item)
        fh.flush()
        os.fsync(fh.fileno())
    return temp


def _write_text(path: Path, text: str) -> None:
    temp = _temp_for(path)
    with temp.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(temp, path)


def _stale(out_dir: Path, keep: set[Path]) -> list[Path]:
    candidates = [p for p in out_dir.iterdir() if _INDEX_NAME.fullmatch(p.name)]
    folder = out_dir / SITEMAP_DIR
    if folder.is_dir():
        candidates += [p for p in folder.iterdir() if _SITEMAP_NAME.fullmatch(p.name)]
        candidates += [p for p in folder.iterdir() if _TEMP_NAME.fullmatch(p.name)]
    candidates += [p for p in out_dir.iterdir() if _TEMP_NAME.fullmatch(p.name)]
    return sorted(p for p in candidates if p not in keep and p.is_file())


def write_sitemaps(
    entries: Iterable[SitemapEntry],
    *,
    out_dir: Path,
    base_url: str,
    max_urls: int = MAX_URLS,
    max_bytes: int = MAX_BYTES,
) -> SitemapReport:
    """Rewrite all sitemaps, sitemap indexes and robots.txt under `out_dir` from `entries`.

    Entries that may not be published (bad URL, other host, naive lastmod, codes that do not match
    the metadata, invalid DiWoo XML, duplicate loc) are left out and listed in `report.refused`;
    documents with only the art. 3.1 category are listed in `report.skipped`.
    """
    if not 1 <= max_urls <= MAX_URLS or max_bytes > MAX_BYTES:
        raise ConfigError(
            f"max_urls moet tussen 1 en {MAX_URLS} liggen en max_bytes ten hoogste 50 MB."
        )
    base = _check_base_url(base_url)
    host = urlsplit(base).netloc.lower()
    out_dir.mkdir(parents=True, exist_ok=True)
    folder = out_dir / SITEMAP_DIR
    folder.mkdir(exist_ok=True)

    report = SitemapReport()
    categories: dict[str, _Category] = {}
    seen: set[bytes] = set()
    index_temps: list[tuple[Path, Path]] = []
    try:
        for entry in entries:
            reason = _refusal(entry, host)
            codes: list[str] = []
            if reason is None:
                codes, reason = _entry_codes(entry)
            if reason is None:
                digest = blake2b(entry.loc.encode("utf-8"), digest_size=16).digest()
                if digest in seen:
                    reason = "loc komt meer dan eens voor"
                seen.add(digest)
            if reason is not None:
                report.refused.append((str(entry.loc), reason))
                continue
            placed = sorted(code for code in codes if code)
            if not placed:
                report.skipped.append(entry.loc)
                continue
            code = placed[0]
            if code not in categories:
                categories[code] = _Category(code, folder, max_urls, max_bytes)
            categories[code].add(_url_element(entry), entry.lastmod)
            report.counts[code] = report.counts.get(code, 0) + 1

        finished = {code: categories[code].finish() for code in sorted(categories)}
        for code, urlsets in finished.items():
            index = out_dir / f"sitemapindex-diwoo-{code}.xml"
            index_temps.append((_write_index(index, base, urlsets), index))
    except BaseException:
        for category in categories.values():
            category.abort()
        for temp, _ in index_temps:
            temp.unlink(missing_ok=True)
        raise

    for urlsets in finished.values():
        for urlset in urlsets:
            os.replace(urlset.temp, urlset.final)
            report.sitemaps.append(urlset.final)
    for temp, index in index_temps:
        os.replace(temp, index)
        report.indexes.append(index)

    lines = ["User-agent: *", "Allow: /", ""]
    lines += [f"Sitemap: {base}/{index.name}" for index in report.indexes]
    report.robots = out_dir / "robots.txt"
    _write_text(report.robots, "\n".join(lines).rstrip("\n") + "\n")

    for path in _stale(out_dir, set(report.sitemaps) | set(report.indexes)):
        path.unlink(missing_ok=True)
        report.removed.append(path)
    return report
