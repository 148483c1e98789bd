"""The Notificaties webhook queues changed ZGW documents; the immediate ad-hoc run harvests just
those and takes them through every stage (published, or queued for review), no nightly run."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from typer.testing import CliRunner

from connectors.notificaties import create_app, harvest_notified, pending
from ledger.models import Document
from ledger.states import Status
from sample_corpus import CORPUS_DIR
from tests.servers.zgw import CLIENT_ID, DRC, SECRET, ZgwServer
from tests.zgw_helpers import ZRC, zgw_config
from woo.cli import app
from woo.context import open_context
from woo.settings import load_settings

TOKEN = "Bearer abonnement-token"


@pytest.fixture
def server() -> Iterator[ZgwServer]:
    with ZgwServer() as running:
        yield running


def _message(kanaal: str, resource: str, url: str, actie: str = "create") -> dict:
    return {
        "kanaal": kanaal,
        "hoofdObject": url,
        "resource": resource,
        "resourceUrl": url,
        "actie": actie,
        "aanmaakdatum": "2026-11-29T01:00:00Z",
        "kenmerken": {"bronorganisatie": "002220647"},
    }


def test_notified_documents_are_queued_and_harvested_by_an_ad_hoc_run(
    tmp_path: Path, server: ZgwServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WOO_TEST_ZGW_SECRET", SECRET)
    monkeypatch.setenv("WOO_NOTIFICATIES_TOKEN", TOKEN)
    source = zgw_config(server, zaken_url=f"{server.url}{ZRC}")
    settings = load_settings(None, data_dir=tmp_path / "data", sources=[source.model_dump()])
    ctx = open_context(settings)
    document = server.add_document("Raadsbesluit")
    linked = server.add_document("Bijlage bij zaak")
    link = server.link_zaak(linked, "Omgevingsvergunning")
    server.add_document("Niet aangemeld")
    started: list[str] = []

    def start(source: str) -> None:
        started.append(source)
        raise RuntimeError("Prefect-server onbereikbaar")  # must not cost the notification

    client = TestClient(create_app(ctx.ledger, settings, on_queued=start))

    refused = client.post(
        "/notificaties/", json=_message("documenten", "enkelvoudiginformatieobject", document)
    )
    assert refused.status_code == 403
    headers = {"Authorization": TOKEN}
    for body in (
        _message("documenten", "enkelvoudiginformatieobject", document),
        _message("documenten", "enkelvoudiginformatieobject", document, "update"),
        _message("zaken", "zaakinformatieobject", link),
        _message("zaken", "zaak", f"{server.url}{ZRC}/zaken/x"),  # not a document: ignored
        _message("documenten", "enkelvoudiginformatieobject", "https://elders.nl/x"),  # no source
    ):
        assert client.post("/notificaties/", json=body, headers=headers).status_code == 204
    assert len(pending(ctx.ledger, "openzaak")) == 3
    assert started == ["openzaak"] * 3  # one start per stored notification, after the answer

    report = harvest_notified(ctx, source)
    assert (report.seen, report.new, report.failed, report.error) == (2, 2, [], "")
    with ctx.ledger.session() as session:
        harvested = {d.source_id: d for d in session.scalars(select(Document))}
    assert set(harvested) == {document, linked}  # only the notified ones, not the third
    assert harvested[linked].source_metadata["zaaktype"] == "Omgevingsvergunning"
    assert sorted(report.documents) == sorted(d.id for d in harvested.values())
    assert pending(ctx.ledger, "openzaak") == []

    server.delete_document(document)
    client.post(
        "/notificaties/",
        json=_message("documenten", "enkelvoudiginformatieobject", document, "destroy"),
        headers=headers,
    )
    report = harvest_notified(ctx, source)
    assert report.deleted == 1
    ctx.close()


def _config(tmp_path: Path, server: ZgwServer) -> Path:
    config = tmp_path / "woo.toml"
    config.write_text(
        f"""data_dir = "{tmp_path / "data"}"

[[sources]]
name = "openzaak"
kind = "zgw"
options = {{ base_url = "{server.url}{DRC}", client_id = "{CLIENT_ID}", \
secret_env = "WOO_TEST_ZGW_SECRET" }}

