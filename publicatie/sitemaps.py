"""Sitemaps, sitemap indexes and robots.txt for the Woo-index, written through `Storage`.

Public layout (served from the root of the one host registered in the ROO):

    robots.txt                              one `Sitemap:` line per index, absolute URLs
    sitemapindex-diwoo-infocatNNN.xml       per category with at least one document
    sitemaps/sitemap-infocatNNN-00001.xml   urlsets (shards) of at most 50,000 URLs and 50 MB

Each document is listed once, under its lowest category code, with all its categories in its
DiWoo element: the harvester indexes a URL found in several sitemaps from one of them at random.

Two ways to write:
- `write_sitemaps(entries, ...)`: a full rewrite from a stream of entries, shards filled in order.
- `write_shard` / `write_index` / `write_robots`: one stable shard at a time from its stored
  `<url>` fragments (see `url_fragment`), which is how the ledger keeps sitemaps incremental: a
  change to one document rewrites only its shard plus the category's index.

Every file is first streamed into a local temp file and then stored with one atomic `put_file`,
so a harvester never reads half a file; an empty urlset or index is never written (the object is
removed instead).
"""

from __future__ import annotations

import re
import tempfile
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from hashlib import blake2b
from pathlib import Path
from urllib.parse import urlsplit

from lxml import etree

from publicatie.diwoo_xml import DIWOO_NS, diwoo_element
from publicatie.storage import LocalStorage, Storage
from publicatie.xsd import diwoo_schema
from schemas.diwoo import DiWoo, informatiecategorie_codes
from woo.errors import ConfigError, DocumentError

__all__ = [
    "MAX_BYTES",
    "MAX_URLS",
    "SHARD_URLS",
    "ShardInfo",
    "SitemapEntry",
    "SitemapReport",
    "index_key",
    "primary_code",
    "sitemap_key",
    "url_fragment",
    "write_index",
    "write_robots",
    "write_shard",
    "write_sitemaps",
]

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
MAX_URLS = 50_000
MAX_BYTES = 50 * 1024 * 1024
# Stable shards are filled to this many URLs: far below the limits, so one rewrite stays cheap.
SHARD_URLS = 10_000
SITEMAP_DIR = "sitemaps"
XML = "application/xml"

_SITEMAP_KEY = re.compile(r"sitemaps/sitemap-(infocat\d{3})-(\d{5})\.xml")
_INDEX_KEY = re.compile(r"sitemapindex-diwoo-(infocat\d{3})\.xml")
_NSMAP = {None: SITEMAP_NS, "diwoo": DIWOO_NS}
_HEADER = (
    b"<?xml version='1.0' encoding='UTF-8'?>\n"
    b'<urlset xmlns="' + SITEMAP_NS.encode() + b'" xmlns:diwoo="' + DIWOO_NS.encode() + b'">'
)
_FOOTER = b"</urlset>\n"
_URL_OPEN = b'<url xmlns="' + SITEMAP_NS.encode() + b'" xmlns:diwoo="' + DIWOO_NS.encode() + b'">'


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


@dataclass(frozen=True)
class ShardInfo:
    """One sitemap file as written: its code and number, URL count, newest lastmod, size."""

    code: str
    shard: int
    count: int
    lastmod: datetime
    size: int

    @property
    def key(self) -> str:
        return sitemap_key(self.code, self.shard)


@dataclass
class SitemapReport:
    """What one run wrote (storage keys): URLs per code, files written and removed, refusals."""

    counts: dict[str, int] = field(default_factory=dict)
    sitemaps: list[str] = field(default_factory=list)
    indexes: list[str] = field(default_factory=list)
    robots: str | None = None
    removed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)


def sitemap_key(code: str, shard: int) -> str:
    return f"{SITEMAP_DIR}/sitemap-{code}-{shard:05d}.xml"


def index_key(code: str) -> str:
    return f"sitemapindex-diwoo-{code}.xml"


