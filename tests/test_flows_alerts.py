"""Alerts: a zero-result or high-failure run reaches the configured webhook."""

from __future__ import annotations

import json

import httpx

from woo.alerts import evaluate, notify
from woo.settings import AlertConfig


def _result(seen: int, published: int, failures: int, error: str | None = None) -> dict:
    return {
        "sources": [{"source": "dms", "seen": seen, "error": error}],
        "published": published,
        "queued": 0,
        "would_publish": 0,
        "failures": [{"document": f"d{i}", "reason": "kapot"} for i in range(failures)],
    }


def test_a_healthy_run_raises_no_alert() -> None:
    assert evaluate(_result(seen=10, published=9, failures=1), AlertConfig()) == []


def test_a_run_that_found_nothing_raises_an_alert() -> None:
    [message] = evaluate(_result(seen=0, published=0, failures=0), AlertConfig())
    assert "nul documenten" in message and "dms" in message


def test_a_run_with_many_failures_and_a_broken_source_raises_alerts() -> None:
    messages = evaluate(_result(seen=10, published=5, failures=5, error="503"), AlertConfig())
    assert any("bron dms is mislukt: 503" in m for m in messages)
    assert any("5 van 10 documenten mislukt" in m for m in messages)


def test_alerts_are_posted_as_json_to_the_webhook() -> None:
    received: list[dict] = []

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url == "https://hooks.example.org/woo"
        received.append(json.loads(request.content))
        return httpx.Response(204)

    config = AlertConfig(webhook_url="https://hooks.example.org/woo")
    sent = notify(
        ["nul documenten"],
        config,
        run="nightly",
        organisation="gemeente X",
        transport=httpx.MockTransport(handler),
    )
    assert sent
    assert received[0]["meldingen"] == ["nul documenten"]
    assert "gemeente X" in received[0]["text"]


def test_a_failing_webhook_never_breaks_the_run() -> None:
    config = AlertConfig(webhook_url="https://hooks.example.org/woo")
    transport = httpx.MockTransport(lambda request: httpx.Response(500))
    assert not notify(["x"], config, run="r", organisation="o", transport=transport)
    assert not notify([], config, run="r", organisation="o", transport=transport)
