"""Notubiz (documents by last_modified, source type → documentsoort) and ORI backfill."""

from __future__ import annotations

import pytest

from connectors.base import build_connector
from tests.connector_helpers import harvest
from tests.servers.base import Reply
from tests.servers.notubiz import ORG, NotubizServer, OriServer
from woo.errors import TransientError
from woo.settings import SourceConfig


def test_notubiz_maps_source_types_and_resumes_from_the_watermark() -> None:
    with NotubizServer() as server:
        server.put("11", "agenda", "2026-03-01 10:00:00")
        server.put("12", "Ingekomen stuk", "2026-03-01 10:00:00")
        server.put("13", "motie", "2026-03-02 09:30:00")
        config = SourceConfig(
            name="raad",
            kind="notubiz",
            options={"base_url": server.url, "organisation_id": ORG, "page_size": 2},
        )
        connector = build_connector(config)
        connector.http._sleep = lambda _s: None
        fetched, _, cursor = harvest(connector)
        kinds = {d.source_id: d.metadata["documentsoort"] for d in fetched}
        assert kinds == {"11": "agenda", "12": "ingekomen stuk", "13": "motie"}
        assert fetched[0].metadata["vergadering"] == "Gemeenteraad"
        server.put("12", "ingekomen stuk", "2026-03-03 08:00:00", b"%PDF nieuw")
        server.fail_next(Reply(200, b"{kapot", content_type="application/json"), path="/documents")
        fetched, _, _ = harvest(build_connector(config), cursor)
        assert [(d.source_id, d.content) for d in fetched] == [("12", b"%PDF nieuw")]


def test_notubiz_outage_after_retries_is_a_transient_error_naming_the_source() -> None:
    with NotubizServer() as server:
        connector = build_connector(
            SourceConfig(
                name="raad",
                kind="notubiz",
                options={"base_url": server.url, "organisation_id": ORG},
            )
        )
        connector.http._sleep = lambda _s: None
        server.fail_next(Reply(503, {"message": "onderhoud"}), times=10)
        with pytest.raises(TransientError, match=r"bron raad.*HTTP 503"):
            list(connector.list_changes(None))


def test_ori_backfill_pages_with_search_after() -> None:
    with OriServer() as server:
        for n in range(5):
            server.put(f"m{n}", f"2026-02-0{1 + n // 2}T12:00:00Z")
        config = SourceConfig(
            name="ori",
            kind="ori",
            options={"base_url": server.url, "index": "ori_test", "page_size": 2},
        )
        fetched, _, cursor = harvest(build_connector(config))
        assert sorted(d.source_id for d in fetched) == [f"m{n}" for n in range(5)]
        assert fetched[0].metadata["documentsoort"] == "Raadsvoorstel"
        assert harvest(build_connector(config), cursor)[0] == []
