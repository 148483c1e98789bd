"""Every case of the hostile corpus is quarantined with a clear reason and never published."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pymupdf
import pytest
from sqlalchemy import select

from hostile_corpus import CASES, write_corpus
from hostile_corpus.cases import plain_pdf
from ledger.models import AuditEvent, Document
from ledger.states import Status
from tests.conftest import ROOT
from tests.hardening.pipeline import check_invariants, run_pipeline, settings_for
from woo.context import open_context


def _pdf_with_metadata() -> bytes:
    doc = pymupdf.open(stream=plain_pdf("Besluitenlijst van het college."), filetype="pdf")
    doc.set_metadata({"author": "Piet de Vries", "subject": "intern concept", "keywords": "geheim"})
    doc.set_xml_metadata("<x:xmpmeta xmlns:x='adobe:ns:meta/'>Piet de Vries</x:xmpmeta>")
    return doc.tobytes()


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("hostile")
    write_corpus(folder)
    (folder / "goed-besluit.pdf").write_bytes(plain_pdf("Besluit over de openingstijden."))
    (folder / "metadata-rijk.pdf").write_bytes(_pdf_with_metadata())
    (folder / "metadata-rijk.pdf.meta.json").write_text(
        json.dumps({"titel": "Besluitenlijst", "informatieobjecttype": "Besluitenlijst B&W"})
    )
    data = tmp_path_factory.mktemp("data")
    settings = settings_for(folder, data, exclude=["cases.json"])
    ctx = open_context(settings)
    outcome = run_pipeline(ctx)  # must not raise: no case may crash the run
    yield ctx, outcome
    ctx.close()


def test_corpus_has_at_least_thirty_distinct_cases() -> None:
    names = [case.name for case in CASES]
    assert len(names) >= 30
    assert len(set(names)) == len(names)


def test_generator_script_writes_every_case_and_answer_key(tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    subprocess.run(
        [sys.executable, "-m", "hostile_corpus.generate", "--out", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    key = json.loads((out / "cases.json").read_text(encoding="utf-8"))
    assert [entry["name"] for entry in key] == [case.name for case in CASES]
    assert all((out / case.name).is_file() for case in CASES)


@pytest.mark.parametrize(
    "case", CASES, ids=[c.name.encode("unicode_escape").decode() for c in CASES]
)
def test_hostile_case_is_quarantined_with_a_clear_reason(hostile_run, case) -> None:
    ctx, outcome = hostile_run
    with ctx.ledger.session() as session:
        document = session.scalars(select(Document).where(Document.source_id == case.name)).one()
        assert document.status == Status.FAILED, (
            case.name,
            document.status,
            document.status_reason,
        )
        reason = document.status_reason.lower()
        assert any(word in reason for word in case.expect), (case.name, document.status_reason)
        assert not document.publications
        audited = session.scalars(
            select(AuditEvent).where(AuditEvent.document_id == document.id)
        ).all()
        assert any(event.reason for event in audited), "quarantine leaves an audit trail"
    # The run's report names the document next to the problem.
    named = [reason for name, reason in outcome["failed"] if name == case.name]
    assert named and any(word in named[0].lower() for word in case.expect)


def test_no_hostile_case_reaches_the_public_folder(hostile_run) -> None:
    ctx, _ = hostile_run
    public = ctx.settings.public_dir
    published = sorted(p.relative_to(public).as_posix() for p in public.rglob("documenten/**/*"))
    clean_names = ["goed-besluit.pdf", "metadata-rijk.pdf"]
    with ctx.ledger.session() as session:
        clean = session.scalars(select(Document).where(Document.source_id.in_(clean_names))).all()
        allowed = {f"documenten/{doc.public_id}" for doc in clean}
    assert all(any(key.startswith(prefix) for prefix in allowed) for key in published), published
    assert check_invariants(ctx) == []


def test_clean_document_beside_hostile_ones_is_still_processed(hostile_run) -> None:
    ctx, _ = hostile_run
    with ctx.ledger.session() as session:
        good = session.scalars(
            select(Document).where(Document.source_id == "goed-besluit.pdf")
        ).one()
        assert good.status in (Status.PUBLISHED, Status.QUEUED), good.status_reason


def test_published_files_never_carry_the_originals_metadata(hostile_run) -> None:
    ctx, _ = hostile_run
    with ctx.ledger.session() as session:
        doc = session.scalars(
            select(Document).where(Document.source_id == "metadata-rijk.pdf")
        ).one()
        plan = doc.current_redaction()
        assert plan is not None, doc.status_reason
        redacted = ctx.private.get(plan.redacted_key)
        publication = doc.active_publication()
        public_key = publication.object_key if publication else None
    for data in [redacted] + ([ctx.public.get(public_key)] if public_key else []):
        pdf = pymupdf.open(stream=data, filetype="pdf")
        assert not (pdf.metadata.get("author") or pdf.metadata.get("subject"))
        assert not pdf.metadata.get("keywords")
        assert "Piet de Vries" not in (pdf.get_xml_metadata() or "")
        assert b"Piet de Vries" not in data


def test_originals_and_work_files_never_sit_under_the_public_prefix(hostile_run) -> None:
    ctx, _ = hostile_run
    public, private = ctx.settings.public_dir, ctx.settings.private_dir
    assert not public.is_relative_to(private) and not private.is_relative_to(public)
    keys = [p.relative_to(public).as_posix() for p in public.rglob("*") if p.is_file()]
    assert not [k for k in keys if k.startswith(("originals/", "work/"))]
    assert any(p.is_file() for p in (private / "originals").rglob("*"))
