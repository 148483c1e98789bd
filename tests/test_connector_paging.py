"""The shared keyset paginator: ties on one timestamp, pages that end mid-timestamp, empty and
all-known pages, both continuation styles (skip count, search_after), and sources that misbehave."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from connectors.cursor import watermark_next
from connectors.paging import KeysetPosition, keyset_rows, watermark_pages
from woo.errors import PermanentError

Row = tuple[str, str]  # (id, stamp)


class SkipSource:
    """Answers like a CMIS query: rows at or after `since`, ordered by (stamp, id), skipping
    `skip` of them; records what it was asked."""

    def __init__(self, rows: dict[str, str], page_size: int) -> None:
        self.rows = rows
        self.page_size = page_size
        self.asked: list[tuple[str, int]] = []

    def fetch(self, position: KeysetPosition[Row]) -> list[Row]:
        self.asked.append((position.since, len(position.ids)))
        ordered = sorted(((i, s) for i, s in self.rows.items() if s >= position.since), key=_key)
        skip = len(position.ids)
        return ordered[skip : skip + self.page_size]


def _key(row: Row) -> tuple[str, str]:
    return row[1], row[0]


def _identify(row: Row) -> Row:
    return row


def _listed(source: SkipSource, since: str = "") -> list[list[str]]:
    pages = keyset_rows(
        source.fetch, _identify, page_size=source.page_size, source="test", since=since
    )
    return [[source_id for source_id, _stamp, _row in page] for page in pages]


def test_ties_on_one_timestamp_are_paged_without_loss_or_repeats() -> None:
    source = SkipSource({name: "t1" for name in "abcde"}, page_size=2)
    assert _listed(source) == [["a", "b"], ["c", "d"], ["e"]]
    # Each next page starts at the same time and passes what was listed there.
    assert source.asked == [("", 0), ("t1", 2), ("t1", 4)]


def test_a_page_that_ends_mid_timestamp_continues_there() -> None:
    source = SkipSource({"a": "t1", "b": "t1", "c": "t1", "d": "t2", "e": "t3"}, page_size=2)
    assert _listed(source) == [["a", "b"], ["c", "d"], ["e"]]
    assert source.asked == [("", 0), ("t1", 2), ("t2", 1)]


def test_an_empty_source_and_an_exactly_full_last_page() -> None:
    assert _listed(SkipSource({}, page_size=3)) == []
    source = SkipSource({"a": "t1", "b": "t2"}, page_size=2)
    assert _listed(source) == [["a", "b"]]
    assert source.asked == [("", 0), ("t2", 1)]  # a full page asks once more, gets nothing


def test_pages_the_cursor_already_has_are_skipped_and_paging_goes_on() -> None:
    source = SkipSource({"a": "t1", "b": "t1", "c": "t2", "d": "t3"}, page_size=2)
    cursor = {"watermark": "t1", "done": {"a": "t1", "b": "t1"}, "failed": {}}
    pages = list(watermark_pages(cursor, source.fetch, _identify, page_size=2, source="test"))
    assert [[ref.source_id for ref, _row in page] for page in pages] == [["c", "d"]]
    assert [(ref.fingerprint) for ref, _row in pages[0]] == ["t2", "t3"]
    assert source.asked[0] == ("t1", 0)  # starts at the cursor's watermark


def test_search_after_style_continues_from_the_last_row() -> None:
    rows = sorted([("a", "t1"), ("b", "t1"), ("c", "t1"), ("d", "t2")], key=_key)

    def fetch(position: KeysetPosition[Row]) -> list[Row]:
        after = _key(position.last) if position.last else ("", "")
        return [row for row in rows if _key(row) > after][:2]

    pages = keyset_rows(fetch, _identify, page_size=2, source="test")
    assert [[i for i, _s, _r in page] for page in pages] == [["a", "b"], ["c", "d"]]


def test_a_source_that_ignores_the_position_is_an_error_not_an_endless_loop() -> None:
    rows = [("a", "t1"), ("b", "t1")]
    with pytest.raises(PermanentError, match="komt niet verder"):
        list(keyset_rows(lambda _position: rows, _identify, page_size=2, source="test"))


def test_a_source_out_of_order_is_an_error() -> None:
    rows = [("a", "t2"), ("b", "t1")]
    with pytest.raises(PermanentError, match="niet op volgorde") as caught:
        list(keyset_rows(lambda _position: rows, _identify, page_size=5, source="bron-x"))
    assert caught.value.source == "bron-x"


@given(
    stamps=st.dictionaries(
        st.text("abcdef", min_size=1, max_size=3),
        st.sampled_from(["t1", "t2", "t3"]),
        max_size=20,
    ),
    page_size=st.integers(1, 5),
    failing=st.sets(st.text("abcdef", min_size=1, max_size=3), max_size=3),
)
def test_every_document_is_listed_once_in_order_and_a_resumed_run_gets_the_rest(
    stamps: dict[str, str], page_size: int, failing: set[str]
) -> None:
    source = SkipSource(stamps, page_size)
    listed = [i for page in _listed(source) for i in page]
    assert listed == [i for i, _s in sorted(stamps.items(), key=_key)]

    # A run where some documents fail, then a resumed run: together each one exactly once.
    cursor: dict | None = None
    delivered: list[str] = []
    for round_failing in (failing, set()):
        for page in watermark_pages(
            cursor, source.fetch, _identify, page_size=page_size, source="test"
        ):
            refs = [ref for ref, _row in page]
            done = [ref for ref in refs if ref.source_id not in round_failing]
            delivered += [ref.source_id for ref in done]
            cursor = watermark_next(cursor, refs, done)
    assert sorted(delivered) == sorted(stamps)
