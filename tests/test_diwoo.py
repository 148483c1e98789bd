"""DiWoo model, XML serialisation and offline XSD validation."""

from __future__ import annotations

import csv
import threading
import time
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from pydantic import ValidationError

from publicatie import xsd
from publicatie.diwoo_xml import DIWOO_NS, diwoo_element, diwoo_xml, parse_diwoo
from schemas.diwoo import DATA_DIR, WAARDELIJSTEN, DiWoo
from woo.errors import DocumentError

SHARED = Path(__file__).resolve().parents[2] / "shared"
STANDARDS = SHARED / "standards"
EXAMPLE = STANDARDS / "diwoo" / "examples" / "constructed-diwoo-document-gm1926.xml"
URLSET_EXAMPLE = STANDARDS / "diwoo" / "examples" / "constructed-sitemap-urlset-gm1926.xml"
SHARED_XSD = STANDARDS / "diwoo" / "0.9.8" / "xsd"
SITEMAP_XSDS = ("sitemap.xsd", "siteindex.xsd")


def tooi(name: str) -> list[dict[str, str]]:
    with (STANDARDS / "tooi" / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


GM1926 = "https://identifier.overheid.nl/tooi/id/gemeente/gm1926"
CATEGORIES = tooi("informatiecategorieen.csv")
HANDELINGEN = tooi("documenthandelingen.csv")
VASTSTELLING = next(r["uri"] for r in HANDELINGEN if r["label"] == "vaststelling")
LANG = tooi("talen.csv")[0]
WOO_BESLUITEN = next(r["uri"] for r in CATEGORIES if r["sitemapindex_code"] == "infocat014")


def canonical(xml: bytes) -> bytes:
    parser = etree.XMLParser(remove_blank_text=True, remove_comments=True)
    return etree.tostring(etree.fromstring(xml, parser), method="c14n", exclusive=True)


def minimal(**changes) -> dict:
    data = {
        "publisher": {"resource": GM1926},
        "titelcollectie": {"officieleTitel": "Besluit op Woo-verzoek"},
        "classificatiecollectie": {"informatiecategorieen": [{"resource": WOO_BESLUITEN}]},
        "documenthandelingen": [
            {
                "soortHandeling": {"resource": VASTSTELLING},
                "atTime": datetime(2025, 2, 20, 9, 30, tzinfo=ZoneInfo("Europe/Amsterdam")),
            }
        ],
    }
    data.update(changes)
    return data


def shared_diwoo_schema() -> etree.XMLSchema:
    return xsd.compile_schema(
        SHARED_XSD / "diwoo" / "diwoo-metadata.xsd", catalog=SHARED_XSD / "catalog.xml"
    )


# --- round trips --------------------------------------------------------------------------------


def test_example_document_round_trips_to_the_same_xml():
    raw = EXAMPLE.read_bytes()
    model = parse_diwoo(raw)
    out = diwoo_xml(model)
    assert canonical(out) == canonical(raw)
    assert parse_diwoo(out) == model


def test_diwoo_inside_the_sitemap_example_round_trips():
    urlset = etree.parse(str(URLSET_EXAMPLE)).getroot()
    element = urlset.find(f".//{{{DIWOO_NS}}}Document")
    model = parse_diwoo(element)
    assert canonical(etree.tostring(diwoo_element(model))) == canonical(etree.tostring(element))


def test_parse_refuses_xml_that_breaks_the_model_rules():
    raw = EXAMPLE.read_bytes().replace(b">vaststelling<", b">ontvangst<")
    with pytest.raises(DocumentError, match="soortHandeling"):
        parse_diwoo(raw, document="doc-1")


# --- XSD validation ------------------------------------------------------------------------------


def test_built_model_validates_against_packaged_and_shared_xsd():
    xml = diwoo_xml(DiWoo.model_validate(minimal(creatiedatum=date(2025, 2, 1))))
    xsd.validate_diwoo(xml)
    schema = shared_diwoo_schema()
    assert schema.validate(etree.fromstring(xml)), schema.error_log


def test_serialised_xml_has_declaration_namespace_and_xsd_date_types():
    model = DiWoo.model_validate(minimal(creatiedatum=date(2025, 2, 1)))
    xml = diwoo_xml(model)
    assert xml.startswith(b"<?xml version='1.0' encoding='UTF-8'?>")
    root = etree.fromstring(xml)
    assert root.tag == f"{{{DIWOO_NS}}}Document"
    assert DIWOO_NS.endswith("/")
    ns = {"d": DIWOO_NS}
    assert root.findtext("d:DiWoo/d:creatiedatum", namespaces=ns) == "2025-02-01"
    at_time = root.findtext(".//d:atTime", namespaces=ns)
    assert datetime.fromisoformat(at_time) == model.documenthandelingen[0].atTime
    assert at_time.endswith("+01:00")


def test_validate_diwoo_reports_schema_errors_with_the_document():
    xml = diwoo_xml(DiWoo.model_validate(minimal()))
    root = etree.fromstring(xml)
    diwoo = root[0]
    diwoo.remove(diwoo.find(f"{{{DIWOO_NS}}}publisher"))
    with pytest.raises(DocumentError) as info:
        xsd.validate_diwoo(etree.tostring(root), document="doc-7")
    assert "doc-7" in str(info.value)
    assert "XSD" in str(info.value)
    with pytest.raises(DocumentError, match="goedgevormde"):
        xsd.validate_diwoo(b"<diwoo:Document", document="doc-7")


def test_packaged_schema_and_value_lists_match_the_standards():
    package_xsd = Path(xsd.__file__).parent / "xsd"
    files = [
        "diwoo/diwoo-metadata.xsd",
        "diwoo/diwoo-metadata-lijsten.xsd",
        "extern/mdto/MDTO-XML1.0.1.xsd",
    ]
    pairs = [(package_xsd / f, SHARED_XSD / f) for f in files]
    pairs += [(package_xsd / "sitemap" / f, STANDARDS / "sitemap" / f) for f in SITEMAP_XSDS]
    pairs += [(DATA_DIR / f, STANDARDS / "tooi" / f) for f in WAARDELIJSTEN.values()]
    for ours, theirs in pairs:
        assert ours.read_bytes() == theirs.read_bytes(), ours


def test_schema_does_not_compile_without_the_catalog_resolver():
    # Proves the catalog resolver is what makes the offline compile work.
    with pytest.raises(etree.XMLSchemaParseError):
        xsd.compile_schema(xsd.DIWOO_XSD, catalog=None)


# --- strict rules -------------------------------------------------------------------------------


def test_labels_are_filled_in_from_the_value_list():
    model = DiWoo.model_validate(minimal(language={"resource": LANG["uri"]}))
    organisations = {r["uri"]: r["label"] for r in tooi("organisaties_diwoo_0.9.8.csv")}
    assert model.publisher.label == organisations[GM1926]
    category = model.classificatiecollectie.informatiecategorieen[0]
    assert category.label == next(r["label"] for r in CATEGORIES if r["uri"] == WOO_BESLUITEN)
    assert category.code == "infocat014"
    assert model.documenthandelingen[0].soortHandeling.label == "vaststelling"
    assert model.language.label == LANG["label"]


def _handeling(**changes) -> list[dict]:
    return [{"soortHandeling": {"resource": VASTSTELLING}, **changes}]


def _category(item: dict) -> dict:
    return {"informatiecategorieen": [item]}


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"publisher": {"label": "gemeente Pijnacker-Nootdorp"}}, "resource"),
        ({"publisher": {"resource": GM1926, "label": "Pijnacker"}}, "hoort niet bij"),
        ({"publisher": {"resource": GM1926.replace("gm1926", "gm9999")}}, "waardelijst"),
        ({"classificatiecollectie": _category({"label": "adviezen"})}, "resource"),
        (
            {"classificatiecollectie": _category({"resource": WOO_BESLUITEN, "label": "adviezen"})},
            "hoort niet bij",
        ),
        (
            {"classificatiecollectie": _category({"resource": WOO_BESLUITEN + "x"})},
            "waardelijst",
        ),
        ({"classificatiecollectie": {"informatiecategorieen": []}}, "minstens één"),
        (
            {"documenthandelingen": [{"soortHandeling": {"label": "vaststelling"}, "atTime": "x"}]},
            "resource",
        ),
        (
            {
                "documenthandelingen": [
                    {
                        "soortHandeling": {"resource": VASTSTELLING, "label": "ontvangst"},
                        "atTime": "2025-02-20T10:00:00+01:00",
                    }
                ]
            },
            "hoort niet bij",
        ),
        ({"documenthandelingen": _handeling(atTime=datetime(2025, 2, 20, 9))}, "tijdzone"),
        ({"documenthandelingen": _handeling(atTime="2025-02-20T09:00:00")}, "tijdzone"),
        ({"documenthandelingen": _handeling(atTime="2025-02-20")}, "losse datum"),
        ({"documenthandelingen": _handeling(atTime=date(2025, 2, 20))}, "losse datum"),
        ({"documenthandelingen": []}, "minstens één"),
        ({"creatiedatum": datetime(2025, 2, 20, tzinfo=UTC)}, "xs:date"),
        ({"titelcollectie": {"officieleTitel": "  "}}, "leeg"),
        ({"titelcollectie": {"officieleTitel": "a\x00b"}}, "XML"),
    ],
)
def test_strict_rules_refuse_invalid_metadata(changes, message):
    with pytest.raises(ValidationError, match=message):
        DiWoo.model_validate(minimal(**changes))


