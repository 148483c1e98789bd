"""A tiny threaded HTTP server base: routes on path, JSON helpers, scripted faults."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable
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
        self.path = parts.path
        self.query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        self.headers = headers
        self.body = body


Handler = Callable[[Request], Reply]


class TestServer:
    """Subclasses implement `handle(request) -> Reply`. Faults: `faults` is a queue of Replies
    (optionally restricted to a path prefix) served before the real answer."""

    def __init__(self) -> None:
        self.faults: list[tuple[str, Reply]] = []
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
                reply = server._dispatch(request)
                self.send_response(reply.status)
                for key, value in reply.headers.items():
                    self.send_header(key, value)
                declared = reply.declared_length
                self.send_header(
                    "Content-Length", str(len(reply.body) if declared is None else declared)
                )
                if declared is not None:
                    self.send_header("Connection", "close")
                    self.close_connection = True
                self.end_headers()
                self.wfile.write(reply.body)

            do_GET = do_POST = do_PUT = do_DELETE = _serve

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self._thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def _dispatch(self, request: Request) -> Reply:
        with self._lock:
            self.requests.append(request)
            for index, (prefix, fault) in enumerate(self.faults):
                if prefix in request.path:
                    del self.faults[index]
                    return fault
        try:
            return self.handle(request)
        except KeyError:
            return Reply(404, {"detail": "Niet gevonden."})

    def handle(self, request: Request) -> Reply:  # pragma: no cover - abstract
        raise NotImplementedError

    def fail_next(self, reply: Reply, *, path: str = "/", times: int = 1) -> None:
        with self._lock:
            self.faults.extend((path, reply) for _ in range(times))

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
