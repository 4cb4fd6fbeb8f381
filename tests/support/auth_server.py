"""Test kit for the sign-in tests (tests/unit/backends/oauth) and FakeAuth's: a tiny stdlib HTTP server in front
of `FakeAuth`, a settable clock, a 'browser', and `free_callback` (a free loopback port whose callback URL is
registered on the fake's apps, so that tests do not compete for the default port).

The server routes GET /i/oauth2/authorize, POST /2/oauth2/token and POST /2/oauth2/revoke to `FakeAuth`; any other
request is authenticated with `FakeAuth.authenticate` and answered with a small JSON body naming the user.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

import requests

from exec_desk.fakex.auth import AuthFailure, FakeAuth

from .ports import free_port

USER_ID = "1000"
FORM = "application/x-www-form-urlencoded"


def free_callback(fake: FakeAuth) -> int:
    """A free port whose `http://127.0.0.1:<port>/callback` is registered on `fake`'s apps (next to the others)."""
    port = free_port()
    fake.callbacks = (*fake.callbacks, f"http://127.0.0.1:{port}/callback")
    return port


class FakeClock:
    """A clock for tests: `now` only moves when told."""

    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


TokenOverride = Callable[[dict[str, str]], tuple[int, dict[str, object]] | None]


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, fake: FakeAuth) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.fake = fake
        self.hits: list[tuple[str, str]] = []
        self.token_forms: list[dict[str, str]] = []
        self.token_headers: list[str] = []
        self.token_override: TokenOverride | None = None


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _json(self, status: int, body: object, content_type: str = "application/json") -> None:
        self._send(status, json.dumps(body).encode(), {"Content-Type": content_type})

    def _route(self, method: str) -> None:
        parts = urlsplit(self.path)
        query = parse_qsl(parts.query, keep_blank_values=True)
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        headers = {k.lower(): v for k, v in self.headers.items()}
        form = parse_qsl(raw.decode(), keep_blank_values=True) if FORM in headers.get("content-type", "") else None
        server, fake = self.server, self.server.fake
        server.hits.append((method, parts.path))
        if (method, parts.path) == ("GET", "/i/oauth2/authorize"):
            status, extra, body = fake.authorize(dict(query))
            self._send(status, body, extra)
        elif (method, parts.path) == ("POST", "/2/oauth2/token"):
            server.token_forms.append(dict(form or []))
            server.token_headers.append(headers.get("authorization", ""))
            answer = server.token_override(dict(form or [])) if server.token_override else None
            self._json(*(answer or fake.token(dict(form or []), headers)))
        elif (method, parts.path) == ("POST", "/2/oauth2/revoke"):
            self._json(*fake.revoke(dict(form or []), headers))
        else:
            try:
                user_id = fake.authenticate(method, parts.path, query, headers, form)
            except AuthFailure as failure:
                self._json(failure.status, failure.body, failure.content_type)
                return
            self._json(200, {"data": {"id": user_id, "name": "Test User", "username": "test"}})

    def do_GET(self) -> None:
        self._route("GET")

    def do_POST(self) -> None:
        self._route("POST")

    def do_DELETE(self) -> None:
        self._route("DELETE")


@dataclass
class AuthServer:
    """A running test server: `base_url`, its `FakeAuth`, the clock, and what it saw."""

    base_url: str
    fake: FakeAuth
    clock: FakeClock
    server: _Server

    @property
    def hits(self) -> list[tuple[str, str]]:
        return self.server.hits

    @property
    def token_forms(self) -> list[dict[str, str]]:
        return self.server.token_forms

    @property
    def token_headers(self) -> list[str]:
        """The Authorization header of each token request ('' when none)."""
        return self.server.token_headers

    def override_token(self, override: TokenOverride | None) -> None:
        self.server.token_override = override


def start_server(fake: FakeAuth, clock: FakeClock) -> Iterator[AuthServer]:
    server = _Server(fake)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield AuthServer(f"http://127.0.0.1:{server.server_address[1]}", fake, clock, server)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@dataclass
class Browser:
    """`open_browser` for tests: fetches the URL on a thread, following redirects like a browser would."""

    responses: list[requests.Response] = field(default_factory=list)
    errors: list[Exception] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    threads: list[threading.Thread] = field(default_factory=list)

    def __call__(self, url: str) -> bool:
        self.urls.append(url)
        thread = threading.Thread(target=self._visit, args=(url,), daemon=True)
        thread.start()
        self.threads.append(thread)
        return True

    def _visit(self, url: str) -> None:
        with requests.Session() as session:
            session.trust_env = False
            try:
                self.responses.append(session.get(url, allow_redirects=True, timeout=10))
            except requests.RequestException as exc:
                self.errors.append(exc)

    def join(self) -> None:
        for thread in self.threads:
            thread.join(10)
            assert not thread.is_alive()