def test_missing_required_elements_are_refused():
    for field in ("publisher", "titelcollectie", "classificatiecollectie", "documenthandelingen"):
        data = minimal()
        del data[field]
        with pytest.raises(ValidationError):
            DiWoo.model_validate(data)


def test_offset_that_xsd_cannot_hold_is_written_in_utc():
    lmt = timezone(timedelta(minutes=19, seconds=32))
    model = DiWoo.model_validate(
        minimal(documenthandelingen=_handeling(atTime=datetime(1930, 5, 1, 12, tzinfo=lmt)))
    )
    xsd.validate_diwoo(diwoo_xml(model))
    assert model.documenthandelingen[0].atTime.utcoffset() == timedelta(0)
    juneau_1867 = datetime(1867, 1, 1, tzinfo=ZoneInfo("America/Juneau"))  # +15:02:19
    model = DiWoo.model_validate(minimal(documenthandelingen=_handeling(atTime=juneau_1867)))
    xsd.validate_diwoo(diwoo_xml(model))
    assert model.documenthandelingen[0].atTime == juneau_1867


# --- property: every valid model serialises to XSD-valid XML ------------------------------------


def _coded(name: str) -> st.SearchStrategy[dict]:
    rows = tooi(name)
    return st.sampled_from(rows).flatmap(
        lambda r: st.sampled_from(
            [{"resource": r["uri"]}, {"resource": r["uri"], "label": r["label"]}]
        )
    )


TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"),
    min_size=1,
    max_size=30,
).filter(str.strip)
TZ = st.one_of(
    st.timezones(),
    st.builds(
        timezone, st.timedeltas(min_value=timedelta(hours=-14), max_value=timedelta(hours=14))
    ),
)
AWARE = st.datetimes(min_value=datetime(1800, 1, 1), max_value=datetime(2200, 1, 1), timezones=TZ)
ORG = _coded("organisaties_diwoo_0.9.8.csv")


def _unique(name: str, min_size: int = 0) -> st.SearchStrategy[list[dict]]:
    uris = [r["uri"] for r in tooi(name)]
    return st.lists(st.sampled_from(uris), min_size=min_size, max_size=3, unique=True).map(
        lambda xs: [{"resource": u} for u in xs]
    )


MODELS = st.builds(
    dict,
    identifiers=st.lists(TEXT, max_size=2),
    publisher=ORG,
    verantwoordelijke=st.none() | ORG,
    medeverantwoordelijken=st.lists(ORG, max_size=2),
    opsteller=st.none() | ORG,
    naamOpsteller=st.none() | TEXT,
    titelcollectie=st.builds(
        dict,
        officieleTitel=TEXT,
        verkorteTitels=st.lists(TEXT, max_size=2),
        alternatieveTitels=st.lists(TEXT, max_size=2),
    ),
    omschrijvingen=st.lists(TEXT, max_size=2),
    classificatiecollectie=st.builds(
        dict,
        informatiecategorieen=_unique("informatiecategorieen.csv", min_size=1),
        documentsoorten=_unique("documentsoorten.csv"),
        themas=_unique("themas_toplijst.csv"),
        trefwoorden=st.lists(TEXT, max_size=3),
    ),
    creatiedatum=st.none() | st.dates(),
    language=st.none() | _coded("talen.csv"),
    format=st.none() | _coded("bestandsformaten.csv"),
    aggregatiekenmerk=st.none() | TEXT,
    hasParts=st.lists(st.builds(dict, label=TEXT, resource=st.none() | TEXT), max_size=2),
    documenthandelingen=st.lists(
        st.builds(
            dict,
            soortHandeling=_coded("documenthandelingen.csv"),
            atTime=AWARE,
            wasAssociatedWith=st.none() | ORG,
        ),
        min_size=1,
        max_size=3,
    ),
    redenVerwijderingVervanging=st.none() | _coded("redenen_verwijdering_vervanging.csv"),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MODELS)
def test_any_valid_model_serialises_to_xsd_valid_xml(data):
    model = DiWoo.model_validate(data)
    xml = diwoo_xml(model)
    xsd.validate_diwoo(xml)
    assert parse_diwoo(xml) == model
    assert DiWoo.model_validate_json(model.model_dump_json()) == model  # as stored in the ledger


def test_schemas_are_compiled_one_at_a_time_and_kept_per_thread(monkeypatch) -> None:
    # libxml2 compiles schemas unsafely in parallel: a nightly run on a thread pool once refused
    # a valid document ("QName value ... MDTO does not resolve to a(n) element declaration").
    compiling, overlaps = [], []
    real = etree.XMLSchema

    def slow_compile(doc):
        compiling.append(1)
        overlaps.append(len(compiling))
        time.sleep(0.05)
        try:
            return real(doc)
        finally:
            compiling.pop()

    monkeypatch.setattr(xsd.etree, "XMLSchema", slow_compile)
    monkeypatch.setattr(xsd, "_THREAD_SCHEMAS", threading.local(), raising=False)
    got: dict[str, list] = {}

    def validate(name: str) -> None:
        xsd.validate_diwoo(EXAMPLE.read_bytes(), document=f"{name}.pdf")
        got[name] = [xsd.diwoo_schema(), xsd.diwoo_schema()]

    threads = [threading.Thread(target=validate, args=(f"t{i}",)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(got) == 4 and max(overlaps) == 1
    # one schema per thread, reused within it: a schema's error log is not shared between threads
    assert all(first is second for first, second in got.values())
    assert len({id(first) for first, _ in got.values()}) == 4
