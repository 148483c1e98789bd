"""Ad-hoc publication: an information manager asks for chosen documents now.

Either `document_ids` (documents already in the ledger) or `source` plus an optional `query`
(harvest that source now, then take the documents whose id, file name or title match). The
documents go through the same stages as at night; `force_review` sends them to the review queue
instead of publishing them, `dry_run` publishes nothing.
"""

from __future__ import annotations

from prefect import flow

from flows.tasks import context_for, default_task_runner, harvest_task, process_documents
from flows.tasks import sitemaps_task as _sitemaps_task
from woo.settings import Settings, load_settings
from woo.stages import BatchReport
from woo.work import find_documents, queue_for_review


@flow(name="adhoc_publication", log_prints=False, task_runner=default_task_runner())
def adhoc_publication(
    document_ids: list[int] | None = None,
    source: str | None = None,
    query: str | None = None,
    dry_run: bool = False,
    force_review: bool = False,
    config_path: str | None = None,
    settings_json: str | None = None,
) -> dict:
    """Take the chosen documents through every stage now; returns counts and failures."""
    settings = (
        Settings.model_validate_json(settings_json) if settings_json else load_settings(config_path)
    )
    if not document_ids and not source:
        raise ValueError("geef document_ids of een bron (source) op")
    ctx = context_for(settings)
    harvested = None
    # 1. Harvest the named source now, then pick the documents the query matches.
    if source:
        if source not in {s.name for s in settings.sources}:
            raise ValueError(f"onbekende bron '{source}'")
        harvested = harvest_task.with_options(tags=[f"bron:{source}"])(settings, source)
        document_ids = list(document_ids or []) + find_documents(ctx, source=source, query=query)
    ids = sorted(set(document_ids or []))

    # 2. Classify, redact, validate; then publish, or queue all of them when asked.
    stages = ("classificeren", "lakken", "valideren")
    reports = process_documents(settings, dry_run=dry_run, within=ids, stages=stages)
    if force_review:
        reports["publiceren"] = queue_for_review(
            ctx, ids, reason="handmatige beoordeling gevraagd bij ad-hocpublicatie"
        )
    else:
        reports.update(
            process_documents(settings, dry_run=dry_run, within=ids, stages=("publiceren",))
        )

    # 3. Sitemaps only when something new is public.
    if reports["publiceren"].published and not dry_run:
        _sitemaps_task(settings)
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
