"""Shared helpers for the ZGW connector tests: a running server and a configured connector."""

from __future__ import annotations

from typing import Any

import pytest

from connectors.zgw import ZgwConnector
from tests.servers.zgw import CLIENT_ID, DRC, SECRET, ZRC, ZgwServer
from woo.settings import SourceConfig


def zgw_config(server: ZgwServer, **options: Any) -> SourceConfig:
    return SourceConfig(
        name="openzaak",
        kind="zgw",
        options={
            "base_url": f"{server.url}{DRC}",
            "client_id": CLIENT_ID,
            "secret_env": "WOO_TEST_ZGW_SECRET",
            "page_size": 3,
            **options,
        },
    )


def zgw_connector(
    server: ZgwServer, monkeypatch: pytest.MonkeyPatch, **options: Any
) -> ZgwConnector:
    monkeypatch.setenv("WOO_TEST_ZGW_SECRET", SECRET)
    connector = ZgwConnector(zgw_config(server, **options))
    connector.http._sleep = lambda _s: None  # retries without waiting in tests
    return connector


__all__ = ["ZRC", "zgw_config", "zgw_connector"]
