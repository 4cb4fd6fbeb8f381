"""Fixtures: a running fake X server and the real tweepy backend talking to it over loopback HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from exec_desk.backends.tweepy.backend import TweepyBackend
from exec_desk.fakex.server import FakeXServer
from exec_desk.services.demo import StaticTokens
from exec_desk.storage.ledger import Ledger
from exec_desk.storage.store import Store


class Clock:
    """A clock that moves only when told (anchored at real time, so OAuth 1.0a timestamps stay valid)."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC).replace(microsecond=0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def fake_x(clock: Clock) -> Iterator[FakeXServer]:
    server = FakeXServer(seed=7, port=0, clock=clock)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def store() -> Iterator[Store]:
    with Store(":memory:") as db:
        yield db


@pytest.fixture
def ledger(store: Store) -> Ledger:
    return Ledger(store)


def make_backend(
    server: FakeXServer, ledger: Ledger, clock: Clock, *, oauth1: bool = False, **kw: object
) -> TweepyBackend:
    creds = server.credentials()
    auth: dict[str, object] = (
        {"oauth1": creds["oauth1"]} if oauth1 else {"tokens": StaticTokens(str(creds["oauth2_access_token"]))}
    )
    return TweepyBackend(
        account="acct",
        user_id=str(creds["user_id"]),
        recorder=ledger,
        api_base_url=str(creds["base_url"]),
        clock=clock,
        **auth,  # type: ignore[arg-type]
        **kw,  # type: ignore[arg-type]
    )


@pytest.fixture(params=["oauth2", "oauth1"])
def backend(request: pytest.FixtureRequest, fake_x: FakeXServer, ledger: Ledger, clock: Clock) -> TweepyBackend:
    return make_backend(fake_x, ledger, clock, oauth1=request.param == "oauth1")
