"""The gap reminder in the running app's part (`app.gaps.GapDesk`): the window shows at the start of a gap with what
comes next and its three choices; Start asks for a session, Snooze and Skip go to the reminders; it hides by itself
once its gap cannot hold a session. A hand-moved clock drives the reminders, the feed reads the test calendar."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from exec_desk.app.gaps import GapDesk
from exec_desk.services.clock import ManualClock
from exec_desk.services.reminders import Reminders
from exec_desk.storage.settings import Settings
from tests.support.calendar_servers import WORK_ICS
from tests.support.credentials import MemoryCredentialStore
from tests.support.runners import ImmediateTaskRunner

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")
PARIS = ZoneInfo("Europe/Paris")


def paris(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=PARIS)


class Desk:
    def __init__(self, tmp_path: Path) -> None:
        self.clock = ManualClock(paris(16, 8, 0).astimezone(UTC))
        self.settings = Settings(tmp_path / "settings.json", env={})
        self.settings.update({"calendar": str(WORK_ICS), "calendar_email": "ceo@example.com"})
        self.sessions = 0
        self.reminders = Reminders(self.settings, self.clock, self.clock.timer, lambda: False, tz=PARIS)
        self.gaps = GapDesk(
            self.settings,
            ImmediateTaskRunner(),
            self.reminders,
            self.clock,
            self.clock.timer,
            tmp_path / "cache",
            credentials=MemoryCredentialStore,
            start_session=self._start,
            notify=lambda _text: None,
            icon=QIcon,
            tz=PARIS,  # the test's zone, whatever the machine's
        )
        self.reminders.start()
        self.gaps.start()

    def _start(self) -> None:
        self.sessions += 1

    def at(self, moment: datetime) -> None:
        self.clock.advance((moment - self.clock()).total_seconds())


@pytest.fixture
def desk(tmp_path: Path, qapp: object) -> Iterator[Desk]:
    made = Desk(tmp_path)
    yield made
    made.gaps.close()
    made.reminders.close()


def test_start_snooze_and_skip(desk: Desk, qtbot: QtBot) -> None:
    assert desk.gaps.window is None
    desk.at(paris(16, 9, 48))
    window = desk.gaps.window
    assert window is not None and window.isVisible()
    assert window.text.text() == "12 minutes before Board prep — review session?"
    assert window.start_button.isDefault()
    assert [b.text() for b in (window.start_button, window.snooze_button, window.skip_button)] == [
        "&Start",
        "S&nooze 15 min",
        "S&kip",
    ]
    qtbot.mouseClick(window.start_button, Qt.MouseButton.LeftButton)
    assert desk.sessions == 1 and not window.isVisible()

    desk.at(paris(16, 10, 45))
    assert window.isVisible() and window.text.text().startswith("135 minutes before Lunch with the CFO")
    qtbot.mouseClick(window.snooze_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible() and desk.reminders.next_due == paris(16, 11, 0)
    desk.at(paris(16, 11, 0))
    assert window.isVisible() and window.text.text().startswith("120 minutes before Lunch with the CFO")
    QTest.keyClick(window, Qt.Key.Key_Escape)  # Esc is Skip
    assert not window.isVisible() and desk.reminders.next_due == paris(16, 15, 30)
    assert desk.sessions == 1


def test_the_window_goes_when_its_gap_cannot_hold_a_session(desk: Desk) -> None:
    desk.at(paris(16, 15, 30))
    window = desk.gaps.window
    assert window is not None and window.isVisible()
    desk.at(paris(16, 17, 24))
    assert window.isVisible()
    desk.at(paris(16, 17, 25))  # 17:30 Investor call, a 5-minute session: the last moment has passed
    assert not window.isVisible()
    assert desk.reminders.next_due == paris(17, 9, 0)
