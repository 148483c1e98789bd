"""The FastAPI application of the beoordelingswachtrij: every page and every form.

Every route except the login page requires a session and checks the role; every form carries
the session's CSRF token; every change to a document carries the `lock_version` that was shown.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError
from starlette.datastructures import UploadFile

from ledger.models import AuditEvent, Document, ReviewNote
from ledger.states import Status
from review import actions
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
from review.session import SessionCodec, load_secret
from review.uploads import MAX_UPLOAD_BYTES, UploadError, publish_upload
from review.web import HERE, Forbidden, LoginRequired, Web
from woo.context import RunContext, open_context, work_key
from woo.publish import withdraw_document
from woo.settings import Settings, masked
from woo_categorieen import categories

__all__ = ["create_app"]

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
    settings: Settings, *, ctx: RunContext | None = None, secure_cookies: bool = False
) -> FastAPI:
    """The review application on the ledger and storage that `settings` describe."""
    ctx = ctx or open_context(settings)
    web = Web(ctx, SessionCodec(load_secret(settings.data_dir), secure=secure_cookies))
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

    @app.middleware("http")
    async def _headers(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "same-origin"
        response.headers["Content-Security-Policy"] = (
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            "form-action 'self'; frame-ancestors 'none'"
        )
        response.headers.setdefault("Cache-Control", "no-store")
        return response

    _login_routes(app, web)
    _queue_routes(app, web)
    _document_routes(app, web)
    _admin_routes(app, web)
    return app


# -- inloggen -------------------------------------------------------------------------------
def _login_routes(app: FastAPI, web: Web) -> None:
    @app.get("/inloggen", response_class=HTMLResponse)
    async def login_page(request: Request) -> Response:
        return web.page(request, "inloggen.html", login_token=web.codec.login_token())

    @app.post("/inloggen", response_class=HTMLResponse)
    async def login(request: Request) -> Response:
        form = await request.form()
        if not web.codec.login_token_ok(_text(form, "csrf")):
            return web.page(
                request,
                "inloggen.html",
                status_code=403,
                login_token=web.codec.login_token(),
                fout="Het formulier is verlopen. Probeer het opnieuw.",
            )
        name = _text(form, "naam")
        with web.ctx.ledger.session() as db:
            principal = authenticate(db, name, _text(form, "wachtwoord"))
        if principal is None:
            return web.page(
                request,
                "inloggen.html",
                status_code=401,
                login_token=web.codec.login_token(),
                naam=name,
                fout="De naam of het wachtwoord klopt niet.",
            )
        response = RedirectResponse("/", status_code=303)
        web.codec.login(response, principal.name)
        return response

    @app.post("/uitloggen")
    async def logout(request: Request) -> Response:
        await web.form(request)
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
def _admin_routes(app: FastAPI, web: Web) -> None:
    @app.get("/ad-hoc", response_class=HTMLResponse)
    async def upload_page(request: Request) -> Response:
        web.require(request, CAN_ADMINISTER)
        return web.page(
            request,
            "ad-hoc.html",
            categories=[c for c in categories()],
            max_mb=MAX_UPLOAD_BYTES // (1024 * 1024),
        )

    @app.post("/ad-hoc", response_class=HTMLResponse)
    async def upload(request: Request) -> Response:
        length = int(request.headers.get("content-length") or 0)
        if length > MAX_UPLOAD_BYTES + 64 * 1024:
            web.require(request, CAN_ADMINISTER)
            return web.page(
                request,
                "ad-hoc.html",
                status_code=413,
                categories=list(categories()),
                max_mb=MAX_UPLOAD_BYTES // (1024 * 1024),
                fout="Het bestand is te groot. Het mag hoogstens 20 MB zijn.",
            )
        principal, form = await web.form(request, CAN_ADMINISTER)
        upload = form.get("bestand")
        try:
            if not isinstance(upload, UploadFile):
                raise UploadError("Kies een bestand.")
            data = await upload.read(MAX_UPLOAD_BYTES + 1)
            outcome = publish_upload(
                web.ctx,
                file_name=upload.filename or "",
                data=data,
                title=_text(form, "titel"),
                category=_text(form, "categorie"),
                actor=principal,
            )
        except UploadError as exc:
            return web.page(
                request,
                "ad-hoc.html",
                status_code=422,
                categories=list(categories()),
                max_mb=MAX_UPLOAD_BYTES // (1024 * 1024),
                fout=str(exc),
            )
        web.cache.clear()
        return web.page(
            request,
            "ad-hoc.html",
            categories=list(categories()),
            max_mb=MAX_UPLOAD_BYTES // (1024 * 1024),
            outcome=outcome,
        )

    @app.get("/instellingen", response_class=HTMLResponse)
    async def settings_page(request: Request) -> Response:
        web.require(request, CAN_ADMINISTER)
        shown = json.dumps(masked(web.ctx.settings), ensure_ascii=False, indent=2, default=str)
        return web.page(request, "instellingen.html", settings=shown, roles=ROLES)
