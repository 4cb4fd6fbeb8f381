"""Scripted faults: the server misbehaves on purpose for the next matching requests, in the order added.

Kinds: 5xx, 429, 401, a timeout before handling, a timeout after a write was applied, a dropped connection, and
a 200 with a truncated JSON body. A fault matches a path prefix (str) or a regex (compiled pattern, searched) and
optionally a method. Held requests (timeouts) wait on an event that `release()` and the server's stop set.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from enum import StrEnum


class Fault(StrEnum):
    """What a scripted fault does to the request it catches."""

    SERVER_ERROR = "server_error"  # 500 (or `status`, e.g. 502)
    UNAVAILABLE = "unavailable"  # 503
    RATE_LIMITED = "rate_limited"  # 429 with x-rate-limit-reset
    UNAUTHORIZED = "unauthorized"  # 401
    TIMEOUT = "timeout"  # held without an answer, not applied
    TIMEOUT_AFTER_WRITE = "timeout_after_write"  # applied and logged, then held without an answer
    DROP = "drop"  # connection closed without a response, not applied
    MALFORMED = "malformed"  # applied, then answered 200 with a truncated JSON body

    @property
    def before_handling(self) -> bool:
        return self not in (Fault.TIMEOUT_AFTER_WRITE, Fault.MALFORMED)


@dataclass
class ScriptedFault:
    """One entry of the script. `remaining` counts down as requests are caught."""

    kind: Fault
    path: str | re.Pattern[str]
    method: str | None
    remaining: int
    hold: float
    status: int | None
    retry_after: int

    def matches(self, method: str, path: str) -> bool:
        if self.remaining <= 0 or (self.method is not None and self.method != method.upper()):
            return False
        if isinstance(self.path, re.Pattern):
            return self.path.search(path) is not None
        return path.startswith(self.path)


class Faults:
    """The fault script of one server; thread-safe."""

    def __init__(self) -> None:
        self._script: list[ScriptedFault] = []
        self._lock = threading.Lock()
        self._held: set[threading.Event] = set()
        self._closed = False
        self.caught: list[tuple[Fault, str, str]] = []

    def add(
        self,
        kind: Fault,
        *,
        path: str | re.Pattern[str] = "/",
        method: str | None = None,
        times: int = 1,
        hold: float = 10.0,
        status: int | None = None,
        retry_after: int = 60,
    ) -> ScriptedFault:
        """Script `kind` for the next `times` requests matching `path` (prefix, or regex) and `method`.

        `hold`: seconds a timeout keeps the request (bounded; `release()` or stopping the server ends it sooner).
        `status`: override the status of SERVER_ERROR. `retry_after`: seconds to the reset of a RATE_LIMITED.
        """
        fault = ScriptedFault(kind, path, method.upper() if method else None, times, hold, status, retry_after)
        with self._lock:
            self._script.append(fault)
        return fault

    def take(self, method: str, path: str) -> ScriptedFault | None:
        """The first scripted fault matching this request, counted as used."""
        with self._lock:
            for fault in self._script:
                if fault.matches(method, path):
                    fault.remaining -= 1
                    self.caught.append((fault.kind, method, path))
                    return fault
        return None

    def pending(self) -> list[ScriptedFault]:
        with self._lock:
            return [f for f in self._script if f.remaining > 0]

    def clear(self) -> None:
        with self._lock:
            self._script.clear()

    def hold(self, seconds: float) -> None:
        """Block the calling handler thread for `seconds`, or until `release()` or `close()`."""
        event = threading.Event()
        with self._lock:
            if self._closed:
                return
            self._held.add(event)
        try:
            event.wait(max(0.0, seconds))
        finally:
            with self._lock:
                self._held.discard(event)

    def held(self) -> int:
        """How many requests are being held right now."""
        with self._lock:
            return len(self._held)

    def release(self) -> None:
        """Let every held request go now (they end without an answer); later holds wait again."""
        with self._lock:
            for event in self._held:
                event.set()

    def close(self) -> None:
        """Release everything and hold nothing any more (the server is stopping)."""
        with self._lock:
            self._closed = True
        self.release()
