"""Seen is read: a session driven by keys on the real SessionWindow and ReviewSession, against the fake X server,
with a hand-moved clock; then exactly the posts that were not read come back in the next session.

The rule (`core.reading`): a post is read once at least half of its row has been on screen, in the active window,
for its reading time (its words at 238 words a minute, at least one second), or at once when acted upon (Enter,
t, r, q, l, o). Posts only passed by, or never scrolled to, are not read.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from exec_desk.app.builder import build_session
from exec_desk.core.queue import QueueItem
from exec_desk.core.reading import FLOOR_SECONDS, reading_seconds, visible_enough, word_count
from exec_desk.fakex import FakeXServer
from exec_desk.services.clock import ManualClock
from exec_desk.services.session.engine import ReviewSession
from exec_desk.services.sources import ensure_default_sources
from exec_desk.storage.ledger import Ledger
from exec_desk.storage.settings import Settings
from exec_desk.storage.store import Store
from exec_desk.ui.session.window import DETAIL_PAGE, LIST_PAGE, SUMMARY_PAGE, SessionWindow
from exec_desk.ui.timeline.model import Role
from tests.support.fake_world import manual_clock, oauth2_backend, running_server, store_with_account
from tests.support.runners import ImmediateTaskRunner

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

ACCOUNT = "me"


@pytest.fixture
def clock() -> ManualClock:
    return manual_clock()


@pytest.fixture
def server(clock: ManualClock) -> Iterator[FakeXServer]:
    with running_server(clock, seed=3) as running:
        yield running


@pytest.fixture
def store(server: FakeXServer, clock: ManualClock) -> Iterator[Store]:
    with store_with_account(server, clock, ACCOUNT) as opened:
        yield opened


class Rig:
    def __init__(self, server: FakeXServer, store: Store, clock: ManualClock, tmp_path: Path) -> None:
        self.store, self.clock = store, clock
        self.ledger = Ledger(store)
        self.backend = oauth2_backend(server, self.ledger, clock, ACCOUNT, timeout=(5.0, 1.0))
        self.settings = Settings(tmp_path / "settings.json", env={})
        ensure_default_sources(store, ACCOUNT, self.backend)
        # No quotas and room for every cached post: the next session can show every unread post, so which ones
        # come back depends on the reading rule only (not on newer posts taking a group's places).
        self.settings.set("session_cap", 200)
        for group in store.groups.all(ACCOUNT):
            store.groups.update(replace(group, quota=0))
        clock.advance(1)

    def session(self) -> ReviewSession:
        return build_session(
            self.store,
            self.backend,
            self.ledger,
            ImmediateTaskRunner(),
            self.settings,
            ACCOUNT,
            self.clock,
            self.clock.timer,
        )


@pytest.fixture
def rig(server: FakeXServer, store: Store, clock: ManualClock, tmp_path: Path) -> Rig:
    return Rig(server, store, clock, tmp_path)


def on_screen(window: SessionWindow) -> list[str]:
    """The posts with at least half of their row inside the list's viewport, computed here from the geometry."""
    view, area = window.view, window.view.viewport().rect()
    shown = []
    for row in range(window.proxy.rowCount()):
        index = window.proxy.index(row, 0)
        rect = view.visualRect(index)
        if visible_enough(rect.top(), rect.bottom() + 1, area.top(), area.bottom() + 1):
            shown.append(str(index.data(Role.POST_ID)))
    return shown


def needs(items: dict[str, QueueItem], ids: list[str]) -> float:
    def seconds(item: QueueItem) -> float:
        return reading_seconds(item.post.text, item.quoted.text if item.quoted is not None else "")

    return max(seconds(items[i]) for i in ids)


def test_only_posts_on_screen_long_enough_or_acted_upon_are_read(rig: Rig, qtbot: QtBot) -> None:
    clock, store = rig.clock, rig.store
    session = rig.session()
    window = SessionWindow(session, clock=clock, timers=clock.timer)
    qtbot.addWidget(window)
    window.resize(720, 640)
    session.start()
    clock.advance(4)  # the first fetches settle while the window is not shown yet: nothing is on screen
    first = {i.post.id: i for i in session.items()}
    assert len(first) >= 20
    assert store.reads.filter_unread(ACCOUNT, list(first)) == list(first)

    with qtbot.waitActive(window):
        window.show()
    window.view.setFocus()

    def key(k: str | Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        if isinstance(k, str):
            QTest.keyClicks(window.view, k, modifier)
        else:
            QTest.keyClick(window.view, k, modifier)

    top = on_screen(window)
    assert 2 <= len(top) < len(first)
    clock.advance(FLOOR_SECONDS - 0.1)  # under a second on screen: nothing is read yet
    assert session.items() and store.reads.filter_unread(ACCOUNT, list(first)) == list(first)

    clock.advance(needs(first, top))  # long enough for every post of the first screen
    read = set(top)
    assert set(first) - set(store.reads.filter_unread(ACCOUNT, list(first))) == read

    key(Qt.Key.Key_Space)  # to the bottom of the page (as Page Down does), then a page further
    key(Qt.Key.Key_Space)
    passed = on_screen(window)
    assert passed and not set(passed) <= read
    clock.advance(0.5)
    key(Qt.Key.Key_Space)  # half a second later, two pages further: some posts only flew by
    key(Qt.Key.Key_Space)
    flew_by = set(passed) - read - set(on_screen(window))
    assert flew_by
    clock.advance(0.5)  # those on screen now have had half a second: not read either
    target = str(window.view.currentIndex().data(Role.POST_ID))
    assert target not in read and word_count(first[target].post.text) > 4  # it needs more than a second
    key(Qt.Key.Key_Return)  # opened: acted upon, read at once
    assert window.stack.currentIndex() == DETAIL_PAGE
    read.add(target)
    clock.advance(0.5)
    key(Qt.Key.Key_Escape)
    assert window.stack.currentIndex() == LIST_PAGE
    key("E", Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == SUMMARY_PAGE and window.summary is not None

    unread = [i for i in first if i not in read]
    assert flew_by <= set(unread) and len(unread) > len(flew_by)  # and those never scrolled to
    assert store.reads.filter_unread(ACCOUNT, list(first)) == unread
    assert window.summary.read_count == len(read) and window.summary.shown_count == len(first)
    others = len(first) - len(read)
    assert window.summary_view.value_text("read") == str(len(read))
    assert f"The {others} other posts come back in your next session." in window.summary_view.subtitle.text()

    clock.advance(30)
    second = rig.session()  # the next session, a new engine: what was read comes from the store
    second.start()
    clock.advance(4)
    # Each item stands for its post and those folded into it (the same link, a retweet and its original).
    again = {member for i in second.items() for member in second.members(i.post.id)}
    waiting = {i.post.id for i in second.items() if i.post.id in read and i.attention.respond_by is not None}
    # Exactly the posts not read come back, and of the read ones only the mentions still waiting for an answer.
    assert again & set(first) == set(unread) | waiting
    second.end()
