"""The ledger: migrations, the lifecycle state machine and the append-only audit log.

Runs on SQLite and on PostgreSQL (fixture `ledger`).
"""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from ledger.db import Ledger
from ledger.models import AuditEvent, Document
from ledger.states import ALLOWED, Status, audit, start_version, transition
from woo.errors import TransitionError

TABLES = {
    "documents",
    "classifications",
    "redaction_plans",
    "publications",
    "harvest_cursors",
    "audit_log",
    "alembic_version",
}


def _new_document(
    ledger: Ledger, status: Status = Status.HARVESTED, source_id: str = "a.pdf"
) -> int:
    with ledger.session() as session:
        doc = Document(source="map", source_id=source_id, status=status, version=1)
        session.add(doc)
        session.flush()
        return doc.id


def test_migrations_create_every_table(ledger: Ledger) -> None:
    assert set(inspect(ledger.engine).get_table_names()) >= TABLES


def test_migrate_twice_is_harmless(ledger: Ledger) -> None:
    ledger.migrate()
    assert set(inspect(ledger.engine).get_table_names()) >= TABLES


@pytest.mark.parametrize("current", list(Status))
def test_every_transition_is_allowed_or_refused_as_the_table_says(
    ledger: Ledger, current: Status
) -> None:
    for target in Status:
        doc_id = _new_document(ledger, current, source_id=f"{current}-{target}.pdf")
        with ledger.session() as session:
            doc = session.get(Document, doc_id)
            if target in ALLOWED[current]:
                transition(session, doc, target, actor="test", reason="r")
                assert doc.status == target
            else:
                with pytest.raises(TransitionError):
                    transition(session, doc, target, actor="test")
                assert doc.status == current


def test_status_only_moves_forward_along_the_happy_path(ledger: Ledger) -> None:
    doc_id = _new_document(ledger)
    path = [Status.CLASSIFIED, Status.REDACTED, Status.VALIDATED, Status.PUBLISHED]
    with ledger.session() as session:
        doc = session.get(Document, doc_id)
        for target in path:
            transition(session, doc, target, actor="pijplijn")
        with pytest.raises(TransitionError):
            transition(session, doc, Status.CLASSIFIED, actor="pijplijn")
    with ledger.session() as session:
        events = session.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
        assert [e.to_status for e in events] == [str(s) for s in path]
        assert events[0].from_status == "harvested"


def test_a_new_version_restarts_the_lifecycle_and_is_audited(ledger: Ledger) -> None:
    doc_id = _new_document(ledger, Status.PUBLISHED)
    with ledger.session() as session:
        doc = session.get(Document, doc_id)
        start_version(session, doc, actor="pijplijn", checksum="abc", reason="gewijzigd")
        assert (doc.version, doc.status, doc.checksum) == (2, Status.HARVESTED, "abc")
    with ledger.session() as session:
        event = session.scalars(select(AuditEvent)).one()
        assert (event.event, event.version, event.from_status) == ("version", 2, "published")


def test_replaying_an_audit_event_writes_it_once(ledger: Ledger) -> None:
    doc_id = _new_document(ledger)
    for _ in range(3):
        with ledger.session() as session:
            doc = session.get(Document, doc_id)
            audit(session, event="harvest_failed", actor="t", document=doc, key="same-key")
    with ledger.session() as session:
        assert len(session.scalars(select(AuditEvent)).all()) == 1


def test_audit_log_refuses_update_and_delete_in_the_database(ledger: Ledger) -> None:
    doc_id = _new_document(ledger)
    with ledger.session() as session:
        transition(session, session.get(Document, doc_id), Status.CLASSIFIED, actor="t")
    for statement in ("UPDATE audit_log SET actor = 'x'", "DELETE FROM audit_log"):
        with pytest.raises((DBAPIError, IntegrityError)), ledger.engine.begin() as conn:
            conn.execute(text(statement))
    with ledger.session() as session:
        assert session.scalars(select(AuditEvent.actor)).all() == ["t"]


def test_audit_log_refuses_changes_through_the_orm(ledger: Ledger) -> None:
    doc_id = _new_document(ledger)
    with ledger.session() as session:
        transition(session, session.get(Document, doc_id), Status.CLASSIFIED, actor="t")
    with pytest.raises(PermissionError), ledger.session() as session:
        event = session.scalars(select(AuditEvent)).one()
        event.reason = "changed"
        session.flush()


def test_one_source_document_is_one_row(ledger: Ledger) -> None:
    _new_document(ledger, source_id="same.pdf")
    with pytest.raises(IntegrityError):
        _new_document(ledger, source_id="same.pdf")


def test_concurrent_edits_of_one_document_are_detected(ledger: Ledger) -> None:
    doc_id = _new_document(ledger)
    first = ledger._sessions()
    second = ledger._sessions()
    try:
        a = first.get(Document, doc_id)
        b = second.get(Document, doc_id)
        a.title = "eerste"
        first.commit()
        b.title = "tweede"
        with pytest.raises(StaleDataError):
            second.commit()
    finally:
        first.close()
        second.close()


def _read_then_write_while_another_commits(ledger: Ledger, opener: str) -> str:
    """A transaction reads (inside a savepoint, as a harvest page does), another connection then
    commits a write, and the first one writes: "ok" or the error it got."""
    import threading

    from ledger.models import HarvestCursor

    read_done, other_done = threading.Event(), threading.Event()

    def other() -> None:
        read_done.wait(5)
        with ledger.session() as session:  # waits for the lock when the first holds it
            session.add(HarvestCursor(source=f"webhook-{opener}", cursor={}))
        other_done.set()

    thread = threading.Thread(target=other)
    thread.start()
    try:
        with getattr(ledger, opener)() as session, session.begin_nested():
            session.execute(select(HarvestCursor)).all()
            read_done.set()
            other_done.wait(1)  # the other commits now, or waits for this one
            session.add(HarvestCursor(source=f"harvest-{opener}", cursor={}))
        return "ok"
    except DBAPIError as exc:
        return str(exc.orig)
    finally:
        read_done.set()
        thread.join(10)


def test_a_write_session_on_sqlite_cannot_lose_its_write_to_a_concurrent_commit(tmp_path) -> None:
    """With SQLite in WAL mode a transaction that has read cannot start writing after another
    connection committed: it fails at once with "database is locked" (a harvest page that met a
    notification from the webhook). `write_session` takes the write lock first."""
    ledger = Ledger(f"sqlite:///{tmp_path / 'ledger.sqlite3'}")
    ledger.migrate()
    assert "database is locked" in _read_then_write_while_another_commits(ledger, "session")
    assert _read_then_write_while_another_commits(ledger, "write_session") == "ok"
    from ledger.models import HarvestCursor

    with ledger.session() as session:
        sources = sorted(session.scalars(select(HarvestCursor.source)))
    assert sources == ["harvest-write_session", "webhook-session", "webhook-write_session"]
    ledger.dispose()
