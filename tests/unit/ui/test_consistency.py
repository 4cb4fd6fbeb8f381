"""Issue 12, point 8 (consistency), through the real widgets: the help lists what the plan forbids as "on x.com";
keys are named one way (the platform's) in the help, the settings and the composer; French says Undo and Cancel
with different words; a number out of its bounds is explained, never silently replaced; groups can be added,
renamed and removed; the composer says which account it posts as and what it writes; Attach opens in the
Pictures folder, then in the last folder used."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QStandardPaths, Qt
from PySide6.QtGui import QColor, QImage, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QSpinBox
from pytestqt.qtbot import QtBot

from exec_desk.core.models import XList
from exec_desk.services.sources import FirstRunPlan, SourceBook, apply_plan
from exec_desk.storage.settings import Settings
from exec_desk.storage.store import Store
from exec_desk.ui.composer.window import ComposerWindow
from exec_desk.ui.i18n import install_language
from exec_desk.ui.session.window import SessionWindow
from exec_desk.ui.settings.dialog import SettingsDialog
from tests.support.factories import make_account
from tests.support.runners import ImmediateTaskRunner
from tests.support.session_fakes import FakeSession, clock, sample_items

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")
ACCOUNT = "me"
NOW = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)
NATIVE = QKeySequence.SequenceFormat.NativeText
Language = Callable[[str], None]


@pytest.fixture
def language(qapp: QApplication, catalogs: Path) -> Iterator[Language]:
    def use(name: str) -> None:
        assert install_language(qapp, name, catalogs=catalogs, system=QLocale("en_US")) == name

    yield use
    install_language(qapp, "en", catalogs=catalogs, system=QLocale("en_US"))


def _session_window(qtbot: QtBot, settings: Settings) -> SessionWindow:
    session = FakeSession(sample_items(3))  # a self-serve plan: likes and quotes are refused
    window = SessionWindow(session, clock=clock, settings=settings, opener=lambda _url: True)
    qtbot.addWidget(window)
    return window


def _settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.json", env={})


def test_the_help_lists_what_the_plan_forbids_as_on_x_com(qtbot: QtBot, tmp_path: Path, language: Language) -> None:
    window = _session_window(qtbot, _settings(tmp_path))
    lines = {description: keys for keys, description in window.help.lines()}
    assert lines["Like the post"] == "on x.com ↗" and lines["Quote the post"] == "on x.com ↗"
    assert lines["Reply to the post"] == "R" and lines["Retweet, or retry a failed one"] == "T"
    window.help.toggle()
    cards = [w.text() for w in window.help.findChildren(QLabel, "help_on_x")]
    assert cards == ["on x.com ↗", "on x.com ↗"]
    keys = [w.text() for w in window.help.findChildren(QLabel, "help_key")]
    assert "L" not in keys and "Q" not in keys
    language("fr")
    french = _session_window(qtbot, _settings(tmp_path))
    lines = {description: keys for keys, description in french.help.lines()}
    assert lines["Aimer la publication"] == "sur x.com ↗"


def test_keys_are_named_one_way_in_the_help_the_settings_and_the_composer(qtbot: QtBot, tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    window = _session_window(qtbot, settings)
    help_keys = {description: keys for keys, description in window.help.lines()}
    dialog = SettingsDialog(settings, ImmediateTaskRunner())
    qtbot.addWidget(dialog)
    boxes = dialog.shortcuts_page.boxes

    def box_text(action: str, n: int) -> str:
        return boxes[action][n].keySequence().toString(NATIVE)

    assert help_keys["Undo a pending retweet"] == f"{box_text('undo', 0)} / {box_text('undo', 1)}" == "U / Ctrl+Z"
    assert help_keys["Retweet, or retry a failed one"] == box_text("retweet", 0) == "T"
    assert help_keys["Open the post and its thread"] == f"{box_text('open_detail', 0)} / {box_text('open_detail', 1)}"
    composer = ComposerWindow(clock=lambda: NOW)
    qtbot.addWidget(composer)
    send = QKeySequence("Ctrl+Return").toString(NATIVE)
    hide = QKeySequence(Qt.Key.Key_Escape).toString(NATIVE)
    assert composer.problem.text() == f"{send} sends · {hide} hides and keeps the draft"
    assert composer.send_button.toolTip() == f"Send ({send})"
    assert window.shortcuts.action("undo").toolTip() == "Undo a pending retweet (U or Ctrl+Z)"


def test_undo_and_cancel_are_different_words_in_french(
    qtbot: QtBot, tmp_path: Path, language: Language, store: Store
) -> None:
    language("fr")
    settings = _settings(tmp_path)
    window = _session_window(qtbot, settings)
    dialog = SettingsDialog(settings, ImmediateTaskRunner())
    qtbot.addWidget(dialog)
    cancel = dialog.cancel_button.text()
    undo = window.shortcuts.action("undo").text()
    assert cancel == "Annuler" and undo == "Annuler l'envoi"
    descriptions = {description: keys for keys, description in window.help.lines()}
    assert "Annuler l'envoi d'une republication en attente" in descriptions


@pytest.fixture
def store() -> Iterator[Store]:
    with Store(":memory:") as opened:
        opened.accounts.add(make_account(ACCOUNT))
        plan = FirstRunPlan((XList("101", "Tech press", "", "1000"),), {"101": "Journalists"})
        apply_plan(opened, ACCOUNT, plan)
        yield opened


def _dialog(qtbot: QtBot, settings: Settings, store: Store | None = None) -> SettingsDialog:
    dialog = SettingsDialog(settings, ImmediateTaskRunner(), sources=SourceBook(store, ACCOUNT) if store else None)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def test_a_number_out_of_its_bounds_is_explained_never_replaced(qtbot: QtBot, tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    dialog = _dialog(qtbot, settings)
    spin = dialog.editor("session_minutes")
    hint = dialog.findChild(QLabel, "hint_session_minutes")
    assert isinstance(spin, QSpinBox) and hint is not None
    spin.setFocus()
    QTest.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(spin, "0")
    QTest.keyClick(spin, Qt.Key.Key_Tab)  # leaving the box keeps what was typed: 0 does not become another number
    assert spin.value() == 0 and spin.text() == "0 min"
    assert hint.text() == "Session length must be between 1 and 60."  # said at once, under the box
    dialog.save()
    assert dialog.error_text() == "Nothing was saved. Session length must be between 1 and 60."
    assert dialog.isVisible() and Settings(tmp_path / "settings.json").get("session_minutes") == 5
    spin.setFocus()
    QTest.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(spin, "12")
    assert hint.text() == "How long a reading session lasts. From 1 to 60 min."  # the bounds, with the hint
    dialog.save()
    assert Settings(tmp_path / "settings.json").get("session_minutes") == 12


def test_groups_can_be_added_renamed_and_removed(qtbot: QtBot, tmp_path: Path, store: Store) -> None:
    dialog = _dialog(qtbot, _settings(tmp_path), store)
    dialog.show_page("sources")
    page = dialog.sources_page

    def names() -> list[str]:
        return [page.group_list.item(n).text() for n in range(page.group_list.count())]

    assert "Clients" in names() and "Competitors" in names()
    page.group_list.setCurrentRow(names().index("Clients"))
    page.group_name.setFocus()
    page.group_name.selectAll()
    QTest.keyClicks(page.group_name, "Key accounts")
    assert "Key accounts" in names() and "Clients" not in names()
    page.new_group_button.click()
    assert page.group_name.hasFocus() and page.group_name.text() == "New group"
    QTest.keyClicks(page.group_name, "Competitors")  # typed over the selected name: a name already taken
    assert page.message.text() == "There is already a group named Competitors."
    dialog.save()
    assert "There is already a group named Competitors." in dialog.error_text()
    page.group_name.selectAll()
    QTest.keyClicks(page.group_name, "Board")
    page.source_text.setText("@board_chair")
    page.kind.setCurrentIndex(1)  # an account
    page.add_button.click()
    page.group_list.setCurrentRow(names().index("Competitors"))
    page.remove_group_button.click()
    assert "Competitors" not in names()
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    groups = {g.name: g for g in store.groups.all(ACCOUNT)}
    assert "Key accounts" in groups and "Clients" not in groups and "Competitors" not in groups
    board = groups["Board"]
    assert [(s.ref, s.label) for s in store.sources.all(ACCOUNT, group_id=board.id)] == [
        ("board_chair", "@board_chair")
    ]


def test_the_last_group_cannot_be_removed(qtbot: QtBot, tmp_path: Path) -> None:
    with Store(":memory:") as store:
        store.accounts.add(make_account(ACCOUNT))
        store.groups.create(ACCOUNT, "Only")
        dialog = _dialog(qtbot, _settings(tmp_path), store)
        page = dialog.sources_page
        page.remove_group_button.click()
        assert page.group_list.count() == 1
        assert page.message.text() == "Keep at least one group: sessions show the posts of your groups."


def test_the_composer_says_whom_it_posts_as_and_titles_a_reply(qtbot: QtBot) -> None:
    authors = {"42": "ceo"}
    composer = ComposerWindow(clock=lambda: NOW, author_of=authors.get)
    qtbot.addWidget(composer)
    composer.set_account("Posting as @claire_exec")
    composer.open_for()
    assert composer.windowTitle() == "New post — Exec Desk"
    assert composer.account.isVisible() and composer.account.text() == "Posting as @claire_exec"
    composer.open_for(reply_to="42", context_text="@ceo: “Who is coming?”")
    assert composer.windowTitle() == "Reply to @ceo — Exec Desk"
    composer.open_for(quote_of="42")
    assert composer.windowTitle() == "Quote of @ceo — Exec Desk"
    composer.open_for(reply_to="77")  # a post the cache does not know
    assert composer.windowTitle() == "Reply — Exec Desk"


def test_attach_opens_in_the_pictures_folder_then_in_the_last_one(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    QStandardPaths.setTestModeEnabled(True)  # the Pictures folder of a test home, not the machine's
    try:
        pictures = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation))
        pictures.mkdir(parents=True, exist_ok=True)
        photo = tmp_path / "trip" / "team.png"
        photo.parent.mkdir()
        image = QImage(40, 30, QImage.Format.Format_RGB32)
        image.fill(QColor("#0f766e"))
        assert image.save(str(photo))
        asked: list[str] = []

        def choose(_parent: Any, _title: str, folder: str, _types: str) -> tuple[list[str], str]:
            asked.append(folder)
            return [str(photo)], ""

        monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(choose))
        state = tmp_path / "composer.ini"
        composer = ComposerWindow(clock=lambda: NOW, state_file=state)
        qtbot.addWidget(composer)
        composer.open_for()
        composer.attach_button.click()
        assert asked == [str(pictures)] and len(composer.media.attachments()) == 1
        composer.attach_button.click()
        assert asked[-1] == str(photo.parent)  # where the last file came from
        again = ComposerWindow(clock=lambda: NOW, state_file=state)  # the next run remembers it too
        qtbot.addWidget(again)
        again.attach_button.click()
        assert asked[-1] == str(photo.parent)
    finally:
        QStandardPaths.setTestModeEnabled(False)
