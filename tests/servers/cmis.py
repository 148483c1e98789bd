"""A CMIS 1.1 browser-binding server (Alfresco-like): HTTP Basic, query, content stream.

Quirks: dates are epoch milliseconds; many documents share one modification time; a wrong
password is 401.
"""

from __future__ import annotations

import base64
import re
from typing import Any
from urllib.parse import parse_qs

from tests.servers.base import Reply, Request, TestServer

ROOT = "/alfresco/api/-default-/public/cmis/versions/1.1/browser"
REPO = "-default-"
USER, PASSWORD = "woo", "cmis-wachtwoord"
EPOCH_MS = 1_767_225_600_000  # 2026-01-01T00:00:00Z


class CmisServer(TestServer):
    def __init__(self) -> None:
        super().__init__()
        self.documents: dict[str, dict[str, Any]] = {}
        self.contents: dict[str, bytes] = {}

    def put(self, object_id: str, name: str, modified_s: int, content: bytes = b"inhoud") -> None:
        self.documents[object_id] = {
            "cmis:objectId": object_id,
            "cmis:name": name,
            "cmis:lastModificationDate": EPOCH_MS + modified_s * 1000,
            "cmis:contentStreamMimeType": "application/pdf",
            "cmis:contentStreamFileName": name,
            "cmis:objectTypeId": "cmis:document",
            "cmis:versionLabel": "1.0",
        }
        self.contents[object_id] = content

    def handle(self, request: Request) -> Reply:
        expected = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
        if request.headers.get("Authorization") != expected:
            return Reply(401, {"exception": "unauthorized", "message": "Unauthorized"})
        if request.path == ROOT:
            return Reply(200, {REPO: {"repositoryId": REPO, "productName": "Alfresco"}})
        if request.path == f"{ROOT}/{REPO}" and request.method == "POST":
            form = {k: v[-1] for k, v in parse_qs(request.body.decode()).items()}
            return self._query(form)
        if request.path == f"{ROOT}/{REPO}/root" and request.query.get("cmisselector") == "content":
            object_id = request.query["objectId"]
            return Reply(200, self.contents[object_id], content_type="application/pdf")
        return Reply(404, {"exception": "objectNotFound"})

    def _query(self, form: dict[str, str]) -> Reply:
        match = re.search(r"TIMESTAMP '([^']+)'", form["statement"])
        since = match.group(1) if match else "1970-01-01T00:00:00.000Z"
        from datetime import datetime

        since_ms = int(datetime.fromisoformat(since.replace("Z", "+00:00")).timestamp() * 1000)
        rows = sorted(
            (d for d in self.documents.values() if d["cmis:lastModificationDate"] >= since_ms),
            key=lambda d: (d["cmis:lastModificationDate"], d["cmis:objectId"]),
        )
        skip, size = int(form.get("skipCount", 0)), int(form.get("maxItems", 100))
        chunk = rows[skip : skip + size]
        results = [
            {"properties": {k: {"id": k, "value": v} for k, v in row.items()}} for row in chunk
        ]
        return Reply(
            200,
            {"results": results, "hasMoreItems": skip + size < len(rows), "numItems": len(rows)},
        )
