"""The FastAPI application of the beoordelingswachtrij: every page and every form.

Every route except the login page requires a session and checks the role; every form carries
the session's CSRF token; every change to a document carries the `lock_version` that was shown.
"""

from __future__ import annotations

import json
import logging
import secrets
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError
from starlette.datastructures import UploadFile

from connectors.notificaties import notificaties_router
from ledger.models import AdhocRequest, AuditEvent, Document, ReviewNote
from ledger.states import Status
from review import actions, launch
from review.accounts import CAN_ADMINISTER, CAN_DECIDE, ROLES, authenticate
from review.previews import MAX_PREVIEW_PAGES, render_page
from review.queue import (
    COUNT_CAP,
    REASONS,
    SORTS,
    STATUS_LABELS,
    QueueFilters,
    load_queue,
    reason_counts,
)
from review.queue import sources as queue_sources
from review.session import SessionCodec, end_session, load_secret, start_session
from review.throttle import LoginLimits, blocked_for, clear_failures, record_failure
from review.uploads import MAX_UPLOAD_BYTES, UploadError, store_upload
from review.web import HERE, Forbidden, LoginRequired, Web
from woo.adhoc import create_request, read_request
from woo.context import RunContext, open_context, work_key
from woo.errors import WooError
from woo.logsafe import PrintableFilter, printable
from woo.publish import withdraw_document
from woo.settings import Settings, masked
from woo.work import find_documents
from woo_categorieen import by_code, categories

__all__ = ["create_app"]

log = logging.getLogger(__name__)
log.addFilter(PrintableFilter())

MESSAGES = {
    "lakken": "De gelakte passages zijn aangepast en opnieuw gecontroleerd.",
    "categorie": "De informatiecategorie is opgeslagen.",
    "metadata": "De metadata zijn opgeslagen.",
    "openbaar": "Het document is gepubliceerd.",
    "niet-openbaar": "Het besluit is opgeslagen: het document wordt niet openbaar gemaakt.",
    "geparkeerd": "Het document is geparkeerd met uw notitie. Het blijft in de wachtrij.",
    "ingetrokken": "Het document is ingetrokken en van de website gehaald.",
    "eerste-akkoord": (
        "Uw akkoord is vastgelegd. Dit document heeft gelakte of bijzondere persoonsgegevens: "
        "een tweede beoordelaar moet het nog publiceren."
    ),
}


