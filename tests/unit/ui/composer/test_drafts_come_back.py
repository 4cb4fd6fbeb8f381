"""Issue 12, point 6: drafts come back. After a quit or a crash with an unsent draft, the next composer opens on it,
with "Start a new post" to write something else instead (the draft stays in the Drafts); and the Drafts list says
when each draft was last edited, to the minute, the locale's way."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from exec_desk.services.drafts import DraftService
from exec_desk.storage.store import Store
from exec_desk.ui.composer.window import ComposerWindow
from exec_desk.ui.i18n import short_time
from exec_desk.ui.outbox.drafts import DraftsList, Role
from tests.support.factories import ACCOUNT
from tests.support.runners import ImmediateTaskRunner

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")
NOW = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)


def _run(qtbot: QtBot, store: Store, state: Path, clock: Callable[[], datetime] = lambda: NOW) -> ComposerWindow:
    """One run of the app's composer: a drafts service and a window over the same store and state file."""
    drafts = DraftService(store, ImmediateTaskRunner(), account=lambda: ACCOUNT, clock=clock, delay_ms=0)
    window = ComposerWindow(clock=clock, drafts=drafts, state_file=state)
    qtbot.addWidget(window)
    return window


def _texts(store: Store) -> list[str]:
    return sorted(d.text for d in store.drafts.all(ACCOUNT))


def test_after_a_quit_the_next_composer_opens_on_the_draft(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    state = tmp_path / "composer.ini"
    first = _run(qtbot, store, state)
    first.open_for()
    qtbot.keyClicks(first.editor, "Thank you all for a record quarter")
    qtbot.waitUntil(lambda: _texts(store) == ["Thank you all for a record quarter"], timeout=3000)
    qtbot.keyClick(first.editor, Qt.Key.Key_Escape)  # hidden, then the app quits
    first.deleteLater()

    later = lambda: NOW + timedelta(days=1)  # noqa: E731 - the next morning
    second = _run(qtbot, store, state, clock=later)
    second.open_for()  # the tray's Quick compose
    assert second.editor.toPlainText() == "Thank you all for a record quarter"
    assert second.recovered.isVisible()
    assert second.recovered_label.text() == f"Your unsent draft from yesterday at {short_time(NOW)} is back."
    qtbot.keyClicks(second.editor, "!")  # goes on with the same draft
    qtbot.waitUntil(lambda: _texts(store) == ["Thank you all for a record quarter!"], timeout=3000)


def test_after_a_crash_too_and_start_a_new_post_keeps_it(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    state = tmp_path / "composer.ini"
    first = _run(qtbot, store, state)
    first.open_for()
    qtbot.keyClicks(first.editor, "Draft about the merger")
    qtbot.waitUntil(lambda: _texts(store) == ["Draft about the merger"], timeout=3000)
    # The process dies here: no hide, no quit, nothing flushed; only what was saved as the user typed remains.
    second = _run(qtbot, store, state)
    second.open_for()
    assert second.editor.toPlainText() == "Draft about the merger" and second.recovered.isVisible()
    assert second.new_button.text() == "Start a &new post"
    second.new_button.click()
    assert second.editor.toPlainText() == "" and not second.recovered.isVisible()
    assert "Your earlier draft is in your Drafts." in second.problem.text()
    qtbot.keyClicks(second.editor, "Something else")
    qtbot.waitUntil(lambda: _texts(store) == ["Draft about the merger", "Something else"], timeout=3000)
    third = _run(qtbot, store, state)  # the draft being written then is the one offered next time
    third.open_for()
    assert third.editor.toPlainText() == "Something else"


def test_a_sent_or_emptied_draft_is_not_offered_again(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    state = tmp_path / "composer.ini"
    first = _run(qtbot, store, state)
    first.open_for()
    qtbot.keyClicks(first.editor, "Going out")
    qtbot.waitUntil(lambda: _texts(store) == ["Going out"], timeout=3000)
    with qtbot.waitSignal(first.send_requested) as sent:
        first.send()
    assert sent.args is not None
    first.queued(sent.args[0])
    second = _run(qtbot, store, state)
    second.open_for()
    assert second.editor.toPlainText() == "" and not second.recovered.isVisible()


def test_the_drafts_list_says_when_each_was_last_edited(
    qtbot: QtBot, store: Store, language: Callable[[str], None]
) -> None:
    language("en")
    store.drafts.create(ACCOUNT, "Old idea", NOW - timedelta(days=3, hours=2))
    store.drafts.create(ACCOUNT, "Yesterday's", NOW - timedelta(days=1))
    store.drafts.create(ACCOUNT, "Thanks!", NOW - timedelta(minutes=5), reply_to="42")
    drafts = DraftService(store, ImmediateTaskRunner(), account=lambda: ACCOUNT, clock=lambda: NOW)
    view = DraftsList(drafts, clock=lambda: NOW)
    qtbot.addWidget(view)
    details = [view.model.index(r).data(Role.DETAILS) for r in range(3)]
    recent, yesterday, old = NOW - timedelta(minutes=5), NOW - timedelta(days=1), NOW - timedelta(days=3, hours=2)
    local = old.astimezone()
    assert details == [
        f"Edited today at {short_time(recent)} · reply",
        f"Edited yesterday at {short_time(yesterday)}",
        f"Edited {local:%a} {local.day} {local:%b} at {short_time(old)}",
    ]
    language("fr")
    view.refresh()
    french = [view.model.index(r).data(Role.DETAILS) for r in range(3)]
    assert french[0] == f"Modifié aujourd'hui à {short_time(recent)} · réponse"
    assert french[1] == f"Modifié hier à {short_time(yesterday)}"
