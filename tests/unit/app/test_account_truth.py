"""Issue 12, point 8, in the real app on its demo X: one truth about the account (the account dialog, the tray's
tooltip and its menu say the same words), and the composer says whom it posts as and titles a reply "Reply to
@name"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from exec_desk.app.desk import ExecDesk
from tests.support.demo_desk import running_demo_desk
from tests.support.session_fakes import FakeSession, sample_items

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")


@pytest.fixture
def desk(qapp: QApplication, tmp_path: Path, qtbot: QtBot) -> Iterator[ExecDesk]:
    with running_demo_desk(qapp, qtbot, tmp_path / "home") as made:
        yield made


def test_the_dialog_the_tooltip_and_the_menu_say_the_same_about_the_account(desk: ExecDesk, qtbot: QtBot) -> None:
    assert desk.context is not None
    truth = f"Demo account @{desk.context.account.username} — not signed in to X"
    desk.open_account()
    assert desk.account_dialog is not None and desk.account_dialog.current.text() == truth
    tooltip = desk.tray.icon.toolTip().splitlines()
    assert truth in tooltip and not any(line.startswith("Signed in as") for line in tooltip)
    desk.tray.menu.aboutToShow.emit()
    assert desk.tray.action("account_line").text() == truth
    desk.pause("hour")  # a status of the moment does not take the account's place in the tooltip
    assert truth in desk.tray.icon.toolTip().splitlines()


def test_the_composer_says_whom_it_posts_as_and_titles_a_reply(desk: ExecDesk, qtbot: QtBot) -> None:
    assert desk.context is not None and desk.compose is not None
    name = desk.context.account.username
    desk.open_composer()
    composer = desk.compose.composer
    assert composer is not None and composer.isVisible()
    assert composer.windowTitle() == "New post — Exec Desk"
    assert composer.account.isVisible() and composer.account.text() == f"Posting as @{name} on the demo X"
    session = FakeSession(sample_items(3))
    assert desk.sessions is not None
    desk.sessions.session = session  # type: ignore[assignment]  # the session the reply is asked from
    target = session.items()[1]
    desk.compose_for_session(target.post.id, None)
    assert target.author is not None
    assert composer.windowTitle() == f"Reply to @{target.author.username} — Exec Desk"
