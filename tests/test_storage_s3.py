"""The storage contract on the local folder and on a real S3 server (moto, over HTTP)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from publicatie.s3 import PRIVATE_PREFIX, PUBLIC_PREFIX, S3Storage, ensure_bucket, make_client
from publicatie.storage import LocalStorage, ObjectNotFoundError, Storage, UnsafeKeyError
from tests.publishing import settings_for
from woo.context import open_storage
from woo.errors import ConfigError


def _client(endpoint: str):  # type: ignore[no-untyped-def]
    return make_client(endpoint, access_key="test", secret_key="test", secure=False)


@pytest.fixture(params=["local", "s3"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Storage:
    if request.param == "local":
        return LocalStorage(tmp_path / "site")
    client = _client(request.getfixturevalue("s3_endpoint"))
    bucket = f"woo-{tmp_path.name[-20:].lower().replace('_', '-')}"
    ensure_bucket(client, bucket)
    return S3Storage(client, bucket, PUBLIC_PREFIX)


def test_storage_satisfies_the_protocol(store):
    assert isinstance(store, Storage)


def test_put_get_returns_sha256_and_overwrites(store):
    assert store.put("a/b.pdf", b"oud", "application/pdf") == hashlib.sha256(b"oud").hexdigest()
    store.put("a/b.pdf", b"nieuw", "application/pdf")
    assert store.get("a/b.pdf") == b"nieuw"
    assert store.exists("a/b.pdf") and not store.exists("a/c.pdf")


def test_put_file_streams_a_file_and_returns_its_checksum(store, tmp_path):
    source = tmp_path / "groot.xml"
    data = b"<x>" + b"a" * 3_000_000 + b"</x>"
    source.write_bytes(data)
    assert store.put_file("sitemaps/s.xml", source, "application/xml") == (
        hashlib.sha256(data).hexdigest()
    )
    assert store.get("sitemaps/s.xml") == data


def test_missing_objects_and_idempotent_delete(store):
    store.put("x.pdf", b"x", "application/pdf")
    store.delete("x.pdf")
    store.delete("x.pdf")
    with pytest.raises(ObjectNotFoundError):
        store.get("x.pdf")


def test_list_is_limited_to_the_prefix(store):
    for key in ("documenten/b/2.pdf", "documenten/a/1.pdf", "robots.txt", "documentenx.pdf"):
        store.put(key, b"x", "application/octet-stream")
    assert list(store.list("documenten/")) == ["documenten/a/1.pdf", "documenten/b/2.pdf"]
    assert sorted(store.list("")) == sorted(
        ["documenten/a/1.pdf", "documenten/b/2.pdf", "documentenx.pdf", "robots.txt"]
    )


@pytest.mark.parametrize("key", ["../buiten.pdf", "/etc/passwd", "a//b", "a\x00b"])
def test_unsafe_keys_are_refused(store, key):
    with pytest.raises(UnsafeKeyError):
        store.put(key, b"x", "application/pdf")


def test_s3_objects_keep_content_type_and_checksum(s3_endpoint):
    client = _client(s3_endpoint)
    ensure_bucket(client, "woo-meta")
    store = S3Storage(client, "woo-meta", PUBLIC_PREFIX)
    digest = store.put("documenten/1/besluit.pdf", b"%PDF-1.7", "application/pdf")
    assert store.stat("documenten/1/besluit.pdf") == ("application/pdf", digest)


def test_bucket_policy_makes_only_the_public_prefix_readable(s3_endpoint):
    client = _client(s3_endpoint)
    ensure_bucket(client, "woo-policy")
    ensure_bucket(client, "woo-policy")  # idempotent
    policy = json.loads(client.get_bucket_policy("woo-policy"))
    (statement,) = policy["Statement"]
    assert statement["Effect"] == "Allow" and statement["Action"] == ["s3:GetObject"]
    assert statement["Resource"] == ["arn:aws:s3:::woo-policy/public/*"]


def test_private_objects_never_appear_under_the_public_prefix(s3_endpoint):
    client = _client(s3_endpoint)
    ensure_bucket(client, "woo-split")
    public = S3Storage(client, "woo-split", PUBLIC_PREFIX)
    private = S3Storage(client, "woo-split", PRIVATE_PREFIX)
    private.put("work/1/origineel.pdf", b"geheim", "application/pdf")
    public.put("documenten/1/besluit.pdf", b"openbaar", "application/pdf")
    assert list(public.list("")) == ["documenten/1/besluit.pdf"]
    assert not public.exists("work/1/origineel.pdf")


def test_settings_build_s3_storage_and_require_keys_from_the_environment(s3_endpoint, tmp_path):
    settings = settings_for("s3", tmp_path, s3_endpoint)
    public, private = open_storage(settings)
    assert (public.prefix, private.prefix) == (PUBLIC_PREFIX, PRIVATE_PREFIX)
    assert client_bucket_exists(public)
    without_keys = settings.model_copy(
        update={"storage": settings.storage.model_copy(update={"secret_key": None})}
    )
    with pytest.raises(ConfigError, match="WOO_STORAGE__SECRET_KEY"):
        open_storage(without_keys)


def client_bucket_exists(store: S3Storage) -> bool:
    return store.client.bucket_exists(store.bucket)
