"""The review session: a countdown, a capped queue that grows as sources are fetched, one-key retweets with undo.

The countdown is computed from the clock at each tick (a timer armed for the next whole second), never by
counting ticks, so the session ends at its planned time even when the GUI thread was busy; any call made after
the planned end closes the session first. A session never starts another by itself.

Retweets are optimistic: the state is PENDING in the same call, and an outbox item is scheduled `retweet_undo_
seconds` later; `undo` inside that window cancels it before anything reaches X. At the end, pending retweets are
released to go out at once (the outbox still never sends one twice). Store and network work runs on the runner.

Collaborators beyond the agreed ones (keyword-only): `outbox` (the account's one `OutboxSender`, started by its
owner), `fetcher` (a `Fetcher` of the account; `app.builder.build_session` makes both), `tier` ("self-serve" or
"enterprise": what
`capability` allows), `auto_setup` (an account without groups gets the default groups and sources on its first
session, from its X Lists: see `services.sources`). The session's own short store tasks (recording, building the
queue, read marks, the summary) run in the runner's `STORE` lane, in order; the app's runner gives that lane a
thread of its own, so they never queue behind network calls when X hangs: the summary then still comes on time.

What needs the executive comes first (`core.signal.reasons`): the session reads the account's signals when it
opens (`persist.open_session` with the settings) and orders every build of its queue by them; a session started
with `focus` (a spike term, from the radar's notification) shows that spike's posts first and says so on its
status line. `dismiss` closes a post's response clock without answering it (logged as handled); a retweet or a
reply sent closes it too: the item is then replaced by one without its clock (`item(post_id)` gives it). The
authors' roles are read again as sources come in (a first session fetches the lists that say who is a journalist
or a client): rows already shown get their role, and a mention its clock, in place.

Signals of ReviewSession:
    started(int): the session id, once the session is recorded
    tick(int): remaining whole seconds; at start, every second, and after `extend`; never negative
    items_inserted(int, list): `QueueItem`s inserted at a row of the queue (the queue only grows, up to the cap:
        open response clocks ahead of the unread items by deadline, the rest at the end; see `shown.ShownQueue`)
    item_changed(str): the post id whose item (its clock), action state or error changed
    fetch_status(object): plain words about fetching ("Fetching 4 sources…", "Up to date"...): a `core.i18n.Message`
    ended(object): the `SessionSummary`, exactly once per session
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject, Signal

from exec_desk.backends.base import XBackend
from exec_desk.core.i18n import QT_TRANSLATE_NOOP, Message, Phrase
from exec_desk.core.payloads import PostPayload
from exec_desk.core.pricing import MICRO
from exec_desk.core.queue import ActionState, GroupInfo, QueueBuild, QueueItem, SessionSummary
from exec_desk.core.signal.reasons import Signals
from exec_desk.services.clock import Clock, TimerFactory, qt_timers
from exec_desk.services.fetcher import Fetcher
from exec_desk.services.outbox.sender import OutboxSender, OutboxUpdate
from exec_desk.services.radar.clocks import handled_by
from exec_desk.services.session import persist as data
from exec_desk.services.session.actions import SELF_SERVE, RetweetActions, capability
from exec_desk.services.session.shown import ShownQueue
from exec_desk.services.session.thread import ThreadReader
from exec_desk.services.tasks import STORE, Failed, Runner
from exec_desk.storage.ledger import Ledger
from exec_desk.storage.records import OutboxState
from exec_desk.storage.settings import (
    MONTHLY_BUDGET_USD,
    RETWEET_UNDO_SECONDS,
    SESSION_CAP,
    SESSION_EXTEND_MINUTES,
    SESSION_MINUTES,
    Settings,
)
from exec_desk.storage.store import Store

log = logging.getLogger(__name__)

#: Shown in the session window (translated there, context "Session").
LOG_FAILED = QT_TRANSLATE_NOOP("Session", "Could not open the session log; this session will not be kept.")
#: Time given to higher-priority sources before lower groups may fill the queue ahead of them.
SETTLE_MS = 3000
#: Said when a session opens on a spike (context "Session"; the window shows it translated).
ON_SPIKE = QT_TRANSLATE_NOOP(
    "Session", "{count} posts about “{term}” in the last hour, usually {usual}: they come first."
)


class ReviewSession(QObject):
    """One reusable session engine per account: `start()`, `end()`, then `start()` again for the next one.

    Signals: started(int session id), tick(int remaining seconds), items_inserted(int row, list of QueueItem),
    item_changed(str post id), fetch_status(object Message), ended(object SessionSummary).
    """

    started = Signal(int)
    tick = Signal(int)
    items_inserted = Signal(int, list)
    item_changed = Signal(str)
    fetch_status = Signal(object)  # a `core.i18n.Message` the window shows translated
    ended = Signal(object)

    def __init__(
        self,
        store: Store,
        backend: XBackend,
        ledger: Ledger,
        runner: Runner,
        settings: Settings,
        account: str,
        clock: Clock,
        timer_factory: TimerFactory | None = None,
        parent: QObject | None = None,
        *,
        outbox: OutboxSender,
        fetcher: Fetcher,
        tier: str = SELF_SERVE,
        auto_setup: bool = True,
    ) -> None:
        super().__init__(parent)
        self._store, self._backend, self._ledger = store, backend, ledger
        self._runner = runner
        self._settings, self._account, self._clock, self._tier = settings, account, clock, tier
        self._auto_setup = auto_setup
        timers = timer_factory or qt_timers(self)
        self._outbox, self._fetcher = outbox, fetcher
        self._outbox.changed.connect(self._on_outbox)
        self._actions = RetweetActions(self._outbox, account, clock, self)
        self._actions.changed.connect(self.item_changed)
        self._fetcher.status.connect(self._on_fetch_status)
        self._fetcher.source_done.connect(lambda source, _new: self._source_settled(source))
        self._fetcher.source_failed.connect(lambda source, _why: self._source_settled(source))
        self._fetcher.finished.connect(self._fetch_finished)
        self._tick_timer = timers(self._on_tick)
        self._settle_timer = timers(self._settled)
        self._generation, self._active, self._username = 0, False, ""
        self._unrecorded: dict[int, data.Closing] = {}  # sessions ended before their start was recorded
        #: The thread of a post (Enter): the store's posts of its conversation, the rest from X when asked.
        self.threads = ThreadReader(store, backend, ledger, runner, account, clock, self)
        self._reset(clock(), 0)

    def _reset(self, now: datetime, planned_seconds: int) -> None:
        self._session_id: int | None = None
        self._started_at = now
        self._planned_seconds = planned_seconds
        self._planned_end = now + timedelta(seconds=planned_seconds)
        self._shown = ShownQueue()
        self._seen: set[str] = set()
        self._read_count = self._posted = self._extend_later = 0
        self._actions.clear()
        self._growing = self._grow_again = False
        self._strict = True  # lower groups wait for higher ones, for SETTLE_MS after the fetch starts
        self._source_groups: dict[int, GroupInfo] = {}
        self._pending_sources: set[int] = set()
        self._over_budget: Message | None = None  # what to say instead of fetching, when the budget is used up
        self._signals: Signals | None = None  # read when the session opens; its roles again after each fetch
        self._answered: set[str] = set()  # posts whose clock this session stopped (dismissed, retweeted, replied)
        self._focus_line: Message | None = None  # a session opened on a spike says so beside every fetch status

    def _store_work(
        self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None, on_error: Failed | None = None
    ) -> None:
        """Short store work of the session: in the STORE lane, in order, never behind network calls."""
        self._runner.submit(fn, on_done, on_error, lane=STORE, owner=self)

    def _cap(self) -> int:
        return self._settings.value(SESSION_CAP)

    def _budget(self) -> int:
        """The monthly API budget in micro-dollars; 0: none."""
        return round(self._settings.value(MONTHLY_BUDGET_USD) * MICRO)

    # -- lifecycle --------------------------------------------------------------------------------------------
    @property
    def is_active(self) -> bool:
        return self._active

    @property
    def remaining_seconds(self) -> int:
        if not self._active:
            return 0
        return max(0, math.ceil((self._planned_end - self._clock()).total_seconds()))

    @property
    def session_id(self) -> int | None:
        return self._session_id

    def start(self, minutes: int | None = None, *, seconds: int | None = None, focus: str | None = None) -> None:
        """Start a session of `minutes` (default: the session_minutes setting), or of exactly `seconds` when given
        (short sessions for tests and benchmarks); `focus`: a spike term whose posts come first. Ignored while
        one is running."""
        if seconds is not None and seconds <= 0:
            raise ValueError(f"a session lasts at least one second, not {seconds}")
        if self._active:
            return
        self._generation += 1
        generation = self._generation
        planned = int(seconds) if seconds is not None else int(minutes or self._settings.value(SESSION_MINUTES)) * 60
        now = self._clock()
        self._reset(now, planned)
        self._active = True
        self.tick.emit(planned)
        self._schedule_tick()
        request = replace(self._grow_request(), reserve_all=True, strict=True)
        store, account, setup, ledger, settings = (
            self._store,
            self._account,
            self._backend if self._auto_setup else None,
            self._ledger,
            self._settings,
        )
        self._store_work(
            lambda: data.open_session(
                store, account, now, planned, request, setup_with=setup, ledger=ledger, settings=settings, focus=focus
            ),
            lambda opened: self._opened(generation, opened),
            lambda error: self._open_failed(generation, error),
        )

    def extend(self, minutes: int | None = None) -> None:
        """Add `minutes` (default: the session_extend_minutes setting) to a running session."""
        self._check_deadline()
        if not self._active:
            return
        extra = int(minutes or self._settings.value(SESSION_EXTEND_MINUTES)) * 60
        self._planned_end += timedelta(seconds=extra)
        self._planned_seconds += extra
        if self._session_id is None:
            self._extend_later += extra
        elif self._session_id > 0:
            session_id, sessions = self._session_id, self._store.sessions
            self._store_work(lambda: sessions.extend(session_id, extra))
        self.tick.emit(self.remaining_seconds)
        self._schedule_tick()

    def end(self) -> None:
        """End now (the summary says how long it really lasted)."""
        if self._active:
            self._finish(min(self._clock(), self._planned_end))

    def _opened(self, generation: int, opened: data.Opened) -> None:
        if generation == self._generation:
            self._session_id, self._username = opened.record.id, opened.username
            self._source_groups = opened.source_groups
            self._pending_sources = set(opened.source_groups)
            self._signals = opened.signals
            self._over_budget = data.over_budget(opened.month_spent_micro, self._budget())
            if self._extend_later:
                session_id, extra, sessions = self._session_id, self._extend_later, self._store.sessions
                self._store_work(lambda: sessions.extend(session_id, extra))
            self.started.emit(opened.record.id)
            self._append(opened.build)
            if opened.focus is not None:
                spike = opened.focus
                usual = round(spike.baseline)
                self._focus_line = Message(
                    Phrase.of("Session", ON_SPIKE, count=spike.last_hour, term=spike.term, usual=usual)
                )
                self.fetch_status.emit(self._focus_line)
        self._recorded(generation, opened.record.id)

    def _open_failed(self, generation: int, error: BaseException) -> None:
        log.error("could not record the session: %s", error)
        if generation == self._generation:
            self._session_id = 0
            self.fetch_status.emit(Message(Phrase.of("Session", LOG_FAILED)))
        self._recorded(generation, 0)

    def _recorded(self, generation: int, session_id: int) -> None:
        unrecorded = self._unrecorded.pop(generation, None)
        if unrecorded is not None:
            self._close(replace(unrecorded, session_id=session_id))  # it ended before it was recorded
        elif generation == self._generation and self._active and self._over_budget is not None:
            self.fetch_status.emit(self._over_budget)  # degrade honestly: the cached posts, no paid reads
            self._pending_sources.clear()
            self._settled()
        elif generation == self._generation and self._active:
            self._fetcher.fetch_all()
            self._settle_timer.start(SETTLE_MS)

    def _settled(self) -> None:
        self._strict = False
        self._grow()

    # -- countdown --------------------------------------------------------------------------------------------
    def _schedule_tick(self) -> None:
        remaining = (self._planned_end - self._clock()).total_seconds()
        until_next = remaining - (math.ceil(remaining) - 1)  # seconds until the shown number goes down
        self._tick_timer.start(max(1, math.ceil(until_next * 1000)))

    def _on_tick(self) -> None:
        if not self._active:
            return
        remaining = (self._planned_end - self._clock()).total_seconds()
        if remaining <= 0:
            self._finish(self._planned_end)
            return
        self.tick.emit(math.ceil(remaining))
        self._schedule_tick()

    def _check_deadline(self) -> None:
        if self._active and self._clock() >= self._planned_end:
            self._finish(self._planned_end)

    def _finish(self, ended_at: datetime) -> None:
        self._active = False
        self._tick_timer.stop()
        self._settle_timer.stop()
        self.tick.emit(0)
        cutoff = self._clock()
        released = tuple(self._actions.release_all())
        closing = data.Closing(
            session_id=self._session_id or 0,
            started_at=self._started_at,
            ended_at=ended_at,
            cutoff=cutoff,
            planned_seconds=self._planned_seconds,
            read=self._read_count,
            amplified=self._actions.amplified,
            posted=self._posted,
            released=released,
            shown=len(self._shown.items()),
        )
        if self._session_id is None:
            self._unrecorded[self._generation] = closing
        else:
            self._close(closing)

    def _close(self, closing: data.Closing) -> None:
        store, ledger, account, budget, settings = (
            self._store,
            self._ledger,
            self._account,
            self._budget(),
            self._settings,
        )

        def failed(error: BaseException) -> None:
            log.error("could not close the session log: %s", error)
            self.ended.emit(data.summary_of(closing, 0))

        def close() -> SessionSummary:
            return data.close_session(store, ledger, account, closing, budget_micro=budget, settings=settings)

        self._store_work(close, self.ended.emit, failed)

    # -- the queue --------------------------------------------------------------------------------------------
    def items(self) -> list[QueueItem]:
        return self._shown.items()

    def item(self, post_id: str) -> QueueItem | None:
        """The shown item of the post, as it is now (`item_changed` says when it changed)."""
        return self._shown.get(post_id)

    def _grow_request(self) -> data.GrowRequest:
        return replace(self._shown_request(), signals=self._signals)

    def _shown_request(self) -> data.GrowRequest:
        return self._shown.request(
            self._cap(),
            own_user_id=self._backend.user_id,
            reserved=tuple(dict.fromkeys(self._source_groups[s] for s in self._pending_sources)),
            strict=self._strict,
            since=self._clock() - data.HORIZON,
        )

    def _source_settled(self, source_id: int) -> None:
        self._pending_sources.discard(source_id)
        self._grow()

    def _fetch_finished(self) -> None:
        self._pending_sources.clear()
        self._grow()

    def _grow(self) -> None:
        if not self._active or self._session_id is None:
            return
        if self._growing:
            self._grow_again = True
            return
        request = self._grow_request()
        if request.cap <= 0 and request.signals is None:  # full: with signals, the authors' roles are read again
            return
        self._growing = True
        generation, store, account = self._generation, self._store, self._account
        self._store_work(
            lambda: data.grow_queue(store, account, request),
            lambda grown: self._grown(generation, grown),
            lambda error: self._grown(generation, None, error),
        )

    def _grown(self, generation: int, grown: data.Grown | None, error: BaseException | None = None) -> None:
        if generation != self._generation:
            return
        self._growing = False
        if error is not None:
            log.error("could not read new posts: %s", error)
        if grown is not None and self._active:
            self._learn_roles(grown.signals)
            self._append(grown.build)
        if self._grow_again:
            self._grow_again = False
            self._grow()

    def _learn_roles(self, signals: Signals | None) -> None:
        """Authors whose role became known since their posts were shown (a list fetched during the session): their
        rows say it now, and a mention that gets a clock says by when to answer. A clock already stopped in this
        session (dismissed, answered) stays stopped; no row moves."""
        if signals is None or self._signals is None or signals.author_groups == self._signals.author_groups:
            return
        self._signals = signals
        for post_id in self._shown.reassess(signals, keep=self._answered):
            self.item_changed.emit(post_id)

    def _append(self, build: QueueBuild) -> None:
        for row, items in self._shown.add(build, self._cap(), self._seen):
            self.items_inserted.emit(row, items)

    def _on_fetch_status(self, text: Message) -> None:
        if self._active:  # the spike's line stays: "Up to date" alone would hide why the first posts are first
            self.fetch_status.emit(text if self._focus_line is None else Message(self._focus_line, text))

    def members(self, post_id: str) -> tuple[str, ...]:
        """The ids of the posts the item `post_id` stands for: itself first, then those folded into it (a retweet's
        original, posts with the same link). Marking it read marks them all."""
        return self._shown.members(post_id)

    def mark_seen(self, post_id: str) -> None:
        """The item was read — on screen long enough, or acted upon (the window decides: `core.reading`): it will
        not be shown again, in this session or any later one. Items never marked come back next session."""
        self._check_deadline()
        if post_id not in self._shown or post_id in self._seen:
            return
        self._seen.add(post_id)
        if self._active:
            self._read_count += 1
        ids, now, session_id = list(self._shown.members(post_id)), self._clock(), self._session_id or None
        reads, account = self._store.reads, self._account
        self._store_work(lambda: reads.mark_read(account, ids, now, session_id=session_id))

    # -- actions ----------------------------------------------------------------------------------------------
    def dismiss(self, post_id: str) -> bool:
        """Close the post's response clock without answering (logged as handled: dismissed); True if it had one
        running. The post is marked seen either way."""
        self._check_deadline()
        item = self._shown.get(post_id)
        if item is None:
            return False
        self.mark_seen(post_id)
        if not self._close_clock(post_id):
            return False
        store, account, now = self._store, self._account, self._clock()
        self._store_work(lambda: store.signal.mark_handled(account, post_id, "dismissed", now))
        return True

    def _close_clock(self, post_id: str) -> bool:
        """The shown post's response clock is stopped (dismissed, retweeted or replied to): its row no longer
        says by when to answer, nor stays urgent for it. False if it had no clock running."""
        item = self._shown.get(post_id)
        if item is None or item.attention.respond_by is None:
            return False
        self._answered.add(post_id)
        self._shown.update(replace(item, attention=item.attention.closed()))
        self.item_changed.emit(post_id)
        return True

    def state_of(self, post_id: str) -> ActionState:
        return self._actions.state_of(post_id)

    def error_of(self, post_id: str) -> str | None:
        return self._actions.error_of(post_id)

    def retweet(self, post_id: str) -> None:
        """Retweet optimistically: PENDING now, sent after the undo window. Never twice."""
        self._check_deadline()
        if self._active and post_id in self._shown:
            self.mark_seen(post_id)
            self._actions.retweet(post_id, self._settings.value(RETWEET_UNDO_SECONDS))

    def undo(self, post_id: str) -> bool:
        """Cancel a pending retweet while its undo window is open; True if it was cancelled (nothing sent)."""
        self._check_deadline()
        return self._actions.undo(post_id)

    def retry(self, post_id: str) -> None:
        """Send a failed retweet again."""
        self._actions.retry(post_id)

    def capability(self, action: str, post_id: str) -> tuple[bool, str]:
        """Whether `action` ("retweet", "like", "quote", "reply") is possible on the post, else a one-line why."""
        item = self._shown.get(post_id)
        return capability(action, item, tier=self._tier, user_id=self._backend.user_id, username=self._username)

    def _on_outbox(self, update: OutboxUpdate) -> None:
        item = update.item
        if item.state is OutboxState.SENT:
            answered = handled_by(item.payload)
            if answered is not None:
                self._close_clock(answered[0])
        if isinstance(item.payload, PostPayload) and item.state is OutboxState.SENT and self._active:
            self._posted += 1
