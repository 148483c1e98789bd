"""Secrets come only from the environment and never appear in output, logs or errors."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hostile_corpus.cases import encrypted_pdf, plain_pdf
from tests.conftest import POSTGRES_ADMIN_URL
from tests.hardening.pipeline import run_pipeline, settings_for
from woo.context import open_context
from woo.errors import WooError
from woo.settings import load_settings

ACCESS = "AKIA-hardening-7f3c9"
SECRET = "geheim-Wachtwoord-93b1e"
DB_PASSWORD = "db-Wachtwoord-5d2a8"


def _with_password(url: str, password: str) -> str:
    scheme, rest = url.split("://", 1)
    user, host = rest.split("@", 1)
    return f"{scheme}://{user.split(':', 1)[0]}:{password}@{host}"


@pytest.fixture
def secret_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WOO_STORAGE__ACCESS_KEY", ACCESS)
    monkeypatch.setenv("WOO_STORAGE__SECRET_KEY", SECRET)


def _leaks(text: str) -> list[str]:
    return [s for s in (ACCESS, SECRET, DB_PASSWORD) if s in text]


def test_config_show_masks_storage_keys_and_database_password(
    secret_env, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from woo.cli import app

    url = _with_password("postgresql+psycopg://woo@db.example:5432/woo", DB_PASSWORD)
    monkeypatch.setenv("WOO_DATABASE_URL", url)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["config", "show"])
    assert result.exit_code == 0, result.output
    assert _leaks(result.output) == []
    assert "db.example" in result.output  # the rest of the URL stays readable


def test_secret_in_the_settings_file_is_refused_without_echoing_it(tmp_path: Path) -> None:
    config = tmp_path / "woo.toml"
    config.write_text(f'[storage]\nkind = "s3"\nsecret_key = "{SECRET}"\n', encoding="utf-8")
    with pytest.raises(WooError) as caught:
        load_settings(config)
    assert "WOO_STORAGE__SECRET_KEY" in str(caught.value)
    assert _leaks(str(caught.value)) == []


def test_unreachable_object_store_error_does_not_carry_the_keys(
    secret_env, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = load_settings(
        data_dir=tmp_path,
        storage={"kind": "s3", "endpoint": "127.0.0.1:9", "bucket": "woo", "secure": False},
    )
    caplog.set_level(logging.DEBUG)
    with pytest.raises(Exception) as caught:
        open_context(settings)
    assert _leaks(f"{caught.value!r} {caught.value} {caught.getrepr()}") == []
    assert _leaks(caplog.text) == []


def test_database_password_never_in_run_logs_reasons_or_connection_errors(
    secret_env, postgres_url: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    source = tmp_path / "bron"
    source.mkdir()
    (source / "besluit.pdf").write_bytes(plain_pdf())
    (source / "versleuteld.pdf").write_bytes(encrypted_pdf())
    caplog.set_level(logging.DEBUG)
    url = _with_password(postgres_url, DB_PASSWORD)  # the test server trusts local users
    ctx = open_context(settings_for(source, tmp_path / "data", database_url=url))
    try:
        outcome = run_pipeline(ctx)
    finally:
        ctx.close()
    assert outcome["failed"], "the encrypted PDF fails, with a reason"
    assert _leaks(repr(outcome)) == []
    assert _leaks(caplog.text) == []
    wrong = _with_password(POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + "/bestaat_niet", DB_PASSWORD)
    with pytest.raises(Exception) as caught:
        open_context(settings_for(source, tmp_path / "data2", database_url=wrong))
    assert _leaks(f"{caught.value!r} {caught.value} {caught.getrepr()}") == []
