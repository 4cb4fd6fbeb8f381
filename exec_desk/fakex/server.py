"""The fake X API on a real loopback HTTP server: HTTP/1.1 keep-alive, one thread per connection.

Bodies are read in full, on the connection's own thread and under no lock, before the request is handled: a
Content-Length that is not a number, or a chunk size that is not hex, is answered 400; a body over `MAX_BODY`
is answered 413 before it is read; a body shorter than announced (the client went away) is never handled. The
listen backlog is large (`BACKLOG`), so a burst of connections is queued, not reset.

    with FakeXServer(seed=0) as server:
        client = tweepy.Client(bearer_token=server.auth.oauth2_access_token)
        route_session(client.session, server.base_url)

`stop()` releases held requests, closes every open connection and joins the threads it started.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable, Sequence
from datetime import datetime
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

from exec_desk.fakex.app import FakeXApp, Reply
from exec_desk.fakex.oauth_clients import DEFAULT_CALLBACK
from exec_desk.fakex.policy import Policy

HOST = "127.0.0.1"
MAX_BODY = 64 * 1024 * 1024
BACKLOG = 1024


class _BadBody(Exception):
    """The body cannot be read as announced: `status` says how to answer (0: the client is gone, answer nothing)."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body leave at once: no 40 ms delayed-ACK stall per request
    timeout = 60  # a client that stops sending mid-request frees its thread
    server: _HTTPServer

    def do_GET(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    def do_DELETE(self) -> None:
        self._dispatch()

    def do_PUT(self) -> None:
        self._dispatch()

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: the request log is the record."""

    def _read_exactly(self, size: int) -> bytes:
        data = self.rfile.read(size)
        if len(data) != size:
            raise _BadBody(0, f"the body ended after {len(data)} of {size} bytes")
        return data

    def _read_body(self) -> bytes:
        """The whole body, or `_BadBody`."""
        if self.headers.get("transfer-encoding", "").lower() == "chunked":
            chunks: list[bytes] = []
            total = 0
            while True:
                line = self.rfile.readline(1024)
                if not line.endswith(b"\n"):
                    raise _BadBody(0 if not line else 400, "a chunk size line is cut or too long")
                size_text = line.split(b";", 1)[0].strip()
                try:
                    size = int(size_text, 16)
                except ValueError:
                    raise _BadBody(400, f"invalid chunk size {size_text[:20]!r}") from None
                if size < 0 or not all(c in b"0123456789abcdefABCDEF" for c in size_text):
                    raise _BadBody(400, f"invalid chunk size {size_text[:20]!r}")
                if size == 0:
                    self.rfile.readline(1024)
                    return b"".join(chunks)
                total += size
                if total > MAX_BODY:
                    raise _BadBody(413, "the body is larger than the server takes")
                chunks.append(self._read_exactly(size))
                self._read_exactly(2)  # the CRLF after the chunk
        raw = self.headers.get("content-length")
        if raw is None:
            return b""
        if not raw.strip().isdigit():
            raise _BadBody(400, f"invalid Content-Length {raw[:20]!r}")
        length = int(raw)
        if length > MAX_BODY:
            raise _BadBody(413, "the body is larger than the server takes")
        return self._read_exactly(length) if length else b""

    def _dispatch(self) -> None:
        app = self.server.app
        try:
            body = self._read_body()
        except (_BadBody, TimeoutError) as bad:
            status, reason = (bad.status, bad.reason) if isinstance(bad, _BadBody) else (0, "the body never came")
            app.refused(self.command, self.path, status, reason)
            if status:
                text = {400: b"Bad Request", 413: b"Payload Too Large"}[status]
                self._send(Reply(status, text, {"content-type": "text/plain"}), close=True)
            else:
                self.close_connection = True
            return
        headers = {key.lower(): value for key, value in self.headers.items()}
        reply = app.handle(self.command, self.path, headers, body, app.base_url)
        if reply.hold > 0:
            app.faults.hold(reply.hold)
        if reply.drop:
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        if app.latency > 0:
            app.stopping.wait(app.latency)
        self._send(reply)

    def _send(self, reply: Reply, *, close: bool = False) -> None:
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.send_header("content-length", str(len(reply.body)))
        if close or self.server.app.stopping.is_set():
            self.send_header("connection", "close")
            self.close_connection = True
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(reply.body)


class _HTTPServer(HTTPServer):
    """`HTTPServer` with a thread per connection, each one tracked so `stop()` can end it."""

    allow_reuse_address = True
    daemon_threads = True
    request_queue_size = BACKLOG

    def __init__(self, port: int, app: FakeXServer) -> None:
        super().__init__((HOST, port), _Handler)
        self.app = app
        self.connections: set[socket.socket] = set()
        self.threads: list[threading.Thread] = []
        self.guard = threading.Lock()

    def process_request(self, request: Any, client_address: Any) -> None:
        thread = threading.Thread(
            target=self._serve_connection, args=(request, client_address), name="fakex-connection", daemon=True
        )
        with self.guard:
            self.connections.add(request)
            self.threads = [t for t in self.threads if t.is_alive()]
            self.threads.append(thread)
        thread.start()

    def _serve_connection(self, request: Any, client_address: Any) -> None:
        try:
            self.finish_request(request, client_address)
        except OSError:
            pass  # the client went away, or stop() closed the socket
        except Exception as exc:  # a bug in the plumbing: keep it for the tests to see
            self.app.errors.append(exc)
        finally:
            self.shutdown_request(request)

    def shutdown_request(self, request: Any) -> None:
        with self.guard:
            self.connections.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        with self.guard:
            open_sockets = list(self.connections)
        for sock in open_sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


class FakeXServer(FakeXApp):
    """The fake X API server. See `FakeXApp` for the test controls (world, faults, log, policy, latency...)."""

    def __init__(
        self,
        *,
        seed: int = 0,
        port: int = 0,
        clock: Callable[[], datetime] | None = None,
        policy: Policy | None = None,
        latency: float = 0.0,
        app_owner: bool = False,
        callbacks: Sequence[str] = (DEFAULT_CALLBACK,),
        grow_later: bool = False,
    ) -> None:
        super().__init__(
            seed=seed,
            clock=clock,
            policy=policy,
            latency=latency,
            app_owner=app_owner,
            callbacks=callbacks,
            grow_later=grow_later,
        )
        self.port = port
        self.stopping = threading.Event()
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        if self._httpd is None:
            raise RuntimeError("the server is not started")
        return f"http://{HOST}:{self._httpd.server_address[1]}"

    def start(self) -> FakeXServer:
        if self._httpd is not None:
            raise RuntimeError("the server is already started")
        self._httpd = _HTTPServer(self.port, self)
        self.port = int(self._httpd.server_address[1])
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="fakex-server", daemon=True
        )
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Stop serving: release held requests, close open connections, join the threads."""
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        self.stopping.set()
        self.faults.close()
        httpd.shutdown()
        httpd.close_connections()
        httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout)
        with httpd.guard:
            threads = list(httpd.threads)
        for thread in threads:
            thread.join(timeout)

    def credentials(self, base_url: str | None = None) -> dict[str, Any]:
        return super().credentials(base_url or self.base_url)

    def __enter__(self) -> FakeXServer:
        return self.start()

    def __exit__(self, *_exc_info: object) -> None:
        self.stop()
