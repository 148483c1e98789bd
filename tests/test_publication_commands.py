"""`woo withdraw`, `woo reconcile`, `woo sitemaps`, `woo report completeness`, and the
completeness report behind the last one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import html
from typer.testing import CliRunner

from ledger.models import ClassificationRecord, Document
from ledger.states import Status, transition
from publicatie.completeness import completeness, completeness_html, completeness_markdown
from tests.publishing import CATEGORY, published, settings_for
from woo.cli import app
from woo.context import RunContext, open_context

runner = CliRunner()
PRIVACY = "https://identifier.overheid.nl/tooi/def/thes/kern/c_098c1346"


@pytest.fixture
def ctx(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    settings = settings_for("local", tmp_path)
    monkeypatch.setenv("WOO_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("WOO_PUBLIC_BASE_URL", settings.public_base_url)
    monkeypatch.chdir(tmp_path)
    context = open_context(settings)
    yield context
    context.close()


def _queued(ctx: RunContext, code: str, status: Status) -> None:
    with ctx.ledger.session() as session:
        doc = Document(source="test", source_id=f"{code}-{status}", version=1, status="harvested")
        session.add(doc)
        session.flush()
        record = ClassificationRecord(
            document_id=doc.id,
            version=1,
            categories=[{"uri": CATEGORY[code]}],
            method="regel",
            needs_review=True,
        )
        session.add(record)
        transition(session, doc, Status.CLASSIFIED, actor="t")
        if status == Status.QUEUED:
            transition(session, doc, Status.REDACTED, actor="t")
        transition(session, doc, status, actor="t", reason="test")


def test_completeness_counts_documents_per_category_and_status(ctx):
    doc_id = published(ctx, "besluit-a")
    with ctx.ledger.session() as session:  # published() does not classify: add the record
        session.add(
            ClassificationRecord(
                document_id=doc_id,
                version=1,
                categories=[{"uri": CATEGORY["infocat014"]}],
                method="regel",
                needs_review=False,
            )
        )
    _queued(ctx, "infocat014", Status.FAILED)
    _queued(ctx, "infocat002", Status.WITHDRAWN)
    with ctx.ledger.session() as session:
        session.add(Document(source="test", source_id="nieuw", version=1, status="harvested"))

    rows = {row.code: row for row in completeness(ctx.ledger)}
    assert (rows["infocat014"].gezien, rows["infocat014"].gepubliceerd) == (2, 1)
    assert rows["infocat014"].mislukt == 1
    assert rows["infocat002"].ingetrokken == 1
    assert rows[""].label == "nog niet ingedeeld" and rows[""].in_behandeling == 1
    markdown = completeness_markdown(list(rows.values()))
    assert "| gezien | gepubliceerd | in wachtrij |" in markdown
    page = html.fromstring(completeness_html(list(rows.values()), organisatie="gemeente X"))
    assert page.get("lang") == "nl" and page.xpath("//th[@scope='row']")


def test_mandatory_categories_without_publications_are_reported_first(ctx):
    from datetime import date

    from publicatie.completeness import mandatory_dates, missing_categories

    published(ctx, "besluit-a")  # not classified: counts under "nog niet ingedeeld"
    dates = mandatory_dates({"infocat009": "2025-01-01", "infocat001": None})
    assert dates["infocat009"] == date(2025, 1, 1)  # the organisation's own date
    assert dates["infocat001"] is None  # switched off by the organisation
    assert dates["infocat002"] == date(2024, 11, 1)  # the register's default
    rows = {row.code: row for row in completeness(ctx.ledger, mandatory=dates)}
    # A mandatory category without a single document still gets a row: that is the gap.
    assert rows["infocat009"].gezien == 0 and rows["infocat009"].verplicht_vanaf == "2025-01-01"
    assert "infocat001" not in rows
    before, after = date(2024, 12, 31), date(2025, 1, 2)
    assert rows["infocat009"].label not in missing_categories(list(rows.values()), before)
    assert rows["infocat009"].label in missing_categories(list(rows.values()), after)
    markdown = completeness_markdown(list(rows.values()), after)
    assert "2025-01-01 ⚠ niets gepubliceerd" in markdown


def test_verplicht_vanaf_is_a_setting_that_refuses_unknown_categories(tmp_path) -> None:
    import pytest

    from woo.errors import ConfigError
    from woo.settings import load_settings

    config = tmp_path / "woo.toml"
    config.write_text('[verplicht_vanaf]\ninfocat009 = "2025-01-01"\n')
    assert str(load_settings(config).verplicht_vanaf["infocat009"]) == "2025-01-01"
    config.write_text('[verplicht_vanaf]\ninfocat999 = "2025-01-01"\n')
    with pytest.raises(ConfigError, match="infocat999"):
        load_settings(config)


def test_withdraw_command_takes_a_tooi_reason_and_refuses_others(ctx):
    doc_id = published(ctx, "besluit")
    bad = runner.invoke(app, ["withdraw", str(doc_id), "--reason", "https://example.org/x"])
    assert bad.exit_code == 2 and "TOOI" in bad.output
    ok = runner.invoke(
        app, ["withdraw", str(doc_id), "--reason", PRIVACY, "--toelichting", "BSN gemist"]
    )
    assert ok.exit_code == 0, ok.output
    with ctx.ledger.session() as session:
        assert session.get(Document, doc_id).status == "withdrawn"


def test_reconcile_command_exits_nonzero_on_findings_and_repairs(ctx):
    published(ctx, "besluit")
    assert runner.invoke(app, ["sitemaps"]).exit_code == 0
    assert runner.invoke(app, ["reconcile"]).exit_code == 0
    ctx.public.put("documenten/x/onbekend.pdf", b"%PDF", "application/pdf")
    found = runner.invoke(app, ["reconcile", "--json"])
    assert found.exit_code == 1
    assert json.loads(found.output)["aantallen"] == {"onbekend_object": 1}
    assert runner.invoke(app, ["reconcile", "--repair"]).exit_code == 0
    assert not ctx.public.exists("documenten/x/onbekend.pdf")


def test_report_completeness_command_prints_json(ctx):
    _queued(ctx, "infocat002", Status.QUEUED)
    result = runner.invoke(app, ["report", "completeness", "--json"])
    assert result.exit_code == 0, result.output
    rows = {row["code"]: row for row in json.loads(result.output)}
    assert rows["infocat002"]["in_wachtrij"] == 1
    # The register's mandatory categories are listed even without documents.
    assert rows["infocat001"] == {
        **rows["infocat001"],
        "gezien": 0,
        "verplicht_vanaf": "2024-11-01",
    }
