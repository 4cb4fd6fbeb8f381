"""The radar between sessions: read the mentions (an owned read) and the watch search (within its share of the
budget) at a cadence the budget allows, during working hours; find the spikes and the clocks still running.

Each reading runs on the task runner (`read_once`, blocking): the sources of issue 13 are kept in step with the
settings, then the mentions and the watch search are fetched, then the spikes of the last hour are read from the
cache and recorded. The watch search is read by time (`fetcher.Window`, `watch_window`): what is newer than the
radar's own mark (`WatchMark`: everything up to it was read whole), at least the last hour; and the baseline
period (the 12 hours before it, `core.signal.radar`) only when the radar does not hold it whole: a cold start
(the mark lives as long as the radar), or after a gap longer than it (the night) unless the same hour of the
last weekdays is held. The spans read whole are the history the rule counts a baseline in: none, no spike.
Never from the source's cursor alone: a session's fetch moves it to the newest post after buying only what the
session can show, and the older posts of the hour would never be counted. Reading the hour again costs only the
posts X has not returned yet today (it bills a post once a UTC day). The watch search is paced by its share of the
budget per working day (`budget.watch_allowed`). A spike
about a watched name not already read spiking in the last `SPIKE_EPISODE` is new: it is notified once, and only
outside a session (during one, it is in the queue already). "Aldercrest outage", then "Aldercrest panne" as the
French posts come, then "Aldercrest" itself are one story, told once: the session it opens shows every spiking
term's posts first. No reading while a session is open.

Signals of Radar:
    spiked(object): a new spike (`core.signal.radar.Spike`) outside a session: notify it once.
    clocks_changed(object): the `Reading` (its `clocks` still running, the earliest deadline first, and their
        authors' usernames: the tray's tooltip).
    spikes_changed(list): the spikes of the last reading (the tray's badge).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Signal

from exec_desk.backends.base import XBackend
from exec_desk.core import errors
from exec_desk.core.signal.clocks import ResponseClock
from exec_desk.core.signal.radar import HOUR, PREVIOUS_HOURS, Span, Spike, WatchMark, baseline_windows
from exec_desk.core.snowflake import snowflake_time
from exec_desk.services.clock import Clock, TimerFactory, ms_until
from exec_desk.services.fetcher import FetchLimits, FetchResult, Window, fetch_source
from exec_desk.services.radar.budget import poll_interval, watch_allowed
from exec_desk.services.radar.clocks import open_clocks
from exec_desk.services.radar.signals import RADAR_REACH, read_spikes, working_hours
from exec_desk.services.radar.sources import sync_sources, watch_list, watch_source
from exec_desk.services.tasks import Runner
from exec_desk.storage.ledger import Ledger
from exec_desk.storage.records import SourceKind
from exec_desk.storage.settings import Settings
from exec_desk.storage.store import Store

log = logging.getLogger(__name__)
#: A spike of a term read again within this time is the same spike (notified once).
SPIKE_EPISODE = timedelta(hours=3)
#: The first reading after the radar starts (the app is ready, a session may start at once).
FIRST_READING = timedelta(seconds=30)
#: The watch search between sessions: pages as large as X allows, so that a spike is counted whole.
WATCH_LIMITS = FetchLimits(first_page=100, page=100, max_pages=3, fit_to_quota=False)
#: The baseline period without a weekday history (`core.signal.radar`): the hours before the last one.
BASELINE = PREVIOUS_HOURS * HOUR


def watch_window(mark: WatchMark | None, now: datetime) -> Window:
    """What the watch search reads now: from the mark when it is within the baseline period (a session or a
    paced reading in between: the gap is filled), the last hour and its baseline period when that is not held
    (a cold start, or a longer gap without the same hour of the last weekdays held)."""
    if mark is not None and mark.read_to >= now - BASELINE - HOUR:
        return Window(mark.read_to - HOUR, mark.newest_id)  # since_id when the newest is that recent
    held = mark.held if mark is not None else ()
    if held and baseline_windows(now, held[0][0], held):
        return Window(now - HOUR)
    return Window(now - HOUR - BASELINE)


def _held(spans: tuple[Span, ...], read: Span, now: datetime) -> tuple[Span, ...]:
    merged: list[Span] = []
    for start, end in sorted((*spans, read)):
        if end < now - RADAR_REACH:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def _read_mark(mark: WatchMark | None, source_id: int, window: Window, result: FetchResult, now: datetime) -> WatchMark:
    """The mark after a reading of `window`: a complete one holds everything since its start (or its since_id);
    an incomplete one only since the oldest post it brought, and leaves the mark's `read_to` (read again)."""
    spans = mark.held if mark is not None else ()
    newest = result.newest_id or window.cursor() or (mark.newest_id if mark is not None else None)
    cursor = window.cursor()
    since = snowflake_time(cursor) if cursor is not None else window.start
    if not result.complete:
        since = snowflake_time(result.oldest_id) if result.oldest_id is not None else None
        read_to = mark.read_to if mark is not None else None
    else:
        read_to = now
    held = _held(spans, (since, now), now) if since is not None else spans
    if read_to is None:  # a cold start read in part: the next reading reads its window again
        return WatchMark(source_id, now - HOUR - BASELINE - HOUR, newest, held)
    return WatchMark(source_id, read_to, newest, held)


