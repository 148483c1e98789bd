"""The ledger: the one database that knows the state of every document.

SQLAlchemy 2 models with Alembic migrations (SQLite by default, PostgreSQL in production), an
explicit lifecycle state machine, and an append-only audit log.
"""

from ledger.db import Ledger, open_ledger
from ledger.models import (
    AuditEvent,
    ClassificationRecord,
    Document,
    HarvestCursor,
    Publication,
    RedactionPlan,
)
from ledger.states import Status, transition

__all__ = [
    "AuditEvent",
    "ClassificationRecord",
    "Document",
    "HarvestCursor",
    "Ledger",
    "Publication",
    "RedactionPlan",
    "Status",
    "open_ledger",
    "transition",
]
