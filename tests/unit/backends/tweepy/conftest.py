"""Fixtures: a fake X server on a clock anchored at real time (OAuth 1.0a signatures carry the time), an empty
store with its ledger, and the real tweepy backend talking to the server over loopback HTTP in both auth modes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from exec_desk.backends.tweepy.backend import TweepyBackend
from exec_desk.fakex.server import FakeXServer
from exec_desk.services.demo import StaticTokens
from exec_desk.storage.ledger import Ledger
from exec_desk.storage.store import Store
from tests.support.fakex_api import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def fake_x(clock: FakeClock) -> Iterator[FakeXServer]:
    with FakeXServer(seed=7, port=0, clock=clock) as server:
        yield server


@pytest.fixture
def store() -> Iterator[Store]:
    with Store(":memory:") as db:
        yield db


def make_backend(
    server: FakeXServer, ledger: Ledger, clock: FakeClock, *, oauth1: bool = False, **kw: object
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
def backend(request: pytest.FixtureRequest, fake_x: FakeXServer, ledger: Ledger, clock: FakeClock) -> TweepyBackend:
    return make_backend(fake_x, ledger, clock, oauth1=request.param == "oauth1")
