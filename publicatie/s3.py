"""S3-compatible object storage (MinIO in production) through the minio SDK.

One bucket holds two prefixes: `public/` (the public site: documents, metadata, sitemaps, pages)
and `private/` (originals and work files, never public). `ensure_bucket` creates the bucket and
sets a policy that allows anonymous `s3:GetObject` on the public prefix only. Each object is
stored with its content type and its sha256 as user metadata; a PUT replaces an object
atomically, so a reader sees the old or the new object, never half of one.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

from minio import Minio
from minio.error import S3Error

from publicatie.storage import ObjectNotFoundError, check_key
from woo.errors import ConfigError, TransientError

__all__ = [
    "PRIVATE_PREFIX",
    "PUBLIC_PREFIX",
    "S3Storage",
    "ensure_bucket",
    "make_client",
    "public_read_policy",
]

PUBLIC_PREFIX = "public/"
PRIVATE_PREFIX = "private/"
CHECKSUM_META = "sha256"
_PART_SIZE = 16 * 1024 * 1024
_MISSING = {"NoSuchKey", "NoSuchObject", "NotFound"}


def make_client(endpoint: str, *, access_key: str, secret_key: str, secure: bool) -> Minio:
    """A minio client for `endpoint` (host:port, or a URL whose scheme sets `secure`)."""
    if "://" in endpoint:
        parts = urlsplit(endpoint)
        endpoint, secure = parts.netloc, parts.scheme == "https"
    if not endpoint:
        raise ConfigError("storage.endpoint ontbreekt voor opslag 's3'")
    return Minio(endpoint, access_key=access_key, secret_key=secret_key, secure=secure)


def public_read_policy(bucket: str, prefix: str = PUBLIC_PREFIX) -> dict:
    """Bucket policy: anyone may read objects under `prefix`; nothing else is public."""
    return {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "WooPubliekLezen",
                "Effect": "Allow",
                "Principal": {"AWS": ["*"]},
                "Action": ["s3:GetObject"],
                "Resource": [f"arn:aws:s3:::{bucket}/{prefix}*"],
            }
        ],
    }


def ensure_bucket(client: Minio, bucket: str) -> None:
    """Create `bucket` if needed and (re)set its public-read policy for the public prefix."""
    try:
        if not client.bucket_exists(bucket):
            client.make_bucket(bucket)
        client.set_bucket_policy(bucket, json.dumps(public_read_policy(bucket)))
    except S3Error as exc:
        raise ConfigError(f"bucket {bucket} kon niet worden ingericht: {exc.code}") from exc


class S3Storage:
    """Storage under one prefix of one bucket; keys are checked like local keys."""

    def __init__(self, client: Minio, bucket: str, prefix: str):
        if prefix and not prefix.endswith("/"):
            raise ConfigError("S3-prefix moet op '/' eindigen")
        self.client = client
        self.bucket = bucket
        self.prefix = prefix

    def _name(self, key: str) -> str:
        return self.prefix + check_key(key)

    def put(self, key: str, data: bytes, content_type: str) -> str:
        digest = hashlib.sha256(data).hexdigest()
        self._call(
            key,
            self.client.put_object,
            self.bucket,
            self._name(key),
            io.BytesIO(data),
            len(data),
            content_type=content_type,
            metadata={CHECKSUM_META: digest},
        )
        return digest

    def put_file(self, key: str, path: Path, content_type: str) -> str:
        digest = hashlib.sha256()
        with Path(path).open("rb") as fh:
            while chunk := fh.read(1024 * 1024):
                digest.update(chunk)
        hexdigest = digest.hexdigest()
        self._call(
            key,
            self.client.fput_object,
            self.bucket,
            self._name(key),
            str(path),
            content_type=content_type,
            metadata={CHECKSUM_META: hexdigest},
            part_size=_PART_SIZE,
        )
        return hexdigest

    def get(self, key: str) -> bytes:
        name = self._name(key)
        try:
            response = self.client.get_object(self.bucket, name)
        except S3Error as exc:
            if exc.code in _MISSING:
                missing = ObjectNotFoundError("Object bestaat niet in de opslag.", document=key)
                raise missing from exc
            raise TransientError(f"S3 gaf een fout: {exc.code}", document=key) from exc
        try:
            return response.read()
        finally:
            response.close()
            response.release_conn()

    def stat(self, key: str) -> tuple[str, str] | None:
        """(content type, sha256) of the object, or None when it does not exist."""
        try:
            info = self.client.stat_object(self.bucket, self._name(key))
        except S3Error as exc:
            if exc.code in _MISSING:
                return None
            raise TransientError(f"S3 gaf een fout: {exc.code}", document=key) from exc
        meta = {k.lower(): v for k, v in (info.metadata or {}).items()}
        return info.content_type or "", meta.get(f"x-amz-meta-{CHECKSUM_META}", "")

    def exists(self, key: str) -> bool:
        return self.stat(key) is not None

    def delete(self, key: str) -> None:
        self._call(key, self.client.remove_object, self.bucket, self._name(key))

    def list(self, prefix: str = "") -> Iterator[str]:
        objects = self.client.list_objects(self.bucket, prefix=self.prefix + prefix, recursive=True)
        for obj in objects:
            name = obj.object_name or ""
            if not obj.is_dir and name.startswith(self.prefix):
                yield name[len(self.prefix) :]

    @staticmethod
    def _call(key: str, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
        try:
            return fn(*args, **kwargs)
        except S3Error as exc:
            raise TransientError(f"S3 gaf een fout: {exc.code}", document=key) from exc
