"""Sitemaps, sitemap indexes and robots.txt for the Woo-index."""

from __future__ import annotations

import csv
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from lxml import etree

from publicatie import xsd
from publicatie.diwoo_xml import DIWOO_NS, diwoo_element
from publicatie.sitemaps import SITEMAP_NS, SitemapEntry, write_sitemaps
from schemas.diwoo import DiWoo

SHARED = Path(__file__).resolve().parents[2] / "shared"
STANDARDS = SHARED / "standards"
BASE = "https://woo.example.nl"
NS = {"s": SITEMAP_NS, "d": DIWOO_NS}
CET = timezone(timedelta(hours=1))

with (STANDARDS / "tooi" / "informatiecategorieen.csv").open(encoding="utf-8") as _fh:
    _ROWS = list(csv.DictReader(_fh))
URI_BY_CODE = {r["sitemapindex_code"]: r["uri"] for r in _ROWS}  # '' is art. 3.1


def model(*codes: str) -> DiWoo:
    return DiWoo.model_validate(
        {
            "publisher": "https://identifier.overheid.nl/tooi/id/gemeente/gm1926",
            "titelcollectie": {"officieleTitel": f"Document in {', '.join(codes)}"},
            "classificatiecollectie": {
                "informatiecategorieen": [{"resource": URI_BY_CODE[c]} for c in codes]
            },
            "documenthandelingen": [
                {
                    "soortHandeling": "https://identifier.overheid.nl/tooi/def/thes/kern/c_641ecd76",
                    "atTime": datetime(2025, 3, 1, 10, tzinfo=CET),
                }
            ],
        }
    )


def entry(n: int, *codes: str, day: int = 1) -> SitemapEntry:
    return SitemapEntry.from_diwoo(
        f"{BASE}/documenten/{n}/download", datetime(2025, 3, day, 10, tzinfo=CET), model(*codes)
    )


@pytest.fixture(scope="module")
def shared_schemas(tmp_path_factory) -> tuple[etree.XMLSchema, etree.XMLSchema]:
    """Wrapper schema (sitemap.xsd + DiWoo) and siteindex.xsd, both from ../shared."""
    folder = tmp_path_factory.mktemp("xsd")
    diwoo = (STANDARDS / "diwoo/0.9.8/xsd/diwoo/diwoo-metadata.xsd").as_uri()
    sitemap = (STANDARDS / "sitemap/sitemap.xsd").as_uri()
    wrapper = folder / "wrapper.xsd"
    wrapper.write_text(
        f"""<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:import namespace="{SITEMAP_NS}" schemaLocation="{sitemap}"/>
  <xs:import namespace="{DIWOO_NS}" schemaLocation="{diwoo}"/>
</xs:schema>""",
        encoding="utf-8",
    )
    catalog = STANDARDS / "diwoo/0.9.8/xsd/catalog.xml"
    urlset = xsd.compile_schema(wrapper, catalog=catalog)
    index = xsd.compile_schema(STANDARDS / "sitemap/siteindex.xsd", catalog=None)
    return urlset, index


def locs(path: Path) -> list[str]:
    return etree.parse(str(path)).getroot().xpath("//s:url/s:loc/text()", namespaces=NS)


def files(out: Path, keys: list[str]) -> list[Path]:
    return [out / key for key in keys]


def all_files(out: Path) -> set[str]:
    return {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}


def test_every_file_validates_and_every_loc_appears_once(tmp_path, shared_schemas):
    urlset_schema, index_schema = shared_schemas
    codes = ["infocat014", "infocat016", "infocat002", "infocat008"]
    entries = [entry(i, codes[i % 4], codes[(i + 1) % 4]) for i in range(30)]
    report = write_sitemaps(entries, out_dir=tmp_path, base_url=BASE, max_urls=4)

    assert len(files(tmp_path, report.sitemaps)) > 4
    seen: Counter[str] = Counter()
    for path in files(tmp_path, report.sitemaps):
        tree = etree.parse(str(path))
        assert urlset_schema.validate(tree), urlset_schema.error_log
        xsd.validate_sitemap(path.read_bytes())
        seen.update(locs(path))
    for path in files(tmp_path, report.indexes):
        tree = etree.parse(str(path))
        assert index_schema.validate(tree), index_schema.error_log
        xsd.validate_sitemap_index(path.read_bytes())
    assert set(seen) == {e.loc for e in entries}
    assert max(seen.values()) == 1
    assert sum(report.counts.values()) == len(entries)


