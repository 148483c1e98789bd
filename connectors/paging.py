"""Keyset paging over a listing ordered by modification time, shared by the watermark connectors.

A source that lists its documents ordered by (modification time, id) is read from a
*position*: the last modification time seen and the ids already listed at exactly that time.
The next request asks for everything at or after that time and passes what was listed there
(CMIS: `skipCount` = how many; Elasticsearch: `search_after` = the last row's sort values), so
paging never depends on a growing offset and a page that ends in the middle of a run of equal
timestamps loses nothing. `watermark_pages` adds the cursor (`connectors.cursor.Watermark`):
only (id, time) pairs the cursor has not harvested yet come out.

A source that breaks the order (a time earlier than one already listed) or keeps answering the
same page is a `PermanentError` for that source, never an endless loop.

Used by `cmis` and `ori`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from connectors.cursor import Watermark
from schemas.records import DocumentRef
from woo.errors import PermanentError

__all__ = ["KeysetPosition", "keyset_rows", "watermark_pages"]

Row = TypeVar("Row")


@dataclass
class KeysetPosition(Generic[Row]):
    """Where the next request starts: at `since`, past the `ids` listed at exactly `since`."""

    since: str
    ids: set[str] = field(default_factory=set)
    last: Row | None = None  # the last row of the previous page (for `search_after`)


def keyset_rows(
    fetch: Callable[[KeysetPosition[Row]], list[Row]],
    identify: Callable[[Row], tuple[str, str]],
    *,
    page_size: int,
    source: str,
    since: str = "",
) -> Iterator[list[tuple[str, str, Row]]]:
    """Pages of (id, modification time, row), each id once, in the source's order.

    `fetch(position)` asks the source for the next page (at most `page_size` rows, ordered by
    time) starting at `position`; `identify(row)` gives the row's id and its time in the
    watermark unit (fixed-width ISO UTC strings that compare as strings). A page shorter than
    `page_size` is the last one.
    """
    position: KeysetPosition[Row] = KeysetPosition(since)
    while True:
        rows = fetch(position)
        if not rows:
            return
        listed: list[tuple[str, str, Row]] = []
        for row in rows:
            source_id, stamp = identify(row)
            if stamp < position.since:
                raise PermanentError(
                    f"bron levert niet op volgorde van wijzigingsdatum ({stamp} na "
                    f"{position.since})",
                    source=source,
                )
            if stamp > position.since:
                position.since, position.ids = stamp, set()
            if source_id in position.ids:
                continue  # already listed on an earlier page at this same time
            position.ids.add(source_id)
            listed.append((source_id, stamp, row))
        position.last = rows[-1]
        if not listed:
            raise PermanentError(
                "bron geeft dezelfde pagina opnieuw (het bladeren komt niet verder)", source=source
            )
        yield listed
        if len(rows) < page_size:
            return


def watermark_pages(
    cursor: dict[str, Any] | None,
    fetch: Callable[[KeysetPosition[Row]], list[Row]],
    identify: Callable[[Row], tuple[str, str]],
    *,
    page_size: int,
    source: str,
) -> Iterator[list[tuple[DocumentRef, Row]]]:
    """Pages of (ref, row) that `cursor` has not harvested, starting at its watermark.

    A ref's fingerprint is its modification time, as `connectors.cursor.watermark_next` expects.
    Pages with nothing new are not yielded; paging goes on behind them.
    """
    state = Watermark(cursor)
    for rows in keyset_rows(
        fetch, identify, page_size=page_size, source=source, since=state.watermark
    ):
        page = [
            (DocumentRef(source_id=source_id, fingerprint=stamp), row)
            for source_id, stamp, row in rows
            if state.wanted(source_id, stamp)
        ]
        if page:
            yield page
