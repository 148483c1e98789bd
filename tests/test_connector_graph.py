"""Microsoft Graph: client credentials, delta with stored links, 410 resync, 302 downloads."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from connectors.graph import GraphConnector
from tests.connector_helpers import harvest
from tests.servers.base import Reply
from tests.servers.graph import CLIENT_ID, CLIENT_SECRET, DRIVE, GraphServer
from woo.errors import ConfigError
from woo.settings import SourceConfig


@pytest.fixture
def server() -> Iterator[GraphServer]:
    with GraphServer() as running:
        yield running


def connector(server: GraphServer, monkeypatch, secret: str = CLIENT_SECRET) -> GraphConnector:
    monkeypatch.setenv("WOO_TEST_GRAPH_SECRET", secret)
    built = GraphConnector(
        SourceConfig(
            name="sharepoint",
            kind="graph",
            options={
                "tenant_id": "t",
                "client_id": CLIENT_ID,
                "drive_id": DRIVE,
                "secret_env": "WOO_TEST_GRAPH_SECRET",
                "graph_url": f"{server.url}/v1.0",
                "token_url": f"{server.url}/token",
            },
        )
    )
    built.http._sleep = lambda _s: None
    return built


def test_delta_harvest_follows_302_without_token_and_reports_deletions(
    server: GraphServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(5):
        server.put(f"item{n}", f"raadsvoorstel-{n}.pdf", f"inhoud {n}".encode())
    server.fail_next(
        Reply(429, {"error": {"message": "te veel"}}, {"Retry-After": "1"}), path="/delta"
    )
    fetched, _, cursor = harvest(connector(server, monkeypatch))
    assert sorted(d.source_id for d in fetched) == [f"item{n}" for n in range(5)]
    assert fetched[0].content.startswith(b"inhoud") and fetched[0].media_type == "application/pdf"
    assert "token=" in cursor["link"]
    server.delete("item1")
    server.put("item2", "raadsvoorstel-2.pdf", b"versie 2")
    fetched, deleted, cursor = harvest(connector(server, monkeypatch), cursor)
    assert [(d.source_id, d.content) for d in fetched] == [("item2", b"versie 2")]
    assert deleted == ["item1"]


def test_failed_items_are_retried_and_an_expired_delta_link_means_full_resync(
    server: GraphServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(3):
        server.put(f"item{n}", f"stuk-{n}.pdf", b"x")
    fetched, _, cursor = harvest(connector(server, monkeypatch), failing=frozenset({"item1"}))
    assert cursor["retry"] == {"item1": server.items["item1"]["cTag"]}
    fetched, _, cursor = harvest(connector(server, monkeypatch), cursor)
    assert [d.source_id for d in fetched] == ["item1"] and cursor["retry"] == {}
    server.put("item9", "nieuw.pdf", b"y")
    server.expired_before = server.sequence + 1  # every stored link is now too old
    fetched, _, cursor = harvest(connector(server, monkeypatch), cursor)
    assert sorted(d.source_id for d in fetched) == ["item0", "item1", "item2", "item9"]


def test_a_wrong_client_secret_names_the_source_and_hides_the_secret(
    server: GraphServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(ConfigError) as caught:
        connector(server, monkeypatch, secret="verkeerd-geheim").check()
    assert "bron sharepoint" in str(caught.value) and "verkeerd-geheim" not in str(caught.value)
    assert "Raadsstukken" in connector(server, monkeypatch).check()


def test_an_html_error_page_is_never_taken_for_the_file(
    server: GraphServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.servers.base import Fault
    from woo.errors import TransientError

    server.put("item0", "besluit.pdf", b"%PDF-1.7 inhoud")
    page = Reply(200, "<html><h1>Aanmelden</h1></html>", content_type="text/html")
    fault = server.inject(Fault(r"^/download/item0", reply=page, times=10))
    built = connector(server, monkeypatch)
    with pytest.raises(TransientError, match="HTML-pagina"):  # retried, then left for later
        harvest(built)
    assert fault.hits >= 1
    server.clear_faults()
    fetched, _, _ = harvest(connector(server, monkeypatch))
    assert fetched[0].content == b"%PDF-1.7 inhoud"
