"""Fixtures for the engine tests: a hand-moved clock with its timers, the fake X server, a store with the
account, the ledger, settings, and the real tweepy backend talking to the server over loopback HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from exec_desk.backends.demo import StaticTokens
from exec_desk.backends.fakex import FakeXServer
from exec_desk.backends.tweepy_backend import TweepyBackend
from exec_desk.services.clock import ManualClock
from exec_desk.storage.ledger import Ledger
from exec_desk.storage.records import Account, AuthKind
from exec_desk.storage.settings import Settings
from exec_desk.storage.store import Store

ACCOUNT = "me"


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime.now(UTC).replace(microsecond=0))


@pytest.fixture
def server(clock: ManualClock) -> Iterator[FakeXServer]:
    with FakeXServer(seed=3, clock=clock) as running:
        yield running
    assert running.errors == []


@pytest.fixture
def store(server: FakeXServer, clock: ManualClock) -> Iterator[Store]:
    with Store(":memory:") as opened:
        user = server.world.user
        opened.accounts.add(
            Account(ACCOUNT, user.id, user.username, user.name, AuthKind.OAUTH2, server.base_url, clock())
        )
        yield opened


@pytest.fixture
def ledger(store: Store) -> Ledger:
    return Ledger(store)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.json", env={})


def make_backend(server: FakeXServer, ledger: Ledger, clock: ManualClock, **kw: object) -> TweepyBackend:
    creds = server.credentials()
    return TweepyBackend(
        account=ACCOUNT,
        user_id=str(creds["user_id"]),
        recorder=ledger,
        api_base_url=str(creds["base_url"]),
        tokens=StaticTokens(str(creds["oauth2_access_token"])),
        clock=clock,
        **kw,  # type: ignore[arg-type]
    )


@pytest.fixture
def backend(server: FakeXServer, ledger: Ledger, clock: ManualClock) -> TweepyBackend:
    return make_backend(server, ledger, clock, timeout=(5.0, 1.0))
