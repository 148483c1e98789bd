"""Rate limiting of the login form: too many failures per account or per client wait a while.

Failures are kept in the ledger (`login_failures`), so the limit holds across restarts and
across several server processes. A blocked attempt is refused before the password is checked,
so guessing on goes nowhere and learns nothing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ledger.models import LoginFailure, utcnow

__all__ = ["LoginLimits", "blocked_for", "clear_failures", "record_failure"]


@dataclass(frozen=True)
class LoginLimits:
    per_name: int = 5
    per_client: int = 20
    window: timedelta = timedelta(minutes=15)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=utcnow().tzinfo)


def _wait(db: Session, column: object, value: str, limit: int, window: timedelta) -> int:
    since = utcnow() - window
    recent = (
        select(LoginFailure.at)
        .where(column == value, LoginFailure.at > since)
        .order_by(LoginFailure.at.desc())
        .limit(limit)
        .subquery()
    )
    count, oldest = db.execute(select(func.count(), func.min(recent.c.at))).one()
    if count < limit or oldest is None:
        return 0
    return max(1, math.ceil((_aware(oldest) + window - utcnow()).total_seconds()))


def blocked_for(db: Session, name: str, client: str, limits: LoginLimits) -> int:
    """Seconds before this account name or client may try again (0: not blocked)."""
    return max(
        _wait(db, LoginFailure.name, name[:100], limits.per_name, limits.window),
        _wait(db, LoginFailure.client, client[:100], limits.per_client, limits.window),
    )


def record_failure(db: Session, name: str, client: str, limits: LoginLimits) -> None:
    db.execute(delete(LoginFailure).where(LoginFailure.at < utcnow() - limits.window))
    db.add(LoginFailure(name=name[:100], client=client[:100]))


def clear_failures(db: Session, name: str) -> None:
    """A successful login forgets the account's failures (not the client's)."""
    db.execute(delete(LoginFailure).where(LoginFailure.name == name[:100]))
