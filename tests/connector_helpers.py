"""Run a connector like harvest_source does (page + cursor together), without a ledger."""

from __future__ import annotations

from schemas.records import FetchedDocument


def harvest(connector, cursor=None, failing: frozenset[str] = frozenset()):
    """Returns (fetched documents, deleted ids, cursor); ids in `failing` fail on fetch."""
    fetched: list[FetchedDocument] = []
    deleted: list[str] = []
    for page in connector.list_changes(cursor):
        done = []
        for ref in page:
            if ref.source_id in failing:
                continue
            if ref.deleted:
                deleted.append(ref.source_id)
            else:
                fetched.append(connector.fetch(ref))
            done.append(ref)
        cursor = connector.next_cursor(cursor, done)
    return fetched, deleted, cursor
