"""Nothing ends unseen: a session that ends while its window is hidden says so through the tray with its summary
line, and its summary stays reachable (tray → Last session…), above the history of sessions; while a session
runs, the tray icon shows the minutes left. The whole app
(ExecDesk, its demo backend) with a hand-moved clock; offscreen there is no tray, so the tray's stand-in window
takes the notification, as on a desktop without a tray."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QImage
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot

from exec_desk.app.desk import ExecDesk
from exec_desk.core.queue import SessionSummary
from exec_desk.services.clock import ManualClock
from exec_desk.ui.icons import countdown_icon, minutes_left
from exec_desk.ui.session.history import SessionHistoryWindow
from tests.support.demo_desk import close_demo_desk, make_demo_desk

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")


@pytest.fixture
def desk(qapp: QApplication, tmp_path: Path) -> Iterator[Callable[[ManualClock], ExecDesk]]:
    made: list[ExecDesk] = []

    def factory(clock: ManualClock) -> ExecDesk:
        desk = make_demo_desk(qapp, tmp_path / "home", clock=clock, timers=clock.timer)
        made.append(desk)
        return desk

    yield factory
    for made_desk in made:
        close_demo_desk(made_desk)


def _start(desk: ExecDesk, qtbot: QtBot) -> None:
    desk.start()
    qtbot.waitUntil(lambda: desk.context is not None, timeout=15000)


def _open_session(desk: ExecDesk, qtbot: QtBot, *, started: bool = False) -> None:
    if not started:  # started twice, the app would open a second context (and demo server) behind the first
        _start(desk, qtbot)
    desk.open_session()
    qtbot.waitUntil(lambda: _dialog() is not None, timeout=5000)  # the first run: the demo's X Lists as groups
    dialog = _dialog()
    assert dialog is not None
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.session_window is not None and desk.session_window.isVisible(), timeout=5000)
    session = desk.session
    assert session is not None
    qtbot.waitUntil(lambda: len(session.items()) > 0, timeout=10000)


def _dialog() -> QDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if w.objectName() == "first_run" and w.isVisible()]
    return found[0] if found and isinstance(found[0], QDialog) else None


def test_a_session_ending_while_hidden_notifies_and_its_summary_stays_reachable(
    desk: Callable[[ManualClock], ExecDesk], qtbot: QtBot
) -> None:
    clock = ManualClock()
    app = desk(clock)
    _open_session(app, qtbot)
    window, session = app.session_window, app.session
    assert window is not None and session is not None
    ended: list[SessionSummary] = []
    session.ended.connect(ended.append)
    session.retweet(session.items()[0].post.id)  # something to count: one retweet, read at once
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # hidden: the session goes on
    assert not window.isVisible() and app.session_is_open()

    clock.advance(301)  # time is up while nobody looks
    qtbot.waitUntil(lambda: len(ended) == 1, timeout=10000)
    summary = ended[0]
    assert summary.amplified_count == 1 and summary.read_count >= 1
    assert app.tray.fallback is not None  # offscreen: no tray; its stand-in window takes the notification
    message = app.tray.fallback.findChild(QLabel, "message")
    assert message is not None and message.isVisible()
    assert message.text().startswith("Session ") and " done: " in message.text()
    assert f"{summary.read_count} post" in message.text() and "1 retweeted, 0 posted · $" in message.text()
    assert app.session_window is None  # its window went; the session log keeps the summary

    app.tray.action("history").trigger()  # tray → Last session…
    history = app.windows["history"]
    assert isinstance(history, SessionHistoryWindow)
    qtbot.waitUntil(lambda: history.history is not None and len(history.rows()) == 1, timeout=5000)
    assert history.isVisible()
    last = history.history.last if history.history else None
    assert last is not None and last.session_id == summary.session_id
    assert (last.read_count, last.amplified_count, last.cost_micro) == (
        summary.read_count,
        summary.amplified_count,
        summary.cost_micro,
    )
    assert history.summary_view.value_text("amplified") == "1"
    assert history.summary_view.value_text("time") == "5 min"
    date, minutes, read, amplified, posted, cost = history.rows()[0]
    assert (minutes, read, amplified, posted) == ("5 min", str(summary.read_count), "1", "0")
    assert cost == history.summary_view.value_text("cost") and date
    # the cost stays under its title (the last column is not stretched to the window's far edge)
    table = history.table
    cost_column = table.columnCount() - 1
    assert table.columnWidth(cost_column) < table.viewport().width() // 3
    assert table.headerItem().textAlignment(cost_column) & Qt.AlignmentFlag.AlignRight


def test_a_session_ending_in_view_does_not_notify(desk: Callable[[ManualClock], ExecDesk], qtbot: QtBot) -> None:
    clock = ManualClock()
    app = desk(clock)
    _open_session(app, qtbot)
    session = app.session
    assert session is not None
    ended: list[SessionSummary] = []
    session.ended.connect(ended.append)
    clock.advance(301)
    qtbot.waitUntil(lambda: len(ended) == 1, timeout=10000)
    window = app.session_window
    assert window is not None and window.isVisible() and window.summary is not None  # the summary is on screen
    assert app.tray.fallback is not None
    message = app.tray.fallback.findChild(QLabel, "message")
    assert message is None or not message.text().startswith("Session ")


def _pixels(icon: QIcon) -> QImage:
    return icon.pixmap(64, 64).toImage().convertToFormat(QImage.Format.Format_ARGB32)


def test_the_tray_icon_counts_the_minutes_left_during_a_session(
    desk: Callable[[ManualClock], ExecDesk], qtbot: QtBot
) -> None:
    clock = ManualClock()
    app = desk(clock)
    _start(app, qtbot)
    usual = _pixels(app.tray.icon.icon())
    assert "min left" not in app.tray.icon.toolTip()
    _open_session(app, qtbot, started=True)
    session = app.session
    assert session is not None
    during = _pixels(app.tray.icon.icon())
    assert during != usual
    assert "Session running: 5 min left" in app.tray.icon.toolTip().split("\n")
    assert _pixels(countdown_icon(300, 300)) == during  # the figure 5 in a full ring

    clock.advance(59)
    assert "Session running: 5 min left" in app.tray.icon.toolTip()  # 4:01 left: still five minutes, rounded up
    clock.advance(2)
    assert "Session running: 4 min left" in app.tray.icon.toolTip()
    assert _pixels(app.tray.icon.icon()) == _pixels(countdown_icon(239, 300))
    session.extend(2)  # "+2 min": seven minutes of a longer session
    assert "Session running: 6 min left" in app.tray.icon.toolTip()

    ended: list[SessionSummary] = []
    session.ended.connect(ended.append)
    session.end()
    qtbot.waitUntil(lambda: len(ended) == 1, timeout=10000)
    assert _pixels(app.tray.icon.icon()) == usual  # the usual icon is back
    assert "min left" not in app.tray.icon.toolTip()


def test_the_countdown_icon_draws_the_figures_and_an_emptying_ring() -> None:
    assert minutes_left(300) == 5 and minutes_left(241) == 5 and minutes_left(240) == 4
    assert minutes_left(1) == 1 and minutes_left(0) == 0
    full, half, last = (_pixels(countdown_icon(left, 300)) for left in (300, 150, 45))
    assert full != half != last
    nine_o_clock, past_twelve = (8, 32), (40, 8)  # two points of the ring, which empties clockwise from twelve
    assert full.pixelColor(*nine_o_clock).lightness() > 200  # all of the ring lit
    assert half.pixelColor(*nine_o_clock).lightness() < 120  # half the time: the left half is dark
    assert half.pixelColor(*past_twelve).lightness() > 200
    red = last.pixelColor(*past_twelve)  # the last minute: what is left of the ring is red
    assert red.red() > 180 and red.green() < 120 and last.pixelColor(*nine_o_clock).lightness() < 120
