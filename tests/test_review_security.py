"""Security of the review page: sessions, roles, CSRF, uploads and file names."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from starlette.routing import Route

from ledger.models import Document
from ledger.states import Status
from review.session import SESSION_COOKIE
from review.uploads import MAX_UPLOAD_BYTES, UploadError, check_upload
from tests.review_support import (
    PASSWORD,
    csrf_of,
    lock_of,
    login,
    make_client,
    make_pdf,
    queued_copy,
    wait_for_request,
)
from woo.context import RunContext, open_context

PUBLIC_PATHS = {"/inloggen"}
# Not for people: the Notificaties webhook checks its own token (see test_connector_notificaties).
TOKEN_PATHS = {"/notificaties/"}


@pytest.fixture
def setup(tmp_path: Path) -> Iterator[tuple[RunContext, TestClient, int]]:
    settings, document_id = queued_copy(tmp_path)
    ctx = open_context(settings)
    yield ctx, make_client(settings, ctx), document_id
    ctx.close()


def _all_routes(routes: list, prefix: str = "") -> list[tuple[str, str]]:
    """(method, path) of every route, also inside included routers (however FastAPI keeps
    them), with path parameters filled in."""
    found = []
    for route in routes:
        context = getattr(route, "include_context", None)
        if context is not None:  # FastAPI's included router
            found += _all_routes(context.included_router.routes, prefix + context.prefix)
        elif isinstance(route, Route):
            path = re.sub(r"\{[^}]+\}", "1", prefix + route.path)
            found += [(method, path) for method in sorted(route.methods - {"HEAD"})]
    return found


def _routes(client: TestClient) -> list[tuple[str, str]]:
    every = _all_routes(client.app.routes)
    assert ("POST", "/notificaties/") in every  # routers are scanned too
    return [(m, p) for m, p in every if p not in PUBLIC_PATHS | TOKEN_PATHS]


def test_every_route_except_login_is_refused_without_a_session(setup) -> None:
    _, client, _ = setup
    routes = _routes(client)
    assert ("POST", "/documenten/1/besluit") in routes and ("GET", "/") in routes
    for method, path in routes:
        response = client.request(method, path, follow_redirects=False)
        if method == "GET":
            assert response.status_code == 303, path
            assert response.headers["location"] == "/inloggen"
        else:
            assert response.status_code == 401, path
    for path in TOKEN_PATHS:
        assert client.post(path, json={}).status_code == 403, path


def test_a_forged_session_cookie_is_refused(setup) -> None:
    _, client, _ = setup
    client.cookies.set(SESSION_COOKIE, "eyJuYW1lIjoiYW5uYSJ9.vals.vals")
    assert client.get("/", follow_redirects=False).status_code == 303


def test_the_session_cookie_is_http_only_and_same_site(setup) -> None:
    _, client, _ = setup
    page = client.get("/inloggen")
    response = client.post(
        "/inloggen",
        data={"naam": "anna", "wachtwoord": PASSWORD, "csrf": csrf_of(page.text)},
        follow_redirects=False,
    )
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie


def test_a_wrong_password_is_refused_without_a_session(setup) -> None:
    _, client, _ = setup
    page = client.get("/inloggen")
    response = client.post(
        "/inloggen",
        data={"naam": "anna", "wachtwoord": "fout-wachtwoord-123", "csrf": csrf_of(page.text)},
        follow_redirects=False,
    )
    assert response.status_code == 401
    assert "De naam of het wachtwoord klopt niet." in response.text
    assert SESSION_COOKIE not in response.cookies


def test_a_lezer_can_read_but_cannot_decide(setup) -> None:
    ctx, client, document_id = setup
    login(client, "lex")
    page = client.get(f"/documenten/{document_id}")
    assert page.status_code == 200 and "Publiceren" not in page.text
    response = client.post(
        f"/documenten/{document_id}/besluit",
        data={
            "csrf": csrf_of(page.text),
            "lock_version": lock_of(page.text),
            "besluit": "openbaar",
        },
    )
    assert response.status_code == 403
    with ctx.ledger.session() as session:
        assert session.get(Document, document_id).status == Status.QUEUED


def test_a_contactfunctionaris_cannot_open_the_pages_of_the_informatiebeheerder(setup) -> None:
    _, client, _ = setup
    login(client, "anna")
    assert client.get("/ad-hoc").status_code == 403
    assert client.get("/instellingen").status_code == 403


def test_a_form_without_a_valid_csrf_token_is_refused(setup) -> None:
    ctx, client, document_id = setup
    login(client, "anna")
    page = client.get(f"/documenten/{document_id}")
    for token in (None, "vals-token"):
        data = {"lock_version": lock_of(page.text), "besluit": "geparkeerd", "notitie": "x"}
        if token:
            data["csrf"] = token
        response = client.post(f"/documenten/{document_id}/besluit", data=data)
        assert response.status_code == 403
    with ctx.ledger.session() as session:
        assert session.get(Document, document_id).lock_version == int(lock_of(page.text))


def test_the_login_form_needs_its_csrf_token(setup) -> None:
    _, client, _ = setup
    response = client.post("/inloggen", data={"naam": "anna", "wachtwoord": PASSWORD})
    assert response.status_code == 403


def test_uploads_are_type_checked_and_size_limited() -> None:
    with pytest.raises(UploadError, match="Alleen PDF"):
        check_upload("brief.pdf", b"MZ\x90\x00 geen pdf")
    with pytest.raises(UploadError, match="Alleen PDF"):
        check_upload("brief.exe", make_pdf())
    with pytest.raises(UploadError, match="te groot"):
        check_upload("groot.pdf", b"%PDF-" + b"0" * MAX_UPLOAD_BYTES)


def test_upload_file_names_cannot_escape_the_storage_folder() -> None:
    assert check_upload("../../etc/passwd.pdf", make_pdf()) == "passwd.pdf"
    assert check_upload("..\\..\\win.pdf", make_pdf()) == "win.pdf"


def test_an_oversized_upload_is_refused_before_it_is_read(setup) -> None:
    _, client, _ = setup
    login(client, "ben")
    token = csrf_of(client.get("/ad-hoc").text)
    big = b"%PDF-" + b"0" * (MAX_UPLOAD_BYTES + 100_000)
    response = client.post(
        "/ad-hoc", data={"csrf": token}, files={"bestand": ("groot.pdf", big, "application/pdf")}
    )
    assert response.status_code == 413 and "te groot" in response.text


def test_an_uploaded_pdf_runs_the_pipeline_and_stays_inside_private_storage(setup) -> None:
    ctx, client, _ = setup
    login(client, "ben")
    token = csrf_of(client.get("/ad-hoc").text)
    response = client.post(
        "/ad-hoc",
        data={"csrf": token, "titel": "Besluit speelveld", "categorie": "infocat009"},
        files={"bestand": ("../../../buiten.pdf", make_pdf(), "application/pdf")},
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert "Klaar." in wait_for_request(client, response.headers["location"])
    with ctx.ledger.session() as session:
        document = session.query(Document).filter_by(source="ad-hoc").one()
        assert document.original_key.endswith("/buiten.pdf")
        assert document.status in (Status.PUBLISHED, Status.QUEUED)
        assert document.current_classification().method == "reviewer"
    stored = ctx.settings.private_dir / document.original_key
    assert stored.resolve().is_relative_to(ctx.settings.private_dir)
    assert not (ctx.settings.data_dir.parent / "buiten.pdf").exists()


def test_security_headers_are_set(setup) -> None:
    _, client, _ = setup
    response = client.get("/inloggen")
    assert response.headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
