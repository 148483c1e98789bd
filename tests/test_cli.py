"""The `woo` command's contracts (scripts depend on them)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sample_corpus import CORPUS_DIR
from woo.cli import app

runner = CliRunner()


def _folder_with(tmp_path: Path, names: list[str]) -> Path:
    folder = tmp_path / "bron"
    folder.mkdir()
    for name in names:
        shutil.copy(CORPUS_DIR / name, folder / name)
        shutil.copy(CORPUS_DIR / f"{name}.meta.json", folder / f"{name}.meta.json")
    return folder


def _config(tmp_path: Path, folder: Path) -> Path:
    config = tmp_path / "woo.toml"
    config.write_text(
        f'[[sources]]\nname = "testmap"\nkind = "folder"\noptions = {{ path = "{folder}" }}\n'
        '[[category_mapping]]\nfield = "informatieobjecttype"\nvalue = "Verordening"\n'
        'category = "infocat001"\n',
        encoding="utf-8",
    )
    return config


def test_status_json_lists_counts_and_every_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, prefect_harness: None
) -> None:
    folder = _folder_with(tmp_path, ["verordening-afvalstoffenheffing-2025.pdf"])
    (folder / "kapot.pdf").write_bytes(b"%PDF-1.4 broken")
    monkeypatch.setenv("WOO_DATA_DIR", str(tmp_path / "data"))
    config = _config(tmp_path, folder)

    dry = runner.invoke(app, ["run", "nightly", "--dry-run", "--config", str(config)])
    assert dry.exit_code == 0, dry.output
    assert "zou publiceren: 1" in dry.output
    assert not (tmp_path / "data" / "site" / "robots.txt").exists()

    real = runner.invoke(app, ["run", "nightly", "--config", str(config)])
    assert real.exit_code == 0, real.output
    assert "gepubliceerd: 1" in real.output

    result = runner.invoke(app, ["status", "--json", "--config", str(config)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["counts"]["total"] == 2
    assert data["counts"]["status"] == {"failed": 1, "published": 1}
    assert data["counts"]["category"] == {"infocat001": 1}
    by_file = {d["file"]: d for d in data["documents"]}
    assert by_file["verordening-afvalstoffenheffing-2025.pdf"]["categories"] == ["infocat001"]
    assert by_file["verordening-afvalstoffenheffing-2025.pdf"]["status"] == "published"
    assert by_file["kapot.pdf"]["status"] == "failed"
    assert "PDF" in by_file["kapot.pdf"]["reason"]


def test_run_nightly_without_sources_says_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["run", "nightly"])
    assert result.exit_code == 2
    assert "geen bronnen geconfigureerd" in result.output


def test_a_wrong_config_value_is_a_clear_error(tmp_path: Path) -> None:
    config = tmp_path / "woo.toml"
    config.write_text("[thresholds]\nclassification = 7\n", encoding="utf-8")
    result = runner.invoke(app, ["status", "--config", str(config)])
    assert result.exit_code == 2
    assert "thresholds.classification" in result.output


def test_config_show_masks_secrets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("WOO_STORAGE__SECRET_KEY", "heel-geheim")
    result = runner.invoke(app, ["config", "show"])
    assert result.exit_code == 0
    assert "heel-geheim" not in result.output
    assert '"secret_key": "***"' in result.output
