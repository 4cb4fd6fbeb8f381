"""Incremental fetching against the fake X server: one request per source when nothing is new, since_id, list
paging that stops at the first known post, pages sized to what a session can show, and errors told in plain
words."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

import pytest

from exec_desk.backends.tweepy.backend import TweepyBackend
from exec_desk.core.i18n import Message
from exec_desk.core.models import Page
from exec_desk.fakex import FakeXServer, Fault, LogEntry
from exec_desk.fakex.prices import Op, Resource
from exec_desk.services.clock import ManualClock
from exec_desk.services.fetcher import Fetcher, FetchLimits
from exec_desk.services.sources import ensure_default_sources
from exec_desk.storage.records import SourceKind
from exec_desk.storage.store import Store
from tests.support.fake_world import ACCOUNT, timeline_reads
from tests.support.runners import ImmediateTaskRunner

PRESS = "/2/lists/1720000000000000101/tweets"
HOME = "/2/users/1000/timelines/reverse_chronological"
MENTIONS = "/2/users/1000/mentions"


class Recorder:
    def __init__(self, fetcher: Fetcher) -> None:
        self.status: list[str] = []
        self.done: dict[int, int] = {}
        self.failed: dict[int, str] = {}
        self.rounds = 0
        fetcher.status.connect(self.status.append)
        fetcher.source_done.connect(self.done.__setitem__)
        fetcher.source_failed.connect(self.failed.__setitem__)
        fetcher.finished.connect(self._finished)

    def _finished(self) -> None:
        self.rounds += 1

    def reset(self) -> None:
        self.status.clear()
        self.done.clear()
        self.failed.clear()


@pytest.fixture
def fetcher(store: Store, backend: TweepyBackend, clock: ManualClock, server: FakeXServer) -> Fetcher:
    ensure_default_sources(store, ACCOUNT, backend)
    server.log.clear()
    return Fetcher(store, backend, ImmediateTaskRunner(), ACCOUNT, clock, clock.timer, session_cap=lambda: 30)


def query(entry: LogEntry) -> dict[str, str]:
    return dict(entry.query)


def test_first_round_then_nothing_new_costs_one_request_per_source(
    fetcher: Fetcher, store: Store, server: FakeXServer
) -> None:
    seen = Recorder(fetcher)
    fetcher.fetch_all()
    assert seen.rounds == 1 and seen.status == ["Fetching 6 sources…", "Up to date"]
    assert isinstance(seen.status[-1], Message)  # marked words: the window shows them in the user's language
    pages = [e for e in server.log if e.op != Op.USERS]
    assert len(pages) == 6 and all(e.status == 200 for e in server.log)
    # Pages come without their authors; those the cache lacks are fetched once, each charged once.
    lookups = [e for e in server.log if e.op == Op.USERS]
    assert 1 <= len(lookups) <= 6 and all(query(e)["ids"] for e in lookups)
    bought = [u for e in server.log for u in e.resources.get(Resource.USER, ())]
    # Only mentions, an owned read ($0.001 a user instead of $0.010), bring their authors along.
    assert len(bought) == len(set(bought)) and [e.op for e in pages if e.resources.get(Resource.USER)] == [Op.MENTIONS]
    authors = {p.author_id for p in store.posts.posts_for_sources(ACCOUNT, [s.id for s in store.sources.all(ACCOUNT)])}
    assert authors and set(store.posts.users(ACCOUNT, sorted(authors))) == authors
    # What a session can show of each (the group's quota, or the cap of 30 for Home), plus 4 spare; at most 20.
    sizes = {
        e.path.split("/")[-2] if "lists" in e.path else e.path.split("/")[-1]: query(e)["max_results"] for e in pages
    }
    assert sorted(sizes.values(), key=int) == ["8", "8", "9", "10", "12", "20"]
    assert (sizes["mentions"], sizes["reverse_chronological"], sizes[PRESS.split("/")[-2]]) == ("12", "20", "10")
    assert sum(seen.done.values()) > 0 and len(seen.done) == 6
    sources = {s.kind: s for s in store.sources.all(ACCOUNT)}
    home_cursor = sources[SourceKind.HOME].cursor_newest_id
    assert home_cursor is not None and all(s.last_fetched_at is not None for s in sources.values())

    server.log.clear()
    seen.reset()
    fetcher.fetch_all()
    assert len(server.log) == 6, server.log.paths()
    assert seen.done == dict.fromkeys(seen.done, 0) and len(seen.done) == 6
    home = next(e for e in server.log if e.path == HOME)
    assert query(home)["since_id"] == home_cursor
    assert query(next(e for e in server.log if e.path == MENTIONS)).get("since_id")
    assert query(next(e for e in server.log if e.path == PRESS))["max_results"] == "10"
    assert server.log.total_micro() == 0  # nothing new came back: nothing was charged


def test_list_pages_stop_at_the_first_known_post(
    fetcher: Fetcher, store: Store, server: FakeXServer, clock: ManualClock, backend: TweepyBackend
) -> None:
    for group in store.groups.all(ACCOUNT):  # no quota and a large cap: only the known post stops the paging
        store.groups.update(replace(group, quota=0))
    fetcher = Fetcher(store, backend, ImmediateTaskRunner(), ACCOUNT, clock, clock.timer, session_cap=lambda: 200)
    fetcher.fetch_all()
    press = next(s for s in store.sources.all(ACCOUNT) if s.label == "Press")
    assert press.cursor_newest_id is not None
    clock.advance(6 * 3600)
    server.log.clear()
    fetcher.fetch_all()
    members = set(server.world.lists[press.ref].members)
    new = [p for p in server.world.newest_first() if p.author_id in members and p.id > int(press.cursor_newest_id)]
    expected = 1 if len(new) < 10 else 2 if len(new) < 60 else 3
    pages = [e for e in server.log if e.path == PRESS]
    assert len(new) >= 10 and len(pages) == expected
    assert [query(p)["max_results"] for p in pages] == ["10"] + ["50"] * (len(pages) - 1)
    linked = {p.id for p in store.posts.posts_for_sources(ACCOUNT, [press.id], limit=1000)}
    assert {str(p.id) for p in new[:60]} <= linked
    assert len([e for e in server.log if e.path == HOME]) <= FetchLimits().max_pages


def test_pages_fit_what_a_session_can_show(
    fetcher: Fetcher, store: Store, server: FakeXServer, clock: ManualClock
) -> None:
    """Every post X returns is paid for: six hours later, with dozens of new posts, the Journalists' list (quota 6)
    buys one page of 10 and Home (no quota, session cap 30) one page of 34; the older new posts are never bought."""
    fetcher.fetch_all()
    press = next(s for s in store.sources.all(ACCOUNT) if s.label == "Press")
    clock.advance(6 * 3600)
    server.log.clear()
    fetcher.fetch_all()
    members = set(server.world.lists[press.ref].members)
    assert press.cursor_newest_id is not None
    new = [p for p in server.world.newest_first() if p.author_id in members and p.id > int(press.cursor_newest_id)]
    assert len(new) > 10  # enough for the old rule to read more pages
    assert [query(e)["max_results"] for e in server.log if e.path == PRESS] == ["10"]
    home = [query(e)["max_results"] for e in server.log if e.path == HOME]
    assert home == ["34"] and len(timeline_reads(server.log)) == 6


def test_errors_in_plain_words_and_one_retry_for_a_transient_failure(
    fetcher: Fetcher, server: FakeXServer, clock: ManualClock
) -> None:
    seen = Recorder(fetcher)
    server.faults.add(Fault.RATE_LIMITED, path=HOME, retry_after=600)
    server.faults.add(Fault.SERVER_ERROR, path=PRESS, status=403)
    server.faults.add(Fault.UNAVAILABLE, path=MENTIONS)
    fetcher.fetch_all()
    assert seen.rounds == 0  # the mentions retry is pending
    assert "Mentions: X is slow, retrying…" in seen.status
    assert "Journalists: not available on your X plan" in seen.status
    wait = [s for s in seen.status if s.startswith("Home: X asks us to wait until ")]
    assert len(wait) == 1
    clock.advance(5)
    assert seen.rounds == 1
    assert sorted(seen.failed.values()) == sorted([wait[0], "Journalists: not available on your X plan"])
    assert len([e for e in server.log if e.path == MENTIONS]) == 2
    assert "Up to date" not in seen.status

    server.log.clear()
    fetcher.fetch_all()  # home stays rate-limited until X's reset time: not asked
    assert HOME not in {e.path for e in server.log} and len(timeline_reads(server.log)) == 5
    clock.advance(600)
    server.log.clear()
    fetcher.fetch_all()
    assert HOME in {e.path for e in server.log}


def test_a_transient_failure_twice_gives_up(fetcher: Fetcher, server: FakeXServer, clock: ManualClock) -> None:
    seen = Recorder(fetcher)
    server.faults.add(Fault.SERVER_ERROR, path=MENTIONS, times=2)
    fetcher.fetch_all()
    clock.advance(5)
    assert seen.rounds == 1
    assert list(seen.failed.values()) == ["Mentions: X is not answering; try again later"]
    assert [e.op for e in server.log].count(Op.MENTIONS) == 2


def test_a_second_round_is_ignored_while_one_runs(fetcher: Fetcher, server: FakeXServer, clock: ManualClock) -> None:
    server.faults.add(Fault.SERVER_ERROR, path=MENTIONS)
    fetcher.fetch_all()
    assert fetcher.busy
    fetcher.fetch_all()
    clock.advance(timedelta(seconds=5).total_seconds())
    assert not fetcher.busy and len(timeline_reads(server.log)) == 7


def test_authors_are_fetched_once_and_stored_before_their_posts(
    fetcher: Fetcher, store: Store, server: FakeXServer, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pages come without their authors (a user object costs $0.010 each day X returns it): the authors the cache
    lacks are fetched and stored before the page, so a session building its queue meanwhile never shows a post
    without its author; a failed lookup costs the names until the next round, never the posts."""
    upsert = store.posts.upsert_page
    checked: list[bool] = []  # each page stored: were all its authors already in the cache?

    def stored_after_its_authors(account: str, page: Page, fetched_at: datetime, **kw: Any) -> int:
        authors = {p.author_id for p in page.all_posts()} - set(page.users)  # mentions bring their own
        checked.append(set(store.posts.users(account, sorted(authors))) == authors)
        return upsert(account, page, fetched_at, **kw)

    monkeypatch.setattr(store.posts, "upsert_page", stored_after_its_authors)
    server.faults.add(Fault.SERVER_ERROR, path=re.compile(r"^/2/users$"), status=503)  # the first lookup fails
    fetcher.fetch_all()
    failed = [e for e in server.log if e.op == Op.USERS and e.status == 503]
    assert len(failed) == 1 and len(checked) == 6
    assert checked.count(False) == 1  # that page was stored all the same, its authors left for later

    sources = [s.id for s in store.sources.all(ACCOUNT)]
    authors = {p.author_id for p in store.posts.posts_for_sources(ACCOUNT, sources, limit=10_000)}
    cached = set(store.posts.users(ACCOUNT, sorted(authors)))
    assert cached  # (the failed lookup's authors may have come with another source's lookup since)

    clock.advance(24 * 3600)  # the next day
    server.log.clear()
    fetcher.fetch_all()
    bought = {u for e in server.log if e.op == Op.USERS for u in e.resources.get(Resource.USER, ())}
    assert len(timeline_reads(server.log)) == 6
    assert all(not e.resources.get(Resource.USER) for e in timeline_reads(server.log) if e.op != Op.MENTIONS)
    assert not bought & cached  # new authors only: the cached ones are not bought again
