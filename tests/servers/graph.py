"""A Microsoft Graph-like server: token endpoint, driveItem delta, content via 302.

Quirks: delta links expire (410 Gone with `resyncRequired`); content answers 302 to a
pre-authenticated URL that must be fetched without the bearer token; 429 with Retry-After.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs

from tests.servers.base import Reply, Request, TestServer

CLIENT_ID, CLIENT_SECRET, DRIVE = "app-id", "graph-geheim", "b!drive"
TOKEN = "toegangstoken-123"


class GraphServer(TestServer):
    def __init__(self) -> None:
        super().__init__()
        self.items: dict[str, dict[str, Any]] = {}
        self.contents: dict[str, bytes] = {}
        self.log: list[tuple[int, str, dict[str, Any]]] = []  # (sequence, id, item|deleted)
        self.sequence = 0
        self.expired_before = 0  # delta tokens below this answer 410
        self.page_size = 2

    def put(self, item_id: str, name: str, content: bytes) -> None:
        self.sequence += 1
        item = {
            "id": item_id,
            "name": name,
            "cTag": f"c{self.sequence}",
            "lastModifiedDateTime": "2026-03-01T10:00:00Z",
            "file": {"mimeType": "application/pdf"},
            "parentReference": {"path": "/drive/root:/Raad"},
        }
        self.items[item_id] = item
        self.contents[item_id] = content
        self.log.append((self.sequence, item_id, item))

    def delete(self, item_id: str) -> None:
        self.sequence += 1
        del self.items[item_id]
        self.log.append((self.sequence, item_id, {"id": item_id, "deleted": {"state": "deleted"}}))

    def handle(self, request: Request) -> Reply:
        if request.path == "/token":
            form = {k: v[-1] for k, v in parse_qs(request.body.decode()).items()}
            if form.get("client_secret") != CLIENT_SECRET:
                return Reply(
                    401,
                    {
                        "error": "invalid_client",
                        "error_description": "AADSTS7000215: Invalid client secret.",
                    },
                )
            return Reply(200, {"access_token": TOKEN, "expires_in": 3599, "token_type": "Bearer"})
        if request.path.startswith("/download/"):
            if request.headers.get("Authorization"):
                return Reply(401, {"error": {"message": "token sent to pre-authenticated URL"}})
            return Reply(
                200,
                self.contents[request.path.rsplit("/", 1)[1]],
                content_type="application/octet-stream",
            )
        if request.headers.get("Authorization") != f"Bearer {TOKEN}":
            return Reply(401, {"error": {"code": "InvalidAuthenticationToken", "message": "bad"}})
        base = f"/v1.0/drives/{DRIVE}"
        if request.path == f"{base}/root/delta":
            return self._delta(request)
        if request.path.startswith(f"{base}/items/") and request.path.endswith("/content"):
            item_id = request.path.split("/")[-2]
            return Reply(302, b"", {"Location": f"{self.url}/download/{item_id}"})
        if request.path.startswith(f"{base}/items/"):
            return Reply(200, self.items[request.path.rsplit("/", 1)[1]])
        if request.path == base:
            return Reply(200, {"id": DRIVE, "name": "Raadsstukken"})
        return Reply(404, {"error": {"code": "itemNotFound", "message": "niet gevonden"}})

    def _delta(self, request: Request) -> Reply:
        token = int(request.query.get("token", "0"))
        skip = int(request.query.get("skip", "0"))
        if token and token < self.expired_before:
            return Reply(410, {"error": {"code": "resyncRequired", "message": "Resync required."}})
        if token == 0:  # initial sync: the current state
            changes = [item for item in self.items.values()]
        else:
            latest: dict[str, dict[str, Any]] = {}
            for sequence, item_id, item in self.log:
                if sequence > token:
                    latest[item_id] = item
            changes = list(latest.values())
        chunk = changes[skip : skip + self.page_size]
        base = f"{self.url}/v1.0/drives/{DRIVE}/root/delta"
        body: dict[str, Any] = {"value": [{"id": "root", "root": {}, "folder": {}}, *chunk]}
        if skip + self.page_size < len(changes):
            body["@odata.nextLink"] = f"{base}?token={token}&skip={skip + self.page_size}"
        else:
            body["@odata.deltaLink"] = f"{base}?token={self.sequence}"
        return Reply(200, body)
