"""The durable outbox sender: every write to X (retweets, posts, threads) is sent from here, never twice.

Items live in `store.outbox` (see `exec_desk.storage.repos.outbox`): `scheduled` → `sending` → `sent` / `failed`,
or `uncertain` when the request may have reached X (a timeout after sending, or the app stopped mid-send). An item
`sending` is leased to this process (`lease`): recovery takes over only an item whose owner is gone. A write
may take several steps (a thread: media, then part after part); each finished step is saved in the item's
`progress` at once, so a retry or a restart resumes with the next step. An uncertain step is checked with an owned
read (`backend.own_posts`) before anything is resent: found → recorded (and the rest sent); not found → scheduled
again, at once after one lost answer, after the back-off when they repeat (X answering nothing). Transient
failures are retried with exponential backoff (the count starts again after a step went through), a rate limit
waits for X's reset time, anything else fails with a plain reason. A failed post puts its unsent rest
back into the drafts (`store.drafts`), with the reason on the item; a failed retweet may be `retry`-ed.

A refusal about the account rather than the item (X refused the sign-in for good — a spent or revoked refresh
token —, no credits left, the developer app not enrolled) holds the sender: the item stays scheduled with the
reason, nothing else is tried, `held` is emitted once; a new sender (after the new sign-in) or `resume()` sends
everything that waited.

Every database and network step runs on the task runner in the lane `("outbox", account)`: one after the other
in the order asked, each after the callback of the one before (`services.tasks`). So an undo (`cancel`) asked
while the item is not due yet is always applied before any send could claim it, because a send step only claims
items due at the moment it was queued. Wake-ups at the next due time, and at least every `LOOK_AGAIN` (an item
queued by another process whose nudge was lost), use a timer from the injected timer factory, so tests drive time
with a `ManualClock`.

Payloads (`core.payloads`): a `RetweetPayload` and a `PostPayload`; more kinds plug in through `operations` (see
`operations.Operation`), chosen by the payload's `op`.

A step may also ask to wait (`operations.Later`: X is processing a video): the item is scheduled again at that
moment, its progress kept, and no failure counted; the post waits in the outbox until the media are ready.

Why one module: the sender is one state machine — its ordered steps, its timers, recovery and the checks of
uncertain items share its state; what stands alone lives beside it (`operations`, `post`, `media`,
`lease`).

Signals of OutboxSender:
    changed(object): an `OutboxUpdate` after an item changed state (sent, failed, uncertain, rescheduled...).
    held(object): the sender stopped sending because of this refusal (an `XError` about the account); once.
    trouble(object): a step failed outside X (disk full, database busy): the exception, once, while it lasts
        (the sender looks again after a back-off); None once a step went through again.
    progressed(object): an `OutboxProgress` each time a step of an item is saved (a media chunk sent, X's
        processing checked), on the GUI thread; `media.media_stage` reads where its media stand.
    listed(): the account's list of items changed in a way `changed` does not carry: an item was queued, undone
        (cancelled), or made due now. The outbox window reads the list again (no polling).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from exec_desk.backends.base import XBackend
from exec_desk.core import errors
from exec_desk.core.backoff import backoff_delay, rate_limit_until
from exec_desk.core.i18n import Message, Moment
from exec_desk.core.payloads import Payload
from exec_desk.services.clock import Clock, Timer, TimerFactory, ms_until, qt_timers
from exec_desk.services.outbox.lease import RECHECK, Lease
from exec_desk.services.outbox.operations import (
    CHECKING,
    HOLDING,
    MAX_ATTEMPTS,
    RETRYING,
    RETURNED_WORDS,
    UNKNOWN,
    WAITING_UNTIL,
    Later,
    Operation,
    Progress,
    cancel_to_draft,
    default_operations,
    failure_words,
    held_words,
    said,
    to_draft,
)
from exec_desk.services.tasks import Runner
from exec_desk.storage.records import Draft, OutboxItem, OutboxState
from exec_desk.storage.store import Store

log = logging.getLogger(__name__)
__all__ = ["CHECKING", "FAILED_SHOWN", "RETURNED", "WAITING", "OutboxProgress", "OutboxSender", "OutboxUpdate"]
#: The progress key set once a failed post went back to the drafts: the item is then done with.
RETURNED = "returned_to_draft"
WAITING = (OutboxState.SCHEDULED, OutboxState.SENDING, OutboxState.UNCERTAIN)
#: How long a failed item stays listed by `waiting` (its post is in the drafts anyway).
FAILED_SHOWN = timedelta(days=3)
#: The longest the sender sleeps without reading the store (a local read; no call to X).
LOOK_AGAIN = timedelta(minutes=1)


@dataclass(frozen=True, slots=True)
class OutboxUpdate:
    """An item after a change; `error` is what X answered when the change came from a failure."""

    item: OutboxItem
    error: BaseException | None = None


@dataclass(frozen=True, slots=True)
class OutboxProgress:
    """An item's progress, as just saved by one of its steps."""

    item_id: int
    payload: Payload
    progress: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class _Processed:
    item: OutboxItem | None
    error: BaseException | None = None
    next_due: datetime | None = None


