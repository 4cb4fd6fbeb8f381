"""The one background-task mechanism: work runs on a worker thread, its result comes back on the GUI thread.

`TaskRunner.submit(fn, on_done, on_error)` runs `fn()` on a `QThreadPool`; the callbacks run on the GUI thread: the
worker emits the process's relay (`_Relay`, which lives on the GUI thread, so Qt queues the call), and the relay
hands the result to its runner if that runner still exists. A worker never holds a runner, and a pool is let go
only once its runner is gone and its threads are idle, so nothing is destroyed on a worker or while it runs.

Two things every caller would otherwise do by hand:
- `lane=KEY`: tasks of one lane run one at a time, in the order they were submitted, each after the callback of
  the one before (the outbox's steps, one draft's writes). Tasks of different lanes, and tasks with no lane, run
  side by side as the pool allows. A lane named in `isolated` when the runner is made (`STORE`: a session's short
  store work) runs on a thread of its own, so it never waits behind network calls when X hangs and every worker of
  the pool waits on it.
- `call_now(fn, lane=KEY)`: when quitting, run the last write of a lane on the calling thread, after the lane's
  running task (the drafts' final save).
- `owner=QOBJECT`: the callbacks are dropped (not called) once the owner is destroyed, or after `forget(owner)`;
  queued lane tasks of a forgotten owner are dropped too. No `_closed` guard is needed in the owner.

Tests use `tests/support/runners.py`: runners with the same interface, lanes and exception contract, that run at
once or when told.

Signals of TaskRunner:
    idle(): emitted when the last pending task has delivered its result.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
import weakref
from collections import deque
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

T = TypeVar("T")
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]
log = logging.getLogger(__name__)
#: Network-bound work mostly waits: more threads than cores, so one slow source does not hold up the others.
MAX_THREADS = 8
#: The lane of short store work that must never wait behind network calls (the app's runner isolates it).
STORE = "store"
#: How long `call_now` waits for a lane's running task (a store write takes milliseconds; a wedged disk must not
#: keep the app from quitting).
CALL_NOW_WAIT_S = 5.0


class Runner(Protocol):
    """What services need from a task runner."""

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        *,
        lane: Hashable | None = None,
        owner: QObject | None = None,
    ) -> None: ...

    def forget(self, owner: QObject) -> None:
        """Drop `owner`'s callbacks and its lane tasks still waiting; refuse its later tasks."""

    def call_now(self, fn: Callable[[], T], *, lane: Hashable) -> T:
        """Run `fn` on the calling thread once the task of `lane` running now (if any) has returned."""


@dataclass
class _Task:
    fn: Callable[[], Any]
    on_done: Done | None
    on_error: Failed | None
    lane: Hashable | None = None
    owner: QObject | None = None


@dataclass
class Lanes:
    """The bookkeeping of lanes, shared by the real runner and the tests' runners: which lanes have a task out,
    and what waits in each."""

    busy: set[Hashable] = field(default_factory=set)
    waiting: dict[Hashable, deque[Any]] = field(default_factory=dict)

    def admit(self, lane: Hashable | None, task: Any) -> bool:
        """True when `task` may start now; else it waits its turn in its lane."""
        if lane is None:
            return True
        if lane in self.busy:
            self.waiting.setdefault(lane, deque()).append(task)
            return False
        self.busy.add(lane)
        return True

    def next(self, lane: Hashable | None) -> Any | None:
        """The lane's task done: the next one of that lane (which then has the lane), or None (the lane is free)."""
        if lane is None:
            return None
        queued = self.waiting.get(lane)
        if queued:
            return queued.popleft()
        self.busy.discard(lane)
        self.waiting.pop(lane, None)
        return None

    def drop(self, keep: Callable[[Any], bool]) -> None:
        """Forget waiting tasks `keep` refuses."""
        for lane, queued in self.waiting.items():
            self.waiting[lane] = deque(t for t in queued if keep(t))


def alive(owner: QObject | None) -> bool:
    """Whether an owner's callbacks may still run: no owner, or one Qt has not destroyed."""
    return owner is None or shiboken6.isValid(owner)


