"""Settings: `woo.toml` plus `WOO_*` environment variables (secrets only from the environment).

Precedence, highest first: explicit overrides (command-line flags), environment variables,
the TOML file, the defaults below. Nested values use `__` in the environment, for example
`WOO_THRESHOLDS__CLASSIFICATION=0.8`.
"""

from __future__ import annotations

import tomllib
from contextvars import ContextVar
from datetime import date
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from woo.errors import ConfigError

DEFAULT_CONFIG_PATH = Path("woo.toml")
DEFAULT_ORGANISATION_URI = "https://identifier.overheid.nl/tooi/id/gemeente/gm1926"
DEFAULT_ORGANISATION_NAME = "gemeente Pijnacker-Nootdorp"


class Organisation(BaseModel):
    uri: str = DEFAULT_ORGANISATION_URI
    naam: str = DEFAULT_ORGANISATION_NAME

    @field_validator("uri")
    @classmethod
    def _tooi_uri(cls, value: str) -> str:
        if not value.startswith("https://identifier.overheid.nl/tooi/id/"):
            raise ValueError("moet een TOOI-URI zijn (https://identifier.overheid.nl/tooi/id/...)")
        return value


class SourceConfig(BaseModel):
    """One configured source system. `kind` picks the connector from the registry."""

    name: str
    kind: str = "folder"
    options: dict[str, Any] = Field(default_factory=dict)


class CategoryMappingRule(BaseModel):
    """Source metadata field == value -> information category (by infocat code or TOOI URI)."""

    field: str
    value: str
    category: str


class StorageConfig(BaseModel):
    kind: Literal["local", "s3"] = "local"
    public_dir: Path | None = None
    private_dir: Path | None = None
    endpoint: str | None = None
    bucket: str = "woo"
    secure: bool = True
    access_key: SecretStr | None = None
    secret_key: SecretStr | None = None


class Thresholds(BaseModel):
    classification: float = Field(0.70, ge=0.0, le=1.0)
    margin: float = Field(0.15, ge=0.0, le=1.0)


class ClassificationConfig(BaseModel):
    """Which text model classifies: the shipped one, or one trained with the organisation's own
    labelled documents (`woo classifier train` writes it and says what to put here)."""

    model: Path | None = None


class RedactionConfig(BaseModel):
    office_holders: list[str] = Field(default_factory=list)
    public_officials: list[str] = Field(default_factory=list)
    redact_civil_servants: bool = True
    keep_numbers: list[str] = Field(default_factory=list)  # public numbers of the organisation
    keep_emails: list[str] = Field(default_factory=list)  # public addresses of the organisation
    use_model: bool = True  # deduce for names, next to the rule cues


class RunConfig(BaseModel):
    batch_size: int = Field(100, ge=1, le=5000)
    # Split the nightly run into this many child flow runs (0 = no fan-out).
    partitions: int = Field(0, ge=0, le=1000)


class AlertConfig(BaseModel):
    """When a run deserves a person's attention, and where to say so (a webhook URL)."""

    webhook_url: str | None = None
    on_zero_result: bool = True
    max_failure_ratio: float = Field(0.2, ge=0.0, le=1.0)


class ReviewConfig(BaseModel):
    """The review page (beoordelingswachtrij)."""

    # Four eyes: a document with redactions or special personal data needs a second reviewer.
    four_eyes: bool = False
    # Every document in which lakken redacted something waits for a person before publication.
    # On by default (fail closed): on blind test sets the detectors still miss 5 to 15 in a
    # hundred identifiers (publicatie/evaluation/README.md), and what they miss the verification
    # gate cannot see either. Off: a verified redaction may be published without a person.
    redacted_needs_review: bool = True


