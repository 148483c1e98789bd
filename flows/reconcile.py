"""End-of-run check: reconcile ledger, storage and sitemaps, and publish the completeness report.

Report only (no repair): a finding is shown in the run report as a failure a person must see;
`woo reconcile --repair` fixes it.
"""

from __future__ import annotations

from prefect import task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE

from flows.tasks import context_for
from publicatie.completeness import completeness, completeness_markdown, mandatory_dates
from publicatie.reconcile import reconcile
from woo.settings import Settings

__all__ = ["reconcile_task"]


@task(name="afstemmen", cache_policy=NO_CACHE)
def reconcile_task(settings: Settings) -> list[tuple[str, str]]:
    """Findings as (object, reason) pairs; also writes the completeness artifact."""
    ctx = context_for(settings)
    report = reconcile(ctx)
    create_markdown_artifact(
        key="woo-volledigheid",
        markdown="# Volledigheid per informatiecategorie\n\n"
        + completeness_markdown(
            completeness(ctx.ledger, mandatory=mandatory_dates(settings.verplicht_vanaf))
        )
        + "\n\n## Afstemming\n\n"
        + report.markdown(),
        description="Woo-volledigheid per categorie en afstemming ledger/opslag/sitemaps",
    )
    return [(f.key, f"{f.kind}: {f.detail}") for f in report.findings]
