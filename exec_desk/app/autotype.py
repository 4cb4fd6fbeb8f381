"""A test hook: type a text into the running app's composer, one character at a time, as a user would.

Enabled by `EXEC_DESK_AUTOTYPE=TEXT` together with `EXEC_DESK_DEBUG_EVENTS=1` (see `ui.app_run`); the interval
between two characters is `EXEC_DESK_AUTOTYPE_MS` (default 20). Once the app is ready it opens the composer and
inserts each character into the real editor (so the composer's checks and the draft autosave run as they do for
a user), printing `{"event": "typed", "count": N, "t": MONOTONIC}` after each one and `{"event": "typed_all"}` at
the end: a test that kills the app at a random moment knows what had been typed, and when.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from exec_desk.app.desk import ExecDesk

INTERVAL_ENV = "EXEC_DESK_AUTOTYPE_MS"
POLL_MS = 20


class AutoTyper(QObject):
    """Types `text` into the composer of `desk` once it is ready."""

    def __init__(
        self, desk: ExecDesk, text: str, write: Callable[[dict[str, Any]], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._desk, self._text, self._write = desk, text, write
        self._count = 0
        self._started = False
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._tick)
        self._interval = int(os.environ.get(INTERVAL_ENV) or 20)

    def start(self) -> None:
        self._timer.start()

    def _tick(self) -> None:
        compose = self._desk.compose
        if compose is None:
            return  # not ready yet
        composer = compose.composer
        if composer is None or not composer.isVisible():
            self._desk.open_composer()  # the first time it may show a moment later: the next tick looks again
            return
        if not self._started:
            self._started = True
            self._timer.setInterval(self._interval)
            self._write({"event": "autotype_started", "t": time.monotonic()})
            return
        if self._count >= len(self._text):
            self._timer.stop()
            self._write({"event": "typed_all", "count": self._count, "t": time.monotonic()})
            return
        composer.editor.insertPlainText(self._text[self._count])
        self._count += 1
        self._write({"event": "typed", "count": self._count, "t": time.monotonic()})
