"""The per-document stages, applied to batches of document ids.

Each stage reloads its documents from the ledger, skips those not in the state it expects
(so a rerun redoes only what is missing), calls one library function per document, and commits
per document. A permanent error fails that document with its reason; the batch goes on.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from pydantic import ValidationError
from sqlalchemy.exc import OperationalError as DBAPIOperationalError
from sqlalchemy.orm import Session

from ledger.models import ClassificationRecord, Document, RedactionPlan, record_classification
from ledger.states import Status, transition
from publicatie.convert import source_text, to_pdf
from publicatie.diwoo_xml import diwoo_xml
from publicatie.metadata import build_diwoo
from publicatie.pages import document_page_key
from publicatie.pdf_text import extract_text
from publicatie.policy import policy_from_settings
from publicatie.redact import redact_pdf
from publicatie.screening import screen_document
from publicatie.xsd import validate_diwoo
from woo.context import RunContext, work_key
from woo.errors import PermanentError, TransientError, WooError
from woo.logsafe import PrintableFilter
from woo.publish import public_keys, publish_document
from woo_categorieen import TextLayer, classify
from woo_categorieen.text_layer import layer_for

log = logging.getLogger(__name__)
log.addFilter(PrintableFilter())

CLASSIFY_TEXT_CHARS = 20_000


@dataclass
class BatchReport:
    """Outcome of one stage over one batch."""

    stage: str
    done: int = 0
    skipped: int = 0
    queued: int = 0
    published: int = 0
    would_publish: int = 0
    pages: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)

    def merge(self, other: BatchReport) -> None:
        self.done += other.done
        self.skipped += other.skipped
        self.queued += other.queued
        self.published += other.published
        self.would_publish += other.would_publish
        self.pages += other.pages
        self.failed.extend(other.failed)


StageStep = Callable[[RunContext, Session, Document, BatchReport], None]


def _run_stage(
    ctx: RunContext, ids: Sequence[int], stage: str, expected: Status, step: StageStep
) -> BatchReport:
    report = BatchReport(stage=stage)
    for document_id in ids:
        with ctx.ledger.session() as session:
            document = session.get(Document, document_id)
            if document is None or document.status != expected:
                report.skipped += 1
                continue
            name = document.source_id
            # Public objects this step may write before its ledger commit (publish only).
            unrecorded = _unrecorded_keys(document) if expected == Status.VALIDATED else []
        try:
            with ctx.ledger.session() as session:
                document = session.get(Document, document_id)
                step(ctx, session, document, report)
                report.done += 1
        except Exception as exc:  # one document's failure never stops the batch
            reason = _reason(exc)
            log.warning("%s mislukt voor %s: %s", stage, name, reason)
            # Nothing half-published: the ledger did not record these files, so take them back.
            _delete_quietly(ctx, unrecorded)
            if _is_transient(exc):
                # Storage or network outage: the document stays where it is; the next run
                # retries it (a permanent `failed` would strand it until its source changes).
                report.failed.append((name, f"tijdelijke fout, volgende run opnieuw: {reason}"))
                continue
            with ctx.ledger.session() as session:
                document = session.get(Document, document_id)
                transition(session, document, Status.FAILED, actor=ctx.actor, reason=reason)
            report.failed.append((name, reason))
    return report


def _unrecorded_keys(document: Document) -> list[str]:
    """Public keys a publish of `document` writes, unless an active publication owns them."""
    if document.active_publication() is not None:
        return []
    return [*public_keys(document), document_page_key(document.public_id)]


def _delete_quietly(ctx: RunContext, keys: Sequence[str]) -> None:
    for key in keys:
        try:
            ctx.public.delete(key)
        except Exception as exc:  # reconciliation finds whatever is left
            log.error("kon %s niet terugnemen van de publieke site: %s", key, exc)


def _is_transient(exc: Exception) -> bool:
    """Worth retrying next run: our TransientError, a dropped database connection, or a network
    error from a client library."""
    if isinstance(exc, TransientError | ConnectionError | TimeoutError | DBAPIOperationalError):
        return True
    return type(exc).__module__.split(".", 1)[0] in ("urllib3", "httpx", "httpcore")


def _reason(exc: Exception) -> str:
    if isinstance(exc, WooError):
        return exc.message
    return f"{type(exc).__name__}: {exc}"


# -- 1. classify ----------------------------------------------------------------------------
def _classify_one(
    ctx: RunContext, session: Session, doc: Document, report: BatchReport, *, layer: TextLayer
) -> None:
    original = ctx.private.get(doc.original_key)
    # Hostile input is refused before any parser or converter sees it (fail closed).
    screen_document(
        original,
        file_name=doc.file_name,
        media_type=doc.media_type,
        metadata=doc.source_metadata or {},
        document=doc.source_id,
    )
    pdf = to_pdf(original, doc.file_name, doc.media_type, document=doc.source_id)
    pages = extract_text(pdf, document=doc.source_id)
    ctx.private.put(work_key(doc, "document.pdf"), pdf, "application/pdf")
    doc.pages = len(pages)
    report.pages += len(pages)
    result = classify(
        title=doc.title,
        text="\n".join(pages)[:CLASSIFY_TEXT_CHARS],
        file_name=doc.file_name,
        metadata=doc.source_metadata,
        mapping=ctx.settings.category_mapping,
        threshold=ctx.settings.thresholds.classification,
        margin=ctx.settings.thresholds.margin,
        text_layer=layer,
    )
    record_classification(
        doc,
        ClassificationRecord(
            document_id=doc.id,
            version=doc.version,
            categories=[c.model_dump() for c in result.categories],
            confidence=result.top.confidence if result.top else 0.0,
            method=result.method,
            needs_review=result.needs_review,
            reason=result.reason,
        ),
    )
    transition(session, doc, Status.CLASSIFIED, actor=ctx.actor, reason=result.reason)


def classify_batch(ctx: RunContext, ids: Sequence[int]) -> BatchReport:
    # The configured model is loaded before any document: a missing or broken model file is a
    # configuration error that stops the run, not a failure of every document (which would
    # strand them in `failed`); the documents stay harvested for the next run.
    layer = layer_for(ctx.settings.classification.model)
    step = functools.partial(_classify_one, layer=layer)
    return _run_stage(ctx, ids, "classificeren", Status.HARVESTED, step)


# -- 2. redact (lakken) ---------------------------------------------------------------------
def _redact_one(ctx: RunContext, session: Session, doc: Document, _: BatchReport) -> None:
    pdf = ctx.private.get(work_key(doc, "document.pdf"))
    policy = policy_from_settings(ctx.settings.redaction)
    original = ctx.private.get(doc.original_key)
    text = source_text(original, doc.file_name, doc.media_type)
    redacted, result = redact_pdf(pdf, document=doc.source_id, policy=policy, source_text=text)
    key = work_key(doc, "redacted.pdf")
    ctx.private.put(key, redacted, "application/pdf")
    doc.redaction_plans.append(
        RedactionPlan(
            document_id=doc.id,
            version=doc.version,
            spans=[s.model_dump(mode="json") for s in result.spans],
            redacted_key=key,
            verified=result.verified,
            needs_review=result.needs_review,
            reason=result.reason,
        )
    )
    redacted_count = sum(1 for s in result.spans if s.action == "redact")
    transition(
        session, doc, Status.REDACTED, actor=ctx.actor, reason=f"{redacted_count} passages gelakt"
    )


def redact_batch(ctx: RunContext, ids: Sequence[int]) -> BatchReport:
    return _run_stage(ctx, ids, "lakken", Status.CLASSIFIED, _redact_one)


# -- 3. validate ----------------------------------------------------------------------------
def _validate_one(ctx: RunContext, session: Session, doc: Document, report: BatchReport) -> None:
    record = doc.current_classification()
    if record is None or not record.categories:
        reason = record.reason if record else "niet geclassificeerd"
        transition(session, doc, Status.QUEUED, actor=ctx.actor, reason=reason)
        report.queued += 1
        return
    try:
        model = build_diwoo(
            document=doc,
            categories=[c["uri"] for c in record.categories],
            settings=ctx.settings,
        )
        xml = diwoo_xml(model)
        validate_diwoo(xml, document=doc.source_id)
    except (ValidationError, PermanentError) as exc:
        reason = f"metadata ongeldig: {_reason(exc)}"
        transition(session, doc, Status.QUEUED, actor=ctx.actor, reason=reason)
        report.queued += 1
        return
    ctx.private.put(work_key(doc, "metadata.xml"), xml, "application/xml")
    ctx.private.put(
        work_key(doc, "metadata.json"),
        json.dumps(model.model_dump(mode="json", exclude_none=True)).encode(),
        "application/json",
    )
    transition(session, doc, Status.VALIDATED, actor=ctx.actor, reason="DiWoo-metadata geldig")


def validate_batch(ctx: RunContext, ids: Sequence[int]) -> BatchReport:
    return _run_stage(ctx, ids, "valideren", Status.REDACTED, _validate_one)


# -- 4. route: publish or queue -------------------------------------------------------------
def review_reasons(doc: Document, *, redacted_needs_review: bool = False) -> list[str]:
    """Why a person must look at this document first; empty when it may be published."""
    reasons: list[str] = []
    flagged = (doc.source_metadata or {}).get("requires_review")
    if flagged:  # set by a connector, e.g. a ZGW vertrouwelijkheidaanduiding other than openbaar
        reasons.append(f"bron vraagt beoordeling: {flagged}")
    record = doc.current_classification()
    plan = doc.current_redaction()
    if record is None or record.needs_review:
        reasons.append(f"classificatie onzeker: {record.reason if record else 'ontbreekt'}")
    if plan is None or not plan.verified:
        reasons.append(f"lakken niet geverifieerd: {plan.reason if plan else 'ontbreekt'}")
    elif plan.needs_review:
        reasons.append(f"lakken vraagt beoordeling: {plan.reason}")
    elif redacted_needs_review and any(s.get("action") == "redact" for s in plan.spans or []):
        reasons.append("lakken vraagt beoordeling: er is gelakt en de instelling vraagt een mens")
    return reasons


def _route_one(
    ctx: RunContext, session: Session, doc: Document, report: BatchReport, dry_run: bool
) -> None:
    reasons = review_reasons(doc, redacted_needs_review=ctx.settings.review.redacted_needs_review)
    if reasons:
        transition(session, doc, Status.QUEUED, actor=ctx.actor, reason="; ".join(reasons))
        report.queued += 1
    elif dry_run:
        report.would_publish += 1
    else:
        publish_document(ctx, session, doc, actor=ctx.actor, reason="automatisch gepubliceerd")
        report.published += 1


def route_batch(ctx: RunContext, ids: Sequence[int], *, dry_run: bool = False) -> BatchReport:
    def step(c: RunContext, s: Session, d: Document, r: BatchReport) -> None:
        _route_one(c, s, d, r, dry_run)

    return _run_stage(ctx, ids, "publiceren", Status.VALIDATED, step)
