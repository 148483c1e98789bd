"""Publishing, correcting (vervangen) and withdrawing (intrekken), on local storage and on S3.

Every XML written is validated against the XSDs from ../shared after every operation.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree
from sqlalchemy import select

from ledger.models import AuditEvent, Document, Publication
from publicatie import xsd
from publicatie.sitemaps import SITEMAP_NS
from tests.conftest import SHARED
from tests.publishing import BASE, corrected, published, settings_for
from woo.context import RunContext, open_context
from woo.publish import rebuild_sitemaps, withdraw_document

NS = {"s": SITEMAP_NS}
PRIVACY = "https://identifier.overheid.nl/tooi/def/thes/kern/c_098c1346"
STANDARDS = SHARED / "standards"


@pytest.fixture(params=["local", "s3"])
def ctx(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[RunContext]:
    endpoint = request.getfixturevalue("s3_endpoint") if request.param == "s3" else None
    context = open_context(settings_for(request.param, tmp_path, endpoint))
    yield context
    context.close()


@pytest.fixture(scope="module")
def schemas(tmp_path_factory) -> tuple[etree.XMLSchema, etree.XMLSchema, etree.XMLSchema]:
    """urlset (sitemap.xsd + DiWoo), siteindex.xsd and DiWoo, compiled from ../shared."""
    folder = tmp_path_factory.mktemp("xsd")
    diwoo = STANDARDS / "diwoo/0.9.8/xsd/diwoo/diwoo-metadata.xsd"
    sitemap = (STANDARDS / "sitemap/sitemap.xsd").as_uri()
    wrapper = folder / "wrapper.xsd"
    wrapper.write_text(
        f"""<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:import namespace="{SITEMAP_NS}" schemaLocation="{sitemap}"/>
  <xs:import namespace="https://standaarden.overheid.nl/diwoo/metadata/"
             schemaLocation="{diwoo.as_uri()}"/>
