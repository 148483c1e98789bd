"""The Notificaties webhook queues changed ZGW documents; an ad-hoc run harvests just those."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from connectors.notificaties import create_app, harvest_notified, pending
from ledger.models import Document
from tests.servers.zgw import SECRET, ZgwServer
from tests.zgw_helpers import ZRC, zgw_config
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
    client = TestClient(create_app(ctx.ledger, settings))

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

    report = harvest_notified(ctx, source)
    assert (report.seen, report.new, report.failed, report.error) == (2, 2, [], "")
    with ctx.ledger.session() as session:
        harvested = {d.source_id: d for d in session.scalars(select(Document))}
    assert set(harvested) == {document, linked}  # only the notified ones, not the third
    assert harvested[linked].source_metadata["zaaktype"] == "Omgevingsvergunning"
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
