"""Credentials for HTTP connectors: only from the environment, never from woo.toml.

A source's options name the environment variable that holds its secret (`secret_env =
"WOO_ZGW_SECRET"`); `woo.toml` itself never holds a secret and a literal `secret`, `password`
or `client_secret` option is refused.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import jwt

from woo.errors import ConfigError

__all__ = [
    "ClientCredentials",
    "basic_auth",
    "option",
    "secret_from_env",
    "zgw_jwt",
]

FORBIDDEN_OPTIONS = ("secret", "password", "client_secret", "token", "wachtwoord")


def refuse_literal_secrets(source: str, options: dict[str, Any]) -> None:
    for key in FORBIDDEN_OPTIONS:
        if key in options:
            raise ConfigError(
                f"optie '{key}' hoort niet in woo.toml; zet het geheim in een omgevingsvariabele "
                f"en noem die in '{key.split('_')[-1]}_env'",
                source=source,
            )


def option(source: str, options: dict[str, Any], key: str, default: Any = None) -> Any:
    """A required (default None) or optional option; a missing required one is a ConfigError."""
    value = options.get(key, default)
    if value is None or value == "":
        raise ConfigError(f"optie '{key}' ontbreekt", source=source)
    return value


def secret_from_env(source: str, options: dict[str, Any], key: str = "secret_env") -> str:
    """The secret in the environment variable that option `key` names."""
    refuse_literal_secrets(source, options)
    name = options.get(key)
    if not name:
        raise ConfigError(
            f"optie '{key}' ontbreekt: noem de omgevingsvariabele met het geheim", source=source
        )
    value = os.environ.get(str(name), "")
    if not value:
        raise ConfigError(f"omgevingsvariabele {name} is niet gezet", source=source)
    return value


def zgw_jwt(client_id: str, secret: str, *, now: Callable[[], float] = time.time) -> str:
    """A ZGW JWT (HS256) with a fresh `iat`; servers count expiry from `iat`, no leeway."""
    issued = int(now()) - 1  # never in the future, even with a slightly fast local clock
    payload = {
        "iss": client_id,
        "iat": issued,
        "client_id": client_id,
        "user_id": client_id,
        "user_representation": "Woo-publicatiepijplijn",
    }
    return jwt.encode(payload, secret, algorithm="HS256")


def basic_auth(user: str, password: str) -> httpx.BasicAuth:
    return httpx.BasicAuth(user, password)


class ClientCredentials:
    """OAuth2 client-credentials token (Microsoft identity platform), cached until near expiry."""

    def __init__(
        self,
        source: str,
        *,
        token_url: str,
        client_id: str,
        client_secret: str,
        scope: str,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.source = source
        self._form = {
            "grant_type": "client_credentials",
            "client_id": client_id,
            "client_secret": client_secret,
            "scope": scope,
        }
        self._token_url = token_url
        self._transport = transport
        self._token = ""
        self._expires = 0.0
        self._lock = threading.Lock()

    def token(self) -> str:
        with self._lock:
            if self._token and time.time() < self._expires - 60:
                return self._token
            from connectors.http import HttpClient

            with HttpClient(self.source, transport=self._transport) as client:
                body = client.get_json(self._token_url, method="POST", data=self._form)
            if not isinstance(body, dict) or not body.get("access_token"):
                raise ConfigError("tokenservice gaf geen access_token", source=self.source)
            self._token = str(body["access_token"])
            self._expires = time.time() + float(body.get("expires_in", 3600))
            return self._token

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token()}"}
