"""Fixtures for the engine tests: a hand-moved clock with its timers, the fake X server, a store with the
account, the ledger, settings, and the real tweepy backend talking to the server over loopback HTTP."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from exec_desk.backends.tweepy.backend import TweepyBackend
from exec_desk.core.pricing import Op
from exec_desk.fakex import FakeXServer, LogEntry
from exec_desk.services.clock import ManualClock
from exec_desk.storage.ledger import Ledger
from exec_desk.storage.settings import Settings
from exec_desk.storage.store import Store
from tests.support.fake_world import manual_clock, oauth2_backend, running_server, store_with_account

ACCOUNT = "me"


@pytest.fixture
def clock() -> ManualClock:
    return manual_clock()


@pytest.fixture
def server(clock: ManualClock) -> Iterator[FakeXServer]:
    with running_server(clock, seed=3) as running:
        yield running


@pytest.fixture
def store(server: FakeXServer, clock: ManualClock) -> Iterator[Store]:
    with store_with_account(server, clock, ACCOUNT) as opened:
        yield opened


@pytest.fixture
def ledger(store: Store) -> Ledger:
    return Ledger(store)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.json", env={})


def make_backend(server: FakeXServer, ledger: Ledger, clock: ManualClock, **kw: object) -> TweepyBackend:
    return oauth2_backend(server, ledger, clock, ACCOUNT, **kw)


@pytest.fixture
def backend(server: FakeXServer, ledger: Ledger, clock: ManualClock) -> TweepyBackend:
    return make_backend(server, ledger, clock, timeout=(5.0, 1.0))


def timeline_reads(log: Iterable[LogEntry]) -> list[LogEntry]:
    """The requests of a log that read posts (author lookups, `Op.USERS`, left out)."""
    return [e for e in log if e.op != Op.USERS]


def author_lookups(log: Iterable[LogEntry]) -> list[LogEntry]:
    """The requests that fetched authors the cache lacked."""
    return [e for e in log if e.op == Op.USERS]
