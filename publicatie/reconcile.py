"""Reconciliation: do the ledger, the public storage and the sitemaps tell the same story?

Findings (Dutch kinds, as the operator reads them):
- `bestand_ontbreekt`: the ledger says published, but the file or its metadata is not in storage;
- `ontbreekt_in_sitemap`: published (in an art. 3.3 category) but in no sitemap;
- `sitemapregel_zonder_bestand`: a sitemap lists a URL whose file is gone or not published;
- `onbekend_object`: a public object the ledger does not know.

With `repair=True`: missing files are restored from the private work files, unknown objects are
removed, and the sitemaps are rebuilt in full from the ledger. Memory grows with the number of
published documents (sets of keys): fine for a municipality, to be partitioned beyond millions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from lxml import etree
from sqlalchemy import select

from ledger.models import Document, Publication, RedactionPlan, SitemapShard
from publicatie import pages
from publicatie.sitemaps import SITEMAP_NS, existing_sitemap_files, index_key, sitemap_key

__all__ = ["Finding", "ReconcileReport", "reconcile"]

_LOC = f"{{{SITEMAP_NS}}}loc"
_FIXED_KEYS = {"robots.txt", "index.html"}


@dataclass(frozen=True)
class Finding:
    kind: str
    key: str
    detail: str = ""


@dataclass
class ReconcileReport:
    findings: list[Finding] = field(default_factory=list)
    repaired: list[Finding] = field(default_factory=list)
    not_repaired: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.findings

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for finding in self.findings:
            counts[finding.kind] = counts.get(finding.kind, 0) + 1
        return counts

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "aantallen": self.counts(),
            "bevindingen": [f.__dict__ for f in self.findings],
            "hersteld": len(self.repaired),
            "niet_hersteld": [f.__dict__ for f in self.not_repaired],
        }

    def markdown(self) -> str:
        if self.ok:
            return "Afstemming: ledger, opslag en sitemaps komen overeen."
        lines = ["| soort | object | toelichting |", "|---|---|---|"]
        lines += [f"| {f.kind} | `{f.key}` | {f.detail} |" for f in self.findings]
        return "\n".join(lines)


def _key_of(loc: str, base_url: str) -> str | None:
    prefix = base_url.rstrip("/") + "/"
    if not loc.startswith(prefix):
        return None
    return "/".join(unquote(part) for part in loc[len(prefix) :].split("/"))


def _sitemap_locs(ctx: Any, keys: list[str]) -> dict[str, str]:
    """loc -> sitemap key, read as a stream from every sitemap file."""
    locs: dict[str, str] = {}
    for key in keys:
        data = ctx.public.get(key)
        for _, element in etree.iterparse(
            _Reader(data), events=("end",), tag=_LOC, no_network=True, resolve_entities=False
        ):
            locs[(element.text or "").strip()] = key
            element.clear()
    return locs


class _Reader:
    def __init__(self, data: bytes):
        self._data = memoryview(data)
        self._pos = 0

    def read(self, size: int = -1) -> bytes:
        end = len(self._data) if size < 0 else self._pos + size
        chunk = bytes(self._data[self._pos : end])
        self._pos += len(chunk)
        return chunk


def reconcile(ctx: Any, *, repair: bool = False) -> ReconcileReport:
    """Compare ledger, public storage and sitemaps; with `repair`, fix what can be fixed."""
    report = ReconcileReport()
    base = ctx.settings.public_base_url
    stored = set(ctx.public.list(""))
    with ctx.ledger.session() as session:
        active = session.execute(
            select(
                Publication.id,
                Publication.public_url,
                Publication.object_key,
                Publication.metadata_key,
                Publication.sitemap_code,
            ).where(Publication.withdrawn_at.is_(None))
        ).all()
        page_ids = set(
            session.scalars(
                select(Document.public_id).join(Publication, Publication.document_id == Document.id)
            )
        )
        shards = session.execute(select(SitemapShard.code, SitemapShard.shard)).all()

    sitemap_files = [key for key, _, shard in existing_sitemap_files(ctx.public) if shard]
    locs = _sitemap_locs(ctx, sitemap_files)
    known = set(_FIXED_KEYS)
    known |= {pages.document_page_key(public_id) for public_id in page_ids}
    known |= {sitemap_key(code, shard) for code, shard in shards}
    known |= {index_key(code) for code, _ in shards}
    known |= {pages.category_page_key(code, shard) for code, shard in shards}
    known |= {pages.category_index_key(code) for code, _ in shards}
    active_urls: set[str] = set()
    missing: list[tuple[int, str]] = []
    for pub_id, url, object_key, metadata_key, code in active:
        active_urls.add(url)
        known |= {object_key, metadata_key}
        for key in (object_key, metadata_key):
            if key not in stored:
                finding = Finding("bestand_ontbreekt", key, "gepubliceerd volgens de ledger")
                report.findings.append(finding)
                missing.append((pub_id, key))
        if code and url not in locs:
            report.findings.append(Finding("ontbreekt_in_sitemap", object_key, url))
    for loc, sitemap in locs.items():
        key = _key_of(loc, base)
        if loc not in active_urls or key is None or key not in stored:
            report.findings.append(
                Finding("sitemapregel_zonder_bestand", key or loc, f"in {sitemap}")
            )
    unknown = sorted(stored - known)
    report.findings += [Finding("onbekend_object", key, "niet in de ledger") for key in unknown]

    if repair and not report.ok:
        _repair(ctx, report, missing, unknown)
    return report


def _repair(
    ctx: Any, report: ReconcileReport, missing: list[tuple[int, str]], unknown: list[str]
) -> None:
    from woo.context import work_key
    from woo.publish import rebuild_sitemaps

    with ctx.ledger.session() as session:
        for pub_id, key in missing:
            publication = session.get(Publication, pub_id)
            document = publication.document
            try:
                if key == publication.metadata_key:
                    data = ctx.private.get(work_key(document, "metadata.xml"))
                    ctx.public.put(key, data, "application/xml")
                else:
                    plan = session.scalars(
                        select(RedactionPlan)
                        .where(
                            RedactionPlan.document_id == document.id,
                            RedactionPlan.version == publication.version,
                            RedactionPlan.verified.is_(True),
                        )
                        .order_by(RedactionPlan.id.desc())
                    ).first()
                    if plan is None:
                        raise LookupError("geen geverifieerde gelakte versie")
                    ctx.public.put(key, ctx.private.get(plan.redacted_key), "application/pdf")
            except Exception:
                continue
    for key in unknown:
        ctx.public.delete(key)
    rebuild_sitemaps(ctx, full=True)
    after = reconcile(ctx, repair=False)
    still = set(after.findings)
    for finding in report.findings:
        (report.not_repaired if finding in still else report.repaired).append(finding)
