"""Writing one stable shard and one index at a time (the incremental path)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from publicatie import xsd
from publicatie.sitemaps import (
    SitemapEntry,
    url_fragment,
    write_index,
    write_robots,
    write_shard,
)
from publicatie.storage import LocalStorage
from tests.test_sitemaps import BASE, model
from woo.errors import DocumentError

WHEN = datetime(2025, 3, 1, 10, tzinfo=UTC)


def fragments(n: int, start: int = 0) -> list[tuple[bytes, datetime]]:
    out = []
    for i in range(start, start + n):
        entry = SitemapEntry.from_diwoo(f"{BASE}/documenten/{i}/d.pdf", WHEN, model("infocat014"))
        out.append((url_fragment(entry, base_url=BASE)[1], WHEN))
    return out


def test_a_shard_written_from_fragments_validates(tmp_path):
    store = LocalStorage(tmp_path)
    info = write_shard(store, "infocat014", 7, fragments(3))
    assert (info.key, info.count, info.lastmod) == (
        "sitemaps/sitemap-infocat014-00007.xml",
        3,
        WHEN,
    )
    xsd.validate_sitemap(store.get(info.key))
    assert list(tmp_path.glob(".tmp-*")) == []


def test_an_empty_shard_is_removed_not_written(tmp_path):
    store = LocalStorage(tmp_path)
    write_shard(store, "infocat014", 1, fragments(2))
    assert write_shard(store, "infocat014", 1, []) is None
    assert not store.exists("sitemaps/sitemap-infocat014-00001.xml")


def test_a_shard_over_the_limit_is_refused_and_the_old_one_stays(tmp_path):
    store = LocalStorage(tmp_path)
    write_shard(store, "infocat014", 1, fragments(2))
    before = store.get("sitemaps/sitemap-infocat014-00001.xml")
    with pytest.raises(DocumentError):
        write_shard(store, "infocat014", 1, fragments(3), max_urls=2)
    assert store.get("sitemaps/sitemap-infocat014-00001.xml") == before


def test_index_without_shards_is_removed_and_robots_lists_only_indexes(tmp_path):
    store = LocalStorage(tmp_path)
    assert write_index(store, "infocat014", [(1, WHEN), (3, WHEN)], base_url=BASE)
    xsd.validate_sitemap_index(store.get("sitemapindex-diwoo-infocat014.xml"))
    assert not write_index(store, "infocat014", [], base_url=BASE)
    assert not store.exists("sitemapindex-diwoo-infocat014.xml")
    write_robots(store, ["infocat014"], base_url=BASE)
    assert store.get("robots.txt").decode().splitlines()[-1] == (
        f"Sitemap: {BASE}/sitemapindex-diwoo-infocat014.xml"
    )
