"""The nightly disclosure flow: harvest → classify → redact → validate → queue or publish →
sitemaps → report and alerts.

Tasks take batches of document ids (never one task per document) and reload state from the
ledger, so a rerun redoes only what is missing. With `partitions` > 1 the stages run as child
flow runs of the `nightly_partition` deployment (one per source × id range), on whatever work
pool serves it: a process pool on one machine, Kubernetes in a cluster.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

from prefect import flow
from prefect.artifacts import create_markdown_artifact

from flows.partition import fan_out
from flows.reconcile import reconcile_task
from flows.tasks import (
    context_for,
    default_task_runner,
    harvest_task,
    process_documents,
    sitemaps_task,
)
from publicatie.sweep import sweep_temp_files
from woo.alerts import evaluate, notify
from woo.report import RunReport, run_markdown, status_overview
from woo.settings import Settings, load_settings

PARTITION_DEPLOYMENT = "nightly_partition/partition"


def _settings(settings_json: str | None, config_path: str | None, data_dir: str | None) -> Settings:
    if settings_json:
        return Settings.model_validate_json(settings_json)
    return load_settings(config_path, data_dir=data_dir)


@flow(name="nightly_disclosure", log_prints=False, task_runner=default_task_runner())
def nightly_disclosure(
    config_path: str | None = None,
    data_dir: str | None = None,
    dry_run: bool = False,
    source: str | None = None,
    settings_json: str | None = None,
    partitions: int | None = None,
    partition_deployment: str = PARTITION_DEPLOYMENT,
) -> dict:
    """Harvest all (or one) configured sources and take every document as far as it may go."""
    started = time.perf_counter()
    started_at = datetime.now(UTC)
    settings = _settings(settings_json, config_path, data_dir)
    ctx = context_for(settings)
    if settings.storage.kind == "local":  # 0. what a killed run left half-written, never public
        sweep_temp_files(settings.public_dir)
    report = RunReport(dry_run=dry_run)
    parts = settings.run.partitions if partitions is None else partitions
    timings: dict[str, float] = {}

    # 1. Harvest every configured source (one failing source does not stop the others). Each
    #    source carries a tag `bron:<naam>`: a Prefect concurrency limit on it spares its DMS.
    names = [s.name for s in settings.sources if source in (None, s.name)]
    report.sources = [
        harvest_task.with_options(tags=[f"bron:{name}"])(settings, name) for name in names
    ]
    timings["oogsten"] = time.perf_counter() - started

    # 2-5. Classify, redact, validate, route: in this run (batches over the task runner) or
    #      fanned out over child flow runs, one per partition.
    if parts > 1:
        stage_reports = fan_out(
            settings, parts, dry_run=dry_run, source=source, deployment=partition_deployment
        )
    else:
        stage_reports = process_documents(settings, dry_run=dry_run)
    for name, stage_report in stage_reports.items():
        report.stage(name).merge(stage_report)
    timings["verwerken"] = time.perf_counter() - started - timings["oogsten"]

    # 6. Sitemaps, sitemap indexes and robots.txt from the ledger's active publications.
    if not dry_run:
        sitemaps = sitemaps_task(settings)
        report.sitemap_files = len(sitemaps.sitemaps) + len(sitemaps.indexes)
        # A published document that a sitemap refused is a failure someone must see.
        report.stage("sitemaps").failed.extend(sitemaps.refused)
        # Ledger, storage and sitemaps must agree; a mismatch is a failure someone must see.
        report.stage("afstemming").failed.extend(reconcile_task(settings))
    timings["sitemaps"] = time.perf_counter() - started - sum(timings.values())

    # 7. Report (Prefect artifact) and alerts for a run that needs a person.
    report.seconds = time.perf_counter() - started
    overview = status_overview(ctx)
    report.pages = report.stage("classificeren").pages
    result = report.as_dict()
    result["timings"] = {k: round(v, 2) for k, v in timings.items()}
    result["partitions"] = max(parts, 1)
    result["alerts"] = evaluate(result, settings.alerts)
    notify(
        result["alerts"],
        settings.alerts,
        run=f"nightly {started_at:%Y-%m-%d %H:%M} UTC",
        organisation=settings.organisatie.naam,
    )
    markdown = run_markdown(report, overview) + _timings_markdown(result)
    create_markdown_artifact(
        key="nightly-disclosure-report",
        markdown=markdown,
        description="Woo-publicatierun: aantallen per categorie en fouten",
    )
    return result


def _timings_markdown(result: dict) -> str:
    lines = ["", "## Tijden per stap", "", "| stap | seconden |", "|---|---|"]
    lines += [f"| {name} | {seconds} |" for name, seconds in result["timings"].items()]
    if result["alerts"]:
        lines += ["", "## Waarschuwingen", ""] + [f"- {m}" for m in result["alerts"]]
    return "\n".join(lines) + "\n"
