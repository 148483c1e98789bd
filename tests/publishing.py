"""Helpers for publication tests: settings on local or S3 storage, and documents brought to
`validated` (or published, corrected) through the real transitions."""

from __future__ import annotations

import socket
import uuid
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import pymupdf

from ledger.models import Document, RedactionPlan
from ledger.states import Status, start_version, transition
from publicatie.diwoo_xml import diwoo_xml
from publicatie.metadata import build_diwoo
from woo.context import RunContext, work_key
from woo.publish import publish_document
from woo.settings import Settings

BASE = "https://woo.example.nl"
CATEGORY = {
    "infocat002": "https://identifier.overheid.nl/tooi/def/thes/kern/c_aab6bfc7",
    "infocat014": "https://identifier.overheid.nl/tooi/def/thes/kern/c_3baef532",
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def settings_for(kind: str, tmp_path: Path, endpoint: str | None = None) -> Settings:
    storage: dict = {"kind": "local"}
    if kind == "s3":
        storage = {
            "kind": "s3",
            "endpoint": endpoint,
            "secure": False,
            "bucket": f"woo-{uuid.uuid4().hex[:12]}",
            "access_key": "test",
            "secret_key": "test",
        }
    return Settings(data_dir=tmp_path / "data", public_base_url=BASE, storage=storage)


@cache
def pdf_bytes(text: str) -> bytes:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), text)
    data = doc.tobytes()
    doc.close()
    return data


def _prepare(ctx: RunContext, doc: Document, codes: list[str], title: str) -> None:
    doc.title = title
    plan = RedactionPlan(
        document_id=doc.id,
        version=doc.version,
        redacted_key=work_key(doc, "gelakt.pdf"),
        verified=True,
    )
    doc.redaction_plans.append(plan)
    ctx.private.put(plan.redacted_key, pdf_bytes(title), "application/pdf")
    model = build_diwoo(
        document=doc,
        categories=[CATEGORY[c] for c in codes],
        settings=ctx.settings,
        harvested_at=datetime(2025, 3, 1, 10, tzinfo=UTC),
    )
    ctx.private.put(work_key(doc, "metadata.xml"), diwoo_xml(model), "application/xml")
    json_data = model.model_dump_json(exclude_none=True).encode()
    ctx.private.put(work_key(doc, "metadata.json"), json_data, "application/json")
    for target in (Status.CLASSIFIED, Status.REDACTED, Status.VALIDATED):
        transition(ctx_session(doc), doc, target, actor="test")


def ctx_session(doc: Document):  # type: ignore[no-untyped-def]
    from sqlalchemy.orm import object_session

    return object_session(doc)


def published(ctx: RunContext, title: str, codes: list[str] | None = None) -> int:
    """A new document, published; returns its id."""
    with ctx.ledger.session() as session:
        doc = Document(
            source="test",
            source_id=f"{title}-{uuid.uuid4().hex[:6]}",
            version=1,
            file_name=f"{title}.pdf",
            status=Status.HARVESTED,
        )
        session.add(doc)
        session.flush()
        _prepare(ctx, doc, codes or ["infocat014"], title)
        publish_document(ctx, session, doc, actor="test")
        return doc.id


def corrected(ctx: RunContext, document_id: int, title: str, codes: list[str] | None = None):
    """Publish a new version (vervangen) of a published document."""
    with ctx.ledger.session() as session:
        doc = session.get(Document, document_id)
        start_version(session, doc, actor="test", checksum=uuid.uuid4().hex, reason="gewijzigd")
        _prepare(ctx, doc, codes or ["infocat014"], title)
        return publish_document(ctx, session, doc, actor="test").id


def start_moto():  # type: ignore[no-untyped-def]
    """moto's standalone S3 server on 127.0.0.1 (a real HTTP server, no client mocks)."""
    from moto.server import ThreadedMotoServer

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    return server, f"127.0.0.1:{port}"
