"""Test aids that watch and drive a running Exec Desk from inside its process (installed by `app_under_test.py`).

`DebugProbe`: debug events for tests on a real X server: each window or menu shown (name, class, title, geometry; a
menu's entries with their screen rectangles) and the tray icon once the tray host has placed it.

`AutoTyper`: types a text (`EXEC_DESK_AUTOTYPE=TEXT`) into the running app's composer, one character every
`EXEC_DESK_AUTOTYPE_MS` (default 20), as a user would, so the composer's checks and the draft autosave run as for
a user (when the composer opens on a draft brought back from a run that died, it prints `{"event": "recovered",
"text": ...}` and starts a new post, as a user writing something else would); it prints `{"event": "typed",
"count": N, "t": MONOTONIC}` after each character and `{"event":
"typed_all"}` at the end: a test that kills the app at a random moment knows what had been typed, and when.

`EXEC_DESK_HUNG_TASK=1`: once ready, a task that never ends is left on the app's runner (`{"event": "hung_task"}`
when it starts), as a network call that hangs while the user quits.

All are `exec_desk.app.run.Extension`s: the product never installs them.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRect, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from exec_desk.app.desk import ExecDesk
from exec_desk.ui.tray import Tray

Write = Callable[[dict[str, Any]], None]
AUTOTYPE_ENV = "EXEC_DESK_AUTOTYPE"
#: Set: once ready, a background task that never ends (a network call that hangs) is left on the app's runner.
HUNG_TASK_ENV = "EXEC_DESK_HUNG_TASK"
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
            if composer.recovered.isVisible():  # the draft of a run that died came back: say so, then write anew
                self._write({"event": "recovered", "text": composer.editor.toPlainText()})
                composer.new_button.click()
            self._write({"event": "autotype_started", "t": time.monotonic()})
            return
        if self._count >= len(self._text):
            self._timer.stop()
            self._write({"event": "typed_all", "count": self._count, "t": time.monotonic()})
            return
        composer.editor.insertPlainText(self._text[self._count])
        self._count += 1
        self._write({"event": "typed", "count": self._count, "t": time.monotonic()})


class DebugProbe(QObject):
    """Debug events for tests on a real X server: each window or menu shown (name, class, title, geometry; a
    menu's entries with their screen rectangles) and the tray icon once the tray host has placed it."""

    def __init__(self, app: QApplication, tray: Tray, write: Callable[[dict[str, Any]], None]) -> None:
        """Made once the tray is up (a filter on every event would slow the start-up it measures): the windows
        already on screen by then (the no-tray stand-in) are reported at once."""
        super().__init__(app)
        self._tray, self._write = tray, write
        app.installEventFilter(self)
        for window in app.topLevelWidgets():
            if window.isVisible() and window.isWindow() and not isinstance(window, QMenu):
                self._shown(window)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tray_placed)
        self._timer.start(50)

    def _tray_placed(self) -> None:
        geometry = self._tray.icon.geometry()
        if self._tray.available and self._tray.icon.isVisible() and (geometry.x() or geometry.y()):
            self._timer.stop()  # right after show() the geometry is (0,0,22,22) until the tray host places it
            self._write({"event": "tray", "geometry": _rect(geometry)})

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self._shown(watched)
        return False

    def _shown(self, watched: QWidget) -> None:
        shown: dict[str, Any] = {"event": "shown", "name": watched.objectName(), "class": type(watched).__name__}
        shown["title"], shown["geometry"] = watched.windowTitle(), _rect(watched.frameGeometry())
        if isinstance(watched, QMenu):  # entries are laid out once it is placed: on the next turn
            QTimer.singleShot(0, lambda menu=watched: self._write({**shown, "actions": _entries(menu)}))
        else:  # a dialog is centred after its Show event: its place is known on the next turn
            QTimer.singleShot(0, watched, lambda window=watched: self._write(_placed(shown, window)))


def _placed(shown: dict[str, Any], window: QWidget) -> dict[str, Any]:
    return {**shown, "geometry": _rect(window.frameGeometry())}


def _rect(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def _entries(menu: QMenu) -> dict[str, list[int]]:
    found = {}
    for action in menu.actions():
        if action.objectName():
            local = menu.actionGeometry(action)
            found[action.objectName()] = _rect(local.translated(menu.mapToGlobal(local.topLeft()) - local.topLeft()))
    return found


def _hang(write: Write, never: threading.Event) -> None:
    write({"event": "hung_task"})
    never.wait()


def probes(app: QApplication, desk: ExecDesk, write: Write) -> Callable[[dict[str, Any]], None]:
    """The extension: a `DebugProbe` once the tray is shown (not before: it filters every event, and start-up is
    measured), and an `AutoTyper` when `EXEC_DESK_AUTOTYPE` is set."""
    if os.environ.get(AUTOTYPE_ENV):
        AutoTyper(desk, os.environ[AUTOTYPE_ENV], write, parent=app).start()

    def on_event(event: dict[str, Any]) -> None:
        if event["event"] == "tray_shown":
            DebugProbe(app, desk.tray, write)
        elif event["event"] == "ready" and os.environ.get(HUNG_TASK_ENV):
            desk.runner.submit(partial(_hang, write, threading.Event()))

    return on_event
