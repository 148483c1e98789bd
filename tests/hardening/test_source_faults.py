"""Source faults during harvest: the run goes on and the cursor never skips a document.

A scripted connector answers each fetch with a fault (timeout, 5xx burst, 429, truncated
download, malformed JSON, wrong content type, an unexpected exception, a NUL in metadata)
for a number of attempts, then with the document. Also: the invariant checker itself finds
planted violations, so the crash trials cannot pass vacuously.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from hostile_corpus.cases import plain_pdf
from ledger.models import Document, HarvestCursor
from schemas.records import DocumentRef, FetchedDocument
from tests.hardening.pipeline import check_invariants, run_pipeline, settings_for
from woo.context import open_context
from woo.errors import DocumentError, TransientError
from woo.harvest import harvest_source

FAULTS = {
    "timeout.pdf": TransientError("time-out na 30 s", document="timeout.pdf", source="api"),
    "vijfhonderd.pdf": TransientError("HTTP 503 (5 keer)", document="vijfhonderd.pdf"),
    "te-veel.pdf": TransientError("HTTP 429, Retry-After: 120", document="te-veel.pdf"),
    "afgekapt.pdf": DocumentError("download afgekapt: 812 van 4096 bytes", document="afgekapt.pdf"),
    "kapotte-json.pdf": DocumentError("metadata is geen geldige JSON", document="kapotte-json.pdf"),
    "verkeerd-type.pdf": DocumentError("Content-Type text/html, verwacht application/pdf"),
    "onverwacht.pdf": RuntimeError("socket gesloten door de server"),
}


class ScriptedConnector:
    """Lists 10 documents in pages of 4; the faulty ones fail for `failures` fetches each."""

    name = "api"

    def __init__(self, failures: int, nul_title: bool = False) -> None:
        self.failures = failures
        self.nul_title = nul_title
        self.attempts: dict[str, int] = {}
        self.ids = sorted([*FAULTS, "goed-1.pdf", "goed-2.pdf", "goed-3.pdf"])

    def list_changes(self, cursor) -> Iterator[list[DocumentRef]]:
        seen = set((cursor or {}).get("done", []))
        refs = [DocumentRef(source_id=i, fingerprint="v1") for i in self.ids if i not in seen]
        for start in range(0, len(refs), 4):
            yield refs[start : start + 4]

    def fetch(self, ref: DocumentRef) -> FetchedDocument:
        count = self.attempts[ref.source_id] = self.attempts.get(ref.source_id, 0) + 1
        if ref.source_id in FAULTS and count <= self.failures:
            raise FAULTS[ref.source_id]
        title = "Besluit\x00" if self.nul_title and ref.source_id == "goed-2.pdf" else "Besluit"
        return FetchedDocument(
            source=self.name,
            source_id=ref.source_id,
            fingerprint="v1",
            file_name=ref.source_id,
            media_type="application/pdf",
            content=plain_pdf(f"Besluit {ref.source_id}"),
            metadata={"titel": title},
        )

    def next_cursor(self, cursor, done: list[DocumentRef]) -> dict:
        return {"done": sorted({*(cursor or {}).get("done", []), *(r.source_id for r in done)})}

    def check(self) -> str:
        return "ok"


def test_source_faults_never_stop_the_run_and_the_cursor_never_skips(tmp_path: Path) -> None:
    source_dir = tmp_path / "leeg"
    source_dir.mkdir()
    ctx = open_context(settings_for(source_dir, tmp_path / "data"))
    try:
        source = ctx.settings.sources[0]
        connector = ScriptedConnector(failures=1)
        report = harvest_source(ctx, source, connector=connector)
        assert report.error == ""
        assert {name for name, _ in report.failed} == set(FAULTS)
        assert all(name in reason for name, reason in report.failed if name != "verkeerd-type.pdf")
        with ctx.ledger.session() as session:
            cursor = session.get(HarvestCursor, source.name).cursor
            assert cursor["done"] == ["goed-1.pdf", "goed-2.pdf", "goed-3.pdf"]
            failed = session.scalars(select(Document).where(Document.status == "failed")).all()
            assert {d.source_id for d in failed} == set(FAULTS)
            assert all(d.status_reason for d in failed)
        # The source recovers: the next harvest fetches exactly the documents that failed.
        report = harvest_source(ctx, source, connector=connector)
        assert report.failed == [] and report.new == len(FAULTS)
        with ctx.ledger.session() as session:
            assert len(session.get(HarvestCursor, source.name).cursor["done"]) == 10
            assert all(d.status == "harvested" for d in session.scalars(select(Document)))
    finally:
        ctx.close()


def test_database_refusing_one_document_does_not_lose_its_page(postgres_url: str, tmp_path: Path):
    """PostgreSQL refuses a NUL character: only that document fails, its neighbours are kept."""
    source_dir = tmp_path / "leeg"
    source_dir.mkdir()
    ctx = open_context(settings_for(source_dir, tmp_path / "data", database_url=postgres_url))
    try:
        source = ctx.settings.sources[0]
        report = harvest_source(
            ctx, source, connector=ScriptedConnector(failures=0, nul_title=True)
        )
        assert report.error == ""
        assert [name for name, _ in report.failed] == ["goed-2.pdf"]
        with ctx.ledger.session() as session:
            kept = {d.source_id for d in session.scalars(select(Document))}
            assert len(kept) == 10
            assert "goed-2.pdf" not in session.get(HarvestCursor, source.name).cursor["done"]
    finally:
        ctx.close()


def test_invariant_checker_finds_planted_violations(tmp_path: Path) -> None:
    folder = tmp_path / "bron"
    folder.mkdir()
    (folder / "besluit.pdf").write_bytes(plain_pdf("Besluit over de openingstijden."))
    ctx = open_context(settings_for(folder, tmp_path / "data"))
    try:
        run_pipeline(ctx)
        assert check_invariants(ctx) == []
        public = ctx.settings.public_dir
        (public / "documenten" / "onbekend").mkdir(parents=True)
        (public / "documenten" / "onbekend" / "x.pdf").write_bytes(b"%PDF")
        (public / "documenten" / "onbekend" / ".tmp-123-x.pdf").write_bytes(b"%PDF")
        problems = check_invariants(ctx)
        assert any("zonder publicatie" in p for p in problems)
        assert any("halfgeschreven" in p for p in problems)
    finally:
        ctx.close()


@pytest.mark.parametrize("state", ["harvested"])
def test_invariant_checker_finds_a_stuck_document(tmp_path: Path, state: str) -> None:
    folder = tmp_path / "bron"
    folder.mkdir()
    (folder / "besluit.pdf").write_bytes(plain_pdf())
    ctx = open_context(settings_for(folder, tmp_path / "data"))
    try:
        harvest_source(ctx, ctx.settings.sources[0])
        assert any(f"blijft hangen in {state}" in p for p in check_invariants(ctx))
    finally:
        ctx.close()


def test_sweep_removes_stale_half_written_files_but_spares_live_writes(tmp_path: Path) -> None:
    import os
    import time

    from publicatie.sweep import sweep_temp_files

    folder = tmp_path / "site" / "documenten" / "abc"
    folder.mkdir(parents=True)
    stale = folder / ".tmp-123-besluit.pdf"
    stale.write_bytes(b"%PDF-half")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    staging = tmp_path / "site" / ".tmp-sitemaps-x"
    staging.mkdir()
    (staging / "sitemap.xml").write_text("<urlset/>")
    os.utime(staging, (old, old))
    live = folder / ".tmp-456-metadata.xml"
    live.write_bytes(b"<x/>")
    kept = folder / "besluit.pdf"
    kept.write_bytes(b"%PDF")
    removed = sweep_temp_files(tmp_path / "site", older_than=600)
    assert sorted(removed) == [".tmp-sitemaps-x", "documenten/abc/.tmp-123-besluit.pdf"]
    assert live.exists() and kept.exists() and not stale.exists() and not staging.exists()
