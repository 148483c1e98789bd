"""Publish what a reviewer approved. Start it with `run_deployment(..., idempotency_key=K)` so
a double click starts one run; publishing an already published document is a no-op anyway."""

from __future__ import annotations

from prefect import flow

from flows.tasks import context_for, sitemaps_task
from woo.settings import Settings, load_settings
from woo.work import publish_approved_batch


@flow(name="publish_approved", log_prints=False)
def publish_approved(
    document_ids: list[int],
    actor: str,
    config_path: str | None = None,
    settings_json: str | None = None,
) -> dict:
    """Publish the approved queued documents, then rebuild the sitemaps."""
    settings = (
        Settings.model_validate_json(settings_json) if settings_json else load_settings(config_path)
    )
    report = publish_approved_batch(context_for(settings), document_ids, actor=actor)
    if report.published:
        sitemaps_task(settings)
    return {
        "published": report.published,
        "skipped": report.skipped,
        "failures": [{"document": d, "reason": r} for d, r in report.failed],
    }
