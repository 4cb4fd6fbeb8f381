"""Build the QApplication and the services, wire them, run the event loop. Nothing else lives here."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from exec_desk import APP_ID, APP_NAME, __version__
from exec_desk.services.context import AppContext, open_context
from exec_desk.services.tasks import TaskRunner
from exec_desk.storage.logs import setup_logging
from exec_desk.storage.paths import Paths
from exec_desk.storage.settings import Settings
from exec_desk.ui.icons import icon
from exec_desk.ui.tray import Tray

log = logging.getLogger(__name__)


def _keyring_store() -> object:
    from exec_desk.storage.credentials import KeyringCredentialStore

    return KeyringCredentialStore()


class ExecDesk:
    """The running app: owns the tray, the task runner and, once opened, the `AppContext`."""

    def __init__(self, app: QApplication, paths: Paths, settings: Settings, *, demo: bool, api_url: str | None):
        self.app = app
        self.paths = paths
        self.settings = settings
        self.runner = TaskRunner()
        self.context: AppContext | None = None
        self.tray = Tray(icon("exec-desk-demo" if demo else "exec-desk"), demo=demo)
        self.tray.quit_requested.connect(self.quit)
        self._demo = demo
        self._api_url = api_url
        self.on_ready: list[Callable[[], None]] = []
        self.on_failed: list[Callable[[BaseException], None]] = []

    def start(self) -> None:
        self.tray.show()
        self.runner.submit(
            lambda: open_context(
                self.paths,
                self.settings,
                demo=self._demo,
                api_url=self._api_url,
                credentials=_keyring_store,  # type: ignore[arg-type]
            ),
            self._opened,
            self._failed,
        )

    def _opened(self, context: AppContext) -> None:
        self.context = context
        if context.demo and not self.tray.demo:
            self.tray.demo = True
            self.tray.icon.setIcon(icon("exec-desk-demo"))
        who = f"@{context.account.username}"
        self.tray.set_status(f"Signed in as {who}" + (" on the demo X" if context.demo else ""))
        for notice in context.notices:
            log.warning("%s", notice)
            self.tray.icon.showMessage(APP_NAME, notice)
        for callback in self.on_ready:
            callback()

    def _failed(self, error: BaseException) -> None:
        log.error("start-up failed: %s", error)
        self.tray.set_status(f"Could not start: {error}")
        self.tray.icon.showMessage(APP_NAME, str(error))
        for callback in self.on_failed:
            callback(error)

    def quit(self) -> None:
        self.runner.shutdown(2000)
        if self.context is not None:
            self.context.close()
            self.context = None
        self.app.quit()


def run_app(*, basedir: Path | None, api_url: str | None, demo: bool, exit_when_ready: bool, started: float) -> int:
    paths = Paths.resolve(basedir)
    paths.ensure()
    setup_logging(paths.log_file)
    if api_url:
        os.environ["EXEC_DESK_API_URL"] = api_url
    settings = Settings(paths.settings_file)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setQuitOnLastWindowClosed(False)
    desk = ExecDesk(app, paths, settings, demo=demo, api_url=api_url)
    if exit_when_ready:

        def ready() -> None:
            print(f"ready in {(time.monotonic() - started) * 1000:.0f} ms", flush=True)
            QTimer.singleShot(0, desk.quit)

        def failed(error: BaseException) -> None:
            print(f"exec-desk: could not start: {error}", file=sys.stderr, flush=True)
            QTimer.singleShot(0, lambda: app.exit(1))

        desk.on_ready.append(ready)
        desk.on_failed.append(failed)
    desk.start()
    code = app.exec()
    if desk.context is not None:
        desk.context.close()
    return int(code)
