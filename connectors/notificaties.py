"""Webhook receiver for the ZGW Notificaties API, and the harvest of what it queued.

Open Notificaties posts one message per change (kanaal `documenten`: create, update,
partial_update, destroy of an enkelvoudiginformatieobject; kanaal `zaken`: create of a
zaakinformatieobject). The receiver stores each relevant message in the ledger
(`source_notifications`) for the ZGW source whose URL it concerns, and answers 204 quickly;
then, when the app gave it an `on_queued` callback, it calls that with the source's name (after
the answer, as a background task) so an ad-hoc run can start at once: the `adhoc_publication`
flow with `source` and `notified=True` (or `woo sources notified NAAM`) harvests exactly the
queued documents with `harvest_notified()` and takes them through every stage (publish, or the
review queue when a person must look first). A failing callback loses nothing: the
notifications stay queued, and the nightly reconciliation catches anything a lost notification
missed.

An app that serves the receiver mounts `notificaties_router(...)` under `/notificaties` (the
review web app does not mount it yet); `create_app()` is a tiny standalone app for tests and
small set-ups. The abonnement's `auth` value must equal the
environment variable `WOO_NOTIFICATIES_TOKEN` (e.g. `Bearer <random>`); without it every call
is refused (fail closed).
"""

from __future__ import annotations

import hmac
import logging
import os
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, BackgroundTasks, FastAPI, Header, HTTPException, Request, Response
from pydantic import BaseModel, Field, ValidationError
from sqlalchemy import select

from connectors.base import Connector, Cursor, build_connector
from ledger.db import Ledger
from ledger.models import Document, SourceNotification
from schemas.records import DocumentRef, FetchedDocument
from woo.context import RunContext
from woo.harvest import SourceReport, harvest_source
from woo.settings import Settings, SourceConfig

__all__ = [
    "TOKEN_ENV",
    "Notificatie",
    "NotifiedReport",
    "create_app",
    "harvest_notified",
    "notificaties_router",
    "pending",
]

log = logging.getLogger(__name__)

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


OnQueued = Callable[[str], None]


def _start(on_queued: OnQueued, source: str) -> None:
    try:
        on_queued(source)
    except Exception:  # the notification is stored: the next (nightly) run takes it
        log.exception("bron %s: directe verwerking na een notificatie niet gestart", source)


def notificaties_router(
    ledger: Ledger, settings: Settings, *, on_queued: OnQueued | None = None
) -> APIRouter:
    """POST / receives notifications; 204 when stored or not relevant, 403 on a wrong token.

    `on_queued(source)` runs after the answer, for each stored notification.
    """
    router = APIRouter()

    @router.post("/", status_code=204)
    async def receive(
        request: Request, background: BackgroundTasks, authorization: str = Header(default="")
    ) -> Response:
        # The token first: a caller without it learns nothing, not even what a body must hold.
        expected = os.environ.get(TOKEN_ENV, "")
        if not expected or not hmac.compare_digest(authorization.encode(), expected.encode()):
            raise HTTPException(status_code=403, detail="ongeldige of ontbrekende autorisatie")
        try:
            message = Notificatie.model_validate_json(await request.body())
        except ValidationError as exc:
            raise HTTPException(status_code=400, detail="geen geldige notificatie") from exc
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
        if on_queued is not None:
            background.add_task(_start, on_queued, source)
        return Response(status_code=204)

    return router


def create_app(ledger: Ledger, settings: Settings, *, on_queued: OnQueued | None = None) -> FastAPI:
    """A standalone app with the receiver under /notificaties."""
    app = FastAPI(title="Woo-notificaties")
    app.include_router(
        notificaties_router(ledger, settings, on_queued=on_queued), prefix="/notificaties"
    )
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


@dataclass
class NotifiedReport(SourceReport):
    """The harvest of the notified documents, and their ledger ids for the stages that follow:
    the ones still in the source and harvested without failure (new, changed or unchanged)."""

    documents: list[int] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {**super().as_dict(), "documents": self.documents}


def harvest_notified(
    ctx: RunContext, source: SourceConfig, *, connector: Connector | None = None
) -> NotifiedReport:
    """Harvest the documents queued by notifications for `source`; mark what succeeded.

    The report's `documents` are the ledger ids the immediate run takes through the stages.
    """
    rows = pending(ctx.ledger, source.name)
    report = NotifiedReport(source=source.name)
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
    report = NotifiedReport(
        **asdict(harvest_source(ctx, source, connector=_Notified(inner, unique)))
    )
    if report.error:
        return report
    failed = {document for document, _reason in report.failed}
    present = [r.source_id for r in unique if not r.deleted and r.source_id not in failed]
    now = datetime.now(UTC)
    with ctx.ledger.session() as session:
        for row in rows:
            if resolved[row.resource_url] not in failed:
                stored = session.get(SourceNotification, row.id)
                if stored is not None:
                    stored.handled_at = now
        report.documents = list(
            session.scalars(
                select(Document.id)
                .where(Document.source == source.name, Document.source_id.in_(present))
                .order_by(Document.id)
            )
        )
    return report
