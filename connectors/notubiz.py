"""Council information systems: Notubiz, and Open Raadsinformatie as a backfill source.

**Notubiz** (`kind = "notubiz"`). What the connector assumes about the API was checked against
public sources; Notubiz publishes no API documentation we could find.
Verified (Open Raadsinformatie's Notubiz extractor and transformer, github.com/openstate/
open-raadsinformatie `ocd_backend/extractors/notubiz.py` and `ocd_backend/transformers/
notubiz_meeting.py`, and the Notubiz answer it keeps as a test fixture,
`tests/ocd_backend/test_dumps/notubiz_meeting_amsterdam.json`; `/events` with the same parameters
and `has_more_pages` also appears in two other public clients found by code search):
- every call carries `format=json` and `version` (ORI sends `1.17.0`); a token goes along as
  the query parameter `application_token`, not as an Authorization header;
- meetings are listed with `GET /events?organisation_id=&date_from=&date_to=&page=` (dates as
  `YYYY-MM-DD HH:MM:SS`, filtering on the meeting date), answered as `{"events": [...],
  "pagination": {"has_more_pages": ...}}`; an event whose `permission_group` is not `public`
  is not for us;
- `GET /events/meetings/{id}` answers `{"meeting": {...}}` with `plannings[0].start_date`,
  `documents` and nested `agenda_items` (each with `documents`, `agenda_items` and
  `type_data.attributes`, the title being the attribute with id 1); a meeting we may not see is
  refused ("No rights to see this meeting");
- a document has `id`, `title`, `url` (the file, `https://api.notubiz.nl/document/{id}/{version}`),
  `self`, `last_modified` (`YYYY-MM-DD HH:MM:SS`), `version`, `versions[]` (`id`, `file_name`,
  `mime_type`), `types[]` (`value`, e.g. "Notulen", "Uitslagenlijst", "Raadsvoorstel": the
  organisation's own names) and `confidential` (0 or 1).
Assumed, not verified: that no call lists an organisation's documents by modification time
(none of the sources uses one; our earlier `/organisations/{id}/documents?modified_since` had no
basis), so every run re-reads the meetings of a date window (`lookback_days` back,
`ahead_days` ahead) and compares `version@last_modified` per document (a versions cursor, as
for ZGW); that `GET /document/{id}` answers 404 (or 401/403) for a document that is gone or no
longer public (used only to confirm a deletion, see below); the time zone of `last_modified`
(only equality is used); which `version` a tenant needs (one client reports that older versions
ignore the query parameters and uses 1.21: set `api_version` then). Our earlier shape (a Bearer
token, `type`, `filename`, `event` on a document) had no public basis either and is gone.

Deletions, after a complete listing: a known document that is now `confidential`, or whose
meeting is listed but no longer public, is reported deleted; one that disappeared from a
meeting inside the window is reported deleted once `GET /document/{id}` confirms it is gone. A
document whose meeting left the window is left alone. Options: `base_url` (default
`https://api.notubiz.nl`), `organisation_id`, `api_version` (default `1.17.0`), optional
`token_env` (environment variable with the application token), `lookback_days` (default
365), `ahead_days` (default 90), `page_size` (documents per page, default 100), `max_bytes`.

**Open Raadsinformatie** (`kind = "ori"`): the Elasticsearch-style search API
(`POST {base_url}/{index}/_search`) over `MediaObject`s, sorted on (`last_discussed_at`,
`_id`) and paged with `search_after` through the shared keyset paginator
(`connectors.paging`); the watermark keeps the harvest crash-safe. Options: `base_url` (default
`https://api.openraadsinformatie.nl/v1/elastic`), `index` (e.g. `ori_pijnacker-nootdorp_*`),
`page_size`, `max_bytes`. No credentials.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from connectors.auth import option, refuse_literal_secrets
from connectors.base import Cursor, register_connector
from connectors.cursor import versions_next, versions_of, watermark_next
from connectors.folder import media_type_for
from connectors.guard import guarded_fetch, guarded_listing
from connectors.http import DEFAULT_MAX_BYTES, HttpClient, HttpStatusError, is_html
from connectors.paging import KeysetPosition, watermark_pages
from schemas.records import DocumentRef, FetchedDocument
from woo.errors import ConfigError, DocumentError, PermanentError
from woo.settings import SourceConfig

__all__ = ["SOURCE_TYPES", "NotubizConnector", "OriConnector"]

# Notubiz document types (`types[].value`) → the documentsoort our category mapping reads;
# any other type passes through in lower case.
SOURCE_TYPES = {
    "agenda": "agenda",
    "raadsvoorstel": "raadsvoorstel",
    "motie": "motie",
    "besluitenlijst": "besluitenlijst",
    "ingekomen stuk": "ingekomen stuk",
    "ingekomen_stuk": "ingekomen stuk",
}
NOT_PUBLIC = frozenset({401, 403})
GONE = frozenset({401, 403, 404, 410})


def _stamp(value: str) -> str:
    """'2026-03-01 10:00:00', '...Z' or '...+01:00' → one fixed-width UTC form."""
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise PermanentError(f"ongeldige datum {value!r}") from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


class _CouncilConnector:
    name: str
    http: HttpClient

    def __init__(self) -> None:
        self._page: list[DocumentRef] = []
        self._items: dict[str, dict[str, Any]] = {}

    def _document(
        self, ref: DocumentRef, url: str, name: str, metadata: dict[str, Any], media_type: str = ""
    ) -> FetchedDocument:
        # Council documents are files (PDF, Office); an HTML answer is an error or login page.
        expected = media_type or media_type_for(name) if name else media_type
        download = self.http.download(
            url,
            document=ref.source_id,
            headers={"Accept": "*/*"},
            allow_html=not expected or is_html(expected),
        )
        file_name = name or download.file_name or ref.source_id
        media_type = media_type or download.media_type
        if media_type in ("application/octet-stream", ""):
            media_type = media_type_for(file_name)
        return FetchedDocument(
            source=self.name,
            source_id=ref.source_id,
            fingerprint=ref.fingerprint,
            file_name=file_name,
            media_type=media_type,
            content=download.content,
            metadata={k: v for k, v in metadata.items() if v not in (None, "")},
        )


# -- Notubiz --------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Placed:
    """Where a document was found: its meeting and the meeting's date (YYYY-MM-DD)."""

    meeting: str
    date: str


