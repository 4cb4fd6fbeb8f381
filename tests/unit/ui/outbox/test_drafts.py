"""The drafts list: rows describe each draft, Enter reopens, Delete removes, and it follows the service."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from exec_desk.services.drafts import DraftService
from exec_desk.storage.records import DraftMedia
from exec_desk.storage.store import Store
from exec_desk.ui.outbox.drafts import DraftsList, Role
from tests.support.factories import ACCOUNT, account_store
from tests.support.runners import ImmediateTaskRunner

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
NOW = datetime(2026, 11, 26, 16, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    yield from account_store(tmp_path / "desk.sqlite3")


def test_rows_open_and_delete(
    qtbot: QtBot, store: Store, qtmodeltester: ModelTester, language: Callable[[str], None]
) -> None:
    language("en")  # the English plural forms ("1 image")
    store.drafts.create(ACCOUNT, "Old idea", NOW - timedelta(days=3))
    store.drafts.create(
        ACCOUNT, "Board update. " * 30, NOW - timedelta(hours=1), media=[DraftMedia("/tmp/a.png", "image/png")]
    )
    store.drafts.create(ACCOUNT, "Thanks!", NOW - timedelta(minutes=5), reply_to="42")
    drafts = DraftService(store, ImmediateTaskRunner(), account=lambda: ACCOUNT, clock=lambda: NOW)
    view = DraftsList(drafts, clock=lambda: NOW)
    qtbot.addWidget(view)
    qtmodeltester.check(view.model)
    rows = [(view.model.index(r).data(), view.model.index(r).data(Role.DETAILS)) for r in range(3)]
    local = (NOW - timedelta(minutes=5)).astimezone()
    assert rows[0] == ("Thanks!", f"Edited today at {local:%H:%M} · reply")
    assert rows[1][1].endswith("thread of 2 posts · 1 image")
    old = (NOW - timedelta(days=3)).astimezone()
    assert rows[2] == ("Old idea", f"Edited {old:%a} {old.day} {old:%b} at {old:%H:%M}")
    view.view.setCurrentIndex(view.model.index(1))
    with qtbot.waitSignal(view.open_requested) as opened:
        qtbot.keyClick(view.view, Qt.Key.Key_Return)
    assert opened.args is not None and opened.args[0].text.startswith("Board update.")
    qtbot.keyClick(view.view, Qt.Key.Key_Delete)
    assert view.model.rowCount() == 2 and [d.text for d in store.drafts.all(ACCOUNT)] == ["Thanks!", "Old idea"]
    view.view.setCurrentIndex(view.model.index(0))
    view.delete_button.click()
    view.delete_selected()
    assert view.model.rowCount() == 0 and view.view.isHidden() and not view.empty.isHidden()
    assert not view.open_button.isEnabled()
