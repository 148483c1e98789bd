"""A Notubiz-like server (the API shape Open Raadsinformatie's extractor uses, see
connectors.notubiz) and an Open Raadsinformatie-like search server.

Notubiz: every call needs `format=json` and a `version`; with a token configured it must come as
`application_token`. `GET /events` lists the organisation's meetings whose planned date lies in
`date_from`..`date_to`, `per_page` at a time with `pagination.has_more_pages`;
`GET /events/meetings/{id}` gives one meeting with its documents (on the meeting and on nested
agenda items), or 403 "No rights to see this meeting"; `GET /document/{id}` gives a document's
metadata or 404; `GET /document/{id}/{version}` the file.
"""

from __future__ import annotations

import json
from typing import Any

from tests.servers.base import Reply, Request, TestServer

ORG = "686"


class NotubizServer(TestServer):
    def __init__(self, *, per_page: int = 2, token: str = "") -> None:
        super().__init__()
        self.per_page = per_page
        self.token = token
        self.meetings: dict[int, dict[str, Any]] = {}
        self.documents: dict[int, dict[str, Any]] = {}
        self.contents: dict[int, bytes] = {}

    # -- what the griffie does ------------------------------------------------------------
    def add_meeting(self, meeting_id: int, start: str, *, public: bool = True) -> None:
        """A meeting planned at `start` ('YYYY-MM-DD HH:MM:SS') with one agenda item (id 1)."""
        self.meetings[meeting_id] = {
            "id": meeting_id,
            "self": f"api.notubiz.nl/events/meetings/{meeting_id}",
            "type": "meeting",
            "organisation": {"id": int(ORG), "self": f"api.notubiz.nl/organisations/{ORG}"},
            "gremium": {"id": 4972},
            "permission_group": "public" if public else "private",
            "confidential": 0,
            "canceled": False,
            "inactive": False,
            "last_modified": start,
            "plannings": [{"start_date": start, "end_date": None}],
            "attributes": [{"id": 1, "value": f"Vergadering {meeting_id}"}],
            "documents": [],
            "agenda_items": [
                {
                    "id": meeting_id * 10 + 1,
                    "type": "agenda_point",
                    "order": 1,
                    "permission_group": "public",
                    "documents": [],
                    "agenda_items": [
                        {
                            "id": meeting_id * 10 + 2,
                            "type": "agenda_point",
                            "order": 1,
                            "permission_group": "public",
                            "documents": [],
                            "agenda_items": [],
                            "type_data": {"attributes": [{"id": 1, "value": "Ingekomen stukken"}]},
                        }
                    ],
                    "type_data": {"attributes": [{"id": 1, "value": "Vaststellen agenda"}]},
                }
            ],
        }

    def put(
        self,
        doc_id: int,
        kind: str,
        modified: str,
        content: bytes = b"%PDF raad",
        *,
        meeting: int,
        place: str = "meeting",  # "meeting", "agenda" or "nested" (an agenda item's sub-item)
        confidential: bool = False,
    ) -> None:
        """Add a document to a meeting, or give an existing one a new version."""
        old = self.documents.get(doc_id)
        version = old["version"] + 1 if old else 1
        document = {
            "id": doc_id,
            "title": f"{kind} {doc_id}",
            "url": f"{self.url}/document/{doc_id}/{version}",
            "self": f"api.notubiz.nl/document/{doc_id}",
            "category": "",
            "description": "",
            "confidential": int(confidential),
            "publication_date": modified[:10],
            "last_modified": modified,
            "version": version,
            "versions": [
                {
                    "id": version,
                    "file_name": f"stuk_{doc_id}_v{version}.pdf",
                    "type": "file",
                    "mime_type": "application/pdf",
                    "file_size": len(content),
                }
            ],
            "types": [{"id": 19, "value": kind}],
        }
        self._detach(doc_id)
        self.documents[doc_id] = document
        self.contents[doc_id] = content
        self._holder(meeting, place).append(document)

    def remove(self, doc_id: int) -> None:
        """Delete a document: gone from its meeting and from /document/{id}."""
        self._detach(doc_id)
        del self.documents[doc_id]

    def reschedule(self, meeting_id: int, start: str) -> None:
        self.meetings[meeting_id]["plannings"][0]["start_date"] = start

    def _holder(self, meeting_id: int, place: str) -> list[dict[str, Any]]:
        meeting = self.meetings[meeting_id]
        if place == "meeting":
            return meeting["documents"]
        item = meeting["agenda_items"][0]
        return item["documents"] if place == "agenda" else item["agenda_items"][0]["documents"]

    def _detach(self, doc_id: int) -> None:
        for meeting in self.meetings.values():
            for place in ("meeting", "agenda", "nested"):
                holder = self._holder(meeting["id"], place)
                holder[:] = [d for d in holder if d["id"] != doc_id]

    # -- HTTP -----------------------------------------------------------------------------
    def handle(self, request: Request) -> Reply:
        parts = request.path.strip("/").split("/")
        if parts[0] == "document" and len(parts) == 3:  # the file: no API parameters needed
            return Reply(200, self.contents[int(parts[1])], content_type="application/pdf")
        if request.query.get("format") != "json" or not request.query.get("version"):
            return Reply(400, {"message": "format=json and version are required"})
        if self.token and request.query.get("application_token") != self.token:
            return Reply(403, {"message": "Insufficient rights"})
        if parts == ["events"]:
            return self._events(request.query)
        if parts[:2] == ["events", "meetings"] and len(parts) == 3:
            meeting = self.meetings[int(parts[2])]
            if meeting["permission_group"] != "public":
                return Reply(403, {"message": "No rights to see this meeting"})
            return Reply(200, {"meeting": meeting})
        if parts[0] == "document" and len(parts) == 2:
            return Reply(200, {"document": self.documents[int(parts[1])]})
        return Reply(404, {"message": "not found"})

    def _events(self, query: dict[str, str]) -> Reply:
        if query.get("organisation_id") != ORG:
            return Reply(200, {"events": [], "pagination": {"has_more_pages": False}})
        low, high = query["date_from"], query["date_to"]
        rows = sorted(
            (m for m in self.meetings.values() if low <= m["plannings"][0]["start_date"] <= high),
            key=lambda m: (m["plannings"][0]["start_date"], m["id"]),
        )
        page = int(query.get("page", 1))
        chunk = rows[(page - 1) * self.per_page : page * self.per_page]
        events = [
            {k: m[k] for k in ("id", "type", "permission_group", "plannings", "gremium")}
            for m in chunk
        ]
        more = page * self.per_page < len(rows)
        return Reply(200, {"events": events, "pagination": {"page": page, "has_more_pages": more}})


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
