"""What every stage needs: settings, the ledger, and the public and private storage."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import PurePosixPath

from ledger.db import Ledger, open_ledger
from ledger.models import Document
from publicatie.storage import LocalStorage, Storage
from woo.errors import ConfigError
from woo.settings import Settings

SYSTEM_ACTOR = "pijplijn"


@dataclass
class RunContext:
    settings: Settings
    ledger: Ledger
    public: Storage
    private: Storage
    actor: str = SYSTEM_ACTOR

    def close(self) -> None:
        self.ledger.dispose()


def open_context(settings: Settings, *, actor: str = SYSTEM_ACTOR) -> RunContext:
    """Open (and migrate) the ledger and the storage that `settings` describe."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    public, private = open_storage(settings)
    return RunContext(
        settings=settings,
        ledger=open_ledger(settings.resolved_database_url),
        public=public,
        private=private,
        actor=actor,
    )


def open_storage(settings: Settings) -> tuple[Storage, Storage]:
    """The public and private storage: local folders, or two prefixes of one S3 bucket."""
    if settings.storage.kind == "local":
        return LocalStorage(settings.public_dir), LocalStorage(settings.private_dir)
    from publicatie.s3 import PRIVATE_PREFIX, PUBLIC_PREFIX, S3Storage, ensure_bucket, make_client

    config = settings.storage
    if not (config.endpoint and config.access_key and config.secret_key):
        raise ConfigError(
            "opslag 's3' vraagt storage.endpoint en de omgevingsvariabelen "
            "WOO_STORAGE__ACCESS_KEY en WOO_STORAGE__SECRET_KEY"
        )
    client = make_client(
        config.endpoint,
        access_key=config.access_key.get_secret_value(),
        secret_key=config.secret_key.get_secret_value(),
        secure=config.secure,
    )
    ensure_bucket(client, config.bucket)
    return (
        S3Storage(client, config.bucket, PUBLIC_PREFIX),
        S3Storage(client, config.bucket, PRIVATE_PREFIX),
    )


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_file_name(name: str, *, default: str = "document") -> str:
    """A file name that is safe in a URL and on every file system (no path, no odd characters)."""
    base = PurePosixPath(name.replace("\\", "/")).name
    cleaned = _UNSAFE.sub("-", base).strip(".-")[:120]
    return cleaned or default


def work_key(document: Document, name: str) -> str:
    """Private storage key for a work file of the document's current version."""
    return f"work/{document.public_id}/v{document.version}/{name}"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
