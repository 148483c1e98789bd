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
    if settings.storage.kind != "local":
        raise ConfigError(
            f"opslag '{settings.storage.kind}' wordt in deze versie nog niet ondersteund; "
            "gebruik storage.kind = 'local'"
        )
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    return RunContext(
        settings=settings,
        ledger=open_ledger(settings.resolved_database_url),
        public=LocalStorage(settings.public_dir),
        private=LocalStorage(settings.private_dir),
        actor=actor,
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
