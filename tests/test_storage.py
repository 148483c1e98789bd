"""Local object storage: round trip, atomic writes, safe keys, public URLs."""

from __future__ import annotations

import hashlib
import os

import pytest

from publicatie import storage
from publicatie.storage import (
    LocalStorage,
    ObjectNotFoundError,
    Storage,
    UnsafeKeyError,
    public_url,
)
from woo.errors import DocumentError


@pytest.fixture
def store(tmp_path) -> LocalStorage:
    return LocalStorage(tmp_path / "root")


def test_local_storage_satisfies_the_protocol(store):
    assert isinstance(store, Storage)


def test_put_get_round_trip_returns_sha256(store):
    data = b"%PDF-1.7 besluit"
    digest = store.put("2025/abc/besluit.pdf", data, "application/pdf")
    assert digest == hashlib.sha256(data).hexdigest()
    assert store.get("2025/abc/besluit.pdf") == data
    assert store.exists("2025/abc/besluit.pdf")
    assert not store.exists("2025/abc/ander.pdf")


def test_delete_is_idempotent_and_get_of_missing_key_fails(store):
    store.put("a.pdf", b"x", "application/pdf")
    store.delete("a.pdf")
    store.delete("a.pdf")
    assert not store.exists("a.pdf")
    with pytest.raises(ObjectNotFoundError):
        store.get("a.pdf")


def test_list_yields_keys_under_prefix(store):
    for key in ("2025/a.pdf", "2025/b/c.pdf", "2024/d.pdf", "2025x.pdf"):
        store.put(key, b"x", "application/pdf")
    assert sorted(store.list("2025/")) == ["2025/a.pdf", "2025/b/c.pdf"]
    assert sorted(store.list("")) == ["2024/d.pdf", "2025/a.pdf", "2025/b/c.pdf", "2025x.pdf"]
    assert list(store.list("2025/b/")) == ["2025/b/c.pdf"]


def test_overwrite_replaces_the_object(store):
    store.put("doc.pdf", b"oud", "application/pdf")
    store.put("doc.pdf", b"nieuw", "application/pdf")
    assert store.get("doc.pdf") == b"nieuw"


def test_failed_overwrite_leaves_old_object_and_no_temp_files(store, monkeypatch):
    store.put("map/doc.pdf", b"oud", "application/pdf")

    def crash(src, dst):
        raise OSError("schijf vol")

    monkeypatch.setattr(storage.os, "replace", crash)
    with pytest.raises(OSError):
        store.put("map/doc.pdf", b"nieuw", "application/pdf")
    monkeypatch.undo()
    assert store.get("map/doc.pdf") == b"oud"
    assert os.listdir(store.root / "map") == ["doc.pdf"]


def test_temp_files_of_an_interrupted_write_are_not_listed(store):
    store.put("map/doc.pdf", b"x", "application/pdf")
    (store.root / "map" / ".tmp-123-doc.pdf").write_bytes(b"half")
    assert list(store.list("")) == ["map/doc.pdf"]


@pytest.mark.parametrize(
    "key",
    [
        "",
        "../buiten.pdf",
        "a/../../buiten.pdf",
        "a/..",
        "./a.pdf",
        "/etc/passwd",
        "a\\..\\b.pdf",
        "a\x00b.pdf",
        "a\nb.pdf",
        "a//b.pdf",
        "map/",
        "C:/Windows/x.pdf",
        ".tmp-abc",
    ],
)
def test_unsafe_keys_are_refused(store, tmp_path, key):
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(UnsafeKeyError) as info:
        store.put(key, b"x", "application/pdf")
    assert isinstance(info.value, DocumentError) and isinstance(info.value, ValueError)
    for call in (store.get, store.exists, store.delete):
        with pytest.raises(UnsafeKeyError):
            call(key)
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert list(store.list("")) == []


def test_symlink_out_of_the_root_is_refused(store, tmp_path):
    outside = tmp_path / "elders"
    outside.mkdir()
    (store.root / "link").symlink_to(outside, target_is_directory=True)
    with pytest.raises(UnsafeKeyError):
        store.put("link/x.pdf", b"x", "application/pdf")
    assert list(outside.iterdir()) == []


def test_public_url_quotes_each_segment():
    url = public_url("https://woo.example.nl/bestanden/", "2025/mijn besluit#1?.pdf")
    assert url == "https://woo.example.nl/bestanden/2025/mijn%20besluit%231%3F.pdf"
    assert public_url("https://woo.example.nl", "a/é.pdf") == "https://woo.example.nl/a/%C3%A9.pdf"
    with pytest.raises(UnsafeKeyError):
        public_url("https://woo.example.nl", "../x")
