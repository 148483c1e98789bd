"""Harvest: pull what is new, changed or deleted from one source into the ledger."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from sqlalchemy import select
from sqlalchemy.orm import Session

from connectors.base import Connector, build_connector
from ledger.models import Document, HarvestCursor
from ledger.states import FINAL, Status, audit, start_version, transition
from schemas.records import DocumentRef, FetchedDocument
from woo.context import RunContext, safe_file_name, sha256
from woo.errors import WooError
from woo.logsafe import PrintableFilter
from woo.publish import unpublish
from woo.settings import SourceConfig

log = logging.getLogger(__name__)
log.addFilter(PrintableFilter())


@dataclass
class SourceReport:
    """What one harvest of one source saw and did."""

    source: str
    seen: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    deleted: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    error: str = ""

    def as_dict(self) -> dict[str, object]:
        return {
            "source": self.source,
            "seen": self.seen,
            "new": self.new,
            "changed": self.changed,
            "unchanged": self.unchanged,
            "deleted": self.deleted,
            "failed": [{"document": d, "reason": r} for d, r in self.failed],
            "error": self.error,
        }


def harvest_source(
    ctx: RunContext,
    source: SourceConfig,
    *,
    connector: Connector | None = None,
    progress: Callable[[int], None] | None = None,
) -> SourceReport:
    """Harvest one source page by page; each page and its cursor are committed together.

    A document that fails is reported and left out of the cursor, so the next run retries it.
    """
    report = SourceReport(source=source.name)
    try:
        connector = connector or build_connector(source)
        with ctx.ledger.session() as session:
            row = session.get(HarvestCursor, source.name)
            cursor = dict(row.cursor) if row else None
        for page in connector.list_changes(cursor):
            done: list[DocumentRef] = []
            with ctx.ledger.write_session() as session:
                for ref in page:
                    report.seen += 1
                    try:
                        # A savepoint per document: a failure undoes only this document's rows.
                        with session.begin_nested():
                            outcome = _harvest_one(ctx, session, connector, source.name, ref)
                    except Exception as exc:  # one hostile document never stops the source
                        reason = _failure_reason(source.name, ref, exc)
                        _record_failure(ctx, session, source.name, ref, reason)
                        report.failed.append((ref.source_id, reason))
                        continue
                    setattr(report, outcome, getattr(report, outcome) + 1)
                    done.append(ref)
                cursor = connector.next_cursor(cursor, done)
                _store_cursor(session, source.name, cursor)
            if progress:
                progress(len(page))
    except WooError as exc:
        report.error = str(exc)
        log.error("bron %s: %s", source.name, exc)
    return report


def _failure_reason(source: str, ref: DocumentRef, exc: Exception) -> str:
    if isinstance(exc, WooError):
        return str(exc)
    where = f"[bron {source}, document {ref.source_id}]"
    return f"{where} onverwachte fout: {type(exc).__name__}: {exc}"


def _harvest_one(
    ctx: RunContext, session: Session, connector: Connector, source: str, ref: DocumentRef
) -> str:
    document = _find(session, source, ref.source_id)
    if ref.deleted:
        if document is not None:
            _handle_deleted(ctx, session, document)
        return "deleted"
    fetched = connector.fetch(ref)
    checksum = sha256(fetched.content)
    if document is not None and document.version > 0 and document.checksum == checksum:
        document.fingerprint = fetched.fingerprint
        return "unchanged"
    outcome = "new" if document is None or document.version == 0 else "changed"
    if document is None:
        document = Document(source=source, source_id=ref.source_id, status=Status.HARVESTED)
        session.add(document)
        session.flush()
    start_version(
        session,
        document,
        actor=ctx.actor,
        checksum=checksum,
        reason="nieuw in de bron" if outcome == "new" else "gewijzigd in de bron",
    )
    _apply_fetched(ctx, document, fetched)
    return outcome


def _apply_fetched(ctx: RunContext, document: Document, fetched: FetchedDocument) -> None:
    key = f"originals/{document.public_id}/v{document.version}/{safe_file_name(fetched.file_name)}"
    ctx.private.put(key, fetched.content, fetched.media_type)
    title = fetched.metadata.get("titel") or fetched.metadata.get("title")
    document.title = str(title) if title else PurePosixPath(fetched.file_name).stem
    document.file_name = fetched.file_name
    document.media_type = fetched.media_type
    document.source_metadata = fetched.metadata
    document.original_key = key
    document.fingerprint = fetched.fingerprint
    document.deleted_in_source = False


def _handle_deleted(ctx: RunContext, session: Session, document: Document) -> None:
    """The source no longer has the document: take it off the public site (fail safe)."""
    document.deleted_in_source = True
    if document.status == Status.PUBLISHED:
        unpublish(ctx, session, document, reason="verwijderd in de bron")
    elif document.status not in FINAL:
        transition(
            session, document, Status.WITHDRAWN, actor=ctx.actor, reason="verwijderd in de bron"
        )


def _record_failure(
    ctx: RunContext, session: Session, source: str, ref: DocumentRef, reason: str
) -> None:
    """Put a document that could not be fetched in the ledger as failed, with the reason."""
    document = _find(session, source, ref.source_id)
    if document is None:
        document = Document(
            source=source,
            source_id=ref.source_id,
            file_name=PurePosixPath(ref.source_id).name,
            title=PurePosixPath(ref.source_id).stem,
            status=Status.FAILED,
            status_reason=reason,
        )
        session.add(document)
        session.flush()
    elif document.status not in FINAL:
        transition(session, document, Status.FAILED, actor=ctx.actor, reason=reason)
    audit(
        session,
        event="harvest_failed",
        actor=ctx.actor,
        document=document,
        reason=reason,
        key=f"{document.id}:v{document.version}:harvest_failed:{ref.fingerprint}",
    )


def _find(session: Session, source: str, source_id: str) -> Document | None:
    return session.scalars(
        select(Document).where(Document.source == source, Document.source_id == source_id)
    ).one_or_none()


def _store_cursor(session: Session, source: str, cursor: dict) -> None:
    row = session.get(HarvestCursor, source)
    if row is None:
        session.add(HarvestCursor(source=source, cursor=cursor))
    else:
        row.cursor = cursor
