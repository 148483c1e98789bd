"""The queue: filters, sorting, keyset paging and counts per reason (SQLite and PostgreSQL)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from ledger.db import Ledger, open_ledger
from ledger.models import ClassificationRecord, Document, record_classification
from review.queue import QueueFilters, load_queue, reason_counts
from tests.conftest import POSTGRES_ADMIN_URL

NOW = datetime.now(UTC)


def _fill(ledger: Ledger) -> None:
    reasons = [
        "classificatie onzeker: twee categorieën te dicht bij elkaar",
        "lakken niet geverifieerd: naam niet gevonden",
        "metadata ongeldig: titel ontbreekt",
        "classificatie onzeker: x; lakken vraagt beoordeling: bijzondere persoonsgegevens",
    ]
    with ledger.session() as session:
        for n in range(30):
            document = Document(
                source="zaaksysteem" if n % 3 else "map",
                source_id=f"doc-{n}.pdf",
                file_name=f"doc-{n}.pdf",
                title=f"Document {n}",
                status="queued" if n < 25 else "published",
                status_reason=reasons[n % 4],
                version=1,
                updated_at=NOW - timedelta(days=n),
            )
            session.add(document)
            session.flush()
            code = "infocat009" if n % 2 else "infocat016"
            record_classification(
                document,
                ClassificationRecord(
                    document_id=document.id,
                    version=1,
                    categories=[{"uri": "u", "code": code, "label": code, "confidence": 0.5}],
                    method="text",
                    needs_review=True,
                ),
            )


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def filled(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Ledger]:
    """One filled ledger per back-end for the whole module (the tests only read)."""
    if request.param == "sqlite":
        path: Path = tmp_path_factory.mktemp("queue") / "ledger.sqlite3"
        ledger = open_ledger(f"sqlite:///{path}")
        _fill(ledger)
        yield ledger
        ledger.dispose()
        return
    name = f"woo_test_queue_{uuid.uuid4().hex[:10]}"
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    ledger = open_ledger(POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}")
    try:
        _fill(ledger)
        yield ledger
    finally:
        ledger.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_the_queue_pages_through_every_queued_document_once_oldest_first(filled: Ledger) -> None:
    ledger = filled
    seen: list[str] = []
    after = ""
    with ledger.session() as session:
        while True:
            page = load_queue(session, QueueFilters(after=after), page_size=10)
            assert page.total == 25
            seen.extend(row.title for row in page.rows)
            if not page.next_after:
                break
            after = page.next_after
    assert len(seen) == len(set(seen)) == 25
    assert seen[0] == "Document 24" and seen[-1] == "Document 0"


def test_newest_first_reverses_the_order(filled: Ledger) -> None:
    ledger = filled
    with ledger.session() as session:
        page = load_queue(session, QueueFilters(sort="nieuwste"), page_size=3)
    assert [r.title for r in page.rows] == ["Document 0", "Document 1", "Document 2"]


def test_filters_on_reason_source_category_and_age(filled: Ledger) -> None:
    ledger = filled
    with ledger.session() as session:
        lakken = load_queue(session, QueueFilters(reason="lakken"))
        source = load_queue(session, QueueFilters(source="map"))
        category = load_queue(session, QueueFilters(category="infocat009"))
        old = load_queue(session, QueueFilters(min_age_days=20))
        published = load_queue(session, QueueFilters(status="published"))
    assert lakken.total == 12 and all("lakken" in r.reason for r in lakken.rows)
    assert source.total == 9 and {r.source for r in source.rows} == {"map"}
    assert category.total == 12 and all(r.categories == ["infocat009"] for r in category.rows)
    assert old.total == 5
    assert published.total == 5


def test_counts_per_reason_count_a_document_for_each_of_its_reasons(filled: Ledger) -> None:
    ledger = filled
    with ledger.session() as session:
        counts = reason_counts(session)
    assert counts == {"classificatie": 13, "lakken": 12, "metadata": 6}


def test_a_tampered_page_key_starts_from_the_beginning(filled: Ledger) -> None:
    ledger = filled
    with ledger.session() as session:
        page = load_queue(session, QueueFilters(after="niet-geldig!"), page_size=5)
    assert page.rows[0].title == "Document 24"


def test_counting_stops_at_the_cap(filled: Ledger, monkeypatch: pytest.MonkeyPatch) -> None:
    import review.queue

    monkeypatch.setattr(review.queue, "COUNT_CAP", 10)
    with filled.session() as session:
        page = load_queue(session, QueueFilters())
    assert page.total == 11 and page.total_capped
