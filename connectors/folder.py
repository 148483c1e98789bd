"""The folder connector: a directory of document files with optional sidecar metadata.

Each document `besluit.pdf` may have a sidecar `besluit.pdf.meta.json` holding a JSON object with
source metadata (titel, documentsoort, informatieobjecttype, ...). The cursor remembers one
fingerprint (mtime and size of the document and its sidecar) per relative path.

Options: `path` (required), `max_bytes` (default 200 MB), `page_size` (default 200) and
`exclude` (glob patterns on the relative path, e.g. ["planted.json", "*.tmp"]).
"""

from __future__ import annotations

import fnmatch
import json
import os
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any

from connectors.base import Cursor, register_connector
from schemas.records import DocumentRef, FetchedDocument
from woo.errors import ConfigError, DocumentError, TransientError
from woo.settings import SourceConfig

SIDECAR_SUFFIX = ".meta.json"
DEFAULT_MAX_BYTES = 200 * 1024 * 1024
PAGE_SIZE = 200

MEDIA_TYPES: dict[str, str] = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".doc": "application/msword",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".rtf": "application/rtf",
    ".txt": "text/plain",
    ".html": "text/html",
    ".htm": "text/html",
    ".xml": "application/xml",
    ".csv": "text/csv",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".xls": "application/vnd.ms-excel",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".odp": "application/vnd.oasis.opendocument.presentation",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
    ".eml": "message/rfc822",
    ".msg": "application/vnd.ms-outlook",
    ".zip": "application/zip",
}
DEFAULT_MEDIA_TYPE = "application/octet-stream"


def media_type_for(file_name: str) -> str:
    """The media type for a file name, by extension (case-insensitive)."""
    return MEDIA_TYPES.get(PurePosixPath(file_name).suffix.lower(), DEFAULT_MEDIA_TYPE)


def _stamp(stat: os.stat_result) -> str:
    return f"{stat.st_mtime_ns}:{stat.st_size}"


