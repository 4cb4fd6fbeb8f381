"""The radar between sessions: read the mentions (an owned read) and the watch search (within its share of the
budget) at a cadence the budget allows, during working hours; find the spikes and the clocks still running.

Each reading runs on the task runner (`read_once`, blocking): the sources of issue 13 are kept in step with the
settings, then the mentions and the watch search are fetched (the watch search asks for as much as a spike
needs, not a session's quota), then the spikes of the last hour are read from the cache and recorded. A spike
whose term was not already read in the last `SPIKE_EPISODE` is new: it is notified once, and only outside a
session (during one, it is in the queue already). No reading while a session is open.

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
from exec_desk.core.signal.radar import Spike
from exec_desk.services.clock import Clock, TimerFactory, ms_until
from exec_desk.services.fetcher import FetchLimits, fetch_source
from exec_desk.services.radar.budget import poll_interval, watch_allowed
from exec_desk.services.radar.clocks import open_clocks
from exec_desk.services.radar.signals import read_spikes, working_hours
from exec_desk.services.radar.sources import sync_sources, watch_source
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


@dataclass(frozen=True)
class Reading:
    """What one reading found."""

    spikes: list[Spike] = field(default_factory=list)
    new_spikes: list[Spike] = field(default_factory=list)
    clocks: list[ResponseClock] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    authors: dict[str, str] = field(default_factory=dict)  # the clocks' authors: user id → username


def read_once(store: Store, backend: XBackend, account: str, settings: Settings, now: datetime) -> Reading:
    """One reading (blocking): fetch the mentions and the watch search, then read spikes and clocks."""
    sync_sources(store, account, settings)
    failures: list[str] = []
    watch = watch_source(store, account)
    for source in store.sources.all(account):
        if source.gone_at is not None:
            continue
        if source.kind is SourceKind.MENTIONS:
            limits, wanted = FetchLimits(), None
        elif watch is not None and source.id == watch.id and watch_allowed(store, account, settings, now):
            limits, wanted = WATCH_LIMITS, None
        else:
            continue
        try:
            fetch_source(store, backend, account, source, lambda: now, limits, wanted)
        except errors.XError as error:
            failures.append(f"{source.label or source.kind.value}: {error.user_message}")
    spikes = read_spikes(store, account, settings, now)
    recent = {r.term for r in store.signal.spikes_since(account, now - SPIKE_EPISODE)}
    fresh = [s for s in spikes if s.term not in recent]
    for spike in spikes:
        store.signal.record_spike(account, spike.term, now, spike.last_hour, spike.baseline)
    running = open_clocks(store, account, settings, now)
    users = store.posts.users(account, sorted({c.author_id for c in running}))
    return Reading(spikes, fresh, running, failures, {i: u.username for i, u in users.items()})


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
        store, backend, account, settings, now = (
            self._store,
            self._backend,
            self._account,
            self._settings,
            self._clock(),
        )
        self._runner.submit(
            lambda: read_once(store, backend, account, settings, now), self._read, self._failed, owner=self
        )

    def _read(self, reading: Reading) -> None:
        self._busy = False
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
