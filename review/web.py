"""Shared web plumbing: templates, the logged-in principal, role checks and CSRF."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from review.accounts import Principal, load_principal
from review.queue import STATUS_LABELS, TTLCache
from review.session import SessionCodec, resolve_session
from review.throttle import LoginLimits
from woo.context import RunContext

__all__ = ["Forbidden", "LoginRequired", "Web"]

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=str(HERE / "templates"))
templates.env.globals["status_label"] = lambda s: STATUS_LABELS.get(s, s)
EVENT_LABELS = {
    "version": "nieuwe versie",
    "status": "status",
    "lakken_aangepast": "lakken aangepast",
    "categorie_vastgesteld": "categorie vastgesteld",
    "metadata_aangepast": "metadata aangepast",
    "geparkeerd": "geparkeerd",
    "harvest_failed": "ophalen mislukt",
}
templates.env.globals["event_label"] = lambda e: EVENT_LABELS.get(e, e)


class LoginRequired(Exception):
    """No valid session: GET pages redirect to the login page, everything else gets 401."""


class Forbidden(Exception):
    """Logged in, but the role (or the CSRF token) does not allow this."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Web:
    """Per-application state every route needs."""

    def __init__(
        self, ctx: RunContext, codec: SessionCodec, limits: LoginLimits | None = None
    ) -> None:
        self.ctx = ctx
        self.codec = codec
        self.limits = limits or LoginLimits()
        # The woo.toml the page was started with: a Prefect worker reads the same file.
        self.config_path: Path | None = None
        self.cache = TTLCache()

    def principal(self, request: Request) -> Principal:
        with self.ctx.ledger.session() as db:
            session = resolve_session(db, self.codec.token(request))
            principal = load_principal(db, session.user_name) if session else None
        if session is None or principal is None:
            raise LoginRequired()
        request.state.csrf = session.csrf
        request.state.principal = principal
        return principal

    def require(self, request: Request, roles: frozenset[str] | None = None) -> Principal:
        principal = self.principal(request)
        if roles is not None and principal.role not in roles:
            raise Forbidden("U hebt niet de rol die hiervoor nodig is.")
        return principal

    async def form(
        self, request: Request, roles: frozenset[str] | None = None
    ) -> tuple[Principal, Any]:
        """The principal and the submitted form, after the role and CSRF checks."""
        principal = self.require(request, roles)
        form = await request.form()
        token = form.get("csrf")
        if not self.codec.csrf_ok(request.state.csrf, str(token) if token else None):
            raise Forbidden(
                "Het formulier is verlopen of niet geldig. Laad de pagina opnieuw en probeer "
                "het nog eens."
            )
        return principal, form

    def page(
        self, request: Request, template: str, status_code: int = 200, **values: Any
    ) -> HTMLResponse:
        values.setdefault("principal", getattr(request.state, "principal", None))
        values.setdefault("csrf", getattr(request.state, "csrf", ""))
        values.setdefault("organisatie", self.ctx.settings.organisatie.naam)
        return templates.TemplateResponse(request, template, values, status_code=status_code)
