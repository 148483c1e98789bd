"""Claiming work from the ledger so several workers never process one document twice.

A worker claims a batch of documents that wait in one status for one stage. On PostgreSQL the
candidate rows are read with `SELECT ... FOR UPDATE SKIP LOCKED`, so concurrent workers pass each
other's rows by instead of waiting; the claim itself is a row in `work_claims`, unique per
(document, stage, version) and written with `INSERT ... ON CONFLICT`, so even two workers that
saw the same candidate cannot both win. SQLite has no row locks: there one writer at a time
holds the database, and the same unique claim row decides. A claim has a lease: when a worker
dies, its claims expire and another worker takes the documents over. Release claims after the
batch; the document's new status keeps it from being claimed again for the same stage.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime, timedelta

from sqlalchemy import (
    DateTime,
    ForeignKey,
    Integer,
    String,
    UniqueConstraint,
    and_,
    delete,
    exists,
    select,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Mapped, mapped_column

from ledger.db import Ledger
from ledger.models import Base, Document, utcnow

__all__ = ["DEFAULT_LEASE", "WorkClaim", "claim_batch", "drain", "release_claims"]

DEFAULT_LEASE = timedelta(minutes=30)
_SQLITE_RETRIES = 50


class WorkClaim(Base):
    """One worker's claim on one version of a document for one stage (revision 0003_claims)."""

    __tablename__ = "work_claims"
    __table_args__ = (
        UniqueConstraint("document_id", "stage", "version", name="uq_work_claims_document"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    stage: Mapped[str] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(Integer)
    worker: Mapped[str] = mapped_column(String(200))
    claimed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


def _insert(dialect: str):  # type: ignore[no-untyped-def]
    return postgresql.insert if dialect == "postgresql" else sqlite.insert


def claim_batch(
    ledger: Ledger,
    *,
    status: str,
    stage: str,
    worker: str,
    limit: int,
    within: Sequence[int] | None = None,
    lease: timedelta = DEFAULT_LEASE,
) -> list[int]:
    """Claim up to `limit` documents in `status` for `stage`; returns the claimed ids.

    `within` restricts the candidates to one partition (a list of document ids).
    """
    for attempt in range(_SQLITE_RETRIES):
        try:
            return _claim_once(ledger, status, stage, worker, limit, within, lease)
        except OperationalError as exc:  # SQLite: another writer holds the database
            if "locked" not in str(exc) or attempt == _SQLITE_RETRIES - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    return []  # pragma: no cover


def _claim_once(
    ledger: Ledger,
    status: str,
    stage: str,
    worker: str,
    limit: int,
    within: Sequence[int] | None,
    lease: timedelta,
) -> list[int]:
    now = datetime.now(UTC)
    live_claim = exists().where(
        and_(
            WorkClaim.document_id == Document.id,
            WorkClaim.stage == stage,
            WorkClaim.version == Document.version,
            WorkClaim.expires_at > now,
        )
    )
    query = (
        select(Document.id, Document.version)
        .where(Document.status == status, ~live_claim)
        .order_by(Document.id)
        .limit(limit)
        .with_for_update(skip_locked=True, of=Document)
    )
    if within is not None:
        query = query.where(Document.id.in_(list(within)))
    with ledger.session() as session:
        dialect = session.get_bind().dialect.name
        candidates = session.execute(query).all()
        if not candidates:
            return []
        insert = _insert(dialect)
        claimed: list[int] = []
        for document_id, version in candidates:
            statement = insert(WorkClaim).values(
                document_id=document_id,
                stage=stage,
                version=version,
                worker=worker,
                claimed_at=now,
                expires_at=now + lease,
            )
            statement = statement.on_conflict_do_update(
                index_elements=["document_id", "stage", "version"],
                set_={"worker": worker, "claimed_at": now, "expires_at": now + lease},
                where=WorkClaim.expires_at <= now,
            ).returning(WorkClaim.document_id)
            if session.execute(statement).scalar() is not None:
                claimed.append(document_id)
        # SQLite read the candidates outside the write transaction: check them again now that
        # this transaction holds the database, and give back what another worker finished.
        still = set(
            session.scalars(
                select(Document.id).where(Document.id.in_(claimed), Document.status == status)
            )
        )
        gone = [i for i in claimed if i not in still]
        if gone:
            session.execute(
                delete(WorkClaim).where(
                    WorkClaim.document_id.in_(gone),
                    WorkClaim.stage == stage,
                    WorkClaim.worker == worker,
                )
            )
        return [i for i in claimed if i in still]


def release_claims(ledger: Ledger, ids: Iterable[int], *, stage: str, worker: str) -> None:
    """Give back this worker's claims on `ids` for `stage` (done or not)."""
    ids = list(ids)
    if not ids:
        return
    for attempt in range(_SQLITE_RETRIES):
        try:
            with ledger.session() as session:
                session.execute(
                    delete(WorkClaim).where(
                        WorkClaim.document_id.in_(ids),
                        WorkClaim.stage == stage,
                        WorkClaim.worker == worker,
                    )
                )
            return
        except OperationalError as exc:
            if "locked" not in str(exc) or attempt == _SQLITE_RETRIES - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


def drain(
    ledger: Ledger,
    *,
    status: str,
    stage: str,
    worker: str,
    batch_size: int,
    process: Callable[[list[int]], object],
    within: Sequence[int] | None = None,
) -> int:
    """Claim, process and release batches until no unclaimed document waits; returns the count.

    `process` must move each document out of `status` (or fail it), otherwise it would be
    claimed again on the next round; a document that stays is left for the next run.
    """
    total = 0
    seen: set[int] = set()
    while True:
        ids = claim_batch(
            ledger, status=status, stage=stage, worker=worker, limit=batch_size, within=within
        )
        fresh = [i for i in ids if i not in seen]
        if not fresh:
            release_claims(ledger, ids, stage=stage, worker=worker)
            return total
        try:
            process(fresh)
        finally:
            release_claims(ledger, ids, stage=stage, worker=worker)
        seen.update(fresh)
        total += len(fresh)
