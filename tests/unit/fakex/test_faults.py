"""Scripted faults: every kind, matching by path prefix, regex and method, consumed in order."""

from __future__ import annotations

import re
import time

import pytest
import requests

from exec_desk.core.pricing import Op
from exec_desk.fakex import FakeXServer, Fault
from tests.support.fakex_api import Api


def _own_texts(server: FakeXServer) -> list[str]:
    return [p.source_text for p in server.world.newest_first() if p.author_id == "1000"]


@pytest.mark.parametrize(
    ("kind", "status"),
    [(Fault.SERVER_ERROR, 500), (Fault.UNAVAILABLE, 503), (Fault.UNAUTHORIZED, 401), (Fault.RATE_LIMITED, 429)],
)
def test_error_faults_answer_once_and_apply_nothing(
    kind: Fault, status: int, shared_server: FakeXServer, shared_api: Api
) -> None:
    shared_server.faults.add(kind, path="/2/tweets", method="POST")
    text = f"Post through a {kind.value}"
    failed = shared_api.post("/2/tweets", {"text": text})
    assert failed.status_code == status and failed.json()["status"] == status
    assert text not in _own_texts(shared_server)
    if kind is Fault.RATE_LIMITED:
        reset = int(failed.headers["x-rate-limit-reset"])
        assert reset == int(shared_server.clock().timestamp()) + 60 and failed.headers["x-rate-limit-remaining"] == "0"
    assert shared_api.post("/2/tweets", {"text": text}).status_code == 201
    assert shared_server.log.calls(Op.CREATE_POST)[-2].fault == kind.value


def test_status_override_and_method_and_path_matching(shared_server: FakeXServer, shared_api: Api) -> None:
    shared_server.faults.add(Fault.SERVER_ERROR, path=re.compile(r"^/2/users/\d+/mentions$"), status=502, times=2)
    shared_server.faults.add(Fault.UNAVAILABLE, path="/2/tweets", method="DELETE")
    assert shared_api.get("/2/tweets/search/recent", query="robots").status_code == 200
    assert shared_api.get("/2/users/1000/mentions").status_code == 502
    assert shared_api.get("/2/users/1000/mentions").status_code == 502
    assert shared_api.get("/2/users/1000/mentions").status_code == 200
    assert shared_api.delete("/2/tweets/1").status_code == 503
    assert shared_server.faults.pending() == []


def test_timeout_holds_the_request_and_applies_nothing(server: FakeXServer, api: Api) -> None:
    server.faults.add(Fault.TIMEOUT, path="/2/tweets", method="POST", hold=30)
    with pytest.raises(requests.ReadTimeout):
        api.post("/2/tweets", {"text": "Never lands"}, timeout=0.3)
    assert "Never lands" not in _own_texts(server)
    entry = server.log.calls(Op.CREATE_POST)[-1]
    assert (entry.status, entry.fault, entry.price_micro) == (0, "timeout", 0)
    server.faults.release()
    assert api.post("/2/tweets", {"text": "Lands"}).status_code == 201


def test_timeout_after_write_applies_the_write_but_never_answers(server: FakeXServer, api: Api) -> None:
    server.faults.add(Fault.TIMEOUT_AFTER_WRITE, path="/2/tweets", method="POST", hold=30)
    with pytest.raises(requests.ReadTimeout):
        api.post("/2/tweets", {"text": "Landed in the dark"}, timeout=0.3)
    assert "Landed in the dark" in _own_texts(server)
    entry = server.log.calls(Op.CREATE_POST)[-1]
    assert (entry.status, entry.fault, entry.price_micro) == (201, "timeout_after_write", 15_000)
    own = api.get("/2/users/1000/tweets").json()["data"]
    assert own[0]["text"] == "Landed in the dark"


def test_dropped_connection(server: FakeXServer, api: Api) -> None:
    server.faults.add(Fault.DROP, path="/2/users/1000/retweets")
    target = next(p for p in server.world.newest_first() if p.author_id != "1000" and p.retweet_of is None)
    with pytest.raises(requests.ConnectionError):
        api.post("/2/users/1000/retweets", {"tweet_id": target.sid})
    assert ("1000", target.id) not in server.world.retweets
    assert api.post("/2/users/1000/retweets", {"tweet_id": target.sid}).status_code == 200


def test_malformed_json_after_applying(server: FakeXServer, api: Api) -> None:
    server.faults.add(Fault.MALFORMED, path="/2/tweets", method="POST")
    response = api.post("/2/tweets", {"text": "Garbled answer"})
    assert response.status_code == 201
    with pytest.raises(ValueError):
        response.json()
    assert "Garbled answer" in _own_texts(server)
    server.faults.add(Fault.MALFORMED, path="/2/users/me")
    with pytest.raises(ValueError):
        api.get("/2/users/me").json()


def test_stop_releases_held_requests_quickly() -> None:
    server = FakeXServer(seed=1).start()
    server.faults.add(Fault.TIMEOUT, hold=60)
    api = Api(server)
    try:
        with pytest.raises(requests.ReadTimeout):
            api.get("/2/users/me", timeout=0.2)
        assert server.faults.held() == 1
    finally:
        api.close()
        server.stop(timeout=5)
    assert server.faults.held() == 0


def test_latency_delays_every_answer(shared_server: FakeXServer, shared_api: Api) -> None:
    shared_server.latency = 0.15
    try:
        started = time.perf_counter()
        assert shared_api.get("/2/users/me").status_code == 200
        assert time.perf_counter() - started >= 0.15
    finally:
        shared_server.latency = 0.0
