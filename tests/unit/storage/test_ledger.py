from __future__ import annotations

import random
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from exec_desk.core.calls import CallRecord, CallRecorder
from exec_desk.core.pricing import Op, Resource, is_write
from exec_desk.fakex import prices as x_prices
from exec_desk.storage.ledger import Ledger
from exec_desk.storage.store import Store
from tests.support.factories import ACCOUNT, account_store

DAY1 = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)
OTHER = "acct-2"


def read(
    op: Op,
    at: datetime,
    *,
    posts: tuple[str, ...] = (),
    users: tuple[str, ...] = (),
    account: str = ACCOUNT,
    lists: tuple[str, ...] = (),
    app_owner: bool = False,
) -> CallRecord:
    resources = {k: v for k, v in ((Resource.POST, posts), (Resource.USER, users), (Resource.LIST, lists)) if v}
    return CallRecord(account, op, at, 200, resources, app_owner=app_owner)


def write(op: Op, at: datetime, *, status: int = 201, has_url: bool = False, is_reply: bool = False) -> CallRecord:
    return CallRecord(ACCOUNT, op, at, status, {}, has_url=has_url, is_reply=is_reply, ref="42")


def test_is_a_call_recorder(ledger: Ledger) -> None:
    recorder: CallRecorder = ledger
    assert recorder.record(read(Op.HOME_TIMELINE, DAY1, posts=("1",))) == 5_000


def test_same_post_same_utc_day_is_charged_once_and_again_next_day(ledger: Ledger) -> None:
    assert ledger.record(read(Op.HOME_TIMELINE, DAY1, posts=("1", "2"))) == 10_000
    late_same_day = DAY1.replace(hour=23, minute=59, second=59)
    assert ledger.record(read(Op.LIST_POSTS, late_same_day, posts=("1", "3"))) == 5_000
    next_day = datetime(2026, 11, 27, 0, 0, 1, tzinfo=UTC)
    assert ledger.record(read(Op.HOME_TIMELINE, next_day, posts=("1",))) == 5_000
    assert ledger.record(read(Op.HOME_TIMELINE, next_day, posts=("1",))) == 0
    assert ledger.total(ACCOUNT, DAY1.replace(hour=0)) == 20_000


def test_day_is_the_utc_day_whatever_the_local_zone(ledger: Ledger) -> None:
    new_york = timezone(timedelta(hours=-5))
    evening_ny = datetime(2026, 11, 26, 20, 0, tzinfo=new_york)  # 2026-11-27 01:00 UTC
    assert ledger.record(read(Op.HOME_TIMELINE, evening_ny, posts=("1",))) == 5_000
    assert ledger.record(read(Op.HOME_TIMELINE, datetime(2026, 11, 27, 9, tzinfo=UTC), posts=("1",))) == 0
    assert ledger.record(read(Op.HOME_TIMELINE, datetime(2026, 11, 26, 23, tzinfo=UTC), posts=("1",))) == 5_000


def test_dedupe_is_per_account_and_per_kind(store: Store, ledger: Ledger) -> None:
    from tests.support.factories import make_account

    store.accounts.add(make_account(OTHER))
    assert ledger.record(read(Op.HOME_TIMELINE, DAY1, posts=("1",), users=("1",))) == 15_000
    assert ledger.record(read(Op.HOME_TIMELINE, DAY1, posts=("1",), account=OTHER)) == 5_000
    assert ledger.record(read(Op.HOME_TIMELINE, DAY1, posts=("1", "1", "1"), users=("1",))) == 0
    assert ledger.total(ACCOUNT, DAY1) == 15_000
    assert ledger.total(OTHER, DAY1) == 5_000
    assert ledger.total(None, DAY1) == 20_000


def test_owned_reads_cost_the_owned_price_when_the_user_owns_the_app(ledger: Ledger) -> None:
    assert ledger.record(read(Op.MENTIONS, DAY1, posts=("1", "2"), users=("9",), app_owner=True)) == 3_000
    assert ledger.record(read(Op.OWNED_LISTS, DAY1, lists=("L",), app_owner=True)) == 1_000
    assert ledger.record(read(Op.OWN_POSTS, DAY1, posts=("3",), app_owner=True)) == 1_000
    # users/me is a user read, owner or not ($0.010), and the home timeline is never an owned read.
    assert ledger.record(read(Op.ME, DAY1, users=("me",), app_owner=True)) == 10_000
    assert ledger.record(read(Op.HOME_TIMELINE, DAY1, posts=("4",), app_owner=True)) == 5_000


def test_owned_reads_through_an_app_the_user_does_not_own_cost_the_full_price(ledger: Ledger) -> None:
    assert ledger.record(read(Op.MENTIONS, DAY1, posts=("1", "2"), users=("9",))) == 20_000
    assert ledger.record(read(Op.OWNED_LISTS, DAY1, lists=("L",))) == 5_000
    assert ledger.record(read(Op.ME, DAY1, users=("me",))) == 10_000


@pytest.mark.parametrize(
    ("call", "price"),
    [
        (write(Op.CREATE_POST, DAY1), 15_000),
        (write(Op.CREATE_POST, DAY1, has_url=True), 200_000),
        (write(Op.CREATE_POST, DAY1, is_reply=True), 10_000),
        (write(Op.CREATE_POST, DAY1, is_reply=True, has_url=True), 200_000),
        (write(Op.RETWEET, DAY1, status=200), 15_000),
        (write(Op.UNRETWEET, DAY1, status=200), 10_000),
        (write(Op.DELETE_POST, DAY1, status=200), 5_000),
        (write(Op.MEDIA_METADATA, DAY1, status=200), 5_000),
        (write(Op.MEDIA_UPLOAD, DAY1), 0),
        (write(Op.RETWEET, DAY1, status=403), 0),
        (write(Op.CREATE_POST, DAY1, status=0), 0),
    ],
)
def test_write_prices(ledger: Ledger, call: CallRecord, price: int) -> None:
    assert ledger.record(call) == price
    assert [(c.op, c.status, c.price_micro, c.ref) for c in ledger.calls(ACCOUNT, DAY1)] == [
        (call.op.value, call.status, price, "42")
    ]


