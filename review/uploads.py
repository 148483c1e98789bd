"""Ad-hoc publication: take one uploaded file in safely, as a document for an ad-hoc request.

Uploads are size-limited and type-checked (the bytes must be a PDF, not only the name), and the
stored key is built from a cleaned file name under a fresh folder, so no name can escape the
storage folder.
"""

from __future__ import annotations

import uuid

from ledger.models import Document
from ledger.states import Status, start_version
from review.accounts import Principal
from woo.context import RunContext, safe_file_name, sha256

__all__ = [
    "AD_HOC_SOURCE",
    "MAX_UPLOAD_BYTES",
    "UploadError",
    "check_upload",
    "store_upload",
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


def store_upload(
    ctx: RunContext, *, file_name: str, data: bytes, title: str, actor: Principal
) -> int:
    """Keep an accepted upload as a new harvested document; returns its id. The pipeline run is
    an ad-hoc request (`woo.adhoc`) like any other."""
    name = check_upload(file_name, data)
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
        return document.id
