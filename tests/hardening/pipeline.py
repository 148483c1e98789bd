"""Drive the library stages the nightly flow calls, and check the ledger/storage invariants.

`python -m tests.hardening.pipeline --source DIR --data DIR [--database-url URL]` runs one
complete pass (harvest → classify → redact → validate → route → sitemaps) in this process,
without Prefect, so crash trials can start and kill it cheaply.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree
from sqlalchemy import func, select

from ledger.models import AuditEvent, Document, Publication
from ledger.states import FINAL, WAITING, Status
from publicatie.sweep import sweep_temp_files
from woo.context import RunContext, open_context
from woo.demo import demo_settings
from woo.harvest import harvest_source
from woo.publish import rebuild_sitemaps
from woo.settings import Settings, load_settings
from woo.stages import classify_batch, redact_batch, route_batch, validate_batch

STAGES = (
    (Status.HARVESTED, classify_batch),
    (Status.CLASSIFIED, redact_batch),
    (Status.REDACTED, validate_batch),
    (Status.VALIDATED, route_batch),
)
RESTING = FINAL | WAITING
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def settings_for(source: Path, data: Path, database_url: str | None = None, **extra) -> Settings:
    """Demo settings on `source` with everything kept under `data`."""
    settings = demo_settings(load_settings(data_dir=data, database_url=database_url), source=source)
    if extra:
        options = {**settings.sources[0].options, **extra}
        source_config = settings.sources[0].model_copy(update={"options": options})
        settings = settings.model_copy(update={"sources": [source_config]})
    return settings


def _pending(ctx: RunContext, status: Status) -> list[int]:
    with ctx.ledger.session() as session:
        return list(
            session.scalars(
                select(Document.id).where(Document.status == status).order_by(Document.id)
            )
        )


def run_pipeline(ctx: RunContext, *, batch_size: int = 25) -> dict[str, object]:
    """One pass of every stage over every pending document, like the nightly flow."""
    failed: list[tuple[str, str]] = []
    sweep_temp_files(ctx.settings.public_dir, older_than=0)  # as the flow does (no other writer)
    for source in ctx.settings.sources:
        report = harvest_source(ctx, source)
        failed += report.failed
        if report.error:
            raise RuntimeError(report.error)
    for status, stage in STAGES:
        ids = _pending(ctx, status)
        for start in range(0, len(ids), batch_size):
            failed += stage(ctx, ids[start : start + batch_size]).failed
    sitemaps = rebuild_sitemaps(ctx)
    return {"failed": failed, "refused": sitemaps.refused}


@dataclass
class Violations:
    problems: list[str] = field(default_factory=list)

    def add(self, problem: str) -> None:
        self.problems.append(problem)


def check_invariants(ctx: RunContext) -> list[str]:
    """Every violation of the crash-safety invariants, as readable lines (empty when sound)."""
    found = Violations()
    public = ctx.settings.public_dir
    with ctx.ledger.session() as session:
        documents = session.scalars(select(Document)).all()
        active: dict[int, list[Publication]] = {}
        for publication in session.scalars(
            select(Publication).where(Publication.withdrawn_at.is_(None))
        ):
            active.setdefault(publication.document_id, []).append(publication)
        for document in documents:
            if Status(document.status) not in RESTING:
                found.add(f"{document.source_id}: blijft hangen in {document.status}")
            count = len(active.get(document.id, []))
            if document.status == Status.PUBLISHED and count != 1:
                found.add(f"{document.source_id}: gepubliceerd met {count} actieve publicaties")
            if document.status != Status.PUBLISHED and count:
                found.add(f"{document.source_id}: {document.status} maar toch publicatie actief")
        keys = Counter(p.object_key for group in active.values() for p in group)
        for key, count in keys.items():
            if count > 1:
                found.add(f"{key}: {count} keer gepubliceerd")
        allowed = {
            k for group in active.values() for p in group for k in (p.object_key, p.metadata_key)
        }
        # The human-readable page of a published document belongs to its publication too.
        pages = {f"documenten/{d.public_id}/index.html" for d in documents if active.get(d.id)}
        urls = {p.public_url: p.object_key for group in active.values() for p in group}
        duplicates = session.execute(
            select(AuditEvent.event_key, func.count())
            .group_by(AuditEvent.event_key)
            .having(func.count() > 1)
        ).all()
        for key, count in duplicates:
            found.add(f"auditregel {key} staat er {count} keer")
        status_events = session.execute(
            select(
                AuditEvent.document_id,
                AuditEvent.version,
                AuditEvent.from_status,
                AuditEvent.to_status,
                func.count(),
            )
            .where(AuditEvent.event == "status")
            .group_by(
                AuditEvent.document_id,
                AuditEvent.version,
                AuditEvent.from_status,
                AuditEvent.to_status,
            )
            .having(func.count() > 1)
        ).all()
        for row in status_events:
            found.add(f"statusovergang dubbel geaudit: {tuple(row)}")
    files = {p.relative_to(public).as_posix() for p in public.rglob("*") if p.is_file()}
    for key in sorted(f for f in files if f.startswith("documenten/")):
        if key not in allowed and key not in pages:
            found.add(f"publiek bestand {key} zonder publicatie in de ledger")
    for key in sorted(f for f in files if "/.tmp-" in f"/{f}"):
        found.add(f"halfgeschreven bestand {key} in de publieke map")
    for key in sorted(allowed - files):
        found.add(f"publicatie {key} zonder bestand")
    for sitemap in sorted(public.glob("sitemaps/*.xml")):
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
        for loc in etree.parse(str(sitemap), parser).iter(f"{SITEMAP_NS}loc"):
            key = urls.get(loc.text or "")
            if key is None or key not in files:
                found.add(f"{sitemap.name}: {loc.text} zonder bestand of publicatie")
    return found.problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", type=Path, required=True)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--batch-size", type=int, default=25)
    args = parser.parse_args(argv)
    ctx = open_context(settings_for(args.source, args.data, args.database_url))
    try:
        run_pipeline(ctx, batch_size=args.batch_size)
    finally:
        ctx.close()
    print("klaar", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
