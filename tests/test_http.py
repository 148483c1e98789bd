"""The shared HTTP layer: retries, Retry-After, size limits, redirects, errors without secrets."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest

from connectors.http import HttpClient, HttpDocumentError, retry_after_seconds, safe_url
from woo.errors import ConfigError, DocumentError, TransientError


def client(handler, **kwargs) -> tuple[HttpClient, list[float]]:
    waits: list[float] = []
    built = HttpClient(
        "bron-x", transport=httpx.MockTransport(handler), sleep=waits.append, **kwargs
    )
    return built, waits


def test_retry_after_accepts_seconds_and_http_dates() -> None:
    now = datetime(2026, 11, 29, 3, 0, 0, tzinfo=UTC)
    assert retry_after_seconds("12") == 12.0
    assert retry_after_seconds("Sun, 29 Nov 2026 03:00:30 GMT", now=now) == 30.0
    assert retry_after_seconds("onzin") is None and retry_after_seconds(None) is None


def test_5xx_and_connection_errors_are_retried_with_growing_jittered_backoff() -> None:
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) == 1:
            raise httpx.ConnectError("weg")
        if len(calls) < 4:
            return httpx.Response(502)
        return httpx.Response(200, json={"ok": True})

    http, waits = client(handler, backoff=1.0)
    assert http.get_json("https://bron.example/lijst") == {"ok": True}
    assert len(calls) == 4
    assert [0.5 <= waits[0] <= 1.0, 1.0 <= waits[1] <= 2.0, 2.0 <= waits[2] <= 4.0] == [True] * 3


def test_after_the_last_retry_the_error_is_transient_and_names_source_and_document() -> None:
    http, _ = client(lambda request: httpx.Response(503), retries=2)
    with pytest.raises(TransientError) as caught:
        http.get_json("https://bron.example/doc/1?token=geheim", document="doc-1")
    message = str(caught.value)
    assert "bron bron-x" in message and "document doc-1" in message and "HTTP 503" in message
    assert "geheim" not in message  # the query string never reaches a message


def test_auth_failure_on_a_listing_is_a_config_error_and_on_a_document_a_document_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(403, json={"code": "permission_denied", "detail": "Geen rechten."})

    http, waits = client(handler)
    with pytest.raises(ConfigError, match=r"toegang geweigerd.*Geen rechten"):
        http.get_json("https://bron.example/lijst")
    with pytest.raises(HttpDocumentError) as caught:
        http.get_json("https://bron.example/doc/1", document="doc-1")
    assert caught.value.status == 403 and waits == []  # 4xx is never retried


def test_declared_size_over_the_limit_is_refused_before_reading() -> None:
    http, _ = client(
        lambda request: httpx.Response(200, content=b"x" * 50, headers={"Content-Length": "50"}),
        max_bytes=10,
    )
    with pytest.raises(DocumentError, match="te groot"):
        http.download("https://bron.example/doc/1", document="doc-1")


def test_a_redirect_is_followed_without_the_sources_own_headers() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host == "bron.example":
            return httpx.Response(302, headers={"Location": "https://opslag.example/blob?sig=abc"})
        return httpx.Response(200, content=b"inhoud", headers={"Content-Type": "application/pdf"})

    http = HttpClient(
        "bron-x",
        transport=httpx.MockTransport(handler),
        headers=lambda: {"Authorization": "Bearer token-123"},
    )
    download = http.download("https://bron.example/items/1/content", document="1")
    assert (download.content, download.media_type) == (b"inhoud", "application/pdf")
    assert seen[0].headers["Authorization"] == "Bearer token-123"
    assert "Authorization" not in seen[1].headers


def test_safe_url_drops_query_and_credentials() -> None:
    assert (
        safe_url("https://user:pw@host.example:8443/a/b?x=1#f") == "https://host.example:8443/a/b"
    )
