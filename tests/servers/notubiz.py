"""Notubiz-like and Open Raadsinformatie-like servers (simplified, see connectors.notubiz)."""

from __future__ import annotations

import json
from typing import Any

from tests.servers.base import Reply, Request, TestServer

ORG = "686"


class NotubizServer(TestServer):
    def __init__(self) -> None:
        super().__init__()
        self.documents: dict[str, dict[str, Any]] = {}
        self.contents: dict[str, bytes] = {}

    def put(self, doc_id: str, kind: str, modified: str, content: bytes = b"%PDF raad") -> None:
        self.documents[doc_id] = {
            "id": doc_id,
            "title": f"{kind} {doc_id}",
            "type": kind,
            "last_modified": modified,
            "filename": f"{doc_id}.pdf",
            "url": f"{self.url}/files/{doc_id}",
            "event": {"id": 1, "title": "Gemeenteraad", "date": "2026-03-12"},
        }
        self.contents[doc_id] = content

    def handle(self, request: Request) -> Reply:
        if request.path.startswith("/files/"):
            return Reply(
                200, self.contents[request.path.rsplit("/", 1)[1]], content_type="application/pdf"
            )
        if request.path == f"/organisations/{ORG}/documents":
            since = request.query["modified_since"].replace("Z", "").replace("T", " ")[:19]
            rows = sorted(
                (d for d in self.documents.values() if d["last_modified"] >= since),
                key=lambda d: (d["last_modified"], d["id"]),
            )
            page, size = int(request.query["page"]), int(request.query["per_page"])
            return Reply(
                200,
                {
                    "documents": rows[(page - 1) * size : page * size],
                    "pagination": {"page": page, "has_more_pages": page * size < len(rows)},
                },
            )
        return Reply(404, {"message": "not found"})


class OriServer(TestServer):
    def __init__(self) -> None:
        super().__init__()
        self.objects: dict[str, dict[str, Any]] = {}

    def put(self, object_id: str, discussed: str) -> None:
        self.objects[object_id] = {
            "@type": "MediaObject",
            "name": f"stuk-{object_id}.pdf",
            "last_discussed_at": discussed,
            "classification": "Raadsvoorstel",
            "original_url": f"{self.url}/files/{object_id}",
        }

    def handle(self, request: Request) -> Reply:
        if request.path.startswith("/files/"):
            return Reply(200, b"%PDF ori", content_type="application/pdf")
        if request.path.endswith("/_search"):
            query = json.loads(request.body)
            since = query["query"]["bool"]["filter"][1]["range"]["last_discussed_at"]["gte"]
            rows = sorted(
                (
                    (o["last_discussed_at"], k)
                    for k, o in self.objects.items()
                    if o["last_discussed_at"] >= since
                )
            )
            after = query.get("search_after")
            if after:
                rows = [r for r in rows if list(r) > after]
            hits = [
                {"_id": k, "_source": self.objects[k], "sort": [t, k]}
                for t, k in rows[: query["size"]]
            ]
            return Reply(200, {"hits": {"total": {"value": len(rows)}, "hits": hits}})
        return Reply(404, {"error": "not found"})
