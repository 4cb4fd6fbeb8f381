"""A task runner for tests that runs what it is given only when told: results arrive late, as from a busy pool,
and a test can interleave other work between a task and its callback (`tasks.pop(0)`, then call both parts)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Task = tuple[Callable[[], Any], Callable[[Any], None] | None]


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
