"""On a real X server with a real tray host: the icon shows, its menu opens on a real right click, "Start a
5-minute session" opens the session window, a middle click the composer; without a tray host the stand-in window
shows; `exec-desk session` reaches the running instance. Every wait is bounded and on a real condition."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect

from tests.support.app_process import AppProcess, Event, demo_profile_set_up, exec_desk, run_client

from .conftest import Display

pytestmark = pytest.mark.x11


def _rect(values: list[int]) -> QRect:
    return QRect(*values)


def _is_menu(event: Event) -> bool:
    return event.get("event") == "shown" and event.get("name") == "tray_menu"


def test_tray_icon_menu_and_session_on_a_real_tray(with_tray: Display, tmp_path: Path) -> None:
    base = str(tmp_path / "home")
    with AppProcess(exec_desk("--basedir", base, "--demo"), with_tray.env) as app:
        tray = app.wait_for(lambda e: e.get("event") == "tray", what="tray icon placed")
        icon = _rect(tray["geometry"])
        assert icon.width() > 0 and icon.height() > 0 and icon.right() < 1280 and icon.top() < 40
        app.wait_for(lambda e: e.get("event") == "ready", what="ready")

        around_icon = icon.adjusted(-120, 0, 20, 10)
        with_tray.screenshot("x11-tray-icon", crop=around_icon, painted=icon)

        with_tray.click(icon.center().x(), icon.center().y(), button=3)  # a real right click on the icon
        menu = app.wait_for(_is_menu, what="tray menu")
        area = _rect(menu["geometry"])
        assert area.width() > 100 and area.top() >= icon.top()
        entries = menu["actions"]
        assert {"action_session", "action_compose", "action_pause", "action_settings", "action_account"} <= set(
            entries
        ) and "action_quit" in entries
        shot = QRect(area.left() - 20, 0, 1280 - area.left() + 20, area.bottom() + 20)
        with_tray.screenshot("x11-tray-menu", crop=shot, painted=area)

        pause = _rect(entries["action_pause"])
        with_tray.click(pause.center().x(), pause.center().y())  # opens the submenu
        submenu = app.shown("pause_menu")
        assert {"action_pause_snooze", "action_pause_hour", "action_pause_today", "action_pause_resume"} <= set(
            submenu["actions"]
        )
        both = area.united(_rect(submenu["geometry"]))
        with_tray.screenshot("x11-pause-menu", crop=both.adjusted(-10, -10, 10, 10), painted=_rect(submenu["geometry"]))

        start = _rect(entries["action_session"])
        with_tray.click(start.center().x(), start.center().y())  # "Start a 5-minute session"
        first_run = app.shown("first_run")  # the first session of the account: its X Lists → groups, first
        assert first_run["class"] == "FirstRunDialog"
        lists = _rect(first_run["geometry"])
        with_tray.screenshot("x11-first-run", crop=lists, painted=lists)
        assert "session_window" not in {e.get("name") for e in app.events}
        with_tray.key("Return", at=lists.center())  # "Use these groups", the default button
        window = app.shown("session_window")
        assert window["class"] == "SessionWindow"
        with_tray.screenshot("x11-session-window", crop=_rect(window["geometry"]), painted=_rect(window["geometry"]))

        with_tray.click(icon.center().x(), icon.center().y(), button=2)  # middle click: the composer
        app.shown("composer")
        assert app.stop() == 0


def test_without_a_tray_host_the_fallback_window_shows(without_tray: Display, tmp_path: Path) -> None:
    base = str(tmp_path / "home")
    with AppProcess(exec_desk("--basedir", base, "--demo"), without_tray.env) as app:
        window = app.shown("tray_fallback")
        assert window["title"] == "Exec Desk — Demo"
        area = _rect(window["geometry"])
        assert area.width() > 200 and area.height() > 100
        app.wait_for(lambda e: e.get("event") == "ready", what="ready")
        without_tray.screenshot("x11-no-tray-fallback", crop=area.adjusted(0, 0, 20, 20), painted=area)
        assert not any(e.get("event") == "tray" for e in app.events)
        assert app.stop() == 0


def test_exec_desk_session_reaches_the_running_instance(with_tray: Display, tmp_path: Path) -> None:
    base = str(tmp_path / "home")
    demo_profile_set_up(Path(base))
    with AppProcess(exec_desk("--basedir", base, "--demo"), with_tray.env) as app:
        app.wait_for(lambda e: e.get("event") == "ready", what="ready")
        rc, err, took = run_client(exec_desk("--basedir", base, "session"), with_tray.env)
        assert rc == 0, err
        assert app.wait_for(lambda e: e.get("event") == "request")["request"] == "session"
        assert app.shown("session_window")["class"] == "SessionWindow"
        assert took < 10
        assert app.stop() == 0
