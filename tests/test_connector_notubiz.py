"""Notubiz (the meetings of a date window, their documents by version, source type →
documentsoort, deletions) and the Open Raadsinformatie backfill."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from connectors.base import build_connector
from tests.connector_helpers import harvest
from tests.servers.base import Reply
from tests.servers.notubiz import ORG, NotubizServer, OriServer
from woo.errors import ConfigError, TransientError
from woo.settings import SourceConfig


def _day(offset: int, time: str = "20:00:00") -> str:
    return (datetime.now(UTC) + timedelta(days=offset)).strftime(f"%Y-%m-%d {time}")


def _connector(server: NotubizServer, **options: Any):  # type: ignore[no-untyped-def]
    config = SourceConfig(
        name="raad",
        kind="notubiz",
        options={"base_url": server.url, "organisation_id": ORG, "page_size": 2, **options},
    )
    connector = build_connector(config)
    connector.http._sleep = lambda _s: None
    return connector


def test_notubiz_reads_the_window_of_meetings_maps_types_and_resumes_by_version() -> None:
    with NotubizServer(per_page=2) as server:
        server.add_meeting(1, _day(-7))
        server.add_meeting(2, _day(-2))
        server.add_meeting(3, _day(14))
        server.add_meeting(4, _day(-900))  # long before the window
        server.add_meeting(5, _day(-3), public=False)
        server.put(11, "Agenda", _day(-9, "10:00:00"), meeting=1)
        server.put(12, "Ingekomen stuk", _day(-8, "10:00:00"), meeting=1, place="nested")
        server.put(13, "Notulen", _day(-1, "09:30:00"), meeting=2, place="agenda")
        server.put(14, "Raadsvoorstel", _day(-1, "09:30:00"), meeting=3)
        server.put(15, "Motie", _day(-900), meeting=4)
        server.put(16, "Motie", _day(-3), meeting=5)
        server.put(17, "Memo", _day(-2), meeting=2, confidential=True)

        fetched, deleted, cursor = harvest(_connector(server))
        kinds = {d.source_id: d.metadata["documentsoort"] for d in fetched}
        assert kinds == {
            "11": "agenda",
            "12": "ingekomen stuk",
            "13": "notulen",
            "14": "raadsvoorstel",
        }
        assert deleted == []
        notulen = next(d for d in fetched if d.source_id == "13")
        assert (notulen.file_name, notulen.media_type) == ("stuk_13_v1.pdf", "application/pdf")
        assert notulen.metadata["agendapunt"] == "Vaststellen agenda"
        assert notulen.metadata["vergaderdatum"] == _day(-2)[:10]
        assert next(d for d in fetched if d.source_id == "12").metadata["agendapunt"] == (
            "Ingekomen stukken"
        )
        api_calls = [r for r in server.requests if r.path.count("/") != 3]  # not files
        assert all(r.query["format"] == "json" and r.query["version"] for r in api_calls)
        pages = [r.query["page"] for r in server.requests if r.path == "/events"]
        assert pages == ["1", "2"]  # four meetings in the window, two per page

        server.put(13, "Notulen", _day(0, "08:00:00"), b"%PDF vastgesteld", meeting=2)
        server.fail_next(Reply(200, b"{kapot", content_type="application/json"), path="/events")
        fetched, deleted, cursor = harvest(_connector(server), cursor)
        assert [(d.source_id, d.content) for d in fetched] == [("13", b"%PDF vastgesteld")]
        assert "agendapunt" not in fetched[0].metadata  # moved to the meeting itself
        assert harvest(_connector(server), cursor)[:2] == ([], [])


def test_notubiz_reports_deleted_confidential_and_closed_documents_but_not_moved_ones() -> None:
    with NotubizServer(per_page=10) as server:
        server.add_meeting(1, _day(-7))
        server.add_meeting(2, _day(-5))
        server.add_meeting(3, _day(-4))
        for doc_id, meeting in ((21, 1), (22, 1), (23, 2), (24, 3), (25, 3)):
            server.put(doc_id, "Motie", _day(-10), meeting=meeting)
        _, _, cursor = harvest(_connector(server))
        assert sorted(cursor["versions"]) == ["21", "22", "23", "24", "25"]

        server.remove(21)  # deleted in Notubiz
        server.put(22, "Motie", _day(-10), meeting=1, confidential=True)  # now confidential
        server.meetings[2]["permission_group"] = "private"  # the meeting was closed
        server.reschedule(3, _day(-800))  # left the window: its documents stay published
        fetched, deleted, cursor = harvest(_connector(server), cursor)
        assert fetched == []
        assert deleted == ["21", "22", "23"]
        assert sorted(cursor["versions"]) == ["24", "25"]
        confirmed = [r.path for r in server.requests if r.path.count("/") == 2]
        assert sorted(confirmed) == ["/document/21", "/document/24", "/document/25"]


def test_notubiz_sends_its_token_as_application_token_and_only_to_the_api() -> None:
    with NotubizServer(token="geheim-token") as server:
        server.add_meeting(1, _day(-1))
        server.put(31, "Agenda", _day(-2), meeting=1)
        with pytest.raises(ConfigError, match="WOO_TEST_NOTUBIZ_TOKEN is niet gezet"):
            _connector(server, token_env="WOO_TEST_NOTUBIZ_TOKEN")
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("WOO_TEST_NOTUBIZ_TOKEN", "geheim-token")
            fetched, _, _ = harvest(_connector(server, token_env="WOO_TEST_NOTUBIZ_TOKEN"))
        assert [d.source_id for d in fetched] == ["31"]
        events = next(r for r in server.requests if r.path == "/events")
        assert events.query["application_token"] == "geheim-token"
        assert "Authorization" not in events.headers
        download = next(r for r in server.requests if r.path == "/document/31/1")
        assert "application_token" not in download.query


def test_notubiz_outage_after_retries_is_a_transient_error_naming_the_source() -> None:
    with NotubizServer() as server:
        connector = _connector(server)
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
        afters = [r for r in server.requests if r.path.endswith("/_search")]
        assert len(afters) == 3  # 2 + 2 + 1, each next page after the last sort values
        assert harvest(build_connector(config), cursor)[0] == []
