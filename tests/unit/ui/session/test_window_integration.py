"""The session window on the real ReviewSession, against the fake X server: a whole session by keyboard.

Open, move, retweet, undo, retweet again, undo with Ctrl+Z, retweet, let the undo window close, end; then the
server's request log holds exactly the reads of the sources and one retweet, and the summary shows the ledger's
cost of the session.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from exec_desk.app.builder import build_session
from exec_desk.backends.tweepy.backend import TweepyBackend
from exec_desk.core.pricing import format_usd
from exec_desk.core.queue import ActionState
from exec_desk.fakex import FakeXServer
from exec_desk.fakex.prices import Op
from exec_desk.services.clock import ManualClock
from exec_desk.services.session.engine import ReviewSession
from exec_desk.services.sources import ensure_default_sources
from exec_desk.storage.ledger import Ledger
from exec_desk.storage.settings import Settings
from exec_desk.storage.store import Store
from exec_desk.ui.session.window import SUMMARY_PAGE, SessionWindow
from exec_desk.ui.timeline.model import Role
from tests.support.fake_world import ACCOUNT
from tests.support.runners import ImmediateTaskRunner

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

RETWEETS = "/2/users/1000/retweets"


@pytest.fixture
def session(
    server: FakeXServer,
    store: Store,
    ledger: Ledger,
    backend: TweepyBackend,
    settings: Settings,
    clock: ManualClock,
) -> ReviewSession:
    ensure_default_sources(store, ACCOUNT, backend)
    clock.advance(1)  # the first-run requests belong to no session
    server.log.clear()
    runner = ImmediateTaskRunner()
    return build_session(store, backend, ledger, runner, settings, ACCOUNT, clock, clock.timer)


def test_a_whole_session_by_keyboard_against_the_fake_server(
    session: ReviewSession, server: FakeXServer, clock: ManualClock, qtbot: QtBot
) -> None:
    opened: list[str] = []

    def opener(url: QUrl) -> bool:
        opened.append(QUrl(url).toString())
        return True

    window = SessionWindow(session, clock=clock, opener=opener)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
    window.view.setFocus()
    session.start()
    assert window.model.rowCount() == len(session.items()) >= 20
    assert window.countdown.text() == "5:00"

    def key(k: str | Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        if isinstance(k, str):
            QTest.keyClicks(window.view, k, modifier)  # a character: keyClicks presses it as keyClick would
        else:
            QTest.keyClick(window.view, k, modifier)

    def current() -> str:
        return str(window.view.currentIndex().data(Role.POST_ID))

    key("j")
    key("k")
    retweeted_before = {post for user, post in server.world.retweets if user == server.world.user_id}
    while int(current()) in retweeted_before:  # a post the user has not retweeted on this fake X
        key("j")
    target = current()
    key("t")
    assert session.state_of(target) is ActionState.PENDING
    assert window.view.currentIndex().data(Role.STATE_TEXT).startswith("Retweeted")
    key("u")
    assert session.state_of(target) is ActionState.NONE
    key("t")
    key("Z", Qt.KeyboardModifier.ControlModifier)
    assert session.state_of(target) is ActionState.NONE
    key("t")
    key("t")  # pressed twice: still one retweet
    clock.advance(8)  # the undo window closes: the outbox sends it
    assert session.state_of(target) is ActionState.DONE
    assert window.view.currentIndex().data(Role.STATE_TEXT) == "Retweeted"
    key("u")
    assert window.status.text() == "Too late to undo: the retweet has been sent."
    key("E", Qt.KeyboardModifier.ControlModifier)

    assert window.stack.currentIndex() == SUMMARY_PAGE
    assert window.summary is not None
    retweets = [(e.method, e.path, e.status) for e in server.log if e.op == Op.RETWEET]
    assert retweets == [("POST", RETWEETS, 200)]
    assert [e for e in server.log if e.op == Op.UNRETWEET] == []
    reads = [e for e in server.log if e.op not in (Op.RETWEET, Op.USERS)]  # and the authors the cache lacked
    assert len(reads) == 6 and {e.op for e in reads} == {Op.HOME_TIMELINE, Op.MENTIONS, Op.LIST_POSTS}
    assert len(server.log) == 1 + 6 + len([e for e in server.log if e.op == Op.USERS])
    assert window.summary.amplified_count == 1
    assert window.summary.cost_micro > 15_000
    assert window.summary_view.value_text("cost") == format_usd(window.summary.cost_micro)
    assert window.summary_view.value_text("amplified") == "1"
    assert opened == []
