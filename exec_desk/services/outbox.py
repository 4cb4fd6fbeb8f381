"""The durable outbox sender: every write to X (retweets now, posts later) is sent from here, never twice.

Items live in `store.outbox` (see `exec_desk.storage.repo_outbox`): `scheduled` → `sending` → `sent` / `failed`,
or `uncertain` when the request may have reached X (a timeout after sending, or the app stopped mid-send). An
uncertain item is checked with an owned read (`backend.own_posts`) before anything is resent: found → `sent`;
not found → scheduled again. Transient failures are retried with exponential backoff, a rate limit waits for
X's reset time, anything else fails with a plain reason (the user may `retry`).

Every database and network step runs on the task runner, one after the other in the order asked (a FIFO of
steps): an undo (`cancel`) asked while the item is not due yet is always applied before any send could claim it,
because a send step only claims items due at the moment it was queued. Wake-ups at the next due time use a timer
from the injected timer factory, so tests drive time with a `ManualClock`.

Payloads: `{"op": "retweet", "post_id": "..."}` and `{"op": "post", "text": "...", "reply_to": ..., "quote_of":
..., "media_ids": [...]}`; more kinds plug in through `operations` (see `Operation`).

Signals of OutboxSender:
    changed(object): an `OutboxUpdate` after an item changed state (sent, failed, uncertain, rescheduled...).
"""

from __future__ import annotations

import logging
import sqlite3
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Signal

from exec_desk.backends.base import XBackend
from exec_desk.core import errors
from exec_desk.core.backoff import backoff_delay, clock_words, rate_limit_until
from exec_desk.services.clock import Clock, Timer, TimerFactory, ms_until, qt_timers
from exec_desk.services.outbox_ops import MAX_ATTEMPTS, Operation, default_operations, failure_words
from exec_desk.services.tasks import Runner
from exec_desk.storage.records import OutboxItem, OutboxState
from exec_desk.storage.store import Store

log = logging.getLogger(__name__)

CHECKING = "X may have received it; checking before trying again."


@dataclass(frozen=True, slots=True)
class OutboxUpdate:
    """An item after a change; `error` is what X answered when the change came from a failure."""

    item: OutboxItem
    error: BaseException | None = None


@dataclass(frozen=True, slots=True)
class _Processed:
    item: OutboxItem | None
    error: BaseException | None = None
    next_due: datetime | None = None


