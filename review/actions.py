"""What a reviewer can do to one document, as plain functions over the ledger.

Every change carries the `lock_version` the reviewer saw; a stale one raises `StaleDocument`
(two reviewers never overwrite each other silently). Each change bumps the document's version
counter and writes an audit entry. Publishing and withdrawal call the same library functions as
the flows (`woo.publish`).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from ledger.models import (
    ClassificationRecord,
    Document,
    RedactionPlan,
    ReviewNote,
    record_classification,
    utcnow,
)
from ledger.states import Status, audit, transition
from publicatie.diwoo_xml import diwoo_xml
from publicatie.metadata import build_diwoo
from publicatie.xsd import validate_diwoo
from review.accounts import Principal
from schemas.diwoo import DiWoo, waardelijst
from schemas.records import RedactionSpan
from woo.context import RunContext, work_key
from woo.errors import PermanentError
from woo.publish import publish_document, rebuild_sitemaps
from woo_categorieen import by_code

__all__ = [
    "REFUSAL_GROUNDS",
    "ActionError",
    "MetadataInput",
    "StaleDocument",
    "add_span",
    "decide_park",
    "decide_publish",
    "decide_refuse",
    "save_metadata",
    "set_categories",
    "set_span_actions",
]

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
STALE_MESSAGE = (
    "Iemand anders heeft dit document net gewijzigd. Uw wijziging is niet opgeslagen. "
    "Bekijk de nieuwe stand en probeer het opnieuw."
)
# Grounds to refuse publication (art. 5.1 and 5.2 Woo), with a plain-language label.
REFUSAL_GROUNDS: dict[str, str] = {
    "5.1.1c": "5.1.1c – vertrouwelijk verstrekte bedrijfs- en fabricagegegevens",
    "5.1.1d": "5.1.1d – bijzondere persoonsgegevens",
    "5.1.1e": "5.1.1e – nationale identificatienummers",
    "5.1.2a": "5.1.2a – internationale betrekkingen",
    "5.1.2c": "5.1.2c – opsporing en vervolging van strafbare feiten",
    "5.1.2d": "5.1.2d – inspectie, controle en toezicht",
    "5.1.2e": "5.1.2e – eerbiediging van de persoonlijke levenssfeer",
    "5.1.2f": "5.1.2f – concurrentiegevoelige bedrijfs- en fabricagegegevens",
    "5.1.2i": "5.1.2i – goed functioneren van de overheid",
    "5.2": "5.2 – persoonlijke beleidsopvattingen in intern beraad",
}
SPAN_TYPES = ("naam", "adres", "bsn", "iban", "email", "phone", "geboortedatum", "overig")


class ActionError(ValueError):
    """A reviewer's action cannot be done; the message is Dutch and shown on the page."""


class StaleDocument(ActionError):
    def __init__(self) -> None:
        super().__init__(STALE_MESSAGE)


def _load(session: Session, document_id: int, lock_version: int) -> Document:
    document = session.get(Document, document_id)
    if document is None:
        raise ActionError("Dit document bestaat niet.")
    if document.lock_version != lock_version:
        raise StaleDocument()
    return document


def _require_queued(document: Document) -> None:
    if document.status != Status.QUEUED:
        raise ActionError("Dit document staat niet (meer) in de wachtrij.")


def _touch(document: Document) -> None:
    # Any review change bumps the version counter, also when only related rows changed.
    document.updated_at = utcnow()


def _record_change(
    session: Session,
    document: Document,
    actor: Principal,
    *,
    event: str,
    tag: str,
    reason: str,
    entry: Any = None,
    details: dict[str, Any] | None = None,
) -> None:
    """Bump the document's lock version, flush, and write the audit entry of one review change.

    The audit key names the new row (`entry.id`) when there is one, so replays write it once.
    """
    _touch(document)
    session.flush()
    ident = entry.id if entry is not None else uuid.uuid4().hex[:12]
    audit(
        session,
        event=event,
        actor=actor.name,
        document=document,
        reason=reason,
        details=details,
        key=f"{document.id}:v{document.version}:{tag}:{ident}",
    )


