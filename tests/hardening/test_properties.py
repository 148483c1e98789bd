"""Property tests on hostile values: every input either passes the XSD or is refused clearly.

The DiWoo model, our own records and the sitemap writer get arbitrary (often wrong) values:
control characters, markup, naive datetimes, unknown URIs, wrong types, foreign hosts. None may
crash with anything but a validation error, and none may produce XML the XSD refuses.
"""

from __future__ import annotations

import dataclasses
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from pydantic import ValidationError

from publicatie import xsd
from publicatie.diwoo_xml import diwoo_xml
from publicatie.sitemaps import SitemapEntry, write_sitemaps
from schemas.diwoo import DiWoo
from schemas.records import DocumentRef, FetchedDocument, RedactionSpan
from tests.test_diwoo import MODELS

BASE = "https://open.pijnacker-nootdorp.nl"
ANY_TEXT = st.text(max_size=40)  # includes control characters, surrogates, markup, empties
HOSTILE_TEXT = st.sampled_from(
    ["", " ", "<script>alert(1)</script>", "\x00", "\x1b[31m", "&lol9;", "]]>", "\ud800", "\ufffe"]
)
ANY_VALUE = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | ANY_TEXT | HOSTILE_TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(ANY_TEXT, inner, max_size=3),
    max_leaves=8,
)
FIELDS = list(DiWoo.model_fields)
SLOW = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))


def _clear(exc: ValidationError) -> None:
    errors = exc.errors()
    assert errors, "a refusal names at least one problem"
    assert all(error["msg"] for error in errors)


@SLOW
@given(MODELS, st.sampled_from(FIELDS), ANY_VALUE)
def test_diwoo_with_any_field_replaced_is_xsd_valid_or_refused(data, field, value) -> None:
    data = {**data, field: value}
    try:
        model = DiWoo.model_validate(data)
    except ValidationError as exc:
        _clear(exc)
        return
    xsd.validate_diwoo(diwoo_xml(model))


@SLOW
@given(MODELS, HOSTILE_TEXT | ANY_TEXT)
def test_diwoo_with_hostile_title_is_xsd_valid_or_refused(data, title) -> None:
    data = {**data, "titelcollectie": {"officieleTitel": title}}
    try:
        model = DiWoo.model_validate(data)
    except ValidationError as exc:
        _clear(exc)
        return
    xml = diwoo_xml(model)
    xsd.validate_diwoo(xml)
    assert b"<script>" not in xml  # markup is escaped text, never elements


@SLOW
@given(st.dictionaries(st.sampled_from(["source_id", "fingerprint", "deleted", "x"]), ANY_VALUE))
def test_document_ref_validates_or_refuses(data) -> None:
    try:
        DocumentRef.model_validate(data)
    except ValidationError as exc:
        _clear(exc)


@SLOW
@given(
    st.dictionaries(
        st.sampled_from(
            ["source", "source_id", "fingerprint", "file_name", "media_type", "content", "metadata"]
        ),
        ANY_VALUE | st.binary(max_size=20),
    )
)
def test_fetched_document_validates_or_refuses(data) -> None:
    try:
        FetchedDocument.model_validate(data)
    except ValidationError as exc:
        _clear(exc)


@SLOW
@given(st.dictionaries(st.sampled_from(list(RedactionSpan.model_fields)), ANY_VALUE))
def test_redaction_span_validates_or_refuses(data) -> None:
    try:
        RedactionSpan.model_validate(data)
    except ValidationError as exc:
        _clear(exc)


LOCS = st.one_of(
    st.builds(lambda s: f"{BASE}/documenten/{s}.pdf", st.text(min_size=1, max_size=20)),
    st.sampled_from(
        [
            "http://open.pijnacker-nootdorp.nl/a.pdf",
            "https://elders.example/a.pdf",
            "javascript:alert(1)",
            f"{BASE}/a b.pdf",
            f"{BASE}/<x>.pdf",
            "",
        ]
    ),
)
MOMENTS = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)) | (
    st.datetimes(
        min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
    )
)
CODES = st.lists(st.sampled_from(["infocat001", "infocat009", "infocat999", "", "x"]), max_size=3)


@st.composite
def entries(draw) -> SitemapEntry:
    model = DiWoo.model_validate(draw(MODELS))
    codes = draw(st.none() | CODES)
    return SitemapEntry(
        loc=draw(LOCS),
        lastmod=draw(MOMENTS),
        codes=model.informatiecategorie_codes if codes is None else codes,
        diwoo=model,
    )


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(entries(), max_size=6))
def test_sitemap_writer_writes_valid_files_or_refuses_each_entry(batch) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        report = write_sitemaps(batch, base_url=BASE, out_dir=out, max_urls=2)
        assert len(report.refused) + len(report.skipped) + sum(report.counts.values()) == len(batch)
        assert all(reason for _, reason in report.refused)
        for sitemap in out.glob("sitemaps/*.xml"):
            xsd.validate_sitemap(sitemap.read_bytes(), document=sitemap.name)
            assert (
                etree.fromstring(sitemap.read_bytes()).find(
                    "{http://www.sitemaps.org/schemas/sitemap/0.9}url"
                )
                is not None
            ), "never an empty urlset"
        for index in out.glob("sitemapindex-diwoo-infocat*.xml"):
            xsd.validate_sitemap_index(index.read_bytes(), document=index.name)


def test_a_lone_surrogate_as_coded_value_is_refused_with_a_clear_error() -> None:
    # Found by the property above: the refusal message itself must be encodable.
    data = {
        "publisher": "\ud800",
        "titelcollectie": {"officieleTitel": "Besluit"},
        "classificatiecollectie": {
            "informatiecategorieen": [
                {"resource": "https://identifier.overheid.nl/tooi/def/thes/kern/c_139c6280"}
            ]
        },
        "documenthandelingen": [
            {
                "soortHandeling": {
                    "resource": "https://identifier.overheid.nl/tooi/def/thes/kern/c_e1ec050e"
                },
                "atTime": "2000-01-01T00:00:00+00:00",
            }
        ],
    }
    with pytest.raises(ValidationError) as refused:
        DiWoo.model_validate(data)
    _clear(refused.value)
    assert "staat niet in de waardelijst" in refused.value.errors()[0]["msg"]


@pytest.mark.parametrize("name", ["[", "a]b", "é", "a{b}", "x^y", "100%", "a\\b", "a|b"])
def test_a_loc_with_characters_a_url_must_encode_is_refused(name: str) -> None:
    # Found by the property above: "[" passed the checks and broke the sitemap XSD.
    from publicatie.sitemaps import url_fragment
    from tests.test_diwoo import minimal
    from woo.errors import DocumentError

    entry = SitemapEntry.from_diwoo(
        f"{BASE}/documenten/{name}.pdf",
        datetime(2025, 1, 1, tzinfo=UTC),
        DiWoo.model_validate(minimal()),
    )
    with pytest.raises(DocumentError, match="gecodeerd"):
        url_fragment(entry, base_url=BASE)
    encoded = dataclasses.replace(entry, loc=f"{BASE}/documenten/a%5Bb%5D%C3%A9.pdf")
    assert url_fragment(encoded, base_url=BASE)[0] == entry.codes[0]
