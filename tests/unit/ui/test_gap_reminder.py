"""The gap reminder and the settings' Calendar page in English and in French (no English left), with screenshots.

The screenshots go to $EXEC_DESK_SHOTS/calendar when set (e.g. /tmp/shots, to look at them), else to the test's
temporary folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from exec_desk.core.i18n import Message, Phrase
from exec_desk.storage.settings import Settings
from exec_desk.ui.gap_reminder import GapReminderWindow
from exec_desk.ui.settings.dialog import SettingsDialog
from tests.support.runners import ImmediateTaskRunner
from tests.support.ui_texts import widget_texts

from .test_french import assert_french

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")
TEXT = Message(
    Phrase.of("Reminders", "{minutes} minutes before {event} — review session?", minutes=12, event="Board prep")
)


def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("EXEC_DESK_SHOTS") or tmp_path) / "calendar"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def show_window(qtbot: QtBot) -> GapReminderWindow:
    window = GapReminderWindow()
    qtbot.addWidget(window)
    window.show_reminder(TEXT)
    qtbot.waitExposed(window)
    QApplication.processEvents()
    return window


def test_the_gap_reminder_in_english(qtbot: QtBot, english: str, tmp_path: Path) -> None:
    window = show_window(qtbot)
    assert window.text.text() == "12 minutes before Board prep — review session?"
    assert window.windowTitle() == "Exec Desk — a session?"
    assert window.grab().save(str(shots(tmp_path) / "gap-reminder-en.png"))


def test_the_gap_reminder_in_french(qtbot: QtBot, french: str, tmp_path: Path) -> None:
    window = show_window(qtbot)
    assert window.text.text() == "12 minutes avant «\u00a0Board prep\u00a0» — une séance de lecture\u00a0?"
    assert [b.text() for b in (window.start_button, window.snooze_button, window.skip_button)] == [
        "&Démarrer",
        "&Rappeler dans 15 min",
        "&Passer",
    ]
    assert_french(widget_texts(window), extra_content=["Board prep"])
    assert window.grab().save(str(shots(tmp_path) / "gap-reminder-fr.png"))


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_calendar_settings_page(
    qtbot: QtBot, tmp_path: Path, language: str, request: pytest.FixtureRequest
) -> None:
    request.getfixturevalue("french" if language == "fr" else "english")
    settings = Settings(tmp_path / "settings.json", env={})
    dialog = SettingsDialog(settings, ImmediateTaskRunner())
    qtbot.addWidget(dialog)
    dialog.show_page("calendar")
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.current_page() == "calendar"
    if language == "fr":
        page = dialog.stack.currentWidget()
        assert page is not None
        assert_french(widget_texts(page), extra_content=["/home/moi/agenda.ics ou https://…"])
    assert dialog.grab().save(str(shots(tmp_path) / f"settings-calendar-{language}.png"))
