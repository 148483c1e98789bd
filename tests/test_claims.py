"""Claiming work from the ledger: no document is processed twice, on PostgreSQL under
concurrency (SKIP LOCKED) and on SQLite (one writer at a time)."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest

from ledger.claims import claim_batch, drain, release_claims
from ledger.db import Ledger, open_ledger
from ledger.models import Document
from ledger.states import Status, transition


def _documents(ledger: Ledger, count: int) -> list[int]:
    with ledger.session() as session:
        docs = [
            Document(source="map", source_id=f"doc-{i}.pdf", status=Status.HARVESTED, version=1)
            for i in range(count)
        ]
        session.add_all(docs)
        session.flush()
        return [d.id for d in docs]


def _classify(ledger: Ledger, ids: list[int]) -> None:
    with ledger.session() as session:
        for document_id in ids:
            doc = session.get(Document, document_id)
            transition(session, doc, Status.CLASSIFIED, actor="test")


def _parallel_drain(ledger: Ledger, workers: int) -> Counter[int]:
    processed: Counter[int] = Counter()
    lock = threading.Lock()
    errors: list[BaseException] = []

    def work(name: str) -> None:
        def process(ids: list[int]) -> None:
            with lock:
                processed.update(ids)
            _classify(ledger, ids)

        try:
            drain(
                ledger,
                status=Status.HARVESTED,
                stage="classificeren",
                worker=name,
                batch_size=7,
                process=process,
            )
        except BaseException as exc:  # surfaced in the main thread
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(f"w{i}",)) for i in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    return processed


@pytest.mark.postgres
def test_parallel_workers_on_postgresql_never_process_a_document_twice(
    postgres_url: str,
) -> None:
    ledger = open_ledger(postgres_url)
    try:
        ids = _documents(ledger, 200)
        processed = _parallel_drain(ledger, workers=6)
        assert set(processed) == set(ids)
        assert max(processed.values()) == 1
    finally:
        ledger.dispose()


def test_parallel_workers_on_sqlite_never_process_a_document_twice(tmp_path: Path) -> None:
    ledger = open_ledger(f"sqlite:///{tmp_path / 'ledger.sqlite3'}")
    try:
        ids = _documents(ledger, 60)
        processed = _parallel_drain(ledger, workers=3)
        assert set(processed) == set(ids)
        assert max(processed.values()) == 1
    finally:
        ledger.dispose()


def test_a_claimed_document_is_skipped_until_released_or_expired(ledger: Ledger) -> None:
    ids = _documents(ledger, 4)
    first = claim_batch(ledger, status="harvested", stage="lakken", worker="a", limit=3)
    assert first == ids[:3]
    second = claim_batch(ledger, status="harvested", stage="lakken", worker="b", limit=3)
    assert second == ids[3:]
    # Another stage is a different claim.
    assert claim_batch(ledger, status="harvested", stage="x", worker="b", limit=1) == ids[:1]
    release_claims(ledger, first[:1], stage="lakken", worker="a")
    assert claim_batch(ledger, status="harvested", stage="lakken", worker="b", limit=5) == ids[:1]
    # A dead worker's lease runs out: another worker takes its documents over.
    expired = claim_batch(
        ledger, status="harvested", stage="valideren", worker="dood", limit=2, lease=timedelta(0)
    )
    assert expired == ids[:2]
    taken = claim_batch(ledger, status="harvested", stage="valideren", worker="c", limit=2)
    assert taken == ids[:2]


def test_claims_stay_within_the_partition(ledger: Ledger) -> None:
    ids = _documents(ledger, 6)
    got = claim_batch(
        ledger, status="harvested", stage="lakken", worker="a", limit=10, within=ids[2:4]
    )
    assert got == ids[2:4]
