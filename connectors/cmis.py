"""CMIS 1.1 browser binding connector (Alfresco and other document management systems).

Lists with a CMIS query on `cmis:lastModificationDate`, ordered by that date, and advances a
keyset watermark (see `connectors.cursor.Watermark`): the next page asks for documents at or
after the last date seen and skips the ids already listed at exactly that date, so paging never
depends on a growing `skipCount`. Dates come back as epoch milliseconds.

Options (`kind = "cmis"`): `url` (the repository's browser binding root, e.g.
`https://dms.gemeente.nl/alfresco/api/-default-/public/cmis/versions/1.1/browser`),
`repository` (repository id; default: the first one), `user` and `password_env` (HTTP Basic;
the password comes from the environment variable named there), `folder` (optional: only
documents under this folder id, `IN_TREE`), `page_size` (default 100), `max_bytes`.
Deletions are not detected by this connector (CMIS change log not used yet).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import httpx

from connectors.auth import basic_auth, option, secret_from_env
from connectors.base import Cursor, register_connector
from connectors.cursor import Watermark, watermark_next
from connectors.folder import media_type_for
from connectors.guard import guarded_fetch, guarded_listing
from connectors.http import DEFAULT_MAX_BYTES, HttpClient
from schemas.records import DocumentRef, FetchedDocument
from woo.errors import PermanentError
from woo.settings import SourceConfig

__all__ = ["CmisConnector", "stamp_from_millis"]

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


def stamp_from_millis(millis: int) -> str:
    """Epoch milliseconds → fixed-width ISO UTC string (the watermark unit)."""
    moment = datetime.fromtimestamp(millis / 1000, UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _cmis_timestamp(stamp: str) -> str:
    return stamp[:-1] + "Z" if stamp else "1970-01-01T00:00:00.000Z"


def _value(properties: dict[str, Any], key: str) -> Any:
    entry = properties.get(key)
    return entry.get("value") if isinstance(entry, dict) else entry


@register_connector("cmis")
class CmisConnector:
    """Harvests cmis:document objects in order of modification."""

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
        self.http = HttpClient(
            self.name,
            auth=basic_auth(str(option(self.name, options, "user")), password),
            transport=transport,
            max_bytes=int(options.get("max_bytes", DEFAULT_MAX_BYTES)),
        )
        self._page: list[DocumentRef] = []
        self._properties: dict[str, dict[str, Any]] = {}

    def _root(self) -> str:
        if not self.repository:
            info = self.http.get_json(self.url)
            if not isinstance(info, dict) or not info:
                raise PermanentError("geen CMIS-repository gevonden", source=self.name)
            self.repository = next(iter(info))
        return f"{self.url}/{self.repository}"

    def _query(self, since: str, skip: int) -> list[dict[str, Any]]:
        where = f"d.cmis:lastModificationDate >= TIMESTAMP '{_cmis_timestamp(since)}'"
        if self.folder:
            where += f" AND IN_TREE(d, '{self.folder}')"
        statement = (
            f"SELECT {', '.join('d.' + p for p in PROPERTIES)} FROM cmis:document d "
            f"WHERE {where} ORDER BY d.cmis:lastModificationDate ASC"
        )
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

    @guarded_listing
    def list_changes(self, cursor: Cursor | None) -> Iterator[list[DocumentRef]]:
        state = Watermark(cursor)
        since = state.watermark
        at_since: set[str] = set()  # ids listed this run with modification time == since
        while True:
            rows = self._query(since, skip=len(at_since))
            if not rows:
                return
            refs: list[DocumentRef] = []
            self._properties = {}
            for properties in rows:
                object_id = str(_value(properties, "cmis:objectId")).split(";")[0]
                stamp = stamp_from_millis(int(_value(properties, "cmis:lastModificationDate")))
                if stamp == since:
                    at_since.add(object_id)
                else:
                    since, at_since = stamp, {object_id}
                if state.wanted(object_id, stamp):
                    self._properties[object_id] = properties
                    refs.append(DocumentRef(source_id=object_id, fingerprint=stamp))
            if refs:
                self._page = refs
                yield refs
            if len(rows) < self.page_size:
                return

    @guarded_fetch
    def fetch(self, ref: DocumentRef) -> FetchedDocument:
        properties = self._properties.get(ref.source_id, {})
        download = self.http.download(
            f"{self._root()}/root?cmisselector=content&objectId={ref.source_id}",
            document=ref.source_id,
            headers={"Accept": "*/*"},
        )
        name = str(
            _value(properties, "cmis:contentStreamFileName")
            or _value(properties, "cmis:name")
            or download.file_name
            or ref.source_id
        )
        media_type = str(_value(properties, "cmis:contentStreamMimeType") or media_type_for(name))
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
        return watermark_next(cursor, self._page, done)

    def check(self) -> str:
        rows = self._query("", 0)
        return (
            f"CMIS-repository {self.repository} op {self.url}: bereikbaar "
            f"({len(rows)} op de eerste pagina)"
        )