# -- lakken ---------------------------------------------------------------------------------
def _current_spans(document: Document) -> list[RedactionSpan]:
    plan = document.current_redaction()
    return [RedactionSpan.model_validate(s) for s in (plan.spans if plan else [])]


def _apply_spans(
    ctx: RunContext,
    session: Session,
    document: Document,
    spans: list[RedactionSpan],
    actor: Principal,
    what: str,
) -> RedactionPlan:
    from publicatie.redact import apply_redaction_plan

    pdf = ctx.private.get(work_key(document, "document.pdf"))
    redacted, result = apply_redaction_plan(pdf, spans, document=document.source_id)
    key = work_key(document, f"redacted-{uuid.uuid4().hex[:8]}.pdf")
    ctx.private.put(key, redacted, "application/pdf")
    plan = RedactionPlan(
        document_id=document.id,
        version=document.version,
        spans=[s.model_dump(mode="json") for s in result.spans],
        redacted_key=key,
        verified=result.verified,
        needs_review=not result.verified,
        reason=f"aangepast door {actor.name}: {result.reason}",
    )
    session.add(plan)
    document.redaction_plans.append(plan)
    _record_change(
        session,
        document,
        actor,
        event="lakken_aangepast",
        tag="lakken",
        reason=what,
        entry=plan,
        details={"geverifieerd": result.verified, "passages": len(result.spans)},
    )
    return plan


def set_span_actions(
    ctx: RunContext,
    session: Session,
    document_id: int,
    lock_version: int,
    actions: dict[int, str],
    *,
    actor: Principal,
) -> RedactionPlan:
    """Accept ("redact") or reject ("keep") proposed spans by their index, then redact again."""
    document = _load(session, document_id, lock_version)
    _require_queued(document)
    spans = _current_spans(document)
    changed = 0
    for index, action in actions.items():
        if action not in ("redact", "keep") or not 0 <= index < len(spans):
            raise ActionError("Onbekende keuze voor een gelakte passage.")
        if spans[index].action != action:
            spans[index] = spans[index].model_copy(update={"action": action, "origin": "reviewer"})
            changed += 1
    return _apply_spans(
        ctx, session, document, spans, actor, f"{changed} passage(s) aangepast (lakken)"
    )


def add_span(
    ctx: RunContext,
    session: Session,
    document_id: int,
    lock_version: int,
    *,
    actor: Principal,
    ground: str,
    span_type: str,
    text: str = "",
    page: int | None = None,
    bbox: tuple[float, float, float, float] | None = None,
) -> RedactionPlan:
    """Add a redaction: a piece of text (every occurrence) or a box drawn on a page."""
    document = _load(session, document_id, lock_version)
    _require_queued(document)
    text = text.strip()
    if not text and bbox is None:
        raise ActionError("Vul de tekst in die u wilt lakken, of teken een vlak op de pagina.")
    if ground not in REFUSAL_GROUNDS:
        raise ActionError("Kies een weigeringsgrond voor het lakken.")
    if bbox is not None and (page is None or page < 1 or page > max(document.pages, 1)):
        raise ActionError("Het getekende vlak ligt niet op een bestaande pagina.")
    spans = _current_spans(document)
    spans.append(
        RedactionSpan(
            start=0,
            end=len(text),
            text=text,
            type=span_type if span_type in SPAN_TYPES else "overig",
            ground=ground,
            action="redact",
            reason=f"toegevoegd door {actor.name}",
            origin="reviewer",
            page=page,
            bbox=bbox,
        )
    )
    return _apply_spans(ctx, session, document, spans, actor, "passage toegevoegd (lakken)")


