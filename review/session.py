"""Signed session cookies and CSRF tokens.

The cookie is signed (itsdangerous), http-only and same-site=strict; it holds the account name
and this session's CSRF token. Every form carries the token; a POST without it is refused.
"""

from __future__ import annotations

import hmac
import os
import secrets
from pathlib import Path

from fastapi import Request, Response
from itsdangerous import BadSignature, URLSafeTimedSerializer

__all__ = ["SESSION_COOKIE", "SessionCodec", "load_secret"]

SESSION_COOKIE = "woo_sessie"
SESSION_MAX_AGE = 8 * 3600
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


class SessionCodec:
    def __init__(self, secret: str, *, secure: bool = False) -> None:
        self._sessions = URLSafeTimedSerializer(secret, salt="woo-sessie")
        self._login = URLSafeTimedSerializer(secret, salt="woo-inlog-csrf")
        self.secure = secure

    # -- session -------------------------------------------------------------------------
    def read(self, request: Request) -> dict[str, str] | None:
        raw = request.cookies.get(SESSION_COOKIE)
        if not raw:
            return None
        try:
            data = self._sessions.loads(raw, max_age=SESSION_MAX_AGE)
        except BadSignature:
            return None
        if not isinstance(data, dict) or "name" not in data or "csrf" not in data:
            return None
        return data

    def login(self, response: Response, name: str) -> None:
        value = self._sessions.dumps({"name": name, "csrf": secrets.token_urlsafe(32)})
        response.set_cookie(
            SESSION_COOKIE,
            value,
            max_age=SESSION_MAX_AGE,
            httponly=True,
            samesite="strict",
            secure=self.secure,
            path="/",
        )

    @staticmethod
    def logout(response: Response) -> None:
        response.delete_cookie(SESSION_COOKIE, path="/")

    # -- CSRF ----------------------------------------------------------------------------
    @staticmethod
    def csrf_ok(session: dict[str, str], token: str | None) -> bool:
        return bool(token) and hmac.compare_digest(session["csrf"], str(token))

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
