"""Task runners for tests, with the `services.tasks.Runner` interface and `TaskRunner`'s exception contract (any
`BaseException` of a task goes to `on_error`, or is logged): `ImmediateTaskRunner` runs each task at once, on the
calling thread; `DeferredRunner` runs what it is given only when told, so results arrive late, as from a busy pool,
and a test can interleave other work between a task and its callback."""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject

from exec_desk.services.tasks import Lanes, alive

T = TypeVar("T")
Task = tuple[Callable[[], Any], Callable[[Any], None] | None]
log = logging.getLogger("exec_desk.services.tasks")


def _report(exc: BaseException) -> None:
    log.error("background task failed", exc_info=(type(exc), exc, exc.__traceback__))


class ProcessKilled(BaseException):
    """Raised by a test where the process would die (SIGKILL): `ImmediateTaskRunner` lets it through, so nothing
    after it runs, as nothing would in a killed process."""


@dataclass
class _Task:
    fn: Callable[[], Any]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    lane: Hashable | None = None
    owner: QObject | None = None


class ImmediateTaskRunner:
    """Runs each task at once on the calling thread; `on_done(result)` or `on_error(exception)` right after. A task
    of a lane submitted while that lane's task or callback runs waits until it is over, as with `TaskRunner`."""

    def __init__(self) -> None:
        self._lanes = Lanes()
        self._forgotten: weakref.WeakSet[QObject] = weakref.WeakSet()

    def forget(self, owner: QObject) -> None:
        self._forgotten.add(owner)
        self._lanes.drop(lambda task: task.owner is not owner)

    def call_now(self, fn: Callable[[], T], *, lane: Hashable) -> T:
        """Run `fn` now: nothing of any lane is running on another thread."""
        return fn()

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        lane: Hashable | None = None,
        owner: QObject | None = None,
    ) -> None:
        task: _Task | None = _Task(fn, on_done, on_error, lane, owner)
        if not self._lanes.admit(lane, task):
            return  # runs when the lane's current task is over
        while task is not None:
            try:
                self._run(task)
            except ProcessKilled:
                self._lanes = Lanes()  # a killed process loses every queue
                raise
            task = self._lanes.next(task.lane)

    def _run(self, task: _Task) -> None:
        gone = task.owner is not None and (task.owner in self._forgotten or not alive(task.owner))
        if gone:
            return
        try:
            result = task.fn()
        except ProcessKilled:
            raise
        except BaseException as exc:  # as TaskRunner: every failure, KeyboardInterrupt included, goes to on_error
            (task.on_error or _report)(exc)
        else:
            if task.on_done is not None:
                task.on_done(result)


class DeferredRunner:
    """Has the `Runner` interface; keeps each submitted task, in order, until `run_next` or `run_all`."""

    def __init__(self) -> None:
        self.tasks: list[Task] = []
        self._owners: dict[int, QObject | None] = {}  # id of a task in `tasks` -> who submitted it

    def forget(self, owner: QObject) -> None:
        """Drop the tasks `owner` submitted that have not run."""
        self.tasks = [t for t in self.tasks if self._owners.get(id(t)) is not owner]

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        lane: Hashable | None = None,
        owner: QObject | None = None,
    ) -> None:
        task = (fn, on_done)
        self.tasks.append(task)
        self._owners[id(task)] = owner

    def call_now(self, fn: Callable[[], T], *, lane: Hashable) -> T:
        """Run `fn` now: the tasks kept here are not running."""
        return fn()

    def run_next(self, index: int = 0) -> None:
        """Run the task at `index` (the oldest by default) and its callback."""
        fn, on_done = self.tasks.pop(index)
        result = fn()
        if on_done is not None:
            on_done(result)

    def run_all(self) -> None:
        """Run every task, oldest first, those their callbacks submit too."""
        while self.tasks:
            self.run_next()
