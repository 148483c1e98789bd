"""Publish, correct (vervangen) and withdraw (intrekken) documents; keep sitemaps and pages current.

Order matters: the sitemap entry is built and checked first (a document whose entry would be
refused is never made public), then the file and its metadata are stored, then the ledger says
`published`, and only after that commit does a sitemap point at the file (`rebuild_sitemaps`).
Withdrawing removes the public objects first, so a crash never leaves a withdrawn document on the
public site.

Sitemaps are incremental: every publication carries its stable shard and its `<url>` entry as
written; `rebuild_sitemaps` rewrites only the shards whose contents changed since they were last
written (table `sitemap_shards`), plus their category's index, overview pages and robots.txt.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ledger.models import Document, Publication, SitemapShard
from ledger.states import Status, audit, transition
from publicatie import pages
from publicatie.sitemaps import (
    MAX_BYTES,
    SHARD_URLS,
    SitemapEntry,
    SitemapReport,
    existing_sitemap_files,
    index_key,
    sitemap_key,
    url_fragment,
    write_index,
    write_robots,
    write_shard,
)
from publicatie.storage import public_url
from schemas.diwoo import DiWoo, waardelijst
from woo.context import RunContext, safe_file_name, work_key
from woo.errors import DocumentError

__all__ = [
    "public_keys",
    "publish_document",
    "reason_label",
    "rebuild_sitemaps",
    "unpublish",
    "withdraw_document",
]

# Room left in a shard for the urlset's own tags and for entries that grow on correction.
_SHARD_BYTES = MAX_BYTES - 2 * 1024 * 1024


def public_keys(document: Document) -> tuple[str, str]:
    """Public object keys of a document: its file and its DiWoo metadata record."""
    stem = safe_file_name(document.file_name).rsplit(".", 1)[0] or "document"
    base = f"documenten/{document.public_id}"
    return f"{base}/{stem}.pdf", f"{base}/metadata.xml"


def reason_label(reason_uri: str) -> str:
    """The label of a reason from TOOI redenen_verwijdering_vervanging; ValueError otherwise."""
    label = waardelijst("redenen_verwijdering_vervanging").get(reason_uri)
    if label is None:
        raise ValueError(
            f"{reason_uri} is geen reden uit de TOOI-lijst redenen_verwijdering_vervanging"
        )
    return label


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _assign_shard(session: Session, code: str) -> int:
    """The shard a new entry of `code` goes to: the newest one while it has room, else a new one.

    Existing entries never move: shards are stable.
    """
    last = session.scalar(
        select(func.max(Publication.sitemap_shard)).where(Publication.sitemap_code == code)
    )
    if last is None:
        return 1
    count, size = session.execute(
        select(
            func.count(Publication.id),
            func.coalesce(func.sum(func.length(Publication.sitemap_entry)), 0),
        )
        .where(Publication.sitemap_code == code, Publication.sitemap_shard == last)
        .where(Publication.withdrawn_at.is_(None))
    ).one()
    return last if count < SHARD_URLS and size < _SHARD_BYTES else last + 1


def _document_page(
    ctx: RunContext, document: Document, publication: Publication, *, replaces: str = ""
) -> bytes:
    diwoo = DiWoo.model_validate(publication.diwoo)
    categories = [
        pages.category_label(code) if code else "Inspanningsverplichting art. 3.1 Woo"
        for code in diwoo.informatiecategorie_codes
    ]
    base = ctx.settings.public_base_url
    return pages.document_page(
        pages.DocumentPage(
            public_id=document.public_id,
            title=diwoo.titelcollectie.officieleTitel,
            categories=categories,
            download_url=publication.public_url,
            metadata_url=public_url(base, publication.metadata_key),
            published=_aware(publication.published_at),
            lastmod=_aware(publication.lastmod or publication.published_at),
            created=diwoo.creatiedatum.isoformat() if diwoo.creatiedatum else "",
            replaces=replaces,
        ),
        organisatie=ctx.settings.organisatie.naam,
        base_url=base,
    )


def publish_document(
    ctx: RunContext, session: Session, document: Document, *, actor: str, reason: str = ""
) -> Publication:
    """Copy the verified redacted file and its metadata to the public storage, then record it.

    A document that was published before keeps its public identity (same public id and URL,
    same sitemap shard): this is a correction (vervangen) and the new publication records the
    one it replaces. Raises DocumentError, before anything is public, when the sitemap entry
    would be refused.
    """
    plan = document.current_redaction()
    if plan is None or not plan.verified:
        raise ValueError(f"document {document.source_id}: lakken is niet geverifieerd")
    pdf = ctx.private.get(plan.redacted_key)
    metadata_xml = ctx.private.get(work_key(document, "metadata.xml"))
    diwoo = DiWoo.model_validate_json(ctx.private.get(work_key(document, "metadata.json")))
    object_key, metadata_key = public_keys(document)
    base = ctx.settings.public_base_url
    url = public_url(base, object_key)
    now = datetime.now(UTC)
    code, fragment = url_fragment(SitemapEntry.from_diwoo(url, now, diwoo), base_url=base)

    previous = document.active_publication()
    kept = {previous.object_key, previous.metadata_key} if previous else set()
    try:
        checksum = ctx.public.put(object_key, pdf, "application/pdf")
        ctx.public.put(metadata_key, metadata_xml, "application/xml")
    except Exception:
        # Nothing half-published: take back whatever made it to the public side.
        for key in {object_key, metadata_key} - kept:
            _delete_quietly(ctx, key)
        raise

    if previous is not None and previous.sitemap_code == (code or ""):
        shard = previous.sitemap_shard
    else:
        shard = _assign_shard(session, code) if code else None
    for old in document.publications:
        if old.withdrawn_at is None:
            old.withdrawn_at = now
            old.withdrawal_reason = f"vervangen door versie {document.version}"
            for key in {old.object_key, old.metadata_key} - {object_key, metadata_key}:
                ctx.public.delete(key)
    publication = Publication(
        document_id=document.id,
        version=document.version,
        object_key=object_key,
        metadata_key=metadata_key,
        public_url=url,
        checksum=checksum,
        category_codes=list(diwoo.informatiecategorie_codes),
        diwoo=diwoo.model_dump(mode="json", exclude_none=True),
        published_at=now,
        lastmod=now,
        sitemap_code=code or "",
        sitemap_shard=shard,
        sitemap_entry=fragment.decode("utf-8"),
        replaces_id=previous.id if previous is not None else None,
    )
    session.add(publication)
    document.publications.append(publication)
    session.flush()
    ctx.public.put(
        pages.document_page_key(document.public_id),
        _document_page(
            ctx,
            document,
            publication,
            replaces=f"versie {previous.version} van dit document" if previous else "",
        ),
        pages.HTML,
    )
    transition(session, document, Status.PUBLISHED, actor=actor, reason=reason)
    if previous is not None:
        audit(
            session,
            event="vervangen",
            actor=actor,
            document=document,
            reason=f"versie {previous.version} vervangen door versie {document.version}",
            details={"vervangt": previous.id, "publicatie": publication.id, "url": url},
        )
    return publication


def _delete_quietly(ctx: RunContext, key: str) -> None:
    # Best effort: reconciliation finds any leftover.
    with contextlib.suppress(Exception):
        ctx.public.delete(key)


def unpublish(
    ctx: RunContext,
    session: Session,
    document: Document,
    *,
    reason: str,
    actor: str | None = None,
    reason_uri: str = "",
    explanation: str = "",
) -> None:
    """Take a document off the public site, leave a withdrawal notice, and mark it withdrawn."""
    now = datetime.now(UTC)
    title = document.title
    for publication in document.publications:
        if publication.withdrawn_at is None:
            ctx.public.delete(publication.object_key)
            ctx.public.delete(publication.metadata_key)
            publication.withdrawn_at = now
            publication.withdrawal_reason = reason
            publication.withdrawal_reason_uri = reason_uri
            title = DiWoo.model_validate(publication.diwoo).titelcollectie.officieleTitel
    if document.publications:
        notice = pages.withdrawal_page(
            public_id=document.public_id,
            title=title or document.public_id,
            withdrawn_at=now,
            reason=reason_label(reason_uri) if reason_uri else reason,
            explanation=explanation,
            organisatie=ctx.settings.organisatie.naam,
            base_url=ctx.settings.public_base_url,
        )
        ctx.public.put(pages.document_page_key(document.public_id), notice, pages.HTML)
    details = {"reden": reason_uri, "toelichting": explanation} if reason_uri else None
    transition(
        session,
        document,
        Status.WITHDRAWN,
        actor=actor or ctx.actor,
        reason=reason,
        details=details,
    )


def withdraw_document(
    ctx: RunContext,
    document_id: int,
    *,
    reason_uri: str,
    actor: str,
    explanation: str = "",
) -> None:
    """Intrekken: take a document off the public site with a reason from the TOOI list.

    `reason_uri` must come from the value list redenen_verwijdering_vervanging. File and metadata
    leave the public prefix, the page becomes a withdrawal notice, the ledger and audit log are
    updated, and then the document's shard, index and overview pages are rewritten.
    """
    label = reason_label(reason_uri)
    reason = f"{label}: {explanation}" if explanation else label
    with ctx.ledger.session() as session:
        document = session.get(Document, document_id)
        if document is None:
            raise ValueError(f"document {document_id} bestaat niet")
        unpublish(
            ctx,
            session,
            document,
            reason=reason,
            actor=actor,
            reason_uri=reason_uri,
            explanation=explanation,
        )
    rebuild_sitemaps(ctx)


# -- sitemaps and overview pages -------------------------------------------------------------
def _backfill(ctx: RunContext, session: Session, report: SitemapReport) -> None:
    """Give active publications written before stable shards their entry and shard."""
    rows = session.scalars(
        select(Publication).where(
            Publication.withdrawn_at.is_(None), Publication.sitemap_entry == ""
        )
    ).all()
    for publication in rows:
        lastmod = _aware(publication.lastmod or publication.published_at)
        try:
            entry = SitemapEntry.from_diwoo(
                publication.public_url, lastmod, DiWoo.model_validate(publication.diwoo)
            )
            code, fragment = url_fragment(entry, base_url=ctx.settings.public_base_url)
        except (DocumentError, ValueError) as exc:
            report.refused.append((publication.public_url, str(exc.args[0] if exc.args else exc)))
            continue
        publication.lastmod = lastmod
        publication.sitemap_entry = fragment.decode("utf-8")
        if code:
            publication.sitemap_code = code
            publication.sitemap_shard = _assign_shard(session, code)
        session.flush()


def _shard_changes(session: Session) -> dict[tuple[str, int], datetime]:
    """(code, shard) -> the last change to it: a publication, a correction or a withdrawal."""
    changed = func.max(func.coalesce(Publication.withdrawn_at, Publication.lastmod))
    rows = session.execute(
        select(Publication.sitemap_code, Publication.sitemap_shard, changed)
        .where(Publication.sitemap_code != "", Publication.sitemap_shard.is_not(None))
        .group_by(Publication.sitemap_code, Publication.sitemap_shard)
    ).all()
    return {(code, shard): _aware(moment) for code, shard, moment in rows if moment is not None}


def _shard_rows(
    session: Session, code: str, shard: int
) -> Iterator[tuple[str, datetime, str, str]]:
    rows = session.execute(
        select(
            Publication.sitemap_entry,
            Publication.lastmod,
            Publication.diwoo,
            Document.public_id,
        )
        .join(Document, Document.id == Publication.document_id)
        .where(
            Publication.sitemap_code == code,
            Publication.sitemap_shard == shard,
            Publication.withdrawn_at.is_(None),
        )
        .order_by(Publication.document_id)
        .execution_options(yield_per=1000)
    )
    for entry, lastmod, diwoo, public_id in rows:
        title = (diwoo or {}).get("titelcollectie", {}).get("officieleTitel", public_id)
        yield entry, _aware(lastmod), title, public_id


def _write_one_shard(
    ctx: RunContext, session: Session, code: str, shard: int
) -> tuple[int, datetime | None]:
    base = ctx.settings.public_base_url
    listed: list[pages.ListedDocument] = []

    def fragments() -> Iterator[tuple[bytes, datetime]]:
        for entry, lastmod, title, public_id in _shard_rows(session, code, shard):
            page = public_url(base, pages.document_page_key(public_id))
            listed.append(pages.ListedDocument(title=title, page_url=page, lastmod=lastmod))
            yield entry.encode("utf-8"), lastmod

    info = write_shard(ctx.public, code, shard, fragments())
    page_key = pages.category_page_key(code, shard)
    if info is None:
        ctx.public.delete(page_key)
        return 0, None
    page = pages.category_page(
        code, shard, listed, organisatie=ctx.settings.organisatie.naam, base_url=base
    )
    ctx.public.put(page_key, page, pages.HTML)
    return info.count, info.lastmod


def rebuild_sitemaps(ctx: RunContext, *, full: bool = False) -> SitemapReport:
    """Bring sitemaps, indexes, robots.txt and overview pages in line with the ledger.

    Only shards whose contents changed since they were written are rewritten (`full=True`
    rewrites all and removes sitemap files the ledger does not know). A shard left without
    entries is removed, and so is an index left without shards: nothing empty is published.
    """
    report = SitemapReport()
    base = ctx.settings.public_base_url
    org = ctx.settings.organisatie.naam
    with ctx.ledger.session() as session:
        _backfill(ctx, session, report)
        changes = _shard_changes(session)
        written = {(s.code, s.shard): s for s in session.scalars(select(SitemapShard))}
        dirty = {
            key
            for key, changed in changes.items()
            if full or key not in written or _aware(written[key].changed_at) != changed
        }
        dirty |= set(written) - set(changes)
        for code, shard in sorted(dirty):
            count, _ = _write_one_shard(ctx, session, code, shard)
            row = written.get((code, shard))
            if count == 0:
                if row is not None:
                    session.delete(row)
                    written.pop((code, shard))
                report.removed.append(sitemap_key(code, shard))
                continue
            if row is None:
                row = SitemapShard(code=code, shard=shard)
                session.add(row)
                written[(code, shard)] = row
            row.changed_at = changes[(code, shard)]
            row.count = count
            row.written_at = datetime.now(UTC)
            report.sitemaps.append(sitemap_key(code, shard))
        session.flush()

        by_code: dict[str, list[SitemapShard]] = {}
        for (code, _), row in sorted(written.items()):
            by_code.setdefault(code, []).append(row)
        touched = {code for code, _ in dirty} | (set(by_code) if full else set())
        for code in sorted(touched):
            rows = by_code.get(code, [])
            shards = [(row.shard, _aware(row.changed_at)) for row in rows]
            if write_index(ctx.public, code, shards, base_url=base):
                report.indexes.append(index_key(code))
                listing = [(row.shard, row.count) for row in rows]
                ctx.public.put(
                    pages.category_index_key(code),
                    pages.category_index_page(code, listing, organisatie=org, base_url=base),
                    pages.HTML,
                )
            else:
                ctx.public.delete(pages.category_index_key(code))
                report.removed.append(index_key(code))
        counts = {code: sum(row.count for row in rows) for code, rows in by_code.items()}
        report.counts = counts
        if touched or full or not ctx.public.exists("robots.txt"):
            report.robots = write_robots(ctx.public, counts, base_url=base)
            ctx.public.put(
                "index.html", pages.home_page(counts, organisatie=org, base_url=base), pages.HTML
            )
    if full:
        known = {sitemap_key(c, s) for c, s in written} | {index_key(c) for c in by_code}
        for key, _, _ in list(existing_sitemap_files(ctx.public)):
            if key not in known:
                ctx.public.delete(key)
                report.removed.append(key)
    return report
