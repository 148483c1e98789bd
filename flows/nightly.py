"""The nightly disclosure flow: harvest → classify → redact → validate → queue or publish →
sitemaps.

Tasks take batches of document ids (never one task per document) and reload state from the
ledger, so a rerun redoes only what is missing.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from functools import cache

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from sqlalchemy import select

from ledger.models import Document
from ledger.states import Status
from publicatie.sitemaps import SitemapReport
from woo.context import RunContext, open_context
from woo.harvest import SourceReport, harvest_source
from woo.progress import reporter
from woo.publish import rebuild_sitemaps
from woo.report import RunReport, run_markdown, status_overview
from woo.settings import Settings, load_settings
from woo.stages import BatchReport, classify_batch, redact_batch, route_batch, validate_batch

STAGES = (
    ("classificeren", Status.HARVESTED, classify_batch),
    ("lakken", Status.CLASSIFIED, redact_batch),
    ("valideren", Status.REDACTED, validate_batch),
)


@cache
def _context(settings_json: str) -> RunContext:
    """One ledger connection pool and storage per process and configuration."""
    return open_context(Settings.model_validate_json(settings_json))


def _ctx(settings: Settings) -> RunContext:
    return _context(settings.model_dump_json())


@task(name="oogsten", cache_policy=NO_CACHE, retries=1, retry_delay_seconds=5)
def harvest_task(settings: Settings, source_name: str) -> SourceReport:
    source = next(s for s in settings.sources if s.name == source_name)
    stage = f"oogsten {source_name}"
    reporter().start(stage, 0)
    report = harvest_source(_ctx(settings), source, progress=lambda n: reporter().advance(stage, n))
    reporter().finish(stage)
    return report


@task(name="stap", cache_policy=NO_CACHE)
def stage_task(settings: Settings, stage: str, ids: Sequence[int], dry_run: bool) -> BatchReport:
    ctx = _ctx(settings)
    if stage == "publiceren":
        report = route_batch(ctx, ids, dry_run=dry_run)
    else:
        report = next(fn for name, _, fn in STAGES if name == stage)(ctx, ids)
    reporter().advance(stage, len(ids))
    return report


@task(name="sitemaps", cache_policy=NO_CACHE)
def sitemaps_task(settings: Settings) -> SitemapReport:
    return rebuild_sitemaps(_ctx(settings))


def _pending(ctx: RunContext, status: Status) -> list[int]:
    with ctx.ledger.session() as session:
        return list(
            session.scalars(
                select(Document.id).where(Document.status == status).order_by(Document.id)
            )
        )


def _batches(ids: list[int], size: int) -> list[list[int]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]


@flow(name="nightly_disclosure", log_prints=False)
def nightly_disclosure(
    config_path: str | None = None,
    data_dir: str | None = None,
    dry_run: bool = False,
    source: str | None = None,
    settings_json: str | None = None,
) -> dict:
    """Harvest all (or one) configured sources and take every document as far as it may go."""
    started = time.perf_counter()
    settings = (
        Settings.model_validate_json(settings_json)
        if settings_json
        else load_settings(config_path, data_dir=data_dir)
    )
    ctx = _ctx(settings)
    report = RunReport(dry_run=dry_run)
    size = settings.run.batch_size

    # 1. Harvest every configured source (one failing source does not stop the others).
    names = [s.name for s in settings.sources if source in (None, s.name)]
    report.sources = [harvest_task(settings, name) for name in names]

    # 2-4. Classify, redact, validate: each stage over every pending document, in batches.
    for stage, status, _ in STAGES:
        ids = _pending(ctx, status)
        reporter().start(stage, len(ids))
        for batch in _batches(ids, size):
            report.stage(stage).merge(stage_task(settings, stage, batch, dry_run))
        reporter().finish(stage)

    # 5. Route: publish what is confident and verified, queue the rest.
    ids = _pending(ctx, Status.VALIDATED)
    reporter().start("publiceren", len(ids))
    for batch in _batches(ids, size):
        report.stage("publiceren").merge(stage_task(settings, "publiceren", batch, dry_run))
    reporter().finish("publiceren")

    # 6. Sitemaps, sitemap indexes and robots.txt from the ledger's active publications.
    if not dry_run:
        sitemaps = sitemaps_task(settings)
        report.sitemap_files = len(sitemaps.sitemaps) + len(sitemaps.indexes)
        # A published document that a sitemap refused is a failure someone must see.
        report.stage("sitemaps").failed.extend(sitemaps.refused)

    report.seconds = time.perf_counter() - started
    overview = status_overview(ctx)
    report.pages = report.stage("classificeren").pages
    create_markdown_artifact(
        key="nightly-disclosure-report",
        markdown=run_markdown(report, overview),
        description="Woo-publicatierun: aantallen per categorie en fouten",
    )
    return report.as_dict()
