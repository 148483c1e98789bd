"""CMIS browser binding: keyset watermark over many equal modification times, Basic auth, and
deletions from the change log or, without one, from a periodic reconciliation."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest
from sqlalchemy import select

from connectors.cmis import CmisConnector
from ledger.models import Document, HarvestCursor
from ledger.states import Status
from tests.connector_helpers import cmis_config, harvest
from tests.publishing import _prepare
from tests.servers.base import Reply
from tests.servers.cmis import FOLDER, PASSWORD, ROOT, CmisServer
from woo.context import open_context
from woo.errors import ConfigError, PermanentError
from woo.harvest import harvest_source
from woo.publish import publish_document
from woo.settings import load_settings


@pytest.fixture
def server() -> Iterator[CmisServer]:
    with CmisServer(change_log=True) as running:
        yield running


def connector(
    server: CmisServer,
    monkeypatch: pytest.MonkeyPatch,
    password: str = PASSWORD,
    **options: Any,
) -> CmisConnector:
    monkeypatch.setenv("WOO_TEST_CMIS_PASSWORD", password)
    built = CmisConnector(cmis_config(server, **options))
    built.http._sleep = lambda _s: None
    return built


def test_ties_on_the_watermark_are_paged_without_loss_and_failures_are_retried(
    server: CmisServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n, second in enumerate([5, 5, 5, 5, 7, 9]):
        server.put(f"doc-{n}", f"besluit-{n}.pdf", second, f"inhoud {n}".encode())
    fetched, _, cursor = harvest(connector(server, monkeypatch), failing=frozenset({"doc-2"}))
    assert sorted(d.source_id for d in fetched) == ["doc-0", "doc-1", "doc-3", "doc-4", "doc-5"]
    assert cursor["watermark"] == "2026-01-01T00:00:05.000Z"  # held back by the failed one
    first = next(d for d in fetched if d.source_id == "doc-0")
    assert (first.content, first.file_name, first.media_type) == (
        b"inhoud 0",
        "besluit-0.pdf",
        "application/pdf",
    )
    fetched, _, cursor = harvest(connector(server, monkeypatch), cursor)
    assert [d.source_id for d in fetched] == ["doc-2"]
    assert cursor["failed"] == {} and cursor["watermark"] == "2026-01-01T00:00:09.000Z"
    server.put("doc-4", "besluit-4.pdf", 11, b"nieuw")
    fetched, _, _ = harvest(connector(server, monkeypatch), cursor)
    assert [(d.source_id, d.content) for d in fetched] == [("doc-4", b"nieuw")]


def test_a_wrong_password_is_a_clear_configuration_error(
    server: CmisServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(ConfigError, match=r"bron alfresco.*HTTP 401"):
        connector(server, monkeypatch, password="fout").check()
    assert "CMIS-repository -default-" in connector(server, monkeypatch).check()


def test_a_row_without_modification_date_stops_this_source_with_a_clear_error(
    server: CmisServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    row = {"properties": {"cmis:objectId": {"value": "doc-1"}, "cmis:name": {"value": "a.pdf"}}}
    server.fail_next(Reply(200, {"results": [row], "hasMoreItems": False}), path=f"{ROOT}/-")
    with pytest.raises(PermanentError, match=r"bron alfresco.*onverwacht antwoord"):
        list(connector(server, monkeypatch).list_changes(None))


def _content_changes_calls(server: CmisServer) -> list[dict[str, str]]:
    return [r.query for r in server.requests if r.query.get("cmisselector") == "contentChanges"]


def _full_listings(server: CmisServer) -> int:
    """Reconciliation listings: query pages asking for ids and dates only."""
    statements = [parse_qs(r.body.decode())["statement"][0] for r in server.requests if r.body]
    return sum(
        1
        for statement in statements
        if statement.startswith("SELECT d.cmis:objectId, d.cmis:lastModificationDate FROM")
    )


def _harvested(server: CmisServer, monkeypatch: pytest.MonkeyPatch, count: int) -> dict:
    """`count` documents doc-0... (one second apart), harvested once; returns the cursor."""
    for n in range(count):
        server.put(f"doc-{n}", f"stuk-{n}.pdf", n)
    fetched, deleted, cursor = harvest(connector(server, monkeypatch))
    assert len(fetched) == count and deleted == []
    return cursor


def test_change_log_reports_deleted_documents_and_the_cursor_keeps_its_token(
    server: CmisServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    cursor = _harvested(server, monkeypatch, 5)
    assert cursor["change_token"] == "5"  # latestChangeLogToken when the run started
    assert cursor["known"] == [f"doc-{n}" for n in range(5)]

    server.delete("doc-1")
    server.delete("doc-3")
    server.put("doc-5", "nieuw.pdf", 9)
    fetched, deleted, cursor = harvest(connector(server, monkeypatch), cursor)
    assert [d.source_id for d in fetched] == ["doc-5"]
    assert deleted == ["doc-1", "doc-3"]
    assert cursor["change_token"] == "8"
    assert cursor["known"] == ["doc-0", "doc-2", "doc-4", "doc-5"]
    calls = _content_changes_calls(server)
    # Read from the stored token, paged (maxItems 2) by the token the server hands out.
    assert [c["changeLogToken"] for c in calls] == ["5", "7"]
    assert _full_listings(server) == 0  # no reconciliation needed

    fetched, deleted, _ = harvest(connector(server, monkeypatch), cursor)
    assert (fetched, deleted) == ([], [])  # the entry at the token itself is not a new deletion


def test_change_log_withdraws_what_became_unreadable_or_left_the_folder_and_adds_what_appeared(
    server: CmisServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(4):
        server.put(f"doc-{n}", f"stuk-{n}.pdf", n)
    server.put("elders", "elders.pdf", 1, folder="workspace://SpacesStore/andere-map")
    server.hidden.add("doc-3")  # not readable for us yet
    fetched, _, cursor = harvest(connector(server, monkeypatch, folder=FOLDER))
    assert sorted(d.source_id for d in fetched) == ["doc-0", "doc-1", "doc-2"]

    server.hide("doc-0")  # security: our read permission is gone
    server.move("doc-1", "workspace://SpacesStore/archief")  # same modification date
    server.hidden.discard("doc-3")
    server._record("doc-3", "security")  # readable now, with its old modification date
    server.move("elders", FOLDER)
    fetched, deleted, cursor = harvest(connector(server, monkeypatch, folder=FOLDER), cursor)
    assert deleted == ["doc-0", "doc-1"]
    assert sorted(d.source_id for d in fetched) == ["doc-3", "elders"]
    assert cursor["known"] == ["doc-2", "doc-3", "elders"]


def test_a_deleted_event_for_a_document_that_still_exists_withdraws_nothing(
    server: CmisServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    cursor = _harvested(server, monkeypatch, 1)
    server._record("doc-0", "deleted")  # e.g. one old version was deleted, not the document
    fetched, deleted, cursor = harvest(connector(server, monkeypatch), cursor)
    assert (fetched, deleted) == ([], [])
    assert cursor["known"] == ["doc-0"]


def test_a_deletion_that_fails_in_the_pipeline_is_reported_again_next_run(
    server: CmisServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    cursor = _harvested(server, monkeypatch, 2)
    server.delete("doc-0")
    _, deleted, cursor = harvest(
        connector(server, monkeypatch), cursor, failing=frozenset({"doc-0"})
    )
    assert deleted == [] and cursor["recheck"] == ["doc-0"] and "doc-0" in cursor["known"]
    _, deleted, cursor = harvest(connector(server, monkeypatch), cursor)
    assert deleted == ["doc-0"]  # no new change log entry: found through the recheck list
    assert cursor["recheck"] == [] and cursor["known"] == ["doc-1"]


def test_without_a_change_log_deletions_are_found_by_a_periodic_reconciliation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with CmisServer(change_log=False) as server:
        cursor = _harvested(server, monkeypatch, 5)
        assert "change_token" not in cursor and cursor["reconciled_at"]
        assert _full_listings(server) == 0  # the first run has nothing to compare
        server.delete("doc-2")

        # Reconciled less than `reconcile_hours` ago: not yet.
        fetched, deleted, cursor = harvest(connector(server, monkeypatch), cursor)
        assert (fetched, deleted) == ([], [])
        assert _full_listings(server) == 0 and _content_changes_calls(server) == []

        fetched, deleted, cursor = harvest(
            connector(server, monkeypatch, reconcile_hours=0), cursor
        )
        assert fetched == [] and deleted == ["doc-2"]
        assert _full_listings(server) >= 3  # all ids, two per page, keyset
        assert cursor["known"] == ["doc-0", "doc-1", "doc-3", "doc-4"]
        assert (
            "verwijderingen via periodieke vergelijking" in connector(server, monkeypatch).check()
        )


def test_a_purged_change_log_falls_back_to_one_reconciliation(
    server: CmisServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    cursor = _harvested(server, monkeypatch, 3)
    server.purge_log()
    server.delete("doc-1")  # the only entry left; the stored token "3" is gone
    fetched, deleted, cursor = harvest(connector(server, monkeypatch), cursor)
    assert fetched == [] and deleted == ["doc-1"]
    assert _full_listings(server) >= 1
    assert cursor["change_token"] == "4"
    assert "verwijderingen via wijzigingslog" in connector(server, monkeypatch).check()


def test_a_deleted_cmis_document_is_withdrawn_from_the_public_site(
    tmp_path: Path, server: CmisServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WOO_TEST_CMIS_PASSWORD", PASSWORD)
    server.put("doc-0", "besluitenlijst.pdf", 0, b"%PDF-1.4 besluitenlijst")
    server.put("doc-1", "notulen.pdf", 1, b"%PDF-1.4 notulen")
    source = cmis_config(server)
    settings = load_settings(None, data_dir=tmp_path / "data", sources=[source.model_dump()])
    ctx = open_context(settings)
    assert harvest_source(ctx, settings.sources[0]).new == 2
    with ctx.ledger.session() as session:
        document = session.scalars(select(Document).where(Document.source_id == "doc-0")).one()
        _prepare(ctx, document, ["infocat002"], "Besluitenlijst")
        publication = publish_document(ctx, session, document, actor="test")
        object_key, document_id = publication.object_key, document.id
    assert ctx.public.exists(object_key)

    server.delete("doc-0")
    report = harvest_source(ctx, settings.sources[0])
    assert (report.deleted, report.failed, report.error) == (1, [], "")
    with ctx.ledger.session() as session:
        document = session.get(Document, document_id)
        assert document.status == Status.WITHDRAWN and document.deleted_in_source
        assert document.publications[0].withdrawal_reason == "verwijderd in de bron"
        stored = session.get(HarvestCursor, "alfresco").cursor
    assert not ctx.public.exists(object_key)
    assert stored["change_token"] == server._repository_info()["latestChangeLogToken"]
    assert stored["known"] == ["doc-1"]
    ctx.close()
