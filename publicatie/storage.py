"""Object storage for published files: a small interface and a local-folder implementation.

Keys are relative POSIX paths ("2025/abc123/besluit.pdf"). Anything that could escape the storage
root (absolute paths, "..", backslashes, control characters) is refused before touching disk.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import unicodedata
import uuid
from collections.abc import Iterator
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Protocol, runtime_checkable
from urllib.parse import quote

from woo.errors import DocumentError

__all__ = [
    "LocalStorage",
    "ObjectNotFoundError",
    "Storage",
    "UnsafeKeyError",
    "check_key",
    "content_type_for",
    "public_url",
]

_TEMP_PREFIX = ".tmp-"
_CHUNK = 1024 * 1024
CONTENT_TYPES = {
    ".pdf": "application/pdf",
    ".xml": "application/xml",
    ".html": "text/html; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".json": "application/json",
}


def content_type_for(key: str) -> str:
    """The media type to store a public object with, from its key's extension."""
    suffix = PurePosixPath(key).suffix.lower()
    return CONTENT_TYPES.get(suffix, "application/octet-stream")


class UnsafeKeyError(DocumentError, ValueError):
    """A storage key that is not a safe relative path."""


class ObjectNotFoundError(DocumentError):
    """No object is stored under the key."""


@runtime_checkable
class Storage(Protocol):
    """Where published files live; keys are relative POSIX paths."""

    def put(self, key: str, data: bytes, content_type: str) -> str:
        """Store `data` under `key` atomically (replacing any old object); return its sha256."""
        ...

    def put_file(self, key: str, path: Path, content_type: str) -> str:
        """Like `put`, streaming a local file (large sitemaps); return its sha256.

        The file may be moved into place instead of copied: callers pass a staging file.
        """
        ...

    def get(self, key: str) -> bytes: ...

    def exists(self, key: str) -> bool: ...

    def delete(self, key: str) -> None:
        """Remove the object; deleting a missing key is not an error."""
        ...

    def list(self, prefix: str = "") -> Iterator[str]:
        """Keys starting with `prefix`, lazily, in a stable order."""
        ...


def check_key(key: str) -> str:
    """Return `key` when it is a safe relative POSIX path, else raise UnsafeKeyError."""
    if not isinstance(key, str) or not key:
        raise UnsafeKeyError("Opslagsleutel mag niet leeg zijn.", document=str(key))
    if any(unicodedata.category(char) in ("Cc", "Cf", "Cs") for char in key):
        raise UnsafeKeyError("Opslagsleutel bevat stuur- of opmaaktekens.", document=repr(key))
    if "\\" in key:
        raise UnsafeKeyError("Opslagsleutel mag geen backslash bevatten.", document=key)
    if PurePosixPath(key).is_absolute() or PureWindowsPath(key).drive:
        raise UnsafeKeyError("Opslagsleutel moet een relatief pad zijn.", document=key)
    for segment in key.split("/"):
        if segment in ("", ".", ".."):
            raise UnsafeKeyError(
                "Opslagsleutel bevat een leeg deel, '.' of '..' en kan buiten de opslag wijzen.",
                document=key,
            )
        if segment.startswith(_TEMP_PREFIX):
            raise UnsafeKeyError(
                f"Opslagsleutel mag geen deel hebben dat begint met {_TEMP_PREFIX!r}.", document=key
            )
    return key


def public_url(base_url: str, key: str) -> str:
    """The public URL of `key` under `base_url`, each path segment percent-encoded."""
    segments = check_key(key).split("/")
    return base_url.rstrip("/") + "/" + "/".join(quote(s, safe="") for s in segments)


def _may_hold(folder: str, prefix: str) -> bool:
    return prefix.startswith(folder + "/") or (folder + "/").startswith(prefix)


class LocalStorage:
    """Storage in a local folder; writes go to a temp file in the same folder, then os.replace."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self._resolved_root = self.root.resolve()

    def _path(self, key: str) -> Path:
        path = self.root.joinpath(*check_key(key).split("/"))
        # A symlink inside the root could still point outside it.
        if not path.resolve().is_relative_to(self._resolved_root):
            raise UnsafeKeyError("Opslagsleutel wijst buiten de opslagmap.", document=key)
        return path

    def put(self, key: str, data: bytes, content_type: str) -> str:
        # content_type is kept by object stores; a local folder has nowhere to put it.
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_name(f"{_TEMP_PREFIX}{uuid.uuid4().hex}-{path.name}")
        try:
            with temp.open("xb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(temp, path)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        return hashlib.sha256(data).hexdigest()

    def put_file(self, key: str, path: Path, content_type: str) -> str:
        target = self._path(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        with Path(path).open("rb") as src:
            while chunk := src.read(_CHUNK):
                digest.update(chunk)
        if Path(path).resolve().is_relative_to(self._resolved_root):
            os.replace(path, target)  # a staging file inside the root: the file is moved
            return digest.hexdigest()
        temp = target.with_name(f"{_TEMP_PREFIX}{uuid.uuid4().hex}-{target.name}")
        try:
            with Path(path).open("rb") as src, temp.open("xb") as fh:
                shutil.copyfileobj(src, fh, _CHUNK)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(temp, target)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        return digest.hexdigest()

    def get(self, key: str) -> bytes:
        path = self._path(key)
        try:
            return path.read_bytes()
        except (FileNotFoundError, IsADirectoryError) as exc:
            raise ObjectNotFoundError("Object bestaat niet in de opslag.", document=key) from exc

    def exists(self, key: str) -> bool:
        return self._path(key).is_file()

    def delete(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)

    def list(self, prefix: str = "") -> Iterator[str]:
        start = self.root
        if "/" in prefix:
            start = self._path(prefix.rsplit("/", 1)[0])
        for dirpath, dirnames, filenames in os.walk(start):
            rel = Path(dirpath).relative_to(self.root).as_posix()
            # Skip staging folders and folders that cannot hold a key with this prefix.
            dirnames[:] = sorted(
                name
                for name in dirnames
                if not name.startswith(_TEMP_PREFIX)
                and _may_hold(name if rel == "." else f"{rel}/{name}", prefix)
            )
            for name in sorted(filenames):
                if name.startswith(_TEMP_PREFIX):
                    continue
                key = name if rel == "." else f"{rel}/{name}"
                if key.startswith(prefix):
                    yield key