def _report(exc: BaseException) -> None:
    log.error("background task failed", exc_info=(type(exc), exc, exc.__traceback__))


class _Relay(QObject):
    """Carries every result from the workers to the GUI thread: one per process, made there by the first runner and
    kept for the life of the process.

    Jobs hold the relay and a runner's key, never the runner: when a worker held the last reference to a runner
    (its app had quit while the job ran), the runner and its pool were destroyed on that worker, the pool waiting
    for its own thread with the GIL held (the whole process hung) or the delivery reaching a deleted object (a
    crash)."""

    finished = Signal(int, int, object, object)  # runner key, ticket, result, error

    def __init__(self) -> None:
        super().__init__()
        self._runners: weakref.WeakValueDictionary[int, TaskRunner] = weakref.WeakValueDictionary()
        self._keys = itertools.count(1)
        self.finished.connect(self._dispatch)

    def register(self, runner: TaskRunner) -> int:
        key = next(self._keys)
        self._runners[key] = runner
        return key

    @Slot(int, int, object, object)
    def _dispatch(self, key: int, ticket: int, result: Any, error: BaseException | None) -> None:
        runner = self._runners.get(key)
        if runner is not None and shiboken6.isValid(runner):
            runner._deliver(ticket, result, error)
        _retire_idle_pools()


_relay: _Relay | None = None
#: Every pool a runner made, with its runner, kept here until the runner is gone and no thread of the pool is busy:
#: a pool destroyed while one of its threads runs a task would wait for it, on a thread holding the GIL the task
#: needs to end.
_pools: list[tuple[QThreadPool, weakref.ref[TaskRunner]]] = []


def _the_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


def _retire_idle_pools() -> None:
    """Let go of the pools whose runner is gone once none of their threads is busy (on the GUI thread)."""
    _pools[:] = [(pool, owner) for pool, owner in _pools if owner() is not None or pool.activeThreadCount() > 0]


class _Job(QRunnable):
    def __init__(self, key: int, ticket: int, fn: Callable[[], Any], closed: threading.Event) -> None:
        super().__init__()
        self._relay = _the_relay()
        self._key, self._ticket, self._closed = key, ticket, closed
        self._fn: Callable[[], Any] | None = fn
        self.returned = threading.Event()  # `fn` is over (its result may not be delivered yet)

    def run(self) -> None:
        # The job lets go of `fn` before it reports: its runner still holds the task, so what `fn` holds (services,
        # QObjects among them) is released on the GUI thread when the result is delivered, never here.
        fn, self._fn = self._fn, None
        result: Any = None
        error: BaseException | None = None
        if fn is not None and not self._closed.is_set():  # else its runner was shut down before it started
            try:
                result = fn()
            except BaseException as exc:  # delivered to on_error on the GUI thread
                error = exc
        del fn
        self._relay.finished.emit(self._key, self._ticket, result, error)
        self.returned.set()  # after the report: once every job has returned, no worker touches the relay again