def _w3c(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _check_base_url(base_url: str) -> str:
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise ConfigError(f"base_url moet een absolute http(s)-URL zijn, niet {base_url!r}.")
    return base_url.rstrip("/")


def _entry_codes(entry: SitemapEntry) -> list[str]:
    known = set(informatiecategorie_codes().values())
    codes = list(entry.codes)
    if not codes or any(code not in known for code in codes):
        raise DocumentError(f"onbekende of ontbrekende informatiecategorie-code(s): {codes}")
    if isinstance(entry.diwoo, DiWoo):
        in_metadata = entry.diwoo.informatiecategorie_codes
    else:
        uris = entry.diwoo.xpath(
            "//diwoo:informatiecategorie/@resource", namespaces={"diwoo": DIWOO_NS}
        )
        in_metadata = [informatiecategorie_codes().get(str(uri), "?") for uri in uris]
    if set(codes) != set(in_metadata):
        raise DocumentError(
            "codes komen niet overeen met de informatiecategorieën in de DiWoo-metadata"
        )
    return codes


def primary_code(codes: Iterable[str]) -> str | None:
    """The code whose sitemap lists the document: its lowest art. 3.3 code (None: art. 3.1 only)."""
    placed = sorted(code for code in codes if code)
    return placed[0] if placed else None


# After the host: RFC 3986 characters only, every other one percent-encoded (sitemaps.org).
_URI_REST = re.compile(r"(?:[A-Za-z0-9\-._~:/?#@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*")


def _check_entry(entry: SitemapEntry, host: str) -> None:
    loc = entry.loc
    parts = urlsplit(loc) if isinstance(loc, str) else None
    if parts is None or parts.scheme not in ("http", "https") or not parts.netloc:
        raise DocumentError("loc is geen absolute http(s)-URL")
    if not 12 <= len(loc) <= 2048 or any(c.isspace() or ord(c) < 0x20 for c in loc):
        raise DocumentError("loc is te kort, te lang of bevat spaties of stuurtekens")
    if parts.netloc.lower() != host:
        raise DocumentError("loc staat niet op dezelfde host als de sitemaps")
    if not _URI_REST.fullmatch(loc.split(parts.netloc, 1)[1]):
        raise DocumentError(
            "loc bevat tekens die in een URL gecodeerd moeten zijn (%XX), zoals [ ] < > of é"
        )
    offset = entry.lastmod.utcoffset() if isinstance(entry.lastmod, datetime) else None
    if offset is None or offset.total_seconds() % 60:
        raise DocumentError("lastmod moet een datum-tijd met tijdzone (in hele minuten) zijn")
    if not isinstance(entry.diwoo, DiWoo):
        if not isinstance(entry.diwoo, etree._Element):
            raise DocumentError("diwoo moet een DiWoo-model of een diwoo:Document-element zijn")
        if not diwoo_schema().validate(entry.diwoo):
            raise DocumentError(
                f"DiWoo-metadata voldoet niet aan het XSD: {diwoo_schema().error_log.last_error}"
            )


def url_fragment(entry: SitemapEntry, *, base_url: str) -> tuple[str | None, bytes]:
    """Check one entry and serialise its `<url>` element once: (primary code, UTF-8 bytes).

    Raises DocumentError (Dutch reason) when the entry may not be published in a sitemap. The
    code is None for a document with only the art. 3.1 category (no sitemap).
    """
    host = urlsplit(_check_base_url(base_url)).netloc.lower()
    _check_entry(entry, host)
    code = primary_code(_entry_codes(entry))
    url = etree.Element(f"{{{SITEMAP_NS}}}url", nsmap=_NSMAP)
    etree.SubElement(url, f"{{{SITEMAP_NS}}}loc").text = entry.loc
    etree.SubElement(url, f"{{{SITEMAP_NS}}}lastmod").text = _w3c(entry.lastmod)
    if isinstance(entry.diwoo, DiWoo):
        url.append(diwoo_element(entry.diwoo))
    else:
        url.append(etree.fromstring(etree.tostring(entry.diwoo)))  # leave the caller's element
    data = etree.tostring(url, encoding="UTF-8")
    if data.startswith(_URL_OPEN):  # the urlset declares both namespaces once
        data = b"<url>" + data[len(_URL_OPEN) :]
    return code, data


class _ShardFile:
    """One urlset streamed into a local temp file."""

    def __init__(self, folder: Path, code: str, shard: int):
        self.code = code
        self.shard = shard
        self.path = folder / f"{code}-{shard:05d}-{uuid.uuid4().hex}.xml"
        self._fh = self.path.open("wb")
        self._fh.write(_HEADER)
        self.size = len(_HEADER) + len(_FOOTER)
        self.count = 0
        self.lastmod: datetime | None = None

    def fits(self, size: int, max_urls: int, max_bytes: int) -> bool:
        return self.count < max_urls and self.size + size <= max_bytes

    def write(self, fragment: bytes, lastmod: datetime) -> None:
        self._fh.write(fragment)
        self.size += len(fragment)
        self.count += 1
        self.lastmod = lastmod if self.lastmod is None else max(self.lastmod, lastmod)

    def close(self) -> ShardInfo | None:
        self._fh.write(_FOOTER)
        self._fh.close()
        if not self.count or self.lastmod is None:
            return None
        return ShardInfo(self.code, self.shard, self.count, self.lastmod, self.size)


def _staging(storage: Storage) -> tempfile.TemporaryDirectory:
    # Inside a local storage root, so the final put is a rename instead of a copy.
    root = storage.root if isinstance(storage, LocalStorage) else None
    return tempfile.TemporaryDirectory(prefix=".tmp-sitemaps-", dir=root)


def write_shard(
    storage: Storage,
    code: str,
    shard: int,
    fragments: Iterable[tuple[bytes, datetime]],
    *,
    max_urls: int = MAX_URLS,
    max_bytes: int = MAX_BYTES,
) -> ShardInfo | None:
    """Rewrite one shard from its `<url>` fragments; remove it when there are none.

    Raises DocumentError when the fragments do not fit in one sitemap (nothing is written then).
    """
    with _staging(storage) as folder:
        shard_file = _ShardFile(Path(folder), code, shard)
        try:
            for fragment, lastmod in fragments:
                if not shard_file.fits(len(fragment), max_urls, max_bytes):
                    raise DocumentError(
                        f"Sitemap {sitemap_key(code, shard)} zou meer dan {max_urls} URL's "
                        f"of {max_bytes} bytes bevatten."
                    )
                shard_file.write(fragment, lastmod)
        finally:
            info = shard_file.close()
        if info is None:
            storage.delete(sitemap_key(code, shard))
            return None
        storage.put_file(info.key, shard_file.path, XML)
        return info


def write_index(
    storage: Storage, code: str, shards: Iterable[tuple[int, datetime]], *, base_url: str
) -> bool:
    """Rewrite the sitemap index of `code` from (shard, lastmod); remove it when there are none.

    Returns whether an index now exists.
    """
    base = _check_base_url(base_url)
    count = 0
    with _staging(storage) as folder:
        path = Path(folder) / f"index-{code}.xml"
        with path.open("wb") as fh, etree.xmlfile(fh, encoding="UTF-8") as xf:
            xf.write_declaration()
            with xf.element(f"{{{SITEMAP_NS}}}sitemapindex", nsmap={None: SITEMAP_NS}):
                for shard, lastmod in shards:
                    count += 1
                    if count > MAX_URLS:
                        raise DocumentError(
                            f"Sitemapindex van {code} zou meer dan {MAX_URLS} sitemaps bevatten."
                        )
                    item = etree.Element(f"{{{SITEMAP_NS}}}sitemap", nsmap={None: SITEMAP_NS})
                    loc = f"{base}/{sitemap_key(code, shard)}"
                    etree.SubElement(item, f"{{{SITEMAP_NS}}}loc").text = loc
                    etree.SubElement(item, f"{{{SITEMAP_NS}}}lastmod").text = _w3c(lastmod)
                    xf.write(item)
        if count == 0:
            storage.delete(index_key(code))
            return False
        storage.put_file(index_key(code), path, XML)
    return True


def write_robots(storage: Storage, codes: Iterable[str], *, base_url: str) -> str:
    """Rewrite robots.txt: allow everything, list the sitemap index of every code given."""
    base = _check_base_url(base_url)
    lines = ["User-agent: *", "Allow: /", ""]
    lines += [f"Sitemap: {base}/{index_key(code)}" for code in sorted(set(codes))]
    storage.put("robots.txt", ("\n".join(lines).rstrip("\n") + "\n").encode(), "text/plain")
    return "robots.txt"


def existing_sitemap_files(storage: Storage) -> Iterator[tuple[str, str, int | None]]:
    """(key, code, shard) of every sitemap and index in storage; shard is None for an index."""
    for key in storage.list(f"{SITEMAP_DIR}/"):
        match = _SITEMAP_KEY.fullmatch(key)
        if match:
            yield key, match.group(1), int(match.group(2))
    for key in storage.list("sitemapindex-"):
        match = _INDEX_KEY.fullmatch(key)
        if match:
            yield key, match.group(1), None


def write_sitemaps(
    entries: Iterable[SitemapEntry],
    *,
    base_url: str,
    storage: Storage | None = None,
    out_dir: Path | None = None,
    max_urls: int = MAX_URLS,
    max_bytes: int = MAX_BYTES,
) -> SitemapReport:
    """Rewrite all sitemaps, sitemap indexes and robots.txt from `entries` (full rewrite).

    Pass `storage`, or `out_dir` for a local folder. Entries that may not be published (bad URL,
    other host, naive lastmod, codes that do not match the metadata, invalid DiWoo XML, duplicate
    loc) are left out and listed in `report.refused`; documents with only the art. 3.1 category
    are listed in `report.skipped`. Nothing is stored until every entry has been written.
    """
    if not 1 <= max_urls <= MAX_URLS or max_bytes > MAX_BYTES:
        raise ConfigError(
            f"max_urls moet tussen 1 en {MAX_URLS} liggen en max_bytes ten hoogste 50 MB."
        )
    base = _check_base_url(base_url)
    if storage is None:
        if out_dir is None:
            raise ConfigError("write_sitemaps vraagt storage of out_dir")
        storage = LocalStorage(out_dir)
    report = SitemapReport()
    seen: set[bytes] = set()
    with _staging(storage) as staging:
        folder = Path(staging)
        current: dict[str, _ShardFile] = {}
        done: dict[str, list[tuple[ShardInfo, Path]]] = {}
        try:
            for entry in entries:
                try:
                    code, fragment = url_fragment(entry, base_url=base)
                    digest = blake2b(entry.loc.encode("utf-8"), digest_size=16).digest()
                    if digest in seen:
                        raise DocumentError("loc komt meer dan eens voor")
                    seen.add(digest)
                except DocumentError as exc:
                    report.refused.append((str(entry.loc), exc.args[0] if exc.args else str(exc)))
                    continue
                if code is None:
                    report.skipped.append(entry.loc)
                    continue
                shard_file = current.get(code)
                if shard_file is not None and not shard_file.fits(
                    len(fragment), max_urls, max_bytes
                ):
                    info = shard_file.close()
                    if info is not None:
                        done.setdefault(code, []).append((info, shard_file.path))
                    shard_file = None
                if shard_file is None:
                    shard_file = _ShardFile(folder, code, len(done.get(code, [])) + 1)
                    current[code] = shard_file
                    if not shard_file.fits(len(fragment), max_urls, max_bytes):
                        raise DocumentError(f"Eén sitemap-regel is groter dan {max_bytes} bytes.")
                shard_file.write(fragment, entry.lastmod)
                report.counts[code] = report.counts.get(code, 0) + 1
        finally:
            for code, shard_file in current.items():
                info = shard_file.close()
                if info is not None:
                    done.setdefault(code, []).append((info, shard_file.path))

        # Everything is written: now store shards first, then indexes, then robots.txt.
        for code in sorted(done):
            for info, path in done[code]:
                storage.put_file(info.key, path, XML)
                report.sitemaps.append(info.key)
        for code in sorted(done):
            shards = [(info.shard, info.lastmod) for info, _ in done[code]]
            write_index(storage, code, shards, base_url=base)
            report.indexes.append(index_key(code))
        report.robots = write_robots(storage, done, base_url=base)

    keep = set(report.sitemaps) | set(report.indexes)
    for key, _, _ in list(existing_sitemap_files(storage)):
        if key not in keep:
            storage.delete(key)
            report.removed.append(key)
    return report