# -- categories and metadata ------------------------------------------------------------------
def set_categories(
    ctx: RunContext,
    session: Session,
    document_id: int,
    lock_version: int,
    codes: Sequence[str],
    *,
    actor: Principal,
) -> ClassificationRecord:
    """Confirm or change the information categories (the reviewer's answer wins)."""
    document = _load(session, document_id, lock_version)
    _require_queued(document)
    chosen = []
    for code in codes:
        category = by_code(code)
        if category is None:
            raise ActionError(f"Onbekende informatiecategorie: {code}.")
        chosen.append(category)
    if not chosen:
        raise ActionError("Kies minstens één informatiecategorie.")
    record = ClassificationRecord(
        document_id=document.id,
        version=document.version,
        categories=[
            {"uri": c.uri, "code": c.code, "label": c.label, "confidence": 1.0} for c in chosen
        ],
        confidence=1.0,
        method="reviewer",
        needs_review=False,
        reason=f"vastgesteld door {actor.name}",
    )
    record_classification(document, record)
    _record_change(
        session,
        document,
        actor,
        event="categorie_vastgesteld",
        tag="categorie",
        reason=", ".join(c.label for c in chosen),
        entry=record,
        details={"categorieen": [c.code for c in chosen]},
    )
    return record


class MetadataInput:
    """The metadata form as submitted (strings), and its errors per field after `build`."""

    FIELDS = ("titel", "documentsoort", "creatiedatum", "handeling", "handelingsdatum")

    def __init__(self, values: dict[str, str]) -> None:
        self.values = {f: (values.get(f) or "").strip() for f in self.FIELDS}
        self.errors: dict[str, str] = {}


_LOC_TO_FIELD = {
    "titelcollectie": "titel",
    "documentsoorten": "documentsoort",
    "creatiedatum": "creatiedatum",
    "soortHandeling": "handeling",
    "atTime": "handelingsdatum",
}


def _field_for(loc: tuple[Any, ...]) -> str:
    for part in reversed(loc):
        if isinstance(part, str) and part in _LOC_TO_FIELD:
            return _LOC_TO_FIELD[part]
    return "titel"


def _parse_date(value: str, field: str, form: MetadataInput) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        form.errors[field] = "Vul een datum in als jjjj-mm-dd, bijvoorbeeld 2026-03-01."
        return None


def current_metadata(ctx: RunContext, document: Document) -> DiWoo | None:
    """The DiWoo record in the work files of the current version, if there is one."""
    key = work_key(document, "metadata.json")
    if not ctx.private.exists(key):
        return None
    return DiWoo.model_validate_json(ctx.private.get(key))


def _build_model(ctx: RunContext, document: Document, form: MetadataInput) -> DiWoo | None:
    record = document.current_classification()
    categories = [c["uri"] for c in record.categories] if record else []
    try:
        base = build_diwoo(document=document, categories=categories, settings=ctx.settings)
    except ValidationError:
        if not categories:
            form.errors["categorie"] = "Kies eerst een informatiecategorie."
            return None
        raise
    data = base.model_dump(mode="json", exclude_none=True)
    v = form.values
    data["titelcollectie"] = {"officieleTitel": v["titel"]}
    if v["documentsoort"]:
        data["classificatiecollectie"]["documentsoorten"] = [{"resource": v["documentsoort"]}]
    created = _parse_date(v["creatiedatum"], "creatiedatum", form)
    if created is not None:
        data["creatiedatum"] = created.isoformat()
    acted = _parse_date(v["handelingsdatum"], "handelingsdatum", form)
    handeling = data["documenthandelingen"][0]
    if v["handeling"]:
        handeling["soortHandeling"] = {"resource": v["handeling"]}
    if acted is not None:
        handeling["atTime"] = datetime.combine(acted, time(0, 0), tzinfo=AMSTERDAM).isoformat()
    if form.errors:
        return None
    try:
        return DiWoo.model_validate(data)
    except ValidationError as exc:
        for error in exc.errors():
            field = _field_for(tuple(error["loc"]))
            form.errors.setdefault(field, _dutch(error))
        return None


