"""Sessions, login rate limiting, error pages and headers of the review page (issue #9)."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, update
from starlette.routing import Route

from ledger.models import LoginFailure, ReviewSession, utcnow
from review import create_app
from review.accounts import disable_user
from review.session import SESSION_COOKIE, SESSION_MAX_AGE
from review.throttle import LoginLimits
from tests.review_support import PASSWORD, add_account, csrf_of, login, queued_copy
from woo.commands.serve import is_loopback
from woo.context import RunContext, open_context

LIMITS = LoginLimits(per_name=3, per_client=6, window=timedelta(minutes=15))


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[RunContext]:
    settings, _ = queued_copy(tmp_path)
    context = open_context(settings)
    yield context
    context.close()


def _client(ctx: RunContext, **options) -> TestClient:
    app = create_app(ctx.settings, ctx=ctx, login_limits=LIMITS, **options)
    return TestClient(app, raise_server_exceptions=False)


def _try_login(client: TestClient, name: str, password: str) -> object:
    token = csrf_of(client.get("/inloggen").text)
    return client.post(
        "/inloggen",
        data={"naam": name, "wachtwoord": password, "csrf": token},
        follow_redirects=False,
    )


def _logout(client: TestClient) -> None:
    token = csrf_of(client.get("/").text)
    response = client.post("/uitloggen", data={"csrf": token}, follow_redirects=False)
    assert response.status_code == 303


# -- sessions ---------------------------------------------------------------------------------
def test_a_session_cookie_copied_before_logout_is_dead_after_it(ctx: RunContext) -> None:
    client = _client(ctx)
    login(client, "anna")
    stolen = client.cookies.get(SESSION_COOKIE)
    _logout(client)
    thief = _client(ctx)
    thief.cookies.set(SESSION_COOKIE, stolen)
    response = thief.get("/", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/inloggen"


def test_login_never_takes_over_a_session_the_browser_brought_along(ctx: RunContext) -> None:
    """Session fixation: the cookie planted before login is not the one used after it."""
    attacker = _client(ctx)
    login(attacker, "lex")
    planted = attacker.cookies.get(SESSION_COOKIE)
    victim = _client(ctx)
    domain = next(iter(attacker.cookies.jar)).domain
    victim.cookies.set(SESSION_COOKIE, planted, domain=domain)
    login(victim, "anna")
    assert victim.cookies.get(SESSION_COOKIE) != planted
    # The planted session ended at the victim's login: the attacker's copy is dead too.
    assert attacker.get("/", follow_redirects=False).status_code == 303
    with ctx.ledger.session() as db:
        names = db.scalars(select(ReviewSession.user_name).where(ReviewSession.ended_at.is_(None)))
        assert sorted(names) == ["anna"]


def test_the_database_holds_no_usable_session_token(ctx: RunContext) -> None:
    client = _client(ctx)
    login(client, "anna")
    cookie = client.cookies.get(SESSION_COOKIE)
    with ctx.ledger.session() as db:
        stored = db.scalars(select(ReviewSession.token_hash)).all()
    assert len(stored) == 1 and stored[0] not in cookie
    forged = _client(ctx)
    forged.cookies.set(SESSION_COOKIE, stored[0])
    assert forged.get("/", follow_redirects=False).status_code == 303


def test_a_new_password_or_a_disabled_account_ends_open_sessions(ctx: RunContext) -> None:
    anna, ben = _client(ctx), _client(ctx)
    login(anna, "anna")
    login(ben, "ben")
    add_account(ctx, "anna", "contactfunctionaris")  # password reset
    assert anna.get("/", follow_redirects=False).status_code == 303
    assert ben.get("/", follow_redirects=False).status_code == 200
    with ctx.ledger.session() as db:
        assert disable_user(db, "ben") == 1
    assert ben.get("/", follow_redirects=False).status_code == 303


def test_an_idle_or_expired_session_is_refused(ctx: RunContext) -> None:
    client = _client(ctx)
    login(client, "anna")
    assert client.get("/", follow_redirects=False).status_code == 200
    with ctx.ledger.session() as db:
        db.execute(update(ReviewSession).values(last_seen_at=utcnow() - timedelta(hours=3)))
    assert client.get("/", follow_redirects=False).status_code == 303
    login(client, "anna")
    assert client.get("/", follow_redirects=False).status_code == 200
    with ctx.ledger.session() as db:
        db.execute(
            update(ReviewSession)
            .where(ReviewSession.ended_at.is_(None))
            .values(created_at=utcnow() - timedelta(seconds=SESSION_MAX_AGE + 1))
        )
    assert client.get("/", follow_redirects=False).status_code == 303


def test_the_csrf_token_belongs_to_the_session(ctx: RunContext) -> None:
    """A token from another person's page does not validate a form in this session."""
    anna, ben = _client(ctx), _client(ctx)
    login(anna, "anna")
    login(ben, "ben")
    token_of_ben = csrf_of(ben.get("/").text)
    response = anna.post("/uitloggen", data={"csrf": token_of_ben}, follow_redirects=False)
    assert response.status_code == 403
    assert anna.get("/", follow_redirects=False).status_code == 200


