"""The fake X server under load and bad input: a burst of 200 connections is served, a body cut short or
announced wrongly is refused and never applied, a body too large is refused before it is read, undecodable JSON
is a 400."""

from __future__ import annotations

import socket
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from exec_desk.fakex import FakeXServer
from exec_desk.fakex import server as http
from tests.support.fakex_api import Api

WORDS = "A post that must never be applied"


def _raw(server: FakeXServer, head: bytes, body: bytes = b"", *, close_write: bool = False) -> bytes:
    """Send a hand-made request; what the server answered (b"" if it closed without an answer)."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(head + b"\r\n" + body)
        if close_write:
            sock.shutdown(socket.SHUT_WR)
        chunks = []
        while True:
            try:
                data = sock.recv(65536)
            except (ConnectionResetError, TimeoutError):
                break
            if not data:
                break
            chunks.append(data)
            if b"\r\n\r\n" in b"".join(chunks) and not close_write:
                break
        return b"".join(chunks)


def _head(server: FakeXServer, *lines: str) -> bytes:
    token = server.auth.oauth2_access_token
    base = ["POST /2/tweets HTTP/1.1", "Host: 127.0.0.1", f"Authorization: Bearer {token}"]
    return "".join(f"{line}\r\n" for line in (*base, *lines)).encode()


def test_a_burst_of_200_concurrent_requests_is_served(server: FakeXServer) -> None:
    start = threading.Barrier(200, timeout=30)

    def one(n: int) -> int:
        with requests.Session() as session:
            session.headers["Authorization"] = f"Bearer {server.auth.oauth2_access_token}"
            start.wait()
            return session.get(f"{server.base_url}/2/users", params={"ids": str(3000 + n % 40)}, timeout=30).status_code

    with ThreadPoolExecutor(max_workers=200) as pool:
        statuses = list(pool.map(one, range(200)))
    assert statuses == [200] * 200
    assert len([e for e in server.log if e.path == "/2/users"]) == 200
    # Beyond the listen backlog Linux drops new connections (the client tries again a second later) and other
    # systems reset them: the backlog holds a whole burst.
    assert http._HTTPServer.request_queue_size >= 200


def test_a_body_shorter_than_announced_is_never_applied(server: FakeXServer) -> None:
    body = f'{{"text": "{WORDS}"}}'.encode()
    head = _head(server, "Content-Type: application/json", f"Content-Length: {len(body) + 40}")
    assert _raw(server, head, body, close_write=True) == b""  # the client is gone: nothing to answer
    assert not [p for p in server.world.posts.values() if p.text == WORDS]
    assert [(e.path, e.status) for e in server.log] == [("/2/tweets", 0)]
    assert server.body_refusals == [f"the body ended after {len(body)} of {len(body) + 40} bytes"]


@pytest.mark.parametrize(
    ("lines", "body"),
    [
        (("Content-Type: application/json", "Content-Length: twelve"), b'{"text": "x"}'),
        (("Content-Type: application/json", "Content-Length: -5"), b'{"text": "x"}'),
        (("Content-Type: application/json", "Transfer-Encoding: chunked"), b"zz\r\n{}\r\n0\r\n\r\n"),
    ],
    ids=["not-a-number", "negative", "bad-chunk-size"],
)
def test_a_body_announced_wrongly_is_answered_400(server: FakeXServer, lines: tuple[str, ...], body: bytes) -> None:
    answer = _raw(server, _head(server, *lines), body)
    assert answer.startswith(b"HTTP/1.1 400 ")
    assert [e.status for e in server.log] == [400] and len(server.world.posts) > 0


def test_a_chunked_body_is_read_whole(server: FakeXServer) -> None:
    payload = f'{{"text": "{WORDS} (chunked, but this one is fine)"}}'.encode()
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in (payload[:10], payload[10:])) + b"0\r\n\r\n"
    head = _head(server, "Content-Type: application/json", "Transfer-Encoding: chunked")
    assert _raw(server, head, chunked).startswith(b"HTTP/1.1 201 ")


def test_a_body_too_large_is_refused_before_it_is_read(server: FakeXServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(http, "MAX_BODY", 1000)
    head = _head(server, "Content-Type: application/json", "Content-Length: 5000000")
    assert _raw(server, head, b'{"text": "').startswith(b"HTTP/1.1 413 ")  # answered with 10 bytes of 5 MB sent


def test_json_that_is_not_text_is_a_400(api: Api) -> None:
    answer = api.session.post(
        api.url("/2/tweets"), data=b'{"text": "\\ud800 lone"}', headers={"Content-Type": "application/json"}
    )
    assert answer.status_code == 400 and "UTF-8" in answer.text


def test_a_slow_body_does_not_hold_other_requests(server: FakeXServer, api: Api) -> None:
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as slow:
        slow.sendall(_head(server, "Content-Type: application/json", "Content-Length: 100000") + b"\r\n{")
        assert api.get("/2/users/me").status_code == 200  # served while the other body is still coming
