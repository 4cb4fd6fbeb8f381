"""The session engine and window as the app builds them, for benchmark child processes; and the fake X server.

`fake_x(latency)` runs `python -m exec_desk.fakex` (its own process: X is another machine) and yields its
credentials. `Rig(db, credentials)` opens the store, the ledger, the tweepy backend, the task runners and the
image cache, applies `keep_gui_responsive()` as the app does once started, and makes a `ReviewSession`;
`rig.window()` makes a `SessionWindow` for it. `FirstPaint` times the end of a widget's first paint that
satisfies a condition.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from harness import ROOT
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from exec_desk.app.builder import build_session
from exec_desk.backends.tweepy.backend import TweepyBackend
from exec_desk.services.clock import system_clock
from exec_desk.services.demo import StaticTokens
from exec_desk.services.images import ImageCache
from exec_desk.services.interpreter import keep_gui_responsive
from exec_desk.services.tasks import STORE, TaskRunner
from exec_desk.storage.ledger import Ledger
from exec_desk.storage.settings import Settings
from exec_desk.storage.store import Store
from exec_desk.ui.session.window import SessionWindow

ACCOUNT = "bench"


@contextmanager
def fake_x(latency: float, seed: int = 2026) -> Iterator[dict[str, Any]]:
    """The standalone fake X server, with `latency` seconds added to each answer; yields its credentials."""
    server = subprocess.Popen(
        [sys.executable, "-m", "exec_desk.fakex", "--seed", str(seed), "--latency", str(latency)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert server.stdout is not None
        yield json.loads(server.stdout.readline())
    finally:
        server.terminate()
        server.wait(10)
        if server.stdout is not None:
            server.stdout.close()


class Rig:
    """Everything the session needs, made as `exec_desk.app.desk` makes it."""

    def __init__(self, db: Path, credentials: dict[str, Any]) -> None:
        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        self.home = Path(tempfile.mkdtemp(prefix="exec-desk-bench-"))
        self.store = Store(db)
        self.ledger = Ledger(self.store)
        self.backend = TweepyBackend(
            account=ACCOUNT,
            user_id=str(credentials["user_id"]),
            recorder=self.ledger,
            api_base_url=str(credentials["base_url"]),
            tokens=StaticTokens(str(credentials["oauth2_access_token"])),
        )
        self.settings = Settings(self.home / "settings.json", env={})
        self.runner = TaskRunner(isolated=(STORE,))
        self.images = ImageCache(self.runner, self.home / "avatars")
        keep_gui_responsive()
        self.session = build_session(
            self.store,
            self.backend,
            self.ledger,
            self.runner,
            self.settings,
            ACCOUNT,
            system_clock,
        )

    def window(self) -> SessionWindow:
        return SessionWindow(
            self.session,
            clock=system_clock,
            images=self.images,
            thumbnails=self.images,
            opener=lambda _url: True,
            settings=self.settings,
        )

    def wait(self, done: Callable[[], bool], timeout: float = 30.0) -> None:
        """Run the event loop until `done()` (checked after each batch of events, and every 20 ms)."""
        deadline = time.monotonic() + timeout
        tick = QTimer()
        tick.start(20)
        try:
            while not done():
                if time.monotonic() > deadline:
                    raise TimeoutError("the benchmark waited too long")
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        finally:
            tick.stop()

    def end_session(self, window: SessionWindow) -> None:
        if self.session.is_active:
            ended: list[object] = []
            self.session.ended.connect(ended.append)
            self.session.end()
            self.wait(lambda: bool(ended))
            self.session.ended.disconnect(ended.append)
        window.hide()
        window.deleteLater()
        QCoreApplication.processEvents()

    def wait_idle(self, timeout: float = 30.0) -> None:
        """Until no task of the session is pending (its fetches included)."""
        self.wait(lambda: self.runner.pending == 0, timeout)

    def close(self) -> None:
        self.runner.shutdown(2000)
        self.store.close()


class FirstPaint(QObject):
    """Records `time.perf_counter()` at the end of `widget`'s first paint for which `ready()` is true."""

    def __init__(self, widget: QWidget, ready: Callable[[], bool]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._ready = ready
        self.at: float | None = None
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint and self.at is None and self._ready():
            self._widget.removeEventFilter(self)
            QApplication.sendEvent(self._widget, event)  # paint now, to time its end
            self.at = time.perf_counter()
            return True
        return False


def child_env(display_env: dict[str, str]) -> dict[str, str]:
    """The environment of a benchmark child on the virtual display (X11, no D-Bus tray)."""
    env = dict(display_env)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env["QT_QPA_PLATFORM"] = "xcb"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "benchmarks"), env.get("PYTHONPATH", "")]))
    return env
