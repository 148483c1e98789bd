"""The shared HTTP layer of every HTTP connector (httpx).

One place for timeouts, retries with exponential backoff and jitter on 5xx and connection
errors, `Retry-After` on 429/503, streaming downloads with a size limit and errors that name the
source and the document. Secrets never reach a log line or an error message: only the method,
the URL without its query string and the status code do.

The transport is a parameter, so tests can use `httpx.MockTransport` or a local test server.
"""

from __future__ import annotations

import email.utils
import json
import logging
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx

from woo.errors import ConfigError, DocumentError, PermanentError, TransientError
from woo.logsafe import PrintableFilter

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_RETRIES",
    "DEFAULT_TIMEOUT",
    "Download",
    "HttpAuthError",
    "HttpClient",
    "HttpDocumentError",
    "HttpStatusError",
    "is_html",
    "retry_after_seconds",
    "safe_url",
]

log = logging.getLogger(__name__)
log.addFilter(PrintableFilter())

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DEFAULT_RETRIES = 4
DEFAULT_BACKOFF = 0.5  # seconds before the first retry; doubles each time
MAX_BACKOFF = 30.0
MAX_RETRY_AFTER = 120.0  # a server asking for more than this is treated as down for this run
DEFAULT_MAX_BYTES = 200 * 1024 * 1024
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
AUTH_STATUSES = frozenset({401, 403})

HeadersFactory = Callable[[], Mapping[str, str]]


def is_html(media_type: str) -> bool:
    """True for an HTML media type (parameters and case ignored)."""
    return media_type.split(";")[0].strip().lower() in HTML_TYPES


