"""Reviewing one document through the web page: lakken, category, metadata, decisions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pymupdf
import pytest
from fastapi.testclient import TestClient

from ledger.models import AuditEvent, Document, ReviewNote
from ledger.states import Status
from tests.review_support import (
    BSN,
    csrf_of,
    lock_of,
    login,
    make_client,
    queued_copy,
)
from woo.context import RunContext, open_context

INFOCAT_BESLUITEN = "infocat009"
TOOI_PRIVACY = "https://identifier.overheid.nl/tooi/def/thes/kern/c_098c1346"


@pytest.fixture
def setup(tmp_path: Path) -> Iterator[tuple[RunContext, TestClient, int]]:
    settings, document_id = queued_copy(tmp_path)
    ctx = open_context(settings)
    client = make_client(settings, ctx)
    login(client, "anna")
    yield ctx, client, document_id
    ctx.close()


def _post(client: TestClient, document_id: int, path: str, data: dict, lock: str | None = None):
    page = client.get(f"/documenten/{document_id}")
    fields = {"csrf": csrf_of(page.text), "lock_version": lock or lock_of(page.text), **data}
    return client.post(f"/documenten/{document_id}{path}", data=fields, follow_redirects=False)


def _document(ctx: RunContext, document_id: int) -> Document:
    with ctx.ledger.session() as session:
        document = session.get(Document, document_id)
        _ = document.redaction_plans, document.classifications, document.publications
        return document


def _redacted_text(ctx: RunContext, document_id: int) -> str:
    plan = _document(ctx, document_id).current_redaction()
    with pymupdf.open(stream=ctx.private.get(plan.redacted_key), filetype="pdf") as pdf:
        return "".join(page.get_text() for page in pdf)


def test_document_page_shows_proposed_spans_and_both_previews(setup) -> None:
    _ctx, client, document_id = setup
    page = client.get(f"/documenten/{document_id}")
    assert page.status_code == 200
    assert BSN in page.text and "5.1.1e" in page.text
    original = client.get(f"/documenten/{document_id}/pagina/1?soort=origineel")
    redacted = client.get(f"/documenten/{document_id}/pagina/1?soort=gelakt")
    assert original.headers["content-type"] == "image/png"
    assert redacted.content[:4] == b"\x89PNG" and redacted.content != original.content


def test_rejecting_a_span_redacts_again_and_leaves_that_text_visible(setup) -> None:
    ctx, client, document_id = setup
    assert "jan.pietersen@example.nl" not in _redacted_text(ctx, document_id)
    spans = _document(ctx, document_id).current_redaction().spans
    email = next(i for i, s in enumerate(spans) if s["type"] == "email")
    choices = {f"passage-{i}": "keep" if i == email else "redact" for i in range(len(spans))}
    response = _post(client, document_id, "/lakken", choices)
    assert response.status_code == 303
    text = _redacted_text(ctx, document_id)
    assert "jan.pietersen@example.nl" in text and BSN not in text
    plan = _document(ctx, document_id).current_redaction()
    assert plan.verified and plan.spans[email]["action"] == "keep"


def test_adding_a_span_by_text_removes_every_occurrence(setup) -> None:
    ctx, client, document_id = setup
    response = _post(
        client,
        document_id,
        "/lakken/toevoegen",
        {"tekst": "Jan Pietersen", "soort": "naam", "grond": "5.1.2e"},
    )
    assert response.status_code == 303
    assert "Pietersen" not in _redacted_text(ctx, document_id)


def test_adding_a_drawn_box_redacts_that_area(setup) -> None:
    ctx, client, document_id = setup
    # The first line sits at y=90 (baseline) from x=72.
    box = {"pagina": "1", "x0": "60", "y0": "70", "x1": "560", "y1": "96"}
    response = _post(
        client, document_id, "/lakken/toevoegen", {"soort": "overig", "grond": "5.1.2e", **box}
    )
    assert response.status_code == 303
    assert "Dorpsstraat" not in _redacted_text(ctx, document_id)


def test_publishing_after_choosing_a_category_puts_the_file_online(setup) -> None:
    ctx, client, document_id = setup
    assert (
        _post(client, document_id, "/categorie", {"categorie": INFOCAT_BESLUITEN}).status_code
        == 303
    )
    response = _post(client, document_id, "/besluit", {"besluit": "openbaar"})
    assert response.status_code == 303
    page = client.get(response.headers["location"])
    document = _document(ctx, document_id)
    publication = document.active_publication()
    assert document.status == Status.PUBLISHED
    assert "Het document is gepubliceerd." in page.text and publication.public_url in page.text
    assert ctx.public.exists(publication.object_key)
    assert "infocat009" in "".join(p.name for p in ctx.settings.public_dir.iterdir())


def test_publishing_without_a_category_is_refused_in_dutch(setup) -> None:
    ctx, client, document_id = setup
    response = _post(client, document_id, "/besluit", {"besluit": "openbaar"})
    assert response.status_code == 422
    assert "Kies eerst een informatiecategorie" in response.text
    assert _document(ctx, document_id).status == Status.QUEUED


def test_refusing_needs_a_ground_and_a_motivation(setup) -> None:
    ctx, client, document_id = setup
    short = _post(client, document_id, "/besluit", {"besluit": "niet-openbaar", "grond": "5.2"})
    assert short.status_code == 422
    ok = _post(
        client,
        document_id,
        "/besluit",
        {"besluit": "niet-openbaar", "grond": "5.2", "motivering": "Intern beraad, geen feiten."},
    )
    assert ok.status_code == 303
    document = _document(ctx, document_id)
    assert document.status == Status.REFUSED and "5.2" in document.status_reason


def test_parking_keeps_the_document_queued_with_its_note_in_the_history(setup) -> None:
    ctx, client, document_id = setup
    response = _post(
        client, document_id, "/besluit", {"besluit": "geparkeerd", "notitie": "Navragen bij Jur."}
    )
    assert response.status_code == 303
    assert _document(ctx, document_id).status == Status.QUEUED
    with ctx.ledger.session() as session:
        assert session.query(ReviewNote).filter_by(kind="geparkeerd").count() == 1
        assert session.query(AuditEvent).filter_by(event="geparkeerd", actor="anna").count() == 1
    assert "Navragen bij Jur." in client.get(f"/documenten/{document_id}").text


def test_metadata_errors_are_shown_in_dutch_next_to_the_field(setup) -> None:
    ctx, client, document_id = setup
    _post(client, document_id, "/categorie", {"categorie": INFOCAT_BESLUITEN})
    response = _post(
        client,
        document_id,
        "/metadata",
        {"titel": "", "creatiedatum": "1-3-2026", "handelingsdatum": "2026-03-01"},
    )
    assert response.status_code == 422
    assert 'id="fout-creatiedatum"' in response.text and "jjjj-mm-dd" in response.text
    good = _post(
        client,
        document_id,
        "/metadata",
        {
            "titel": "Speelveld Dorpsstraat",
            "creatiedatum": "2026-03-01",
            "handeling": "https://identifier.overheid.nl/tooi/def/thes/kern/c_641ecd76",
            "handelingsdatum": "2026-03-02",
        },
    )
    assert good.status_code == 303
    assert _document(ctx, document_id).title == "Speelveld Dorpsstraat"


def test_an_empty_title_is_refused_by_the_pipeline_model(setup) -> None:
    _ctx, client, document_id = setup
    _post(client, document_id, "/categorie", {"categorie": INFOCAT_BESLUITEN})
    response = _post(client, document_id, "/metadata", {"titel": "", "handelingsdatum": ""})
    assert response.status_code == 422
    assert 'id="fout-titel"' in response.text


def test_a_stale_form_is_refused_and_changes_nothing(setup) -> None:
    ctx, client, document_id = setup
    page = client.get(f"/documenten/{document_id}")
    old_lock = lock_of(page.text)
    _post(client, document_id, "/besluit", {"besluit": "geparkeerd", "notitie": "eerst"})
    response = _post(
        client,
        document_id,
        "/besluit",
        {"besluit": "niet-openbaar", "grond": "5.2", "motivering": "Dit is een motivering."},
        lock=old_lock,
    )
    assert response.status_code == 409
    assert "Iemand anders heeft dit document net gewijzigd" in response.text
    assert _document(ctx, document_id).status == Status.QUEUED


def test_withdrawal_by_the_informatiebeheerder_takes_the_document_offline(setup) -> None:
    ctx, client, document_id = setup
    _post(client, document_id, "/categorie", {"categorie": INFOCAT_BESLUITEN})
    _post(client, document_id, "/besluit", {"besluit": "openbaar"})
    key = _document(ctx, document_id).active_publication().object_key
    denied = _post(client, document_id, "/intrekken", {"reden": TOOI_PRIVACY})
    assert denied.status_code == 403
    client.cookies.clear()
    login(client, "ben")
    response = _post(
        client, document_id, "/intrekken", {"reden": TOOI_PRIVACY, "toelichting": "naam gemist"}
    )
    assert response.status_code == 303
    assert _document(ctx, document_id).status == Status.WITHDRAWN
    assert not ctx.public.exists(key)
    history = client.get(f"/documenten/{document_id}").text
    assert "correctie privacygevoelige gegevens: naam gemist" in history and "ben" in history


def test_four_eyes_needs_a_second_reviewer_for_a_document_with_redactions(tmp_path: Path) -> None:
    settings, document_id = queued_copy(tmp_path)
    settings = settings.model_copy(
        update={"review": settings.review.model_copy(update={"four_eyes": True})}
    )
    ctx = open_context(settings)
    client = make_client(settings, ctx)
    login(client, "anna")
    _post(client, document_id, "/categorie", {"categorie": INFOCAT_BESLUITEN})
    first = _post(client, document_id, "/besluit", {"besluit": "openbaar"})
    assert first.status_code == 303
    assert "tweede beoordelaar" in client.get(first.headers["location"]).text
    assert _document(ctx, document_id).status == Status.QUEUED
    again = _post(client, document_id, "/besluit", {"besluit": "openbaar"})
    assert again.status_code == 422 and "al goedgekeurd" in again.text
    client.cookies.clear()
    login(client, "ben")
    second = _post(client, document_id, "/besluit", {"besluit": "openbaar"})
    assert second.status_code == 303
    assert _document(ctx, document_id).status == Status.PUBLISHED
    ctx.close()
