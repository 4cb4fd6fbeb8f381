"""The team's proposals in a session (issue 14, point 2), by key, with real widgets: the deck comes first, `a`
approves (to the outbox with the cool-off), `x` asks for a reason and rejects, `e` records the edit and hands the
proposal to the composer, `j`/`k` move in the deck (not in the hidden timeline); the decision files beside the
proposals and the audit lines are checked; rebinding a deck key works like the others."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from exec_desk.core.payloads import PostPayload, RetweetPayload
from exec_desk.services.clock import ManualClock
from exec_desk.services.deck.deck import Deck, Entry
from exec_desk.services.deck.rules import DeckRules
from exec_desk.services.deck.service import DeckService
from exec_desk.storage.settings import Settings
from exec_desk.storage.store import Store
from exec_desk.ui.session.window import DECK_PAGE, LIST_PAGE, SessionWindow
from tests.support.factories import ACCOUNT, make_account
from tests.support.runners import ImmediateTaskRunner
from tests.support.session_fakes import FakeSession, sample_items

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")
NOW = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)
FILES = {
    "launch.md": "---\nkind: post\nby: Claire\n---\nWe launched Atlas today. Thank you, team!\n",
    "launch (conflicted copy 2026-12-01).md": "---\nkind: post\nby: Claire\n---\nWe launched Atlas!\n",
    "q3.json": '{"kind": "thread", "by": "Malik", "parts": ["Our Q3 in two posts.", "Thank you all."]}',
    "talk.md": "---\nkind: retweet\nby: Claire\nurl: https://x.com/acme/status/1860000000000000042\n---\nOur CTO",
}


@dataclass
class Scene:
    window: SessionWindow
    session: FakeSession
    service: DeckService
    store: Store
    folder: Path
    edited: list[Entry]

    def key(self, key: str | Qt.Key) -> None:
        if isinstance(key, str):
            QTest.keyClicks(self.window.deck_page.list, key)
        else:
            QTest.keyClick(self.window.deck_page.list, key)

    def current(self) -> str:
        entry = self.window.deck_page.current()
        return "" if entry is None else entry.id

    def decision(self, name: str) -> dict[str, object]:
        return dict(json.loads((self.folder / f"{name}.decision.json").read_text(encoding="utf-8")))


def make_scene(qtbot: QtBot, tmp_path: Path, store: Store, settings: Settings | None = None) -> Scene:
    folder = tmp_path / "Proposals"
    folder.mkdir()
    for name, text in FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
        stamp = (NOW - timedelta(hours=1)).timestamp()
        os.utime(folder / name, (stamp, stamp))
    clock = ManualClock(NOW)
    deck = Deck(store, ACCOUNT, folder, by="@boss", clock=clock, rules=lambda: DeckRules(cooloff_minutes=10), tz=UTC)
    service = DeckService(lambda: deck, ImmediateTaskRunner(), clock.timer)
    service.start()
    session = FakeSession(sample_items(3))
    window = SessionWindow(session, clock=clock, deck=service, settings=settings)
    qtbot.addWidget(window)
    edited: list[Entry] = []
    window.deck_page.edit_requested.connect(edited.append)
    with qtbot.waitActive(window):
        window.show()
    return Scene(window, session, service, store, folder, edited)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "desk.sqlite3") as opened:
        opened.accounts.add(make_account())
        yield opened


def test_approve_reject_and_edit_by_key_in_a_session(qtbot: QtBot, tmp_path: Path, store: Store) -> None:
    s = make_scene(qtbot, tmp_path, store)
    page = s.window.deck_page
    assert s.window.stack.currentIndex() == DECK_PAGE  # the proposals come first
    assert page.title.text() == "4 proposals from your team"
    assert page.list.item(1).text().startswith("Post · by Claire · $0.015 · ⚠ conflicted copy of launch")
    assert "A sync tool made this copy" not in page.warning.text()
    seen_before = s.session.names("mark_seen")

    s.key("a")  # approve "launch"
    assert s.decision("launch")["decision"] == "approved" and page.status.text().startswith("Approved")
    [item] = store.outbox.all(ACCOUNT)
    assert isinstance(item.payload, PostPayload)
    assert item.payload.parts == ("We launched Atlas today. Thank you, team!",)
    assert item.not_before == NOW + timedelta(minutes=10)
    assert s.current() == "launch (conflicted copy 2026-12-01)"
    assert "A sync tool made this copy of launch" in page.warning.text()

    s.key("x")  # reject the copy: the reason first
    assert page.reason_row.isVisible() and page.focusWidget() is page.reason
    QTest.keyClicks(page.reason, "a copy of launch")  # the single keys type (x, a, e do nothing here)
    s.key(Qt.Key.Key_Escape)  # Esc closes the reason line, nothing decided
    assert not page.reason_row.isVisible() and s.current() == "launch (conflicted copy 2026-12-01)"
    s.key("x")
    QTest.keyClicks(page.reason, "A copy of launch")
    QTest.keyClick(page.reason, Qt.Key.Key_Return)
    copy = s.decision("launch (conflicted copy 2026-12-01)")
    assert (copy["decision"], copy["reason"]) == ("rejected", "A copy of launch")

    assert s.current() == "q3"
    s.key("j")  # moves in the deck, not in the hidden timeline
    assert s.current() == "talk" and s.session.names("mark_seen") == seen_before
    s.key("k")
    s.key("e")  # edit the thread: recorded, then handed to the composer
    assert [e.id for e in s.edited] == ["q3"] and s.decision("q3")["decision"] == "edited"
    assert s.edited[0].proposal.parts == ("Our Q3 in two posts.", "Thank you all.")

    s.key("a")  # approve the retweet: the last one; back to the timeline
    assert s.decision("talk")["decision"] == "approved"
    assert store.outbox.all(ACCOUNT)[-1].payload == RetweetPayload("1860000000000000042")
    assert s.window.stack.currentIndex() == LIST_PAGE
    assert [(e.event, e.proposal, e.actor, e.reason) for e in store.audit.entries()] == [
        ("proposed", "launch", "Claire", ""),
        ("proposed", "launch (conflicted copy 2026-12-01)", "Claire", ""),
        ("proposed", "q3", "Malik", ""),
        ("proposed", "talk", "Claire", ""),
        ("approved", "launch", "@boss", ""),
        ("rejected", "launch (conflicted copy 2026-12-01)", "@boss", "A copy of launch"),
        ("edited", "q3", "@boss", ""),
        ("approved", "talk", "@boss", ""),
    ]
    assert {n: (s.folder / n).read_text(encoding="utf-8") for n in FILES} == FILES  # the team's files untouched

    QTest.keyClicks(s.window.view, "p")  # the proposals again: none waits
    assert s.window.stack.currentIndex() == DECK_PAGE and page.title.text() == "No proposals waiting."
    QTest.keyClick(page.list, Qt.Key.Key_Escape)
    assert s.window.stack.currentIndex() == LIST_PAGE


def test_esc_leaves_the_deck_for_later_and_p_brings_it_back(qtbot: QtBot, tmp_path: Path, store: Store) -> None:
    s = make_scene(qtbot, tmp_path, store)
    s.key(Qt.Key.Key_Escape)
    assert s.window.stack.currentIndex() == LIST_PAGE and s.window.isVisible()
    assert s.window.findChild(type(s.window.deck_page.later_button), "deck_later") is not None
    QTest.keyClicks(s.window.view, "a")  # the deck's keys do nothing on the timeline
    assert store.outbox.all(ACCOUNT) == []
    QTest.keyClicks(s.window.view, "t")  # the timeline's do
    assert s.session.names("retweet") == ["100"]
    assert s.window.shortcuts.action("proposals").text() == "Proposals (4)"
    QTest.keyClicks(s.window.view, "p")
    assert s.window.stack.currentIndex() == DECK_PAGE and s.current() == "launch"


def test_a_deck_key_is_rebound_like_the_others(qtbot: QtBot, tmp_path: Path, store: Store) -> None:
    settings = Settings(tmp_path / "settings.json")
    settings.set("shortcuts", {"approve": "Y"})
    s = make_scene(qtbot, tmp_path, store, settings)
    s.key("a")
    assert store.outbox.all(ACCOUNT) == []
    s.key("y")
    assert s.decision("launch")["decision"] == "approved"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_deck_screenshots(qtbot: QtBot, tmp_path: Path, store: Store, catalogs: Path, lang: str) -> None:
    """The deck in a session, to look at: $EXEC_DESK_SHOTS/office when set, else the test's folder."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from exec_desk.ui.i18n import install_language

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    saved = QLocale()
    install_language(app, lang, catalogs=catalogs, system=QLocale("fr_FR" if lang == "fr" else "en_GB"))
    try:
        folder = Path(os.environ.get("EXEC_DESK_SHOTS") or tmp_path) / "office"
        folder.mkdir(parents=True, exist_ok=True)
        s = make_scene(qtbot, tmp_path, store)
        s.window.resize(720, 700)
        s.key("j")
        QApplication.processEvents()
        title = s.window.deck_page.title.text()
        assert title == ("4 proposals from your team" if lang == "en" else "4 propositions de votre équipe")
        assert s.window.grab().save(str(folder / f"session-deck-{lang}.png"))
    finally:
        install_language(app, "en", catalogs=catalogs, system=saved)
        QLocale.setDefault(saved)
