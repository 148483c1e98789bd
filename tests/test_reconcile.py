"""Reconciliation of ledger, storage and sitemaps, and `--repair`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from ledger.models import Publication
from publicatie.reconcile import reconcile
from tests.publishing import published, settings_for
from woo.context import RunContext, open_context
from woo.publish import rebuild_sitemaps


@pytest.fixture(params=["local", "s3"])
def ctx(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[RunContext]:
    endpoint = request.getfixturevalue("s3_endpoint") if request.param == "s3" else None
    context = open_context(settings_for(request.param, tmp_path, endpoint))
    published(context, "besluit-a")
    published(context, "besluit-b", ["infocat002"])
    rebuild_sitemaps(context)
    yield context
    context.close()


def _pub(ctx: RunContext) -> Publication:
    with ctx.ledger.session() as session:
        return session.scalars(select(Publication).order_by(Publication.id)).first()


def kinds(report) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(f.kind, f.key) for f in report.findings}


def test_a_consistent_publication_has_no_findings(ctx):
    assert reconcile(ctx).ok


def test_missing_file_is_found_and_restored_from_the_private_copy(ctx):
    pub = _pub(ctx)
    original = ctx.public.get(pub.object_key)
    ctx.public.delete(pub.object_key)

    report = reconcile(ctx)
    assert ("bestand_ontbreekt", pub.object_key) in kinds(report)
    assert ("sitemapregel_zonder_bestand", pub.object_key) in kinds(report)

    repaired = reconcile(ctx, repair=True)
    assert not repaired.not_repaired
    assert ctx.public.get(pub.object_key) == original
    assert reconcile(ctx).ok


def test_published_document_missing_from_its_sitemap_is_put_back(ctx):
    pub = _pub(ctx)
    ctx.public.delete("sitemaps/sitemap-infocat014-00001.xml")
    assert ("ontbreekt_in_sitemap", pub.object_key) in kinds(reconcile(ctx))
    reconcile(ctx, repair=True)
    assert pub.public_url.encode() in ctx.public.get("sitemaps/sitemap-infocat014-00001.xml")
    assert reconcile(ctx).ok


def test_public_object_unknown_to_the_ledger_is_reported_and_removed(ctx):
    ctx.public.put("documenten/onbekend/geheim.pdf", b"%PDF", "application/pdf")
    assert ("onbekend_object", "documenten/onbekend/geheim.pdf") in kinds(reconcile(ctx))
    reconcile(ctx, repair=True)
    assert not ctx.public.exists("documenten/onbekend/geheim.pdf")
    assert reconcile(ctx).ok
