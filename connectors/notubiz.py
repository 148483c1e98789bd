"""Council information systems: Notubiz, and Open Raadsinformatie as a backfill source.

**Notubiz** (`kind = "notubiz"`): pages through the organisation's documents ordered by
`last_modified` with a keyset watermark (see `connectors.cursor.Watermark`). Each document
carries its meeting (event) and its source type (agenda, raadsvoorstel, motie, besluitenlijst,
ingekomen stuk), which becomes `documentsoort` in the metadata and so feeds the category mapping.
Options: `base_url` (default `https://api.notubiz.nl`), `organisation_id`, optional `token_env`
(environment variable with an API token, sent as `Authorization: Bearer`), `page_size`,
`max_bytes`. The endpoint shapes follow the public Notubiz API in simplified form: check
`woo sources check` against your own tenant first.

**Open Raadsinformatie** (`kind = "ori"`): the Elasticsearch-style search API
(`POST {base_url}/{index}/_search`) over `MediaObject`s, sorted on (`last_discussed_at`,
`_id`) and paged with `search_after`; the watermark keeps the harvest crash-safe. Options:
`base_url` (default `https://api.openraadsinformatie.nl/v1/elastic`), `index` (e.g.
`ori_pijnacker-nootdorp_*`), `page_size`, `max_bytes`. No credentials.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import httpx

from connectors.auth import option, refuse_literal_secrets
from connectors.base import Cursor, register_connector
from connectors.cursor import Watermark, watermark_next
from connectors.folder import media_type_for
from connectors.guard import guarded_fetch, guarded_listing
from connectors.http import DEFAULT_MAX_BYTES, HttpClient
from schemas.records import DocumentRef, FetchedDocument
from woo.errors import ConfigError, PermanentError
from woo.settings import SourceConfig

__all__ = ["SOURCE_TYPES", "NotubizConnector", "OriConnector"]

# Notubiz document types → the documentsoort our category mapping reads.
SOURCE_TYPES = {
    "agenda": "agenda",
    "raadsvoorstel": "raadsvoorstel",
    "motie": "motie",
    "besluitenlijst": "besluitenlijst",
    "ingekomen stuk": "ingekomen stuk",
    "ingekomen_stuk": "ingekomen stuk",
}


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


class _WatermarkConnector:
    name: str
    http: HttpClient

    def __init__(self) -> None:
        self._page: list[DocumentRef] = []
        self._items: dict[str, dict[str, Any]] = {}

    def next_cursor(self, cursor: Cursor | None, done: list[DocumentRef]) -> Cursor:
        return watermark_next(cursor, self._page, done)

    def _document(
        self, ref: DocumentRef, url: str, name: str, metadata: dict[str, Any]
    ) -> FetchedDocument:
        download = self.http.download(url, document=ref.source_id, headers={"Accept": "*/*"})
        file_name = name or download.file_name or ref.source_id
        media_type = download.media_type
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


@register_connector("notubiz")
class NotubizConnector(_WatermarkConnector):
    def __init__(
        self, config: SourceConfig, *, transport: httpx.BaseTransport | None = None
    ) -> None:
        super().__init__()
        self.name = config.name
        options = config.options
        refuse_literal_secrets(self.name, options)
        self.base_url = str(options.get("base_url") or "https://api.notubiz.nl").rstrip("/")
        self.organisation = str(option(self.name, options, "organisation_id"))
        self.page_size = int(options.get("page_size", 100))
        token = ""
        if options.get("token_env"):
            token = os.environ.get(str(options["token_env"]), "")
            if not token:
                raise ConfigError(
                    f"omgevingsvariabele {options['token_env']} is niet gezet", source=self.name
                )
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self.http = HttpClient(
            self.name,
            headers=lambda: headers,
            transport=transport,
            max_bytes=int(options.get("max_bytes", DEFAULT_MAX_BYTES)),
        )

    def _list(self, since: str, page: int) -> dict[str, Any]:
        body = self.http.get_json(
            f"{self.base_url}/organisations/{self.organisation}/documents",
            params={
                "modified_since": since or "1970-01-01T00:00:00Z",
                "page": page,
                "per_page": self.page_size,
                "sort": "last_modified",
            },
        )
        if not isinstance(body, dict) or not isinstance(body.get("documents"), list):
            raise PermanentError("onverwacht antwoord van Notubiz", source=self.name)
        return body

    @guarded_listing
    def list_changes(self, cursor: Cursor | None) -> Iterator[list[DocumentRef]]:
        state = Watermark(cursor)
        page = 1
        while True:
            body = self._list(state.watermark, page)
            refs = []
            self._items = {}
            for document in body["documents"]:
                doc_id = str(document["id"])
                stamp = _stamp(str(document["last_modified"]))
                if state.wanted(doc_id, stamp):
                    self._items[doc_id] = document
                    refs.append(DocumentRef(source_id=doc_id, fingerprint=stamp))
            if refs:
                self._page = refs
                yield refs
            if not body.get("pagination", {}).get("has_more_pages"):
                return
            page += 1

    @guarded_fetch
    def fetch(self, ref: DocumentRef) -> FetchedDocument:
        document = self._items.get(ref.source_id) or self.http.get_json(
            f"{self.base_url}/documents/{ref.source_id}", document=ref.source_id
        )
        event = document.get("event") or {}
        kind = str(document.get("type", "")).lower()
        return self._document(
            ref,
            str(document["url"]),
            str(document.get("filename") or ""),
            {
                "titel": document.get("title"),
                "documentsoort": SOURCE_TYPES.get(kind, kind),
                "vergadering": event.get("title"),
                "vergaderdatum": event.get("date"),
                "gewijzigd": ref.fingerprint,
            },
        )

    def check(self) -> str:
        body = self._list("", 1)
        count = len(body["documents"])
        return f"Notubiz-organisatie {self.organisation}: bereikbaar ({count} op de eerste pagina)"


@register_connector("ori")
class OriConnector(_WatermarkConnector):
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
        state = Watermark(cursor)
        after: list[Any] | None = None
        while True:
            hits = self._search(state.watermark, after)
            refs = []
            self._items = {}
            for hit in hits:
                source = hit.get("_source", {})
                stamp = _stamp(str(source.get("last_discussed_at") or "1970-01-01T00:00:00Z"))
                if state.wanted(str(hit["_id"]), stamp):
                    self._items[str(hit["_id"])] = source
                    refs.append(DocumentRef(source_id=str(hit["_id"]), fingerprint=stamp))
            if refs:
                self._page = refs
                yield refs
            if len(hits) < self.page_size:
                return
            after = hits[-1].get("sort")

    @guarded_fetch
    def fetch(self, ref: DocumentRef) -> FetchedDocument:
        source = self._items.get(ref.source_id, {})
        url = source.get("original_url") or source.get("url")
        if not url:
            from woo.errors import DocumentError

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

    def check(self) -> str:
        hits = self._search("", None)
        return (
            f"Open Raadsinformatie-index {self.index}: bereikbaar ({len(hits)} op de eerste pagina)"
        )
