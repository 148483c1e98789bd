"""S3-compatible object storage (MinIO in production) through the minio SDK.

One bucket holds two prefixes: `public/` (the public site: documents, metadata, sitemaps, pages)
and `private/` (originals and work files, never public). `ensure_bucket` creates the bucket and
sets a policy that allows anonymous `s3:GetObject` on the public prefix only. Each object is
stored with its content type and its sha256 as user metadata; a PUT replaces an object
atomically, so a reader sees the old or the new object, never half of one.

The HTTP client has bounded time-outs and retries (minio's own default waits five minutes per
attempt, six times): a dead or unreachable S3 endpoint makes each call fail within seconds with
a TransientError, so the nightly run finishes and the next run retries.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import certifi
import urllib3
from minio import Minio
from minio.error import S3Error
from urllib3.exceptions import HTTPError as Urllib3Error
from urllib3.util import Retry, Timeout

from publicatie.storage import ObjectNotFoundError, check_key
from woo.errors import ConfigError, TransientError

__all__ = [
    "CONNECT_TIMEOUT",
    "PRIVATE_PREFIX",
    "PUBLIC_PREFIX",
    "READ_TIMEOUT",
    "RETRIES",
    "S3Storage",
    "ensure_bucket",
    "http_client",
    "make_client",
    "public_read_policy",
]

PUBLIC_PREFIX = "public/"
PRIVATE_PREFIX = "private/"
CHECKSUM_META = "sha256"
_PART_SIZE = 16 * 1024 * 1024
_MISSING = {"NoSuchKey", "NoSuchObject", "NotFound"}
CONNECT_TIMEOUT = 10.0  # seconds to set up a connection
READ_TIMEOUT = 60.0  # seconds without a byte from the server
RETRIES = 3  # attempts after the first, per call (connection errors and 5xx)
BACKOFF = 0.5  # seconds before the second retry; doubles each time (urllib3)


def http_client(
    *,
    connect_timeout: float = CONNECT_TIMEOUT,
    read_timeout: float = READ_TIMEOUT,
    retries: int = RETRIES,
    backoff: float = BACKOFF,
) -> urllib3.PoolManager:
    """The connection pool of a minio client: minio's own settings, with bounded waits."""
    return urllib3.PoolManager(
        timeout=Timeout(connect=connect_timeout, read=read_timeout),
        maxsize=10,
        cert_reqs="CERT_REQUIRED",
        ca_certs=os.environ.get("SSL_CERT_FILE") or certifi.where(),
        retries=Retry(total=retries, backoff_factor=backoff, status_forcelist=[500, 502, 503, 504]),
    )


def make_client(
    endpoint: str,
    *,
    access_key: str,
    secret_key: str,
    secure: bool,
    http: urllib3.PoolManager | None = None,
) -> Minio:
    """A minio client for `endpoint` (host:port, or a URL whose scheme sets `secure`)."""
    if "://" in endpoint:
        parts = urlsplit(endpoint)
        endpoint, secure = parts.netloc, parts.scheme == "https"
    if not endpoint:
        raise ConfigError("storage.endpoint ontbreekt voor opslag 's3'")
    return Minio(
        endpoint,
        access_key=access_key,
        secret_key=secret_key,
        secure=secure,
        http_client=http or http_client(),
    )


def _unreachable(exc: Urllib3Error, key: str) -> TransientError:
    return TransientError(f"S3 is onbereikbaar ({type(exc).__name__})", document=key)


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
    except Urllib3Error as exc:
        raise _unreachable(exc, "") from exc


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
        except Urllib3Error as exc:
            raise _unreachable(exc, key) from exc
        try:
            return response.read()
        except Urllib3Error as exc:
            raise _unreachable(exc, key) from exc
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
        except Urllib3Error as exc:
            raise _unreachable(exc, key) from exc
        meta = {k.lower(): v for k, v in (info.metadata or {}).items()}
        return info.content_type or "", meta.get(f"x-amz-meta-{CHECKSUM_META}", "")

    def exists(self, key: str) -> bool:
        return self.stat(key) is not None

    def delete(self, key: str) -> None:
        self._call(key, self.client.remove_object, self.bucket, self._name(key))

    def list(self, prefix: str = "") -> Iterator[str]:
        objects = self.client.list_objects(self.bucket, prefix=self.prefix + prefix, recursive=True)
        try:
            for obj in objects:
                name = obj.object_name or ""
                if not obj.is_dir and name.startswith(self.prefix):
                    yield name[len(self.prefix) :]
        except Urllib3Error as exc:
            raise _unreachable(exc, prefix) from exc

    @staticmethod
    def _call(key: str, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
        try:
            return fn(*args, **kwargs)
        except S3Error as exc:
            raise TransientError(f"S3 gaf een fout: {exc.code}", document=key) from exc
        except Urllib3Error as exc:
            raise _unreachable(exc, key) from exc