@dataclass(frozen=True)
class Reading:
    """What one reading found."""

    spikes: list[Spike] = field(default_factory=list)
    new_spikes: list[Spike] = field(default_factory=list)
    clocks: list[ResponseClock] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    authors: dict[str, str] = field(default_factory=dict)  # the clocks' authors: user id → username
    #: What the radar holds of the watch search (`watch_window` reads from it next time).
    watch_mark: WatchMark | None = None


def read_once(
    store: Store,
    backend: XBackend,
    account: str,
    settings: Settings,
    now: datetime,
    watch_mark: WatchMark | None = None,
) -> Reading:
    """One reading (blocking): fetch the mentions and the watch search, then read spikes and clocks.

    `watch_mark`: the previous reading's (None: the one the store keeps, from a previous run; without one, a cold
    start, see `watch_window`). The mark after the reading is kept in the store."""
    sync_sources(store, account, settings)
    failures: list[str] = []
    watch = watch_source(store, account)
    if watch_mark is None:
        watch_mark = store.signal.watch_mark(account)
    if watch is None or watch_mark is None or watch_mark.source_id != watch.id:  # a new query: a cold start
        watch_mark = None
    mark = watch_mark  # kept while the search is not read (paced, failed)
    for source in store.sources.all(account):
        if source.gone_at is not None:
            continue
        window = None
        if source.kind is SourceKind.MENTIONS:
            limits = FetchLimits()
        elif watch is not None and source.id == watch.id and watch_allowed(store, account, settings, now):
            limits, window = WATCH_LIMITS, watch_window(watch_mark, now)
        else:
            continue
        try:
            result = fetch_source(store, backend, account, source, lambda: now, limits, window=window)
        except errors.XError as error:
            failures.append(f"{source.label or source.kind.value}: {error.user_message}")
            continue
        if window is not None:
            mark = _read_mark(watch_mark, source.id, window, result, now)
            store.signal.save_watch_mark(account, mark)
    spikes = read_spikes(store, account, settings, now, held=mark.held if mark is not None else ())
    names = watch_list(settings)
    told = {names.name_of(r.term) for r in store.signal.spikes_since(account, now - SPIKE_EPISODE)}
    fresh = [s for s in spikes if names.name_of(s.term) not in told]  # one story: one notification
    for spike in spikes:
        store.signal.record_spike(account, spike.term, now, spike.last_hour, spike.baseline)
    running = open_clocks(store, account, settings, now)
    users = store.posts.users(account, sorted({c.author_id for c in running}))
    authors = {i: u.username for i, u in users.items()}
    return Reading(spikes, fresh, running, failures, authors, mark)


class Radar(QObject):
    """The readings of one account between sessions; `start()` arms the first, `stop()` ends them."""

    spiked = Signal(object)
    clocks_changed = Signal(object)
    spikes_changed = Signal(list)

    def __init__(
        self,
        store: Store,
        backend: XBackend,
        ledger: Ledger,
        runner: Runner,
        settings: Settings,
        account: str,
        clock: Clock,
        timers: TimerFactory,
        session_open: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._backend, self._ledger, self._runner = store, backend, ledger, runner
        self._settings, self._account, self._clock, self._session_open = settings, account, clock, session_open
        self._timer = timers(self.read_now)
        self._busy = self._running = False
        self._watch_mark: WatchMark | None = None
        self.next_at: datetime | None = None

    def start(self) -> None:
        self._running = True
        self._arm(self._clock() + FIRST_READING)

    def stop(self) -> None:
        self._running = False
        self._timer.stop()
        self._runner.forget(self)

    def read_now(self) -> None:
        """Read now (the timer, or a session that just ended); skipped while a session is open."""
        if not self._running or self._busy:
            return
        if self._session_open():
            self._schedule()
            return
        self._busy = True
        store, backend, account, settings, now, mark = (
            self._store,
            self._backend,
            self._account,
            self._settings,
            self._clock(),
            self._watch_mark,
        )
        self._runner.submit(
            lambda: read_once(store, backend, account, settings, now, mark), self._read, self._failed, owner=self
        )

    def _read(self, reading: Reading) -> None:
        self._busy = False
        self._watch_mark = reading.watch_mark
        for failure in reading.failures:
            log.warning("radar: %s", failure)
        self.spikes_changed.emit(reading.spikes)
        self.clocks_changed.emit(reading)
        if reading.new_spikes and not self._session_open():
            spike = reading.new_spikes[0]  # the most specific: one notification
            self.spiked.emit(spike)
            store, account = self._store, self._account
            self._runner.submit(lambda: store.signal.mark_notified(account, spike.term, spike.at), owner=self)
        self._schedule()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        log.error("radar: the reading failed: %s", error)
        self._schedule()

    def _schedule(self) -> None:
        if not self._running:
            return
        now = self._clock()
        interval = poll_interval(self._settings, self._ledger.month_to_date(self._account, now), now)
        if interval is None:  # the month's budget is reached: look again tomorrow
            interval = timedelta(days=1)
        self._arm(now + interval)

    def _arm(self, due: datetime) -> None:
        """Arm the timer for `due`, moved into the working hours."""
        opens = next(working_hours(self._settings).periods(due), None)
        moment = max(due, opens[0]) if opens is not None else due + timedelta(days=1)
        self.next_at = moment
        self._timer.start(ms_until(moment, self._clock()))
