"""CMIS 1.1 browser binding connector (Alfresco and other document management systems).

**New and changed documents**: a CMIS query on `cmis:lastModificationDate`, ordered by that date
and read with the shared keyset paginator (`connectors.paging`) against a watermark cursor
(`connectors.cursor.Watermark`): the next page asks for documents at or after the last date seen
and skips the ids already listed at exactly that date. Dates come back as epoch milliseconds.

**Deleted documents** (a query cannot list what is gone), the way the repository allows; its
`repositoryInfo` (the service document) is read at the start of every run:
- *change log*: `capabilities.capabilityChanges` is not `none` and there is a
  `latestChangeLogToken` (Alfresco: with `audit.enabled` and `audit.cmischangelog.enabled` it
  says `objectidsonly`). `cmisselector=contentChanges` is read from the token in the cursor to
  the end, following `changeLogToken` while `hasMoreItems`. The ids of its `created`,
  `updated`, `deleted` and `security` events are checked with a query
  (`cmis:objectId IN (...)`, inside `folder`): a harvested document the query no longer finds
  is reported deleted (deleted, moved out of the folder, or no longer readable for us); one
  that became readable is reported new. The cursor then keeps the `latestChangeLogToken` read at
  the start of the run, so what changes during the run is read again next time (harmless).
  `changesIncomplete` (always true on Alfresco) only says the log does not reach back forever;
  a stored token the server refuses (a purged log) falls back to one reconciliation.
- *reconciliation*: without a usable change log, every `reconcile_hours` all ids in scope are
  listed (keyset, so a concurrent change cannot hide a live document) and the harvested ones
  that are missing are checked with the same query.

Either way a document is reported deleted only after the check query did not find it: a listing
that went wrong never withdraws a live document. The cursor holds the watermark (`watermark`,
`done`, `failed`), `known` (ids harvested and not deleted: what a deletion can concern),
`change_token`, `reconciled_at`, and `recheck` (ids whose deletion or addition failed in the
pipeline: checked again next run).

Options (`kind = "cmis"`): `url` (the repository's browser binding root, e.g.
`https://dms.gemeente.nl/alfresco/api/-default-/public/cmis/versions/1.1/browser`),
`repository` (repository id; default: the first one), `user` and `password_env` (HTTP Basic;
the password comes from the environment variable named there), `folder` (optional: only
documents under this folder id, `IN_TREE`), `page_size` (default 100), `max_bytes`,
`reconcile_hours` (default 24; 0 = every run; only without a change log).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from connectors.auth import basic_auth, option, secret_from_env
from connectors.base import Cursor, register_connector
from connectors.cursor import watermark_next
from connectors.folder import media_type_for
from connectors.guard import guarded_fetch, guarded_listing
from connectors.http import DEFAULT_MAX_BYTES, HttpClient, HttpStatusError, is_html
from connectors.paging import KeysetPosition, keyset_rows, watermark_pages
from schemas.records import DocumentRef, FetchedDocument
from woo.errors import PermanentError
from woo.settings import SourceConfig

__all__ = ["CmisConnector", "stamp_from_millis"]

log = logging.getLogger(__name__)

PROPERTIES = (
    "cmis:objectId",
    "cmis:name",
    "cmis:lastModificationDate",
    "cmis:contentStreamMimeType",
    "cmis:contentStreamFileName",
    "cmis:objectTypeId",
    "cmis:versionLabel",
    "cmis:description",
)
ID_PROPERTIES = ("cmis:objectId", "cmis:lastModificationDate")
CHANGE_TYPES = frozenset({"created", "updated", "deleted", "security"})
# HTTP statuses of a contentChanges call that mean "not this way" (invalidArgument: a purged
# token; objectNotFound; notSupported; constraint): reconcile instead.
REFUSED = frozenset({400, 404, 405, 409})
CHECK_BATCH = 100  # ids per check query


def stamp_from_millis(millis: int) -> str:
    """Epoch milliseconds → fixed-width ISO UTC string (the watermark unit)."""
    moment = datetime.fromtimestamp(millis / 1000, UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _cmis_timestamp(stamp: str) -> str:
    return stamp[:-1] + "Z" if stamp else "1970-01-01T00:00:00.000Z"


def _value(properties: dict[str, Any], key: str) -> Any:
    entry = properties.get(key)
    return entry.get("value") if isinstance(entry, dict) else entry


def _object_id(value: Any) -> str:
    """The id without its version suffix (Alfresco: `uuid;1.0`)."""
    return str(value).split(";")[0]


def _identify(properties: dict[str, Any]) -> tuple[str, str]:
    object_id = _object_id(_value(properties, "cmis:objectId"))
    return object_id, stamp_from_millis(int(_value(properties, "cmis:lastModificationDate")))


def _quote(value: str) -> str:
    """A CMIS QL string literal (backslash escapes quote and backslash)."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


