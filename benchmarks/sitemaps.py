"""Benchmark: Woo-index sitemaps for N published documents, full and incremental.

    python -m benchmarks.sitemaps [--documents N] [--categories K]

The full write is what `rebuild_sitemaps(full=True)` does with the ledger's stored `<url>`
entries: stream every entry of every stable shard (10,000 URLs each) into a temp file, store it
with one atomic put, then the sitemap index per category and robots.txt. The incremental update
is what one correction costs: its shard (10,000 entries) and its category's index rewritten.
Entries are generated from one real, XSD-valid DiWoo entry (loc, title, lastmod varied); reading
them from the database is not part of the measurement. Baseline: writing the same bytes to one
plain file, in the same run. The last line printed is one JSON object with the figures.
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from publicatie.sitemaps import (
    SHARD_URLS,
    SitemapEntry,
    url_fragment,
    write_index,
    write_robots,
    write_shard,
)
from publicatie.storage import LocalStorage
from publicatie.xsd import validate_sitemap, validate_sitemap_index
from schemas.diwoo import DiWoo

BASE = "https://woo.example.nl"
CODES = {
    "infocat001": "https://identifier.overheid.nl/tooi/def/thes/kern/c_139c6280",
    "infocat002": "https://identifier.overheid.nl/tooi/def/thes/kern/c_aab6bfc7",
    "infocat004": "https://identifier.overheid.nl/tooi/def/thes/kern/c_40a05794",
    "infocat009": "https://identifier.overheid.nl/tooi/def/thes/kern/c_3a248e3a",
    "infocat014": "https://identifier.overheid.nl/tooi/def/thes/kern/c_3baef532",
}
START = datetime(2025, 1, 1, tzinfo=UTC)


def _template(code: str) -> tuple[bytes, bytes, bytes, bytes]:
    """A real entry split around its loc id, title and lastmod."""
    diwoo = DiWoo.model_validate(
        {
            "identifiers": ["IDENTIFIER"],
            "publisher": {"resource": "https://identifier.overheid.nl/tooi/id/gemeente/gm1926"},
            "verantwoordelijke": {
                "resource": "https://identifier.overheid.nl/tooi/id/gemeente/gm1926"
            },
            "titelcollectie": {"officieleTitel": "TITLE"},
            "classificatiecollectie": {"informatiecategorieen": [{"resource": CODES[code]}]},
            "creatiedatum": "2025-01-01",
            "language": {
                "resource": "http://publications.europa.eu/resource/authority/language/NLD"
            },
            "format": {
                "resource": "http://publications.europa.eu/resource/authority/file-type/PDF"
            },
            "documenthandelingen": [
                {
                    "soortHandeling": {
                        "resource": "https://identifier.overheid.nl/tooi/def/thes/kern/c_641ecd76"
                    },
                    "atTime": "2025-01-01T10:00:00+01:00",
                }
            ],
        }
    )
    entry = SitemapEntry.from_diwoo(f"{BASE}/documenten/LOCID/besluit.pdf", START, diwoo)
    _, fragment = url_fragment(entry, base_url=BASE)
    head, rest = fragment.split(b"LOCID", 1)
    middle, rest = rest.split(START.isoformat(timespec="seconds").encode(), 1)
    return head, middle, rest, b""


def _fragments(code: str, ids: range, bump: int | None = None) -> Iterator[tuple[bytes, datetime]]:
    head, middle, rest, _ = TEMPLATES[code]
    for i in ids:
        lastmod = START + timedelta(minutes=i % 100_000)
        if i == bump:
            lastmod = datetime.now(UTC).replace(microsecond=0)
        doc = f"{i:032x}".encode()
        body = rest.replace(b"IDENTIFIER", doc, 1).replace(b"TITLE", b"Besluit %d" % i, 1)
        yield head + doc + middle + lastmod.isoformat(timespec="seconds").encode() + body, lastmod


TEMPLATES: dict[str, tuple[bytes, bytes, bytes, bytes]] = {}


def _layout(documents: int, codes: list[str]) -> dict[str, list[range]]:
    """Documents split evenly over the categories, each category into shards of SHARD_URLS."""
    per_code = -(-documents // len(codes))
    layout: dict[str, list[range]] = {}
    start = 0
    for code in codes:
        end = min(start + per_code, documents)
        layout[code] = [range(s, min(s + SHARD_URLS, end)) for s in range(start, end, SHARD_URLS)]
        start = end
    return {code: shards for code, shards in layout.items() if shards}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1_000_000)
    parser.add_argument("--categories", type=int, default=len(CODES))
    args = parser.parse_args()
    codes = sorted(CODES)[: args.categories]
    for code in codes:
        TEMPLATES[code] = _template(code)
    layout = _layout(args.documents, codes)

    with tempfile.TemporaryDirectory(prefix="woo-bench-") as tmp:
        store = LocalStorage(Path(tmp) / "site")

        # Baseline: the same bytes to one plain file.
        started = time.perf_counter()
        with (Path(tmp) / "baseline.xml").open("wb") as fh:
            for code, shards in layout.items():
                for ids in shards:
                    for fragment, _ in _fragments(code, ids):
                        fh.write(fragment)
        baseline = time.perf_counter() - started
        (Path(tmp) / "baseline.xml").unlink()

        started = time.perf_counter()
        shard_count = 0
        total_bytes = 0
        for code, shards in layout.items():
            infos = []
            for number, ids in enumerate(shards, start=1):
                info = write_shard(store, code, number, _fragments(code, ids))
                infos.append((number, info.lastmod))
                shard_count += 1
                total_bytes += info.size
            write_index(store, code, infos, base_url=BASE)
        write_robots(store, layout, base_url=BASE)
        seconds = time.perf_counter() - started

        # Incremental: one document in the middle changes; its shard and index are rewritten.
        code = next(iter(layout))
        number = (len(layout[code]) + 1) // 2
        ids = layout[code][number - 1]
        changed = ids[len(ids) // 2]
        started = time.perf_counter()
        info = write_shard(store, code, number, _fragments(code, ids, bump=changed))
        infos = [
            (n, info.lastmod if n == number else START) for n in range(1, len(layout[code]) + 1)
        ]
        write_index(store, code, infos, base_url=BASE)
        incremental = time.perf_counter() - started

        validate_sitemap(store.get(info.key))
        validate_sitemap_index(store.get(f"sitemapindex-diwoo-{code}.xml"))

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows = [
        ("documenten", f"{args.documents:,}"),
        ("categorieën / sitemaps", f"{len(layout)} / {shard_count}"),
        ("bytes geschreven", f"{total_bytes / 1e6:,.0f} MB"),
        ("volledig schrijven", f"{seconds:.1f} s"),
        ("basislijn (zelfde bytes, één bestand)", f"{baseline:.1f} s"),
        ("verhouding volledig / basislijn", f"{seconds / baseline:.2f}"),
        ("incrementeel (1 document: shard + index)", f"{incremental * 1000:.0f} ms"),
        ("piekgeheugen (RSS)", f"{peak:.0f} MB"),
    ]
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    print(
        json.dumps(
            {
                "documents": args.documents,
                "sitemaps": shard_count,
                "bytes": total_bytes,
                "seconds": round(seconds, 2),
                "baseline_seconds": round(baseline, 2),
                "ratio_to_baseline": round(seconds / baseline, 2),
                "incremental_seconds": round(incremental, 3),
                "peak_rss_mb": round(peak, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
