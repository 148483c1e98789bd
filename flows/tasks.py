"""The batch tasks every flow shares, and the stage loop they run in.

Tasks take settings plus a batch of document ids (100–500, never one task per document), reload
state from the ledger and call one library function. Retries only on transient errors.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from functools import cache

from prefect import task
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner, ThreadPoolTaskRunner

from publicatie.sitemaps import SitemapReport
from woo.context import RunContext, open_context
from woo.errors import TransientError
from woo.harvest import SourceReport, harvest_source
from woo.progress import reporter
from woo.publish import rebuild_sitemaps
from woo.settings import Settings
from woo.stages import BatchReport
from woo.work import STAGES, Partition, batches, pending_ids, run_stage, worker_name

RETRY_DELAYS = [5, 30, 120]
# Fewer pending documents than this: one batch, no worker processes.
SPLIT_FROM = 20


@cache
def _context(settings_json: str) -> RunContext:
    """One ledger connection pool and storage per process and configuration."""
    return open_context(Settings.model_validate_json(settings_json))


def context_for(settings: Settings) -> RunContext:
    return _context(settings.model_dump_json())


@cache
def _worker() -> str:
    return worker_name()


def transient_only(task, task_run, state) -> bool:  # type: ignore[no-untyped-def]
    """Retry condition: retry a task only when it failed with a TransientError."""
    try:
        state.result()
    except TransientError:
        return True
    except Exception:
        return False
    return False


def default_task_runner() -> TaskRunner:
    """The runner for batch tasks: processes so both cores work, threads when told so.

    `WOO_TASK_RUNNER` = `processes` (default) or `threads`; `WOO_TASK_WORKERS` = how many
    (default: the number of CPUs, at most 8).
    """
    workers = task_workers()
    if os.environ.get("WOO_TASK_RUNNER", "processes") == "threads":
        return ThreadPoolTaskRunner(max_workers=workers)
    return ProcessPoolTaskRunner(max_workers=workers)


def task_workers() -> int:
    return int(os.environ.get("WOO_TASK_WORKERS") or min(8, os.cpu_count() or 2))


def batch_size(pending: int, configured: int) -> int:
    """`configured`, but small enough that every worker gets a batch once there is enough work.

    Below `SPLIT_FROM` documents a stage runs as one batch in the flow's own process: starting
    worker processes would cost more than it saves.
    """
    if pending < SPLIT_FROM:
        return max(1, min(configured, pending))
    return max(1, min(configured, -(-pending // task_workers())))


@task(
    name="oogsten",
    cache_policy=NO_CACHE,
    retries=len(RETRY_DELAYS),
    retry_delay_seconds=RETRY_DELAYS,
    retry_condition_fn=transient_only,
)
def harvest_task(settings: Settings, source_name: str) -> SourceReport:
    source = next(s for s in settings.sources if s.name == source_name)
    stage = f"oogsten {source_name}"
    reporter().start(stage, 0)
    report = harvest_source(
        context_for(settings), source, progress=lambda n: reporter().advance(stage, n)
    )
    reporter().finish(stage)
    return report


@task(
    name="stap",
    cache_policy=NO_CACHE,
    retries=len(RETRY_DELAYS),
    retry_delay_seconds=RETRY_DELAYS,
    retry_condition_fn=transient_only,
)
def stage_task(settings: Settings, stage: str, ids: Sequence[int], dry_run: bool) -> BatchReport:
    return run_stage(context_for(settings), stage, ids, dry_run=dry_run, worker=_worker())


@task(name="sitemaps", cache_policy=NO_CACHE)
def sitemaps_task(settings: Settings) -> SitemapReport:
    return rebuild_sitemaps(context_for(settings))


def process_documents(
    settings: Settings,
    *,
    dry_run: bool,
    partition: Partition | None = None,
    within: Sequence[int] | None = None,
    stages: Sequence[str] = tuple(STAGES),
    on_batch: Callable[[str, int], None] | None = None,
) -> dict[str, BatchReport]:
    """Each stage over every pending document (of the partition), batches in parallel.

    Call inside a flow: batches go to the flow's task runner; a stage starts when the one
    before it has finished, so each document moves through the stages in order. `on_batch`
    hears (stage, documents) after each finished batch.
    """
    ctx = context_for(settings)
    reports: dict[str, BatchReport] = {}
    for stage in stages:
        ids = pending_ids(ctx, STAGES[stage], partition=partition, within=within)
        reporter().start(stage, len(ids))
        parts = batches(ids, batch_size(len(ids), settings.run.batch_size))
        total = BatchReport(stage=stage)
        if len(parts) == 1:  # one batch: run it here, no worker process to start
            total.merge(stage_task(settings, stage, parts[0], dry_run))
            reporter().advance(stage, len(parts[0]))
            if on_batch:
                on_batch(stage, len(parts[0]))
        else:
            futures = [stage_task.submit(settings, stage, batch, dry_run) for batch in parts]
            for future, batch in zip(futures, parts, strict=True):
                total.merge(future.result())
                reporter().advance(stage, len(batch))
                if on_batch:
                    on_batch(stage, len(batch))
        reporter().finish(stage)
        reports[stage] = total
    return reports
