"""The reviewer's flows on a real (no-server) Prefect: ad-hoc with forced review, publish what
was approved (twice: published once), withdraw, and the sitemap rebuild with reconciliation."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ledger.models import Document, Publication
from sample_corpus import CORPUS_DIR
from woo.context import open_context
from woo.demo import demo_settings
from woo.settings import load_settings

pytestmark = pytest.mark.prefect

WITHDRAW_REASON = "https://identifier.overheid.nl/tooi/def/thes/kern/c_098c1346"


def _folder(target: Path) -> list[str]:
    planted = json.loads((CORPUS_DIR / "planted.json").read_text(encoding="utf-8"))
    names = sorted(
        n for n, e in planted.items() if n.endswith(".pdf") and e.get("expected_category")
    )[:2]
    target.mkdir()
    for name in names:
        shutil.copy(CORPUS_DIR / name, target / name)
        sidecar = CORPUS_DIR / f"{name}.meta.json"
        if sidecar.exists():
            shutil.copy(sidecar, target / sidecar.name)
    return names


def test_adhoc_review_then_publish_approved_withdraw_and_reconcile(
    tmp_path: Path, prefect_harness: None
) -> None:
    from flows.adhoc import adhoc_publication
    from flows.publish_approved import publish_approved
    from flows.rebuild_sitemaps import rebuild_sitemaps
    from flows.withdraw import withdraw

    _folder(tmp_path / "bron")
    settings = demo_settings(load_settings(data_dir=tmp_path / "data"), source=tmp_path / "bron")
    blob = settings.model_dump_json()

    adhoc = adhoc_publication(source="map", force_review=True, settings_json=blob)
    assert adhoc["published"] == 0 and adhoc["queued"] == 2, adhoc
    ids = adhoc["documents"]

    first = publish_approved(document_ids=ids, actor="cf", settings_json=blob)
    again = publish_approved(document_ids=ids, actor="cf", settings_json=blob)
    assert first["published"] == 2 and not first["failures"], first
    assert again["published"] == 0 and again["skipped"] == 2  # a double click publishes once

    gone = withdraw(
        document_ids=[ids[0], 999], reason_uri=WITHDRAW_REASON, actor="cf", settings_json=blob
    )
    assert gone["withdrawn"] == [ids[0]]
    assert [f["document"] for f in gone["failures"]] == ["999"]

    ctx = open_context(settings)
    try:
        with ctx.ledger.session() as session:
            assert session.get(Document, ids[0]).status == "withdrawn"
            active = session.scalars(
                select(Publication).where(Publication.withdrawn_at.is_(None))
            ).all()
            assert [p.document_id for p in active] == [ids[1]]
            assert session.scalar(select(func.count()).select_from(Publication)) == 2
        assert rebuild_sitemaps(settings_json=blob)["missing"] == []
        (settings.public_dir / active[0].object_key).unlink()
        missing = rebuild_sitemaps(settings_json=blob)["missing"]
        assert [m["key"] for m in missing] == [active[0].object_key]
    finally:
        ctx.close()
