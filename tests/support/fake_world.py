"""Shared builders for tests that run the real engine against the fake X server.

The world's fixtures (tests/support/fixtures.py) are made of these; tests that need a world of their own call them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from exec_desk.backends.tweepy.backend import TweepyBackend
from exec_desk.core.calls import CallRecorder
from exec_desk.fakex import LogEntry
from exec_desk.fakex.prices import Op
from exec_desk.fakex.server import FakeXServer
from exec_desk.services.clock import ManualClock
from exec_desk.services.demo import StaticTokens
from exec_desk.storage.records import Account, AuthKind
from exec_desk.storage.store import Store

#: Where the engine's test worlds start: a fixed Thursday morning, so that the fake world (generated from its
#: seed and its start) is the same on every run, whatever the time of day the suite runs at.
ANCHOR = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)
#: The key of the fake world's user in the store (the `store` fixture).
ACCOUNT = "me"


def manual_clock(start: datetime = ANCHOR) -> ManualClock:
    """A clock that moves only when told, at a fixed instant (OAuth 2.0 bearer tokens do not care; OAuth 1.0a
    tests, whose signatures carry the real time, build their own clock anchored at real time)."""
    return ManualClock(start)


@contextmanager
def running_server(clock: ManualClock, *, seed: int) -> Iterator[FakeXServer]:
    """A started fake server; on exit it must not have hit a bug of its own."""
    with FakeXServer(seed=seed, clock=clock) as running:
        yield running
    assert running.errors == []


@contextmanager
def store_with_account(server: FakeXServer, clock: ManualClock, account: str) -> Iterator[Store]:
    """An in-memory store holding the fake world's user as `account`."""
    with Store(":memory:") as opened:
        user = server.world.user
        opened.accounts.add(
            Account(account, user.id, user.username, user.name, AuthKind.OAUTH2, server.base_url, clock())
        )
        yield opened


def oauth2_backend(
    server: FakeXServer, recorder: CallRecorder, clock: ManualClock, account: str, **kw: Any
) -> TweepyBackend:
    """The real tweepy backend signed in with the fake server's ready OAuth 2.0 token (or the `tokens` given)."""
    creds = server.credentials()
    kw.setdefault("api_base_url", str(creds["base_url"]))
    kw.setdefault("tokens", StaticTokens(str(creds["oauth2_access_token"])))
    return TweepyBackend(account=account, user_id=str(creds["user_id"]), recorder=recorder, clock=clock, **kw)


def timeline_reads(log: Iterable[LogEntry]) -> list[LogEntry]:
    """The requests of a log that read posts (author lookups, `Op.USERS`, left out)."""
    return [e for e in log if e.op != Op.USERS]


def author_lookups(log: Iterable[LogEntry]) -> list[LogEntry]:
    """The requests that fetched authors the cache lacked."""
    return [e for e in log if e.op == Op.USERS]
