"""`woo sources check` and `woo sources cursor show|reset` against real (local) sources."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ledger.db import open_ledger
from ledger.models import HarvestCursor
from tests.servers.zgw import CLIENT_ID, DRC, SECRET, ZgwServer
from woo.cli import app

runner = CliRunner()


@pytest.fixture
def server() -> Iterator[ZgwServer]:
    with ZgwServer() as running:
        running.add_document()
        yield running


def _write_config(tmp_path: Path, server: ZgwServer) -> Path:
    folder = tmp_path / "map"
    folder.mkdir()
    (folder / "a.txt").write_text("hallo")
    config = tmp_path / "woo.toml"
    config.write_text(
        f"""data_dir = "{tmp_path / "data"}"

[[sources]]
name = "schijf"
kind = "folder"
options = {{ path = "{folder}" }}

[[sources]]
name = "openzaak"
kind = "zgw"
options = {{ base_url = "{server.url}{DRC}", client_id = "{CLIENT_ID}", \
secret_env = "WOO_ZGW_SECRET" }}
"""
    )
    return config


def test_check_reports_each_source_and_fails_when_one_is_wrong(
    tmp_path: Path, server: ZgwServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = _write_config(tmp_path, server)
    monkeypatch.setenv("WOO_ZGW_SECRET", SECRET)
    ok = runner.invoke(app, ["sources", "check", "--config", str(config)])
    assert ok.exit_code == 0, ok.output
    assert "✓ schijf: map" in ok.output
    assert "✓ openzaak: Documenten API" in ok.output and "1 informatieobjecten" in ok.output

    monkeypatch.setenv("WOO_ZGW_SECRET", "verkeerd-geheim-verkeerd-geheim-123")
    bad = runner.invoke(app, ["sources", "check", "--config", str(config)])
    assert bad.exit_code == 1
    assert "✓ schijf" in bad.output
    assert "✗ openzaak: toegang geweigerd (HTTP 403" in bad.output
    assert "verkeerd-geheim" not in bad.output

    monkeypatch.delenv("WOO_ZGW_SECRET")
    unset = runner.invoke(app, ["sources", "check", "--config", str(config)])
    assert "✗ openzaak: omgevingsvariabele WOO_ZGW_SECRET is niet gezet" in unset.output


def test_cursor_show_and_reset(tmp_path: Path, server: ZgwServer) -> None:
    config = _write_config(tmp_path, server)
    empty = runner.invoke(app, ["sources", "cursor", "show", "schijf", "--config", str(config)])
    assert "nog geen cursor" in empty.output
    ledger = open_ledger(f"sqlite:///{tmp_path / 'data' / 'ledger.sqlite3'}")
    with ledger.session() as session:
        session.add(HarvestCursor(source="schijf", cursor={"fingerprints": {"a.txt": "1:5"}}))
    shown = runner.invoke(app, ["sources", "cursor", "show", "schijf", "--config", str(config)])
    assert '"a.txt": "1:5"' in shown.output
    reset = runner.invoke(
        app, ["sources", "cursor", "reset", "schijf", "--yes", "--config", str(config)]
    )
    assert reset.exit_code == 0 and "gewist" in reset.output
    with ledger.session() as session:
        assert session.get(HarvestCursor, "schijf") is None
    ledger.dispose()
    unknown = runner.invoke(app, ["sources", "cursor", "show", "nergens", "--config", str(config)])
    assert unknown.exit_code == 2 and "onbekende bron 'nergens'" in unknown.output
