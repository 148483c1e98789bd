"""A CMIS 1.1 browser-binding server (Alfresco-like): HTTP Basic, query, content stream, and the
change log (`cmisselector=contentChanges`) when auditing is on.

The change log is off unless asked for (`CmisServer(change_log=True)`), as in a default
Alfresco installation. Quirks, as Alfresco has them: dates are epoch milliseconds; many documents
share one modification time; object ids carry a version suffix (`uuid;1.0`); a wrong password is
401.
Service document (`repositoryInfo`): `capabilityChanges` is `objectidsonly` with the change log
on and `none` without it, `latestChangeLogToken` is the id of the last audit entry (absent
without entries), `changesIncomplete` is always true. `contentChanges` pages like Alfresco's
`CMISConnector.getContentChanges`: entries from the token on (inclusive), `maxItems + 1` read;
when there are more, the extra entry's id is the next `changeLogToken` and `hasMoreItems` is
true, otherwise the token is null. A token older than the oldest kept entry (a purged log) is
refused with 400 `invalidArgument`, as the CMIS specification says. Queries understand the
`lastModificationDate >= TIMESTAMP`, `cmis:objectId IN (...)` and `IN_TREE` clauses.
"""

from __future__ import annotations

import base64
import re
from datetime import datetime
from typing import Any
from urllib.parse import parse_qs

from tests.servers.base import Reply, Request, TestServer

ROOT = "/alfresco/api/-default-/public/cmis/versions/1.1/browser"
REPO = "-default-"
USER, PASSWORD = "woo", "cmis-wachtwoord"
EPOCH_MS = 1_767_225_600_000  # 2026-01-01T00:00:00Z
FOLDER = "workspace://SpacesStore/woo-map"


def _unquote(literal: str) -> str:
    return re.sub(r"\\(.)", r"\1", literal)


