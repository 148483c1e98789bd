"""The Alembic chain and the models describe the same database; upgrades keep existing data."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, select

import ledger.claims  # noqa: F401  (registers work_claims on the metadata)
from ledger.db import alembic_config, open_ledger
from ledger.models import Base, ClassificationRecord, Document, DocumentCategory


def test_the_migrations_build_exactly_the_tables_the_models_describe(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'ledger.sqlite3'}"
    open_ledger(url).dispose()
    engine = create_engine(url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    # Only structural drift counts (SQLite reports no server defaults or comments).
    structural = [
        d
        for d in diff
        if d[0]
        in {"add_table", "remove_table", "add_column", "remove_column", "add_index", "remove_index"}
    ]
    assert structural == []


def test_upgrading_indexes_the_categories_of_existing_classifications(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'ledger.sqlite3'}"
    config = alembic_config(url)
    command.upgrade(config, "0002_connectors")
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO documents (id, public_id, source, source_id, version, fingerprint, "
            "checksum, file_name, media_type, title, source_metadata, original_key, status, "
            "status_reason, pages, deleted_in_source, lock_version, created_at, updated_at) "
            "VALUES (1, 'p1', 'map', 'a.pdf', 2, '', '', 'a.pdf', '', '', '{}', '', 'queued', "
            "'', 1, 0, 1, '2026-11-01', '2026-11-01')"
        )
        for version, code in ((1, "infocat001"), (2, "infocat009"), (2, "infocat016")):
            conn.exec_driver_sql(
                "INSERT INTO classifications (document_id, version, categories, confidence, "
                "method, needs_review, reason, created_at) VALUES (1, ?, ?, 0.5, 'text', 1, '', "
                "'2026-11-01')",
                (version, f'[{{"code": "{code}"}}]'),
            )
    engine.dispose()
    ledger = open_ledger(url)  # migrates to head
    with ledger.session() as session:
        links = session.execute(select(DocumentCategory.code, DocumentCategory.version)).all()
    ledger.dispose()
    assert links == [("infocat016", 2)]  # the newest classification only


def test_a_reviewer_changing_the_category_moves_the_document_between_filters(
    tmp_path: Path,
) -> None:
    from ledger.models import record_classification
    from review.queue import QueueFilters, load_queue

    ledger = open_ledger(f"sqlite:///{tmp_path / 'ledger.sqlite3'}")
    with ledger.session() as session:
        document = Document(source="map", source_id="a.pdf", version=1, status="queued")
        session.add(document)
        session.flush()
        for code in ("infocat001", "infocat009"):
            record_classification(
                document,
                ClassificationRecord(
                    document_id=document.id,
                    version=1,
                    categories=[{"code": code}, {"code": "infocat016"}],
                    method="text",
                    needs_review=True,
                ),
            )
    with ledger.session() as session:
        totals = {
            code: load_queue(session, QueueFilters(category=code)).total
            for code in ("infocat001", "infocat009", "infocat016")
        }
        document = session.scalars(select(Document)).one()
        document.version = 2  # a new version: its categories are not known yet
    assert totals == {"infocat001": 0, "infocat009": 1, "infocat016": 1}
    with ledger.session() as session:
        assert load_queue(session, QueueFilters(category="infocat009")).total == 0
    ledger.dispose()
