"""Ad-hoc requests: an information manager picks documents (or a source and a search term) and
asks for them to go through the pipeline now.

A request is a ledger row that records who asked, what, and how far the run is, so the review
page can show progress whether the work runs in the page's own process or as a Prefect
deployment run on a worker. `process_request` is the in-process run; the `adhoc_publication`
flow runs the same stages as tasks and reports through `record_progress`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ledger.models import AdhocRequest, ClassificationRecord, Document, record_classification
from ledger.states import Status, audit
from woo.context import RunContext
from woo.errors import WooError
from woo.harvest import harvest_source
from woo.publish import rebuild_sitemaps
from woo.stages import BatchReport, classify_batch, redact_batch, route_batch, validate_batch
from woo.work import find_documents, queue_for_review
from woo_categorieen import by_code

__all__ = [
    "MAX_REQUEST_DOCUMENTS",
    "RUNNING",
    "STEPS",
    "AdhocStatus",
    "ProgressReporter",
    "confirm_category",
    "create_request",
    "finish_request",
    "process_request",
    "read_request",
    "record_progress",
    "waiting_notified_request",
]

MAX_REQUEST_DOCUMENTS = 500
RUNNING = frozenset({"wacht", "bezig"})
# The steps of a request, each counted once per document for the progress bar.
STEPS = ("classificeren", "lakken", "valideren", "publiceren")
# Documents per call of a stage function: small enough that the progress bar moves.
CHUNK = 10


@dataclass
class AdhocStatus:
    id: int
    requested_by: str
    document_ids: list[int]
    source: str
    query: str
    category: str
    force_review: bool
    notified: bool
    mode: str
    flow_run_id: str
    state: str
    stage: str
    done: int
    total: int
    message: str
    summary: dict[str, Any] = field(default_factory=dict)

    @property
    def running(self) -> bool:
        return self.state in RUNNING

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0


def create_request(
    ctx: RunContext,
    *,
    requested_by: str,
    document_ids: Sequence[int] = (),
    source: str = "",
    query: str = "",
    category: str = "",
    force_review: bool = False,
    notified: bool = False,
) -> int:
    """Record a request; raises WooError (Dutch) when it names nothing or too much."""
    ids = sorted(set(int(i) for i in document_ids))
    if not ids and not source:
        raise WooError("Kies minstens één document, of een bron om nu uit op te halen.")
    if len(ids) > MAX_REQUEST_DOCUMENTS:
        raise WooError(f"Kies hoogstens {MAX_REQUEST_DOCUMENTS} documenten tegelijk.")
    if source and source not in {s.name for s in ctx.settings.sources}:
        raise WooError(f"Onbekende bron '{source}'.")
    if category and by_code(category) is None:
        raise WooError("Onbekende informatiecategorie.")
    with ctx.ledger.session() as session:
        request = AdhocRequest(
            requested_by=requested_by,
            document_ids=ids,
            source=source,
            query=query.strip()[:500],
            category=category,
            force_review=force_review,
            notified=notified,
            total=len(ids) * len(STEPS),
            summary={},
        )
        session.add(request)
        session.flush()
        return request.id


def read_request(ctx: RunContext, request_id: int) -> AdhocStatus | None:
    with ctx.ledger.session() as session:
        row = session.get(AdhocRequest, request_id)
        if row is None:
            return None
        return AdhocStatus(
            id=row.id,
            requested_by=row.requested_by,
            document_ids=list(row.document_ids or []),
            source=row.source,
            query=row.query,
            category=row.category,
            force_review=row.force_review,
            notified=row.notified,
            mode=row.mode,
            flow_run_id=row.flow_run_id,
            state=row.state,
            stage=row.stage,
            done=row.done,
            total=row.total,
            message=row.message,
            summary=dict(row.summary or {}),
        )


def record_progress(ctx: RunContext, request_id: int, *, advance: int = 0, **values: Any) -> None:
    """Update a request: `advance` adds to the documents-times-steps done; other keywords set
    columns (state, stage, mode, flow_run_id, document_ids, total, message)."""
    with ctx.ledger.session() as session:
        row = session.get(AdhocRequest, request_id)
        if row is None:
            return
        for name, value in values.items():
            setattr(row, name, value)
        row.done = min(row.total, row.done + advance) if row.total else row.done + advance


def finish_request(
    ctx: RunContext, request_id: int, reports: dict[str, BatchReport], *, error: str = ""
) -> None:
    """Mark a request done (or failed, with the reason) and keep its summary."""
    route = reports.get("publiceren", BatchReport(stage="publiceren"))
    summary = {
        "published": route.published,
        "queued": sum(r.queued for r in reports.values()),
        "failures": [[d, r] for report in reports.values() for d, r in report.failed],
    }
    with ctx.ledger.session() as session:
        row = session.get(AdhocRequest, request_id)
        if row is None:
            return
        row.summary = summary
        row.state = "mislukt" if error else "klaar"
        row.message = error
        row.stage = ""
        if not error:
            row.done = row.total


class ProgressReporter:
    """What a flow run tells the request it serves; does nothing without a request."""

    def __init__(self, ctx: RunContext, request_id: int | None) -> None:
        self.ctx = ctx
        self.request_id = request_id
        request = read_request(ctx, request_id) if request_id is not None else None
        self.actor = request.requested_by if request else "ad-hoc"
        if request is not None:
            record_progress(ctx, request.id, state="bezig")

    def __call__(self, **values: Any) -> None:
        if self.request_id is not None:
            record_progress(self.ctx, self.request_id, **values)

    def batch(self, stage: str, documents: int) -> None:
        self(stage=stage, advance=documents)

    def finish(self, reports: dict[str, BatchReport], *, error: str = "") -> None:
        if self.request_id is not None:
            finish_request(self.ctx, self.request_id, reports, error=error)


def confirm_category(ctx: RunContext, ids: Sequence[int], code: str, actor: str) -> int:
    """The information manager's category for classified documents (their choice wins)."""
    category = by_code(code)
    if category is None:
        return 0
    confirmed = 0
    for document_id in ids:
        with ctx.ledger.session() as session:
            document = session.get(Document, document_id)
            if document is None or document.status != Status.CLASSIFIED:
                continue
            record_classification(
                document,
                ClassificationRecord(
                    document_id=document.id,
                    version=document.version,
                    categories=[
                        {
                            "uri": category.uri,
                            "code": category.code,
                            "label": category.label,
                            "confidence": 1.0,
                        }
                    ],
                    confidence=1.0,
                    method="reviewer",
                    needs_review=False,
                    reason=f"gekozen door {actor} bij ad-hocpublicatie",
                ),
            )
            session.flush()
            audit(
                session,
                event="categorie_vastgesteld",
                actor=actor,
                document=document,
                reason=category.label,
                details={"categorieen": [category.code]},
            )
            confirmed += 1
    return confirmed


