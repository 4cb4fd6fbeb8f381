"""Fixtures for the outbox end-to-end tests: the fake world of seed 5, and the real tweepy backend over loopback HTTP
with a short read timeout (a request the fake holds times out in half a second)."""

from __future__ import annotations

import pytest

from exec_desk.backends.tweepy.backend import TweepyBackend
from exec_desk.fakex import FakeXServer
from exec_desk.services.clock import ManualClock
from exec_desk.storage.ledger import Ledger
from exec_desk.storage.store import Store
from tests.support.fake_world import ACCOUNT, oauth2_backend


@pytest.fixture
def seed() -> int:
    return 5


def make_backend(server: FakeXServer, store: Store, clock: ManualClock, base_url: str | None = None) -> TweepyBackend:
    extra = {"api_base_url": base_url} if base_url else {}
    return oauth2_backend(server, Ledger(store), clock, ACCOUNT, timeout=(5.0, 0.5), **extra)


@pytest.fixture
def backend(server: FakeXServer, store: Store, clock: ManualClock) -> TweepyBackend:
    return make_backend(server, store, clock)
