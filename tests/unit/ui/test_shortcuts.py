"""Shortcut declarations, collisions and rebinding through the "shortcuts" setting."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from exec_desk.core.queue import ActionState
from exec_desk.storage.settings import Settings
from exec_desk.ui.session.window import SessionWindow
from exec_desk.ui.shortcuts import (
    DEFAULT_SHORTCUTS,
    ShortcutError,
    ShortcutRegistry,
    find_collisions,
    is_single_key,
    parse_keys,
    resolve_bindings,
    save_binding,
)
from exec_desk.ui.timeline.model import Role
from tests.support.session_fakes import FakeSession, clock, sample_items

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def test_default_shortcuts_do_not_collide() -> None:
    bindings = resolve_bindings({})
    pages = {s.id: s.page for s in DEFAULT_SHORTCUTS}
    assert find_collisions(bindings, pages) == []
    assert find_collisions(bindings) == [("X", "dismiss", "reject")]  # the one key shared by two pages
    assert len({s.id for s in DEFAULT_SHORTCUTS}) == len(DEFAULT_SHORTCUTS)
    every_key = [k.toString() for action, keys in bindings.items() for k in keys if action != "reject"]
    assert len(every_key) == len(set(every_key))
    assert {"J", "K", "T", "U", "Ctrl+Z", "L", "R", "Q", "N", "Ctrl+N", "Return", "O", "Space", "?", "Esc"} <= set(
        every_key
    )


def test_collision_finder_sees_a_shared_key_and_a_chord_prefix() -> None:
    seq = QKeySequence.fromString
    assert find_collisions({"a": (seq("T"),), "b": (seq("T"),)}) == [("T", "a", "b")]
    assert find_collisions({"a": (seq("Ctrl+K"),), "b": (seq("Ctrl+K, Ctrl+C"),)}) == [("Ctrl+K", "a", "b")]
    assert find_collisions({"a": (seq("T"), seq("Y")), "b": (seq("Shift+T"),)}) == []
    # actions of two different pages never work at once: x dismisses a post, and rejects a proposal of the team
    assert find_collisions({"a": (seq("X"),), "b": (seq("X"),)}, {"a": "post", "b": "deck"}) == []
    assert find_collisions({"a": (seq("X"),), "b": (seq("X"),)}, {"a": "post", "b": ""}) == [("X", "a", "b")]
    assert resolve_bindings({})["dismiss"] == resolve_bindings({})["reject"]


def test_parse_keys() -> None:
    assert [k.toString() for k in parse_keys("U; Ctrl+Z")] == ["U", "Ctrl+Z"]
    assert parse_keys("") == ()
    with pytest.raises(ShortcutError, match=re.escape("“Ctrl+Banana” is not a key Exec Desk understands")):
        parse_keys("Ctrl+Banana")
    assert is_single_key(QKeySequence("T")) and is_single_key(QKeySequence("Shift+Space"))
    assert not is_single_key(QKeySequence("Ctrl+Z"))


def test_resolve_refuses_unknown_actions_and_collisions_with_plain_words() -> None:
    with pytest.raises(ShortcutError, match="no action named “fly”"):
        resolve_bindings({"fly": "F"})
    with pytest.raises(ShortcutError) as caught:
        resolve_bindings({"retweet": "R"})
    assert str(caught.value) == "The key R cannot do two things: “Retweet” and “Reply”. Choose another key."
    assert resolve_bindings({"retweet": "W", "reply": ""})["reply"] == ()


def test_save_binding_refuses_a_collision_and_saves_nothing(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.json")
    with pytest.raises(ShortcutError, match="cannot do two things"):
        save_binding(settings, "retweet", "R")
    assert settings.get("shortcuts") == {}
    assert not (tmp_path / "settings.json").exists()
    save_binding(settings, "retweet", "W")
    assert settings.get("shortcuts") == {"retweet": "W"}


def _window(qtbot: QtBot, settings: Settings, session: FakeSession) -> SessionWindow:
    window = SessionWindow(session, clock=clock, settings=settings, opener=lambda _url: True)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
    window.view.setFocus()
    return window


def test_rebinding_through_settings_takes_effect_at_once(qtbot: QtBot, settings: Settings) -> None:
    session = FakeSession(sample_items(3))
    window = _window(qtbot, settings, session)
    save_binding(settings, "retweet", "W")  # (x rejects a proposal of the team, and dismisses a post)
    QTest.keyClicks(window.view, "t")
    assert session.names("retweet") == []
    QTest.keyClicks(window.view, "w")
    assert session.names("retweet") == ["100"]
    session.set_state("100", ActionState.FAILED, "timeout")
    assert "press W to retry" in window.view.currentIndex().data(Role.STATE_TEXT)
    assert window.help.lines()[7] == ("W", "Retweet, or retry a failed one")


def test_a_colliding_setting_keeps_the_keys_and_says_why(qtbot: QtBot, settings: Settings) -> None:
    session = FakeSession(sample_items(3))
    window = _window(qtbot, settings, session)
    settings.set("shortcuts", {"next": "K"})  # written around save_binding, e.g. by hand
    assert window.status.text() == (
        "The key K cannot do two things: “Next” and “Previous”. Choose another key. The keys were not changed."
    )
    QTest.keyClicks(window.view, "j")
    assert window.view.currentIndex().data(Role.POST_ID) == "101"


def test_a_bad_saved_binding_falls_back_to_the_defaults(qtbot: QtBot, settings: Settings) -> None:
    settings.set("shortcuts", {"like": "T"})
    window = _window(qtbot, settings, FakeSession(sample_items(2)))
    assert "cannot do two things" in window.status.text() and "The default keys are used." in window.status.text()
    assert window.shortcuts.key_hint("like") == "L"


def test_registry_guards_text_fields_found_in_the_host(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    host = QWidget()
    host.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    qtbot.addWidget(host)
    field = QLineEdit(host)
    other = QLineEdit(host)
    QVBoxLayout(host).addWidget(field)
    registry = ShortcutRegistry(host)
    hits: list[str] = []
    registry.register("next", lambda: hits.append("next"))
    with qtbot.waitActive(host):
        host.show()
    other.setFocus()
    QTest.keyClick(other, Qt.Key.Key_Down)
    assert hits == []
    host.setFocus()
    QTest.keyClick(host, Qt.Key.Key_Down)
    assert hits == ["next"]
