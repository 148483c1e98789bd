"""Sessions and CSRF tokens of the review page.

A login creates a row in `review_sessions`; the cookie carries a random token (signed with
itsdangerous, http-only, same-site=strict) and the ledger only its SHA-256. So logout, a new
password or a disabled account ends a session for real, and a session id planted before login
(session fixation) is never taken over: every login starts a new one. Each session has its own
CSRF token that every form carries.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from fastapi import Request, Response
from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy import update
from sqlalchemy.orm import Session

from ledger.models import ReviewSession, utcnow

__all__ = [
    "SESSION_COOKIE",
    "ActiveSession",
    "SessionCodec",
    "end_all_sessions",
    "end_session",
    "load_secret",
    "resolve_session",
    "start_session",
]

SESSION_COOKIE = "woo_sessie"
SESSION_MAX_AGE = 8 * 3600
IDLE_TIMEOUT = timedelta(hours=2)
# last_seen_at is written at most this often, so reading pages does not write on every request.
TOUCH_INTERVAL = timedelta(minutes=1)
LOGIN_TOKEN_MAX_AGE = 3600
SECRET_ENV = "WOO_REVIEW_SESSION_SECRET"


def load_secret(data_dir: Path) -> str:
    """The signing key: from the environment, else a random key kept in the data folder."""
    from_env = os.environ.get(SECRET_ENV)
    if from_env:
        return from_env
    path = data_dir / "review-secret"
    if not path.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(48))
        path.chmod(0o600)
    return path.read_text().strip()


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _aware(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes; everything we store is UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=utcnow().tzinfo)


@dataclass(frozen=True)
class ActiveSession:
    token: str
    user_name: str
    csrf: str


def start_session(db: Session, user_name: str) -> ActiveSession:
    """A new session for `user_name` (always a new token: nothing from before login is kept)."""
    token = secrets.token_urlsafe(32)
    csrf = secrets.token_urlsafe(32)
    db.add(ReviewSession(token_hash=_hash(token), user_name=user_name, csrf=csrf))
    db.flush()
    return ActiveSession(token=token, user_name=user_name, csrf=csrf)


def resolve_session(db: Session, token: str | None) -> ActiveSession | None:
    """The live session for `token`, or None when it is unknown, ended, too old or idle."""
    if not token:
        return None
    row = db.get(ReviewSession, _hash(token))
    if row is None or row.ended_at is not None:
        return None
    now = utcnow()
    if now - _aware(row.created_at) > timedelta(seconds=SESSION_MAX_AGE):
        return None
    if now - _aware(row.last_seen_at) > IDLE_TIMEOUT:
        row.ended_at = now
        return None
    if now - _aware(row.last_seen_at) > TOUCH_INTERVAL:
        row.last_seen_at = now
    return ActiveSession(token=token, user_name=row.user_name, csrf=row.csrf)


def end_session(db: Session, token: str | None) -> None:
    if token:
        db.execute(
            update(ReviewSession)
            .where(ReviewSession.token_hash == _hash(token), ReviewSession.ended_at.is_(None))
            .values(ended_at=utcnow())
        )


def end_all_sessions(db: Session, user_name: str) -> int:
    """End every live session of an account (new password, disabled account)."""
    result = db.execute(
        update(ReviewSession)
        .where(ReviewSession.user_name == user_name, ReviewSession.ended_at.is_(None))
        .values(ended_at=utcnow())
    )
    return result.rowcount or 0


class SessionCodec:
    """Signs the session token into the cookie and the login form's CSRF token."""

    def __init__(self, secret: str, *, secure: bool = False) -> None:
        self._sessions = URLSafeTimedSerializer(secret, salt="woo-sessie")
        self._login = URLSafeTimedSerializer(secret, salt="woo-inlog-csrf")
        self.secure = secure

    # -- session cookie ------------------------------------------------------------------
    def token(self, request: Request) -> str | None:
        """The session token in the request's cookie, if its signature holds."""
        raw = request.cookies.get(SESSION_COOKIE)
        if not raw:
            return None
        try:
            token = self._sessions.loads(raw, max_age=SESSION_MAX_AGE)
        except BadSignature:
            return None
        return token if isinstance(token, str) else None

    def login(self, response: Response, session: ActiveSession) -> None:
        response.set_cookie(
            SESSION_COOKIE,
            self._sessions.dumps(session.token),
            max_age=SESSION_MAX_AGE,
            httponly=True,
            samesite="strict",
            secure=self.secure,
            path="/",
        )

    def logout(self, response: Response) -> None:
        response.delete_cookie(
            SESSION_COOKIE, path="/", httponly=True, samesite="strict", secure=self.secure
        )

    # -- CSRF ----------------------------------------------------------------------------
    @staticmethod
    def csrf_ok(expected: str, token: str | None) -> bool:
        return bool(token) and hmac.compare_digest(expected, str(token))

    def login_token(self) -> str:
        return self._login.dumps(secrets.token_urlsafe(16))

    def login_token_ok(self, token: str | None) -> bool:
        if not token:
            return False
        try:
            self._login.loads(token, max_age=LOGIN_TOKEN_MAX_AGE)
        except BadSignature:
            return False
        return True