def _dutch(error: Any) -> str:
    message = str(error.get("msg", ""))
    if error.get("type") in ("string_too_short", "missing"):
        return "Dit veld is verplicht."
    return message.removeprefix("Value error, ")


def write_metadata(ctx: RunContext, document: Document, model: DiWoo) -> None:
    """Validate against the XSD and store metadata.xml/metadata.json for the current version."""
    xml = diwoo_xml(model)
    validate_diwoo(xml, document=document.source_id)
    ctx.private.put(work_key(document, "metadata.xml"), xml, "application/xml")
    ctx.private.put(
        work_key(document, "metadata.json"),
        json.dumps(model.model_dump(mode="json", exclude_none=True)).encode(),
        "application/json",
    )


def save_metadata(
    ctx: RunContext,
    session: Session,
    document_id: int,
    lock_version: int,
    form: MetadataInput,
    *,
    actor: Principal,
) -> bool:
    """Validate the form with the pipeline's own DiWoo model; on success store it. False with
    `form.errors` filled (in Dutch, per field) when it is not valid."""
    document = _load(session, document_id, lock_version)
    _require_queued(document)
    model = _build_model(ctx, document, form)
    if model is None:
        return False
    try:
        write_metadata(ctx, document, model)
    except PermanentError as exc:
        form.errors["titel"] = f"De metadata voldoen niet aan het DiWoo-schema: {exc.message}"
        return False
    document.title = form.values["titel"]
    _record_change(
        session,
        document,
        actor,
        event="metadata_aangepast",
        tag="metadata",
        reason="DiWoo-metadata aangepast",
        details=form.values,
    )
    return True


def _ensure_metadata(ctx: RunContext, document: Document) -> None:
    """Build the metadata for the current categories (keeping the reviewer's fields)."""
    record = document.current_classification()
    if record is None or not record.categories:
        raise ActionError("Kies eerst een informatiecategorie voordat u publiceert.")
    uris = [c["uri"] for c in record.categories]
    existing = current_metadata(ctx, document)
    try:
        if existing is not None:
            data = existing.model_dump(mode="json", exclude_none=True)
            data["classificatiecollectie"]["informatiecategorieen"] = [
                {"resource": u} for u in uris
            ]
            model = DiWoo.model_validate(data)
        else:
            model = build_diwoo(document=document, categories=uris, settings=ctx.settings)
        write_metadata(ctx, document, model)
    except (ValidationError, PermanentError) as exc:
        raise ActionError(
            "De metadata zijn nog niet geldig. Vul het metadataformulier aan en sla het op."
        ) from exc


# -- decisions ------------------------------------------------------------------------------
SPECIAL_GROUNDS = frozenset({"5.1.1d"})
FIRST_APPROVAL = "eerste-akkoord"


def needs_second_reviewer(ctx: RunContext, document: Document) -> bool:
    """Four eyes (when switched on): redactions or special personal data need two people."""
    if not ctx.settings.review.four_eyes:
        return False
    plan = document.current_redaction()
    spans = plan.spans if plan else []
    redacted = any(s.get("action") == "redact" for s in spans)
    special = any(s.get("ground") in SPECIAL_GROUNDS for s in spans)
    return redacted or special


def _first_approval(session: Session, document: Document) -> ReviewNote | None:
    return session.scalar(
        select(ReviewNote)
        .where(
            ReviewNote.document_id == document.id,
            ReviewNote.version == document.version,
            ReviewNote.kind == FIRST_APPROVAL,
        )
        .order_by(ReviewNote.id.desc())
        .limit(1)
    )


