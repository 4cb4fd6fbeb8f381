"""The timeline model: rows, roles, live state, grouping and the filter in front of it."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from exec_desk.core.queue import ActionState
from exec_desk.core.signal.reasons import Attention, Reason
from exec_desk.ui.timeline.model import (
    Role,
    TimelineFilter,
    TimelineModel,
    format_age,
    signals_text,
    state_text,
    why_text,
)
from tests.support.session_fakes import NOW, FakeSession, clock, make_item, sample_items


def test_rows_and_roles_mirror_the_session(qtmodeltester: ModelTester) -> None:
    session = FakeSession(sample_items(3))
    model = TimelineModel(session, clock)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    index = model.index(0)
    item = session.items()[0]
    assert index.data(Role.ITEM) is item
    assert index.data(Role.POST_ID) == "100"
    assert index.data(Role.AUTHOR_NAME) == "Maya Chen"
    assert index.data(Role.USERNAME) == "mayachen_tech"
    assert index.data(Role.AGE) == "3 min"
    assert index.data(Role.GROUP_NAME) == "Journalists"
    assert index.data(Role.GROUP_ID) == 1
    assert index.data(Role.REASON) == "Journalists · list Tech press"
    assert index.data(Role.RETWEETED_BY) == "Retweeted by Jonas Weber and Northwind Robotics"
    assert index.data(Role.METRICS_TEXT).startswith("3 replies   12 retweets   140 likes")
    assert index.data(Role.URL) == "https://x.com/mayachen_tech/status/100"
    assert index.data(Role.AVATAR_URL) == "http://127.0.0.1/avatars/11.png"
    assert index.data(Role.STATE) == "none" and index.data(Role.STATE_TEXT) == ""
    assert index.data(Qt.ItemDataRole.DisplayRole).startswith("Maya Chen: Exclusive")
    assert b"post_id" in model.roleNames()[int(Role.POST_ID)].data()


def test_appended_items_become_rows_once(qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    session = FakeSession(sample_items(2))
    model = TimelineModel(session, clock)
    qtmodeltester.check(model)
    with qtbot.waitSignal(model.groups_changed, timeout=0):
        session.append([make_item(2), make_item(3)])
    session.append([make_item(3)])  # already there: ignored
    assert [model.index(r).data(Role.POST_ID) for r in range(model.rowCount())] == ["100", "101", "102", "103"]
    assert model.groups() == [(1, "Journalists"), (2, "Competitors"), (3, "Clients")]
    assert model.row_of("103") == 3


def test_item_changed_emits_data_changed_for_that_row_synchronously() -> None:
    session = FakeSession(sample_items(3))
    model = TimelineModel(session, clock)
    changed: list[int] = []
    model.dataChanged.connect(lambda top, bottom, _roles: changed.extend(range(top.row(), bottom.row() + 1)))
    session.retweet("101")
    assert changed == [1]  # no event loop turn in between: the view repaints this row in the next frame
    assert model.index(1).data(Role.STATE) == "pending"
    assert model.index(1).data(Role.STATE_TEXT) == "Retweeted · Pending… (U to undo)"


def test_state_words() -> None:
    assert state_text(ActionState.DONE, None) == "Retweeted"
    assert state_text(ActionState.FAILED, "X is down", retry_key="X") == "Retweet failed — press X to retry (X is down)"
    assert state_text(ActionState.NONE, None) == ""
    assert state_text(ActionState.FORBIDDEN, "Protected account") == "Cannot retweet: Protected account"


def test_ages() -> None:
    assert format_age(NOW - timedelta(seconds=20), NOW) == "now"
    assert format_age(NOW - timedelta(minutes=3), NOW) == "3 min"
    assert format_age(NOW - timedelta(hours=2, minutes=5), NOW) == "2 h"
    assert format_age(NOW - timedelta(days=3), NOW) == "3 d"
    assert format_age(NOW - timedelta(days=30), NOW) == "27 Oct"


def test_filter_by_group_and_words(qtmodeltester: ModelTester) -> None:
    session = FakeSession(sample_items(5))
    proxy = TimelineFilter()
    proxy.setSourceModel(TimelineModel(session, clock, proxy))
    qtmodeltester.check(proxy)
    proxy.set_group(1)
    assert [proxy.index(r, 0).data(Role.POST_ID) for r in range(proxy.rowCount())] == ["100", "101"]
    proxy.set_search("cfos")
    assert [proxy.index(r, 0).data(Role.POST_ID) for r in range(proxy.rowCount())] == ["101"]
    proxy.set_group(None)
    proxy.set_search("northwind")  # in the text of 102, the author's name of 103
    assert [proxy.index(r, 0).data(Role.POST_ID) for r in range(proxy.rowCount())] == ["102", "103"]
    proxy.set_search("")
    assert proxy.rowCount() == 5


def test_a_model_made_after_the_session_ended_does_not_show_its_read_queue() -> None:
    session = FakeSession(sample_items(3))
    session.end()
    model = TimelineModel(session, clock)  # the next session's window, made before that session starts
    assert model.rowCount() == 0
    session.restart(sample_items(2))
    assert model.rowCount() == 2


def test_the_footnote_leaves_out_a_reason_the_signals_already_give() -> None:
    """ "mentions you" above the text and "Why: Mentions you" below it read as a glitch: the footnote keeps only
    the folded count when the item has signals."""
    plain = make_item(0, duplicates=2)
    signalled = make_item(0, duplicates=2, attention=Attention(reasons=(Reason.MENTIONS_YOU,)))
    assert why_text(plain).startswith("Why: ") and why_text(plain).endswith("2 similar posts folded in")
    assert why_text(signalled) == "2 similar posts folded in"
    assert signals_text(signalled, NOW) == "mentions you"