class TaskRunner(QObject):
    """Runs callables on a thread pool and delivers results on the GUI thread."""

    idle = Signal()

    def __init__(
        self, pool: QThreadPool | None = None, parent: QObject | None = None, *, isolated: Iterable[Hashable] = ()
    ) -> None:
        super().__init__(parent)
        _retire_idle_pools()
        self._made: list[QThreadPool] = []  # the pools this runner made (an injected pool may serve others)
        self._pool = pool if pool is not None else self._new_pool(MAX_THREADS)
        self._own_pools = {lane: self._new_pool(1) for lane in isolated}
        self._key = _the_relay().register(self)
        self._callbacks: dict[int, _Task] = {}
        self._dropped_tasks: dict[int, _Task] = {}
        self._tickets = itertools.count(1)
        self._closed = False
        self._dropped = threading.Event()  # set by `shutdown`: jobs that have not started yet do not run
        self._lanes = Lanes()
        self._running: dict[Hashable, threading.Event] = {}  # lane -> set once its latest task's fn returned
        self._started: list[threading.Event] = []  # the `returned` of each job out on a worker
        self._forgotten: weakref.WeakSet[QObject] = weakref.WeakSet()

    def _new_pool(self, threads: int) -> QThreadPool:
        pool = QThreadPool()
        pool.setMaxThreadCount(threads)
        _pools.append((pool, weakref.ref(self)))
        self._made.append(pool)
        return pool

    @property
    def in_flight(self) -> int:
        """How many tasks are running on a worker now (their function has not returned)."""
        return len(self._still_out())

    def _still_out(self) -> list[threading.Event]:
        """The `returned` events of the jobs not back yet (those back are forgotten)."""
        self._started = [returned for returned in self._started if not returned.is_set()]
        return self._started

    @property
    def pending(self) -> int:
        return len(self._callbacks)

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        *,
        lane: Hashable | None = None,
        owner: QObject | None = None,
    ) -> None:
        """Run `fn` on a worker; `on_done(result)` or `on_error(exception)` then runs on this runner's thread.

        `lane`: run after the lane's earlier tasks (and their callbacks); `owner`: drop the callbacks once it is
        destroyed or forgotten. After `shutdown()` nothing runs any more."""
        if self._closed or (owner is not None and self._is_forgotten(owner)):
            return
        task = _Task(fn, on_done, on_error, lane, owner)
        if self._lanes.admit(lane, task):
            self._start(task)

    def _start(self, task: _Task) -> None:
        ticket = next(self._tickets)
        self._callbacks[ticket] = task
        job = _Job(self._key, ticket, task.fn, self._dropped)
        if task.lane is not None:
            self._running[task.lane] = job.returned
        self._still_out().append(job.returned)
        self._own_pools.get(task.lane, self._pool).start(job)

    def call_now(self, fn: Callable[[], T], *, lane: Hashable) -> T:
        """Run `fn` on the calling thread once the task of `lane` running now (if any) has returned: for the
        last write when quitting, when queued work would never run. The lane's waiting tasks do not start
        meanwhile (they start from this thread); its running one is waited for, at most `CALL_NOW_WAIT_S`."""
        returned = self._running.get(lane)
        if returned is not None and not returned.wait(CALL_NOW_WAIT_S):
            log.warning("lane %r still busy after %s s; going ahead", lane, CALL_NOW_WAIT_S)
        return fn()

    def _is_forgotten(self, owner: QObject) -> bool:
        return owner in self._forgotten or not alive(owner)

    def forget(self, owner: QObject) -> None:
        """Drop the callbacks of `owner` (tasks already running end, unheard) and its lane tasks still waiting;
        refuse its later tasks. For an owner that closes without being destroyed yet."""
        self._forgotten.add(owner)
        self._lanes.drop(lambda task: task.owner is not owner)

    def _deliver(self, ticket: int, result: Any, error: BaseException | None) -> None:
        task = self._callbacks.pop(ticket, None)
        if task is None:
            self._dropped_tasks.pop(ticket, None)  # dropped by `shutdown`: let go of it here, on the GUI thread
            return
        try:
            if task.owner is not None and self._is_forgotten(task.owner):
                return  # its owner is gone: nobody to tell
            if error is not None:
                (task.on_error or _report)(error)
            elif task.on_done is not None:
                task.on_done(result)
        finally:
            following = self._lanes.next(task.lane)
            if following is not None and not self._closed:
                self._start(following)
            elif task.lane is not None:
                self._running.pop(task.lane, None)
            if not self._callbacks:
                self.idle.emit()

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Drop queued tasks and wait for running ones (their results are dropped); True if all ended in time.

        The runner takes no task after this."""
        self._closed = True
        self._dropped.set()
        self._dropped_tasks.update(self._callbacks)  # kept until their jobs report (see `_Job.run`)
        self._callbacks.clear()
        self._lanes = Lanes()
        self._running.clear()
        deadline = time.monotonic() + max(timeout_ms, 0) / 1000

        def left() -> float:
            return max(deadline - time.monotonic(), 0.0)

        # This runner's own jobs (an injected pool may run others'), waited for without holding the GIL they need;
        # then its pools' threads, until they have let go of the jobs (a process may then end safely).
        if not all(returned.wait(left()) for returned in self._still_out()):
            return False
        while any(pool.activeThreadCount() for pool in self._made):
            if not left():
                return False
            time.sleep(0.001)
        return True
