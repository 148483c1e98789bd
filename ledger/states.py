"""The document lifecycle: one enum of states, one table of allowed transitions, one function
that applies a transition and writes its audit entry.

    harvested → classified → redacted → validated → queued | published
    queued → published | refused            (a person decided)
    published → withdrawn                   (intrekken)
    any state → failed (with a reason)      (a permanent error for this version)
    any state → harvested                   (only as a *new version* of the document)
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from ledger.models import AuditEvent, Document
from woo.errors import TransitionError


class Status(StrEnum):
    HARVESTED = "harvested"
    CLASSIFIED = "classified"
    REDACTED = "redacted"
    VALIDATED = "validated"
    QUEUED = "queued"
    PUBLISHED = "published"
    REFUSED = "refused"
    FAILED = "failed"
    WITHDRAWN = "withdrawn"


S = Status
ALLOWED: dict[Status, frozenset[Status]] = {
    S.HARVESTED: frozenset({S.CLASSIFIED, S.FAILED, S.WITHDRAWN}),
    S.CLASSIFIED: frozenset({S.REDACTED, S.FAILED, S.WITHDRAWN}),
    # redacted → queued: the metadata could not be validated; a person completes it.
    S.REDACTED: frozenset({S.VALIDATED, S.QUEUED, S.FAILED, S.WITHDRAWN}),
    S.VALIDATED: frozenset({S.QUEUED, S.PUBLISHED, S.FAILED, S.WITHDRAWN}),
    S.QUEUED: frozenset({S.PUBLISHED, S.REFUSED, S.FAILED, S.WITHDRAWN}),
    S.PUBLISHED: frozenset({S.WITHDRAWN}),
    S.REFUSED: frozenset(),
    S.FAILED: frozenset(),
    S.WITHDRAWN: frozenset(),
}
# States in which a run has nothing left to do for the current version.
FINAL: frozenset[Status] = frozenset({S.PUBLISHED, S.REFUSED, S.FAILED, S.WITHDRAWN})
# States that still need a person.
WAITING: frozenset[Status] = frozenset({S.QUEUED})


def can_transition(current: Status, target: Status) -> bool:
    return target in ALLOWED[current]


def audit(
    session: Session,
    *,
    event: str,
    actor: str,
    document: Document | None = None,
    reason: str = "",
    details: dict[str, Any] | None = None,
    from_status: str = "",
    to_status: str = "",
    key: str | None = None,
) -> AuditEvent | None:
    """Append one audit entry; an entry with the same key already written is not written again."""
    doc_part = f"{document.id}:v{document.version}" if document is not None else "-"
    event_key = key or f"{doc_part}:{event}:{to_status}"
    exists = session.query(AuditEvent.id).filter_by(event_key=event_key).first()
    if exists:
        return None
    entry = AuditEvent(
        document_id=document.id if document is not None else None,
        version=document.version if document is not None else 0,
        event=event,
        actor=actor,
        from_status=from_status,
        to_status=to_status,
        reason=reason,
        details=details or {},
        event_key=event_key,
    )
    session.add(entry)
    return entry


def transition(
    session: Session,
    document: Document,
    target: Status,
    *,
    actor: str,
    reason: str = "",
    details: dict[str, Any] | None = None,
) -> None:
    """Move `document` to `target` if the lifecycle allows it, and write the audit entry.

    The caller commits; side effects (storage, sitemaps) run only after that commit.
    """
    current = Status(document.status)
    if not can_transition(current, target):
        raise TransitionError(
            f"statusovergang {current} → {target} is niet toegestaan",
            document=document.source_id,
            source=document.source,
        )
    document.status = target
    document.status_reason = reason
    session.flush()
    audit(
        session,
        event="status",
        actor=actor,
        document=document,
        reason=reason,
        details=details,
        from_status=current,
        to_status=target,
    )


def start_version(
    session: Session,
    document: Document,
    *,
    actor: str,
    checksum: str,
    reason: str,
) -> None:
    """Begin a new version of a document (its source changed): back to `harvested`.

    This is the one way back to the start of the lifecycle, and it always bumps the version,
    so every audit entry stays tied to the version it concerns.
    """
    previous = document.status
    document.version += 1
    document.checksum = checksum
    document.status = Status.HARVESTED
    document.status_reason = ""
    session.flush()
    audit(
        session,
        event="version",
        actor=actor,
        document=document,
        reason=reason,
        details={"checksum": checksum},
        from_status=previous or "",
        to_status=Status.HARVESTED,
    )
