"""Source faults through the real HTTP connectors (ZGW and CMIS) and `harvest_source`.

The local test servers misbehave at the HTTP level (`tests.servers.base.Fault`): an answer
slower than the client's time-out, a burst of 5xx, 429 with Retry-After, a download cut short
(Content-Length larger than the body, or the connection closed mid-body), a malformed JSON list
page and an HTML error page instead of the PDF. Each test checks that the run goes on with the
other documents, that every failed document is reported by name with its problem, that the
stored cursor never passes a failed document, and that the next harvest, with the source healthy
again, takes in every document exactly once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from connectors.cmis import CmisConnector, stamp_from_millis
from connectors.http import HttpClient
from connectors.zgw import ZgwConnector
from hostile_corpus.cases import plain_pdf
from ledger.models import Document, HarvestCursor
from ledger.states import Status
from tests.connector_helpers import cmis_config
from tests.hardening.pipeline import settings_for
from tests.servers.base import Fault, Reply
from tests.servers.cmis import EPOCH_MS, PASSWORD, CmisServer
from tests.servers.zgw import SECRET, ZgwServer
from tests.zgw_helpers import zgw_config
from woo.context import RunContext, open_context
from woo.harvest import SourceReport, harvest_source
from woo.settings import SourceConfig

TIMEOUT = 0.5  # seconds: the connectors' time-out in these tests
SLOW = 1.5  # seconds: a "slow" answer, well past the time-out
RETRIES = 2  # three attempts per request
ATTEMPTS = RETRIES + 1
RETRY_AFTER = 1  # seconds the server asks for with its 429
HTML_PAGE = Reply(
    200,
    "<html><body><h1>Onderhoud</h1><p>Probeer het later opnieuw.</p></body></html>",
    content_type="text/html; charset=utf-8",
)


def _quick(http: HttpClient) -> None:
    """Small time-out and backoff, so the faults cost seconds; sleeps stay real (Retry-After)."""
    http.retries = RETRIES
    http.backoff = 0.01
    http._client.timeout = httpx.Timeout(TIMEOUT)


def _context(tmp_path: Path, source: SourceConfig) -> RunContext:
    empty = tmp_path / "leeg"
    empty.mkdir()
    settings = settings_for(empty, tmp_path / "data")
    return open_context(settings.model_copy(update={"sources": [source]}))


def _harvest(ctx: RunContext, connector: Any) -> tuple[SourceReport, list[dict[str, Any]]]:
    """One harvest; also every cursor as stored after each page (not only the last one)."""
    source = ctx.settings.sources[0]
    stored: list[dict[str, Any]] = []

    def snapshot(_count: int) -> None:
        with ctx.ledger.session() as session:
            stored.append(dict(session.get(HarvestCursor, source.name).cursor))

    return harvest_source(ctx, source, connector=connector, progress=snapshot), stored


def _documents(ctx: RunContext) -> list[Document]:
    with ctx.ledger.session() as session:
        documents = list(session.scalars(select(Document)))
        session.expunge_all()
        return documents


def _stored_contents(ctx: RunContext) -> dict[str, bytes]:
    """The original as harvested, per document that has one (a failed fetch stores nothing)."""
    return {d.source_id: ctx.private.get(d.original_key) for d in _documents(ctx) if d.original_key}


def _requests_since(server: ZgwServer | CmisServer, start: int, pattern: str) -> list[str]:
    return [r.target for r in server.requests[start:] if re.search(pattern, r.target)]


# -- ZGW (Open Zaak) --------------------------------------------------------------------------
@pytest.fixture
def zgw(monkeypatch: pytest.MonkeyPatch) -> Iterator[ZgwServer]:
    monkeypatch.setenv("WOO_TEST_ZGW_SECRET", SECRET)
    with ZgwServer() as running:
        yield running


def _zgw_connector(server: ZgwServer) -> ZgwConnector:
    connector = ZgwConnector(zgw_config(server))
    _quick(connector.http)
    return connector


def _key(url: str) -> str:
    return url.rsplit("/", 1)[1]


def test_zgw_faults_fail_only_their_documents_and_the_next_harvest_takes_each_once(
    zgw: ZgwServer, tmp_path: Path
) -> None:
    names = [
        "goed-1",
        "traag",
        "storing",
        "korte-storing",
        "druk",
        "afgekapt",
        "foutpagina",
        "goed-2",
    ]  # pages of 3: the faults are spread over all three pages
    urls = {
        name: zgw.add_document(name, plain_pdf(f"Besluit {name}"), bestandsnaam=f"{name}.pdf")
        for name in names
    }

    def download(name: str) -> str:
        return f"{_key(urls[name])}/download"

    faults = [
        # The listing: page 2 once malformed (retried within the run).
        Fault(r"enkelvoudiginformatieobjecten\?page=2&", reply=Reply(200, b'{"count": 8, "res')),
        Fault(download("traag"), delay=SLOW, times=ATTEMPTS),
        Fault(download("storing"), reply=Reply(503, {"detail": "storing"}), times=ATTEMPTS),
        Fault(download("korte-storing"), reply=Reply(502, b"Bad Gateway"), times=RETRIES),
        Fault(
            download("druk"),
            reply=Reply(429, {"detail": "te veel verzoeken"}, {"Retry-After": str(RETRY_AFTER)}),
        ),
        # Content-Length larger than the body, then the real body cut off mid-way.
        Fault(
            download("afgekapt"),
            reply=Reply(
                200, b"%PDF-1.7 half", declared_length=4096, content_type="application/pdf"
            ),
        ),
        Fault(download("afgekapt"), cut_after=200, times=RETRIES),
        Fault(download("foutpagina"), reply=HTML_PAGE, times=ATTEMPTS),
    ]
    for fault in faults:
        zgw.inject(fault)
    failing = {urls[n]: n for n in ("traag", "storing", "afgekapt", "foutpagina")}
    ctx = _context(tmp_path, zgw_config(zgw))
    try:
        report, cursors = _harvest(ctx, _zgw_connector(zgw))

        # Every fault fired as often as scripted: the retries really happened.
        assert [f.hits for f in faults] == [f.times for f in faults]
        # The run went on: one error-free report, only the four broken documents failed.
        assert report.error == ""
        assert (report.seen, report.new) == (8, 4)
        reasons = dict(report.failed)
        assert set(reasons) == set(failing)
        expected = {
            "traag": "time-out",
            "storing": "HTTP 503",
            "afgekapt": "download afgebroken",
            "foutpagina": "HTML-pagina (text/html) in plaats van het bestand",
        }
        for url, name in failing.items():
            assert f"bron openzaak, document {url}" in reasons[url]
            assert expected[name] in reasons[url], reasons[url]
        # Retry-After was honoured, not the 10 ms backoff.
        first, second = [r.received for r in zgw.requests if r.path.endswith(download("druk"))]
        assert second - first >= RETRY_AFTER * 0.9

        # The cursor as stored after each page never held a failed document.
        assert len(cursors) == 3
        for cursor in cursors:
            assert not set(cursor["versions"]) & set(failing)
        final = cursors[-1]["versions"]
        assert set(final) == set(urls.values()) - set(failing)
        documents = {d.source_id: d for d in _documents(ctx)}
        assert {u for u, d in documents.items() if d.status == Status.FAILED} == set(failing)
        for url in failing:
            assert url in documents[url].status_reason
        # What was harvested is the real file, never a cut-off body or an error page.
        for url, content in _stored_contents(ctx).items():
            if url not in failing:
                assert content == zgw.contents[_key(url)]

        # The source is healthy again: the next harvest takes the four, each exactly once.
        zgw.clear_faults()
        start = len(zgw.requests)
        report, cursors = _harvest(ctx, _zgw_connector(zgw))
        assert (report.error, report.failed) == ("", [])
        assert (report.seen, report.new, report.changed) == (4, 4, 0)
        fetched = _requests_since(zgw, start, r"/download")
        assert sorted(re.search(r"objecten/([^/]+)/", t)[1] for t in fetched) == sorted(
            _key(u) for u in failing
        )
        documents = {d.source_id: d for d in _documents(ctx)}
        assert len(documents) == 8
        assert {d.status for d in documents.values()} == {Status.HARVESTED}
        assert _stored_contents(ctx) == {u: zgw.contents[_key(u)] for u in urls.values()}
        assert cursors[-1]["versions"] == {
            u: f"1@{zgw.documents[_key(u)]['beginRegistratie']}" for u in urls.values()
        }
        # And nothing is left to do.
        report, _ = _harvest(ctx, _zgw_connector(zgw))
        assert (report.seen, report.failed, report.error) == (0, [], "")
    finally:
        ctx.close()


def test_zgw_a_listing_that_stays_broken_stops_the_source_without_deleting_or_skipping(
    zgw: ZgwServer, tmp_path: Path
) -> None:
    urls = [zgw.add_document(f"Besluit {n}", plain_pdf(f"Besluit {n}")) for n in range(8)]
    ctx = _context(tmp_path, zgw_config(zgw))
    try:
        report, _ = _harvest(ctx, _zgw_connector(zgw))
        assert (report.new, report.failed, report.error) == (8, [], "")
        for url in urls:  # every document changes in the source
            zgw.change_document(url, plain_pdf(f"Nieuwe versie van {url}"))
        page_two = zgw.inject(
            Fault(
                r"enkelvoudiginformatieobjecten\?page=2&",
                reply=Reply(200, b"<html>502 Bad Gateway</html>", content_type="text/html"),
                times=ATTEMPTS,
            )
        )
        report, cursors = _harvest(ctx, _zgw_connector(zgw))
        assert page_two.hits == ATTEMPTS
        assert "bron openzaak" in report.error and "ongeldige JSON" in report.error
        assert report.changed == 3 and report.deleted == 0  # page 1 only
        # A listing that broke off is no reconciliation: nothing is taken for deleted.
        statuses = {d.source_id: d.status for d in _documents(ctx)}
        assert set(statuses.values()) == {Status.HARVESTED} and len(statuses) == 8
        versions = cursors[-1]["versions"]
        assert set(versions) == set(urls)
        assert sum(v.startswith("2@") for v in versions.values()) == 3

        zgw.clear_faults()
        start = len(zgw.requests)
        report, cursors = _harvest(ctx, _zgw_connector(zgw))
        assert (report.error, report.failed, report.deleted) == ("", [], 0)
        assert (report.seen, report.changed) == (5, 5)  # the rest, each once
        assert len(_requests_since(zgw, start, r"/download")) == 5
        assert all(v.startswith("2@") for v in cursors[-1]["versions"].values())
        assert _stored_contents(ctx) == {u: zgw.contents[_key(u)] for u in urls}
    finally:
        ctx.close()


# -- CMIS (Alfresco) ----------------------------------------------------------------------------
def _cmis_connector(server: CmisServer) -> CmisConnector:
    connector = CmisConnector(cmis_config(server))
    _quick(connector.http)
    return connector


def test_cmis_watermark_never_passes_a_failed_document_and_the_next_harvest_catches_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WOO_TEST_CMIS_PASSWORD", PASSWORD)
    seconds = {"doc-0": 5, "doc-1": 5, "doc-2": 6, "doc-3": 7, "doc-4": 8, "doc-5": 9}
    stamp = {i: stamp_from_millis(EPOCH_MS + s * 1000) for i, s in seconds.items()}
    with CmisServer() as server:
        for object_id, second in seconds.items():
            server.put(object_id, f"{object_id}.pdf", second, plain_pdf(f"Stuk {object_id}"))

        def content(object_id: str) -> str:
            return rf"cmisselector=content&objectId={object_id}$"

        faults = [
            Fault(content("doc-2"), reply=Reply(500, {"message": "fout"}), times=ATTEMPTS),
            Fault(content("doc-3"), delay=SLOW),  # once: the retry gets it
            Fault(content("doc-4"), reply=HTML_PAGE, times=ATTEMPTS),
            Fault(content("doc-5"), cut_after=50),  # once: the retry gets it
        ]
        for fault in faults:
            server.inject(fault)
        ctx = _context(tmp_path, cmis_config(server))
        try:
            report, cursors = _harvest(ctx, _cmis_connector(server))
            assert [f.hits for f in faults] == [f.times for f in faults]
            assert report.error == "" and report.new == 4
            reasons = dict(report.failed)
            assert set(reasons) == {"doc-2", "doc-4"}
            assert "document doc-2" in reasons["doc-2"] and "HTTP 500" in reasons["doc-2"]
            assert "document doc-4" in reasons["doc-4"] and "HTML-pagina" in reasons["doc-4"]
            # After every page: the watermark is not past a failed document listed so far.
            listed_failed: set[str] = set()
            for cursor in cursors:
                listed_failed |= set(cursor["failed"])
                assert all(cursor["watermark"] <= stamp[i] for i in listed_failed)
            assert cursors[-1]["watermark"] == stamp["doc-2"]
            assert set(cursors[-1]["failed"]) == {"doc-2", "doc-4"}

            server.clear_faults()
            start = len(server.requests)
            report, cursors = _harvest(ctx, _cmis_connector(server))
            assert (report.error, report.failed, report.new, report.changed) == ("", [], 2, 0)
            fetched = _requests_since(server, start, r"cmisselector=content")
            assert sorted(t.rsplit("=", 1)[1] for t in fetched) == ["doc-2", "doc-4"]
            assert cursors[-1]["failed"] == {} and cursors[-1]["watermark"] == stamp["doc-5"]
            assert _stored_contents(ctx) == server.contents
            report, _ = _harvest(ctx, _cmis_connector(server))
            assert (report.new, report.changed, report.failed) == (0, 0, [])
        finally:
            ctx.close()
