"""Connector test helpers: a source config per test server, and a harvest like harvest_source's
(page + cursor together), without a ledger."""

from __future__ import annotations

from typing import Any

from schemas.records import FetchedDocument
from tests.servers.cmis import ROOT, USER, CmisServer
from woo.settings import SourceConfig


def cmis_config(server: CmisServer, **options: Any) -> SourceConfig:
    """A CMIS source on the local Alfresco-like test server (password from the environment)."""
    return SourceConfig(
        name="alfresco",
        kind="cmis",
        options={
            "url": f"{server.url}{ROOT}",
            "user": USER,
            "password_env": "WOO_TEST_CMIS_PASSWORD",
            "page_size": 2,
            **options,
        },
    )


def harvest(connector, cursor=None, failing: frozenset[str] = frozenset()):
    """Returns (fetched documents, deleted ids, cursor); ids in `failing` fail on fetch."""
    fetched: list[FetchedDocument] = []
    deleted: list[str] = []
    for page in connector.list_changes(cursor):
        done = []
        for ref in page:
            if ref.source_id in failing:
                continue
            if ref.deleted:
                deleted.append(ref.source_id)
            else:
                fetched.append(connector.fetch(ref))
            done.append(ref)
        cursor = connector.next_cursor(cursor, done)
    return fetched, deleted, cursor
