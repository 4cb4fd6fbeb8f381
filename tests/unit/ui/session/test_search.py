"""Search in a session finds words: whole words and their starts, case and accents aside; the header counts what
the filter shows. Driven by keys on the real SessionWindow (a scripted session underneath)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from exec_desk.core.models import User
from exec_desk.core.search import fold, matches, query_words, words
from exec_desk.ui.session.window import SessionWindow
from exec_desk.ui.timeline.model import Role
from tests.support.session_fakes import FakeSession, clock, make_item

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

TEXTS = [
    "Warehouse automation is the theme of the week at the Lyon fair.",  # 100: "automation" holds "tom"
    "Tom Valmont joins the board of Northwind.",  # 101
    "L'École polytechnique ouvre un master en robotique.",  # 102
    "Quarterly numbers are out: revenue up 12%.",  # 103
    "valmont capital backs a new fund for industrial AI.",  # 104
    "Great panel with Tomás on supply chains.",  # 105
    "Board meeting notes, nothing to see here.",  # 106
    "Automated trading desks: the next wave?",  # 107
    "Our new office in Zürich opens on Monday.",  # 108
]


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[SessionWindow]:
    items = [make_item(n, post=replace(make_item(n).post, text=text)) for n, text in enumerate(TEXTS)]
    items[6] = replace(items[6], author=User("99", "Tom Reyes", "treyes"))
    session = FakeSession(items)
    window = SessionWindow(session, clock=clock)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
    window.view.setFocus()
    yield window


def shown_ids(window: SessionWindow) -> list[str]:
    return [str(window.proxy.index(r, 0).data(Role.POST_ID)) for r in range(window.proxy.rowCount())]


def search(window: SessionWindow, text: str) -> None:
    """Type `text` into the search field the way a user does: "/" first, then the keys."""
    QTest.keyClicks(window.view, "/")
    assert window.search.hasFocus()
    QTest.keyClick(window.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window.search, Qt.Key.Key_Delete)
    QTest.keyClicks(window.search, text)


def test_whole_words_and_word_starts_never_inside_a_word(window: SessionWindow) -> None:
    search(window, "Tom")
    # Tom Valmont, Tomás and the author Tom Reyes; not "automation" (100) nor "Automated" (107).
    assert shown_ids(window) == ["101", "105", "106"]
    assert window.header.counts.text() == "Post 1 of 3 · 3 of 9 posts"
    QTest.keyClick(window.search, Qt.Key.Key_Return)  # back to the list
    QTest.keyClicks(window.view, "j")
    assert window.header.counts.text() == "Post 2 of 3 · 3 of 9 posts"


def test_case_and_accents_are_folded_both_ways(window: SessionWindow) -> None:
    search(window, "Valmont")
    assert shown_ids(window) == ["101", "104"]  # "Valmont" and "valmont"
    search(window, "ecole")
    assert shown_ids(window) == ["102"]  # "L'École"
    search(window, "ZURICH")
    assert shown_ids(window) == ["108"]
    search(window, "automat")
    assert shown_ids(window) == ["100", "107"]
    current = shown_ids(window).index(str(window.view.currentIndex().data(Role.POST_ID))) + 1
    assert window.header.counts.text() == f"Post {current} of 2 · 2 of 9 posts"


def test_every_word_must_match_and_no_match_says_so(window: SessionWindow) -> None:
    search(window, "board tom")
    assert shown_ids(window) == ["101", "106"]
    search(window, "board zurich")
    assert shown_ids(window) == []
    assert window.header.counts.text() == "0 of 9 posts"
    assert "No post of this session matches “board zurich”" in window.view.filtered_placeholder
    window.search.clear()
    assert len(shown_ids(window)) == 9
    assert window.header.counts.text() == "Post 1 of 9 · 9 posts"


def test_folding_rules() -> None:
    assert fold("École Ünïcode Straße") == "ecole unicode strasse"
    assert words("@jweber: L'École, #AIAct!") == ("jweber", "l", "ecole", "aiact")
    assert query_words("tom TOM  Tom") == ("tom",)
    assert matches(("tom",), words("Tomás"))
    assert not matches(("tom",), words("automation"))
    assert matches((), words("anything"))