class OutboxSender(QObject):
    """Sends the account's outbox items when due. Call `start()` once when the app is ready.

    Signals: changed(object OutboxUpdate), held(object XError), trouble(object exception or None),
    progressed(object OutboxProgress), listed().
    """

    changed = Signal(object)
    listed = Signal()
    held = Signal(object)
    trouble = Signal(object)
    progressed = Signal(object)
    _saved = Signal(object)  # emitted on a worker; `_relay` (a slot of this object) re-emits on the GUI thread

    def __init__(
        self,
        store: Store,
        backend: XBackend,
        runner: Runner,
        account: str,
        clock: Clock,
        timer_factory: TimerFactory | None = None,
        *,
        operations: Mapping[str, Operation] | None = None,
        lease: Lease | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._backend, self._runner = store, backend, runner
        self._lease = lease or Lease()
        self._account, self._clock = account, clock
        self._timers = timer_factory or qt_timers(self)
        self._operations = dict(operations or default_operations())
        self._lane = ("outbox", account)  # one account's steps run in order, whichever sender queued them
        self._process_queued = self._wake_again = self._stopped = False
        self._held: BaseException | None = None
        self._timer: Timer = self._timers(self.wake)
        self._recovery: Timer = self._timers(self._look_again)  # after a failed step
        self._step_failures = 0
        self._verify_timers: dict[int, Timer] = {}
        self._verify_failures: dict[int, int] = {}
        self._saved.connect(self._relay)

    # -- public API -------------------------------------------------------------------------------------------
    def start(self) -> None:
        """Mark items interrupted by a crash `uncertain`, check every uncertain item, then send what is due."""

        def recover() -> tuple[list[OutboxItem], bool]:
            return self._lease.recover(self._store, self._account, self._clock())

        def recovered(result: tuple[list[OutboxItem], bool]) -> None:
            items, held = result
            for item in items:
                self._verify(item.id)
            if held and not self._recovery.active:  # look again once its owner may be gone
                self._recovery.start(int(RECHECK.total_seconds() * 1000))
            self.wake()

        self._step(recover, recovered)

    def enqueue(
        self,
        payload: Payload | Mapping[str, Any],
        *,
        not_before: datetime | None = None,
        idempotency_key: str | None = None,
        draft_id: int | None = None,
        on_done: Callable[[OutboxItem], None] | None = None,
    ) -> None:
        """Schedule a write (a payload, or its JSON object). With an `idempotency_key` already in the outbox, the
        existing item is handed back."""

        def work() -> OutboxItem:
            now, key = self._clock(), idempotency_key
            try:
                return self._store.outbox.enqueue(
                    self._account, payload, now=now, not_before=not_before, draft_id=draft_id, idempotency_key=key
                )
            except sqlite3.IntegrityError:
                found = [i for i in self._store.outbox.all(self._account) if i.idempotency_key == idempotency_key]
                if not found:
                    raise
                return found[0]

        def done(item: OutboxItem) -> None:
            if on_done is not None:
                on_done(item)
            self.listed.emit()
            self.wake()

        self._step(work, done)

    def cancel(self, item_id: int, on_done: Callable[[bool], None] | None = None) -> None:
        """Drop an item that has not started sending (undo); `on_done(False)` if it was already on its way."""
        self._step(lambda: self._store.outbox.cancel(item_id), self._listing(on_done))

    def cancel_key(self, idempotency_key: str, on_done: Callable[[bool], None] | None = None) -> None:
        """Like `cancel`, for the scheduled item with this idempotency key (its id may not be known yet)."""

        def work() -> bool:
            scheduled = self._store.outbox.all(self._account, states=[OutboxState.SCHEDULED])
            found = [i.id for i in scheduled if i.idempotency_key == idempotency_key]
            return bool(found) and self._store.outbox.cancel(found[0])

        self._step(work, self._listing(on_done))

    def cancel_to_draft(self, item_id: int, on_done: Callable[[Draft | None], None] | None = None) -> None:
        """Undo a waiting post: it leaves the outbox and its unsent part goes back to the drafts, in one
        transaction; `on_done(draft)`, or `on_done(None)` when it was already on its way (or gone)."""

        self._step(
            lambda: cancel_to_draft(self._store, self._operations, item_id, self._clock()), self._listing(on_done)
        )

    def waiting(self) -> list[OutboxItem]:
        """The account's items not sent yet, and those that failed in the last days, soonest first (a small read,
        on the calling thread)."""
        since = self._clock() - FAILED_SHOWN
        items = self._store.outbox.all(self._account, states=[*WAITING, OutboxState.FAILED])
        return [i for i in items if i.state is not OutboxState.FAILED or i.updated_at >= since]

    def release(self, item_id: int) -> None:
        """Make a scheduled item due now (e.g. a retweet's undo window closes early at the end of a session)."""

        def work() -> None:
            now = self._clock()
            item = self._store.outbox.get(item_id)
            if item is not None and item.state is OutboxState.SCHEDULED and item.not_before > now:
                self._store.outbox.update(
                    item_id, OutboxState.SCHEDULED, now=now, not_before=now, last_error=item.last_error
                )

        def done(_none: None) -> None:
            self.listed.emit()
            self.wake()

        self._step(work, done)

    def retry(self, item_id: int) -> None:
        """Send a failed item again, now."""

        def work() -> OutboxItem | None:
            now = self._clock()
            item = self._store.outbox.get(item_id)
            if item is None or item.state is not OutboxState.FAILED or item.progress.get(RETURNED):
                return None  # a post that went back to the drafts is sent from there
            return self._store.outbox.update(item_id, OutboxState.SCHEDULED, now=now, not_before=now)

        def done(item: OutboxItem | None) -> None:
            if item is not None:
                self.changed.emit(OutboxUpdate(item))
            self.wake()

        self._step(work, done)

    @property
    def held_by(self) -> BaseException | None:
        """The refusal that holds the sender (it sends nothing until `resume()`), or None."""
        return self._held

    def resume(self) -> None:
        """Send again after a hold (credits added, app enrolled): what waited is due now."""
        if self._held is not None:
            self._held = None
            self.wake()

    def wake(self) -> None:
        """Send every item due now (one after the other), then sleep until the next one is due."""
        if self._held is not None:
            return  # nothing is sent until the account can send again
        if self._process_queued:  # a pass is on its way; it may have looked before this item existed
            self._wake_again = True
            return
        self._process_queued, self._wake_again = True, False
        now = self._clock()
        self._step(lambda: self._process(now), self._processed)

    def stop(self) -> None:
        """Send nothing more (the account is being closed): queued steps are dropped, the timers stopped."""
        self._stopped = True
        self._runner.forget(self)  # its queued steps are dropped; a running one ends unheard
        for timer in (self._timer, self._recovery, *self._verify_timers.values()):
            timer.stop()

    def _listing(self, then: Callable[[Any], None] | None) -> Callable[[Any], None]:
        """`then`, followed by `listed` (the list of items may have changed)."""

        def done(result: Any) -> None:
            if then is not None:
                then(result)
            self.listed.emit()

        return done

    @Slot(object)
    def _relay(self, update: OutboxProgress) -> None:
        if not self._stopped:
            self.progressed.emit(update)

    # -- the steps, in order: the runner's lane of this account's outbox ----------------------------------------
    def _step(self, work: Callable[[], Any], then: Callable[[Any], None] | None = None) -> None:
        if not self._stopped:
            self._runner.submit(
                work, lambda result: self._finished(then, result), self._crashed, lane=self._lane, owner=self
            )

    def _finished(self, then: Callable[[Any], None] | None, result: Any) -> None:
        if self._step_failures:
            self._step_failures = 0
            self.trouble.emit(None)  # working again
        if then is not None:
            then(result)

    def _look_again(self) -> None:
        """After a failed step: an item it left `sending` is checked like one a crash left (then sent or
        rescheduled), and whatever is due goes."""
        self.start()

    def _crashed(self, error: BaseException) -> None:
        """A step failed outside X (the disk full for a moment, the database busy): look again after a back-off,
        say it once; the sender never stops for it. (A stopped sender stays stopped.)"""
        self._process_queued = self._wake_again = False
        self._step_failures += 1
        delay = backoff_delay(self._step_failures)
        log.error(
            "outbox step failed (%d in a row); looking again in %s",
            self._step_failures,
            delay,
            exc_info=(type(error), error, error.__traceback__),
        )
        if self._step_failures == 1:
            self.trouble.emit(error)
        if not self._stopped:
            self._recovery.start(int(delay.total_seconds() * 1000))

    # -- sending (worker side) --------------------------------------------------------------------------------
    def _process(self, now: datetime) -> _Processed:
        outbox = self._store.outbox
        item = outbox.claim_due(now, account=self._account, owner=self._lease.owner)
        if item is None:
            return _Processed(None, next_due=outbox.next_due_at(account=self._account))
        remote: str | None = None
        error: BaseException | None = None
        operation = self._operations.get(item.payload.op)
        progress = self._progress(item)
        with self._lease.held(self._store, item.id, self._clock):  # in flight here; its heartbeat renewed
            try:
                if operation is None:
                    raise errors.InvalidRequest(f"unknown outbox operation {item.payload.op!r}")
                remote = operation.send(self._backend, item.payload, progress)
            except Exception as exc:  # every failure is recorded on the item
                error = exc
            if not outbox.holds(item.id, self._lease.owner):  # taken over meanwhile: the taker checks X first
                log.warning("outbox item %s was taken over while it was being sent; not recorded here", item.id)
                return _Processed(outbox.get(item.id))
            recorded = self._record(item, remote, error, operation, progress)
        return _Processed(recorded, None if isinstance(error, Later) else error)

    def _progress(self, item: OutboxItem) -> Progress:
        def save(data: dict[str, Any]) -> None:  # on the worker, right after each step
            self._store.outbox.set_progress(item.id, data, now=self._clock())
            self._saved.emit(OutboxProgress(item.id, item.payload, data))

        taken = lambda post_id: self._store.outbox.claimed_elsewhere(item.id, post_id)  # noqa: E731
        return Progress(dict(item.progress), save, self._clock, item.created_at, taken)

    def _record(
        self,
        item: OutboxItem,
        remote: str | None,
        error: BaseException | None,
        operation: Operation | None,
        progress: Progress,
    ) -> OutboxItem:
        now = self._clock()
        if progress.moved:  # a step went through: failures are counted again from this attempt
            progress.data["base_attempts"] = item.attempts - 1
        failures = item.attempts - int(progress.data.get("base_attempts", 0))
        state, when = OutboxState.SCHEDULED, None
        words: Message | None = None
        if error is None:
            state = OutboxState.SENT
        elif isinstance(error, Later):  # X is processing a video: look again then, no failure counted
            when = error.at
        elif isinstance(error, errors.Transient) and error.maybe_applied:
            state, words = OutboxState.UNCERTAIN, said(CHECKING)
        elif isinstance(error, errors.Transient) and failures < MAX_ATTEMPTS:
            when = now + backoff_delay(failures)
            words = said(RETRYING, time=Moment(when.astimezone()))
        elif isinstance(error, errors.RateLimited):
            when = rate_limit_until(error.reset_at, now)
            words = said(WAITING_UNTIL, time=Moment(when.astimezone()))
        elif isinstance(error, HOLDING):  # about the account, not this item: keep it, due as soon as it can go
            when, words = item.not_before, held_words(error)
        else:
            if not isinstance(error, errors.XError):
                log.error("outbox item %s failed", item.id, exc_info=(type(error), error, error.__traceback__))
            failed = self._fail(item, operation, progress, error)
            assert failed is not None
            return failed
        saved = progress.data if progress.moved else None
        updated = self._store.outbox.update(
            item.id, state, now=now, remote_id=remote, not_before=when, last_error=words, progress=saved
        )
        assert updated is not None
        return updated

    def _fail(
        self, item: OutboxItem, operation: Operation | None, progress: Progress, error: BaseException
    ) -> OutboxItem | None:
        """Failed for good: the reason on the item, and what was not sent back into the drafts (atomically)."""
        now = self._clock()
        words = failure_words(error) if operation is None else operation.failure_words(item.payload, error)
        with self._store.transaction():
            draft = None if operation is None else to_draft(self._store, item, operation, progress, error, now)
            if draft is not None:
                progress.data[RETURNED] = draft.id
                words = said(RETURNED_WORDS, reason=words)
            return self._store.outbox.update(
                item.id,
                OutboxState.FAILED,
                now=now,
                last_error=words,
                progress=progress.data,
                draft_id=None if draft is None else draft.id,
            )

    def _processed(self, result: _Processed) -> None:
        self._process_queued = False
        if isinstance(result.error, HOLDING):
            if result.item is not None:
                self.changed.emit(OutboxUpdate(result.item, result.error))
            if self._held is None:
                self._held = result.error
                self._timer.stop()
                log.warning("outbox held: %s", result.error)
                self.held.emit(result.error)
            return
        if result.item is None:
            if self._wake_again:  # woken during a pass that found nothing: look once more
                self.wake()
            else:
                self._arm(result.next_due)
            return
        self.changed.emit(OutboxUpdate(result.item, result.error))
        if result.item.state is OutboxState.UNCERTAIN:
            self._verify(result.item.id)
        self.wake()

    def _arm(self, due: datetime | None) -> None:
        """Wake at `due`, and in any case within `LOOK_AGAIN`: another process (`exec-desk post`, the deck) may
        have queued an item whose nudge never arrived (the app was too busy to answer it)."""
        look_again = int(LOOK_AGAIN.total_seconds() * 1000)
        delay = look_again if due is None else min(ms_until(due, self._clock()), look_again)
        if delay == 0:
            self.wake()
        else:
            self._timer.start(delay)

    # -- checking uncertain items -----------------------------------------------------------------------------
    def _verify(self, item_id: int) -> None:
        self._step(lambda: self._check(item_id), lambda result: self._checked(item_id, result))

    def _check(self, item_id: int) -> _Processed:
        outbox = self._store.outbox
        item = outbox.get(item_id)
        if item is None or item.state is not OutboxState.UNCERTAIN:
            return _Processed(None)
        operation = self._operations.get(item.payload.op)
        if operation is None:
            return _Processed(outbox.update(item_id, OutboxState.FAILED, now=self._clock(), last_error=said(UNKNOWN)))
        progress = self._progress(item)
        try:
            landed = operation.verify(self._backend, item.payload, progress)
        except errors.XError as exc:
            return _Processed(None, exc)
        now = self._clock()
        if landed and operation.finished(item.payload, progress):
            remote = operation.remote_id(item.payload, progress)
            return _Processed(outbox.update(item_id, OutboxState.SENT, now=now, remote_id=remote, last_error=None))
        # Not there: send it again, at once after one lost answer; after more in a row (X answering nothing), after
        # the back-off, as any transient failure (each round costs a check of the user's posts). There (a thread's
        # part): go on with the next part.
        failures = item.attempts - int(progress.data.get("base_attempts", 0))
        if landed or failures < 2:
            return _Processed(outbox.update(item_id, OutboxState.SCHEDULED, now=now, not_before=now))
        when = now + backoff_delay(failures - 1)
        words = said(RETRYING, time=Moment(when.astimezone()))
        return _Processed(outbox.update(item_id, OutboxState.SCHEDULED, now=now, not_before=when, last_error=words))

    def _checked(self, item_id: int, result: _Processed) -> None:
        if result.error is not None:
            failures = self._verify_failures.get(item_id, 0) + 1
            self._verify_failures[item_id] = failures
            timer = self._verify_timers.get(item_id) or self._timers(lambda: self._verify(item_id))
            self._verify_timers[item_id] = timer
            timer.start(int(backoff_delay(failures).total_seconds() * 1000))
            return
        self._verify_failures.pop(item_id, None)
        self._verify_timers.pop(item_id, None)
        if result.item is not None:
            self.changed.emit(OutboxUpdate(result.item))
            self.wake()
