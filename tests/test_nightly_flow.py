"""The spine end to end: the real Prefect flow (no-server mode) on real documents.

One module-scoped run of `woo demo`'s flow over the whole sample corpus, plus small runs on tiny
folders for reruns, changed documents and corrupt input.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pymupdf as fitz
import pytest
from lxml import etree
from pypdf import PdfReader
from sqlalchemy import func, select

from ledger.models import AuditEvent, Document, Publication
from sample_corpus import CORPUS_DIR
from tests.conftest import SHARED
from woo.context import open_context
from woo.demo import demo_settings
from woo.report import status_overview
from woo.settings import Settings, load_settings

pytestmark = pytest.mark.prefect

SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
DIWOO_NS = "{https://standaarden.overheid.nl/diwoo/metadata/}"


def _run(settings: Settings) -> dict:
    from flows.nightly import nightly_disclosure

    return nightly_disclosure(settings_json=settings.model_dump_json())


def _settings_for(folder: Path, data: Path) -> Settings:
    return demo_settings(load_settings(data_dir=data), source=folder)


# -- official schemas, read from ../shared (the product carries its own copies) -------------
def _shared_schema(xsd: str) -> etree.XMLSchema:
    parser = etree.XMLParser()

    class Catalog(etree.Resolver):
        def resolve(self, url, pubid, context):  # type: ignore[no-untyped-def]
            mapping = {
                "MDTO-XML1.0.1.xsd": SHARED
                / "standards/diwoo/0.9.8/xsd/extern/mdto/MDTO-XML1.0.1.xsd"
            }
            for suffix, path in mapping.items():
                if url.endswith(suffix):
                    return self.resolve_filename(str(path), context)
            return None

    parser.resolvers.add(Catalog())
    return etree.XMLSchema(etree.parse(str(xsd), parser))


@pytest.fixture(scope="module")
def official(tmp_path_factory: pytest.TempPathFactory) -> dict[str, etree.XMLSchema]:
    diwoo_xsd = SHARED / "standards/diwoo/0.9.8/xsd/diwoo/diwoo-metadata.xsd"
    sitemap_xsd = SHARED / "standards/sitemap/sitemap.xsd"
    wrapper = (
        '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">'
        f'<xs:import namespace="http://www.sitemaps.org/schemas/sitemap/0.9" '
        f'schemaLocation="{sitemap_xsd.as_uri()}"/>'
        f'<xs:import namespace="https://standaarden.overheid.nl/diwoo/metadata/" '
        f'schemaLocation="{diwoo_xsd.as_uri()}"/></xs:schema>'
    )
    wrapper_path = tmp_path_factory.mktemp("xsd")
    (wrapper_path / "sitemap-wrapper.xsd").write_text(wrapper, encoding="utf-8")
    return {
        "diwoo": _shared_schema(str(diwoo_xsd)),
        "sitemap": _shared_schema(str(wrapper_path / "sitemap-wrapper.xsd")),
        "index": _shared_schema(str(SHARED / "standards/sitemap/siteindex.xsd")),
    }


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory: pytest.TempPathFactory, prefect_harness: None) -> dict:
    data = tmp_path_factory.mktemp("demo")
    settings = demo_settings(load_settings(data_dir=data))
    first = _run(settings)
    second = _run(settings)
    ctx = open_context(settings)
    yield {"settings": settings, "first": first, "second": second, "ctx": ctx}
    ctx.close()


def test_demo_publishes_the_corpus_and_queues_the_uncertain(demo_run: dict) -> None:
    first = demo_run["first"]
    overview = status_overview(demo_run["ctx"])
    counts = overview["counts"]["status"]
    assert first["published"] >= 15
    assert counts.get("queued", 0) >= 2  # the deliberately unclassifiable documents
    total = overview["counts"]["total"]
    assert first["published"] + first["queued"] + len(first["failures"]) == total
    for doc in overview["documents"]:
        assert doc["status"] in {"published", "queued", "failed"}
        if doc["status"] != "published":
            assert doc["reason"], doc


def test_every_xml_validates_against_the_official_schemas(demo_run: dict, official: dict) -> None:
    site = demo_run["settings"].public_dir
    metadata = list(site.glob("documenten/*/metadata.xml"))
    indexes = list(site.glob("sitemapindex-diwoo-infocat*.xml"))
    sitemaps = list(site.glob("sitemaps/*.xml"))
    assert metadata and indexes and sitemaps
    for path, schema in (
        [(p, "diwoo") for p in metadata]
        + [(p, "index") for p in indexes]
        + [(p, "sitemap") for p in sitemaps]
    ):
        document = etree.parse(str(path))
        assert official[schema].validate(document), (path, official[schema].error_log)


def test_sitemaps_list_each_document_once_with_lastmod_first(demo_run: dict) -> None:
    settings: Settings = demo_run["settings"]
    locs: list[str] = []
    for path in settings.public_dir.glob("sitemaps/*.xml"):
        for url in etree.parse(str(path)).getroot():
            children = [child.tag for child in url]
            assert children[:3] == [
                f"{SITEMAP_NS}loc",
                f"{SITEMAP_NS}lastmod",
                f"{DIWOO_NS}Document",
            ]
            locs.append(url.findtext(f"{SITEMAP_NS}loc"))
    assert len(locs) == len(set(locs)) == demo_run["first"]["published"]
    for loc in locs:
        key = loc.removeprefix(settings.public_base_url + "/")
        assert (settings.public_dir / key).is_file(), loc


def test_robots_lists_absolute_sitemap_index_urls(demo_run: dict) -> None:
    settings: Settings = demo_run["settings"]
    robots = (settings.public_dir / "robots.txt").read_text(encoding="utf-8")
    lines = [
        line.split(":", 1)[1].strip() for line in robots.splitlines() if line.startswith("Sitemap:")
    ]
    indexes = sorted(p.name for p in settings.public_dir.glob("sitemapindex-diwoo-infocat*.xml"))
    assert sorted(line.rsplit("/", 1)[1] for line in lines) == indexes
    assert all(
        re.fullmatch(r"https?://[^ ]+/sitemapindex-diwoo-infocat\d{3}\.xml", u) for u in lines
    )


def test_no_planted_identifier_survives_in_any_published_pdf(demo_run: dict) -> None:
    settings: Settings = demo_run["settings"]
    planted = json.loads((CORPUS_DIR / "planted.json").read_text(encoding="utf-8"))
    values = {
        item["value"]
        for entry in planted.values()
        for item in entry.get("identifiers", entry.get("planted", []))
    }
    assert len(values) >= 20
    pdfs = list(settings.public_dir.glob("documenten/*/*.pdf"))
    assert pdfs
    squash = re.compile(r"\s+")
    for pdf in pdfs:
        data = pdf.read_bytes()
        texts = ["".join(p.get_text() for p in fitz.open(stream=data, filetype="pdf"))]
        texts.append("".join(page.extract_text() or "" for page in PdfReader(pdf).pages))
        for text in texts:
            flat = squash.sub("", text)
            for value in values:
                assert value not in text and squash.sub("", value) not in flat, (pdf, value)


def test_published_pdfs_carry_no_source_metadata(demo_run: dict) -> None:
    for pdf in demo_run["settings"].public_dir.glob("documenten/*/*.pdf"):
        doc = fitz.open(pdf)
        assert not any(doc.metadata.get(k) for k in ("title", "author", "subject", "keywords"))
        assert doc.embfile_count() == 0
        assert all(not list(page.annots()) for page in doc)


def test_second_run_on_unchanged_sources_changes_nothing(demo_run: dict) -> None:
    second = demo_run["second"]
    assert second["published"] == 0
    assert second["queued"] == 0
    assert all(s["new"] == 0 and s["changed"] == 0 for s in second["sources"])
    with demo_run["ctx"].ledger.session() as session:
        keys = session.scalars(select(AuditEvent.event_key)).all()
        assert len(keys) == len(set(keys))
        published = session.scalar(select(func.count()).select_from(Publication))
        assert published == demo_run["first"]["published"]


# -- small folders ----------------------------------------------------------------------------
def _copy(names: list[str], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(CORPUS_DIR / name, folder / name)
        sidecar = CORPUS_DIR / f"{name}.meta.json"
        if sidecar.exists():
            shutil.copy(sidecar, folder / sidecar.name)


def _published_pdf_names(limit: int = 2) -> list[str]:
    planted = json.loads((CORPUS_DIR / "planted.json").read_text(encoding="utf-8"))
    names = [n for n, e in planted.items() if n.endswith(".pdf") and e.get("expected_category")]
    return sorted(names)[:limit]


def test_a_changed_document_becomes_a_new_version(tmp_path: Path, prefect_harness: None) -> None:
    folder = tmp_path / "bron"
    names = _published_pdf_names(1)
    _copy(names, folder)
    settings = _settings_for(folder, tmp_path / "data")
    _run(settings)
    target = folder / names[0]
    with fitz.open(target) as doc:
        doc[0].insert_text((72, 800), "Gewijzigde versie.", fontname="helv", fontsize=9)
        changed = doc.tobytes()
    target.write_bytes(changed)
    result = _run(settings)
    assert result["sources"][0]["changed"] == 1
    ctx = open_context(settings)
    try:
        with ctx.ledger.session() as session:
            docs = session.scalars(select(Document)).all()
            assert len(docs) == 1 and docs[0].version == 2
            pubs = session.scalars(select(Publication)).all()
            if docs[0].status == "published":
                assert [p.withdrawn_at is None for p in pubs] == [False, True]
    finally:
        ctx.close()


def test_a_corrupt_pdf_is_reported_by_name_and_the_rest_published(
    tmp_path: Path, prefect_harness: None
) -> None:
    folder = tmp_path / "bron"
    _copy(_published_pdf_names(2), folder)
    (folder / "kapot-besluit.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage")
    result = _run(_settings_for(folder, tmp_path / "data"))
    failed = {f["document"]: f["reason"] for f in result["failures"]}
    assert "kapot-besluit.pdf" in failed
    assert failed["kapot-besluit.pdf"]
    assert result["published"] + result["queued"] == 2


def test_withdrawal_removes_file_metadata_and_sitemap_entry(
    tmp_path: Path, prefect_harness: None
) -> None:
    from woo.publish import withdraw_document

    folder = tmp_path / "bron"
    _copy(_published_pdf_names(2), folder)
    settings = _settings_for(folder, tmp_path / "data")
    assert _run(settings)["published"] == 2
    ctx = open_context(settings)
    try:
        with ctx.ledger.session() as session:
            pub = session.scalars(select(Publication)).first()
            doc_id, object_key, metadata_key = pub.document_id, pub.object_key, pub.metadata_key
        reason = "https://identifier.overheid.nl/tooi/def/thes/kern/c_098c1346"
        withdraw_document(ctx, doc_id, reason_uri=reason, actor="tester", explanation="BSN gemist")
        assert not (settings.public_dir / object_key).exists()
        assert not (settings.public_dir / metadata_key).exists()
        sitemap_text = "".join(
            p.read_text(encoding="utf-8") for p in settings.public_dir.glob("sitemaps/*.xml")
        )
        assert object_key not in sitemap_text
        with ctx.ledger.session() as session:
            doc = session.get(Document, doc_id)
            assert doc.status == "withdrawn"
            assert doc.status_reason.startswith("correctie privacygevoelige gegevens")
        with pytest.raises(ValueError, match="TOOI"):
            withdraw_document(ctx, doc_id, reason_uri="https://example.org/x", actor="tester")
    finally:
        ctx.close()