</xs:schema>""",
        encoding="utf-8",
    )
    catalog = STANDARDS / "diwoo/0.9.8/xsd/catalog.xml"
    return (
        xsd.compile_schema(wrapper, catalog=catalog),
        xsd.compile_schema(STANDARDS / "sitemap/siteindex.xsd", catalog=None),
        xsd.compile_schema(diwoo, catalog=catalog),
    )


def check_all_xml(ctx: RunContext, schemas) -> dict[str, list[str]]:
    """Validate every XML object in public storage; return sitemap key -> locs."""
    urlset, siteindex, diwoo = schemas
    locs: dict[str, list[str]] = {}
    for key in ctx.public.list(""):
        if not key.endswith(".xml"):
            continue
        tree = etree.fromstring(ctx.public.get(key))
        if key.startswith("sitemaps/"):
            assert urlset.validate(tree), (key, urlset.error_log)
            locs[key] = tree.xpath("//s:url/s:loc/text()", namespaces=NS)
            assert locs[key], f"lege sitemap {key}"
        elif key.startswith("sitemapindex-"):
            assert siteindex.validate(tree), (key, siteindex.error_log)
            assert tree.xpath("//s:sitemap", namespaces=NS), f"lege index {key}"
        else:
            assert diwoo.validate(tree), (key, diwoo.error_log)
    return locs


def publication(ctx: RunContext, document_id: int) -> Publication:
    with ctx.ledger.session() as session:
        return session.scalars(
            select(Publication)
            .where(Publication.document_id == document_id, Publication.withdrawn_at.is_(None))
            .order_by(Publication.id.desc())
        ).first()


def sitemap_lastmod(ctx: RunContext, key: str, loc: str) -> str:
    tree = etree.fromstring(ctx.public.get(key))
    return tree.xpath(f"//s:url[s:loc='{loc}']/s:lastmod/text()", namespaces=NS)[0]


def test_published_document_has_file_metadata_page_and_one_sitemap_entry(ctx, schemas):
    doc_id = published(ctx, "besluit-a", ["infocat002", "infocat014"])
    rebuild_sitemaps(ctx)
    pub = publication(ctx, doc_id)
    assert ctx.public.get(pub.object_key).startswith(b"%PDF")
    assert ctx.public.exists(pub.metadata_key)
    locs = check_all_xml(ctx, schemas)
    assert locs == {"sitemaps/sitemap-infocat002-00001.xml": [pub.public_url]}
    robots = ctx.public.get("robots.txt").decode()
    assert f"Sitemap: {BASE}/sitemapindex-diwoo-infocat002.xml" in robots
    page = ctx.public.get(f"documenten/{pub.public_url.split('/')[-2]}/index.html").decode()
    assert 'lang="nl"' in page and pub.public_url in page and "besluit-a" in page


def test_correction_keeps_identity_updates_lastmod_and_records_the_replaced_version(ctx, schemas):
    doc_id = published(ctx, "besluit-a")
    published(ctx, "besluit-b")
    rebuild_sitemaps(ctx)
    first = publication(ctx, doc_id)
    key = f"sitemaps/sitemap-infocat014-0000{first.sitemap_shard}.xml"
    before = sitemap_lastmod(ctx, key, first.public_url)

    corrected(ctx, doc_id, "besluit-a-gecorrigeerd")
    report = rebuild_sitemaps(ctx)

    second = publication(ctx, doc_id)
    assert second.public_url == first.public_url
    assert (second.sitemap_code, second.sitemap_shard) == (first.sitemap_code, first.sitemap_shard)
    assert second.replaces_id == first.id and second.version == first.version + 1
    assert report.sitemaps == [key]
    assert sitemap_lastmod(ctx, key, first.public_url) >= before
    assert second.lastmod > first.lastmod
    locs = check_all_xml(ctx, schemas)
    assert sum(loc == first.public_url for urls in locs.values() for loc in urls) == 1
    assert b"besluit-a-gecorrigeerd" in ctx.public.get(key)
    with ctx.ledger.session() as session:
        events = session.scalars(
            select(AuditEvent.event).where(AuditEvent.document_id == doc_id)
        ).all()
    assert "vervangen" in events


def test_withdrawn_document_is_gone_from_storage_sitemap_and_pages(ctx, schemas):
    keep = published(ctx, "besluit-blijft")
    gone = published(ctx, "besluit-weg")
    rebuild_sitemaps(ctx)
    pub = publication(ctx, gone)
    public_id = pub.public_url.split("/")[-2]

    withdraw_document(ctx, gone, reason_uri=PRIVACY, actor="tester", explanation="BSN gemist")

    assert not ctx.public.exists(pub.object_key)
    assert not ctx.public.exists(pub.metadata_key)
    locs = check_all_xml(ctx, schemas)
    assert pub.public_url not in [loc for urls in locs.values() for loc in urls]
    assert publication(ctx, keep).public_url in locs["sitemaps/sitemap-infocat014-00001.xml"]
    overview = ctx.public.get("categorieen/infocat014/pagina-00001.html").decode()
    assert "besluit-weg" not in overview and "besluit-blijft" in overview
    notice = ctx.public.get(f"documenten/{public_id}/index.html").decode()
    assert "ingetrokken" in notice and "correctie privacygevoelige gegevens" in notice
    assert "BSN gemist" in notice and pub.public_url not in notice
    with ctx.ledger.session() as session:
        doc = session.get(Document, gone)
        assert doc.status == "withdrawn"
        entry = session.scalars(
            select(AuditEvent).where(
                AuditEvent.document_id == gone, AuditEvent.to_status == "withdrawn"
            )
        ).one()
        assert entry.details["reden"] == PRIVACY and entry.actor == "tester"


def test_withdrawing_the_last_document_leaves_no_empty_sitemap_or_index(ctx):
    doc_id = published(ctx, "enige")
    rebuild_sitemaps(ctx)
    withdraw_document(ctx, doc_id, reason_uri=PRIVACY, actor="tester")
    keys = set(ctx.public.list(""))
    assert not any(k.startswith(("sitemaps/", "sitemapindex-", "categorieen/")) for k in keys)
    assert "Sitemap:" not in ctx.public.get("robots.txt").decode()


def test_withdrawal_with_a_reason_outside_the_tooi_list_is_refused(ctx):
    doc_id = published(ctx, "besluit")
    with pytest.raises(ValueError, match="TOOI"):
        withdraw_document(ctx, doc_id, reason_uri="https://example.org/reden", actor="t")
    assert ctx.public.exists(publication(ctx, doc_id).object_key)


def test_a_change_rewrites_only_the_shard_that_holds_it_and_shards_are_stable(
    ctx, schemas, monkeypatch
):
    monkeypatch.setattr("woo.publish.SHARD_URLS", 2)
    ids = [published(ctx, f"doc-{i}") for i in range(5)]
    other = published(ctx, "ander", ["infocat002"])
    first = rebuild_sitemaps(ctx)
    shards = {i: publication(ctx, i).sitemap_shard for i in ids}
    assert list(shards.values()) == [1, 1, 2, 2, 3]
    assert len(first.sitemaps) == 4

    withdraw_document(ctx, ids[0], reason_uri=PRIVACY, actor="t")
    newcomer = published(ctx, "nieuw")
    report = rebuild_sitemaps(ctx)

    assert {i: publication(ctx, i).sitemap_shard for i in ids[1:]} == {
        i: shards[i] for i in ids[1:]
    }
    assert publication(ctx, newcomer).sitemap_shard == 3
    assert report.sitemaps == ["sitemaps/sitemap-infocat014-00003.xml"]
    assert rebuild_sitemaps(ctx).sitemaps == []
    locs = check_all_xml(ctx, schemas)
    assert publication(ctx, other).public_url in locs["sitemaps/sitemap-infocat002-00001.xml"]
    assert len(locs["sitemaps/sitemap-infocat014-00001.xml"]) == 1
    index = etree.fromstring(ctx.public.get("sitemapindex-diwoo-infocat014.xml"))
    listed = index.xpath("//s:sitemap/s:loc/text()", namespaces=NS)
    assert listed == [f"{BASE}/sitemaps/sitemap-infocat014-0000{n}.xml" for n in (1, 2, 3)]


def test_full_rebuild_removes_sitemap_files_the_ledger_does_not_know(ctx):
    published(ctx, "besluit")
    rebuild_sitemaps(ctx)
    ctx.public.put("sitemaps/sitemap-infocat009-00001.xml", b"<urlset/>", "application/xml")
    report = rebuild_sitemaps(ctx, full=True)
    assert "sitemaps/sitemap-infocat009-00001.xml" in report.removed
    assert not ctx.public.exists("sitemaps/sitemap-infocat009-00001.xml")
    assert ctx.public.exists("sitemaps/sitemap-infocat014-00001.xml")


@pytest.mark.postgres
def test_incremental_sitemaps_work_on_postgresql(tmp_path, postgres_url, schemas):
    settings = settings_for("local", tmp_path).model_copy(update={"database_url": postgres_url})
    context = open_context(settings)
    try:
        keep = published(context, "besluit-a")
        gone = published(context, "besluit-b")
        assert len(rebuild_sitemaps(context).sitemaps) == 1
        assert rebuild_sitemaps(context).sitemaps == []  # nothing changed: nothing rewritten
        withdraw_document(context, gone, reason_uri=PRIVACY, actor="t")
        corrected(context, keep, "besluit-a-nieuw")
        assert rebuild_sitemaps(context).sitemaps == ["sitemaps/sitemap-infocat014-00001.xml"]
        assert rebuild_sitemaps(context).sitemaps == []
        locs = check_all_xml(context, schemas)
        assert locs == {
            "sitemaps/sitemap-infocat014-00001.xml": [publication(context, keep).public_url]
        }
    finally:
        context.close()
