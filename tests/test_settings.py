"""Settings: embedded defaults, woo.toml, WOO_* environment, secrets only from the environment."""

from __future__ import annotations

from pathlib import Path

import pytest

from woo.errors import ConfigError
from woo.settings import load_settings, masked


def test_embedded_defaults_need_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    settings = load_settings()
    assert settings.organisatie.uri.endswith("/gemeente/gm1926")
    assert settings.organisatie.naam == "gemeente Pijnacker-Nootdorp"
    assert settings.resolved_database_url.startswith("sqlite:///")
    assert settings.storage.kind == "local"


def test_file_values_and_environment_precedence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "woo.toml"
    config.write_text(
        'public_base_url = "https://open.example.nl/"\n'
        "[thresholds]\nclassification = 0.8\n"
        '[[sources]]\nname = "dms"\nkind = "folder"\noptions = { path = "/tmp" }\n'
        '[[category_mapping]]\nfield = "documentsoort"\nvalue = "besluitenlijst"\n'
        'category = "infocat009"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("WOO_THRESHOLDS__CLASSIFICATION", "0.9")
    monkeypatch.setenv("WOO_DATA_DIR", str(tmp_path / "d"))
    settings = load_settings(config)
    assert settings.public_base_url == "https://open.example.nl"
    assert settings.thresholds.classification == 0.9  # environment wins over the file
    assert settings.data_dir == tmp_path / "d"
    assert settings.sources[0].name == "dms"
    assert settings.category_mapping[0].category == "infocat009"


def test_overrides_win_over_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WOO_DATA_DIR", str(tmp_path / "env"))
    assert load_settings(data_dir=tmp_path / "flag").data_dir == tmp_path / "flag"


def test_secrets_in_the_file_are_refused(tmp_path: Path) -> None:
    config = tmp_path / "woo.toml"
    config.write_text('[storage]\nkind = "s3"\nsecret_key = "geheim"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="WOO_STORAGE__SECRET_KEY"):
        load_settings(config)


def test_secrets_from_the_environment_are_masked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WOO_STORAGE__SECRET_KEY", "zeer-geheim")
    settings = load_settings()
    assert settings.storage.secret_key.get_secret_value() == "zeer-geheim"
    assert "zeer-geheim" not in str(masked(settings))
    assert masked(settings)["storage"]["secret_key"] == "***"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("[thresholds]\nclassification = 3\n", "thresholds.classification"),
        ('public_base_url = "woo.example.nl"\n', "public_base_url"),
        ('[organisatie]\nuri = "gm1926"\n', "organisatie.uri"),
        ("nonsense = 1\n", "nonsense"),
        ("this is [not toml", "geen geldige TOML"),
    ],
)
def test_wrong_values_get_a_clear_error(tmp_path: Path, content: str, problem: str) -> None:
    config = tmp_path / "woo.toml"
    config.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=problem.replace(".", r"\.")):
        load_settings(config)


def test_a_named_config_file_must_exist(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="bestaat niet"):
        load_settings(tmp_path / "missing.toml")
