"""Helpers for the review tests: a queued document made by the real stages, and logins."""

from __future__ import annotations

import atexit
import functools
import re
import shutil
import tempfile
from pathlib import Path

import pymupdf
from fastapi.testclient import TestClient

from ledger.models import Document
from review import add_user, create_app
from woo.context import RunContext, open_context
from woo.harvest import harvest_source
from woo.settings import Settings, SourceConfig, load_settings
from woo.stages import classify_batch, redact_batch, route_batch, validate_batch

PASSWORD = "correct-paard-batterij"
BSN = "123456782"
LINES = (
    "Notitie over de inrichting van het speelveld aan de Dorpsstraat",
    "Bewoner Jan Pietersen vroeg om een extra bank bij het veld.",
    f"Zijn burgerservicenummer is {BSN} en zijn e-mail is jan.pietersen@example.nl.",
    "Het team bekijkt de wens en komt in het voorjaar terug met een voorstel.",
)


def make_pdf(lines: tuple[str, ...] = LINES) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page()
    for number, line in enumerate(lines):
        page.insert_text((72, 90 + 24 * number), line, fontsize=11)
    data = doc.tobytes()
    doc.close()
    return data


def review_settings(tmp_path: Path, database_url: str | None = None) -> Settings:
    source = tmp_path / "bron"
    source.mkdir(exist_ok=True)
    settings = load_settings(None, data_dir=tmp_path / "data", database_url=database_url)
    # Rules only: the review tests do not need the (slow to load) name model.
    redaction = settings.redaction.model_copy(update={"use_model": False})
    return settings.model_copy(
        update={
            "sources": [SourceConfig(name="map", kind="folder", options={"path": str(source)})],
            "redaction": redaction,
        }
    )


def add_queued_document(
    ctx: RunContext, name: str = "notitie.pdf", data: bytes | None = None
) -> int:
    """Put a PDF in the folder source and run the real stages; it ends up queued."""
    folder = Path(ctx.settings.sources[0].options["path"])
    (folder / name).write_bytes(data or make_pdf())
    harvest_source(ctx, ctx.settings.sources[0])
    with ctx.ledger.session() as session:
        document_id = session.query(Document.id).filter_by(source_id=name).scalar()
    for stage in (classify_batch, redact_batch, validate_batch, route_batch):
        stage(ctx, [document_id])
    return document_id


def make_client(settings: Settings, ctx: RunContext | None = None) -> TestClient:
    return TestClient(create_app(settings, ctx=ctx or open_context(settings)))


def add_account(ctx: RunContext, name: str, role: str) -> None:
    with ctx.ledger.session() as session:
        add_user(session, name, PASSWORD, role)


def login(client: TestClient, name: str, password: str = PASSWORD) -> None:
    page = client.get("/inloggen")
    token = csrf_of(page.text)
    response = client.post(
        "/inloggen",
        data={"naam": name, "wachtwoord": password, "csrf": token},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf" value="([^"]+)"', html)
    assert match, "geen CSRF-token op de pagina"
    return match.group(1)


def lock_of(html: str) -> str:
    match = re.search(r'name="lock_version" value="(\d+)"', html)
    assert match, "geen lock_version op de pagina"
    return match.group(1)


@functools.cache
def _template() -> tuple[Path, int]:
    """Once per test process: a data folder with one queued document and three accounts."""
    root = Path(tempfile.mkdtemp(prefix="woo-review-"))
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    settings = review_settings(root)
    ctx = open_context(settings)
    try:
        document_id = add_queued_document(ctx)
        add_account(ctx, "anna", "contactfunctionaris")
        add_account(ctx, "ben", "informatiebeheerder")
        add_account(ctx, "lex", "lezer")
    finally:
        ctx.close()
    return root, document_id


def queued_copy(tmp_path: Path) -> tuple[Settings, int]:
    """Settings on a fresh copy of the template: one queued document, accounts anna
    (contactfunctionaris), ben (informatiebeheerder) and lex (lezer)."""
    root, document_id = _template()
    target = tmp_path / "kopie"
    shutil.copytree(root, target)
    return review_settings(target), document_id


def wait_for_request(client: TestClient, path: str, timeout: float = 120.0) -> str:
    """The page of an ad-hoc request once it stopped running (it refreshes while it runs)."""
    import time

    deadline = time.monotonic() + timeout
    while True:
        page = client.get(path)
        assert page.status_code == 200, page.text
        if "Refresh" not in page.headers:
            return page.text
        assert time.monotonic() < deadline, f"verzoek {path} niet klaar binnen {timeout} s"
        time.sleep(0.2)
