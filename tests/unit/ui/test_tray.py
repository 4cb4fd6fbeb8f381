"""The tray: menu entries rebuilt from the app's state as the menu opens, their signals, clicks on the icon,
notifications, and the stand-in window when the desktop has no tray (offscreen has none)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from exec_desk.ui.icons import icon
from exec_desk.ui.tray import DEMO_NOTE, Tray, TrayState

Reason = QSystemTrayIcon.ActivationReason
#: What the offscreen platform says about window-manager features it lacks.
OFFSCREEN_NOTES = r"This plugin does not support (propagateSizeHints|raise)\(\)"
pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOTES)


class State:
    def __init__(self) -> None:
        self.value = TrayState(session_minutes=5, reminders_status="Next reminder at 11:00")

    def __call__(self) -> TrayState:
        return self.value


@pytest.fixture
def state() -> State:
    return State()


@pytest.fixture
def tray(qtbot: QtBot, state: State) -> Iterator[Tray]:
    made = Tray(icon("exec-desk"), demo=False, state=state, tray_available=True)
    yield made
    made.icon.hide()


def _texts(tray: Tray) -> list[str]:
    return [a.text() for a in tray.menu.actions() if not a.isSeparator()]


def test_menu_entries_in_order(tray: Tray) -> None:
    tray.menu.aboutToShow.emit()
    assert _texts(tray) == [
        "Exec Desk",
        "Start a 5-minute session",
        "Last session…",
        "Quick compose",
        "Pause reminders",
        "Your week…",
        "Spend…",
        "Settings…",
        "Account…",
        "Quit",
    ]
    assert not tray.menu.actions()[0].isEnabled()  # the title line
    assert [a.text() for a in tray.pause_menu.actions() if not a.isSeparator()] == [
        "Next reminder at 11:00",
        "Snooze 15 minutes",
        "For 1 hour",
        "For the rest of today",
        "Resume reminders",
    ]


def test_menu_is_rebuilt_from_the_state_just_before_it_shows(tray: Tray, state: State) -> None:
    tray.menu.aboutToShow.emit()
    state.value = TrayState(session_minutes=7, account="Signed in as @jane", reminders_paused=True)
    assert tray.action("session").text() == "Start a 5-minute session"  # not yet: the menu has not opened
    tray.menu.aboutToShow.emit()
    assert tray.action("session").text() == "Start a 7-minute session"
    assert [a.text() for a in tray.menu.actions()[:2]] == ["Exec Desk", "Signed in as @jane"]  # as the tooltip
    assert tray.action("pause_resume").isEnabled()
    state.value = TrayState(session_remaining=185)
    tray.menu.aboutToShow.emit()
    assert tray.action("session").text() == "Back to the session (3:05 left)"
    assert not tray.action("pause_resume").isEnabled()  # nothing paused


def test_reminder_entries_are_disabled_when_reminders_are_off(tray: Tray, state: State) -> None:
    state.value = TrayState(reminders_enabled=False, reminders_status="Reminders are off (Settings)")
    tray.menu.aboutToShow.emit()
    assert [tray.action(f"pause_{n}").isEnabled() for n in ("snooze", "hour", "today", "resume")] == [False] * 4


@pytest.mark.parametrize(
    ("name", "signal"),
    [
        ("session", "session_requested"),
        ("compose", "compose_requested"),
        ("settings", "settings_requested"),
        ("account", "account_requested"),
        ("quit", "quit_requested"),
    ],
)
def test_each_entry_emits_its_signal(tray: Tray, qtbot: QtBot, name: str, signal: str) -> None:
    tray.menu.aboutToShow.emit()
    with qtbot.waitSignal(getattr(tray, signal), timeout=1000):
        tray.action(name).trigger()


def test_pause_entries_say_how_long(tray: Tray, state: State) -> None:
    state.value = TrayState(reminders_paused=True)
    tray.menu.aboutToShow.emit()
    asked: list[str] = []
    tray.pause_requested.connect(asked.append)
    for name in ("snooze", "hour", "today", "resume"):
        tray.action(f"pause_{name}").trigger()
    assert asked == ["snooze", "hour", "today", "resume"]


def test_left_click_asks_for_the_session_middle_click_for_the_composer(tray: Tray) -> None:
    asked: list[str] = []
    tray.session_requested.connect(lambda: asked.append("session"))
    tray.compose_requested.connect(lambda: asked.append("compose"))
    for reason in (Reason.Trigger, Reason.MiddleClick, Reason.Context, Reason.DoubleClick):
        tray.icon.activated.emit(reason)
    assert asked == ["session", "compose"]


def test_only_a_clicked_reminder_starts_a_session(tray: Tray) -> None:
    asked: list[str] = []
    tray.session_requested.connect(lambda: asked.append("session"))
    tray.notify("The database was repaired.")
    tray.icon.messageClicked.emit()
    assert asked == []
    tray.notify("Time for a 5-minute session?", kind="reminder")
    tray.icon.messageClicked.emit()
    assert asked == ["session"]


def test_demo_is_marked_in_the_tooltip_and_can_be_cleared(qtbot: QtBot) -> None:
    tray = Tray(icon("exec-desk-demo"), demo=True, tray_available=True)
    assert tray.title == "Exec Desk — Demo"
    assert DEMO_NOTE in tray.icon.toolTip()
    tray.set_status("Signed in as @demo on the demo X")
    assert "Signed in as @demo" in tray.icon.toolTip()
    tray.set_demo(False, icon("exec-desk"))
    assert DEMO_NOTE not in tray.icon.toolTip() and tray.title == "Exec Desk"


def _fallback(qtbot: QtBot, *, demo: bool, check: list[bool] | None = None) -> Tray:
    flag = check if check is not None else [False]
    tray = Tray(icon("exec-desk"), demo=demo, tray_check=lambda: flag[0])
    assert tray.fallback is not None
    qtbot.addWidget(tray.fallback)
    return tray


def test_without_a_tray_a_window_stands_in_and_explains_once(qtbot: QtBot) -> None:
    tray = _fallback(qtbot, demo=True)
    assert not tray.available
    tray.show()
    window = tray.fallback
    assert window is not None and window.isVisible()
    why = window.findChild(QLabel, "no_tray_note")
    assert why is not None and why.isVisible() and "no system tray" in why.text()
    banner = window.findChild(QLabel, "demo_banner")
    assert banner is not None and banner.isVisible() and banner.text() == DEMO_NOTE
    got_it = window.findChild(QPushButton, "got_it")
    assert got_it is not None
    got_it.click()
    assert not why.isVisible()
    window.hide()
    tray.present()  # a second launch asked to be shown
    assert window.isVisible() and not why.isVisible()  # the explanation does not come back


def test_the_stand_in_window_has_the_main_actions_and_shows_notifications(qtbot: QtBot) -> None:
    tray = _fallback(qtbot, demo=False)
    tray.show()
    window = tray.fallback
    assert window is not None
    asked: list[str] = []
    tray.session_requested.connect(lambda: asked.append("session"))
    tray.compose_requested.connect(lambda: asked.append("compose"))
    for name in ("fallback_session", "fallback_compose"):
        button = window.findChild(QPushButton, name)
        assert button is not None
        button.click()
    assert asked == ["session", "compose"]
    menu_button = window.findChild(QPushButton, "fallback_menu")
    assert menu_button is not None and menu_button.menu() is tray.menu
    demo = window.findChild(QLabel, "demo_banner")
    assert demo is not None and not demo.isVisible()
    window.hide()
    tray.notify("Time for a 5-minute session?", kind="reminder")
    message = window.findChild(QLabel, "message")
    assert window.isVisible() and message is not None and message.text() == "Time for a 5-minute session?"


@pytest.mark.qt_log_ignore(OFFSCREEN_NOTES, "No such signal QPlatformNativeInterface::systemTrayWindowChanged")
def test_a_tray_that_appears_later_takes_over_from_the_window(qtbot: QtBot) -> None:
    check = [False]
    tray = _fallback(qtbot, demo=False, check=check)
    tray.show()
    assert tray.recheck() is False
    assert tray.fallback is not None and tray.fallback.isVisible()
    check[0] = True
    assert tray.recheck() is True
    assert tray.icon.isVisible() and not tray.fallback.isVisible()
    tray.icon.hide()
