"""Fixtures for the sign-in tests: a FakeAuth behind a real loopback HTTP server (see `tests.support.auth_server`),
and a 'browser' that follows the redirects."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from exec_desk.fakex.auth import FakeAuth
from tests.support.auth_server import USER_ID, AuthServer, Browser, FakeClock, start_server


@pytest.fixture
def auth_server() -> Iterator[AuthServer]:
    """A FakeAuth (seed 7) behind the server, on a clock of its own."""
    clock = FakeClock()
    yield from start_server(FakeAuth(USER_ID, clock=clock, seed=7), clock)


@pytest.fixture
def live_server() -> Iterator[AuthServer]:
    """A server whose clock follows real time (tweepy signs with the real time)."""
    clock = FakeClock(time.time())
    yield from start_server(FakeAuth(USER_ID, clock=clock, seed=3), clock)


@pytest.fixture
def browser() -> Iterator[Browser]:
    visitor = Browser()
    yield visitor
    visitor.join()