def test_a_write_that_may_have_been_applied_is_billed_and_marked_maybe(ledger: Ledger) -> None:
    timed_out = CallRecord(ACCOUNT, Op.CREATE_POST, DAY1, 0, {}, has_url=True, maybe_applied=True, ref="d1")
    refused = CallRecord(ACCOUNT, Op.CREATE_POST, DAY1, 0, {}, maybe_applied=False, ref="d2")
    assert ledger.record(timed_out) == 200_000
    assert ledger.record(refused) == 0
    assert ledger.record(write(Op.CREATE_POST, DAY1)) == 15_000
    assert [(c.status, c.price_micro, c.maybe) for c in ledger.calls(ACCOUNT, DAY1)] == [
        (0, 200_000, True),
        (0, 0, False),
        (201, 15_000, False),
    ]


def test_writes_are_charged_per_request(ledger: Ledger) -> None:
    assert ledger.record(write(Op.RETWEET, DAY1)) == 15_000
    assert ledger.record(write(Op.RETWEET, DAY1)) == 15_000


def test_failed_reads_are_recorded_at_zero(ledger: Ledger) -> None:
    assert ledger.record(CallRecord(ACCOUNT, Op.SEARCH_RECENT, DAY1, 429, {})) == 0
    assert [c.status for c in ledger.calls(ACCOUNT, DAY1)] == [429]


def test_totals_session_cost_and_month_to_date(ledger: Ledger) -> None:
    ledger.record(read(Op.HOME_TIMELINE, datetime(2026, 10, 31, 23, 59, tzinfo=UTC), posts=("old",)))
    ledger.record(read(Op.HOME_TIMELINE, datetime(2026, 11, 1, 0, 0, tzinfo=UTC), posts=("a",)))
    started = DAY1
    ledger.record(read(Op.HOME_TIMELINE, started, posts=("b", "c")))
    ledger.record(write(Op.RETWEET, started + timedelta(minutes=2)))
    ended = started + timedelta(minutes=5)
    ledger.record(write(Op.CREATE_POST, ended))  # at the end instant: not part of the session
    assert ledger.session_cost(ACCOUNT, started, ended) == 25_000
    assert ledger.session_cost(ACCOUNT, started) == 40_000
    assert ledger.total(ACCOUNT, datetime(2026, 11, 1, tzinfo=UTC), started) == 5_000
    paris = timezone(timedelta(hours=1))
    assert ledger.month_to_date(ACCOUNT, datetime(2026, 11, 30, 12, tzinfo=paris)) == 45_000
    # 1 December 00:30 in Paris is still November in UTC.
    assert ledger.month_to_date(ACCOUNT, datetime(2026, 12, 1, 0, 30, tzinfo=paris)) == 45_000
    assert ledger.month_to_date(ACCOUNT, datetime(2026, 12, 1, 1, 30, tzinfo=paris)) == 0
    assert [c.price_micro for c in ledger.calls(ACCOUNT, started, ended)] == [10_000, 15_000]


@pytest.mark.parametrize("app_owner", [False, True])
def test_matches_the_fake_x_price_book(ledger: Ledger, app_owner: bool) -> None:
    """The fake X prices from its own table, written from X's price list: the ledger agrees call for call."""
    rng = random.Random(7)
    book = x_prices.PriceBook()
    expected = 0
    for n in range(300):
        at = DAY1 + timedelta(hours=n * 0.37)
        op = rng.choice(list(Op))
        resources: dict[Resource, tuple[str, ...]] = {}
        if not is_write(op):
            resources[Resource.POST] = tuple(str(rng.randrange(40)) for _ in range(rng.randrange(5)))
            if rng.random() < 0.3:
                resources[Resource.USER] = (str(rng.randrange(10)),)
        has_url, is_reply = rng.random() < 0.2, rng.random() < 0.2
        call = CallRecord(ACCOUNT, op, at, 200, resources, app_owner=app_owner, has_url=has_url, is_reply=is_reply)
        price = ledger.record(call)
        fake_resources = {x_prices.Resource(k): v for k, v in resources.items()}
        fake_price = book.price(
            x_prices.Op(op), fake_resources, at, app_owner=app_owner, has_url=has_url, is_reply=is_reply
        )
        assert price == fake_price, op
        expected += price
    assert ledger.total(ACCOUNT, DAY1) == expected > 0


@pytest.fixture
def file_store(tmp_path: Path) -> Iterator[Store]:
    yield from account_store(tmp_path / "ledger.sqlite3")


def test_concurrent_recording_charges_each_post_once(file_store: Store) -> None:
    ledger = Ledger(file_store)
    prices: list[int] = []
    lock = threading.Lock()
    start = threading.Barrier(6)

    def worker() -> None:
        start.wait()
        for n in range(20):
            price = ledger.record(read(Op.HOME_TIMELINE, DAY1, posts=tuple(str(i) for i in range(n, n + 10))))
            with lock:
                prices.append(price)

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(prices) == 120
    assert sum(prices) == ledger.total(ACCOUNT, DAY1) == 29 * 5_000  # posts 0..28, each charged once
