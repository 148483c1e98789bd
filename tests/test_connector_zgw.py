"""The ZGW Documenten API connector against an Open Zaak-like server (responses checked
against the official OpenAPI files, so the test server cannot drift from the spec)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
import yaml
from openapi_core import Config, OpenAPI
from openapi_core.testing import MockRequest, MockResponse

from connectors.base import build_connector
from schemas.records import DocumentRef
from tests.conftest import SHARED
from tests.servers.base import Reply
from tests.servers.zgw import DRC, ZTC, ZgwServer
from tests.zgw_helpers import ZRC, zgw_config, zgw_connector
from woo.errors import ConfigError, DocumentError, TransientError

SPECS = SHARED / "standards" / "zgw"


def _local_refs_only(node: object) -> object:
    """The specs point at one schema on GitHub (for `expand`); there is no network in tests."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("http"):
            return {"type": "object"}
        return {key: _local_refs_only(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_local_refs_only(value) for value in node]
    return node


def load_spec(name: str) -> OpenAPI:
    # Skip validating the (large, official) spec itself: that takes seconds and is not our job.
    config = Config(spec_validator_cls=None)
    spec = _local_refs_only(yaml.load((SPECS / name).read_text(), Loader=yaml.CSafeLoader))
    return OpenAPI.from_dict(spec, config=config)


@pytest.fixture
def server() -> Iterator[ZgwServer]:
    with ZgwServer() as running:
        yield running


def harvest(connector, cursor=None):
    """List and fetch everything once; returns (fetched, deleted, cursor)."""
    fetched, deleted = [], []
    for page in connector.list_changes(cursor):
        done = []
        for ref in page:
            if ref.deleted:
                deleted.append(ref.source_id)
            else:
                fetched.append(connector.fetch(ref))
            done.append(ref)
        cursor = connector.next_cursor(cursor, done)
    return fetched, deleted, cursor


def test_server_responses_match_the_official_openapi_files(server: ZgwServer) -> None:
    document = server.add_document("Besluitenlijst 12 maart")
    link = server.link_zaak(document, "Omgevingsvergunning")
    for n in range(4):
        server.add_document(f"Stuk {n}")
    token = __import__("connectors.auth", fromlist=["zgw_jwt"]).zgw_jwt(
        "woo-pijplijn", server.secret
    )
    checks = [
        ("documenten-openapi.yaml", DRC, "/enkelvoudiginformatieobjecten", {"pageSize": "2"}),
        ("documenten-openapi.yaml", DRC, document.split(DRC)[1], {}),
        ("catalogi-openapi.yaml", ZTC, server.iot_besluitenlijst.split(ZTC)[1], {}),
        ("zaken-openapi.yaml", ZRC, link.split(ZRC)[1], {}),
    ]
    for spec_file, prefix, path, params in checks:
        spec = load_spec(spec_file)
        response = httpx.get(
            f"{server.url}{prefix}{path}",
            params=params,
            headers={"Authorization": f"Bearer {token}", "Accept-Crs": "EPSG:4326"},
        )
        assert response.status_code == 200, response.text
        request = MockRequest(server.url, "get", f"{prefix}{path}", args=params)
        spec.validate_response(request, MockResponse(response.content, 200))


def test_full_harvest_lists_pages_downloads_and_maps_the_informatieobjecttype(
    server: ZgwServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    urls = [server.add_document(f"Besluitenlijst {n}", f"inhoud {n}".encode()) for n in range(7)]
    connector = zgw_connector(server, monkeypatch)
    fetched, deleted, cursor = harvest(connector)
    assert sorted(doc.source_id for doc in fetched) == sorted(urls)
    assert deleted == []
    first = next(doc for doc in fetched if doc.source_id == urls[0])
    assert first.content == b"inhoud 0"
    assert first.file_name == "besluitenlijst-0.pdf"  # from bestandsnaam, not the storage UUID
    assert first.media_type == "application/pdf"  # from formaat, not octet-stream
    assert first.metadata["informatieobjecttype"] == "Besluitenlijst B&W"
    assert "requires_review" not in first.metadata
    type_calls = [r for r in server.requests if "/informatieobjecttypen/" in r.path]
    assert len(type_calls) == 1  # cached for the run
    downloads = [r for r in server.requests if r.path.endswith("/download")]
    assert all(r.headers.get("Accept") == "*/*" for r in downloads)
    assert len(cursor["versions"]) == 7


def test_reconciliation_reports_only_changed_and_deleted_documents(
    server: ZgwServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    urls = [server.add_document(f"Stuk {n}") for n in range(5)]
    connector = zgw_connector(server, monkeypatch)
    _, _, cursor = harvest(connector)
    server.change_document(urls[1], b"nieuwe versie")
    server.delete_document(urls[3])
    added = server.add_document("Nieuw stuk")
    fetched, deleted, cursor = harvest(zgw_connector(server, monkeypatch), cursor)
    assert sorted(doc.source_id for doc in fetched) == sorted([urls[1], added])
    assert deleted == [urls[3]]
    assert urls[3] not in cursor["versions"]
    fetched, deleted, _ = harvest(zgw_connector(server, monkeypatch), cursor)
    assert (fetched, deleted) == ([], [])


def test_a_confidential_document_is_flagged_for_review_or_skipped_by_setting(
    server: ZgwServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = server.add_document("Intern memo", aanduiding="beperkt openbaar")
    server.add_document("Openbaar besluit")
    fetched, _, cursor = harvest(zgw_connector(server, monkeypatch))
    flagged = next(doc for doc in fetched if doc.source_id == secret)
    assert flagged.metadata["requires_review"] == "vertrouwelijkheidaanduiding beperkt openbaar"
    fetched, deleted, _ = harvest(zgw_connector(server, monkeypatch, vertrouwelijk="skip"), cursor)
    assert fetched == [] and deleted == [secret]  # skipped now: withdrawn, never public


def test_zaaktype_of_linked_zaken_is_added_when_configured(
    server: ZgwServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = server.add_document("Vergunning")
    server.link_zaak(document, "Omgevingsvergunning")
    connector = zgw_connector(server, monkeypatch, zaken_url=f"{server.url}{ZRC}")
    fetched, _, _ = harvest(connector)
    assert fetched[0].metadata["zaaktype"] == "Omgevingsvergunning"


def test_a_wrong_secret_gives_a_clear_error_naming_the_source(
    server: ZgwServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.add_document()
    server.secret = "een-ander-geheim-een-ander-geheim!!"
    connector = zgw_connector(server, monkeypatch)
    with pytest.raises(ConfigError) as caught:
        connector.check()
    assert "bron openzaak" in str(caught.value) and "HTTP 403" in str(caught.value)
    assert "Ongeldige handtekening" in str(caught.value)
    assert "test-geheim" not in str(caught.value)


def test_429_with_retry_after_and_malformed_json_are_retried(
    server: ZgwServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.add_document()
    waits: list[float] = []
    connector = zgw_connector(server, monkeypatch)
    connector.http._sleep = waits.append
    server.fail_next(Reply(429, {"detail": "te veel"}, {"Retry-After": "7"}))
    server.fail_next(Reply(200, b"{niet: json", content_type="application/json"))
    fetched, _, _ = harvest(connector)
    assert len(fetched) == 1
    assert waits[0] == 7.0 and len(waits) == 2


def test_a_truncated_download_is_retried_then_fails_as_transient_naming_the_document(
    server: ZgwServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = server.add_document(content=b"x" * 1000)
    connector = zgw_connector(server, monkeypatch)
    short = Reply(200, b"x" * 10, content_type="application/octet-stream", declared_length=1000)
    server.fail_next(short, path="/download", times=1)
    [page] = list(connector.list_changes(None))
    server.fail_next(short, path="/download", times=1)
    assert connector.fetch(page[0]).content == b"x" * 1000  # one truncation: retried
    server.fail_next(short, path="/download", times=10)
    with pytest.raises(TransientError) as caught:
        connector.fetch(page[0])
    assert f"document {url}" in str(caught.value) and "download" in str(caught.value)


def test_download_larger_than_the_limit_is_refused(
    server: ZgwServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.add_document(content=b"y" * 5000)
    connector = zgw_connector(server, monkeypatch, max_bytes=1000)
    [page] = list(connector.list_changes(None))
    with pytest.raises(DocumentError, match="te groot"):
        connector.fetch(page[0])


def test_secret_comes_only_from_the_environment(server: ZgwServer) -> None:
    with pytest.raises(ConfigError, match="WOO_TEST_ZGW_SECRET is niet gezet"):
        build_connector(zgw_config(server))
    with pytest.raises(ConfigError, match=r"hoort niet in woo\.toml"):
        build_connector(zgw_config(server, secret="letterlijk"))


def test_a_malformed_object_becomes_a_document_error_not_a_crash(
    server: ZgwServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = server.add_document()
    connector = zgw_connector(server, monkeypatch)
    server.fail_next(Reply(200, [1, 2]), path=url.rsplit("/", 1)[1])
    with pytest.raises(DocumentError, match="onverwacht antwoord") as caught:
        connector.fetch(DocumentRef(source_id=url, fingerprint="1@x"))
    assert caught.value.document == url