def create_app(
    settings: Settings,
    *,
    ctx: RunContext | None = None,
    secure_cookies: bool = False,
    login_limits: LoginLimits | None = None,
    config_path: Path | None = None,
) -> FastAPI:
    """The review application on the ledger and storage that `settings` describe.

    `secure_cookies` marks the session cookie Secure: on whenever the page is reached over
    HTTPS (`woo serve` turns it on for every address but the loopback).
    """
    ctx = ctx or open_context(settings)
    codec = SessionCodec(load_secret(settings.data_dir), secure=secure_cookies)
    web = Web(ctx, codec, login_limits)
    web.config_path = config_path
    app = FastAPI(title="Woo-beoordelingswachtrij", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.web = web
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.exception_handler(LoginRequired)
    async def _login_required(request: Request, _: LoginRequired) -> Response:
        if request.method == "GET":
            return RedirectResponse("/inloggen", status_code=303)
        return HTMLResponse("Log eerst in.", status_code=401)

    @app.exception_handler(Forbidden)
    async def _forbidden(request: Request, exc: Forbidden) -> Response:
        return web.page(request, "fout.html", status_code=403, melding=exc.message)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        # Outside the middleware below, so it sets the headers itself. The page names a
        # reference for the log, never the exception, a path or a setting.
        reference = secrets.token_hex(4)
        log.error("onverwachte fout %s bij %s %s", reference, request.method, request.url.path)
        response = HTMLResponse(
            '<!doctype html><html lang="nl"><meta charset="utf-8"><title>Fout</title>'
            "<h1>Er ging iets mis</h1><p>De pagina kon niet worden getoond. Probeer het later "
            f"opnieuw. Noem bij een melding deze code: {reference}.</p></html>",
            status_code=500,
        )
        _security_headers(response)
        return response

    @app.middleware("http")
    async def _headers(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        _security_headers(response)
        return response

    # The Notificaties webhook (its own token, not a session): an immediate ad-hoc run per source.
    app.include_router(
        notificaties_router(
            ctx.ledger, settings, on_queued=launch.notified_starter(ctx, config_path)
        ),
        prefix="/notificaties",
    )
    _login_routes(app, web)
    _queue_routes(app, web)
    _document_routes(app, web)
    _admin_routes(app, web)
    return app


SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
    ),
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


def _security_headers(response: Response) -> None:
    for name, value in SECURITY_HEADERS.items():
        response.headers[name] = value
    response.headers.setdefault("Cache-Control", "no-store")


# -- inloggen -------------------------------------------------------------------------------
def _login_routes(app: FastAPI, web: Web) -> None:
    @app.get("/inloggen", response_class=HTMLResponse)
    async def login_page(request: Request) -> Response:
        return web.page(request, "inloggen.html", login_token=web.codec.login_token())

    @app.post("/inloggen", response_class=HTMLResponse)
    async def login(request: Request) -> Response:
        form = await request.form()

        def again(status_code: int, fout: str, **values: Any) -> Response:
            return web.page(
                request,
                "inloggen.html",
                status_code=status_code,
                login_token=web.codec.login_token(),
                fout=fout,
                **values,
            )

        if not web.codec.login_token_ok(_text(form, "csrf")):
            return again(403, "Het formulier is verlopen. Probeer het opnieuw.")
        name = _text(form, "naam")[:100]
        client = request.client.host if request.client else "onbekend"
        with web.ctx.ledger.session() as db:
            wait = blocked_for(db, name, client, web.limits)
            if wait:
                response = again(
                    429,
                    "Te veel mislukte pogingen om in te loggen. Probeer het over "
                    f"{max(1, round(wait / 60))} minuten opnieuw.",
                    naam=name,
                )
                response.headers["Retry-After"] = str(wait)
                return response
            principal = authenticate(db, name, _text(form, "wachtwoord"))
            if principal is None:
                record_failure(db, name, client, web.limits)
            else:
                clear_failures(db, name)
                # A session id the browser brought along is ended, never taken over.
                end_session(db, web.codec.token(request))
                session = start_session(db, principal.name)
        if principal is None:
            log.warning("mislukte inlogpoging voor %r vanaf %s", printable(name), client)
            return again(401, "De naam of het wachtwoord klopt niet.", naam=name)
        response = RedirectResponse("/", status_code=303)
        web.codec.login(response, session)
        return response

    @app.post("/uitloggen")
    async def logout(request: Request) -> Response:
        await web.form(request)
        with web.ctx.ledger.session() as db:
            end_session(db, web.codec.token(request))
        response = RedirectResponse("/inloggen", status_code=303)
        web.codec.logout(response)
        return response


def _text(form: Any, name: str, default: str = "") -> str:
    value = form.get(name)
    return value if isinstance(value, str) else default


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except ValueError:
        return None


# -- wachtrij -------------------------------------------------------------------------------
def _queue_routes(app: FastAPI, web: Web) -> None:
    @app.get("/", response_class=HTMLResponse)
    async def queue(request: Request) -> Response:
        web.require(request)
        q = request.query_params
        filters = QueueFilters(
            status=q.get("status", Status.QUEUED),
            category=q.get("categorie", ""),
            source=q.get("bron", ""),
            reason=q.get("reden", ""),
            min_age_days=_int(q.get("leeftijd")),
            sort=q.get("sortering", "oudste"),
            after=q.get("na", ""),
        ).normalised()
        with web.ctx.ledger.session() as db:
            page = load_queue(db, filters)
            counts = web.cache.get("redenen", lambda: reason_counts(db))
            known_sources = web.cache.get("bronnen", lambda: queue_sources(db))
        return web.page(
            request,
            "wachtrij.html",
            filters=filters,
            page=page,
            counts=counts,
            reasons=REASONS,
            sorts=SORTS,
            statuses=STATUS_LABELS,
            categories=[c for c in categories() if c.code],
            sources=known_sources,
            count_cap=COUNT_CAP,
        )


# -- één document ---------------------------------------------------------------------------
def _document_view(web: Web, document_id: int) -> dict[str, Any] | None:
    with web.ctx.ledger.session() as db:
        document = db.get(Document, document_id)
        if document is None:
            return None
        plan = document.current_redaction()
        record = document.current_classification()
        publication = document.active_publication()
        history = db.scalars(
            select(AuditEvent).where(AuditEvent.document_id == document_id).order_by(AuditEvent.id)
        ).all()
        notes = db.scalars(
            select(ReviewNote).where(ReviewNote.document_id == document_id).order_by(ReviewNote.id)
        ).all()
        metadata = actions.current_metadata(web.ctx, document)
        return {
            "doc": document,
            "plan": plan,
            "spans": list(plan.spans) if plan else [],
            "record": record,
            "proposed": {c["code"] for c in record.categories} if record else set(),
            "publication": publication,
            "history": history,
            "notes": notes,
            "metadata": metadata,
            "pages": range(1, min(document.pages, MAX_PREVIEW_PAGES) + 1),
        }


def _metadata_values(view: dict[str, Any]) -> dict[str, str]:
    doc, metadata = view["doc"], view["metadata"]
    values = {
        "titel": doc.title,
        "documentsoort": "",
        "creatiedatum": "",
        "handeling": "",
        "handelingsdatum": "",
    }
    if metadata is not None:
        values["titel"] = metadata.titelcollectie.officieleTitel
        soorten = metadata.classificatiecollectie.documentsoorten
        values["documentsoort"] = soorten[0].resource if soorten else ""
        values["creatiedatum"] = metadata.creatiedatum.isoformat() if metadata.creatiedatum else ""
        handeling = metadata.documenthandelingen[0]
        values["handeling"] = handeling.soortHandeling.resource
        values["handelingsdatum"] = handeling.atTime.date().isoformat()
    return values


def _document_routes(app: FastAPI, web: Web) -> None:
    from schemas.diwoo import waardelijst

    def render(
        request: Request,
        document_id: int,
        *,
        status_code: int = 200,
        fout: str = "",
        metadata_form: actions.MetadataInput | None = None,
    ) -> Response:
        view = _document_view(web, document_id)
        if view is None:
            return web.page(
                request, "fout.html", status_code=404, melding="Dit document bestaat niet."
            )
        melding = MESSAGES.get(request.query_params.get("melding", ""), "")
        form_values = metadata_form.values if metadata_form else _metadata_values(view)
        return web.page(
            request,
            "document.html",
            status_code=status_code,
            fout=fout,
            melding=melding,
            metadata_values=form_values,
            metadata_errors=metadata_form.errors if metadata_form else {},
            categories=categories(),
            grounds=actions.REFUSAL_GROUNDS,
            span_types=actions.SPAN_TYPES,
            documentsoorten=waardelijst("documentsoorten"),
            handelingen=waardelijst("documenthandelingen"),
            withdrawal_reasons=actions.withdrawal_reasons(),
            **view,
        )

    @app.get("/documenten/{document_id}", response_class=HTMLResponse)
    async def document_page(request: Request, document_id: int) -> Response:
        web.require(request)
        return render(request, document_id)

    @app.get("/documenten/{document_id}/pagina/{number}")
    async def page_image(request: Request, document_id: int, number: int) -> Response:
        web.require(request)
        soort = request.query_params.get("soort", "gelakt")
        with web.ctx.ledger.session() as db:
            document = db.get(Document, document_id)
            if document is None:
                return Response(status_code=404)
            plan = document.current_redaction()
            if soort == "origineel":
                key, spans = work_key(document, "document.pdf"), (plan.spans if plan else [])
            elif plan is not None:
                key, spans = plan.redacted_key, []
            else:
                return Response(status_code=404)
        try:
            png = render_page(web.ctx.private.get(key), number, spans)
        except (IndexError, FileNotFoundError, KeyError):
            return Response(status_code=404)
        return Response(png, media_type="image/png", headers={"Cache-Control": "private"})

    async def change(
        request: Request,
        document_id: int,
        roles: frozenset[str],
        do: Any,
        done: str,
    ) -> Response:
        principal, form = await web.form(request, roles)
        lock_version = _int(_text(form, "lock_version")) or 0
        metadata_form = None
        try:
            with web.ctx.ledger.session() as db:
                outcome = do(db, principal, form, lock_version)
                if isinstance(outcome, actions.MetadataInput):
                    metadata_form = outcome
                    if outcome.errors:
                        raise _Invalid()
                if isinstance(outcome, _FirstApproval):
                    done = "eerste-akkoord"
        except _Invalid:
            return render(
                request,
                document_id,
                status_code=422,
                metadata_form=metadata_form,
                fout="Het formulier bevat fouten. Zie de meldingen bij de velden.",
            )
        except (actions.StaleDocument, StaleDataError):
            return render(request, document_id, status_code=409, fout=actions.STALE_MESSAGE)
        except (actions.ActionError, UploadError) as exc:
            return render(request, document_id, status_code=422, fout=str(exc))
        web.cache.clear()
        if done in ("openbaar", "ingetrokken"):
            actions.after_publication(web.ctx)
        return RedirectResponse(f"/documenten/{document_id}?melding={done}", status_code=303)

    @app.post("/documenten/{document_id}/lakken")
    async def spans(request: Request, document_id: int) -> Response:
        def do(db: Any, principal: Any, form: Any, lock: int) -> None:
            chosen = {
                int(key.removeprefix("passage-")): str(value)
                for key, value in form.items()
                if key.startswith("passage-") and key.removeprefix("passage-").isdigit()
            }
            actions.set_span_actions(web.ctx, db, document_id, lock, chosen, actor=principal)

        return await change(request, document_id, CAN_DECIDE, do, "lakken")

    @app.post("/documenten/{document_id}/lakken/toevoegen")
    async def add_span(request: Request, document_id: int) -> Response:
        def do(db: Any, principal: Any, form: Any, lock: int) -> None:
            box = [_float(_text(form, k)) for k in ("x0", "y0", "x1", "y1")]
            bbox = tuple(box) if all(v is not None for v in box) else None
            actions.add_span(
                web.ctx,
                db,
                document_id,
                lock,
                actor=principal,
                ground=_text(form, "grond"),
                span_type=_text(form, "soort"),
                text=_text(form, "tekst"),
                page=_int(_text(form, "pagina")),
                bbox=bbox,  # type: ignore[arg-type]
            )

        return await change(request, document_id, CAN_DECIDE, do, "lakken")

    @app.post("/documenten/{document_id}/categorie")
    async def category(request: Request, document_id: int) -> Response:
        def do(db: Any, principal: Any, form: Any, lock: int) -> None:
            codes = [str(v) for v in form.getlist("categorie")]
            actions.set_categories(web.ctx, db, document_id, lock, codes, actor=principal)

        return await change(request, document_id, CAN_DECIDE, do, "categorie")

    @app.post("/documenten/{document_id}/metadata")
    async def metadata(request: Request, document_id: int) -> Response:
        def do(db: Any, principal: Any, form: Any, lock: int) -> actions.MetadataInput:
            values = {f: _text(form, f) for f in actions.MetadataInput.FIELDS}
            entry = actions.MetadataInput(values)
            actions.save_metadata(web.ctx, db, document_id, lock, entry, actor=principal)
            return entry

        return await change(request, document_id, CAN_DECIDE, do, "metadata")

    @app.post("/documenten/{document_id}/besluit")
    async def decide(request: Request, document_id: int) -> Response:
        _, form = await web.form(request, CAN_DECIDE)
        besluit = _text(form, "besluit")
        handlers = {
            "openbaar": lambda db, p, f, lock: (
                actions.decide_publish(
                    web.ctx, db, document_id, lock, actor=p, motivation=_text(f, "motivering")
                )
                or _FirstApproval()
            ),
            "niet-openbaar": lambda db, p, f, lock: actions.decide_refuse(
                web.ctx,
                db,
                document_id,
                lock,
                actor=p,
                ground=_text(f, "grond"),
                motivation=_text(f, "motivering"),
            ),
            "geparkeerd": lambda db, p, f, lock: actions.decide_park(
                web.ctx, db, document_id, lock, actor=p, note=_text(f, "notitie")
            ),
        }
        if besluit not in handlers:
            return render(request, document_id, status_code=422, fout="Kies een besluit.")
        # `change` checks role and CSRF again on the same (cached) form.
        return await change(request, document_id, CAN_DECIDE, handlers[besluit], besluit)

    @app.post("/documenten/{document_id}/intrekken")
    async def withdraw(request: Request, document_id: int) -> Response:
        principal, form = await web.form(request, CAN_ADMINISTER)
        reason_uri = _text(form, "reden")
        if reason_uri not in actions.withdrawal_reasons():
            return render(
                request, document_id, status_code=422, fout="Kies een reden voor het intrekken."
            )
        lock_version = _int(_text(form, "lock_version")) or 0
        with web.ctx.ledger.session() as db:
            document = db.get(Document, document_id)
            if document is None:
                return render(request, document_id, status_code=404)
            if document.lock_version != lock_version:
                return render(request, document_id, status_code=409, fout=actions.STALE_MESSAGE)
            if document.status != Status.PUBLISHED:
                return render(
                    request,
                    document_id,
                    status_code=422,
                    fout="Alleen een gepubliceerd document kan worden ingetrokken.",
                )
        web.cache.clear()
        withdraw_document(
            web.ctx,
            document_id,
            reason_uri=reason_uri,
            actor=principal.name,
            explanation=_text(form, "toelichting").strip(),
        )
        return RedirectResponse(f"/documenten/{document_id}?melding=ingetrokken", status_code=303)


class _Invalid(Exception):
    pass


class _FirstApproval:
    """Four eyes: the first approval is recorded; a second reviewer publishes."""


def _float(value: str) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None


# -- informatiebeheerder --------------------------------------------------------------------
PICK_LIMIT = 200


def _admin_routes(app: FastAPI, web: Web) -> None:
    def adhoc_page(request: Request, status_code: int = 200, **values: Any) -> Response:
        bron = request.query_params.get("bron", "")
        zoekterm = request.query_params.get("zoekterm", "").strip()[:200]
        found: list[Any] = []
        if bron:
            with web.ctx.ledger.session() as db:
                ids = find_documents(web.ctx, source=bron, query=zoekterm or None)[:PICK_LIMIT]
                found = list(
                    db.execute(
                        select(Document.id, Document.title, Document.file_name, Document.status)
                        .where(Document.id.in_(ids))
                        .order_by(Document.id)
                    )
                )
        with web.ctx.ledger.session() as db:
            recent = list(
                db.scalars(select(AdhocRequest).order_by(AdhocRequest.id.desc()).limit(10))
            )
            known_sources = queue_sources(db)
        return web.page(
            request,
            "ad-hoc.html",
            status_code=status_code,
            categories=list(categories()),
            max_mb=MAX_UPLOAD_BYTES // (1024 * 1024),
            sources=[s.name for s in web.ctx.settings.sources],
            known_sources=known_sources,
            bron=bron,
            zoekterm=zoekterm,
            found=found,
            pick_limit=PICK_LIMIT,
            recent=recent,
            **values,
        )

    def start(request_id: int) -> Response:
        launch.start_request(web.ctx, request_id, config_path=web.config_path)
        web.cache.clear()
        return RedirectResponse(f"/ad-hoc/verzoeken/{request_id}", status_code=303)

    @app.get("/ad-hoc", response_class=HTMLResponse)
    async def upload_page(request: Request) -> Response:
        web.require(request, CAN_ADMINISTER)
        return adhoc_page(request)

    @app.post("/ad-hoc", response_class=HTMLResponse)
    async def upload(request: Request) -> Response:
        length = int(request.headers.get("content-length") or 0)
        if length > MAX_UPLOAD_BYTES + 64 * 1024:
            web.require(request, CAN_ADMINISTER)
            return adhoc_page(
                request, 413, fout="Het bestand is te groot. Het mag hoogstens 20 MB zijn."
            )
        principal, form = await web.form(request, CAN_ADMINISTER)
        upload = form.get("bestand")
        category = _text(form, "categorie")
        try:
            if not isinstance(upload, UploadFile):
                raise UploadError("Kies een bestand.")
            if category and by_code(category) is None:
                raise UploadError("Onbekende informatiecategorie.")
            data = await upload.read(MAX_UPLOAD_BYTES + 1)
            document_id = store_upload(
                web.ctx,
                file_name=upload.filename or "",
                data=data,
                title=_text(form, "titel"),
                actor=principal,
            )
        except UploadError as exc:
            return adhoc_page(request, 422, fout=str(exc))
        request_id = create_request(
            web.ctx, requested_by=principal.name, document_ids=[document_id], category=category
        )
        return start(request_id)

    @app.post("/ad-hoc/start", response_class=HTMLResponse)
    async def start_picked(request: Request) -> Response:
        principal, form = await web.form(request, CAN_ADMINISTER)
        ids = [i for i in (_int(str(v)) for v in form.getlist("document")) if i is not None]
        harvest_from = _text(form, "ophalen_uit")
        try:
            request_id = create_request(
                web.ctx,
                requested_by=principal.name,
                document_ids=ids,
                source=harvest_from,
                query=_text(form, "zoekterm") if harvest_from else "",
                category=_text(form, "categorie"),
                force_review=_text(form, "beoordelen") == "ja",
            )
        except WooError as exc:
            return adhoc_page(request, 422, fout=exc.message)
        return start(request_id)

    @app.get("/ad-hoc/verzoeken/{request_id}", response_class=HTMLResponse)
    async def request_page(request: Request, request_id: int) -> Response:
        web.require(request, CAN_ADMINISTER)
        status = read_request(web.ctx, request_id)
        if status is None:
            return web.page(request, "fout.html", status_code=404, melding="Onbekend verzoek.")
        with web.ctx.ledger.session() as db:
            documents = list(
                db.execute(
                    select(Document.id, Document.title, Document.file_name, Document.status)
                    .where(Document.id.in_(status.document_ids[:PICK_LIMIT]))
                    .order_by(Document.id)
                )
            )
        response = web.page(request, "ad-hoc-verzoek.html", verzoek=status, documents=documents)
        if status.running:
            response.headers["Refresh"] = "2"
        return response

    @app.get("/instellingen", response_class=HTMLResponse)
    async def settings_page(request: Request) -> Response:
        web.require(request, CAN_ADMINISTER)
        shown = json.dumps(masked(web.ctx.settings), ensure_ascii=False, indent=2, default=str)
        return web.page(request, "instellingen.html", settings=shown, roles=ROLES)
