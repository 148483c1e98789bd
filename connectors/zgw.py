"""ZGW Documenten API connector (Open Zaak and other providers).

Open Zaak has no modified-since filter, so every run is a *reconciliation*: page through
`enkelvoudiginformatieobjecten` and compare `versie@beginRegistratie` per document URL with the
cursor; documents that disappeared from a complete listing are reported as deleted.
Notifications (see `connectors.notificaties`) only speed things up; they never replace this.

Options (`[[sources]] kind = "zgw"`):
- `base_url` – root of the Documenten API, e.g. `https://zaken.gemeente.nl/documenten/api/v1`;
- `client_id` and `secret_env` – the application's client id and the name of the environment
  variable that holds its secret (ZGW JWT, HS256, fresh `iat` per request);
- `page_size` (default 100, Open Zaak allows up to 500), `bronorganisatie` (optional filter);
- `vertrouwelijk` – `"queue"` (default: harvest, but a person must decide) or `"skip"` (leave
  every document that is not `openbaar` alone; an earlier harvested one is withdrawn);
- `zaken_url` – root of the Zaken API; when set, the zaaktype `omschrijving` of linked zaken is
  added to the metadata (`zaaktype`);
- `max_bytes` – largest download (default 200 MB).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlsplit

import httpx

from connectors.auth import option, secret_from_env, zgw_jwt
from connectors.base import Cursor, register_connector
from connectors.cursor import versions_next, versions_of
from connectors.folder import media_type_for
from connectors.guard import guarded_fetch, guarded_listing
from connectors.http import DEFAULT_MAX_BYTES, HttpClient, HttpDocumentError, is_html
from schemas.records import DocumentRef, FetchedDocument
from woo.errors import ConfigError, DocumentError, PermanentError
from woo.settings import SourceConfig

__all__ = ["ZgwConnector", "fingerprint_of"]

OPENBAAR = "openbaar"
LIST_PATH = "enkelvoudiginformatieobjecten"
ACCEPT_CRS = {"Accept-Crs": "EPSG:4326"}

# Test servers swap this for a transport bound to them; production uses the default.
TransportFactory = Callable[[], httpx.BaseTransport | None]


def fingerprint_of(item: dict[str, Any]) -> str:
    """The change marker of one informatieobject: `versie@beginRegistratie`."""
    return f"{item.get('versie', '')}@{item.get('beginRegistratie', '')}"


@register_connector("zgw")
class ZgwConnector:
    """Harvests enkelvoudige informatieobjecten from a ZGW Documenten API."""

    def __init__(
        self, config: SourceConfig, *, transport: httpx.BaseTransport | None = None
    ) -> None:
        self.name = config.name
        options = config.options
        self.base_url = str(option(self.name, options, "base_url")).rstrip("/")
        self.client_id = str(option(self.name, options, "client_id"))
        self._secret = secret_from_env(self.name, options)
        self.page_size = int(options.get("page_size", 100))
        self.bronorganisatie = options.get("bronorganisatie")
        self.zaken_url = str(options.get("zaken_url") or "").rstrip("/")
        self.vertrouwelijk = str(options.get("vertrouwelijk", "queue"))
        if self.vertrouwelijk not in ("queue", "skip"):
            raise ConfigError("optie 'vertrouwelijk' moet 'queue' of 'skip' zijn", source=self.name)
        self.http = HttpClient(
            self.name,
            headers=self._auth_headers,
            transport=transport,
            max_bytes=int(options.get("max_bytes", DEFAULT_MAX_BYTES)),
        )
        self._page: dict[str, dict[str, Any]] = {}
        self._lookups: dict[str, dict[str, Any]] = {}  # catalogue look-ups, cached per run

    def _auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {zgw_jwt(self.client_id, self._secret)}"}

    # -- listing ------------------------------------------------------------------------
    def _skipped(self, item: dict[str, Any]) -> bool:
        return self.vertrouwelijk == "skip" and item.get("vertrouwelijkheidaanduiding") != OPENBAAR

    def _pages(self, page_size: int | None = None) -> Iterator[dict[str, Any]]:
        params: dict[str, Any] | None = {"pageSize": page_size or self.page_size}
        if self.bronorganisatie:
            assert params is not None
            params["bronorganisatie"] = self.bronorganisatie
        url: str | None = f"{self.base_url}/{LIST_PATH}"
        while url:
            body = self.http.get_json(url, params=params)
            if not isinstance(body, dict) or not isinstance(body.get("results"), list):
                raise PermanentError(f"onverwacht antwoord van {LIST_PATH}", source=self.name)
            yield body
            url = body.get("next")
            params = None  # `next` carries page and filters

    @guarded_listing
    def list_changes(self, cursor: Cursor | None) -> Iterator[list[DocumentRef]]:
        """Pages of new/changed documents; after a complete listing, the deleted ones."""
        known = versions_of(cursor)
        seen: set[str] = set()
        for body in self._pages():
            self._page = {}
            refs: list[DocumentRef] = []
            for item in body["results"]:
                url = item.get("url")
                if not isinstance(url, str) or self._skipped(item):
                    continue
                seen.add(url)
                stamp = fingerprint_of(item)
                if known.get(url) != stamp:
                    self._page[url] = item
                    refs.append(DocumentRef(source_id=url, fingerprint=stamp))
            if refs:
                yield refs
        gone = [
            DocumentRef(source_id=url, fingerprint="", deleted=True)
            for url in sorted(set(known) - seen)
        ]
        for start in range(0, len(gone), self.page_size):
            yield gone[start : start + self.page_size]

    def refs_for(self, urls: list[str]) -> list[DocumentRef]:
        """Refs for specific informatieobject (or zaakinformatieobject) URLs, e.g. notified ones.

        A URL that answers 404 is reported as deleted.
        """
        refs: list[DocumentRef] = []
        for url in urls:
            try:
                item = self.http.get_json(url, document=url, headers=self._extra_headers(url))
            except HttpDocumentError as exc:
                if exc.status == 404:
                    refs.append(DocumentRef(source_id=url, fingerprint="", deleted=True))
                    continue
                raise
            if "informatieobject" in item and "zaak" in item:  # a zaakinformatieobject
                url = str(item["informatieobject"])
                item = self.http.get_json(url, document=url)
            if self._skipped(item):
                refs.append(DocumentRef(source_id=url, fingerprint="", deleted=True))
                continue
            self._page[url] = item
            refs.append(DocumentRef(source_id=url, fingerprint=fingerprint_of(item)))
        return refs

    def _extra_headers(self, url: str) -> dict[str, str]:
        return ACCEPT_CRS if self.zaken_url and url.startswith(self.zaken_url) else {}

    # -- fetching -----------------------------------------------------------------------
    def _lookup(self, url: str, document: str, headers: dict[str, str] | None = None) -> Any:
        if url not in self._lookups:
            self._lookups[url] = self.http.get_json(url, document=document, headers=headers)
        return self._lookups[url]

    @guarded_fetch
    def fetch(self, ref: DocumentRef) -> FetchedDocument:
        url = ref.source_id
        item = self._page.pop(url, None) or self.http.get_json(url, document=url)
        inhoud = item.get("inhoud")
        if not inhoud:
            raise DocumentError(
                "informatieobject heeft geen inhoud", document=url, source=self.name
            )
        if urlsplit(str(inhoud)).netloc != urlsplit(self.base_url).netloc:
            # Our JWT must not travel to another host.
            raise DocumentError(
                "inhoud staat op een andere host dan de Documenten API",
                document=url,
                source=self.name,
            )
        file_name = item.get("bestandsnaam") or f"{item.get('identificatie') or 'document'}"
        media_type = item.get("formaat") or media_type_for(file_name)
        # Open Zaak answers 406 to Accept: application/json on downloads. An HTML answer for a
        # document that is not HTML is a proxy's error page, never the file.
        download = self.http.download(
            str(inhoud),
            document=url,
            headers={"Accept": "*/*"},
            allow_html=is_html(media_type),
        )
        metadata = self._metadata(item, url)
        return FetchedDocument(
            source=self.name,
            source_id=url,
            fingerprint=fingerprint_of(item),
            file_name=file_name,
            media_type=media_type,
            content=download.content,
            metadata=metadata,
        )

    def _metadata(self, item: dict[str, Any], url: str) -> dict[str, Any]:
        keys = (
            "identificatie",
            "bronorganisatie",
            "creatiedatum",
            "titel",
            "auteur",
            "taal",
            "beschrijving",
            "versie",
            "beginRegistratie",
            "vertrouwelijkheidaanduiding",
            "trefwoorden",
        )
        metadata: dict[str, Any] = {
            key: item[key] for key in keys if item.get(key) not in (None, "")
        }
        iot_url = item.get("informatieobjecttype")
        if iot_url:
            iot = self._lookup(str(iot_url), url)
            metadata["informatieobjecttype"] = iot.get("omschrijving", "")
            metadata["informatieobjecttype_url"] = iot_url
        aanduiding = item.get("vertrouwelijkheidaanduiding") or "onbekend"
        if aanduiding != OPENBAAR:
            metadata["requires_review"] = f"vertrouwelijkheidaanduiding {aanduiding}"
        if self.zaken_url:
            zaaktypen = self._zaaktypen(url)
            if zaaktypen:
                metadata["zaaktype"] = zaaktypen[0] if len(zaaktypen) == 1 else zaaktypen
        return metadata

    def _zaaktypen(self, url: str) -> list[str]:
        links = self.http.get_json(
            f"{self.zaken_url}/zaakinformatieobjecten",
            document=url,
            params={"informatieobject": url},
            headers=ACCEPT_CRS,
        )
        result: list[str] = []
        for link in links if isinstance(links, list) else []:
            zaak = self._lookup(str(link["zaak"]), url, ACCEPT_CRS)
            zaaktype = self._lookup(str(zaak["zaaktype"]), url)
            omschrijving = zaaktype.get("omschrijving")
            if omschrijving and omschrijving not in result:
                result.append(omschrijving)
        return result

    # -- cursor and health --------------------------------------------------------------
    def next_cursor(self, cursor: Cursor | None, done: list[DocumentRef]) -> Cursor:
        return versions_next(cursor, done)

    def check(self) -> str:
        body = next(self._pages(page_size=1))
        return f"Documenten API {self.base_url}: {body.get('count', '?')} informatieobjecten"
