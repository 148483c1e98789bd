"""CMIS browser binding: keyset watermark over many equal modification times, Basic auth."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from connectors.cmis import CmisConnector
from tests.connector_helpers import harvest
from tests.servers.base import Reply
from tests.servers.cmis import PASSWORD, ROOT, USER, CmisServer
from woo.errors import ConfigError, PermanentError
from woo.settings import SourceConfig


@pytest.fixture
def server() -> Iterator[CmisServer]:
    with CmisServer() as running:
        yield running


def connector(server: CmisServer, monkeypatch: pytest.MonkeyPatch, password: str = PASSWORD):
    monkeypatch.setenv("WOO_TEST_CMIS_PASSWORD", password)
    config = SourceConfig(
        name="alfresco",
        kind="cmis",
        options={
            "url": f"{server.url}{ROOT}",
            "user": USER,
            "password_env": "WOO_TEST_CMIS_PASSWORD",
            "page_size": 2,
        },
    )
    built = CmisConnector(config)
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
