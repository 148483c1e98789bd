"""Webhook receiver for the ZGW Notificaties API, and the harvest of what it queued.

Open Notificaties posts one message per change (kanaal `documenten`: create, update,
partial_update, destroy of an enkelvoudiginformatieobject; kanaal `zaken`: create of a
zaakinformatieobject). The receiver stores each relevant message in the ledger
(`source_notifications`) for the ZGW source whose URL it concerns, and answers 204 quickly.
`harvest_notified()` harvests the queued documents now (an ad-hoc run); the nightly
reconciliation catches anything a lost notification missed.

The review web app mounts `notificaties_router(...)` under `/notificaties`; `create_app()` is a
tiny standalone app for tests and small set-ups. The abonnement's `auth` value must equal the
environment variable `WOO_NOTIFICATIES_TOKEN` (e.g. `Bearer <random>`); without it every call
is refused (fail closed).
"""

from __future__ import annotations

import hmac
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, FastAPI, Header, HTTPException, Response
from pydantic import BaseModel, Field
from sqlalchemy import select

from connectors.base import Connector, Cursor, build_connector
from ledger.db import Ledger
from ledger.models import SourceNotification
from schemas.records import DocumentRef, FetchedDocument
from woo.context import RunContext
from woo.harvest import SourceReport, harvest_source
from woo.settings import Settings, SourceConfig

__all__ = [
    "TOKEN_ENV",
    "Notificatie",
    "create_app",
    "harvest_notified",
    "notificaties_router",
    "pending",
]

TOKEN_ENV = "WOO_NOTIFICATIES_TOKEN"
RELEVANT = {
    ("documenten", "enkelvoudiginformatieobject"),
    ("zaken", "zaakinformatieobject"),
}


class Notificatie(BaseModel):
    """The message Open Notificaties posts to an abonnement's callback URL."""

    kanaal: str
    hoofd_object: str = Field(alias="hoofdObject")
    resource: str
    resource_url: str = Field(alias="resourceUrl")
    actie: str
    aanmaakdatum: str = ""
    kenmerken: dict[str, Any] = Field(default_factory=dict)


def _source_for(settings: Settings, url: str) -> str | None:
    for source in settings.sources:
        if source.kind != "zgw":
            continue
        for key in ("base_url", "zaken_url"):
            root = str(source.options.get(key) or "").rstrip("/")
            if root and url.startswith(root + "/"):
                return source.name
    return None


def notificaties_router(ledger: Ledger, settings: Settings) -> APIRouter:
    """POST / receives notifications; 204 when stored or not relevant, 403 on a wrong token."""
    router = APIRouter()

    @router.post("/", status_code=204)
    def receive(message: Notificatie, authorization: str = Header(default="")) -> Response:
        expected = os.environ.get(TOKEN_ENV, "")
        if not expected or not hmac.compare_digest(authorization.encode(), expected.encode()):
            raise HTTPException(status_code=403, detail="ongeldige of ontbrekende autorisatie")
        if (message.kanaal, message.resource) not in RELEVANT:
            return Response(status_code=204)
        if message.resource == "zaakinformatieobject" and message.actie != "create":
            return Response(status_code=204)
        source = _source_for(settings, message.resource_url)
        if source is None:
            return Response(status_code=204)
        with ledger.session() as session:
            session.add(
                SourceNotification(
                    source=source,
                    resource_url=message.resource_url,
                    kanaal=message.kanaal,
                    resource=message.resource,
                    actie=message.actie,
                )
            )
        return Response(status_code=204)

    return router


def create_app(ledger: Ledger, settings: Settings) -> FastAPI:
    """A standalone app with the receiver under /notificaties."""
    app = FastAPI(title="Woo-notificaties")
    app.include_router(notificaties_router(ledger, settings), prefix="/notificaties")
    return app


def pending(ledger: Ledger, source: str) -> list[SourceNotification]:
    with ledger.session() as session:
        return list(
            session.scalars(
                select(SourceNotification)
                .where(SourceNotification.source == source, SourceNotification.handled_at.is_(None))
                .order_by(SourceNotification.id)
            )
        )


class _Notified:
    """A connector that lists exactly the notified refs and otherwise defers to the real one."""

    def __init__(self, inner: Any, refs: list[DocumentRef]) -> None:
        self.name = inner.name
        self._inner = inner
        self._refs = refs

    def list_changes(self, cursor: Cursor | None) -> Iterator[list[DocumentRef]]:
        if self._refs:
            yield self._refs

    def fetch(self, ref: DocumentRef) -> FetchedDocument:
        return self._inner.fetch(ref)

    def next_cursor(self, cursor: Cursor | None, done: list[DocumentRef]) -> Cursor:
        return self._inner.next_cursor(cursor, done)

    def check(self) -> str:
        return self._inner.check()


def harvest_notified(
    ctx: RunContext, source: SourceConfig, *, connector: Connector | None = None
) -> SourceReport:
    """Harvest the documents queued by notifications for `source`; mark what succeeded."""
    rows = pending(ctx.ledger, source.name)
    report = SourceReport(source=source.name)
    if not rows:
        return report
    inner: Any = connector or build_connector(source)
    urls = list(dict.fromkeys(row.resource_url for row in rows))
    from woo.errors import WooError

    try:
        refs = inner.refs_for(urls)
    except WooError as exc:
        report.error = str(exc)
        return report
    resolved = dict(zip(urls, (ref.source_id for ref in refs), strict=True))
    unique = list({ref.source_id: ref for ref in refs}.values())
    report = harvest_source(ctx, source, connector=_Notified(inner, unique))
    if report.error:
        return report
    failed = {document for document, _reason in report.failed}
    now = datetime.now(UTC)
    with ctx.ledger.session() as session:
        for row in rows:
            if resolved[row.resource_url] not in failed:
                stored = session.get(SourceNotification, row.id)
                if stored is not None:
                    stored.handled_at = now
    return report
