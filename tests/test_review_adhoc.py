"""Ad-hoc publication from the review page: pick documents from a source, follow the progress."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from ledger.models import AdhocRequest, Document
from ledger.states import Status
from tests.review_support import csrf_of, login, make_client, make_pdf, queued_copy
from tests.review_support import wait_for_request as wait
from woo.adhoc import create_request, process_request, read_request
from woo.context import RunContext, open_context
from woo.errors import WooError
from woo.harvest import harvest_source

CLEAN = ("Besluit over de openingstijden van het gemeentehuis", "Het college besluit dit.")


@pytest.fixture
def setup(tmp_path: Path) -> Iterator[tuple[RunContext, TestClient]]:
    settings, _ = queued_copy(tmp_path)
    ctx = open_context(settings)
    client = make_client(settings, ctx)
    login(client, "ben")
    yield ctx, client
    ctx.close()


def _add_files(ctx: RunContext, *names: str, harvest: bool = True) -> dict[str, int]:
    folder = Path(ctx.settings.sources[0].options["path"])
    for name in names:
        (folder / name).write_bytes(make_pdf(CLEAN))
    if harvest:
        harvest_source(ctx, ctx.settings.sources[0])
    with ctx.ledger.session() as session:
        rows = session.execute(select(Document.source_id, Document.id)).all()
    return {source_id: document_id for source_id, document_id in rows if source_id in names}


def _statuses(ctx: RunContext) -> dict[str, str]:
    with ctx.ledger.session() as session:
        return dict(session.execute(select(Document.source_id, Document.status)).all())


def _start(client: TestClient, **fields: object) -> str:
    token = csrf_of(client.get("/ad-hoc?bron=map").text)
    response = client.post("/ad-hoc/start", data={"csrf": token, **fields}, follow_redirects=False)
    assert response.status_code == 303, response.text
    return response.headers["location"]


def test_the_page_lists_a_sources_documents_matching_the_search_term(setup) -> None:
    ctx, client = setup
    _add_files(ctx, "raadsbesluit-parkeren.pdf", "raadsbesluit-bomen.pdf")
    page = client.get("/ad-hoc", params={"bron": "map", "zoekterm": "parkeren"}).text
    assert "raadsbesluit-parkeren.pdf" in page and "raadsbesluit-bomen.pdf" not in page
    assert 'name="document"' in page


def test_picked_documents_go_through_the_pipeline_with_the_chosen_category(setup) -> None:
    ctx, client = setup
    ids = _add_files(ctx, "besluit-a.pdf", "besluit-b.pdf", "besluit-c.pdf")
    picked = [ids["besluit-a.pdf"], ids["besluit-b.pdf"]]
    location = _start(client, document=[str(i) for i in picked], categorie="infocat009")
    page = wait(client, location)
    assert "Klaar." in page
    statuses = _statuses(ctx)
    assert statuses["besluit-a.pdf"] in {Status.PUBLISHED, Status.QUEUED}
    assert statuses["besluit-b.pdf"] in {Status.PUBLISHED, Status.QUEUED}
    assert statuses["besluit-c.pdf"] == Status.HARVESTED  # not picked: untouched
    with ctx.ledger.session() as session:
        for document_id in picked:
            record = session.get(Document, document_id).current_classification()
            assert record.method == "reviewer" and record.categories[0]["code"] == "infocat009"
            assert "gekozen door ben" in record.reason
    request_id = int(location.rsplit("/", 1)[1])
    status = read_request(ctx, request_id)
    assert status.state == "klaar" and status.mode == "in-process"
    assert status.done == status.total == 2 * 4
    published = sum(1 for n in ("besluit-a.pdf", "besluit-b.pdf") if statuses[n] == "published")
    assert status.summary["published"] == published
    for document_id in picked:
        assert f"/documenten/{document_id}" in page


def test_force_review_sends_every_picked_document_to_the_queue(setup) -> None:
    ctx, client = setup
    ids = _add_files(ctx, "besluit-d.pdf")
    page = wait(client, _start(client, document=str(ids["besluit-d.pdf"]), beoordelen="ja"))
    assert "in de wachtrij: <strong>1</strong>" in page
    assert _statuses(ctx)["besluit-d.pdf"] == Status.QUEUED


def test_harvesting_first_takes_only_what_matches_the_search_term(setup) -> None:
    ctx, client = setup
    _add_files(ctx, "nieuw-parkeerbesluit.pdf", "nieuw-anders.pdf", harvest=False)
    assert "nieuw-parkeerbesluit.pdf" not in _statuses(ctx)
    page = wait(client, _start(client, ophalen_uit="map", zoekterm="parkeer"))
    assert "Klaar." in page
    statuses = _statuses(ctx)
    assert statuses["nieuw-parkeerbesluit.pdf"] in {Status.PUBLISHED, Status.QUEUED}
    assert statuses["nieuw-anders.pdf"] == Status.HARVESTED  # harvested, not processed


def test_a_request_that_names_nothing_is_refused_in_dutch(setup) -> None:
    ctx, client = setup
    token = csrf_of(client.get("/ad-hoc").text)
    response = client.post("/ad-hoc/start", data={"csrf": token})
    assert response.status_code == 422
    assert "Kies minstens één document" in response.text
    with pytest.raises(WooError, match="hoogstens"):
        create_request(ctx, requested_by="ben", document_ids=range(1, 1000))
    with pytest.raises(WooError, match="Onbekende bron"):
        create_request(ctx, requested_by="ben", source="bestaat-niet")
    with ctx.ledger.session() as session:
        assert session.scalar(select(AdhocRequest.id)) is None


@pytest.mark.parametrize("name", ["anna", "lex"])
def test_only_the_informatiebeheerder_starts_ad_hoc_runs(tmp_path: Path, name: str) -> None:
    settings, document_id = queued_copy(tmp_path)
    ctx = open_context(settings)
    client = make_client(settings, ctx)
    login(client, name)
    csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/").text).group(1)
    response = client.post("/ad-hoc/start", data={"csrf": csrf, "document": str(document_id)})
    assert response.status_code == 403
    assert client.get("/ad-hoc/verzoeken/1").status_code == 403
    ctx.close()


def test_a_run_that_breaks_off_says_so_and_leaves_documents_where_they_were(
    setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx, client = setup
    ids = _add_files(ctx, "besluit-e.pdf")

    def broken(*args, **kwargs):
        raise RuntimeError("validatie kon niet starten")

    monkeypatch.setattr("woo.adhoc.validate_batch", broken)
    request_id = create_request(ctx, requested_by="ben", document_ids=[ids["besluit-e.pdf"]])
    with pytest.raises(RuntimeError):
        process_request(ctx, request_id)
    status = read_request(ctx, request_id)
    assert status.state == "mislukt" and "validatie kon niet starten" in status.message
    assert _statuses(ctx)["besluit-e.pdf"] == Status.REDACTED  # nothing published half-way
    page = client.get(f"/ad-hoc/verzoeken/{request_id}")
    assert "Het verzoek is gestopt" in page.text and "Refresh" not in page.headers


def test_the_progress_page_refreshes_while_the_request_waits(setup) -> None:
    ctx, client = setup
    ids = _add_files(ctx, "besluit-f.pdf")
    request_id = create_request(ctx, requested_by="ben", document_ids=[ids["besluit-f.pdf"]])
    page = client.get(f"/ad-hoc/verzoeken/{request_id}")
    assert page.headers["Refresh"] == "2"
    assert "<progress" in page.text