# -- rate limiting ------------------------------------------------------------------------------
def test_after_too_many_wrong_passwords_the_account_waits(ctx: RunContext) -> None:
    client = _client(ctx)
    for _ in range(LIMITS.per_name):
        assert _try_login(client, "anna", "fout-wachtwoord-123").status_code == 401
    blocked = _try_login(client, "anna", PASSWORD)  # even the right password waits
    assert blocked.status_code == 429
    assert 0 < int(blocked.headers["retry-after"]) <= 15 * 60
    assert "Te veel mislukte pogingen" in blocked.text
    assert SESSION_COOKIE not in blocked.cookies
    # Another account from the same client is not locked by anna's failures.
    assert _try_login(client, "ben", PASSWORD).status_code == 303


def test_failures_older_than_the_window_no_longer_count(ctx: RunContext) -> None:
    client = _client(ctx)
    for _ in range(LIMITS.per_name):
        _try_login(client, "anna", "fout-wachtwoord-123")
    with ctx.ledger.session() as db:
        db.execute(update(LoginFailure).values(at=utcnow() - timedelta(minutes=16)))
    assert _try_login(client, "anna", PASSWORD).status_code == 303


def test_one_client_guessing_many_names_is_limited_too(ctx: RunContext) -> None:
    client = _client(ctx)
    for number in range(LIMITS.per_client):
        assert _try_login(client, f"naam{number}", "fout-wachtwoord-123").status_code == 401
    assert _try_login(client, "anna", PASSWORD).status_code == 429


def test_a_successful_login_forgets_the_accounts_failures(ctx: RunContext) -> None:
    client = _client(ctx)
    for _ in range(LIMITS.per_name - 1):
        _try_login(client, "anna", "fout-wachtwoord-123")
    assert _try_login(client, "anna", PASSWORD).status_code == 303
    client.cookies.clear()
    for _ in range(LIMITS.per_name - 1):
        assert _try_login(client, "anna", "fout-wachtwoord-123").status_code == 401
    assert _try_login(client, "anna", PASSWORD).status_code == 303


# -- error pages, headers, cookies, logs -----------------------------------------------------
def _every_get_path(client: TestClient) -> list[str]:
    paths = ["/inloggen", "/bestaat-niet", "/static/woo.css"]
    for route in client.app.routes:
        if isinstance(route, Route) and "GET" in (route.methods or set()):
            paths.append(re.sub(r"\{[^}]+\}", "1", route.path))
    return paths


def test_every_response_carries_the_security_headers(ctx: RunContext) -> None:
    client = _client(ctx)
    login(client, "ben")
    paths = _every_get_path(client)
    assert len(paths) > 8
    for path in paths:
        response = client.get(path, follow_redirects=False)
        headers = response.headers
        assert headers["x-content-type-options"] == "nosniff", path
        assert headers["x-frame-options"] == "DENY", path
        assert "frame-ancestors 'none'" in headers["content-security-policy"], path
        assert "script-src 'self'" in headers["content-security-policy"], path
        assert headers["referrer-policy"] == "same-origin", path


def test_an_unexpected_error_shows_a_dutch_page_without_internals(
    ctx: RunContext, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    client = _client(ctx)
    login(client, "anna")
    secret = "postgresql://woo:geheim-wachtwoord@db/woo"

    def broken(*args, **kwargs):
        raise RuntimeError(f"verbinding met {secret} mislukt in /srv/woo/review/queue.py")

    monkeypatch.setattr("review.app.load_queue", broken)
    with caplog.at_level(logging.ERROR, logger="review.app"):
        response = client.get("/")
    assert response.status_code == 500
    assert "Er ging iets mis" in response.text
    for leak in ("geheim-wachtwoord", "Traceback", "RuntimeError", "/srv/woo", "queue.py"):
        assert leak not in response.text
    assert response.headers["x-frame-options"] == "DENY"
    reference = re.search(r"deze code: ([0-9a-f]{8})", response.text).group(1)
    assert reference in caplog.text


def test_a_failed_login_never_logs_the_password(
    ctx: RunContext, caplog: pytest.LogCaptureFixture
) -> None:
    client = _client(ctx)
    with caplog.at_level(logging.DEBUG):
        _try_login(client, "anna", "mijn-geheime-poging-42")
    assert "mislukte inlogpoging" in caplog.text
    assert "mijn-geheime-poging-42" not in caplog.text


def test_a_login_name_cannot_forge_log_lines(
    ctx: RunContext, caplog: pytest.LogCaptureFixture
) -> None:
    client = _client(ctx)
    with caplog.at_level(logging.WARNING, logger="review.app"):
        _try_login(client, "x\nINFO ingelogd: ben", "fout-wachtwoord-123")
    lines = [r.getMessage() for r in caplog.records if r.name == "review.app"]
    assert lines and all("\n" not in line for line in lines)
    assert "\\n" in lines[0]


def test_the_session_cookie_is_secure_when_asked(ctx: RunContext) -> None:
    client = _client(ctx, secure_cookies=True)
    response = _try_login(client, "anna", PASSWORD)
    cookie = response.headers["set-cookie"].lower()
    assert "secure" in cookie and "httponly" in cookie and "samesite=strict" in cookie


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("localhost", True),
        ("::1", True),
        ("0.0.0.0", False),
        ("10.1.2.3", False),
        ("woo.gemeente.nl", False),
    ],
)
def test_woo_serve_marks_the_cookie_secure_on_every_address_but_loopback(
    host: str, loopback: bool
) -> None:
    assert is_loopback(host) is loopback