def _title(item: dict[str, Any]) -> str:
    """An agenda item's title: its attribute with id 1."""
    for attribute in (item.get("type_data") or {}).get("attributes") or []:
        if isinstance(attribute, dict) and attribute.get("id") == 1:
            return str(attribute.get("value") or "")
    return ""


def _documents(meeting: dict[str, Any]) -> Iterator[tuple[dict[str, Any], str]]:
    """(document, agenda item title) for the meeting's own and every agenda item's documents."""
    for document in meeting.get("documents") or []:
        yield document, ""
    stack = list(reversed(meeting.get("agenda_items") or []))
    while stack:
        item = stack.pop()
        for document in item.get("documents") or []:
            yield document, _title(item)
        stack.extend(reversed(item.get("agenda_items") or []))


def _version(document: dict[str, Any]) -> dict[str, Any]:
    """The entry of `versions` that is the current `version` (the file's name and type)."""
    for entry in document.get("versions") or []:
        if isinstance(entry, dict) and entry.get("id") == document.get("version"):
            return entry
    return {}


def _marker(document: dict[str, Any]) -> str:
    return f"{document.get('version', '')}@{document['last_modified']}"


@register_connector("notubiz")
class NotubizConnector(_CouncilConnector):
    def __init__(
        self, config: SourceConfig, *, transport: httpx.BaseTransport | None = None
    ) -> None:
        super().__init__()
        self.name = config.name
        options = config.options
        refuse_literal_secrets(self.name, options)
        self.base_url = str(options.get("base_url") or "https://api.notubiz.nl").rstrip("/")
        self.organisation = str(option(self.name, options, "organisation_id"))
        self.api_version = str(options.get("api_version") or "1.17.0")
        self.lookback = timedelta(days=int(options.get("lookback_days", 365)))
        self.ahead = timedelta(days=int(options.get("ahead_days", 90)))
        self.page_size = int(options.get("page_size", 100))
        self._token = ""
        if options.get("token_env"):
            self._token = os.environ.get(str(options["token_env"]), "")
            if not self._token:
                raise ConfigError(
                    f"omgevingsvariabele {options['token_env']} is niet gezet", source=self.name
                )
        self.http = HttpClient(
            self.name,
            transport=transport,
            max_bytes=int(options.get("max_bytes", DEFAULT_MAX_BYTES)),
        )
        self._placed: dict[str, _Placed] = {}

    def _get(self, path: str, *, document: str | None = None, **params: Any) -> Any:
        """A call to the Notubiz API itself (never to a download host): format, version, token."""
        params.update(format="json", version=self.api_version)
        if self._token:
            params["application_token"] = self._token
        return self.http.get_json(f"{self.base_url}{path}", document=document, params=params)

    def _window(self) -> tuple[str, str]:
        today = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
        return (
            (today - self.lookback).strftime("%Y-%m-%d %H:%M:%S"),
            (today + self.ahead).strftime("%Y-%m-%d 23:59:59"),
        )

    def _events(self, page: int, window: tuple[str, str]) -> dict[str, Any]:
        body = self._get(
            "/events",
            organisation_id=self.organisation,
            date_from=window[0],
            date_to=window[1],
            page=page,
        )
        if not isinstance(body, dict) or not isinstance(body.get("events"), list):
            raise PermanentError("onverwacht antwoord van Notubiz op /events", source=self.name)
        return body

    def _meeting(self, meeting_id: str) -> dict[str, Any] | None:
        """The meeting with its documents; None when we may not (or no longer) see it."""
        try:
            body = self._get(f"/events/meetings/{meeting_id}", document=f"vergadering {meeting_id}")
        except HttpStatusError as exc:
            if exc.status in NOT_PUBLIC or exc.status == 404:
                return None
            raise
        meeting = body.get("meeting") if isinstance(body, dict) else None
        if not isinstance(meeting, dict):
            raise PermanentError(
                f"onverwacht antwoord van Notubiz voor vergadering {meeting_id}", source=self.name
            )
        return meeting

    def _gone(self, doc_id: str) -> bool:
        """Confirm a deletion: the document itself answers 404 (or is no longer ours to see)."""
        try:
            self._get(f"/document/{doc_id}", document=doc_id)
        except HttpStatusError as exc:
            if exc.status in GONE:
                return True
            raise
        return False

    @guarded_listing
    def list_changes(self, cursor: Cursor | None) -> Iterator[list[DocumentRef]]:
        """Pages of new/changed documents of the window's meetings; then the deleted ones."""
        known = versions_of(cursor)
        placed = {k: _Placed(*v) for k, v in ((cursor or {}).get("placed") or {}).items()}
        window = self._window()
        seen: set[str] = set()
        closed: set[str] = set()  # meetings listed that we may not see
        hidden: set[str] = set()  # documents now marked confidential
        self._placed = {}
        page = 1
        while True:
            body = self._events(page, window)
            pairs: list[tuple[DocumentRef, dict[str, Any]]] = []
            for event in body["events"]:
                meeting_id = str(event["id"])
                meeting = (
                    self._meeting(meeting_id) if event.get("permission_group") == "public" else None
                )
                if meeting is None:
                    closed.add(meeting_id)
                    continue
                plannings = meeting.get("plannings") or event.get("plannings") or [{}]
                date = str(plannings[0].get("start_date") or "")
                for document, agenda_item in _documents(meeting):
                    doc_id = str(document["id"])
                    if doc_id in seen or doc_id in hidden:
                        continue
                    if document.get("confidential"):
                        hidden.add(doc_id)
                        continue
                    seen.add(doc_id)
                    self._placed[doc_id] = _Placed(meeting_id, date[:10])
                    marker = _marker(document)
                    if known.get(doc_id) != marker:
                        item = {**document, "_meeting": meeting, "_agendapunt": agenda_item}
                        pairs.append((DocumentRef(source_id=doc_id, fingerprint=marker), item))
            for start in range(0, len(pairs), self.page_size):
                yield self._emit(pairs[start : start + self.page_size])
            if not (body.get("pagination") or {}).get("has_more_pages"):
                break
            page += 1
        gone = [
            doc_id
            for doc_id in sorted(set(known) - seen)
            if doc_id in hidden
            or (doc_id in placed and placed[doc_id].meeting in closed)
            or (
                doc_id in placed
                and window[0][:10] <= placed[doc_id].date <= window[1][:10]
                and self._gone(doc_id)
            )
        ]
        deleted = [(DocumentRef(source_id=d, fingerprint="", deleted=True), {}) for d in gone]
        for start in range(0, len(deleted), self.page_size):
            yield self._emit(deleted[start : start + self.page_size])

    def _emit(self, pairs: list[tuple[DocumentRef, dict[str, Any]]]) -> list[DocumentRef]:
        self._items = {ref.source_id: item for ref, item in pairs}
        self._page = [ref for ref, _item in pairs]
        return self._page

    @guarded_fetch
    def fetch(self, ref: DocumentRef) -> FetchedDocument:
        document = self._items.get(ref.source_id)
        if document is None:
            raise DocumentError(
                "document niet gevonden in de vergaderingen van deze run",
                document=ref.source_id,
                source=self.name,
            )
        meeting = document["_meeting"]
        kinds = [str(t.get("value") or "") for t in document.get("types") or []]
        kind = kinds[0].strip().lower() if kinds else ""
        version = _version(document)
        plannings = meeting.get("plannings") or [{}]
        return self._document(
            ref,
            str(document["url"]),
            str(version.get("file_name") or ""),
            {
                "titel": document.get("title"),
                "documentsoort": SOURCE_TYPES.get(kind, kind),
                "vergadering_id": meeting.get("id"),
                "vergaderdatum": str(plannings[0].get("start_date") or "")[:10],
                "agendapunt": document["_agendapunt"],
                "publicatiedatum": document.get("publication_date"),
                "versie": document.get("version"),
                "gewijzigd": document.get("last_modified"),
            },
            media_type=str(version.get("mime_type") or ""),
        )

    def next_cursor(self, cursor: Cursor | None, done: list[DocumentRef]) -> Cursor:
        result = versions_next(cursor, done)
        placed = dict(result.get("placed") or {})
        placed.update({k: [p.meeting, p.date] for k, p in self._placed.items()})
        result["placed"] = {k: v for k, v in placed.items() if k in result["versions"]}
        return result

    def check(self) -> str:
        body = self._events(1, self._window())
        count = len(body["events"])
        return (
            f"Notubiz-organisatie {self.organisation}: bereikbaar "
            f"({count} vergaderingen op de eerste pagina)"
        )


