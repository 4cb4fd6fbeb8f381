"""The session window driven by the keyboard against a fake session: moves, retweets, undo, gated actions, end."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from exec_desk.core.queue import ActionState
from exec_desk.core.signal.reasons import Attention, Level, Reason
from exec_desk.ui.session.window import DETAIL_PAGE, LIST_PAGE, SUMMARY_PAGE, SessionWindow
from exec_desk.ui.timeline.model import Role
from tests.support.session_fakes import (
    LIKE_REFUSED,
    QUOTE_REFUSED,
    REPLY_REFUSED,
    FakeSession,
    clock,
    make_item,
    sample_items,
)

# The offscreen platform says this when a top-level window is shown; it is not a problem of ours.
OFFSCREEN_NOTE = r"This plugin does not support propagateSizeHints\(\)"
pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOTE)


@dataclass
class Opener:
    urls: list[str] = field(default_factory=list)

    def __call__(self, url: QUrl) -> bool:
        self.urls.append(url.toString())
        return True


@dataclass
class Desk:
    window: SessionWindow
    session: FakeSession
    opener: Opener

    def key(self, key: Qt.Key | str, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        if isinstance(key, str):
            QTest.keyClicks(self.window.view, key, modifier)  # a character: keyClicks presses it as keyClick would
        else:
            QTest.keyClick(self.window.view, key, modifier)

    def current(self) -> str:
        return str(self.window.view.currentIndex().data(Role.POST_ID))


@pytest.fixture
def desk(qtbot: QtBot) -> Iterator[Desk]:
    session = FakeSession(sample_items(5))
    opener = Opener()
    window = SessionWindow(session, clock=clock, opener=opener)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
    window.view.setFocus()
    yield Desk(window, session, opener)


def test_opens_on_the_first_post_without_marking_it_read(desk: Desk) -> None:
    assert desk.current() == "100"
    assert desk.session.names("mark_seen") == []  # selected is not read: on screen long enough, or acted upon
    assert desk.window.countdown.text() == "5:00"


def test_whole_session_by_keyboard(desk: Desk) -> None:
    s = desk.session
    desk.key("j")
    desk.key("j")
    desk.key("k")
    assert desk.current() == "101"
    desk.key(Qt.Key.Key_Down)
    desk.key(Qt.Key.Key_Up)
    assert desk.current() == "101"
    desk.key("t")
    assert s.state_of("101") == ActionState.PENDING
    assert desk.window.view.currentIndex().data(Role.STATE_TEXT).startswith("Retweeted")
    desk.key("t")  # already retweeted: never twice
    desk.key("u")
    assert s.state_of("101") == ActionState.NONE
    desk.key("t")
    desk.key("Z", Qt.KeyboardModifier.ControlModifier)
    desk.key("t")
    desk.key("E", Qt.KeyboardModifier.ControlModifier)
    assert [c for c in s.calls if c[0] != "mark_seen"] == [
        ("retweet", "101"),
        ("undo", "101"),
        ("retweet", "101"),
        ("undo", "101"),
        ("retweet", "101"),
        ("end",),
    ]
    assert s.names("mark_seen") == ["101"] * 4  # each "t" acts upon the post; moving reads nothing
    assert desk.window.stack.currentIndex() == SUMMARY_PAGE
    assert desk.window.summary_view.value_text("cost") == "$0.045"
    assert desk.window.summary_view.value_text("amplified") == "1"


def test_retweet_shows_in_the_same_frame(desk: Desk) -> None:
    changed: list[int] = []
    desk.window.proxy.dataChanged.connect(lambda top, _bottom, _roles: changed.append(top.row()))
    desk.key("t")  # no event-loop turn: the row is already marked dirty and its text already says so
    assert changed == [0]
    assert desk.window.shortcuts.action("retweet").text() == "Retweeted"
    assert "U to undo" in desk.window.status.text()


def test_undo_reaches_the_latest_pending_retweet_from_another_post(desk: Desk) -> None:
    desk.key("t")
    desk.key("j")
    desk.key("u")
    assert desk.session.names("undo") == ["100"]
    assert desk.window.status.text() == "Retweet undone — nothing was sent."
    desk.key("u")
    assert desk.window.status.text() == "Nothing to undo."


def test_too_late_to_undo_says_so(desk: Desk) -> None:
    desk.session.undo_open = False
    desk.key("t")
    desk.key("u")
    assert desk.window.status.text() == "Too late to undo: the retweet has been sent."


def test_a_failed_retweet_shows_and_t_retries(desk: Desk) -> None:
    desk.session.set_state("100", ActionState.FAILED, "X did not answer")
    index = desk.window.view.currentIndex()
    assert index.data(Role.STATE_TEXT) == "Retweet failed — press T to retry (X did not answer)"
    assert desk.window.shortcuts.action("retweet").text() == "Retry retweet"
    desk.key("t")
    assert desk.session.names("retry") == ["100"]
    assert desk.session.names("retweet") == []


def test_forbidden_actions_open_x_with_the_reason(desk: Desk) -> None:
    w = desk.window
    like, quote, reply = (w.shortcuts.action(a) for a in ("like", "quote", "reply"))
    assert like.text() == "Like on x.com ↗" and LIKE_REFUSED in like.toolTip()
    assert quote.text() == "Quote on x.com ↗"
    assert reply.text() == "Reply on x.com ↗"  # post 100 does not mention the user
    assert w.reasons.text().split("\n") == [LIKE_REFUSED, REPLY_REFUSED, QUOTE_REFUSED]
    assert not w.reasons.isHidden()
    desk.key("l")
    assert desk.opener.urls == ["https://x.com/mayachen_tech/status/100"]
    assert w.status.text() == LIKE_REFUSED


def test_allowed_reply_and_quote_ask_for_the_composer(desk: Desk, qtbot: QtBot) -> None:
    desk.session.forbidden = {}
    desk.key("j")  # post 101 mentions @ceo: replying is allowed
    assert desk.window.shortcuts.action("reply").text() == "Reply"
    with qtbot.waitSignal(desk.window.compose_requested, timeout=0) as reply:
        desk.key("r")
    assert reply.args == ["101", None]
    with qtbot.waitSignal(desk.window.compose_requested, timeout=0) as quote:
        desk.key("q")
    assert quote.args == [None, "101"]
    with qtbot.waitSignal(desk.window.compose_requested, timeout=0) as new:
        desk.key("N", Qt.KeyboardModifier.ControlModifier)
    assert new.args == [None, None]
    with qtbot.waitSignal(desk.window.like_requested, timeout=0) as like:
        desk.key("l")
    assert like.args == ["101"]
    assert desk.opener.urls == []


def test_enter_opens_the_thread_and_esc_closes_it_then_hides(desk: Desk, qtbot: QtBot) -> None:
    w = desk.window
    desk.key("j")
    desk.key(Qt.Key.Key_Return)
    assert w.stack.currentIndex() == DETAIL_PAGE
    assert "Spoke with three CFOs" in w.detail.text()
    desk.key("j")  # the detail follows the current post
    assert "Northwind ships" in w.detail.text()
    desk.key(Qt.Key.Key_Escape)
    assert w.stack.currentIndex() == LIST_PAGE and w.isVisible()
    with qtbot.waitSignal(w.hidden, timeout=0):
        desk.key(Qt.Key.Key_Escape)
    assert not w.isVisible()
    assert ("end",) not in desk.session.calls  # hiding does not end the session


def test_o_opens_the_post_on_x(desk: Desk) -> None:
    desk.key("o")
    assert desk.opener.urls == ["https://x.com/mayachen_tech/status/100"]


def test_single_keys_type_into_the_search_field(desk: Desk) -> None:
    w = desk.window
    desk.key("/")
    assert w.search.hasFocus()
    QTest.keyClick(w.search, Qt.Key.Key_Down)  # before typing: every post is still listed
    QTest.keyClick(w.search, Qt.Key.Key_Space)
    QTest.keyClicks(w.search, "jtk")
    assert w.search.text() == " jtk"
    assert desk.session.names("retweet") == []  # "t" typed, not a retweet
    assert desk.session.names("mark_seen") == []  # "j", "k" and Down went into the field
    QTest.keyClick(w.search, Qt.Key.Key_Escape)  # leaves the field, does not hide the window
    assert w.view.hasFocus() and w.isVisible()


def test_search_and_group_filters(desk: Desk) -> None:
    w = desk.window
    desk.key("]")
    assert w.group_combo.currentText() == "Journalists"
    assert w.proxy.rowCount() == 2
    desk.key("[")
    assert w.group_combo.currentText() == "All groups" and w.proxy.rowCount() == 5
    w.search.setText("lisbon")
    assert w.proxy.rowCount() == 1 and desk.current() == "103"


def test_space_pages_down_and_reads_nothing_it_passed(desk: Desk) -> None:
    desk.window.resize(760, 400)
    desk.key(Qt.Key.Key_Space)
    assert int(desk.current()) > 100
    assert desk.session.names("mark_seen") == []  # passed by, not read (see test_session_reading.py)


def test_help_overlay_lists_every_shortcut(desk: Desk) -> None:
    w = desk.window
    desk.key("?")
    assert w.help.isVisible()
    lines = dict((desc, keys) for keys, desc in w.help.lines())
    assert lines["Retweet, or retry a failed one"] == "T"
    assert lines["Undo a pending retweet"] == "U / Ctrl+Z"
    assert len(lines) == len(w.shortcuts.specs())
    desk.key(Qt.Key.Key_Escape)
    assert not w.help.isVisible() and w.isVisible()


def test_countdown_extend_and_items_arriving(desk: Desk) -> None:
    w = desk.window
    desk.session.count_down(61)
    assert w.countdown.text() == "3:59"
    desk.key("+")
    assert desk.session.calls[-1] == ("extend", "None")
    assert w.countdown.text() == "5:59"
    w.header.extend_button.click()
    assert w.countdown.text() == "7:59"


def test_buttons_and_context_menu_carry_the_same_actions(desk: Desk) -> None:
    from PySide6.QtWidgets import QToolButton

    w = desk.window
    button = w.findChild(QToolButton, "button_retweet")
    assert button is not None and button.defaultAction() is w.shortcuts.action("retweet")
    button.click()
    assert desk.session.names("retweet") == ["100"]
    from exec_desk.ui.session.actions import ITEM_ACTIONS, item_menu

    menu = item_menu(w.shortcuts, w)
    assert [a.objectName() for a in menu.actions()] == [f"action_{a}" for a in ITEM_ACTIONS]
    more = w.findChild(QToolButton, "button_more")
    assert more is not None and more.menu() is not None
    in_menu = {a.objectName() for a in more.menu().actions() if not a.isSeparator()}
    assert in_menu == {f"action_{spec.id}" for spec in w.shortcuts.specs()}  # every action has a menu entry


def test_end_button_shows_the_summary_and_close_hides(desk: Desk, qtbot: QtBot) -> None:
    w = desk.window
    w.header.end_button.click()
    assert w.stack.currentIndex() == SUMMARY_PAGE
    assert not w.shortcuts.action("retweet").isEnabled()
    with qtbot.waitSignal(w.continue_requested, timeout=0):
        w.summary_view.extend_button.click()  # the session is over: the app decides
    with qtbot.waitSignal(w.hidden, timeout=0):
        w.summary_view.close_button.click()


def test_the_next_session_on_the_same_engine_starts_from_a_clean_list(desk: Desk) -> None:
    w = desk.window
    desk.key("t")
    desk.key("E", Qt.KeyboardModifier.ControlModifier)
    assert w.stack.currentIndex() == SUMMARY_PAGE and w.header.end_button.isHidden()
    desk.session.restart([make_item(7), make_item(8)])
    assert w.stack.currentIndex() == LIST_PAGE
    assert not w.filters.isHidden() and not w.action_row.isHidden() and not w.header.end_button.isHidden()
    assert [w.proxy.index(r, 0).data(Role.POST_ID) for r in range(w.proxy.rowCount())] == ["107", "108"]
    assert desk.current() == "107" and w.countdown.text() == "5:00"
    assert w.shortcuts.action("retweet").isEnabled() and w.shortcuts.action("retweet").text() == "Retweet"


def test_shifted_symbols_work_as_typed_on_a_keyboard(desk: Desk) -> None:
    desk.key(Qt.Key.Key_Question, Qt.KeyboardModifier.ShiftModifier)  # "?" is Shift+/ on most layouts
    assert desk.window.help.isVisible()
    desk.key(Qt.Key.Key_Question, Qt.KeyboardModifier.ShiftModifier)
    assert not desk.window.help.isVisible()
    desk.key(Qt.Key.Key_Plus, Qt.KeyboardModifier.ShiftModifier)
    assert desk.session.calls[-1] == ("extend", "None")
    desk.key(Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert desk.window.stack.currentIndex() == DETAIL_PAGE


def test_the_detail_says_why_in_the_rows_words(qtbot: QtBot) -> None:
    """A client's mention with a response clock: its row says "mentions you · client · reply by …"; the detail
    (Enter) said only the source's "Mentions you". It now says what the row says."""
    due = clock() + timedelta(hours=3)
    clocked = make_item(0, attention=Attention((Reason.MENTIONS_YOU, Reason.CLIENT), Level.CLOCK, due))
    window = SessionWindow(FakeSession([clocked, *sample_items(2)[1:]]), clock=clock, opener=Opener())
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
    window.view.setFocus()
    row = str(window.view.currentIndex().data(Role.SIGNALS))
    assert "client" in row and "reply by" in row
    QTest.keyClick(window.view, Qt.Key.Key_Return)
    assert window.stack.currentIndex() == DETAIL_PAGE
    shown = window.detail.text().replace("\u202f", " ")  # the HTML view gives back a narrow space as a space
    assert f"Why it is here: {row.replace(chr(0x202F), ' ')}" in shown