[[category_mapping]]
field = "informatieobjecttype"
value = "Besluitenlijst B&W"
category = "infocat009"
"""
    )
    return config


@pytest.mark.prefect
def test_a_notified_document_goes_through_every_stage_at_once_without_a_nightly_run(
    tmp_path: Path, server: ZgwServer, monkeypatch: pytest.MonkeyPatch, prefect_harness: None
) -> None:
    monkeypatch.setenv("WOO_TEST_ZGW_SECRET", SECRET)
    monkeypatch.setenv("WOO_NOTIFICATIES_TOKEN", TOKEN)
    config = _config(tmp_path, server)
    settings = load_settings(config)
    ctx = open_context(settings)
    pdf = (CORPUS_DIR / "besluitenlijst-bw-2024-03-12.pdf").read_bytes()
    openbaar = server.add_document("Openbare besluitenlijst college van B&W 12 maart 2024", pdf)
    intern = server.add_document(
        "Besluitenlijst B&W 12 maart 2024", pdf, aanduiding="vertrouwelijk"
    )
    server.add_document("Niet aangemeld", pdf)
    started: list[str] = []
    client = TestClient(create_app(ctx.ledger, settings, on_queued=started.append))
    for url in (openbaar, intern):
        body = _message("documenten", "enkelvoudiginformatieobject", url)
        assert (
            client.post("/notificaties/", json=body, headers={"Authorization": TOKEN}).status_code
            == 204
        )

    # The run the webhook starts: `woo sources notified` (the adhoc flow, notified=True).
    runner = CliRunner()
    result = runner.invoke(app, ["sources", "notified", started[0], "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert "gepubliceerd: 1 · in de wachtrij: 1 · mislukt: 0" in result.output
    with ctx.ledger.session() as session:
        documents = {d.source_id: d for d in session.scalars(select(Document))}
        assert set(documents) == {openbaar, intern}  # only the notified ones
        published = documents[openbaar]
        assert published.status == Status.PUBLISHED
        object_key = published.active_publication().object_key
        assert documents[intern].status == Status.QUEUED  # a person decides, never published
        assert "vertrouwelijkheidaanduiding vertrouwelijk" in documents[intern].status_reason
    assert ctx.public.exists(object_key)
    assert pending(ctx.ledger, "openzaak") == []

    # Deleted in Open Zaak: the next immediate run takes it off the public site.
    server.delete_document(openbaar)
    body = _message("documenten", "enkelvoudiginformatieobject", openbaar, "destroy")
    client.post("/notificaties/", json=body, headers={"Authorization": TOKEN})
    result = runner.invoke(app, ["sources", "notified", "openzaak", "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert "1 verwijderd" in result.output and "gepubliceerd: 0" in result.output
    with ctx.ledger.session() as session:
        assert session.get(Document, published.id).status == Status.WITHDRAWN
    assert not ctx.public.exists(object_key)
    ctx.close()


def test_woo_serve_receives_notifications_and_processes_them_at_once(
    tmp_path: Path, server: ZgwServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The review app mounts the receiver; a burst of notifications starts one in-process run
    (no Prefect server configured) that takes exactly the notified document through the
    stages."""
    import time

    from review import create_app as review_app
    from woo.adhoc import read_request

    monkeypatch.setenv("WOO_TEST_ZGW_SECRET", SECRET)
    monkeypatch.setenv("WOO_NOTIFICATIES_TOKEN", TOKEN)
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    source = zgw_config(server, zaken_url=f"{server.url}{ZRC}")
    settings = load_settings(None, data_dir=tmp_path / "data", sources=[source.model_dump()])
    settings = settings.model_copy(
        update={"redaction": settings.redaction.model_copy(update={"use_model": False})}
    )
    ctx = open_context(settings)
    pdf = (CORPUS_DIR / "besluitenlijst-bw-2024-03-12.pdf").read_bytes()
    document = server.add_document("Besluitenlijst college van B&W 12 maart 2024", pdf)
    server.add_document("Niet aangemeld", pdf)
    client = TestClient(review_app(settings, ctx=ctx))
    assert client.post("/notificaties/", content=b"{}").status_code == 403  # token first
    headers = {"Authorization": TOKEN}
    assert client.post("/notificaties/", content=b"{", headers=headers).status_code == 400
    message = _message("documenten", "enkelvoudiginformatieobject", document)
    for _ in range(3):
        assert client.post("/notificaties/", json=message, headers=headers).status_code == 204
    deadline = time.monotonic() + 120
    requests = []
    while not requests or any(r.running for r in requests):
        assert time.monotonic() < deadline, f"de directe run werd niet klaar: {requests}"
        time.sleep(0.2)
        requests = [r for i in (1, 2, 3) if (r := read_request(ctx, i)) is not None]
    assert 1 <= len(requests) <= 2, requests  # a burst of three starts at most two runs
    assert all(r.state == "klaar" and r.notified and r.mode == "in-process" for r in requests), (
        requests
    )  # the whole status, message included, so a failure says what went wrong
    with ctx.ledger.session() as session:
        documents = session.execute(
            select(Document.title, Document.status, Document.status_reason)
        ).all()
    assert len(documents) == 1, documents  # only the notified document was harvested
    assert documents[0].status in {Status.PUBLISHED, Status.QUEUED}, documents
    assert pending(ctx.ledger, "openzaak") == []
    ctx.close()
