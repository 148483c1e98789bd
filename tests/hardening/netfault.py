"""A TCP proxy that can die and come back: a server outage on a fixed address, for tests.

`TcpProxy(upstream)` forwards 127.0.0.1:port to `upstream` ("host:port"). `stop()` closes the
listening socket and resets every open connection, so clients see what a dead server gives
them: connection reset, then connection refused. `start()` listens again on the same port.
`trip(pattern, after=n)` stops the proxy by itself when a client sends the (n+1)-th match of
`pattern` (a bytes regex, e.g. an HTTP request line), before forwarding it: a server that dies
in the middle of a run, at a chosen request.
"""

from __future__ import annotations

import re
import socket
import struct
import threading
from contextlib import suppress

__all__ = ["TcpProxy"]

_CHUNK = 64 * 1024
_TAIL = 512  # bytes kept per connection, so a pattern split over two reads is still seen


class TcpProxy:
    def __init__(self, upstream: str) -> None:
        host, _, port = upstream.rpartition(":")
        self.upstream = (host, int(port))
        self.port = 0
        self.running = False
        self.tripped = 0  # times the proxy stopped itself on a trip pattern
        self._lock = threading.Lock()
        self._listener: socket.socket | None = None
        self._sockets: set[socket.socket] = set()
        self._trip: re.Pattern[bytes] | None = None
        self._trip_left = 0

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self) -> TcpProxy:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self.port = listener.getsockname()[1]
        with self._lock:
            self._listener = listener
            self.running = True
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()
        return self

    def stop(self) -> None:
        """Refuse new connections and reset the open ones (RST, not a polite FIN)."""
        with self._lock:
            listener, self._listener = self._listener, None
            sockets, self._sockets = self._sockets, set()
            self.running = False
        if listener is not None:
            with suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)  # wakes the accept() below
            listener.close()
        for sock in sockets:
            with suppress(OSError):
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            with suppress(OSError):
                sock.close()

    def trip(self, pattern: bytes, *, after: int = 0) -> None:
        """Stop when a client sends `pattern` for the (after+1)-th time (counted from now)."""
        with self._lock:
            self._trip = re.compile(pattern)
            self._trip_left = after + 1

    def __enter__(self) -> TcpProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- forwarding -------------------------------------------------------------------------
    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # stopped
            try:
                server = socket.create_connection(self.upstream, timeout=5)
            except OSError:
                client.close()
                continue
            server.settimeout(None)
            with self._lock:
                if not self.running:
                    client.close()
                    server.close()
                    return
                self._sockets |= {client, server}
            ends = threading.Semaphore(0)  # released by each direction when it is done
            for source, target, watch in ((client, server, True), (server, client, False)):
                threading.Thread(
                    target=self._pump, args=(source, target, watch, ends), daemon=True
                ).start()

    def _pump(
        self, source: socket.socket, target: socket.socket, watch: bool, ends: threading.Semaphore
    ) -> None:
        tail = b""
        while True:
            try:
                data = source.recv(_CHUNK)
            except OSError:
                data = b""
            if watch and data and self._tripped_by(tail, data):
                self.stop()
                return
            if not data:
                with suppress(OSError):
                    target.shutdown(socket.SHUT_WR)  # pass the half-close on
                break
            tail = (tail + data)[-_TAIL:]
            try:
                target.sendall(data)
            except OSError:
                break
        if watch:  # the client side closes the pair once both directions are done
            ends.acquire()
            with self._lock:
                self._sockets -= {source, target}
            source.close()
            target.close()
        else:
            ends.release()

    def _tripped_by(self, tail: bytes, data: bytes) -> bool:
        with self._lock:
            if self._trip is None:
                return False
            seen = tail + data
            new = sum(1 for m in self._trip.finditer(seen) if m.end() > len(tail))
            if new < self._trip_left:
                self._trip_left -= new
                return False
            self._trip = None
            self.tripped += 1
            return True