class OutboxSender(QObject):
    """Sends the account's outbox items when due. Call `start()` once when the app is ready.

    Signals: changed(object OutboxUpdate).
    """

    changed = Signal(object)

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
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._backend = backend
        self._runner = runner
        self._account = account
        self._clock = clock
        self._timers = timer_factory or qt_timers(self)
        self._operations = dict(operations or default_operations())
        self._steps: deque[tuple[Callable[[], Any], Callable[[Any], None] | None]] = deque()
        self._busy = False
        self._process_queued = False
        self._timer: Timer = self._timers(self.wake)
        self._verify_timers: dict[int, Timer] = {}
        self._verify_failures: dict[int, int] = {}

    # -- public API -------------------------------------------------------------------------------------------
    def start(self) -> None:
        """Mark items interrupted by a crash `uncertain`, check every uncertain item, then send what is due."""

        def recover() -> list[OutboxItem]:
            self._store.outbox.recover_interrupted(self._clock())
            return self._store.outbox.all(self._account, states=[OutboxState.UNCERTAIN])

        def recovered(items: list[OutboxItem]) -> None:
            for item in items:
                self._verify(item.id)
            self.wake()

        self._step(recover, recovered)

    def enqueue(
        self,
        payload: Mapping[str, Any],
        *,
        not_before: datetime | None = None,
        idempotency_key: str | None = None,
        draft_id: int | None = None,
        on_done: Callable[[OutboxItem], None] | None = None,
    ) -> None:
        """Schedule a write. With an `idempotency_key` already in the outbox, the existing item is handed back."""

        def work() -> OutboxItem:
            now = self._clock()
            try:
                return self._store.outbox.enqueue(
                    self._account,
                    payload,
                    now=now,
                    not_before=not_before,
                    draft_id=draft_id,
                    idempotency_key=idempotency_key,
                )
            except sqlite3.IntegrityError:
                found = [i for i in self._store.outbox.all(self._account) if i.idempotency_key == idempotency_key]
                if not found:
                    raise
                return found[0]

        def done(item: OutboxItem) -> None:
            if on_done is not None:
                on_done(item)
            self.wake()

        self._step(work, done)

    def cancel(self, item_id: int, on_done: Callable[[bool], None] | None = None) -> None:
        """Drop an item that has not started sending (undo); `on_done(False)` if it was already on its way."""
        self._step(lambda: self._store.outbox.cancel(item_id), on_done)

    def cancel_key(self, idempotency_key: str, on_done: Callable[[bool], None] | None = None) -> None:
        """Like `cancel`, for the scheduled item with this idempotency key (its id may not be known yet)."""

        def work() -> bool:
            scheduled = self._store.outbox.all(self._account, states=[OutboxState.SCHEDULED])
            found = [i.id for i in scheduled if i.idempotency_key == idempotency_key]
            return bool(found) and self._store.outbox.cancel(found[0])

        self._step(work, on_done)

    def release(self, item_id: int) -> None:
        """Make a scheduled item due now (e.g. a retweet's undo window closes early at the end of a session)."""

        def work() -> None:
            now = self._clock()
            item = self._store.outbox.get(item_id)
            if item is not None and item.state is OutboxState.SCHEDULED and item.not_before > now:
                self._store.outbox.update(
                    item_id, OutboxState.SCHEDULED, now=now, not_before=now, last_error=item.last_error
                )

        self._step(work, lambda _: self.wake())

    def retry(self, item_id: int) -> None:
        """Send a failed item again, now."""

        def work() -> OutboxItem | None:
            now = self._clock()
            item = self._store.outbox.get(item_id)
            if item is None or item.state is not OutboxState.FAILED:
                return None
            return self._store.outbox.update(item_id, OutboxState.SCHEDULED, now=now, not_before=now)

        def done(item: OutboxItem | None) -> None:
            if item is not None:
                self.changed.emit(OutboxUpdate(item))
            self.wake()

        self._step(work, done)

    def wake(self) -> None:
        """Send every item due now (one after the other), then sleep until the next one is due."""
        if self._process_queued:
            return
        self._process_queued = True
        now = self._clock()
        self._step(lambda: self._process(now), self._processed)

    @property
    def idle(self) -> bool:
        """No step queued or running."""
        return not self._busy and not self._steps

    # -- the FIFO of steps ------------------------------------------------------------------------------------
    def _step(self, work: Callable[[], Any], then: Callable[[Any], None] | None = None) -> None:
        self._steps.append((work, then))
        self._pump()

    def _pump(self) -> None:
        if self._busy or not self._steps:
            return
        work, then = self._steps.popleft()
        self._busy = True
        self._runner.submit(work, lambda result: self._finished(then, result), self._crashed)

    def _finished(self, then: Callable[[Any], None] | None, result: Any) -> None:
        self._busy = False
        try:
            if then is not None:
                then(result)
        finally:
            self._pump()

    def _crashed(self, error: BaseException) -> None:
        self._busy = False
        self._process_queued = False
        log.error("outbox step failed", exc_info=(type(error), error, error.__traceback__))
        self._pump()

    # -- sending (worker side) --------------------------------------------------------------------------------
    def _process(self, now: datetime) -> _Processed:
        outbox = self._store.outbox
        item = outbox.claim_due(now, account=self._account)
        if item is None:
            return _Processed(None, next_due=outbox.next_due_at(account=self._account))
        remote: str | None = None
        error: BaseException | None = None
        operation = self._operations.get(str(item.payload.get("op")))
        try:
            if operation is None:
                raise errors.InvalidRequest(f"unknown outbox operation {item.payload.get('op')!r}")
            remote = operation.send(self._backend, item.payload)
        except Exception as exc:  # every failure is recorded on the item
            error = exc
        return _Processed(self._record(item, remote, error), error)

    def _record(self, item: OutboxItem, remote: str | None, error: BaseException | None) -> OutboxItem:
        now = self._clock()
        outbox = self._store.outbox
        if error is None:
            updated = outbox.update(item.id, OutboxState.SENT, now=now, remote_id=remote)
        elif isinstance(error, errors.Transient) and error.maybe_applied:
            updated = outbox.update(item.id, OutboxState.UNCERTAIN, now=now, last_error=CHECKING)
        elif isinstance(error, errors.Transient) and item.attempts < MAX_ATTEMPTS:
            when = now + backoff_delay(item.attempts)
            words = f"X did not answer; trying again at {clock_words(when)}."
            updated = outbox.update(item.id, OutboxState.SCHEDULED, now=now, not_before=when, last_error=words)
        elif isinstance(error, errors.RateLimited):
            when = rate_limit_until(error.reset_at, now)
            words = f"X asks us to wait until {clock_words(when)}."
            updated = outbox.update(item.id, OutboxState.SCHEDULED, now=now, not_before=when, last_error=words)
        else:
            if not isinstance(error, errors.XError):
                log.error("outbox item %s failed", item.id, exc_info=(type(error), error, error.__traceback__))
            updated = outbox.update(item.id, OutboxState.FAILED, now=now, last_error=failure_words(error))
        assert updated is not None
        return updated

    def _processed(self, result: _Processed) -> None:
        self._process_queued = False
        if result.item is None:
            self._arm(result.next_due)
            return
        self.changed.emit(OutboxUpdate(result.item, result.error))
        if result.item.state is OutboxState.UNCERTAIN:
            self._verify(result.item.id)
        self.wake()

    def _arm(self, due: datetime | None) -> None:
        if due is None:
            self._timer.stop()
            return
        delay = ms_until(due, self._clock())
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
        operation = self._operations.get(str(item.payload.get("op")))
        if operation is None:
            return _Processed(outbox.update(item_id, OutboxState.FAILED, now=self._clock(), last_error="Unknown."))
        try:
            remote = operation.verify(self._backend, item.payload)
        except errors.XError as exc:
            return _Processed(None, exc)
        now = self._clock()
        if remote is not None:
            return _Processed(outbox.update(item_id, OutboxState.SENT, now=now, remote_id=remote))
        return _Processed(outbox.update(item_id, OutboxState.SCHEDULED, now=now, not_before=now))

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