@register_connector("cmis")
class CmisConnector:
    """Harvests cmis:document objects in order of modification; detects deletions."""

    def __init__(
        self, config: SourceConfig, *, transport: httpx.BaseTransport | None = None
    ) -> None:
        self.name = config.name
        options = config.options
        self.url = str(option(self.name, options, "url")).rstrip("/")
        password = secret_from_env(self.name, options, "password_env")
        self.repository = str(options.get("repository") or "")
        self.folder = options.get("folder")
        self.page_size = int(options.get("page_size", 100))
        self.reconcile_hours = float(options.get("reconcile_hours", 24))
        self.http = HttpClient(
            self.name,
            auth=basic_auth(str(option(self.name, options, "user")), password),
            transport=transport,
            max_bytes=int(options.get("max_bytes", DEFAULT_MAX_BYTES)),
        )
        self._page: list[DocumentRef] = []
        self._properties: dict[str, dict[str, Any]] = {}
        self._phase = "watermark"  # or "deletions": what the current page is
        self._last = False  # the current page is the run's last
        self._final: dict[str, Any] = {}  # cursor fields the last page of a run sets
        self._recheck: set[str] = set()  # ids still to check after the current page
        self._failed_here: set[str] = set()  # ids of this run's deletion pages that failed

    # -- repository -------------------------------------------------------------------------
    def _repository_info(self) -> dict[str, Any]:
        """This repository's entry of the service document (capabilities, change log token)."""
        body = self.http.get_json(self.url)
        if not isinstance(body, dict) or not body:
            raise PermanentError("geen CMIS-repository gevonden", source=self.name)
        if not self.repository:
            self.repository = str(next(iter(body)))
        info = body.get(self.repository)
        if not isinstance(info, dict):
            raise PermanentError(
                f"CMIS-repository {self.repository} niet gevonden", source=self.name
            )
        return info

    def _root(self) -> str:
        if not self.repository:
            self._repository_info()
        return f"{self.url}/{self.repository}"

    @staticmethod
    def _change_log_token(info: dict[str, Any]) -> str | None:
        """The latest change log token when the change log can report document deletions."""
        capabilities = info.get("capabilities") or {}
        if str(capabilities.get("capabilityChanges") or "none").lower() == "none":
            return None
        on_type = info.get("changesOnType")
        if isinstance(on_type, list) and on_type and "cmis:document" not in on_type:
            return None
        token = info.get("latestChangeLogToken")
        return None if token in (None, "") else str(token)

    # -- queries ----------------------------------------------------------------------------
    def _statement(self, properties: tuple[str, ...], where: str, order: str = "") -> str:
        clauses = [where]
        if self.folder:
            clauses.append(f"IN_TREE(d, {_quote(str(self.folder))})")
        statement = (
            f"SELECT {', '.join('d.' + p for p in properties)} FROM cmis:document d "
            f"WHERE {' AND '.join(clauses)}"
        )
        return statement + (f" ORDER BY {order}" if order else "")

    def _run(self, statement: str, skip: int = 0) -> list[dict[str, Any]]:
        body = self.http.get_json(
            self._root(),
            method="POST",
            data={
                "cmisaction": "query",
                "statement": statement,
                "maxItems": str(self.page_size),
                "skipCount": str(skip),
                "succinct": "false",
            },
        )
        if not isinstance(body, dict) or not isinstance(body.get("results"), list):
            raise PermanentError("onverwacht antwoord op CMIS-query", source=self.name)
        return [row.get("properties", {}) for row in body["results"]]

    def _query(
        self, since: str, skip: int, properties: tuple[str, ...] = PROPERTIES
    ) -> list[dict[str, Any]]:
        """One page of documents modified at or after `since`, oldest first."""
        where = f"d.cmis:lastModificationDate >= TIMESTAMP '{_cmis_timestamp(since)}'"
        order = "d.cmis:lastModificationDate ASC"
        return self._run(self._statement(properties, where, order), skip)

    def _fetch_page(self, position: KeysetPosition[dict[str, Any]]) -> list[dict[str, Any]]:
        return self._query(position.since, len(position.ids))

    def _present(self, ids: set[str]) -> dict[str, dict[str, Any]]:
        """Which of `ids` are readable documents in scope now (id → properties).

        One query per chunk, each chunk no larger than a page, so no answer is paged (a paged
        answer without a stable order could hide a live document).
        """
        found: dict[str, dict[str, Any]] = {}
        ordered = sorted(ids)
        size = max(1, min(CHECK_BATCH, self.page_size))
        for start in range(0, len(ordered), size):
            chunk = ", ".join(_quote(object_id) for object_id in ordered[start : start + size])
            for row in self._run(self._statement(PROPERTIES, f"d.cmis:objectId IN ({chunk})")):
                found[_identify(row)[0]] = row
        return found

    # -- deletions --------------------------------------------------------------------------
    def _changed_ids(self, token: str) -> set[str] | None:
        """Ids named by the change log from `token` on; None when the log cannot be read."""
        ids: set[str] = set()
        asked = {token}
        while True:
            try:
                body = self.http.get_json(
                    self._root(),
                    params={
                        "cmisselector": "contentChanges",
                        "changeLogToken": token,
                        "includeProperties": "false",
                        "maxItems": str(self.page_size),
                        "succinct": "true",
                    },
                )
            except HttpStatusError as exc:
                if exc.status not in REFUSED:
                    raise
                log.warning(
                    "bron %s: wijzigingslog niet leesbaar (%s); vergelijken", self.name, exc
                )
                return None
            if not isinstance(body, dict) or not isinstance(body.get("objects"), list):
                raise PermanentError("onverwacht antwoord op contentChanges", source=self.name)
            for item in body["objects"]:
                properties = item.get("succinctProperties") or item.get("properties") or {}
                change = (item.get("changeEventInfo") or {}).get("changeType")
                object_id = _value(properties, "cmis:objectId")
                if object_id and change in CHANGE_TYPES:
                    ids.add(_object_id(object_id))
            if not body.get("hasMoreItems"):
                return ids
            token = str(body.get("changeLogToken") or "")
            if not token or token in asked:
                log.warning("bron %s: wijzigingslog komt niet verder; vergelijken", self.name)
                return None
            asked.add(token)

    def _unlisted(self, known: set[str]) -> set[str]:
        """Reconciliation: known ids missing from a full listing, and listed ids not known."""
        listed: set[str] = set()
        pages = keyset_rows(
            lambda position: self._query(position.since, len(position.ids), ID_PROPERTIES),
            _identify,
            page_size=self.page_size,
            source=self.name,
        )
        for page in pages:
            listed.update(object_id for object_id, _stamp, _row in page)
        return known ^ listed

    def _reconcile_due(self, cursor: Cursor) -> bool:
        try:
            last = datetime.fromisoformat(str(cursor.get("reconciled_at") or ""))
        except ValueError:
            return True
        return datetime.now(UTC) - last >= timedelta(hours=self.reconcile_hours)

    # -- listing ----------------------------------------------------------------------------
    def _emit(
        self, phase: str, pairs: list[tuple[DocumentRef, dict[str, Any]]], *, last: bool = False
    ) -> list[DocumentRef]:
        self._phase, self._last = phase, last
        self._properties = {ref.source_id: row for ref, row in pairs}
        self._page = [ref for ref, _row in pairs]
        return self._page

    @guarded_listing
    def list_changes(self, cursor: Cursor | None) -> Iterator[list[DocumentRef]]:
        """Pages of new/changed documents; then the deleted ones (and ones that appeared)."""
        state: Cursor = dict(cursor or {})
        latest = self._change_log_token(self._repository_info())
        self._final, self._failed_here = {}, set()
        self._recheck = set(state.get("recheck") or [])
        listed: set[str] = set()
        pages = watermark_pages(
            state, self._fetch_page, _identify, page_size=self.page_size, source=self.name
        )
        for pairs in pages:
            listed.update(ref.source_id for ref, _row in pairs)
            yield self._emit("watermark", pairs)

        # Which ids to check. Without a cursor nothing was harvested, so nothing can be gone.
        known = set(state.get("known") or [])
        check = set(self._recheck)
        if latest is not None:
            self._final["change_token"] = latest
            previous = state.get("change_token")
            changed = self._changed_ids(str(previous)) if previous else None
            check |= changed or set()
            reconcile = changed is None and bool(state)
        else:
            reconcile = bool(state) and self._reconcile_due(state)
        if reconcile or (latest is None and not state):
            self._final["reconciled_at"] = datetime.now(UTC).isoformat()
        if reconcile:
            check |= self._unlisted(known)
        check -= listed
        found = self._present(check) if check else {}
        pairs = [
            (DocumentRef(source_id=object_id, fingerprint="", deleted=True), {})
            for object_id in sorted((check & known) - set(found))
        ]
        pairs += [
            (DocumentRef(source_id=object_id, fingerprint=_identify(row)[1]), row)
            for object_id, row in sorted(found.items())
            if object_id not in known
        ]
        new_state = any(state.get(key) != value for key, value in self._final.items())
        if not pairs and not new_state and not self._recheck:
            return
        size = self.page_size
        chunks = [pairs[i : i + size] for i in range(0, len(pairs), size)] or [[]]
        for index, chunk in enumerate(chunks):
            # The last page (possibly empty) stores the change token / reconciliation time.
            yield self._emit("deletions", chunk, last=index == len(chunks) - 1)

    @guarded_fetch
    def fetch(self, ref: DocumentRef) -> FetchedDocument:
        properties = self._properties.get(ref.source_id, {})
        declared = str(_value(properties, "cmis:contentStreamMimeType") or "")
        download = self.http.download(
            f"{self._root()}/root?cmisselector=content&objectId={ref.source_id}",
            document=ref.source_id,
            headers={"Accept": "*/*"},
            # An HTML answer for a document that is not HTML is an error page, not the file.
            allow_html=not declared or is_html(declared),
        )
        name = str(
            _value(properties, "cmis:contentStreamFileName")
            or _value(properties, "cmis:name")
            or download.file_name
            or ref.source_id
        )
        media_type = declared or media_type_for(name)
        metadata = {
            "titel": _value(properties, "cmis:name") or name,
            "documentsoort": _value(properties, "cmis:objectTypeId"),
            "versie": _value(properties, "cmis:versionLabel"),
            "beschrijving": _value(properties, "cmis:description"),
            "gewijzigd": ref.fingerprint,
        }
        return FetchedDocument(
            source=self.name,
            source_id=ref.source_id,
            fingerprint=ref.fingerprint,
            file_name=name,
            media_type=media_type,
            content=download.content,
            metadata={k: v for k, v in metadata.items() if v not in (None, "")},
        )

    def next_cursor(self, cursor: Cursor | None, done: list[DocumentRef]) -> Cursor:
        result: Cursor = dict(cursor or {})
        known = set(result.get("known") or [])
        finished = {ref.source_id for ref in done}
        for ref in done:
            if ref.deleted:
                known.discard(ref.source_id)
            else:
                known.add(ref.source_id)
        if self._phase == "watermark":
            result.update(watermark_next(cursor, self._page, done))
        else:
            self._failed_here |= {r.source_id for r in self._page if r.source_id not in finished}
            self._recheck -= finished | {r.source_id for r in self._page}
            last = self._last
            # Until the last page is stored, an interrupted run keeps what was still to check.
            result["recheck"] = sorted(self._failed_here | (set() if last else self._recheck))
            if last:
                result.update(self._final)
        result["known"] = sorted(known)
        return result

    def check(self) -> str:
        info = self._repository_info()
        rows = self._query("", 0)
        how = "wijzigingslog" if self._change_log_token(info) else "periodieke vergelijking"
        return (
            f"CMIS-repository {self.repository} op {self.url}: bereikbaar "
            f"({len(rows)} op de eerste pagina; verwijderingen via {how})"
        )
