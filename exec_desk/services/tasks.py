"""The one background-task mechanism: work runs on a worker thread, its result comes back on the GUI thread.

`TaskRunner.submit(fn, on_done, on_error)` runs `fn()` on a `QThreadPool`; the callbacks run on the thread that
owns the runner (the GUI thread): the worker emits the runner's private signal, and since the runner lives on
another thread Qt queues the call. `serial_runner()` makes one with a single worker, for short store tasks that
must not wait behind network calls. Tests use `tests/support/runners.py` (runners with the same interface and the
same exception contract that run at once, or when told).

Signals of TaskRunner:
    idle(): emitted when the last pending task has delivered its result.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]
log = logging.getLogger(__name__)
#: Network-bound work mostly waits: more threads than cores, so one slow source does not hold up the others.
MAX_THREADS = 8


class Runner(Protocol):
    """What services need from a task runner."""

    def submit(self, fn: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None) -> None: ...


def _report(exc: BaseException) -> None:
    log.error("background task failed", exc_info=(type(exc), exc, exc.__traceback__))


class _Job(QRunnable):
    def __init__(self, runner: TaskRunner, ticket: int, fn: Callable[[], Any]) -> None:
        super().__init__()
        self._runner = runner  # keeps the runner alive until the result is emitted
        self._ticket = ticket
        self._fn = fn

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # delivered to on_error on the GUI thread
            self._runner._finished.emit(self._ticket, None, exc)
        else:
            self._runner._finished.emit(self._ticket, result, None)


class TaskRunner(QObject):
    """Runs callables on a thread pool and delivers results on the GUI thread."""

    idle = Signal()
    _finished = Signal(int, object, object)  # ticket, result, error

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if pool is None:
            pool = QThreadPool()
            pool.setMaxThreadCount(MAX_THREADS)
        self._pool = pool
        self._callbacks: dict[int, tuple[Done | None, Failed | None]] = {}
        self._tickets = itertools.count(1)
        self._closed = False
        self._finished.connect(self._deliver)

    @property
    def pending(self) -> int:
        return len(self._callbacks)

    def submit(self, fn: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None) -> None:
        """Run `fn` on a worker; `on_done(result)` or `on_error(exception)` then runs on this runner's thread.

        After `shutdown()` nothing runs any more."""
        if self._closed:
            return
        ticket = next(self._tickets)
        self._callbacks[ticket] = (on_done, on_error)
        self._pool.start(_Job(self, ticket, fn))

    @Slot(int, object, object)
    def _deliver(self, ticket: int, result: Any, error: BaseException | None) -> None:
        if ticket not in self._callbacks:
            return  # dropped by `shutdown`
        on_done, on_error = self._callbacks.pop(ticket)
        try:
            if error is not None:
                (on_error or _report)(error)
            elif on_done is not None:
                on_done(result)
        finally:
            if not self._callbacks:
                self.idle.emit()

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Drop queued tasks and wait for running ones (their results are dropped); True if all ended in time.

        The runner takes no task after this."""
        self._closed = True
        self._pool.clear()
        self._callbacks.clear()
        return bool(self._pool.waitForDone(timeout_ms))


def serial_runner(parent: QObject | None = None) -> TaskRunner:
    """A `TaskRunner` with one worker thread: short tasks (the store's) run in order and never queue behind
    network calls, even when X hangs and every worker of the main runner waits on it."""
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    return TaskRunner(pool, parent)