class CmisServer(TestServer):
    def __init__(self, *, change_log: bool = False) -> None:
        super().__init__()
        self.documents: dict[str, dict[str, Any]] = {}
        self.contents: dict[str, bytes] = {}
        self.folders: dict[str, str] = {}
        self.hidden: set[str] = set()  # documents our user may no longer read
        self.change_log = change_log  # Alfresco: audit.cmischangelog.enabled
        self.log: list[tuple[int, str, str]] = []  # (entry id, object id, change type)
        self.next_entry = 1
        self.clock = EPOCH_MS

    # -- what happens in the repository ---------------------------------------------------
    def _record(self, object_id: str, change: str) -> None:
        if self.change_log:
            self.log.append((self.next_entry, f"{object_id};1.0", change))
            self.next_entry += 1

    def put(
        self,
        object_id: str,
        name: str,
        modified_s: int,
        content: bytes = b"inhoud",
        *,
        folder: str = FOLDER,
    ) -> None:
        change = "updated" if object_id in self.documents else "created"
        self.documents[object_id] = {
            "cmis:objectId": f"{object_id};1.0",
            "cmis:name": name,
            "cmis:lastModificationDate": EPOCH_MS + modified_s * 1000,
            "cmis:contentStreamMimeType": "application/pdf",
            "cmis:contentStreamFileName": name,
            "cmis:objectTypeId": "cmis:document",
            "cmis:versionLabel": "1.0",
        }
        self.contents[object_id] = content
        self.folders[object_id] = folder
        self._record(object_id, change)

    def delete(self, object_id: str) -> None:
        del self.documents[object_id]
        del self.contents[object_id]
        self._record(object_id, "deleted")

    def hide(self, object_id: str) -> None:
        """Take our user's read permission away (the document itself stays)."""
        self.hidden.add(object_id)
        self._record(object_id, "security")

    def move(self, object_id: str, folder: str) -> None:
        """Move to another folder; the modification date stays (only the parent changes)."""
        self.folders[object_id] = folder
        self._record(object_id, "updated")

    def purge_log(self) -> None:
        """Drop every change log entry (Alfresco: the audit log was cleared)."""
        self.log.clear()

    # -- HTTP -----------------------------------------------------------------------------
    def handle(self, request: Request) -> Reply:
        expected = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
        if request.headers.get("Authorization") != expected:
            return Reply(401, {"exception": "unauthorized", "message": "Unauthorized"})
        if request.path == ROOT:
            return Reply(200, {REPO: self._repository_info()})
        if request.path == f"{ROOT}/{REPO}" and request.method == "POST":
            form = {k: v[-1] for k, v in parse_qs(request.body.decode()).items()}
            return self._query(form)
        if request.path == f"{ROOT}/{REPO}" and request.query.get("cmisselector") == (
            "contentChanges"
        ):
            return self._content_changes(request.query)
        if request.path == f"{ROOT}/{REPO}/root" and request.query.get("cmisselector") == "content":
            object_id = request.query["objectId"].split(";")[0]
            if object_id in self.hidden:
                return Reply(403, {"exception": "permissionDenied"})
            return Reply(200, self.contents[object_id], content_type="application/pdf")
        return Reply(404, {"exception": "objectNotFound"})

    def _repository_info(self) -> dict[str, Any]:
        info: dict[str, Any] = {
            "repositoryId": REPO,
            "productName": "Alfresco Community",
            "capabilities": {
                "capabilityChanges": "objectidsonly" if self.change_log else "none",
                "capabilityQuery": "bothcombined",
            },
            "changesIncomplete": True,
            "changesOnType": ["cmis:document", "cmis:folder"],
            "repositoryUrl": f"{self.url}{ROOT}/{REPO}",
            "rootFolderUrl": f"{self.url}{ROOT}/{REPO}/root",
        }
        if self.change_log and self.log:
            info["latestChangeLogToken"] = str(self.log[-1][0])
        return info

    def _content_changes(self, query: dict[str, str]) -> Reply:
        if not self.change_log:
            return Reply(405, {"exception": "notSupported", "message": "Change log disabled"})
        token = query.get("changeLogToken")
        size = int(query.get("maxItems", 100))
        start = int(token) if token else 1
        oldest = self.log[0][0] if self.log else self.next_entry
        if token and start < oldest:
            return Reply(400, {"exception": "invalidArgument", "message": "Token not available"})
        entries = [entry for entry in self.log if entry[0] >= start][: size + 1]
        more = len(entries) > size
        next_token = str(entries.pop()[0]) if more else None
        succinct = query.get("succinct") == "true"
        objects = []
        for _entry, object_id, change in entries:
            properties: dict[str, Any] = (
                {"cmis:objectId": object_id}
                if succinct
                else {"cmis:objectId": {"id": "cmis:objectId", "value": object_id}}
            )
            objects.append(
                {
                    "succinctProperties" if succinct else "properties": properties,
                    "changeEventInfo": {"changeType": change, "changeTime": self.clock},
                }
            )
        return Reply(
            200,
            {
                "objects": objects,
                "hasMoreItems": more,
                "numItems": len(objects),
                "changeLogToken": next_token,
            },
        )

    def _query(self, form: dict[str, str]) -> Reply:
        statement = form["statement"]
        match = re.search(r"TIMESTAMP '([^']+)'", statement)
        since = match.group(1) if match else "1970-01-01T00:00:00.000Z"
        since_ms = int(datetime.fromisoformat(since.replace("Z", "+00:00")).timestamp() * 1000)
        wanted: set[str] | None = None
        listed = re.search(r"cmis:objectId IN \((.*?)\)(?: AND|$)", statement)
        if listed:
            wanted = {
                _unquote(literal) for literal in re.findall(r"'((?:\\.|[^'\\])*)'", listed[1])
            }
        tree = re.search(r"IN_TREE\(d, '((?:\\.|[^'\\])*)'\)", statement)
        rows = sorted(
            (
                document
                for key, document in self.documents.items()
                if document["cmis:lastModificationDate"] >= since_ms
                and key not in self.hidden
                and (wanted is None or key in wanted)
                and (tree is None or self.folders[key] == _unquote(tree[1]))
            ),
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
