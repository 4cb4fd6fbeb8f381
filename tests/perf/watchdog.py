"""A watchdog of the GUI thread: how long did its event loop go without running?

A 5 ms precise `QTimer` lives on the GUI thread; a `QElapsedTimer` records the gap between two firings. The event
loop fires a due timer as soon as it gets back to its dispatcher, so a gap is the longest stretch during which the
GUI thread could not have reacted to input either: a slot or a paint that ran long, a burst of queued events, or
the thread waiting for the interpreter lock while other threads ran Python code. Whatever the cause, the user
would have felt it.

For a failure message that points at the cause, each gap also records how much CPU the GUI thread itself used
(`time.thread_time`: the rest of the gap it was waiting, typically for the GIL), the phase the test was in, and the
garbage collections that ran meanwhile (on any thread: a collection holds the GIL).
"""

from __future__ import annotations

import gc
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer

INTERVAL_MS = 5


@dataclass(frozen=True, slots=True)
class Gap:
    """One stretch between two firings: its length, when it began (ms since `start`), the GUI thread's own CPU
    time in it, and the phase the test had announced."""

    ms: float
    at_ms: float
    gui_cpu_ms: float
    phase: str

    def __str__(self) -> str:
        return f"{self.ms:.1f} ms at {self.at_ms:.0f} ms ({self.phase}; GUI thread busy {self.gui_cpu_ms:.1f} ms)"


@dataclass(frozen=True, slots=True)
class Collection:
    """A garbage collection: generation, start (ms since `start`), CPU time, thread."""

    generation: int
    at_ms: float
    cpu_ms: float
    thread: str

    def __str__(self) -> str:
        return f"gen {self.generation} GC of {self.cpu_ms:.1f} ms at {self.at_ms:.0f} ms on {self.thread}"


@dataclass
class _Collecting:
    started: dict[int, tuple[float, float]] = field(default_factory=dict)


class Watchdog(QObject):
    """Create and `start()` on the GUI thread; `stop()` before reading `max_gap_ms` and `report()`."""

    def __init__(self, interval_ms: int = INTERVAL_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._beat)
        self._clock = QElapsedTimer()
        self._last_ms = 0.0
        self._last_cpu = 0.0
        self._phase = "start"
        self.gaps: list[Gap] = []
        self.collections: list[Collection] = []
        self._collecting = _Collecting()
        self._origin = 0.0

    def phase(self, name: str) -> None:
        """Label what the test is doing from now on (shown with the gaps)."""
        self._phase = name

    def start(self) -> None:
        self._clock.start()
        self._origin = time.perf_counter()
        self._last_ms, self._last_cpu = 0.0, time.thread_time()
        gc.callbacks.append(self._on_collection)
        self._timer.start()

    def stop(self) -> None:
        self._beat()  # the stretch since the last firing counts too
        self._timer.stop()
        if self._on_collection in gc.callbacks:
            gc.callbacks.remove(self._on_collection)

    @property
    def max_gap_ms(self) -> float:
        return max((g.ms for g in self.gaps), default=0.0)

    def worst(self, count: int = 5) -> list[Gap]:
        return sorted(self.gaps, key=lambda g: g.ms, reverse=True)[:count]

    def report(self, count: int = 5) -> str:
        """The worst gaps and the slow garbage collections, one per line."""
        lines = [f"{len(self.gaps)} firings; worst gaps:"]
        lines += [f"  {gap}" for gap in self.worst(count)]
        slow = [c for c in self.collections if c.cpu_ms >= 5]
        lines += [f"  {c}" for c in slow] or ["  no garbage collection took 5 ms or more"]
        return "\n".join(lines)

    def _beat(self) -> None:
        now_ms = self._clock.nsecsElapsed() / 1e6
        cpu = time.thread_time()
        self.gaps.append(Gap(now_ms - self._last_ms, self._last_ms, (cpu - self._last_cpu) * 1000, self._phase))
        self._last_ms, self._last_cpu = now_ms, cpu

    def _on_collection(self, stage: str, info: dict[str, Any]) -> None:
        ident = threading.get_ident()
        if stage == "start":
            self._collecting.started[ident] = (time.perf_counter(), time.thread_time())
            return
        began = self._collecting.started.pop(ident, None)
        if began is not None:
            at_ms = (began[0] - self._origin) * 1000
            cpu_ms = (time.thread_time() - began[1]) * 1000
            name = threading.current_thread().name
            self.collections.append(Collection(int(info.get("generation", -1)), at_ms, cpu_ms, name))
