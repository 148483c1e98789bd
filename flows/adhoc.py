"""Ad-hoc publication: an information manager asks for chosen documents now.

Either `document_ids` (documents already in the ledger) or `source` plus an optional `query`
(harvest that source now, then take the documents whose id, file name or title match), or
`source` with `notified=True` (harvest only what the Notificaties webhook queued for that source,
and take exactly those documents: the immediate run after a notification). The
documents go through the same stages as at night; `force_review` sends them to the review queue
instead of publishing them, `dry_run` publishes nothing.
"""

from __future__ import annotations

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from connectors.notificaties import NotifiedReport, harvest_notified
from flows.tasks import context_for, default_task_runner, harvest_task, process_documents
from flows.tasks import sitemaps_task as _sitemaps_task
from woo.adhoc import STEPS, ProgressReporter, confirm_category
from woo.settings import Settings, load_settings
from woo.stages import BatchReport
from woo.work import find_documents, queue_for_review


@task(name="oogsten-notificaties", cache_policy=NO_CACHE)
def harvest_notified_task(settings: Settings, source_name: str) -> NotifiedReport:
    """No retries: `harvest_notified` reports a source error instead of raising it."""
    source = next(s for s in settings.sources if s.name == source_name)
    return harvest_notified(context_for(settings), source)


@flow(name="adhoc_publication", log_prints=False, task_runner=default_task_runner())
def adhoc_publication(
    document_ids: list[int] | None = None,
    source: str | None = None,
    query: str | None = None,
    dry_run: bool = False,
    force_review: bool = False,
    category: str | None = None,
    request_id: int | None = None,
    notified: bool = False,
    config_path: str | None = None,
    settings_json: str | None = None,
) -> dict:
    """Take the chosen documents through every stage now; returns counts and failures.

    `category` is the information manager's choice (it overrides the classifier);
    `request_id` names the review page's request whose progress this run reports.
    """
    settings = (
        Settings.model_validate_json(settings_json) if settings_json else load_settings(config_path)
    )
    if not document_ids and not source:
        raise ValueError("geef document_ids of een bron (source) op")
    ctx = context_for(settings)
    report = ProgressReporter(ctx, request_id)
    reports: dict[str, BatchReport] = {}
    harvested = None
    try:
        # 1. Harvest the named source now, then pick the documents the query matches.
        if source:
            if source not in {s.name for s in settings.sources}:
                raise ValueError(f"onbekende bron '{source}'")
            report(stage="ophalen uit de bron")
            if notified:  # what Notificaties queued, and exactly those documents
                harvested = harvest_notified_task.with_options(tags=[f"bron:{source}"])(
                    settings, source
                )
                document_ids = list(document_ids or []) + harvested.documents
            else:
                harvested = harvest_task.with_options(tags=[f"bron:{source}"])(settings, source)
                document_ids = list(document_ids or []) + find_documents(
                    ctx, source=source, query=query
                )
        ids = sorted(set(document_ids or []))
        report(document_ids=ids, total=len(ids) * len(STEPS))

        # 2. Classify (the manager's category wins), redact, validate.
        reports = process_documents(
            settings, dry_run=dry_run, within=ids, stages=("classificeren",), on_batch=report.batch
        )
        if category:
            confirm_category(ctx, ids, category, actor=report.actor)
        reports.update(
            process_documents(
                settings,
                dry_run=dry_run,
                within=ids,
                stages=("lakken", "valideren"),
                on_batch=report.batch,
            )
        )
        # 3. Publish, or queue all of them when asked.
        if force_review:
            reports["publiceren"] = queue_for_review(
                ctx, ids, reason="handmatige beoordeling gevraagd bij ad-hocpublicatie"
            )
        else:
            reports.update(
                process_documents(
                    settings,
                    dry_run=dry_run,
                    within=ids,
                    stages=("publiceren",),
                    on_batch=report.batch,
                )
            )

        # 4. Sitemaps only when something new is public.
        if reports["publiceren"].published and not dry_run:
            _sitemaps_task(settings)
    except Exception as exc:
        report.finish(reports, error=str(exc) or type(exc).__name__)
        raise
    report.finish(reports)
    return _summary(ids, reports, harvested)


def _summary(ids: list[int], reports: dict[str, BatchReport], harvested) -> dict:  # type: ignore[no-untyped-def]
    route = reports["publiceren"]
    return {
        "documents": ids,
        "published": route.published,
        "would_publish": route.would_publish,
        "queued": sum(r.queued for r in reports.values()),
        "failures": [
            {"document": d, "reason": r} for report in reports.values() for d, r in report.failed
        ],
        "harvested": harvested.as_dict() if harvested is not None else None,
    }
