"""Cursor helpers shared by the connectors.

Two styles, both crash-safe by construction (the flow stores the proposed cursor in the same
transaction as the harvested rows, and a failed document is never passed):

- **versions**: one change marker per document (ZGW `versie@beginRegistratie`, Graph items).
  Anything whose marker differs is listed; what disappeared from a full listing is deleted.
- **watermark** (keyset): the highest modification time seen, plus the ids already harvested
  *at or above* it, plus the failed ones. The watermark never passes a failed document; ties on
  the same timestamp are handled by id, not by a growing offset.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from schemas.records import DocumentRef

__all__ = ["Watermark", "versions_next", "versions_of", "watermark_next", "watermark_wanted"]


def versions_of(cursor: dict[str, Any] | None) -> dict[str, str]:
    if not cursor:
        return {}
    versions = cursor.get("versions", {})
    return {str(k): str(v) for k, v in versions.items()} if isinstance(versions, dict) else {}


def versions_next(cursor: dict[str, Any] | None, done: Iterable[DocumentRef]) -> dict[str, Any]:
    """The version map updated with the refs harvested successfully; failed ones stay unchanged."""
    versions = versions_of(cursor)
    for ref in done:
        if ref.deleted:
            versions.pop(ref.source_id, None)
        else:
            versions[ref.source_id] = ref.fingerprint
    result = dict(cursor or {})
    result["versions"] = versions
    return result


class Watermark:
    """A parsed watermark cursor: {"watermark": ts, "done": {id: ts}, "failed": {id: ts}}.

    Timestamps are ISO-8601 UTC strings of one fixed width, so they compare as strings.
    """

    def __init__(self, cursor: dict[str, Any] | None, *, initial: str = "") -> None:
        cursor = cursor or {}
        self.watermark = str(cursor.get("watermark") or initial)
        self.done: dict[str, str] = dict(cursor.get("done") or {})
        self.failed: dict[str, str] = dict(cursor.get("failed") or {})

    def wanted(self, source_id: str, stamp: str) -> bool:
        """True when this (id, modification time) has not been harvested yet."""
        return stamp >= self.watermark and self.done.get(source_id) != stamp

    def as_dict(self) -> dict[str, Any]:
        return {"watermark": self.watermark, "done": self.done, "failed": self.failed}


def watermark_wanted(cursor: dict[str, Any] | None, source_id: str, stamp: str) -> bool:
    return Watermark(cursor).wanted(source_id, stamp)


def watermark_next(
    cursor: dict[str, Any] | None, page: Iterable[DocumentRef], done: Iterable[DocumentRef]
) -> dict[str, Any]:
    """Advance past `done`, but never past a ref of `page` that is not in `done` (failed).

    Each ref's fingerprint is its modification time (the watermark unit).
    """
    state = Watermark(cursor)
    done_ids = set()
    high = state.watermark
    for ref in done:
        done_ids.add(ref.source_id)
        state.failed.pop(ref.source_id, None)
        state.done[ref.source_id] = ref.fingerprint
        high = max(high, ref.fingerprint)
    for ref in page:
        if ref.source_id not in done_ids:
            state.failed[ref.source_id] = ref.fingerprint
    high = max([high, *state.done.values()])
    state.watermark = min(state.failed.values()) if state.failed else high
    state.done = {k: v for k, v in state.done.items() if v >= state.watermark}
    return state.as_dict()
