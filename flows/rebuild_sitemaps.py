"""Full rebuild of sitemaps, sitemap indexes and robots.txt from the ledger, plus a check
that every active publication's file and metadata are really in the public storage."""

from __future__ import annotations

from prefect import flow
from prefect.artifacts import create_markdown_artifact

from flows.tasks import context_for
from publicatie.reconcile import reconcile
from woo.publish import rebuild_sitemaps as write_all
from woo.settings import Settings, load_settings


@flow(name="rebuild_sitemaps", log_prints=False)
def rebuild_sitemaps(config_path: str | None = None, settings_json: str | None = None) -> dict:
    """Rewrite every sitemap from the ledger and list publications missing from storage."""
    settings = (
        Settings.model_validate_json(settings_json) if settings_json else load_settings(config_path)
    )
    ctx = context_for(settings)
    report = write_all(ctx, full=True)
    # The one reconciliation (also behind `woo reconcile`); here only its missing-file findings.
    missing = [
        (f.key, "ontbreekt in de publieke opslag")
        for f in reconcile(ctx).findings
        if f.kind == "bestand_ontbreekt"
    ]
    lines = [
        "# Sitemaps opnieuw opgebouwd",
        "",
        f"- sitemaps: {len(report.sitemaps)}, sitemapindexen: {len(report.indexes)}",
        f"- geweigerd: {len(report.refused)}",
        f"- ontbrekend in de publieke opslag: {len(missing)}",
    ]
    lines += [f"  - `{key}`: {reason}" for key, reason in missing]
    create_markdown_artifact(key="rebuild-sitemaps", markdown="\n".join(lines) + "\n")
    return {
        "sitemaps": len(report.sitemaps),
        "indexes": len(report.indexes),
        "refused": [list(r) for r in report.refused],
        "missing": [{"key": k, "reason": r} for k, r in missing],
    }
