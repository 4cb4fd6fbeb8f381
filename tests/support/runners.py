"""Task runners for tests, with the `services.tasks.Runner` interface and `TaskRunner`'s exception contract (any
`BaseException` of a task goes to `on_error`, or is logged): `ImmediateTaskRunner` runs each task at once, on the
calling thread; `DeferredRunner` runs what it is given only when told, so results arrive late, as from a busy pool,
and a test can interleave other work between a task and its callback."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

Task = tuple[Callable[[], Any], Callable[[Any], None] | None]
log = logging.getLogger("exec_desk.services.tasks")


def _report(exc: BaseException) -> None:
    log.error("background task failed", exc_info=(type(exc), exc, exc.__traceback__))


class ProcessKilled(BaseException):
    """Raised by a test where the process would die (SIGKILL): `ImmediateTaskRunner` lets it through, so nothing
    after it runs, as nothing would in a killed process."""


class ImmediateTaskRunner:
    """Runs each task at once on the calling thread; `on_done(result)` or `on_error(exception)` right after."""

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        try:
            result = fn()
        except ProcessKilled:
            raise
        except BaseException as exc:  # as TaskRunner: every failure, KeyboardInterrupt included, goes to on_error
            (on_error or _report)(exc)
        else:
            if on_done is not None:
                on_done(result)


class DeferredRunner:
    """Has the `Runner` interface; keeps each submitted task, in order, until `run_next` or `run_all`."""

    def __init__(self) -> None:
        self.tasks: list[Task] = []

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        self.tasks.append((fn, on_done))

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
