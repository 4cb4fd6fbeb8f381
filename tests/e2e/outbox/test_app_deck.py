"""The approval deck and the quiet periods in the running app (demo mode): the proposals come first in a session, a
proposal edited with `e` opens in the composer and the post sent from it is tied to it (decision file, outbox);
a held post in the composer is logged as held, then confirmed with the press release (issue 14, points 2 and 3)."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from exec_desk.app.desk import ExecDesk
from exec_desk.core.payloads import PostPayload
from exec_desk.ui.session.window import DECK_PAGE
from tests.support.demo_desk import running_demo_desk

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")
PR = "https://ir.acme.com/q3-2026"


@pytest.fixture
def desk(qapp: QApplication, tmp_path: Path, qtbot: QtBot) -> Iterator[ExecDesk]:
    folder = tmp_path / "Proposals"
    folder.mkdir()
    (folder / "lyon.md").write_text("---\nkind: post\nby: Claire\n---\nProud of the Lyon team.\n", encoding="utf-8")
    stamp = time.time() - 3600
    os.utime(folder / "lyon.md", (stamp, stamp))
    today = datetime.now().astimezone().date()
    quiet = f"{today - timedelta(days=2)}..{today + timedelta(days=2)} Q3"
    with running_demo_desk(
        qapp,
        qtbot,
        tmp_path / "home",
        settings={"deck_folder": str(folder), "quiet_periods": [quiet]},
        ready=lambda made: made.deck is not None and made.compose is not None,
    ) as made:
        yield made


def _first_run(qtbot: QtBot) -> None:
    """The demo account's first session offers its Lists as groups first: accept them."""

    def dialog() -> QDialog | None:
        found = [w for w in QApplication.topLevelWidgets() if w.objectName() == "first_run" and w.isVisible()]
        return found[0] if found and isinstance(found[0], QDialog) else None

    qtbot.waitUntil(lambda: dialog() is not None, timeout=5000)
    shown = dialog()
    assert shown is not None
    qtbot.keyClick(shown, Qt.Key.Key_Return)


def test_a_proposal_edited_in_a_session_is_sent_from_the_composer_and_followed(desk: ExecDesk, qtbot: QtBot) -> None:
    assert desk.deck is not None and desk.compose is not None and desk.context is not None
    desk.open_session()
    _first_run(qtbot)
    qtbot.waitUntil(lambda: desk.session_window is not None and desk.session_window.isVisible(), timeout=5000)
    window = desk.session_window
    assert window is not None
    qtbot.waitUntil(lambda: window.stack.currentIndex() == DECK_PAGE, timeout=10000)  # the proposals come first
    qtbot.keyClicks(window.deck_page.list, "e")
    compose = desk.compose
    qtbot.waitUntil(lambda: compose.composer is not None and compose.composer.isVisible(), timeout=5000)
    composer = compose.composer
    assert composer is not None and composer.editor.toPlainText() == "Proud of the Lyon team."
    qtbot.keyClicks(composer.editor, " Merci !")
    qtbot.keyClick(composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    store, key = desk.context.store, desk.context.account.key
    qtbot.waitUntil(lambda: any(r.outbox_id for r in store.deck.all(key)), timeout=5000)
    [row] = store.deck.all(key)
    item = store.outbox.get(row.outbox_id or 0)
    assert item is not None and isinstance(item.payload, PostPayload)
    assert item.payload.parts == ("Proud of the Lyon team. Merci !",)
    folder = Path(desk.settings.get("deck_folder"))
    qtbot.waitUntil(
        lambda: json.loads((folder / "lyon.decision.json").read_text())["outbox"] == "waiting", timeout=5000
    )
    assert json.loads((folder / "lyon.decision.json").read_text())["decision"] == "edited"


def test_a_held_post_is_logged_then_confirmed_with_the_press_release(desk: ExecDesk, qtbot: QtBot) -> None:
    assert desk.compose is not None and desk.context is not None and desk.quiet is not None
    qtbot.waitUntil(lambda: desk.quiet is not None and bool(desk.quiet.periods), timeout=5000)
    desk.open_composer()
    composer = desk.compose.composer
    assert composer is not None
    qtbot.waitUntil(composer.isVisible, timeout=5000)
    composer.editor.setPlainText("Our Q3 results are out.")
    qtbot.keyClick(composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert composer.step.kind == "hold"
    store = desk.context.store
    qtbot.waitUntil(lambda: [e.event for e in store.audit.entries()][-1:] == ["held"], timeout=5000)
    composer.step.back()
    composer.editor.setPlainText(f"{PR} Our Q3 results are out.")
    composer.send()
    qtbot.keyClick(composer.step.accept_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [e.event for e in store.audit.entries()][-1:] == ["confirmed"], timeout=5000)
    assert store.audit.entries()[-1].link == PR
