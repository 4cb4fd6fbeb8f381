"""The fake X API on a real loopback HTTP server: HTTP/1.1 keep-alive, one thread per connection.

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
from types import TracebackType
from typing import Any

from exec_desk.fakex.app import FakeXApp, Reply
from exec_desk.fakex.oauth_clients import DEFAULT_CALLBACK
from exec_desk.fakex.policy import Policy

HOST = "127.0.0.1"
MAX_BODY = 64 * 1024 * 1024


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body leave at once: no 40 ms delayed-ACK stall per request
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

    def _read_body(self) -> bytes | None:
        if self.headers.get("transfer-encoding", "").lower() == "chunked":
            chunks: list[bytes] = []
            while True:
                size = int(self.rfile.readline().strip() or b"0", 16)
                if size == 0:
                    self.rfile.readline()
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("content-length") or 0)
        if length > MAX_BODY:
            return None
        return self.rfile.read(length) if length else b""

    def _dispatch(self) -> None:
        app = self.server.app
        body = self._read_body()
        if body is None:
            self._send(Reply(413, b"Payload Too Large", {"content-type": "text/plain"}), close=True)
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
    ) -> None:
        super().__init__(
            seed=seed, clock=clock, policy=policy, latency=latency, app_owner=app_owner, callbacks=callbacks
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

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()
