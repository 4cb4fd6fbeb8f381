"""The running app (`ExecDesk`) in demo mode on a throwaway profile, for the tests that drive it in-process.

`make_demo_desk` builds it (not started): its own folder under `home`, secrets in memory, the demo's fake X, and
optional settings written before it starts. `close_demo_desk` quits it and closes what it left on screen.
`running_demo_desk` starts one and waits until `ready(desk)` (by default: the composer's desk is there).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from exec_desk.app.desk import ExecDesk
from exec_desk.storage.paths import Paths
from exec_desk.storage.settings import Settings
from tests.support.credentials import MemoryCredentialStore


def make_demo_desk(
    qapp: QApplication, home: Path, *, settings: Mapping[str, object] | None = None, **options: Any
) -> ExecDesk:
    """The app on the profile `home` in demo mode (not started); `options` go to `ExecDesk` (clock, timers...)."""
    paths = Paths.resolve(home)
    paths.ensure()
    if settings:
        Settings(paths.settings_file).update(dict(settings))
    return ExecDesk(
        qapp,
        paths,
        Settings(paths.settings_file),
        demo=True,
        api_url=None,
        credentials=MemoryCredentialStore,
        exit_app=lambda: None,
        **options,
    )


def close_demo_desk(desk: ExecDesk) -> None:
    """Quit the app (unless the test did) and close the windows it leaves behind."""
    if desk.context is not None:
        desk.quit()
    leftovers = [desk.tray.fallback, desk.account_dialog, desk.session_window, *desk.windows.values()]
    for window in leftovers:
        if window is not None:
            window.close()


@contextmanager
def running_demo_desk(
    qapp: QApplication,
    qtbot: QtBot,
    home: Path,
    *,
    ready: Callable[[ExecDesk], bool] = lambda desk: desk.compose is not None,
    settings: Mapping[str, object] | None = None,
    **options: Any,
) -> Iterator[ExecDesk]:
    """A started demo app, once `ready(desk)`; quit and closed on leaving."""
    desk = make_demo_desk(qapp, home, settings=settings, **options)
    desk.start()
    try:
        qtbot.waitUntil(lambda: ready(desk), timeout=15000)
        yield desk
    finally:
        close_demo_desk(desk)
