"""Work units for the flows: pending documents per stage, partitions, claimed stage runs,
and the small library steps behind the ad-hoc, publish-approved and reconcile flows.

Flows only orchestrate; everything that reads or changes the ledger lives here.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import func, or_, select

from ledger.claims import claim_batch, release_claims
from ledger.models import Document
from ledger.states import Status, transition
from woo.context import RunContext, work_key
from woo.publish import publish_document
from woo.stages import BatchReport, classify_batch, redact_batch, route_batch, validate_batch

__all__ = [
    "STAGES",
    "Partition",
    "batch_from_dict",
    "batches",
    "find_documents",
    "pending_ids",
    "plan_partitions",
    "publish_approved_batch",
    "queue_for_review",
    "run_stage",
    "worker_name",
]

# Stage name → the status its documents wait in. Order is the order of the pipeline.
STAGES: dict[str, Status] = {
    "classificeren": Status.HARVESTED,
    "lakken": Status.CLASSIFIED,
    "valideren": Status.REDACTED,
    "publiceren": Status.VALIDATED,
}
_IN_PROGRESS = tuple(STAGES.values())


@dataclass(frozen=True)
class Partition:
    """A slice of one source's documents by id range: one child flow run's share of the work."""

    source: str
    first_id: int
    last_id: int

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


def batches(ids: Sequence[int], size: int) -> list[list[int]]:
    return [list(ids[i : i + size]) for i in range(0, len(ids), size)]


def pending_ids(
    ctx: RunContext,
    status: Status,
    *,
    partition: Partition | None = None,
    within: Sequence[int] | None = None,
) -> list[int]:
    """Ids of documents waiting in `status`, optionally inside a partition or an id list."""
    query = select(Document.id).where(Document.status == status).order_by(Document.id)
    if partition is not None:
        query = query.where(
            Document.source == partition.source,
            Document.id.between(partition.first_id, partition.last_id),
        )
    if within is not None:
        query = query.where(Document.id.in_(list(within)))
    with ctx.ledger.session() as session:
        return list(session.scalars(query))


def plan_partitions(ctx: RunContext, count: int, *, source: str | None = None) -> list[Partition]:
    """Split the documents still in progress into about `count` partitions (source × id range).

    Partitions never cross a source, so a per-source concurrency limit holds per child run.
    """
    query = (
        select(Document.source, Document.id)
        .where(Document.status.in_(_IN_PROGRESS))
        .order_by(Document.source, Document.id)
    )
    if source is not None:
        query = query.where(Document.source == source)
    with ctx.ledger.session() as session:
        rows = list(session.execute(query))
    if not rows:
        return []
    size = max(1, -(-len(rows) // max(1, count)))
    partitions: list[Partition] = []
    for chunk in batches(list(range(len(rows))), size):
        current: list[tuple[str, int]] = []
        for index in chunk:
            name, document_id = rows[index]
            if current and current[0][0] != name:
                partitions.append(Partition(current[0][0], current[0][1], current[-1][1]))
                current = []
            current.append((name, document_id))
        partitions.append(Partition(current[0][0], current[0][1], current[-1][1]))
    return partitions


def run_stage(
    ctx: RunContext, stage: str, ids: Sequence[int], *, dry_run: bool, worker: str
) -> BatchReport:
    """Run one stage over the documents of `ids` that this worker can claim.

    Documents another worker holds are skipped (counted as skipped); they are that worker's.
    """
    claimed = claim_batch(
        ctx.ledger, status=STAGES[stage], stage=stage, worker=worker, limit=len(ids), within=ids
    )
    try:
        if stage == "publiceren":
            report = route_batch(ctx, claimed, dry_run=dry_run)
        else:
            step = {"classificeren": classify_batch, "lakken": redact_batch}.get(
                stage, validate_batch
            )
            report = step(ctx, claimed)
    finally:
        release_claims(ctx.ledger, claimed, stage=stage, worker=worker)
    report.skipped += len(ids) - len(claimed)
    return report


def batch_from_dict(data: dict[str, Any]) -> BatchReport:
    values = dict(data)
    values["failed"] = [tuple(item) for item in values.get("failed", [])]
    return BatchReport(**values)


def find_documents(ctx: RunContext, *, source: str, query: str | None) -> list[int]:
    """Ids of one source's documents whose source id, file name or title contains `query`."""
    statement = select(Document.id).where(Document.source == source).order_by(Document.id)
    if query:
        like = f"%{query.lower()}%"
        statement = statement.where(
            or_(
                func.lower(Document.source_id).like(like),
                func.lower(Document.file_name).like(like),
                func.lower(Document.title).like(like),
            )
        )
    with ctx.ledger.session() as session:
        return list(session.scalars(statement))


def queue_for_review(ctx: RunContext, ids: Sequence[int], *, reason: str) -> BatchReport:
    """Send validated documents to the review queue instead of publishing them."""
    report = BatchReport(stage="publiceren")
    for document_id in ids:
        with ctx.ledger.session() as session:
            document = session.get(Document, document_id)
            if document is None or document.status != Status.VALIDATED:
                report.skipped += 1
                continue
            transition(session, document, Status.QUEUED, actor=ctx.actor, reason=reason)
            report.queued += 1
    return report


def publish_approved_batch(ctx: RunContext, ids: Sequence[int], *, actor: str) -> BatchReport:
    """Publish queued documents a person approved; anything not ready stays where it is."""
    report = BatchReport(stage="publiceren")
    for document_id in ids:
        with ctx.ledger.session() as session:
            document = session.get(Document, document_id)
            if document is None:
                report.failed.append((str(document_id), "document bestaat niet"))
                continue
            if document.status == Status.PUBLISHED:
                report.skipped += 1  # a second click publishes once
                continue
            name = document.source_id
            reason = _not_ready(ctx, document)
            if reason:
                report.failed.append((name, reason))
                continue
            publish_document(ctx, session, document, actor=actor, reason="goedgekeurd")
            report.published += 1
    return report


def _not_ready(ctx: RunContext, document: Document) -> str:
    if document.status != Status.QUEUED:
        return f"staat op '{document.status}', niet in de wachtrij"
    plan = document.current_redaction()
    if plan is None or not plan.verified:
        return "lakken is niet geverifieerd"
    if not ctx.private.exists(work_key(document, "metadata.xml")):
        return "DiWoo-metadata ontbreekt"
    return ""
