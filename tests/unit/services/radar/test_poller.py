"""The radar between sessions, through the real tweepy path against the fake X: a spike of posts about a watched
name is read, notified once and only outside a session; the open clocks are read; the response clock is closed
by a dismissal (logged) and by a retweet sent; a session opened on the spike shows it first."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from exec_desk.app.builder import build_session
from exec_desk.backends.tweepy.backend import TweepyBackend
from exec_desk.core.signal.radar import Spike
from exec_desk.fakex import FakeXServer
from exec_desk.services.clock import ManualClock
from exec_desk.services.fetcher import FetchLimits, fetch_source
from exec_desk.services.radar.poller import Radar, Reading, read_once
from exec_desk.services.radar.sources import sync_sources, watch_source
from exec_desk.services.sources import ensure_default_sources
from exec_desk.storage.ledger import Ledger
from exec_desk.storage.records import SourceKind
from exec_desk.storage.settings import Settings
from exec_desk.storage.store import Store
from tests.support.fake_world import ACCOUNT
from tests.support.runners import ImmediateTaskRunner

PUBLIC = ["newsdesk_nina", "owen_ships", "quinn_ops", "sami_dock", "rosa_logistica", "wes_warehouse"]


@pytest.fixture
def watching(settings: Settings) -> Settings:
    settings.update(
        {"watch_names": ["Aldercrest"], "work_start": "00:00", "work_end": "23:59", "work_days": list(range(7))}
    )
    return settings


def _spike(
    server: FakeXServer,
    clock: ManualClock,
    count: int = 14,
    text: str = "Aldercrest outage at our site, day {n}",
    every: float = 3,
) -> list[str]:
    """`count` posts of `text` by the public, the newest 2 minutes old, one every `every` minutes before."""
    ids = []
    with server.lock:
        for n in range(count):
            author = server.world.account_by_username(PUBLIC[n % len(PUBLIC)])
            assert author is not None
            post = server.world.add_post(author.id, text.format(n=n), at=clock() - timedelta(minutes=2 + every * n))
            ids.append(post.sid)
    return ids


def _radar(
    store: Store, backend: TweepyBackend, ledger: Ledger, settings: Settings, clock: ManualClock, session: list[bool]
) -> tuple[Radar, list[Spike], list[Reading]]:
    radar = Radar(
        store, backend, ledger, ImmediateTaskRunner(), settings, ACCOUNT, clock, clock.timer, lambda: session[0]
    )
    notified: list[Spike] = []
    readings: list[Reading] = []
    radar.spiked.connect(notified.append)
    radar.clocks_changed.connect(readings.append)
    return radar, notified, readings


def test_a_spike_is_notified_once_and_only_outside_a_session(
    qtbot: QtBot,
    server: FakeXServer,
    store: Store,
    backend: TweepyBackend,
    ledger: Ledger,
    watching: Settings,
    clock: ManualClock,
) -> None:
    ensure_default_sources(store, ACCOUNT, backend)
    crowd = _spike(server, clock)
    session = [False]
    radar, notified, readings = _radar(store, backend, ledger, watching, clock, session)
    started = clock()
    radar.start()
    clock.advance(31)  # the first reading, 30 seconds after the start
    assert [s.term for s in notified] == ["Aldercrest outage"]
    assert notified[0].last_hour == 14 and set(crowd) <= set(notified[0].post_ids)
    read_at = started + timedelta(seconds=30)
    assert readings and radar.next_at == read_at + timedelta(minutes=15)  # the poll setting, budget untouched
    clock.advance(15 * 60)
    assert len(notified) == 1  # the same spike is not notified again
    searches = [e for e in server.log if e.path == "/2/tweets/search/recent"]
    assert searches and all("Aldercrest" in dict(e.query)["query"] for e in searches)


def test_one_story_is_told_once_whatever_its_words_and_another_name_is_told(
    qtbot: QtBot,
    server: FakeXServer,
    store: Store,
    backend: TweepyBackend,
    ledger: Ledger,
    watching: Settings,
    clock: ManualClock,
) -> None:
    """The English posts spike as "Aldercrest outage"; a quarter of an hour later the French ones spike as
    "Aldercrest panne": the same story, not told again. A spike about another watched name is."""
    watching.update({"watch_names": ["Aldercrest", "Meridian"], "monthly_budget_usd": 0})  # the search, every time
    ensure_default_sources(store, ACCOUNT, backend)
    _spike(server, clock)
    radar, notified, readings = _radar(store, backend, ledger, watching, clock, [False])
    radar.start()
    clock.advance(31)
    assert [s.term for s in notified] == ["Aldercrest outage"]
    clock.advance(14 * 60)
    _spike(server, clock, text="Panne chez Aldercrest, jour {n}", every=0.5)  # all since the first reading
    clock.advance(60)
    assert "Aldercrest panne" in [s.term for s in readings[-1].spikes]  # read, counted in the session...
    assert [s.term for s in notified] == ["Aldercrest outage"]  # ...but not told again
    clock.advance(14 * 60)
    _spike(server, clock, text="Meridian strike at the port, day {n}", every=0.5)
    clock.advance(60)
    assert [s.term for s in notified] == ["Aldercrest outage", "Meridian strike"]


def test_no_notification_while_a_session_is_open(
    qtbot: QtBot,
    server: FakeXServer,
    store: Store,
    backend: TweepyBackend,
    ledger: Ledger,
    watching: Settings,
    clock: ManualClock,
) -> None:
    ensure_default_sources(store, ACCOUNT, backend)
    _spike(server, clock)
    session = [True]
    radar, notified, readings = _radar(store, backend, ledger, watching, clock, session)
    radar.start()
    clock.advance(31)
    assert notified == [] and readings == []  # no reading at all during a session
    session[0] = False
    radar.read_now()
    assert [s.term for s in notified] == ["Aldercrest outage"]  # outside it: one notification


def test_a_session_opened_on_the_spike_shows_it_first_and_x_closes_a_clock(
    qtbot: QtBot,
    server: FakeXServer,
    store: Store,
    backend: TweepyBackend,
    ledger: Ledger,
    watching: Settings,
    clock: ManualClock,
) -> None:
    ensure_default_sources(store, ACCOUNT, backend)
    for source in store.sources.all(ACCOUNT):  # an earlier session read the lists: who is a journalist is known
        if source.kind is SourceKind.LIST:
            fetch_source(store, backend, ACCOUNT, source, clock)
    crowd = _spike(server, clock)
    with server.lock:
        maya = server.world.account_by_username("maya_reports")
        assert maya is not None
        question = server.world.add_post(
            maya.id, "@claire_exec a comment on the outage?", at=clock() - timedelta(minutes=1)
        ).sid
    runner = ImmediateTaskRunner()
    session = build_session(store, backend, ledger, runner, watching, ACCOUNT, clock, clock.timer)
    radar, _notified, _ = _radar(store, backend, ledger, watching, clock, [False])
    radar.start()
    radar.read_now()  # the radar bought the spike's posts and the mention
    radar.stop()
    statuses: list[str] = []
    session.fetch_status.connect(statuses.append)
    session.start(focus="Aldercrest outage")
    clock.advance(5)
    items = session.items()
    spike_ids = [i.post.id for i in items if i.attention.level == 4]
    assert spike_ids and set(spike_ids) <= set(crowd) and items[0].post.id in crowd  # the focus first
    assert any("posts about “Aldercrest outage” in the last hour" in s for s in statuses)
    [asked] = [i for i in items if i.post.id == question]
    assert asked.attention.respond_by is not None and "journalist" in asked.attention.reasons
    assert session.dismiss(question) is True
    assert store.signal.handled(ACCOUNT)[question].how == "dismissed"
    assert session.dismiss(question) is False  # once
    session.end()


def test_a_known_journalist_mention_gets_its_clock_when_only_mentions_were_read(
    qtbot: QtBot,
    server: FakeXServer,
    store: Store,
    backend: TweepyBackend,
    watching: Settings,
    clock: ManualClock,
) -> None:
    ensure_default_sources(store, ACCOUNT, backend)
    for source in store.sources.all(ACCOUNT):  # an earlier session read the lists: maya is a journalist
        if source.kind is SourceKind.LIST:
            fetch_source(store, backend, ACCOUNT, source, clock)
    with server.lock:
        maya = server.world.account_by_username("maya_reports")
        assert maya is not None
    assert store.signal.author_groups(ACCOUNT).get(maya.id) == "Journalists"
    clock.advance(31 * 24 * 3600)  # a month later the lists' posts are forgotten (keep_posts_days)...
    assert store.posts.prune(ACCOUNT, clock() - timedelta(days=30)) > 0
    with server.lock:
        question = server.world.add_post(maya.id, "@claire_exec a comment?", at=clock() - timedelta(minutes=1)).sid
    reading = read_once(store, backend, ACCOUNT, watching, clock())  # ...and the radar reads only the mentions
    [running] = [c for c in reading.clocks if c.post_id == question]
    assert running.group == "Journalists" and running.respond_by is not None


def test_the_radar_counts_the_whole_hour_after_a_session_moved_the_search_cursor(
    server: FakeXServer, store: Store, backend: TweepyBackend, ledger: Ledger, watching: Settings, clock: ManualClock
) -> None:
    ensure_default_sources(store, ACCOUNT, backend)
    watching.update({"monthly_budget_usd": 0.0})  # no budget: every reading reads the watch search
    sync_sources(store, ACCOUNT, watching)
    crowd = _spike(server, clock, count=14)
    watch = watch_source(store, ACCOUNT)
    assert watch is not None
    # a session's fetch buys only what the session can show of it (the newest ten) and moves since_id to the newest
    bought = fetch_source(store, backend, ACCOUNT, watch, clock, FetchLimits(), wanted=6)
    assert len(bought.new_ids) == 10 and crowd[0] in bought.new_ids
    assert set(crowd) - set(bought.new_ids)  # the older posts of the hour were not bought
    moved = store.sources.get(watch.id)
    assert moved is not None and moved.cursor_newest_id == bought.newest_id
    reading = read_once(store, backend, ACCOUNT, watching, clock())
    spike = next(s for s in reading.spikes if s.term == "Aldercrest outage")
    assert set(crowd) <= set(spike.post_ids)
    assert spike.last_hour == len(spike.post_ids) >= 14
    mark = reading.watch_mark
    assert mark is not None and (mark.source_id, mark.newest_id, mark.read_to) == (watch.id, bought.newest_id, clock())
    assert mark.held == ((clock() - timedelta(hours=13), clock()),)  # a cold start: the hour and its baseline
    # the next reading asks only for what is newer than its own mark: nothing new, nothing bought
    before = ledger.month_to_date(ACCOUNT, clock())
    clock.advance(60)
    again = read_once(store, backend, ACCOUNT, watching, clock(), reading.watch_mark)
    assert again.watch_mark is not None and again.watch_mark.newest_id == mark.newest_id
    assert again.watch_mark.held == ((clock() - timedelta(hours=13, minutes=1), clock()),)  # one span, extended
    assert ledger.month_to_date(ACCOUNT, clock()) == before


def test_a_restart_reads_on_from_the_mark_the_store_kept(
    server: FakeXServer, store: Store, backend: TweepyBackend, ledger: Ledger, watching: Settings, clock: ManualClock
) -> None:
    """The app quits and starts again an hour later: its radar does not read the hour and the twelve before it
    again (a cold start); it asks only for what came after its mark, kept in the store, and holds one span."""
    ensure_default_sources(store, ACCOUNT, backend)
    watching.update({"monthly_budget_usd": 0.0})  # no budget: every reading reads the watch search
    _spike(server, clock, count=14)
    first = read_once(store, backend, ACCOUNT, watching, clock())  # a cold start
    assert first.watch_mark is not None and store.signal.watch_mark(ACCOUNT) == first.watch_mark
    assert first.watch_mark.held == ((clock() - timedelta(hours=13), clock()),)
    clock.advance(3600)  # quit, and started again an hour later: the new run has no mark in memory
    later = _spike(server, clock, count=3, every=5)
    server.log.clear()
    again = read_once(store, backend, ACCOUNT, watching, clock())
    [search] = [e for e in server.log if e.path == "/2/tweets/search/recent"]
    assert dict(search.query).get("since_id") == first.watch_mark.newest_id  # on from the mark
    assert "start_time" not in dict(search.query)  # not the hour and its baseline period again
    assert again.watch_mark is not None and set(later) <= set(store.posts.get_many(ACCOUNT, later))
    assert again.watch_mark.held == ((clock() - timedelta(hours=14), clock()),)  # one span, extended
    assert store.signal.watch_mark(ACCOUNT) == again.watch_mark


def test_the_watch_search_is_paced_by_its_share_of_a_working_day(
    server: FakeXServer, store: Store, backend: TweepyBackend, watching: Settings, clock: ManualClock
) -> None:
    ensure_default_sources(store, ACCOUNT, backend)
    # $0.40 a month for the watch search over the working days of the month (all seven, here): under 3 posts a day
    watching.update({"monthly_budget_usd": 2.0})
    crowd = _spike(server, clock, count=14)
    first = read_once(store, backend, ACCOUNT, watching, clock())
    assert "Aldercrest outage" in [s.term for s in first.spikes]  # today's share was not spent: it read
    assert first.watch_mark is not None
    more = _spike(server, clock, count=3)
    clock.advance(120)
    read_once(store, backend, ACCOUNT, watching, clock(), first.watch_mark)  # today's share is spent: not read
    watch = watch_source(store, ACCOUNT)
    assert watch is not None
    stored = {p.id for p in store.posts.posts_for_sources(ACCOUNT, [watch.id], limit=100)}
    assert set(crowd) <= stored
    assert not set(more) & stored
