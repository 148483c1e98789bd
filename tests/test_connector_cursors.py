"""Property tests on cursor handling: interrupt a harvest anywhere, fail documents anywhere,
resume with the stored cursor, and every document is harvested exactly once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from connectors.cursor import Watermark, watermark_next
from schemas.records import DocumentRef
from tests.servers.zgw import ZgwServer
from tests.zgw_helpers import zgw_connector


class Interrupted(Exception):
    pass


def run_once(connector, cursor, interrupt_at: int | None, failing: set[str]):
    """Like harvest_source: each page and its cursor are committed together, or not at all."""
    committed: list[str] = []
    count = 0
    try:
        for page in connector.list_changes(cursor):
            done, delivered = [], []
            for ref in page:
                count += 1
                if interrupt_at is not None and count == interrupt_at:
                    raise Interrupted
                if ref.source_id in failing:
                    continue
                done.append(ref)
                delivered.append(ref.source_id)
            cursor = connector.next_cursor(cursor, done)
            committed += delivered
    except Interrupted:
        pass
    return committed, cursor


def harvest_until_quiet(connector, plan: list[int | None], failing: set[str], cursor=None):
    delivered: list[str] = []
    for round_number, interrupt_at in enumerate([*plan, None, None]):
        got, cursor = run_once(
            connector, cursor, interrupt_at, failing if round_number == 0 else set()
        )
        delivered += got
    return delivered, cursor


class MemoryWatermarkSource:
    """A source listed by modification time with many ties (like CMIS and ORI)."""

    name = "geheugen"

    def __init__(self, stamps: dict[str, str], page_size: int) -> None:
        self.stamps = stamps
        self.page_size = page_size
        self._page: list[DocumentRef] = []

    def list_changes(self, cursor) -> Iterator[list[DocumentRef]]:
        state = Watermark(cursor)
        rows = sorted(self.stamps.items(), key=lambda item: (item[1], item[0]))
        refs = [DocumentRef(source_id=i, fingerprint=t) for i, t in rows if state.wanted(i, t)]
        for start in range(0, len(refs), self.page_size):
            self._page = refs[start : start + self.page_size]
            yield self._page

    def next_cursor(self, cursor, done):
        return watermark_next(cursor, self._page, done)


@given(
    stamps=st.dictionaries(
        st.text("abcdef", min_size=1, max_size=3),
        st.sampled_from(["t1", "t2", "t3", "t4"]),
        max_size=25,
    ),
    page_size=st.integers(1, 6),
    plan=st.lists(st.one_of(st.none(), st.integers(1, 30)), max_size=5),
    failing=st.sets(st.text("abcdef", min_size=1, max_size=3), max_size=4),
)
def test_watermark_cursor_delivers_every_document_exactly_once(stamps, page_size, plan, failing):
    source = MemoryWatermarkSource(stamps, page_size)
    delivered, cursor = harvest_until_quiet(source, plan, failing)
    assert sorted(delivered) == sorted(stamps)
    assert cursor is None or cursor["failed"] == {}
    # A later change of one document is seen, and only that one.
    if stamps:
        changed = sorted(stamps)[0]
        source.stamps[changed] = "t9"
        again, _ = run_once(source, cursor, None, set())
        assert again == [changed]


@pytest.fixture(scope="module")
def zgw_server() -> Iterator[ZgwServer]:
    with ZgwServer() as running:
        for n in range(9):
            running.add_document(f"Stuk {n}")
        yield running


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    plan=st.lists(st.one_of(st.none(), st.integers(1, 10)), min_size=1, max_size=3),
    failing=st.sets(st.integers(0, 8), max_size=3),
)
def test_zgw_reconciliation_delivers_every_document_exactly_once(
    zgw_server: ZgwServer, monkeypatch: pytest.MonkeyPatch, plan, failing
) -> None:
    connector = zgw_connector(zgw_server, monkeypatch)
    urls = [zgw_server.documents[key]["url"] for key in zgw_server.order]
    delivered, cursor = harvest_until_quiet(connector, plan, {urls[i] for i in failing})
    assert sorted(delivered) == sorted(urls)
    assert sorted(cursor["versions"]) == sorted(urls)
