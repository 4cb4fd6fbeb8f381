"""First run against the fake X server: the user's owned and followed X Lists are offered for the groups."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from exec_desk.backends.tweepy.backend import TweepyBackend
from exec_desk.fakex import FakeXServer, Fault
from exec_desk.fakex.prices import Op
from exec_desk.services.clock import ManualClock
from exec_desk.services.sources import SourceBook, ensure_default_sources
from exec_desk.services.tasks import TaskRunner
from exec_desk.storage.records import SourceKind
from exec_desk.storage.store import Store
from exec_desk.ui.account.first_run import NOT_USED, FirstRunDialog, maybe_run_first_run
from tests.support.fake_world import ACCOUNT, store_with_account
from tests.support.runners import ImmediateTaskRunner

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

PRESS, COMPETITORS, CLIENTS, TEAM = (f"172000000000000010{n}" for n in (1, 2, 3, 4))
ROBOTICS, FRENCH_TECH = "1650000000000000201", "1650000000000000202"


@pytest.fixture
def store(server: FakeXServer, clock: ManualClock) -> Iterator[Store]:
    """The fake world's user in the store (whatever another `store` this folder's other tests use)."""
    with store_with_account(server, clock, ACCOUNT) as opened:
        yield opened


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    return window


def list_sources(store: Store) -> dict[str, str]:
    """{list id: group name} of the account's list sources."""
    names = {g.id: g.name for g in store.groups.all(ACCOUNT)}
    return {
        s.ref: names[s.group_id]
        for s in store.sources.all(ACCOUNT)
        if s.kind is SourceKind.LIST and s.group_id is not None
    }


def button(dialog: FirstRunDialog, name: str) -> QPushButton:
    found = dialog.findChild(QPushButton, name)
    assert isinstance(found, QPushButton)
    return found


def test_the_lists_are_offered_with_their_suggested_groups_and_the_choice_is_applied(
    parent: QWidget, store: Store, backend: TweepyBackend, server: FakeXServer, qtbot: QtBot
) -> None:
    runner = TaskRunner()
    finished: list[bool] = []
    maybe_run_first_run(parent, SourceBook(store, ACCOUNT, backend), runner, on_finished=lambda: finished.append(True))
    assert parent.findChild(FirstRunDialog) is None  # the lists are read in the background
    qtbot.waitUntil(lambda: parent.findChild(FirstRunDialog) is not None, timeout=5000)
    dialog = parent.findChild(FirstRunDialog)
    assert isinstance(dialog, FirstRunDialog) and dialog.isVisible()
    suggested = {lid: dialog.combo(lid).currentText() for lid in (PRESS, COMPETITORS, CLIENTS, TEAM, ROBOTICS)}
    assert suggested == {
        PRESS: "Journalists",
        COMPETITORS: "Competitors",
        CLIENTS: "Clients",
        TEAM: "Company",
        ROBOTICS: NOT_USED,  # a followed list that matches no group costs nothing unless the user wants it
    }
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Press (your list" in texts and "Robotics Watch (a list you follow" in texts
    dialog.combo(ROBOTICS).setCurrentText("Competitors")
    dialog.combo(TEAM).setCurrentText(NOT_USED)

    QTest.mouseClick(button(dialog, "use_groups"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: finished == [True], timeout=5000)
    assert list_sources(store) == {
        PRESS: "Journalists",
        COMPETITORS: "Competitors",
        CLIENTS: "Clients",
        ROBOTICS: "Competitors",
    }
    kinds = {s.kind for s in store.sources.all(ACCOUNT)}
    assert {SourceKind.HOME, SourceKind.MENTIONS} <= kinds
    assert [e.op for e in server.log] == [Op.OWNED_LISTS, Op.FOLLOWED_LISTS]
    runner.shutdown()


def test_later_applies_nothing_and_the_first_session_takes_the_suggestions(
    parent: QWidget, store: Store, backend: TweepyBackend
) -> None:
    finished: list[bool] = []
    maybe_run_first_run(
        parent, SourceBook(store, ACCOUNT, backend), ImmediateTaskRunner(), on_finished=lambda: finished.append(True)
    )
    dialog = parent.findChild(FirstRunDialog)
    assert isinstance(dialog, FirstRunDialog)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)  # Esc is "Later"
    assert finished == [True] and store.groups.all(ACCOUNT) == []
    ensure_default_sources(store, ACCOUNT, backend)  # what the first session does without groups
    assert list_sources(store)[TEAM] == "Company"


def test_an_account_with_groups_is_not_asked_again(
    parent: QWidget, store: Store, backend: TweepyBackend, server: FakeXServer
) -> None:
    ensure_default_sources(store, ACCOUNT, backend)
    server.log.clear()
    finished: list[bool] = []
    maybe_run_first_run(
        parent, SourceBook(store, ACCOUNT, backend), ImmediateTaskRunner(), on_finished=lambda: finished.append(True)
    )
    assert finished == [True] and parent.findChild(FirstRunDialog) is None
    assert len(server.log) == 0


def test_lists_that_could_not_be_read_are_offered_another_time(
    parent: QWidget, store: Store, backend: TweepyBackend, server: FakeXServer
) -> None:
    server.faults.add(Fault.UNAVAILABLE, path=re.compile(r"_lists$"), times=2)
    finished: list[bool] = []
    maybe_run_first_run(
        parent, SourceBook(store, ACCOUNT, backend), ImmediateTaskRunner(), on_finished=lambda: finished.append(True)
    )
    assert finished == [True] and parent.findChild(FirstRunDialog) is None
    assert store.groups.all(ACCOUNT) == []  # nothing decided for the user: the next attempt offers them

    server.faults.add(Fault.UNAVAILABLE, path=re.compile(r"/owned_lists$"))
    maybe_run_first_run(parent, SourceBook(store, ACCOUNT, backend), ImmediateTaskRunner())
    dialog = parent.findChild(FirstRunDialog)
    assert isinstance(dialog, FirstRunDialog)
    problems = dialog.findChild(QLabel, "problems")
    assert isinstance(problems, QLabel) and problems.text().startswith("Could not read your lists")
    assert dialog.mapping() == {}  # only the followed lists came, and none matches a group
    QTest.mouseClick(button(dialog, "use_groups"), Qt.MouseButton.LeftButton)
    assert list_sources(store) == {} and len(store.groups.all(ACCOUNT)) == 6