# -- Open Raadsinformatie -------------------------------------------------------------------
def _ori_identify(hit: dict[str, Any]) -> tuple[str, str]:
    source = hit.get("_source", {})
    return str(hit["_id"]), _stamp(str(source.get("last_discussed_at") or "1970-01-01T00:00:00Z"))


@register_connector("ori")
class OriConnector(_CouncilConnector):
    def __init__(
        self, config: SourceConfig, *, transport: httpx.BaseTransport | None = None
    ) -> None:
        super().__init__()
        self.name = config.name
        options = config.options
        self.base_url = str(
            options.get("base_url") or "https://api.openraadsinformatie.nl/v1/elastic"
        ).rstrip("/")
        self.index = str(option(self.name, options, "index"))
        self.page_size = int(options.get("page_size", 100))
        self.http = HttpClient(
            self.name,
            transport=transport,
            max_bytes=int(options.get("max_bytes", DEFAULT_MAX_BYTES)),
        )

    def _search(self, since: str, after: list[Any] | None) -> list[dict[str, Any]]:
        query: dict[str, Any] = {
            "size": self.page_size,
            "query": {
                "bool": {
                    "filter": [
                        {"term": {"@type": "MediaObject"}},
                        {"range": {"last_discussed_at": {"gte": since or "1970-01-01T00:00:00Z"}}},
                    ]
                }
            },
            "sort": [{"last_discussed_at": "asc"}, {"_id": "asc"}],
        }
        if after:
            query["search_after"] = after
        body = self.http.get_json(
            f"{self.base_url}/{self.index}/_search", method="POST", json=query
        )
        hits = body.get("hits", {}).get("hits") if isinstance(body, dict) else None
        if not isinstance(hits, list):
            raise PermanentError("onverwacht antwoord van Open Raadsinformatie", source=self.name)
        return hits

    @guarded_listing
    def list_changes(self, cursor: Cursor | None) -> Iterator[list[DocumentRef]]:
        since = str((cursor or {}).get("watermark") or "")

        def fetch(position: KeysetPosition[dict[str, Any]]) -> list[dict[str, Any]]:
            return self._search(since, position.last.get("sort") if position.last else None)

        for pairs in watermark_pages(
            cursor, fetch, _ori_identify, page_size=self.page_size, source=self.name
        ):
            self._items = {ref.source_id: hit.get("_source", {}) for ref, hit in pairs}
            self._page = [ref for ref, _hit in pairs]
            yield self._page

    @guarded_fetch
    def fetch(self, ref: DocumentRef) -> FetchedDocument:
        source = self._items.get(ref.source_id, {})
        url = source.get("original_url") or source.get("url")
        if not url:
            raise DocumentError("MediaObject zonder url", document=ref.source_id, source=self.name)
        return self._document(
            ref,
            str(url),
            str(source.get("name") or ""),
            {
                "titel": source.get("name"),
                "documentsoort": source.get("classification"),
                "gewijzigd": ref.fingerprint,
            },
        )

    def next_cursor(self, cursor: Cursor | None, done: list[DocumentRef]) -> Cursor:
        return watermark_next(cursor, self._page, done)

    def check(self) -> str:
        hits = self._search("", None)
        return (
            f"Open Raadsinformatie-index {self.index}: bereikbaar ({len(hits)} op de eerste pagina)"
        )
