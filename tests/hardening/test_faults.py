"""Faults during a run: storage outage, source faults and dropped database connections.

Each test checks the same invariants as the crash trials: nothing half-published, nothing
published twice, no document stuck, and the next normal run finishes the job.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from ledger.models import AuditEvent, Document, HarvestCursor
from ledger.states import Status
from tests.hardening.crash import write_documents
from tests.hardening.pipeline import STAGES, check_invariants, run_pipeline, settings_for
from woo import stages
from woo.context import RunContext, open_context
from woo.errors import TransientError
from woo.harvest import harvest_source
from woo.publish import rebuild_sitemaps


class FlakyStorage:
    """Storage whose writes fail for calls `start`..`stop` (1-based): an outage mid-run."""

    def __init__(self, inner, start: int, stop: int) -> None:
        self.inner = inner
        self.start, self.stop = start, stop
        self.calls = 0

    def _outage(self, key: str) -> None:
        self.calls += 1
        if self.start <= self.calls <= self.stop:
            raise TransientError("opslag onbereikbaar (verbinding geweigerd)", document=key)

    def put(self, key, data, content_type):
        self._outage(key)
        return self.inner.put(key, data, content_type)

    def put_file(self, key, path, content_type):
        self._outage(key)
        return self.inner.put_file(key, path, content_type)

    def __getattr__(self, name):
        return getattr(self.inner, name)


def _statuses(ctx: RunContext) -> dict[str, str]:
    with ctx.ledger.session() as session:
        return dict(session.execute(select(Document.source_id, Document.status)).all())


def _resting_problems(ctx: RunContext) -> list[str]:
    return [p for p in check_invariants(ctx) if "blijft hangen" not in p]


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("faults-source")
    write_documents(folder, 8)
    return folder


@pytest.fixture(scope="module")
def validated(small_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder (SQLite) where every document is harvested, classified, redacted and
    validated: copied per test, so each outage starts right before publishing."""
    data = tmp_path_factory.mktemp("validated")
    ctx = open_context(settings_for(small_corpus, data))
    try:
        for source in ctx.settings.sources:
            harvest_source(ctx, source)
        for status, stage in STAGES[:-1]:
            stage(ctx, _ids(ctx, status))
    finally:
        ctx.close()
    return data


@pytest.mark.parametrize("window", [(1, 4), (2, 2), (3, 3), (5, 12)])
def test_storage_outage_fails_cleanly_and_next_run_publishes(
    small_corpus: Path, validated: Path, tmp_path: Path, window: tuple[int, int]
) -> None:
    data = tmp_path / "data"
    shutil.copytree(validated, data)
    ctx = open_context(settings_for(small_corpus, data))
    try:
        ctx.public = FlakyStorage(ctx.public, *window)
        report = stages.route_batch(ctx, _ids(ctx, Status.VALIDATED))
        ctx.public = ctx.public.inner
        rebuild_sitemaps(ctx)
        # The outage hit some documents: they wait, nothing of them is public.
        assert report.failed and all("tijdelijke fout" in r for _, r in report.failed)
        assert _resting_problems(ctx) == []
        waiting = [s for s in _statuses(ctx).values() if s == Status.VALIDATED]
        assert len(waiting) == len(report.failed)
        # Storage is back: the next normal run publishes them.
        run_pipeline(ctx)
        assert check_invariants(ctx) == []
        assert Status.VALIDATED not in _statuses(ctx).values()
    finally:
        ctx.close()


def _ids(ctx: RunContext, status: Status) -> list[int]:
    with ctx.ledger.session() as session:
        return list(session.scalars(select(Document.id).where(Document.status == status)))


def _terminate_others(url: str) -> int:
    """Kill every other backend of the test database, as a failover or restart would."""
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            return len(
                conn.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                    )
                ).all()
            )
    finally:
        engine.dispose()


class KillingConnector:
    """Wraps a connector; terminates the database backends while fetching the n-th document."""

    def __init__(self, inner, url: str, at: int) -> None:
        self.inner, self.url, self.at, self.fetched = inner, url, at, 0
        self.name = inner.name

    def list_changes(self, cursor):
        return self.inner.list_changes(cursor)

    def fetch(self, ref):
        self.fetched += 1
        if self.fetched == self.at:
            assert _terminate_others(self.url) >= 1
        return self.inner.fetch(ref)

    def next_cursor(self, cursor, done):
        return self.inner.next_cursor(cursor, done)

    def check(self):
        return self.inner.check()


def test_dropped_connection_during_harvest_leaves_no_partial_page(
    small_corpus: Path, tmp_path: Path, postgres_url: str
) -> None:
    from connectors.base import build_connector

    ctx = open_context(settings_for(small_corpus, tmp_path, database_url=postgres_url))
    try:
        source = ctx.settings.sources[0]
        connector = KillingConnector(build_connector(source), postgres_url, at=4)
        with pytest.raises(Exception):  # noqa: B017 - the database is gone: the harvest stops
            harvest_source(ctx, source, connector=connector)
        with ctx.ledger.session() as session:
            assert session.scalar(select(func.count()).select_from(Document)) == 0
            assert session.scalar(select(func.count()).select_from(AuditEvent)) == 0
            assert session.get(HarvestCursor, source.name) is None
        report = harvest_source(ctx, source)
        assert report.new == 8 and not report.failed
        run_pipeline(ctx)
        assert check_invariants(ctx) == []
    finally:
        ctx.close()


def test_dropped_connection_while_publishing_leaves_nothing_public(
    small_corpus: Path, tmp_path: Path, postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = open_context(settings_for(small_corpus, tmp_path, database_url=postgres_url))
    try:
        for source in ctx.settings.sources:
            harvest_source(ctx, source)
        for status, stage in STAGES[:-1]:
            stage(ctx, _ids(ctx, status))
        original = stages.publish_document
        calls = {"n": 0}

        def publish_then_drop(*args, **kwargs):
            publication = original(*args, **kwargs)
            calls["n"] += 1
            if calls["n"] == 2:  # files are public, the ledger commit is still to come
                _terminate_others(postgres_url)
            return publication

        monkeypatch.setattr(stages, "publish_document", publish_then_drop)
        report = stages.route_batch(ctx, _ids(ctx, Status.VALIDATED))
        monkeypatch.setattr(stages, "publish_document", original)
        assert report.failed and "tijdelijke fout" in report.failed[0][1]
        assert _resting_problems(ctx) == []
        run_pipeline(ctx)
        assert check_invariants(ctx) == []
        assert Status.FAILED not in _statuses(ctx).values()
    finally:
        ctx.close()


def test_crash_during_first_migration_leaves_a_ledger_that_opens(tmp_path: Path) -> None:
    """Found by the soak: a SIGKILL while SQLite was being migrated left half a schema."""
    from sqlalchemy import event, inspect

    from ledger.db import Ledger, open_ledger

    url = f"sqlite:///{tmp_path / 'ledger.sqlite3'}"
    ledger = Ledger(url)
    created = {"n": 0}

    @event.listens_for(ledger.engine, "before_cursor_execute")
    def crash_after_two_tables(conn, cursor, statement, *args) -> None:
        if statement.lstrip().upper().startswith("CREATE TABLE"):
            created["n"] += 1
            if created["n"] == 3:
                raise KeyboardInterrupt("stroom valt uit")

    with pytest.raises(KeyboardInterrupt):
        ledger.migrate()
    ledger.dispose()
    engine = create_engine(url)
    try:
        assert inspect(engine).get_table_names() == []  # all or nothing
    finally:
        engine.dispose()
    reopened = open_ledger(url)  # the next run migrates from scratch
    reopened.dispose()
