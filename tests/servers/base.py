"""A tiny threaded HTTP server base: routes on path, JSON helpers, scripted faults."""

from __future__ import annotations

import json
import re
import socket
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


class Reply:
    """One response: status, headers, body."""

    def __init__(
        self,
        status: int = 200,
        body: bytes | str | Any = b"",
        headers: dict[str, str] | None = None,
        *,
        content_type: str = "application/json",
        declared_length: int | None = None,
    ) -> None:
        if not isinstance(body, (bytes, str)):
            body = json.dumps(body)
        self.status = status
        self.body = body.encode() if isinstance(body, str) else body
        self.headers = {"Content-Type": content_type, **(headers or {})}
        self.declared_length = declared_length


class Request:
    def __init__(self, method: str, raw_path: str, headers: Any, body: bytes) -> None:
        parts = urlsplit(raw_path)
        self.method = method
        self.target = raw_path  # path and query string, as sent
        self.received = time.monotonic()
        self.path = parts.path
        self.query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        self.headers = headers
        self.body = body


Handler = Callable[[Request], Reply]


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that gives up (its time-out) or a fault that cuts the connection is expected.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@dataclass
class Fault:
    """A scripted misbehaviour for the next `times` requests whose target (path and query)
    matches the regular expression `pattern`.

    `reply` replaces the real answer (a 503, a 429 with Retry-After, an HTML error page, a
    malformed JSON body...); without it the real answer is served, `delay` seconds late (slower
    than a client's timeout) and, with `cut_after`, closed after that many bytes of its body.
    `hits` counts the requests it answered, so a test can check that the fault really fired.
    """

    pattern: str
    reply: Reply | None = None
    times: int = 1
    delay: float = 0.0
    cut_after: int | None = None
    hits: int = 0

    def matches(self, request: Request) -> bool:
        return self.hits < self.times and re.search(self.pattern, request.target) is not None


class TestServer:
    """Subclasses implement `handle(request) -> Reply`. Faults: `inject(Fault(...))` scripts
    misbehaviour for matching requests (first matching fault wins, until its count is used up);
    `fail_next(reply, path=...)` is the short form for a canned reply on a path substring."""

    def __init__(self) -> None:
        self.faults: list[Fault] = []
        self.requests: list[Request] = []
        self._lock = threading.Lock()
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def setup(self) -> None:
                super().setup()
                # Headers and body go out in two writes: without this, Nagle plus delayed
                # ACKs add 40 ms to every response.
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                request = Request(self.command, self.path, self.headers, body)
                reply, fault = server._dispatch(request)
                if fault is not None and fault.delay:
                    time.sleep(fault.delay)
                payload = reply.body
                declared = reply.declared_length
                if fault is not None and fault.cut_after is not None:
                    payload, declared = payload[: fault.cut_after], len(payload)
                try:
                    self.send_response(reply.status)
                    for key, value in reply.headers.items():
                        self.send_header(key, value)
                    self.send_header(
                        "Content-Length", str(len(payload) if declared is None else declared)
                    )
                    if declared is not None:
                        self.send_header("Connection", "close")
                        self.close_connection = True
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True  # the client gave up (its time-out)

            do_GET = do_POST = do_PUT = do_DELETE = _serve

        self.httpd = _QuietServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self._thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def _dispatch(self, request: Request) -> tuple[Reply, Fault | None]:
        with self._lock:
            self.requests.append(request)
            fault = next((f for f in self.faults if f.matches(request)), None)
            if fault is not None:
                fault.hits += 1
        if fault is not None and fault.reply is not None:
            return fault.reply, fault
        try:
            return self.handle(request), fault
        except KeyError:
            return Reply(404, {"detail": "Niet gevonden."}), fault

    def handle(self, request: Request) -> Reply:  # pragma: no cover - abstract
        raise NotImplementedError

    def inject(self, fault: Fault) -> Fault:
        with self._lock:
            self.faults.append(fault)
        return fault

    def fail_next(self, reply: Reply, *, path: str = "/", times: int = 1) -> None:
        """Answer the next `times` requests whose path contains `path` with `reply`."""
        self.inject(Fault(r"^[^?]*" + re.escape(path), reply=reply, times=times))

    def clear_faults(self) -> None:
        with self._lock:
            self.faults.clear()

    def start(self) -> TestServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> TestServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