def _harvest_and_find(ctx: RunContext, request: AdhocStatus) -> list[int]:
    from connectors.notificaties import harvest_notified

    config = next(s for s in ctx.settings.sources if s.name == request.source)
    record_progress(ctx, request.id, stage="ophalen uit de bron")
    if request.notified:
        notified = harvest_notified(ctx, config)
        if notified.error:
            raise WooError(f"ophalen uit bron {request.source} mislukt: {notified.error}")
        return sorted(set(request.document_ids) | set(notified.documents))
    report = harvest_source(ctx, config)
    if report.error:
        raise WooError(f"ophalen uit bron {request.source} mislukt: {report.error}")
    found = find_documents(ctx, source=request.source, query=request.query or None)
    return sorted(set(request.document_ids) | set(found[:MAX_REQUEST_DOCUMENTS]))


def waiting_notified_request(ctx: RunContext, source: str) -> int | None:
    """The id of a notified request for `source` that has not started harvesting yet, if any:
    it will take every notification queued until then."""
    from sqlalchemy import select

    with ctx.ledger.session() as session:
        return session.scalar(
            select(AdhocRequest.id).where(
                AdhocRequest.source == source,
                AdhocRequest.notified.is_(True),
                AdhocRequest.state == "wacht",
            )
        )


def process_request(ctx: RunContext, request_id: int) -> None:
    """Run one request's documents through every stage in this process, with progress.

    Fail closed: whatever goes wrong, the documents stay in the ledger state they reached (the
    stage functions commit per document) and the request says what failed.
    """
    request = read_request(ctx, request_id)
    if request is None or not request.running:
        return
    record_progress(ctx, request_id, state="bezig", mode=request.mode or "in-process")
    reports: dict[str, BatchReport] = {}
    try:
        ids = request.document_ids
        if request.source:
            ids = _harvest_and_find(ctx, request)
            record_progress(ctx, request_id, document_ids=ids, total=len(ids) * len(STEPS))
        for step in STEPS:
            record_progress(ctx, request_id, stage=step)
            total = reports.setdefault(step, BatchReport(stage=step))
            for start in range(0, len(ids), CHUNK):
                chunk = ids[start : start + CHUNK]
                total.merge(_run_step(ctx, step, chunk, request))
                record_progress(ctx, request_id, advance=len(chunk))
            if step == "classificeren" and request.category:
                confirm_category(ctx, ids, request.category, request.requested_by)
        if reports["publiceren"].published:
            rebuild_sitemaps(ctx)
    except Exception as exc:  # the page must learn that the run stopped
        finish_request(ctx, request_id, reports, error=str(exc) or type(exc).__name__)
        raise
    finish_request(ctx, request_id, reports)


def _run_step(ctx: RunContext, step: str, ids: list[int], request: AdhocStatus) -> BatchReport:
    if step == "classificeren":
        return classify_batch(ctx, ids)
    if step == "lakken":
        return redact_batch(ctx, ids)
    if step == "valideren":
        return validate_batch(ctx, ids)
    if request.force_review:
        return queue_for_review(
            ctx, ids, reason="handmatige beoordeling gevraagd bij ad-hocpublicatie"
        )
    return route_batch(ctx, ids)
