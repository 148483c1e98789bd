"""An Open Zaak-like server: Documenten, Catalogi and Zaken API, with Open Zaak's quirks.

Quirks: every auth failure is 403 (not 401); downloads answer 406 to `Accept: application/json`
and come back as application/octet-stream with a storage UUID as file name; Zaken calls need
`Accept-Crs` (else 412); paging via `next` with `page` and `pageSize`.
"""

from __future__ import annotations

import time
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import jwt

from tests.servers.base import Reply, Request, TestServer

DRC = "/documenten/api/v1"
ZTC = "/catalogi/api/v1"
ZRC = "/zaken/api/v1"
CLIENT_ID = "woo-pijplijn"
SECRET = "test-geheim-voor-zgw-0123456789abcdef"
EPOCH = datetime(2026, 1, 1, tzinfo=UTC)


def _forbidden(code: str, detail: str) -> Reply:
    return Reply(
        403,
        {
            "type": "",
            "code": code,
            "title": detail,
            "status": 403,
            "detail": detail,
            "instance": f"urn:uuid:{uuid.uuid4()}",
        },
    )


class ZgwServer(TestServer):
    def __init__(self, *, secret: str = SECRET, max_page_size: int = 500) -> None:
        super().__init__()
        self.secret = secret
        self.max_page_size = max_page_size
        self.documents: dict[str, dict[str, Any]] = {}
        self.contents: dict[str, bytes] = {}
        self.types: dict[str, dict[str, Any]] = {}
        self.zaaktypen: dict[str, dict[str, Any]] = {}
        self.zaken: dict[str, dict[str, Any]] = {}
        self.links: dict[str, dict[str, Any]] = {}
        self.clock = 0
        self.order: list[str] = []
        self.iot_besluitenlijst = self.add_type("Besluitenlijst B&W")

    # -- data ---------------------------------------------------------------------------
    def _stamp(self) -> str:
        self.clock += 1
        return (EPOCH + timedelta(seconds=self.clock)).isoformat().replace("+00:00", "Z")

    def add_type(self, omschrijving: str) -> str:
        key = str(uuid.uuid4())
        url = f"{self.url}{ZTC}/informatieobjecttypen/{key}"
        self.types[key] = {
            "url": url,
            "catalogus": f"{self.url}{ZTC}/catalogussen/{uuid.uuid4()}",
            "omschrijving": omschrijving,
            "vertrouwelijkheidaanduiding": "openbaar",
            "beginGeldigheid": "2026-01-01",
            "eindeGeldigheid": None,
            "concept": False,
            "besluittypen": [],
            "informatieobjectcategorie": "document",
            "trefwoord": [],
            "zaaktypen": [],
            "beginObject": "2026-01-01",
            "eindeObject": "2026-01-01",
        }
        return url

    def add_document(
        self,
        titel: str = "Besluitenlijst",
        content: bytes = b"%PDF-1.4 test",
        *,
        aanduiding: str = "openbaar",
        iot: str | None = None,
        bestandsnaam: str = "",
    ) -> str:
        key = str(uuid.uuid4())
        url = f"{self.url}{DRC}/enkelvoudiginformatieobjecten/{key}"
        self.documents[key] = {
            "url": url,
            "identificatie": f"DOC-{len(self.order) + 1:06d}",
            "bronorganisatie": "002220647",
            "creatiedatum": "2026-03-01",
            "titel": titel,
            "vertrouwelijkheidaanduiding": aanduiding,
            "auteur": "Griffie",
            "status": "definitief",
            "formaat": "application/pdf",
            "taal": "dut",
            "versie": 1,
            "beginRegistratie": self._stamp(),
            "bestandsnaam": bestandsnaam or f"{titel.lower().replace(' ', '-')}.pdf",
            "inhoud": f"{url}/download?versie=1",
            "bestandsomvang": len(content),
            "link": "",
            "beschrijving": "",
            "ontvangstdatum": None,
            "verzenddatum": None,
            "indicatieGebruiksrecht": False,
            "verschijningsvorm": "",
            "ondertekening": {"soort": "digitaal", "datum": "2026-03-01"},
            "integriteit": {"algoritme": "sha_256", "waarde": "0" * 64, "datum": "2026-03-01"},
            "informatieobjecttype": iot or self.iot_besluitenlijst,
            "locked": False,
            "bestandsdelen": [],
            "trefwoorden": [],
        }
        self.contents[key] = content
        self.order.append(key)
        return url

    def change_document(self, url: str, content: bytes) -> None:
        key = url.rsplit("/", 1)[1]
        item = self.documents[key]
        item["versie"] += 1
        item["beginRegistratie"] = self._stamp()
        item["inhoud"] = f"{url}/download?versie={item['versie']}"
        item["bestandsomvang"] = len(content)
        self.contents[key] = content

    def delete_document(self, url: str) -> None:
        key = url.rsplit("/", 1)[1]
        del self.documents[key]
        self.order.remove(key)

    def link_zaak(self, document_url: str, zaaktype: str) -> str:
        zt_key, zaak_key, link_key = (str(uuid.uuid4()) for _ in range(3))
        zt_url = f"{self.url}{ZTC}/zaaktypen/{zt_key}"
        self.zaaktypen[zt_key] = {"url": zt_url, "omschrijving": zaaktype}
        zaak_url = f"{self.url}{ZRC}/zaken/{zaak_key}"
        self.zaken[zaak_key] = {"url": zaak_url, "uuid": zaak_key, "zaaktype": zt_url}
        link_url = f"{self.url}{ZRC}/zaakinformatieobjecten/{link_key}"
        self.links[link_key] = {
            "url": link_url,
            "uuid": link_key,
            "informatieobject": document_url,
            "zaak": zaak_url,
            "aardRelatieWeergave": "Hoort bij, omgekeerd: kent",
            "titel": "",
            "beschrijving": "",
            "registratiedatum": "2026-03-01T10:00:00Z",
            "vernietigingsdatum": None,
            "status": None,
        }
        return link_url

    # -- HTTP ---------------------------------------------------------------------------
    def _auth(self, request: Request) -> Reply | None:
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            return _forbidden("not_authenticated", "Authenticatiegegevens zijn niet opgegeven.")
        try:
            claims = jwt.decode(header[7:], self.secret, algorithms=["HS256"])
        except jwt.InvalidSignatureError:
            return _forbidden("invalid-jwt-signature", "Ongeldige handtekening.")
        except jwt.PyJWTError:
            return _forbidden("permission_denied", "Ongeldig token.")
        iat = claims.get("iat")
        if not isinstance(iat, int) or iat > time.time() or time.time() - iat > 3600:
            return _forbidden("jwt-expired", "Het token is verlopen.")
        if claims.get("client_id") != CLIENT_ID:
            return _forbidden("permission_denied", "Onbekende client.")
        return None

    def handle(self, request: Request) -> Reply:
        denied = self._auth(request)
        if denied:
            return denied
        path = request.path
        if path == f"{DRC}/enkelvoudiginformatieobjecten":
            return self._list(request)
        if path.startswith(f"{DRC}/enkelvoudiginformatieobjecten/"):
            key, _, rest = path.split("/", 5)[-1].partition("/")
            if rest == "download":
                if "application/json" in request.headers.get("Accept", ""):
                    return Reply(
                        406, {"detail": "Kon niet voldoen aan de opgegeven Accept header."}
                    )
                return Reply(
                    200,
                    self.contents[key],
                    content_type="application/octet-stream",
                    headers={"Content-Disposition": f'attachment; filename="{uuid.uuid4()}"'},
                )
            return Reply(200, self.documents[key])
        if path.startswith(f"{ZTC}/informatieobjecttypen/"):
            return Reply(200, self.types[path.rsplit("/", 1)[1]])
        if path.startswith(f"{ZTC}/zaaktypen/"):
            return Reply(200, self.zaaktypen[path.rsplit("/", 1)[1]])
        if path.startswith(ZRC):
            if not request.headers.get("Accept-Crs"):
                return Reply(412, {"detail": "'Accept-Crs' header ontbreekt"})
            if path == f"{ZRC}/zaakinformatieobjecten":
                wanted = request.query.get("informatieobject")
                return Reply(
                    200, [v for v in self.links.values() if v["informatieobject"] == wanted]
                )
            if path.startswith(f"{ZRC}/zaakinformatieobjecten/"):
                return Reply(200, self.links[path.rsplit("/", 1)[1]])
            if path.startswith(f"{ZRC}/zaken/"):
                return Reply(200, self.zaken[path.rsplit("/", 1)[1]])
        return Reply(404, {"detail": "Niet gevonden."})

    def _list(self, request: Request) -> Reply:
        page = int(request.query.get("page", "1"))
        size = min(int(request.query.get("pageSize", "100")), self.max_page_size)
        keys = list(self.order)
        chunk = keys[(page - 1) * size : page * size]
        base = f"{self.url}{DRC}/enkelvoudiginformatieobjecten"
        more = page * size < len(keys)
        return Reply(
            200,
            {
                "count": len(keys),
                "next": f"{base}?page={page + 1}&pageSize={size}" if more else None,
                "previous": f"{base}?page={page - 1}&pageSize={size}" if page > 1 else None,
                "results": [self.documents[k] for k in chunk],
            },
        )