def safe_url(url: str | httpx.URL) -> str:
    """The URL without query string, fragment and user info: safe for logs and messages."""
    parts = urlsplit(str(url))
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def retry_after_seconds(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a `Retry-After` header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


@dataclass(frozen=True)
class Download:
    """The body of a streamed download and what the server said about it."""

    content: bytes
    media_type: str
    file_name: str


class HttpStatusError(PermanentError):
    """A 4xx (or unretried) answer; `status` is the HTTP status code."""

    def __init__(self, message: str, *, status: int, document: str | None, source: str) -> None:
        self.status = status
        super().__init__(message, document=document, source=source)


class HttpAuthError(HttpStatusError, ConfigError):
    """401/403 on a listing or health check: credentials or authorisations are wrong."""


class HttpDocumentError(HttpStatusError, DocumentError):
    """A 4xx answer about one document (gone, forbidden, not acceptable...)."""


class HttpClient:
    """An httpx client with the project's retry, size and error rules, for one source."""

    def __init__(
        self,
        source: str,
        *,
        base_url: str = "",
        headers: HeadersFactory | None = None,
        auth: httpx.Auth | None = None,
        transport: httpx.BaseTransport | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        retries: int = DEFAULT_RETRIES,
        backoff: float = DEFAULT_BACKOFF,
        max_bytes: int = DEFAULT_MAX_BYTES,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.source = source
        self.retries = retries
        self.backoff = backoff
        self.max_bytes = max_bytes
        self._headers = headers
        self._sleep = sleep
        self._client = httpx.Client(
            base_url=base_url,
            auth=auth,
            transport=transport,
            timeout=timeout,
            follow_redirects=False,
            headers={"User-Agent": "woo-pipeline/1"},
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the one request loop ---------------------------------------------------------------
    def _wait(self, attempt: int, response: httpx.Response | None, what: str) -> None:
        delay = None
        if response is not None and response.status_code in (429, 503):
            delay = retry_after_seconds(response.headers.get("Retry-After"))
            if delay is not None and delay > MAX_RETRY_AFTER:
                raise TransientError(
                    f"server vraagt {delay:.0f} s te wachten (Retry-After); volgende run opnieuw",
                    document=what or None,
                    source=self.source,
                )
        if delay is None:
            base = min(MAX_BACKOFF, self.backoff * (2**attempt))
            delay = base / 2 + random.uniform(0, base / 2)
        self._sleep(delay)

    def _send(
        self,
        method: str,
        url: str,
        *,
        document: str | None,
        headers: Mapping[str, str] | None = None,
        stream: bool = False,
        **kwargs: Any,
    ) -> httpx.Response:
        """Send with retries. Returns a response with a status below 400 (or a 3xx)."""
        merged: dict[str, str] = dict(self._headers() if self._headers else {})
        merged.update(headers or {})
        last = ""
        for attempt in range(self.retries + 1):
            response: httpx.Response | None = None
            try:
                request = self._client.build_request(method, url, headers=merged, **kwargs)
                response = self._client.send(request, stream=stream)
            except httpx.TimeoutException as exc:
                last = f"time-out ({type(exc).__name__})"
            except httpx.TransportError as exc:
                last = f"verbinding mislukt ({type(exc).__name__})"
            else:
                if response.status_code not in RETRY_STATUSES:
                    return response
                last = f"HTTP {response.status_code}"
                response.close()
            if attempt < self.retries:
                log.info(
                    "bron %s: %s %s gaf %s; poging %d van %d",
                    self.source,
                    method,
                    safe_url(url),
                    last,
                    attempt + 2,
                    self.retries + 1,
                )
                self._wait(attempt, response, document or "")
        raise TransientError(
            f"{method} {safe_url(url)} mislukt na {self.retries + 1} pogingen: {last}",
            document=document,
            source=self.source,
        )

    def _raise_for_status(self, response: httpx.Response, document: str | None) -> None:
        status = response.status_code
        if status < 400:
            return
        target = safe_url(response.request.url)
        detail = _problem_detail(response)
        message = f"HTTP {status} op {target}" + (f": {detail}" if detail else "")
        if status in AUTH_STATUSES and document is None:
            raise HttpAuthError(
                f"toegang geweigerd ({message}); controleer client-id, geheim en autorisaties",
                status=status,
                document=None,
                source=self.source,
            )
        if status in AUTH_STATUSES:
            message = f"geen toegang ({message})"
        if document is not None:
            raise HttpDocumentError(message, status=status, document=document, source=self.source)
        raise HttpStatusError(message, status=status, document=None, source=self.source)

    # -- public calls -----------------------------------------------------------------------
    def request(
        self,
        method: str,
        url: str,
        *,
        document: str | None = None,
        headers: Mapping[str, str] | None = None,
        **kwargs: Any,
    ) -> httpx.Response:
        """A request whose response status is below 400 (redirects are returned, not followed)."""
        response = self._send(method, url, document=document, headers=headers, **kwargs)
        response.read()
        self._raise_for_status(response, document)
        return response

    def get_json(
        self,
        url: str,
        *,
        document: str | None = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        method: str = "GET",
        **kwargs: Any,
    ) -> Any:
        """The decoded JSON body. Malformed JSON is retried, then a TransientError."""
        wanted = {"Accept": "application/json", **(headers or {})}
        for attempt in range(self.retries + 1):
            response = self.request(
                method, url, document=document, headers=wanted, params=params, **kwargs
            )
            try:
                return json.loads(response.content)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                problem = (
                    f"ongeldige JSON van {safe_url(url)}: {exc.msg if hasattr(exc, 'msg') else exc}"
                )
                if attempt < self.retries:
                    self._wait(attempt, None, document or "")
        raise TransientError(problem, document=document, source=self.source)

    def download(
        self,
        url: str,
        *,
        document: str,
        headers: Mapping[str, str] | None = None,
        follow_redirect: bool = True,
        redirect_headers: Mapping[str, str] | None = None,
        allow_html: bool = True,
    ) -> Download:
        """Stream a body up to `max_bytes`; a body shorter than Content-Length is retried.

        One redirect (Graph's 302 to a pre-authenticated URL) is followed *without* the
        source's own headers, so a token never leaves for another host. With
        `allow_html=False` (the document is known not to be HTML) a `text/html` answer is taken
        for the error page of a proxy or portal, never for the file: retried, then refused.
        """
        for attempt in range(self.retries + 1):
            response = self._send("GET", url, document=document, headers=headers, stream=True)
            try:
                if response.is_redirect and follow_redirect:
                    location = response.headers.get("Location", "")
                    response.close()
                    return self._download_plain(
                        location, document, redirect_headers or {}, allow_html
                    )
                try:
                    return self._read_body(response, document, allow_html)
                except _BadBody as exc:
                    problem = str(exc)
            finally:
                response.close()
            if attempt < self.retries:
                self._wait(attempt, None, document)
        raise TransientError(problem, document=document, source=self.source)

    def _download_plain(
        self, url: str, document: str, headers: Mapping[str, str], allow_html: bool
    ) -> Download:
        if not url:
            raise DocumentError(
                "doorverwijzing zonder Location", document=document, source=self.source
            )
        plain = HttpClient(
            self.source,
            transport=self._client._transport,
            retries=self.retries,
            backoff=self.backoff,
            max_bytes=self.max_bytes,
            sleep=self._sleep,
        )
        with plain:
            return plain.download(
                url,
                document=document,
                headers=headers,
                follow_redirect=False,
                allow_html=allow_html,
            )

    def _read_body(self, response: httpx.Response, document: str, allow_html: bool) -> Download:
        if response.status_code >= 300:
            response.read()
            self._raise_for_status(response, document)
            raise DocumentError(
                f"onverwachte doorverwijzing (HTTP {response.status_code})",
                document=document,
                source=self.source,
            )
        content_type = response.headers.get("Content-Type", "application/octet-stream")
        media_type = content_type.split(";")[0].strip() or "application/octet-stream"
        if not allow_html and is_html(media_type):
            raise _BadBody(
                f"bron gaf een HTML-pagina ({media_type}) in plaats van het bestand, "
                "waarschijnlijk een foutpagina"
            )
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            raise DocumentError(
                f"bestand is te groot ({declared} bytes; maximum {self.max_bytes})",
                document=document,
                source=self.source,
            )
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > self.max_bytes:
                    raise DocumentError(
                        f"bestand is groter dan het maximum van {self.max_bytes} bytes",
                        document=document,
                        source=self.source,
                    )
                chunks.append(chunk)
        except httpx.TransportError as exc:
            raise _BadBody(f"download afgebroken na {size} bytes ({type(exc).__name__})") from exc
        if declared and declared.isdigit() and size != int(declared):
            raise _BadBody(f"download onvolledig: {size} van {declared} bytes")
        return Download(
            content=b"".join(chunks),
            media_type=media_type,
            file_name=_disposition_name(response.headers.get("Content-Disposition", "")),
        )


class _BadBody(Exception):
    """A download that is not the file (ended before its declared length, or an HTML error
    page): worth another try."""


def _problem_detail(response: httpx.Response) -> str:
    """`detail`/`title` of a problem body (ZGW sends application/json, not problem+json)."""
    try:
        body = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError, ValueError):
        return ""
    if not isinstance(body, dict):
        return ""
    for key in ("detail", "title", "message"):
        value = body.get(key)
        if isinstance(value, str) and value:
            return value[:300]
    error = body.get("error")
    if isinstance(error, dict) and isinstance(error.get("message"), str):
        return error["message"][:300]  # Microsoft Graph
    return ""


def _disposition_name(value: str) -> str:
    for part in value.split(";"):
        key, _, raw = part.strip().partition("=")
        if key.lower() == "filename" and raw:
            return raw.strip('"')
    return ""