def test_document_with_several_categories_is_listed_once_with_all_of_them(tmp_path):
    doc = entry(1, "infocat016", "infocat008", "infocat014")
    report = write_sitemaps([doc, entry(2, "infocat016")], out_dir=tmp_path, base_url=BASE)

    assert report.counts == {"infocat008": 1, "infocat016": 1}
    hits = [p for p in files(tmp_path, report.sitemaps) if doc.loc in locs(p)]
    assert [p.name for p in hits] == ["sitemap-infocat008-00001.xml"]
    root = etree.parse(str(hits[0])).getroot()
    resources = root.xpath("//d:informatiecategorie/@resource", namespaces=NS)
    assert sorted(resources) == sorted(URI_BY_CODE[c] for c in doc.codes)


def test_url_has_loc_then_lastmod_then_diwoo_document(tmp_path):
    report = write_sitemaps([entry(1, "infocat014", day=5)], out_dir=tmp_path, base_url=BASE)
    url = etree.parse(str(files(tmp_path, report.sitemaps)[0])).getroot().find("s:url", NS)
    assert [etree.QName(c).localname for c in url] == ["loc", "lastmod", "Document"]
    assert datetime.fromisoformat(url.findtext("s:lastmod", namespaces=NS)) == datetime(
        2025, 3, 5, 10, tzinfo=CET
    )


def test_sitemaps_split_at_max_urls_and_index_lists_them_absolutely(tmp_path):
    entries = [entry(i, "infocat014", day=1 + i) for i in range(10)]
    report = write_sitemaps(entries, out_dir=tmp_path, base_url=BASE + "/", max_urls=3)

    names = [p.name for p in files(tmp_path, report.sitemaps)]
    assert names == [f"sitemap-infocat014-0000{i}.xml" for i in range(1, 5)]
    assert [len(locs(p)) for p in files(tmp_path, report.sitemaps)] == [3, 3, 3, 1]
    index = etree.parse(str(tmp_path / "sitemapindex-diwoo-infocat014.xml")).getroot()
    listed = index.xpath("//s:sitemap/s:loc/text()", namespaces=NS)
    assert listed == [f"{BASE}/sitemaps/{n}" for n in names]
    lastmods = index.xpath("//s:sitemap/s:lastmod/text()", namespaces=NS)
    assert datetime.fromisoformat(lastmods[0]) == max(e.lastmod for e in entries[:3])


def test_sitemaps_split_at_max_bytes(tmp_path):
    entries = [entry(i, "infocat014") for i in range(6)]
    one = len(etree.tostring(diwoo_element(entries[0].diwoo)))
    limit = 3 * one
    report = write_sitemaps(entries, out_dir=tmp_path, base_url=BASE, max_bytes=limit)
    assert len(files(tmp_path, report.sitemaps)) >= 3
    assert all(p.stat().st_size <= limit for p in files(tmp_path, report.sitemaps))
    assert sum(len(locs(p)) for p in files(tmp_path, report.sitemaps)) == 6


def test_stale_files_are_removed_and_nothing_empty_is_written(tmp_path):
    first = [entry(i, "infocat016") for i in range(5)] + [entry(9, "infocat014")]
    write_sitemaps(first, out_dir=tmp_path, base_url=BASE, max_urls=2)
    assert "sitemaps/sitemap-infocat016-00003.xml" in all_files(tmp_path)

    report = write_sitemaps([entry(9, "infocat014")], out_dir=tmp_path, base_url=BASE, max_urls=2)

    assert all_files(tmp_path) == {
        "robots.txt",
        "sitemapindex-diwoo-infocat014.xml",
        "sitemaps/sitemap-infocat014-00001.xml",
    }
    assert len(report.removed) == 4
    empty = write_sitemaps([], out_dir=tmp_path, base_url=BASE)
    assert empty.sitemaps == [] and empty.indexes == []
    assert all_files(tmp_path) == {"robots.txt"}


