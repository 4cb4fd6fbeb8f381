"""The app wired together: requests queued until the context is open, a real session window, reminders shown
through the tray, pause entries, switching to a newly signed-in account; and as a real process: `exec-desk
session` starting the app, a second `exec-desk` handing "show" over, SIGTERM quitting cleanly."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot

from exec_desk.app.desk import ExecDesk
from exec_desk.fakex.server import FakeXServer
from exec_desk.services.clock import ManualClock
from exec_desk.services.context import AppContext
from exec_desk.storage.paths import Paths
from exec_desk.storage.settings import Settings
from tests.support.app_process import AppProcess, demo_profile_set_up, exec_desk, offscreen_env, run_client, socket_of
from tests.support.credentials import MemoryCredentialStore

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")
MONDAY_10 = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def _follow(url: str) -> bool:
    threading.Thread(target=requests.get, args=(url,), kwargs={"timeout": 10}, daemon=True).start()
    return True


MakeDesk = Callable[..., ExecDesk]


@pytest.fixture
def make_desk(qapp: QApplication, tmp_path: Path) -> Iterator[MakeDesk]:
    made: list[ExecDesk] = []

    def factory(**kwargs: object) -> ExecDesk:
        paths = Paths.resolve(tmp_path / "home")
        paths.ensure()
        settings = Settings(paths.settings_file)
        options: dict[str, object] = {
            "demo": False,
            "api_url": None,
            "credentials": MemoryCredentialStore,
            "exit_app": lambda: None,  # the tests' QApplication goes on
        }
        desk = ExecDesk(qapp, paths, settings, **{**options, **kwargs})  # type: ignore[arg-type]
        made.append(desk)
        return desk

    yield factory
    for desk in made:
        desk.quit()
        if desk.tray.fallback is not None:
            desk.tray.fallback.close()
        for window in desk.windows.values():
            window.close()


def _ready(desk: ExecDesk, qtbot: QtBot) -> AppContext:
    qtbot.waitUntil(lambda: desk.context is not None, timeout=15000)
    assert desk.context is not None
    return desk.context


def test_a_session_asked_for_during_start_up_opens_once_ready(make_desk: MakeDesk, qtbot: QtBot) -> None:
    desk = make_desk()
    desk.start()
    desk.handle_request("session")  # `exec-desk session` started the app: the context is not open yet
    assert desk.session_window is None
    context = _ready(desk, qtbot)
    assert context.demo and desk.tray.demo  # no account yet: demo mode, marked as such
    # First session of the account: the first run offers its X Lists (the demo account has some) first.
    qtbot.waitUntil(lambda: _first_run_dialog() is not None, timeout=5000)
    assert desk.session_window is None
    desk.open_session()  # clicked again while the dialog is up: no second dialog, still no session
    dialog = _first_run_dialog()
    assert dialog is not None and [w for w in QApplication.topLevelWidgets() if w.objectName() == "first_run"] == [
        dialog
    ]
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # "Use these groups"
    qtbot.waitUntil(lambda: desk.session_window is not None and desk.session_window.isVisible(), timeout=5000)
    groups = {group.name for group in context.store.groups.all(context.account.key)}
    assert {"Journalists", "Competitors", "Clients", "Company", "Home", "Mentions"} <= groups
    assert desk.session_is_open()
    state = desk.tray_state()
    assert state.session_remaining is not None and 0 < state.session_remaining <= 300
    assert desk.context is not None
    assert state.account == f"Demo account @{desk.context.account.username} — not signed in to X"
    first = desk.session_window
    desk.open_session()  # left click again: the same session comes back, no second one
    assert desk.session_window is first and desk.session_is_open()
    assert _first_run_dialog() is None  # offered once per account, not before every session


def _first_run_dialog() -> QDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if w.objectName() == "first_run" and w.isVisible()]
    return found[0] if found and isinstance(found[0], QDialog) else None


def test_reminders_go_through_the_tray_and_pause_from_the_menu(make_desk: MakeDesk, qtbot: QtBot) -> None:
    clock = ManualClock(MONDAY_10)
    desk = make_desk(clock=clock, timers=clock.timer)
    desk.start()
    qtbot.waitUntil(lambda: desk.reminders.next_due is not None, timeout=5000)  # armed once the tray is up
    assert desk.reminders.next_due == MONDAY_10 + timedelta(hours=3)  # the default: every 3 hours
    clock.advance(timedelta(hours=3).total_seconds())
    assert desk.tray.fallback is not None  # offscreen: no tray, the window takes the notification
    message = desk.tray.fallback.findChild(QLabel, "message")
    assert message is not None and message.text().startswith("Time for a 5-minute session?")
    desk.pause("hour")
    assert desk.tray_state().reminders_paused
    assert desk.tray.status.startswith("Reminders paused until")
    desk.pause("resume")
    assert not desk.tray_state().reminders_paused


def test_the_app_switches_to_a_newly_signed_in_account(make_desk: MakeDesk, qtbot: QtBot, fake_x: FakeXServer) -> None:
    creds = MemoryCredentialStore()
    desk = make_desk(api_url=fake_x.base_url, credentials=lambda: creds, open_browser=_follow)
    desk.start()
    assert _ready(desk, qtbot).demo
    desk.open_account()
    dialog = desk.account_dialog
    assert desk.context is not None
    name = desk.context.account.username
    assert dialog is not None and dialog.current.text() == f"Demo account @{name} — not signed in to X"
    qtbot.waitUntil(lambda: desk.runner.pending == 0, timeout=5000)
    dialog.client_id.setText(fake_x.auth.client_id)
    dialog.oauth2_button.click()
    qtbot.waitUntil(lambda: desk.context is not None and not desk.context.demo, timeout=20000)
    signed_in = desk.context
    assert signed_in is not None and signed_in.account.user_id == fake_x.user_id
    assert signed_in.backend.me().id == fake_x.user_id  # the new backend uses the new tokens
    assert not desk.tray.demo and desk.tray.account == f"Signed in as @{signed_in.account.username}"
    assert desk.account_dialog is None
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=5000)  # closed and deleted


def test_exec_desk_session_starts_the_app_and_a_second_launch_hands_over(tmp_path: Path) -> None:
    env = offscreen_env()
    base = str(tmp_path / "home")
    demo_profile_set_up(Path(base))  # not the first run: `exec-desk session` goes straight to the session
    with AppProcess(exec_desk("--basedir", base, "--demo", "session"), env) as app:
        app.wait_for(lambda e: e.get("event") == "ready", what="ready")
        session = app.shown("session_window")
        assert session["class"] == "SessionWindow"
        app.wait_for(lambda e: e.get("event") == "request", what="request")  # its own request, after start-up
        rc, err, took = run_client(exec_desk("--basedir", base), env)  # a plain second `exec-desk`
        assert rc == 0, err
        app.wait_for(lambda e: e == {"event": "request", "request": "show"}, what="show handed over")
        rc, err, _ = run_client(exec_desk("--basedir", base, "compose"), env)
        assert rc == 0, err
        app.shown("composer")
        rc, err, _ = run_client(exec_desk("--basedir", base, "--exit-when-ready"), env)
        assert rc == 1 and "already running" in err
        assert socket_of(Path(base)).exists()
        assert app.stop() == 0  # SIGTERM: a clean quit
    assert not socket_of(Path(base)).exists()
    assert took < 10  # generous for CI; the hand-over itself needs no Qt


def test_quitting_while_a_background_task_hangs_ends_the_process_cleanly(tmp_path: Path) -> None:
    """A network call that never returns when the user quits: the process ends at once with code 0, and its
    teardown does not run under the hung worker (a fresh-clone run crashed there with SIGSEGV)."""
    env = {**offscreen_env(), "EXEC_DESK_HUNG_TASK": "1"}
    with AppProcess(exec_desk("--basedir", str(tmp_path / "home"), "--demo"), env) as app:
        app.wait_for(lambda e: e.get("event") == "hung_task", what="the hung task")
        started = time.monotonic()
        assert app.stop(timeout=20) == 0
        assert time.monotonic() - started < 10  # the runner's 2 s for its tasks, then the end, not the hung call


def test_quitting_during_a_browser_sign_in_does_not_wait_for_the_browser(
    make_desk: MakeDesk, qtbot: QtBot, fake_x: FakeXServer
) -> None:
    opened: list[str] = []
    desk = make_desk(api_url=fake_x.base_url, open_browser=opened.append)  # the user never comes back
    desk.start()
    _ready(desk, qtbot)
    desk.open_account()
    dialog = desk.account_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: desk.runner.pending == 0, timeout=5000)
    dialog.client_id.setText(fake_x.auth.client_id)
    dialog.oauth2_button.click()
    qtbot.waitUntil(lambda: opened != [], timeout=5000)
    desk.quit()  # cancels the wait: the worker ends instead of holding the process for two minutes
    assert desk.runner._pool.activeThreadCount() == 0
    assert desk.context is None


def test_settings_open_from_the_tray_and_open_at_login_follows_the_setting(make_desk: MakeDesk, qtbot: QtBot) -> None:
    from exec_desk import DESKTOP_ID
    from exec_desk.ui.settings.dialog import SettingsDialog

    desk = make_desk()
    desk.start()
    _ready(desk, qtbot)
    desk.tray.settings_requested.emit()  # the tray's Settings entry
    dialog = desk.windows["settings"]
    assert isinstance(dialog, SettingsDialog) and dialog.isVisible()
    desk.tray.settings_requested.emit()  # asked again while open: the same dialog comes forward
    assert desk.windows["settings"] is dialog
    entry = desk.paths.autostart_dir / f"{DESKTOP_ID}.desktop"
    assert not entry.exists()
    desk.settings.set("open_at_login", True)  # as the dialog's Save does
    assert entry.is_file() and "X-GNOME-Autostart-enabled=true" in entry.read_text()
    desk.settings.set("open_at_login", False)
    assert not entry.exists()
    dialog.reject()
    qtbot.waitUntil(lambda: "settings" not in desk.windows, timeout=2000)


def test_two_launches_with_different_runtime_dirs_on_one_profile_make_one_instance(tmp_path: Path) -> None:
    """One launch from the desktop (XDG_RUNTIME_DIR set), one from cron or ssh (none): the same profile (its data
    folder), so the second hands over instead of starting a second app on the same database."""
    home = tmp_path / "user"
    profile = {"HOME": str(home), "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config")}
    profile |= {"XDG_CACHE_HOME": str(home / "cache"), "XDG_STATE_HOME": str(home / "state")}
    desktop_run = tmp_path / "run-1000"
    desktop_run.mkdir(mode=0o700)
    desktop = {**offscreen_env(), **profile, "XDG_RUNTIME_DIR": str(desktop_run)}
    cron = {k: v for k, v in desktop.items() if k != "XDG_RUNTIME_DIR"}
    with AppProcess(exec_desk("--demo"), desktop) as app:
        app.wait_for(lambda e: e.get("event") == "ready", what="ready")
        assert (desktop_run / "exec-desk" / "exec-desk.sock").exists()
        rc, err, _ = run_client(exec_desk("--exit-when-ready"), cron)
        assert rc == 1 and "already running" in err  # the lock is the profile's, not the environment's
        rc, err, _ = run_client(exec_desk("compose"), cron)
        assert rc == 0, err
        app.shown("composer")  # handed over to the running one through the address beside the lock
        assert app.stop() == 0
    assert not (home / "data" / "exec-desk" / "exec-desk.address").exists()


def test_the_post_cache_is_pruned_when_the_account_opens(make_desk: MakeDesk, qtbot: QtBot, tmp_path: Path) -> None:
    """Posts fetched longer ago than `keep_posts_days` are forgotten (on a worker) once the account opens; read
    marks stay. Before, nothing but the tests ever pruned: the cache only grew."""
    from exec_desk.services.demo import DEMO_ACCOUNT
    from exec_desk.storage.store import Store
    from tests.support.factories import make_page, make_post

    paths = Paths.resolve(tmp_path / "home")
    paths.ensure()
    long_ago = datetime.now(UTC) - timedelta(days=40)
    demo_profile_set_up(tmp_path / "home")
    with Store(paths.database_file) as store:
        store.posts.upsert_page(DEMO_ACCOUNT, make_page([make_post("1"), make_post("2")]), long_ago)
        store.reads.mark_read(DEMO_ACCOUNT, ["1"], long_ago)
    Settings(paths.settings_file).set("keep_posts_days", 30)
    desk = make_desk(demo=True)
    desk.start()
    _ready(desk, qtbot)
    context = desk.context
    assert context is not None
    qtbot.waitUntil(lambda: context.store.posts.get(DEMO_ACCOUNT, "1") is None, timeout=10000)
    assert context.store.posts.get(DEMO_ACCOUNT, "2") is None and context.store.reads.is_read(DEMO_ACCOUNT, "1")
