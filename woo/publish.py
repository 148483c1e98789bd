"""Publish and unpublish one document, and rebuild the sitemaps from the ledger.

Order matters: the file and its metadata are in place before the ledger says `published`, and
the ledger says `published` before any sitemap points at the file. Unpublishing removes the
public objects first, so a crash never leaves a withdrawn document on the public site.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ledger.models import Document, Publication
from ledger.states import Status, transition
from publicatie.sitemaps import SitemapEntry, SitemapReport, write_sitemaps
from publicatie.storage import public_url
from schemas.diwoo import DiWoo
from woo.context import RunContext, safe_file_name, work_key


def public_keys(document: Document) -> tuple[str, str]:
    """Public object keys of a document: its file and its DiWoo metadata record."""
    stem = safe_file_name(document.file_name).rsplit(".", 1)[0] or "document"
    base = f"documenten/{document.public_id}"
    return f"{base}/{stem}.pdf", f"{base}/metadata.xml"


def publish_document(
    ctx: RunContext, session: Session, document: Document, *, actor: str, reason: str = ""
) -> Publication:
    """Copy the verified redacted file and its metadata to the public storage, then record it."""
    plan = document.current_redaction()
    if plan is None or not plan.verified:
        raise ValueError(f"document {document.source_id}: lakken is niet geverifieerd")
    pdf = ctx.private.get(plan.redacted_key)
    metadata_xml = ctx.private.get(work_key(document, "metadata.xml"))
    diwoo_json = ctx.private.get(work_key(document, "metadata.json")).decode("utf-8")
    object_key, metadata_key = public_keys(document)
    try:
        checksum = ctx.public.put(object_key, pdf, "application/pdf")
        ctx.public.put(metadata_key, metadata_xml, "application/xml")
    except Exception:
        # Nothing half-published: take back whatever made it to the public side.
        for key in (object_key, metadata_key):
            _delete_quietly(ctx, key)
        raise

    now = datetime.now(UTC)
    for previous in document.publications:
        if previous.withdrawn_at is None:
            previous.withdrawn_at = now
            previous.withdrawal_reason = f"vervangen door versie {document.version}"
            if previous.object_key != object_key:
                ctx.public.delete(previous.object_key)
    diwoo = DiWoo.model_validate_json(diwoo_json)
    publication = Publication(
        document_id=document.id,
        version=document.version,
        object_key=object_key,
        metadata_key=metadata_key,
        public_url=public_url(ctx.settings.public_base_url, object_key),
        checksum=checksum,
        category_codes=list(diwoo.informatiecategorie_codes),
        diwoo=diwoo.model_dump(mode="json", exclude_none=True),
        published_at=now,
    )
    session.add(publication)
    document.publications.append(publication)
    transition(session, document, Status.PUBLISHED, actor=actor, reason=reason)
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
) -> None:
    """Take a published document off the public site and mark it withdrawn."""
    for publication in document.publications:
        if publication.withdrawn_at is None:
            ctx.public.delete(publication.object_key)
            ctx.public.delete(publication.metadata_key)
            publication.withdrawn_at = datetime.now(UTC)
            publication.withdrawal_reason = reason
    transition(session, document, Status.WITHDRAWN, actor=actor or ctx.actor, reason=reason)


def withdraw_document(
    ctx: RunContext,
    document_id: int,
    *,
    reason_uri: str,
    actor: str,
    explanation: str = "",
) -> None:
    """Intrekken: take a document off the public site with a reason from the TOOI list.

    `reason_uri` must come from the value list redenen_verwijdering_vervanging. The sitemaps are
    rebuilt afterwards, so the entry disappears from its sitemap too.
    """
    from schemas.diwoo import waardelijst

    label = waardelijst("redenen_verwijdering_vervanging").get(reason_uri)
    if label is None:
        raise ValueError(
            f"{reason_uri} is geen reden uit de TOOI-lijst redenen_verwijdering_vervanging"
        )
    reason = f"{label}: {explanation}" if explanation else label
    with ctx.ledger.session() as session:
        document = session.get(Document, document_id)
        if document is None:
            raise ValueError(f"document {document_id} bestaat niet")
        if document.status == Status.PUBLISHED:
            unpublish(ctx, session, document, reason=reason, actor=actor)
        else:
            transition(session, document, Status.WITHDRAWN, actor=actor, reason=reason)
    rebuild_sitemaps(ctx)


def _entries(session: Session) -> Iterator[SitemapEntry]:
    rows = session.execute(
        select(Publication)
        .where(Publication.withdrawn_at.is_(None))
        .order_by(Publication.document_id)
        .execution_options(yield_per=1000)
    ).scalars()
    for publication in rows:
        yield SitemapEntry.from_diwoo(
            publication.public_url,
            _aware(publication.published_at),
            DiWoo.model_validate(publication.diwoo),
        )


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def rebuild_sitemaps(ctx: RunContext) -> SitemapReport:
    """Write every sitemap, sitemap index and robots.txt from the ledger's active publications."""
    with ctx.ledger.session() as session:
        return write_sitemaps(
            _entries(session),
            out_dir=ctx.settings.public_dir,
            base_url=ctx.settings.public_base_url,
        )
