"""Ad-hoc publication: take one uploaded file in safely and run the pipeline for just that one.

Uploads are size-limited and type-checked (the bytes must be a PDF, not only the name), and the
stored key is built from a cleaned file name under a fresh folder, so no name can escape the
storage folder.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from ledger.models import ClassificationRecord, Document
from ledger.states import Status, audit, start_version
from review.accounts import Principal
from woo.context import RunContext, safe_file_name, sha256
from woo.publish import rebuild_sitemaps
from woo.stages import classify_batch, redact_batch, route_batch, validate_batch
from woo_categorieen import by_code

__all__ = [
    "AD_HOC_SOURCE",
    "MAX_UPLOAD_BYTES",
    "UploadError",
    "UploadOutcome",
    "check_upload",
    "publish_upload",
]

MAX_UPLOAD_BYTES = 20 * 1024 * 1024
AD_HOC_SOURCE = "ad-hoc"


class UploadError(ValueError):
    """The upload is refused; the message is Dutch and shown on the page."""


def check_upload(file_name: str, data: bytes) -> str:
    """The safe file name of an acceptable upload; raises UploadError otherwise."""
    if not data:
        raise UploadError("Het bestand is leeg.")
    if len(data) > MAX_UPLOAD_BYTES:
        raise UploadError("Het bestand is te groot. Het mag hoogstens 20 MB zijn.")
    name = safe_file_name(file_name)
    if not name.lower().endswith(".pdf") or not data.startswith(b"%PDF-"):
        raise UploadError("Alleen PDF-bestanden zijn toegestaan.")
    return name


@dataclass
class UploadOutcome:
    document_id: int
    steps: list[str]
    status: str


def publish_upload(
    ctx: RunContext,
    *,
    file_name: str,
    data: bytes,
    title: str,
    category: str,
    actor: Principal,
) -> UploadOutcome:
    """Store the file as a new document and run every stage for it, in this process."""
    name = check_upload(file_name, data)
    chosen = by_code(category) if category else None
    if category and chosen is None:
        raise UploadError("Onbekende informatiecategorie.")
    with ctx.ledger.session() as session:
        document = Document(
            source=AD_HOC_SOURCE,
            source_id=f"{uuid.uuid4().hex}/{name}",
            status=Status.HARVESTED,
            file_name=name,
            media_type="application/pdf",
            title=title.strip() or name.rsplit(".", 1)[0],
            source_metadata={"aangeleverd_door": actor.name},
        )
        session.add(document)
        session.flush()
        start_version(
            session, document, actor=actor.name, checksum=sha256(data), reason="ad-hoc aangeleverd"
        )
        key = f"originals/{document.public_id}/v{document.version}/{name}"
        ctx.private.put(key, data, "application/pdf")
        document.original_key = key
        document_id = document.id
    ids = [document_id]
    steps: list[str] = []
    report = classify_batch(ctx, ids)
    steps.append(f"ingedeeld ({report.done} van 1)")
    if chosen is not None:
        _confirm_category(ctx, document_id, chosen.code, actor)
        steps.append(f"categorie bevestigd: {chosen.label}")
    steps.append(f"gelakt ({redact_batch(ctx, ids).done} van 1)")
    steps.append(f"metadata gecontroleerd ({validate_batch(ctx, ids).done} van 1)")
    routed = route_batch(ctx, ids)
    if routed.published:
        rebuild_sitemaps(ctx)
        steps.append("gepubliceerd")
    elif routed.queued:
        steps.append("in de wachtrij gezet: een beoordelaar moet ernaar kijken")
    with ctx.ledger.session() as session:
        status = session.get(Document, document_id).status
    return UploadOutcome(document_id=document_id, steps=steps, status=status)


def _confirm_category(ctx: RunContext, document_id: int, code: str, actor: Principal) -> None:
    category = by_code(code)
    with ctx.ledger.session() as session:
        document = session.get(Document, document_id)
        if document is None or document.status != Status.CLASSIFIED or category is None:
            return
        document.classifications.append(
            ClassificationRecord(
                document_id=document.id,
                version=document.version,
                categories=[
                    {
                        "uri": category.uri,
                        "code": category.code,
                        "label": category.label,
                        "confidence": 1.0,
                    }
                ],
                confidence=1.0,
                method="reviewer",
                needs_review=False,
                reason=f"gekozen door {actor.name} bij ad-hoc publicatie",
            )
        )
        session.flush()
        audit(
            session,
            event="categorie_vastgesteld",
            actor=actor.name,
            document=document,
            reason=category.label,
            details={"categorieen": [category.code]},
        )
