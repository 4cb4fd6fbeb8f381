"""Each fault of the fake server yields the matching app-level error, never a crash."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from exec_desk.backends.tweepy.backend import TweepyBackend
from exec_desk.core import errors
from exec_desk.core.pricing import Op
from exec_desk.fakex.faults import Fault
from exec_desk.fakex.server import FakeXServer
from exec_desk.storage.ledger import Ledger
from tests.support.fakex_api import FakeClock

from .conftest import make_backend

TIMELINE = "/2/users/"
FAST = (2.0, 0.5)  # connect, read timeouts: a held request fails fast


@pytest.fixture
def fast(fake_x: FakeXServer, ledger: Ledger, clock: FakeClock) -> TweepyBackend:
    return make_backend(fake_x, ledger, clock, timeout=FAST)


@pytest.mark.parametrize(
    ("fault", "status", "error"),
    [
        (Fault.SERVER_ERROR, 500, errors.Transient),
        (Fault.UNAVAILABLE, 503, errors.Transient),
        (Fault.RATE_LIMITED, 429, errors.RateLimited),
        (Fault.DROP, None, errors.Transient),
        (Fault.MALFORMED, None, errors.Transient),
        (Fault.TIMEOUT, None, errors.Transient),
    ],
)
def test_read_faults(
    fast: TweepyBackend, fake_x: FakeXServer, fault: Fault, status: int | None, error: type[errors.XError]
) -> None:
    fake_x.faults.add(fault, path=TIMELINE, method="GET", hold=3.0)
    with pytest.raises(error) as caught:
        fast.home_timeline(max_results=5)
    if status is not None:
        assert caught.value.status == status
    if isinstance(caught.value, errors.Transient):
        assert caught.value.maybe_applied is False
    fake_x.faults.release()
    assert fast.home_timeline(max_results=5).posts  # the next call works: nothing is left broken


def test_rate_limit_carries_reset_time(fast: TweepyBackend, fake_x: FakeXServer) -> None:
    fake_x.faults.add(Fault.RATE_LIMITED, path=TIMELINE, retry_after=120)
    with pytest.raises(errors.RateLimited) as caught:
        fast.home_timeline()
    reset = caught.value.reset_at
    assert reset is not None
    assert 60 < (reset - datetime.now(UTC)).total_seconds() <= 180


def test_real_rate_limit_past_documented_limit(fast: TweepyBackend, fake_x: FakeXServer) -> None:
    for _ in range(75):  # users/me: 75 per 15 minutes
        fast.me()
    with pytest.raises(errors.RateLimited) as caught:
        fast.me()
    assert caught.value.reset_at is not None


def test_unauthorized_oauth2_refreshes_once_then_gives_up(
    fake_x: FakeXServer, ledger: Ledger, clock: FakeClock
) -> None:
    refreshed: list[str | None] = []
    token = str(fake_x.credentials()["oauth2_access_token"])

    class Tokens:
        def access_token(self) -> str:
            return token

        def force_refresh(self, rejected: str | None = None) -> str:
            refreshed.append(rejected)
            return token

    from exec_desk.backends.tweepy.backend import TweepyBackend as Backend

    backend = Backend(
        account="acct",
        user_id=str(fake_x.credentials()["user_id"]),
        recorder=ledger,
        api_base_url=fake_x.base_url,
        tokens=Tokens(),
        clock=clock,
    )
    fake_x.faults.add(Fault.UNAUTHORIZED, path="/2/users/me")
    assert backend.me().id  # 401, refresh, retry succeeds
    assert refreshed == [token]
    fake_x.faults.add(Fault.UNAUTHORIZED, path="/2/users/me", times=2)
    with pytest.raises(errors.AuthRevoked):
        backend.me()


def test_unauthorized_oauth1_is_revoked(fake_x: FakeXServer, ledger: Ledger, clock: FakeClock) -> None:
    backend = make_backend(fake_x, ledger, clock, oauth1=True)
    fake_x.faults.add(Fault.UNAUTHORIZED, path="/2/users/me")
    with pytest.raises(errors.AuthRevoked):
        backend.me()


def test_expired_token_is_auth_expired_not_crash(fake_x: FakeXServer, ledger: Ledger, clock: FakeClock) -> None:
    backend = make_backend(fake_x, ledger, clock)
    fake_x.auth.expire_access_tokens()
    with pytest.raises(errors.AuthRevoked):  # the static demo token cannot be refreshed
        backend.me()


@pytest.mark.parametrize(
    ("fault", "applied"),
    [(Fault.TIMEOUT, False), (Fault.TIMEOUT_AFTER_WRITE, True), (Fault.DROP, False), (Fault.MALFORMED, True)],
)
def test_write_faults_say_whether_the_post_may_exist(
    fast: TweepyBackend, fake_x: FakeXServer, fault: Fault, applied: bool
) -> None:
    fake_x.faults.add(fault, path="/2/tweets", method="POST", hold=3.0)
    with pytest.raises(errors.Transient) as caught:
        fast.create_post("A considered thought.")
    fake_x.faults.release()
    assert caught.value.maybe_applied is True  # the client cannot know; the outbox checks before resending
    mine = [p for p in fast.own_posts(max_results=10).posts if p.text == "A considered thought."]
    assert len(mine) == (1 if applied else 0)


def test_connection_refused_is_transient_and_not_applied(ledger: Ledger, clock: FakeClock) -> None:
    server = FakeXServer(seed=1, port=0, clock=clock)
    server.start()
    backend = make_backend(server, ledger, clock)
    server.stop()
    with pytest.raises(errors.Transient) as caught:
        backend.create_post("nobody listens")
    assert caught.value.maybe_applied is False


def test_failed_calls_are_recorded_at_no_cost(fast: TweepyBackend, fake_x: FakeXServer, ledger: Ledger) -> None:
    fake_x.faults.add(Fault.SERVER_ERROR, path="/2/tweets", method="POST")
    with pytest.raises(errors.Transient):
        fast.create_post("try")
    calls = [c for c in ledger.calls("acct", since=datetime(2000, 1, 1, tzinfo=UTC)) if c.op == Op.CREATE_POST]
    assert [(c.status, c.price_micro) for c in calls] == [(500, 0)]