def test_robots_lists_absolute_index_urls_only(tmp_path):
    entries = [entry(1, "infocat014"), entry(2, "infocat002"), entry(3, "infocat002")]
    write_sitemaps(entries, out_dir=tmp_path, base_url=BASE, max_urls=1)
    lines = (tmp_path / "robots.txt").read_text(encoding="utf-8").splitlines()
    assert lines[:2] == ["User-agent: *", "Allow: /"]
    sitemap_lines = [line for line in lines if line.startswith("Sitemap:")]
    assert sitemap_lines == [
        f"Sitemap: {BASE}/sitemapindex-diwoo-infocat002.xml",
        f"Sitemap: {BASE}/sitemapindex-diwoo-infocat014.xml",
    ]


def test_art_3_1_only_documents_are_skipped(tmp_path):
    only_31 = entry(1, "")
    mixed = entry(2, "", "infocat014")
    report = write_sitemaps([only_31, mixed], out_dir=tmp_path, base_url=BASE)
    assert report.skipped == [only_31.loc]
    assert report.counts == {"infocat014": 1}
    assert locs(files(tmp_path, report.sitemaps)[0]) == [mixed.loc]


def test_unpublishable_entries_are_refused_and_the_rest_is_written(tmp_path):
    good = entry(1, "infocat014")
    naive = SitemapEntry(f"{BASE}/documenten/2", datetime(2025, 3, 1), ["infocat014"], good.diwoo)
    other_host = SitemapEntry.from_diwoo(
        "https://elders.example.org/x.pdf", good.lastmod, good.diwoo
    )
    wrong_codes = SitemapEntry(f"{BASE}/documenten/3", good.lastmod, ["infocat002"], good.diwoo)
    unknown_code = SitemapEntry(f"{BASE}/documenten/4", good.lastmod, ["infocat099"], good.diwoo)
    bad_element = diwoo_element(good.diwoo)
    bad_element[0].remove(bad_element[0].find(f"{{{DIWOO_NS}}}publisher"))
    invalid_xml = SitemapEntry(f"{BASE}/documenten/5", good.lastmod, ["infocat014"], bad_element)
    entries = [good, naive, other_host, wrong_codes, unknown_code, invalid_xml, good]

    report = write_sitemaps(entries, out_dir=tmp_path, base_url=BASE)

    assert [loc for loc, _ in report.refused] == [e.loc for e in entries[1:]]
    assert all(reason for _, reason in report.refused)
    assert locs(files(tmp_path, report.sitemaps)[0]) == [good.loc]


def test_diwoo_given_as_element_is_written_and_left_untouched(tmp_path, shared_schemas):
    element = diwoo_element(model("infocat014"))
    doc = SitemapEntry(
        f"{BASE}/documenten/1", datetime(2025, 3, 1, tzinfo=CET), ["infocat014"], element
    )
    report = write_sitemaps([doc], out_dir=tmp_path, base_url=BASE)
    assert shared_schemas[0].validate(etree.parse(str(files(tmp_path, report.sitemaps)[0])))
    assert element.getparent() is None


def test_failure_halfway_keeps_the_previous_publication(tmp_path):
    write_sitemaps(
        [entry(1, "infocat014"), entry(2, "infocat016")], out_dir=tmp_path, base_url=BASE
    )
    before = {name: (tmp_path / name).read_bytes() for name in all_files(tmp_path)}

    def broken():
        yield entry(3, "infocat002")
        yield entry(4, "infocat014")
        raise RuntimeError("bron viel weg")

    with pytest.raises(RuntimeError):
        write_sitemaps(broken(), out_dir=tmp_path, base_url=BASE)
    assert {name: (tmp_path / name).read_bytes() for name in all_files(tmp_path)} == before


def test_relative_base_url_is_refused(tmp_path):
    from woo.errors import ConfigError

    with pytest.raises(ConfigError):
        write_sitemaps([], out_dir=tmp_path, base_url="/woo")
