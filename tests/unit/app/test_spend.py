"""Issue 12, point 5: the spend in view, in the real app on its demo X: the tray's tooltip shows the month's spend,
80 % and 100 % of the budget are told once (once a month and threshold, remembered across restarts), and tray →
Spend… shows the month by day and by kind of call."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from exec_desk.app.desk import ExecDesk
from exec_desk.core.calls import CallRecord
from exec_desk.core.pricing import POST_PRICE, Op
from exec_desk.ui.spend.window import SpendWindow
from tests.support.demo_desk import close_demo_desk, make_demo_desk

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")
BUDGET = 0.10


@pytest.fixture
def start(qapp: QApplication, tmp_path: Path, qtbot: QtBot) -> Iterator[Callable[[list[dict[str, Any]]], ExecDesk]]:
    made: list[ExecDesk] = []

    def factory(events: list[dict[str, Any]]) -> ExecDesk:
        desk = make_demo_desk(qapp, tmp_path / "home", settings={"monthly_budget_usd": BUDGET}, events=events.append)
        made.append(desk)
        desk.start()
        qtbot.waitUntil(lambda: desk.spend is not None and desk.spend.last is not None, timeout=15000)
        return desk

    yield factory
    for desk in made:
        close_demo_desk(desk)  # (unless the test quit it already)


def _post(desk: ExecDesk, count: int) -> None:
    """`count` posts as the sender makes them: each recorded in the ledger at its price."""
    assert desk.context is not None
    for _ in range(count):
        desk.context.ledger.record(CallRecord(desk.context.account.key, Op.CREATE_POST, datetime.now(UTC), 200, {}))


def _posts_until(desk: ExecDesk, share: float) -> None:
    assert desk.context is not None
    spent = desk.context.ledger.month_to_date(desk.context.account.key, datetime.now(UTC))
    _post(desk, max(1, math.ceil((share * BUDGET * 1_000_000 - spent) / POST_PRICE)))


def _spent(desk: ExecDesk) -> int:
    """The month's spend as the app last read it (micro-dollars; -1 before the first read)."""
    last = None if desk.spend is None else desk.spend.last
    return -1 if last is None else last.spent_micro


def _message(desk: ExecDesk) -> str:
    assert desk.tray.fallback is not None  # offscreen: the stand-in window takes the notifications
    label = desk.tray.fallback.findChild(QLabel, "message")
    assert label is not None
    return label.text()


def test_the_tooltip_shows_the_month_and_each_threshold_is_told_once(
    start: Callable[[list[dict[str, Any]]], ExecDesk], qtbot: QtBot
) -> None:
    events: list[dict[str, Any]] = []
    desk = start(events)
    assert "X API this month: $" in desk.tray.icon.toolTip() and "of $0.10" in desk.tray.icon.toolTip()
    _posts_until(desk, 0.8)
    qtbot.waitUntil(lambda: "of your monthly X API budget is used:" in _message(desk), timeout=5000)
    spent = _spent(desk)
    assert (
        _message(desk) == f"{round(spent / 1000)}% of your monthly X API budget is used: ${spent / 1e6:.3f} of $0.10."
    )
    assert [e["percent"] for e in events if e["event"] == "budget"] == [80]
    if spent + POST_PRICE < BUDGET * 1_000_000:
        _post(desk, 1)  # still between 80 % and 100 %: nothing more is said
        qtbot.waitUntil(lambda: _spent(desk) == spent + POST_PRICE, timeout=5000)
        assert [e["percent"] for e in events if e["event"] == "budget"] == [80]
    _posts_until(desk, 1.0)
    qtbot.waitUntil(lambda: "Your monthly X API budget is used up" in _message(desk), timeout=5000)
    assert "Sessions now show what is already here and fetch nothing new" in _message(desk)
    assert [e["percent"] for e in events if e["event"] == "budget"] == [80, 100]
    tooltip = desk.tray.icon.toolTip()
    spent = _spent(desk)
    assert f"X API this month: ${spent / 1e6:.3f} of $0.10 ({round(spent / 1000)}%)" in tooltip
    desk.quit()

    again: list[dict[str, Any]] = []
    restarted = start(again)  # the same profile: both notices were given this month
    _post(restarted, 1)
    qtbot.waitUntil(lambda: _spent(restarted) == spent + POST_PRICE, timeout=5000)
    assert [e for e in again if e["event"] == "budget"] == []
    assert "budget" not in _message(restarted)


def test_tray_spend_shows_the_month_by_day_and_kind(
    start: Callable[[list[dict[str, Any]]], ExecDesk], qtbot: QtBot
) -> None:
    desk = start([])
    _post(desk, 3)
    desk.tray.action("spend").trigger()
    window = desk.windows.get("spend")
    assert isinstance(window, SpendWindow) and window.isVisible()
    qtbot.waitUntil(lambda: window.report is not None and window.report.total_micro >= 3 * POST_PRICE, timeout=5000)
    assert window.title.text() == datetime.now(UTC).strftime("%B %Y")
    assert "of your $0.10 monthly budget" in window.headline.text() or "over your $0.10" in window.headline.text()
    found = [window.kinds.topLevelItem(n) for n in range(window.kinds.topLevelItemCount())]
    rows = {row.text(0): row for row in found if row is not None}
    assert list(rows) == [
        "Reads of posts",
        "Reads of users",
        "Owned reads (your posts, mentions, lists)",
        "Posts",
        "Retweets",
        "Media (uploads, descriptions)",
    ]
    assert rows["Posts"].text(1) == "3" and rows["Posts"].text(2) == "$0.045"
    widest = max(window.kinds.fontMetrics().horizontalAdvance(name) for name in rows)
    assert window.kinds.columnWidth(0) >= widest  # every kind's name in full, never cut with "…"
    assert window.report is not None and window.report.days[-1].day == datetime.now(UTC).date()
    assert not window.next_button.isEnabled()  # no month to come
    window.previous_button.click()
    qtbot.waitUntil(lambda: window.report is not None and window.report.total_micro == 0, timeout=5000)
    assert window.next_button.isEnabled()
