"""HTTP connectors inside the pipeline: per-source reports, a failing source does not stop the
others, and a source review flag (vertrouwelijkheidaanduiding) keeps a document from the public."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from ledger.models import Document
from tests.servers.base import Reply
from tests.servers.zgw import SECRET, ZgwServer
from tests.zgw_helpers import zgw_config
from woo.context import open_context
from woo.harvest import harvest_source
from woo.settings import load_settings
from woo.stages import review_reasons


def test_one_failing_source_does_not_stop_the_others_and_reports_are_per_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WOO_TEST_ZGW_SECRET", SECRET)
    with ZgwServer() as good, ZgwServer(secret="ander-geheim-ander-geheim-ander-geheim") as bad:
        for n in range(3):
            good.add_document(f"Besluit {n}")
        good.add_document("Memo", aanduiding="vertrouwelijk")
        broken = good.add_document("Kapot")
        gone = Reply(404, {"detail": "Bestand niet gevonden."})
        good.fail_next(gone, path=f"{broken.rsplit('/', 1)[1]}/download")
        sources = [zgw_config(bad).model_copy(update={"name": "kapot"}), zgw_config(good)]
        settings = load_settings(None, data_dir=tmp_path, sources=[s.model_dump() for s in sources])
        ctx = open_context(settings)
        reports = [harvest_source(ctx, source) for source in settings.sources]
    failing, working = reports
    assert "toegang geweigerd" in failing.error and failing.seen == 0
    assert (working.seen, working.new, working.error) == (5, 4, "")
    assert [document for document, _ in working.failed] == [broken]
    with ctx.ledger.session() as session:
        memo = session.scalars(select(Document).where(Document.title == "Memo")).one()
        reasons = review_reasons(memo)
    assert "bron vraagt beoordeling: vertrouwelijkheidaanduiding vertrouwelijk" in reasons
    ctx.close()
