"""The queue: filters, sorting, keyset paging and counts per reason, fast at 100,000 rows.

Paging is by keyset on (updated_at, id), served by the index `ix_documents_status_updated`, so
page 2,000 costs what page 1 costs. Reasons are derived from the status reason the pipeline
writes (classificatie, lakken, metadata).
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from ledger.models import ClassificationRecord, Document, DocumentCategory
from ledger.states import Status

__all__ = [
    "COUNT_CAP",
    "PAGE_SIZE",
    "REASONS",
    "QueueFilters",
    "QueuePage",
    "load_queue",
    "reason_counts",
]

PAGE_SIZE = 50
# Counting stops here: "meer dan 10.000" is as useful as the exact number, and stays fast.
COUNT_CAP = 10_000
# key → (label shown to users, LIKE patterns on the status reason)
REASONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "classificatie": ("Categorie onzeker", ("%classificatie%", "%categorie%")),
    "lakken": ("Lakken controleren", ("%lakken%",)),
    "metadata": ("Metadata onvolledig", ("%metadata%",)),
}


def _reason_match(key: str) -> Any:
    return or_(*(Document.status_reason.like(p) for p in REASONS[key][1]))


SORTS = {"oudste": "Oudste eerst", "nieuwste": "Nieuwste eerst"}
STATUS_LABELS: dict[str, str] = {
    Status.QUEUED: "in de wachtrij",
    Status.PUBLISHED: "gepubliceerd",
    Status.REFUSED: "niet openbaar",
    Status.FAILED: "mislukt",
    Status.WITHDRAWN: "ingetrokken",
    Status.HARVESTED: "opgehaald",
    Status.CLASSIFIED: "ingedeeld",
    Status.REDACTED: "gelakt",
    Status.VALIDATED: "gecontroleerd",
}


@dataclass
class QueueFilters:
    status: str = Status.QUEUED
    category: str = ""
    source: str = ""
    reason: str = ""
    min_age_days: int | None = None
    sort: str = "oudste"
    after: str = ""

    def normalised(self) -> QueueFilters:
        return QueueFilters(
            status=self.status if self.status in STATUS_LABELS else Status.QUEUED,
            category=self.category if self.category.startswith("infocat") else "",
            source=self.source[:200],
            reason=self.reason if self.reason in REASONS else "",
            min_age_days=self.min_age_days if (self.min_age_days or 0) > 0 else None,
            sort=self.sort if self.sort in SORTS else "oudste",
            after=self.after,
        )

    def query(self, **changes: Any) -> dict[str, str]:
        values = {
            "status": self.status,
            "categorie": self.category,
            "bron": self.source,
            "reden": self.reason,
            "leeftijd": str(self.min_age_days or ""),
            "sortering": self.sort,
        }
        values.update({k: str(v) for k, v in changes.items()})
        return {k: v for k, v in values.items() if v}


@dataclass
class QueueRow:
    id: int
    title: str
    file_name: str
    source: str
    status: str
    reason: str
    updated_at: datetime
    categories: list[str] = field(default_factory=list)


@dataclass
class QueuePage:
    rows: list[QueueRow]
    next_after: str
    total: int

    @property
    def total_capped(self) -> bool:
        return self.total > COUNT_CAP


def _encode(moment: datetime, document_id: int) -> str:
    raw = f"{moment.isoformat()}|{document_id}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode(token: str) -> tuple[datetime, int] | None:
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
        moment, document_id = raw.split("|")
        return datetime.fromisoformat(moment), int(document_id)
    except (ValueError, UnicodeDecodeError):
        return None


def _where(filters: QueueFilters) -> list[Any]:
    conditions: list[Any] = [Document.status == filters.status]
    if filters.source:
        conditions.append(Document.source == filters.source)
    if filters.reason:
        conditions.append(_reason_match(filters.reason))
    if filters.min_age_days:
        cutoff = datetime.now(UTC) - timedelta(days=filters.min_age_days)
        conditions.append(Document.updated_at <= cutoff)
    if filters.category:
        # The indexed copy of the newest classification's categories (see
        # ledger.models.record_classification); a scan of the JSON took seconds at 100,000 rows.
        conditions.append(
            select(DocumentCategory.document_id)
            .where(
                DocumentCategory.document_id == Document.id,
                DocumentCategory.code == filters.category,
                DocumentCategory.version == Document.version,
            )
            .exists()
        )
    return conditions


def load_queue(session: Session, filters: QueueFilters, *, page_size: int = PAGE_SIZE) -> QueuePage:
    """One page of documents matching `filters`, and the key of the next page."""
    filters = filters.normalised()
    conditions = _where(filters)
    capped = select(Document.id).where(*conditions).limit(COUNT_CAP + 1).subquery()
    total = session.scalar(select(func.count()).select_from(capped)) or 0
    newest_first = filters.sort == "nieuwste"
    order = (
        (Document.updated_at.desc(), Document.id.desc())
        if newest_first
        else (Document.updated_at.asc(), Document.id.asc())
    )
    position = _decode(filters.after) if filters.after else None
    if position is not None:
        moment, last_id = position
        if newest_first:
            conditions.append(
                or_(
                    Document.updated_at < moment,
                    and_(Document.updated_at == moment, Document.id < last_id),
                )
            )
        else:
            conditions.append(
                or_(
                    Document.updated_at > moment,
                    and_(Document.updated_at == moment, Document.id > last_id),
                )
            )
    result = session.execute(
        select(
            Document.id,
            Document.title,
            Document.file_name,
            Document.source,
            Document.status,
            Document.status_reason,
            Document.updated_at,
            Document.version,
        )
        .where(*conditions)
        .order_by(*order)
        .limit(page_size + 1)
    ).all()
    more = len(result) > page_size
    result = result[:page_size]
    rows = [
        QueueRow(
            id=r.id,
            title=r.title,
            file_name=r.file_name,
            source=r.source,
            status=r.status,
            reason=r.status_reason,
            updated_at=r.updated_at,
        )
        for r in result
    ]
    _attach_categories(session, rows, {r.id: r.version for r in result})
    next_after = _encode(result[-1].updated_at, result[-1].id) if more and result else ""
    return QueuePage(rows=rows, next_after=next_after, total=total)


def _attach_categories(session: Session, rows: list[QueueRow], versions: dict[int, int]) -> None:
    if not rows:
        return
    latest: dict[int, list[Any]] = {}
    records = session.execute(
        select(
            ClassificationRecord.document_id,
            ClassificationRecord.version,
            ClassificationRecord.categories,
        )
        .where(ClassificationRecord.document_id.in_(list(versions)))
        .order_by(ClassificationRecord.id)
    ).all()
    for record in records:
        if versions.get(record.document_id) == record.version:
            latest[record.document_id] = record.categories or []
    for row in rows:
        row.categories = [c.get("label", c.get("code", "")) for c in latest.get(row.id, [])]


def reason_counts(session: Session, status: str = Status.QUEUED) -> dict[str, int]:
    """How many documents with `status` wait for each reason (a document may have several)."""
    columns = [func.sum(case((_reason_match(key), 1), else_=0)).label(key) for key in REASONS]
    row = session.execute(select(*columns).where(Document.status == status)).one()
    return {key: int(getattr(row, key) or 0) for key in REASONS}


def sources(session: Session) -> list[str]:
    return list(session.scalars(select(Document.source).distinct().order_by(Document.source)))


class TTLCache:
    """A few seconds of memory for figures that are costly on 100,000 rows (counts per reason,
    the list of sources). Cleared after every change made through the page."""

    def __init__(self, seconds: float = 30.0) -> None:
        self.seconds = seconds
        self._values: dict[str, tuple[float, Any]] = {}

    def get(self, key: str, compute: Any) -> Any:
        import time

        now = time.monotonic()
        hit = self._values.get(key)
        if hit is not None and now - hit[0] < self.seconds:
            return hit[1]
        value = compute()
        self._values[key] = (now, value)
        return value

    def clear(self) -> None:
        self._values.clear()