class Settings(BaseSettings):
    """Everything configurable. Build it with `load_settings()`."""

    model_config = SettingsConfigDict(
        env_prefix="WOO_", env_nested_delimiter="__", extra="forbid", validate_default=True
    )

    organisatie: Organisation = Organisation()
    data_dir: Path = Path("data")
    database_url: str | None = None
    public_base_url: str = "http://localhost:8000"
    storage: StorageConfig = StorageConfig()
    sources: list[SourceConfig] = Field(default_factory=list)
    category_mapping: list[CategoryMappingRule] = Field(default_factory=list)
    thresholds: Thresholds = Thresholds()
    classification: ClassificationConfig = ClassificationConfig()
    redaction: RedactionConfig = RedactionConfig()
    run: RunConfig = RunConfig()
    alerts: AlertConfig = AlertConfig()
    review: ReviewConfig = ReviewConfig()
    # From when active publication of a category is mandatory for this organisation
    # (infocatNNN -> date, or none). Defaults: the register (woo_categorieen/data).
    verplicht_vanaf: dict[str, date | None] = Field(default_factory=dict)

    @field_validator("verplicht_vanaf")
    @classmethod
    def _known_categories(cls, value: dict[str, date | None]) -> dict[str, date | None]:
        from woo_categorieen import by_code

        unknown = sorted(code for code in value if by_code(code) is None)
        if unknown:
            raise ValueError(f"onbekende informatiecategorie(ën): {', '.join(unknown)}")
        return value

    @field_validator("public_base_url")
    @classmethod
    def _absolute_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("moet een absolute URL zijn (http:// of https://)")
        return value.rstrip("/")

    # -- derived values -------------------------------------------------------------------
    @property
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'ledger.sqlite3').resolve()}"

    @property
    def public_dir(self) -> Path:
        return (self.storage.public_dir or self.data_dir / "site").resolve()

    @property
    def private_dir(self) -> Path:
        return (self.storage.private_dir or self.data_dir / "private").resolve()

    @property
    def prefect_home(self) -> Path:
        return (self.data_dir / "prefect").resolve()

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # Overrides (init) win over the environment, which wins over the TOML file.
        toml_path = _CONFIG_PATH.get()
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        if toml_path is not None:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=toml_path))
        return tuple(sources)


_CONFIG_PATH: ContextVar[Path | None] = ContextVar("woo_config_path", default=None)

SECRET_FIELDS = ("storage.access_key", "storage.secret_key")


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: geen geldige TOML: {exc}") from exc


def load_settings(config_path: Path | None = None, **overrides: Any) -> Settings:
    """Read `woo.toml` (if present), the `WOO_*` environment and overrides into one Settings.

    A missing default file is fine (embedded defaults); a file asked for by name must exist.
    Secrets found in the TOML file are refused: they belong in the environment.
    """
    explicit = config_path is not None
    path = Path(config_path) if explicit else DEFAULT_CONFIG_PATH
    if not path.exists():
        if explicit and path != DEFAULT_CONFIG_PATH:
            raise ConfigError(f"configuratiebestand {path} bestaat niet")
        path = None
    else:
        storage = _read_toml(path).get("storage", {})
        for secret in ("access_key", "secret_key"):
            if secret in storage:
                raise ConfigError(
                    f"{path}: storage.{secret} hoort niet in het bestand; "
                    f"zet WOO_STORAGE__{secret.upper()} in de omgeving"
                )
    token = _CONFIG_PATH.set(path)
    try:
        return Settings(**{k: v for k, v in overrides.items() if v is not None})
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
        where = path or "WOO_*-omgeving"
        raise ConfigError(f"ongeldige instelling ({where}): {problems}") from exc
    finally:
        _CONFIG_PATH.reset(token)


def masked(settings: Settings) -> dict[str, Any]:
    """Settings as a dict with every secret replaced by '***' (for `woo config show`, logs)."""
    data = settings.model_dump(mode="json")
    for dotted in SECRET_FIELDS:
        section, key = dotted.split(".")
        if data.get(section, {}).get(key):
            data[section][key] = "***"
    if isinstance(data.get("database_url"), str):
        data["database_url"] = mask_url(data["database_url"])
    return data


def mask_url(url: str) -> str:
    """The URL with its password (if any) replaced by '***'."""
    scheme, sep, rest = url.partition("://")
    userinfo, at, host = rest.rpartition("@")
    if not sep or not at or ":" not in userinfo:
        return url
    return f"{scheme}://{userinfo.split(':', 1)[0]}:***@{host}"