def decide_publish(
    ctx: RunContext,
    session: Session,
    document_id: int,
    lock_version: int,
    *,
    actor: Principal,
    motivation: str = "",
) -> str | None:
    """Publish (in full or in part: the redactions as they stand). Returns the public URL, or
    None when four eyes are needed and this was the first approval."""
    document = _load(session, document_id, lock_version)
    _require_queued(document)
    plan = document.current_redaction()
    if plan is None or not plan.verified:
        raise ActionError(
            "Het lakken is niet gecontroleerd goedgekeurd. Pas de gelakte passages aan "
            "tot de controle slaagt, of besluit niet te publiceren."
        )
    _ensure_metadata(ctx, document)
    redacted = sum(1 for s in plan.spans if s.get("action") == "redact")
    kind = "gedeeltelijk openbaar" if redacted else "volledig openbaar"
    if needs_second_reviewer(ctx, document):
        first = _first_approval(session, document)
        # Valid only for exactly the state that was approved: any later change resets it.
        if first is None or first.lock_version != document.lock_version:
            note = ReviewNote(
                document_id=document.id,
                version=document.version,
                kind=FIRST_APPROVAL,
                author=actor.name,
                text=f"eerste akkoord: {kind}" + (f" – {motivation}" if motivation else ""),
            )
            session.add(note)
            _record_change(
                session,
                document,
                actor,
                event="eerste_akkoord",
                tag="akkoord",
                reason=note.text,
                entry=note,
            )
            note.lock_version = document.lock_version
            return None
        if first.author == actor.name:
            raise ActionError(
                "U hebt dit document al goedgekeurd. Een tweede beoordelaar moet het publiceren."
            )
    reason = f"besloten door {actor.name}: {kind}" + (f" – {motivation}" if motivation else "")
    publication = publish_document(ctx, session, document, actor=actor.name, reason=reason)
    session.add(
        ReviewNote(
            document_id=document.id,
            version=document.version,
            kind="openbaar",
            author=actor.name,
            text=reason,
        )
    )
    return publication.public_url


def decide_refuse(
    ctx: RunContext,
    session: Session,
    document_id: int,
    lock_version: int,
    *,
    actor: Principal,
    ground: str,
    motivation: str,
) -> None:
    """Do not publish, with a ground from art. 5.1/5.2 Woo and a motivation."""
    document = _load(session, document_id, lock_version)
    _require_queued(document)
    if ground not in REFUSAL_GROUNDS:
        raise ActionError("Kies een weigeringsgrond uit artikel 5.1 of 5.2 Woo.")
    if len(motivation.strip()) < 10:
        raise ActionError("Schrijf een motivering van minstens 10 tekens.")
    reason = f"niet openbaar: {REFUSAL_GROUNDS[ground]} – {motivation.strip()}"
    session.add(
        ReviewNote(
            document_id=document.id,
            version=document.version,
            kind="niet-openbaar",
            author=actor.name,
            text=reason,
        )
    )
    transition(
        session,
        document,
        Status.REFUSED,
        actor=actor.name,
        reason=reason,
        details={"grond": ground, "motivering": motivation.strip()},
    )


def decide_park(
    ctx: RunContext,
    session: Session,
    document_id: int,
    lock_version: int,
    *,
    actor: Principal,
    note: str,
) -> ReviewNote:
    """Park: the document stays in the queue, with a note for whoever picks it up."""
    document = _load(session, document_id, lock_version)
    _require_queued(document)
    if not note.strip():
        raise ActionError("Schrijf een notitie: waarom parkeert u dit document?")
    entry = ReviewNote(
        document_id=document.id,
        version=document.version,
        kind="geparkeerd",
        author=actor.name,
        text=note.strip(),
    )
    session.add(entry)
    _record_change(
        session,
        document,
        actor,
        event="geparkeerd",
        tag="geparkeerd",
        reason=note.strip(),
        entry=entry,
    )
    return entry


def withdrawal_reasons() -> dict[str, str]:
    return waardelijst("redenen_verwijdering_vervanging")


def after_publication(ctx: RunContext) -> None:
    """Side effects after the commit: the sitemaps list exactly what is published."""
    rebuild_sitemaps(ctx)
