"""Run Exec Desk: the QApplication, the `ExecDesk`, clean quits on signals, the debug events; the event loop.

`run_app` is what `exec-desk` (and `exec-desk session` / `compose`) start when no Exec Desk runs for the profile.
With `EXEC_DESK_DEBUG_EVENTS=1` every event of the app is printed as one JSON line (`{"event": "tray_shown"}`,
`{"event": "ready"}`, requests, outbox changes). `extensions` are called once the `ExecDesk` is built, with the
QApplication, the desk and the event printer, and may return a listener of the events: the tests' probes come in
this way (tests/support/app_under_test.py); the product passes none.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

from exec_desk.app.builder import app_settings, qt_application
from exec_desk.app.desk import DEBUG_EVENTS_ENV, ExecDesk
from exec_desk.services.instance import SingleInstance
from exec_desk.storage.paths import Paths

log = logging.getLogger(__name__)

Event = dict[str, Any]
#: Called with (app, desk, print an event) once the desk is built; may return a listener of the app's events.
Extension = Callable[[QApplication, ExecDesk, Callable[[Event], None]], Callable[[Event], None] | None]


def _quit_on_signals(app: QApplication, quit: Callable[[], None]) -> None:
    """SIGTERM (log-out) and SIGINT quit cleanly: the wake-up pipe wakes the event loop so Python runs the handler."""
    read_fd, write_fd = os.pipe()
    for fd in (read_fd, write_fd):
        os.set_blocking(fd, False)
    signal.set_wakeup_fd(write_fd)
    notifier = QSocketNotifier(read_fd, QSocketNotifier.Type.Read, app)
    notifier.activated.connect(lambda *_: os.read(read_fd, 512))
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: QTimer.singleShot(0, quit))


def run_app(
    *,
    basedir: Path | None,
    api_url: str | None,
    demo: bool,
    exit_when_ready: bool,
    started: float,
    instance: SingleInstance | None = None,
    request: str = "show",
    extensions: Sequence[Extension] = (),
) -> int:
    """Start the app with this profile and run it until it quits; the exit code."""
    paths = Paths.resolve(basedir)
    paths.ensure()
    settings = app_settings(paths, api_url)
    app = qt_application(settings)
    debug = bool(os.environ.get(DEBUG_EVENTS_ENV))
    listeners: list[Callable[[Event], None]] = []

    def emit(event: Event) -> None:
        if debug:
            print(json.dumps(event), flush=True)

    def on_event(event: Event) -> None:
        emit(event)
        for listener in listeners:
            listener(event)
        if exit_when_ready and event["event"] == "ready":
            print(f"ready in {(time.monotonic() - started) * 1000:.0f} ms", flush=True)
            QTimer.singleShot(0, desk.quit)
        elif exit_when_ready and event["event"] == "failed":
            print(f"exec-desk: could not start: {event['error']}", file=sys.stderr, flush=True)
            QTimer.singleShot(0, lambda: app.exit(1))

    desk = ExecDesk(
        app, paths, settings, demo=demo, api_url=api_url, instance=instance, events=on_event, log_file=paths.log_file
    )
    for extension in extensions:
        listener = extension(app, desk, emit)
        if listener is not None:
            listeners.append(listener)
    _quit_on_signals(app, desk.quit)
    desk.start()
    if request != "show":
        desk.handle_request(request)
    code = app.exec()
    if desk.context is not None:
        desk.context.close()
    if desk.runner.in_flight:  # a worker still waits (a hung network call): the interpreter must not be torn
        log.warning("quitting with %d background task(s) still running", desk.runner.in_flight)
        logging.shutdown()  # down under it (its thread would report into freed objects): end here
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(int(code))
    return int(code)
