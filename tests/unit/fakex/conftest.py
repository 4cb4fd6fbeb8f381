"""Fixtures for the fake X server tests: the server on a clock anchored at real time, a client, a shared server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from exec_desk.fakex import FakeXServer, Policy
from exec_desk.fakex.ratelimit import RateLimiter
from tests.support.fakex_api import Api, FakeClock


@pytest.fixture
def clock() -> FakeClock:
    """Moves only when told; anchored at real time, so that OAuth 1.0a timestamps stay valid."""
    return FakeClock()


@pytest.fixture
def api(server: FakeXServer) -> Iterator[Api]:
    client = Api(server)
    yield client
    client.close()


@pytest.fixture(scope="module")
def shared_server() -> Iterator[FakeXServer]:
    """One server for a whole module of tests that do not depend on a pristine world."""
    with FakeXServer(seed=5, clock=FakeClock()) as running:
        yield running
    assert running.errors == []


@pytest.fixture
def shared_api(shared_server: FakeXServer) -> Iterator[Api]:
    """A client of the shared server, whose policy and rate limits are reset for each test."""
    shared_server.policy = Policy()
    shared_server.ratelimits = RateLimiter()
    client = Api(shared_server)
    yield client
    client.close()
