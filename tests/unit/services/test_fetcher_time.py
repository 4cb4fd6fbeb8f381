"""Sources that survive time: a search idle for eight days fetches again, a refused cursor brings one fresh fetch,
a deleted list or a suspended account is marked gone (and costs nothing afterwards), a 24-hour cap waits for its
own reset."""

from __future__ import annotations

from datetime import timedelta

import pytest

from exec_desk.backends.tweepy.backend import TweepyBackend
from exec_desk.fakex import FakeXServer
from exec_desk.services import fetcher as fetching
from exec_desk.services.clock import ManualClock
from exec_desk.services.fetcher import Fetcher
from exec_desk.services.sources import ensure_default_sources
from exec_desk.storage.records import Source, SourceKind
from exec_desk.storage.store import Store
from tests.support.fake_world import ACCOUNT
from tests.support.runners import ImmediateTaskRunner

from .test_fetcher import Recorder, query

SEARCH = "/2/tweets/search/recent"
DAY = 24 * 3600


@pytest.fixture
def fetcher(store: Store, backend: TweepyBackend, clock: ManualClock, server: FakeXServer) -> Fetcher:
    ensure_default_sources(store, ACCOUNT, backend)
    group = store.groups.all(ACCOUNT)[0]
    store.sources.add(ACCOUNT, SourceKind.SEARCH, "Aldercrest", label="Aldercrest", group_id=group.id)
    server.log.clear()
    return Fetcher(store, backend, ImmediateTaskRunner(), ACCOUNT, clock, clock.timer, session_cap=lambda: 30)


def search_source(store: Store) -> Source:
    return next(s for s in store.sources.all(ACCOUNT) if s.kind is SourceKind.SEARCH)


def test_a_search_idle_for_eight_days_fetches_again_without_an_error(
    fetcher: Fetcher, store: Store, server: FakeXServer, clock: ManualClock
) -> None:
    seen = Recorder(fetcher)
    fetcher.fetch_all()
    before = search_source(store)
    assert before.cursor_newest_id is not None and before.id in seen.done
    clock.advance(8 * DAY)
    server.log.clear()
    seen.reset()
    fetcher.fetch_all()
    searches = [e for e in server.log if e.path == SEARCH]
    assert [e.status for e in searches] == [200]  # no 400, no loop
    assert "since_id" not in query(searches[0])  # the week-old cursor was dropped before the call
    assert seen.failed == {} and seen.status[-1] == "Up to date"
    after = search_source(store)
    assert after.cursor_newest_id is not None and int(after.cursor_newest_id) > int(before.cursor_newest_id)
    assert seen.done[after.id] > 0  # the newest posts of the week came in


def test_a_cursor_x_refuses_brings_one_fresh_fetch(
    fetcher: Fetcher, store: Store, server: FakeXServer, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If the app's idea of X's reach is wrong (X shortens it), the 400 naming since_id leads to one fetch without
    the cursor, not to an error on every round."""
    fetcher.fetch_all()
    monkeypatch.setitem(fetching.SINCE_ID_REACH, SourceKind.SEARCH, timedelta(days=30))
    clock.advance(8 * DAY)
    server.log.clear()
    seen = Recorder(fetcher)
    fetcher.fetch_all()
    searches = [e for e in server.log if e.path == SEARCH]
    assert [e.status for e in searches] == [400, 200]
    assert "since_id" in query(searches[0]) and "since_id" not in query(searches[1])
    assert search_source(store).id in seen.done and seen.failed == {}
    server.log.clear()
    fetcher.fetch_all()  # the cursor is fresh again: used, accepted
    [again] = [e for e in server.log if e.path == SEARCH]
    assert again.status == 200 and "since_id" in query(again)


def test_a_deleted_list_is_marked_gone_and_not_asked_again(
    fetcher: Fetcher, store: Store, server: FakeXServer, clock: ManualClock
) -> None:
    fetcher.fetch_all()
    press = next(s for s in store.sources.all(ACCOUNT) if s.label == "Press")
    server.world.delete_list(press.ref)
    clock.advance(3600)
    server.log.clear()
    seen = Recorder(fetcher)
    fetcher.fetch_all()
    gone = next(s for s in store.sources.all(ACCOUNT) if s.id == press.id)
    assert gone.gone_at == clock() and gone.gone_reason == f"Could not find list with id: [{press.ref}]."
    assert seen.failed[press.id] == "Journalists: no longer exists on X"
    [answer] = [e for e in server.log if e.path.startswith(f"/2/lists/{press.ref}")]
    assert answer.status == 200 and answer.price_micro == 0  # an answer with no posts costs nothing

    server.log.clear()
    seen.reset()
    fetcher.fetch_all()
    assert not any(e.path.startswith(f"/2/lists/{press.ref}") for e in server.log)  # costs nothing any more
    assert seen.failed[press.id] == ("Press: no longer on X, not fetched; remove or replace it in Settings → Sources")
    assert "Press: no longer on X, not fetched; remove or replace it in Settings → Sources" in seen.status


def test_a_source_that_answers_again_is_no_longer_gone(fetcher: Fetcher, store: Store, clock: ManualClock) -> None:
    home = next(s for s in store.sources.all(ACCOUNT) if s.kind is SourceKind.HOME)
    store.sources.mark_gone(home.id, clock(), "Could not find it")
    fetching.fetch_source(store, fetcher._backend, ACCOUNT, store.sources.get(home.id) or home, clock)
    assert (store.sources.get(home.id) or home).gone_at is None


def test_a_list_made_private_is_gone_too(
    store: Store, backend: TweepyBackend, server: FakeXServer, clock: ManualClock
) -> None:
    from exec_desk.core import errors

    lst = next(x for x in server.world.lists.values() if x.owner_id != server.user_id)
    source = store.sources.add(ACCOUNT, SourceKind.LIST, lst.id, label=lst.name)
    lst.private = True
    with pytest.raises(errors.ResourceGone, match=rf"Could not find list with id: \[{lst.id}\]"):
        fetching.fetch_source(store, backend, ACCOUNT, source, clock)
    assert (store.sources.get(source.id) or source).gone_at == clock()


def test_a_24_hour_cap_blocks_the_source_until_its_own_reset(
    fetcher: Fetcher, store: Store, server: FakeXServer, clock: ManualClock
) -> None:
    server.ratelimits.set_daily_limit("search_recent", "user", 0)
    seen = Recorder(fetcher)
    fetcher.fetch_all()
    source = search_source(store)
    group = next(g for g in store.groups.all(ACCOUNT) if g.id == source.group_id)
    assert seen.failed[source.id].startswith(f"{group.name}: X's daily limit is reached until ")
    clock.advance(16 * 60)  # a new 15-minute window: still capped for the day, so not asked
    server.log.clear()
    fetcher.fetch_all()
    assert not [e for e in server.log if e.path == SEARCH]
    clock.advance(DAY)
    server.ratelimits.set_daily_limit("search_recent", "user", 100)
    server.log.clear()
    fetcher.fetch_all()
    assert [e.status for e in server.log if e.path == SEARCH] == [200]
