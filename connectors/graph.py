"""Microsoft Graph connector (SharePoint document libraries and OneDrive).

App-only OAuth2 client credentials; lists with driveItem `delta`, resuming from the stored
`@odata.nextLink` (mid-round) or `@odata.deltaLink` (next round). A 410 on an expired link means
a full resync from scratch (harmless: unchanged content is recognised by checksum downstream).
Documents that failed are remembered in the cursor and retried first next time, so the delta
link can move on without losing them. Content: `GET /drives/{d}/items/{i}/content`, which answers
302 to a pre-authenticated URL that is fetched without our token.

Options (`kind = "graph"`): `tenant_id`, `client_id`, `secret_env`, `drive_id`; optional
`graph_url` (default `https://graph.microsoft.com/v1.0`), `token_url` (default the Microsoft
identity platform endpoint of the tenant), `page_size`, `max_bytes`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx

from connectors.auth import ClientCredentials, option, secret_from_env
from connectors.base import Cursor, register_connector
from connectors.folder import media_type_for
from connectors.guard import guarded_fetch, guarded_listing
from connectors.http import DEFAULT_MAX_BYTES, HttpClient, HttpStatusError, is_html
from schemas.records import DocumentRef, FetchedDocument
from woo.errors import DocumentError, PermanentError
from woo.settings import SourceConfig

__all__ = ["GraphConnector"]

GRAPH_URL = "https://graph.microsoft.com/v1.0"
DELETED = "-"  # marks a failed deletion in the retry list
TOKEN_URL = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token"


def _fingerprint(item: dict[str, Any]) -> str:
    return str(item.get("cTag") or item.get("eTag") or item.get("lastModifiedDateTime") or "")


@register_connector("graph")
class GraphConnector:
    """Harvests the files of one drive through driveItem delta."""

    def __init__(
        self, config: SourceConfig, *, transport: httpx.BaseTransport | None = None
    ) -> None:
        self.name = config.name
        options = config.options
        tenant = str(option(self.name, options, "tenant_id"))
        self.drive = str(option(self.name, options, "drive_id"))
        self.graph_url = str(options.get("graph_url") or GRAPH_URL).rstrip("/")
        self.page_size = int(options.get("page_size", 200))
        self.credentials = ClientCredentials(
            self.name,
            token_url=str(options.get("token_url") or TOKEN_URL.format(tenant=tenant)),
            client_id=str(option(self.name, options, "client_id")),
            client_secret=secret_from_env(self.name, options),
            scope="https://graph.microsoft.com/.default",
            transport=transport,
        )
        self.http = HttpClient(
            self.name,
            headers=self.credentials.headers,
            transport=transport,
            max_bytes=int(options.get("max_bytes", DEFAULT_MAX_BYTES)),
        )
        self._items: dict[str, dict[str, Any]] = {}
        self._page: list[DocumentRef] = []
        self._resume = ""  # the link to continue from once the current page is stored
        self._retry: dict[str, str] = {}

    def _start(self) -> str:
        return f"{self.graph_url}/drives/{self.drive}/root/delta?$top={self.page_size}"

    def _delta(self, link: str) -> dict[str, Any]:
        try:
            return self.http.get_json(link)
        except HttpStatusError as exc:
            if exc.status == 410:
                raise _Expired from exc
            raise

    @guarded_listing
    def list_changes(self, cursor: Cursor | None) -> Iterator[list[DocumentRef]]:
        cursor = cursor or {}
        retry = dict(cursor.get("retry") or {})
        if retry:
            refs = [
                DocumentRef(
                    source_id=i, fingerprint=f if f != DELETED else "", deleted=f == DELETED
                )
                for i, f in sorted(retry.items())
            ]
            self._page, self._resume = refs, str(cursor.get("link") or "")
            yield refs
        link = str(cursor.get("link") or "") or self._start()
        while link:
            try:
                body = self._delta(link)
            except _Expired:
                link = self._start()  # full resync
                body = self.http.get_json(link)
            if not isinstance(body, dict) or not isinstance(body.get("value"), list):
                raise PermanentError("onverwacht antwoord op driveItem delta", source=self.name)
            refs = []
            self._items = {}
            for item in body["value"]:
                if "folder" in item or "root" in item:
                    continue
                item_id = str(item.get("id"))
                if "deleted" in item:
                    refs.append(DocumentRef(source_id=item_id, fingerprint="", deleted=True))
                elif "file" in item:
                    self._items[item_id] = item
                    refs.append(DocumentRef(source_id=item_id, fingerprint=_fingerprint(item)))
            following = body.get("@odata.nextLink")
            self._resume = str(following or body.get("@odata.deltaLink") or "")
            self._page = refs
            yield refs
            link = str(following or "")

    @guarded_fetch
    def fetch(self, ref: DocumentRef) -> FetchedDocument:
        item = self._items.get(ref.source_id) or self.http.get_json(
            f"{self.graph_url}/drives/{self.drive}/items/{ref.source_id}", document=ref.source_id
        )
        if "file" not in item:
            raise DocumentError("item is geen bestand", document=ref.source_id, source=self.name)
        name = str(item.get("name") or ref.source_id)
        declared = str(item.get("file", {}).get("mimeType") or media_type_for(name))
        download = self.http.download(
            f"{self.graph_url}/drives/{self.drive}/items/{ref.source_id}/content",
            document=ref.source_id,
            # An HTML answer for a file that is not HTML is a portal's error page, not the file.
            allow_html=is_html(declared),
        )
        parent = item.get("parentReference", {}).get("path", "")
        return FetchedDocument(
            source=self.name,
            source_id=ref.source_id,
            fingerprint=_fingerprint(item) or ref.fingerprint,
            file_name=name,
            media_type=str(item.get("file", {}).get("mimeType") or media_type_for(name)),
            content=download.content,
            metadata={
                "titel": name.rsplit(".", 1)[0],
                "map": parent,
                "gewijzigd": item.get("lastModifiedDateTime", ""),
                "webUrl": item.get("webUrl", ""),
            },
        )

    def next_cursor(self, cursor: Cursor | None, done: list[DocumentRef]) -> Cursor:
        """Move to the next link; what failed on this page is kept for a retry."""
        cursor = cursor or {}
        retry = dict(cursor.get("retry") or {})
        done_ids = {ref.source_id for ref in done}
        for ref in self._page:
            if ref.source_id in done_ids:
                retry.pop(ref.source_id, None)
            else:
                retry[ref.source_id] = DELETED if ref.deleted else ref.fingerprint
        return {"link": self._resume or cursor.get("link", ""), "retry": retry}

    def check(self) -> str:
        body = self.http.get_json(f"{self.graph_url}/drives/{self.drive}")
        return f"Graph-drive {body.get('name', self.drive)}: bereikbaar"


class _Expired(Exception):
    """The stored delta link is no longer valid (410 Gone)."""
