"""The end-of-session summary view."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from exec_desk.core.queue import SessionSummary
from exec_desk.ui.session.summary import SummaryView, duration_text, headline
from tests.support.session_fakes import NOW


def _summary(
    used: int = 252, planned: int = 300, cost: int = 1_234_567, month: int = 0, budget: int = 0
) -> SessionSummary:
    return SessionSummary(
        session_id=7,
        started_at=NOW,
        ended_at=NOW + timedelta(seconds=used),
        planned_seconds=planned,
        used_seconds=used,
        read_count=23,
        amplified_count=4,
        posted_count=1,
        cost_micro=cost,
        month_cost_micro=month,
        month_budget_micro=budget,
    )


def test_shows_counts_time_and_cost(qtbot: QtBot) -> None:
    view = SummaryView(_summary(), extend_minutes=3)
    qtbot.addWidget(view)
    assert view.value_text("read") == "23"
    assert view.value_text("amplified") == "4"
    assert view.value_text("posted") == "1"
    assert view.value_text("time") == "4 min 12 s"
    assert view.value_text("cost") == "$1.235"
    note = view.findChild(QLabel, "summary_time_note")
    assert note is not None and note.text() == "of 5 min planned"
    assert view.title.text() == "Session ended early"
    assert view.extend_button.text() == "Extend +3 min"


def test_the_cost_note_tells_the_month_against_the_budget(qtbot: QtBot) -> None:
    view = SummaryView(_summary(month=4_500_000, budget=20_000_000))
    qtbot.addWidget(view)
    note = view.findChild(QLabel, "summary_cost_note")
    assert note is not None and note.text().endswith("This month so far: $4.500 of your $20.00 monthly budget.")
    view.set_summary(_summary(month=21_000_000, budget=20_000_000))
    assert note.text().endswith("This month so far: $21.000, over your $20.00 monthly budget.")
    view.set_summary(_summary(month=4_500_000, budget=0))  # no budget set
    assert note.text().endswith("This month so far: $4.500.")


def test_extend_and_close_are_signals(qtbot: QtBot) -> None:
    view = SummaryView(_summary(used=300))
    qtbot.addWidget(view)
    assert view.title.text() == "Time's up — session done"
    with qtbot.waitSignal(view.extend_requested, timeout=0):
        view.extend_button.click()
    with qtbot.waitSignal(view.close_requested, timeout=0):
        view.close_button.click()


def test_words() -> None:
    assert duration_text(42) == "42 s"
    assert duration_text(300) == "5 min"
    assert duration_text(-3) == "0 s"
    assert headline(_summary(used=298)) == "Time's up — session done"