@register_connector("folder")
class FolderConnector:
    """Harvests a local (or mounted) folder, recursively, never following links out of it."""

    def __init__(self, config: SourceConfig) -> None:
        self.name = config.name
        raw_path = config.options.get("path")
        if not raw_path:
            raise ConfigError("optie 'path' ontbreekt voor een map-bron", source=self.name)
        path = Path(raw_path).expanduser()
        if not path.is_dir():
            raise ConfigError(f"map {path} bestaat niet of is geen map", source=self.name)
        self.root = path.resolve()
        self.max_bytes = self._positive_int(config.options, "max_bytes", DEFAULT_MAX_BYTES)
        self.page_size = self._positive_int(config.options, "page_size", PAGE_SIZE)
        exclude = config.options.get("exclude", [])
        if not isinstance(exclude, list) or not all(isinstance(item, str) for item in exclude):
            raise ConfigError("optie 'exclude' moet een lijst van patronen zijn", source=self.name)
        self.exclude: list[str] = exclude

    def _positive_int(self, options: dict[str, Any], key: str, default: int) -> int:
        value = options.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise ConfigError(
                f"optie '{key}' moet een positief geheel getal zijn", source=self.name
            )
        return value

    # -- listing ------------------------------------------------------------------------
    def _inside(self, path: Path) -> bool:
        """True when `path`, with every link resolved, lies inside the root folder."""
        try:
            path.resolve(strict=True).relative_to(self.root)
        except (OSError, ValueError):
            return False
        return True

    def _walk(self) -> Iterator[tuple[str, Path]]:
        """(source_id, path) for every document file, in no particular order."""
        seen_dirs: set[Path] = {self.root}
        stack: list[tuple[Path, PurePosixPath]] = [(self.root, PurePosixPath())]
        while stack:
            directory, relative = stack.pop()
            try:
                entries = sorted(os.scandir(directory), key=lambda entry: entry.name)
            except OSError:
                continue
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                path = Path(entry.path)
                if entry.is_symlink() and not self._inside(path):
                    continue
                if entry.is_dir():
                    real = path.resolve()
                    if real not in seen_dirs:  # a link back up must not loop
                        seen_dirs.add(real)
                        stack.append((path, relative / entry.name))
                elif entry.is_file() and not entry.name.endswith(SIDECAR_SUFFIX):
                    source_id = (relative / entry.name).as_posix()
                    if not self._excluded(source_id):
                        yield source_id, path

    def _excluded(self, source_id: str) -> bool:
        """True when `source_id` matches one of the `exclude` glob patterns (e.g. '*.json')."""
        return any(fnmatch.fnmatchcase(source_id, pattern) for pattern in self.exclude)

    def _sidecar(self, path: Path) -> Path | None:
        sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
        if not sidecar.exists() and not sidecar.is_symlink():
            return None
        return sidecar

    def _fingerprint(self, path: Path) -> str:
        """mtime_ns:size of the document, plus `+mtime_ns:size` of its sidecar when present."""
        fingerprint = _stamp(path.stat())
        sidecar = self._sidecar(path)
        if sidecar is not None:
            # A sidecar link out of the folder is never followed; fetch refuses it.
            stat = sidecar.stat() if self._inside(sidecar) else sidecar.lstat()
            fingerprint += "+" + _stamp(stat)
        return fingerprint

    def _current(self) -> dict[str, str]:
        current: dict[str, str] = {}
        for source_id, path in self._walk():
            try:
                current[source_id] = self._fingerprint(path)
            except OSError:
                continue  # vanished after listing: it shows up as deleted next run
        return current

    def list_changes(self, cursor: Cursor | None) -> Iterator[list[DocumentRef]]:
        """Pages of new/changed refs (sorted by source_id), then refs for deleted documents."""
        known = self._fingerprints(cursor)
        current = self._current()
        refs = [
            DocumentRef(source_id=source_id, fingerprint=fingerprint)
            for source_id, fingerprint in sorted(current.items())
            if known.get(source_id) != fingerprint
        ]
        refs += [
            DocumentRef(source_id=source_id, fingerprint="", deleted=True)
            for source_id in sorted(set(known) - set(current))
        ]
        for start in range(0, len(refs), self.page_size):
            yield refs[start : start + self.page_size]

    def _fingerprints(self, cursor: Cursor | None) -> dict[str, str]:
        if cursor is None:
            return {}
        fingerprints = cursor.get("fingerprints", {}) if isinstance(cursor, dict) else None
        if not isinstance(fingerprints, dict):
            raise ConfigError(
                "ongeldige cursor: 'fingerprints' moet een object zijn", source=self.name
            )
        return {str(key): str(value) for key, value in fingerprints.items()}

    # -- fetching -----------------------------------------------------------------------
    def _resolve(self, source_id: str) -> Path:
        """The path for a source_id, refusing anything our listing would never produce."""
        relative = PurePosixPath(source_id)
        if (
            not source_id
            or relative.is_absolute()
            or any(part in ("", ".", "..") or part.startswith(".") for part in relative.parts)
            or relative.name.endswith(SIDECAR_SUFFIX)
            or self._excluded(source_id)
        ):
            raise DocumentError(
                "ongeldig document-id voor een map-bron", document=source_id, source=self.name
            )
        path = self.root.joinpath(*relative.parts)
        if not path.exists():
            raise DocumentError("bestand bestaat niet meer", document=source_id, source=self.name)
        if not self._inside(path) or not path.is_file():
            raise DocumentError(
                "bestand ligt buiten de bronmap of is geen gewoon bestand",
                document=source_id,
                source=self.name,
            )
        return path

    def fetch(self, ref: DocumentRef) -> FetchedDocument:
        """Read one document and its sidecar. Raises DocumentError naming the document."""
        source_id = ref.source_id
        path = self._resolve(source_id)
        try:
            before = self._fingerprint(path)
            size = path.stat().st_size
            if size > self.max_bytes:
                raise DocumentError(
                    f"bestand is te groot ({size} bytes; maximum {self.max_bytes})",
                    document=source_id,
                    source=self.name,
                )
            content = path.read_bytes()
            metadata = self._read_sidecar(path, source_id)
            after = self._fingerprint(path)
        except FileNotFoundError as exc:
            raise DocumentError(
                "bestand bestaat niet meer", document=source_id, source=self.name
            ) from exc
        except OSError as exc:
            raise DocumentError(
                f"bestand kan niet worden gelezen: {exc.strerror or exc}",
                document=source_id,
                source=self.name,
            ) from exc
        if before != after or len(content) != size:
            raise TransientError(
                "bestand veranderde tijdens het lezen; volgende keer opnieuw",
                document=source_id,
                source=self.name,
            )
        return FetchedDocument(
            source=self.name,
            source_id=source_id,
            fingerprint=after,
            file_name=path.name,
            media_type=media_type_for(path.name),
            content=content,
            metadata=metadata,
        )

    def _read_sidecar(self, path: Path, source_id: str) -> dict[str, Any]:
        sidecar = self._sidecar(path)
        if sidecar is None:
            return {}
        if not self._inside(sidecar) or not sidecar.is_file():
            raise DocumentError(
                f"metadatabestand {sidecar.name} ligt buiten de bronmap of is geen gewoon bestand",
                document=source_id,
                source=self.name,
            )
        try:
            data = json.loads(sidecar.read_bytes().decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
            detail = "te diep genest" if isinstance(exc, RecursionError) else str(exc)
            raise DocumentError(
                f"metadatabestand {sidecar.name} is geen geldige JSON: {detail}",
                document=source_id,
                source=self.name,
            ) from exc
        if not isinstance(data, dict):
            raise DocumentError(
                f"metadatabestand {sidecar.name} is geen geldige JSON: verwacht een object, "
                f"kreeg {type(data).__name__}",
                document=source_id,
                source=self.name,
            )
        return data

    # -- cursor and health --------------------------------------------------------------
    def next_cursor(self, cursor: Cursor | None, done: list[DocumentRef]) -> Cursor:
        """The old fingerprints updated with `done`; failed refs are absent, so retried."""
        fingerprints = dict(self._fingerprints(cursor))
        for ref in done:
            if ref.deleted:
                fingerprints.pop(ref.source_id, None)
            else:
                fingerprints[ref.source_id] = ref.fingerprint
        return {"fingerprints": fingerprints}

    def check(self) -> str:
        """A Dutch status line, e.g. 'map /x/y: 34 documenten'."""
        if not self.root.is_dir():
            raise ConfigError(f"map {self.root} is niet (meer) bereikbaar", source=self.name)
        try:
            count = sum(1 for _ in self._walk())
        except OSError as exc:
            raise ConfigError(
                f"map {self.root} kan niet worden gelezen: {exc}", source=self.name
            ) from exc
        return f"map {self.root}: {count} documenten"
