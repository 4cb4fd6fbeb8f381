"""The settings dialog, driven from the keyboard alone: keys go to whatever has focus, as they would for a user.

Widgets are only looked up to check where the focus is and what the dialog shows; every change is typed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QKeySequenceEdit, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from exec_desk.core.models import XList
from exec_desk.services.sources import FirstRunPlan, SourceBook, apply_plan
from exec_desk.storage.records import SourceKind
from exec_desk.storage.settings import API_URL_ENV, SETTINGS, Setting, Settings
from exec_desk.storage.store import Store
from exec_desk.ui.settings.dialog import INTERNAL, SettingsDialog
from exec_desk.ui.settings.source_kinds import parse_source
from tests.support.factories import make_account
from tests.support.runners import ImmediateTaskRunner

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

ACCOUNT = "me"
PRESS_LIST = "1720000000000000101"
NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def path(tmp_path: Path) -> Path:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"session_cap": 40}), encoding="utf-8")
    return path


@pytest.fixture
def store() -> Iterator[Store]:
    with Store(":memory:") as opened:
        opened.accounts.add(make_account(ACCOUNT))
        plan = FirstRunPlan((XList(PRESS_LIST, "Tech press", "", "1000"),), {PRESS_LIST: "Journalists"})
        apply_plan(opened, ACCOUNT, plan)
        yield opened


def _open(qtbot: QtBot, settings: Settings, store: Store | None) -> SettingsDialog:
    dialog = SettingsDialog(settings, ImmediateTaskRunner(), sources=SourceBook(store, ACCOUNT) if store else None)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    assert QApplication.focusWidget() is dialog.page_list
    return dialog


@pytest.fixture
def dialog(qtbot: QtBot, path: Path, store: Store) -> SettingsDialog:
    return _open(qtbot, Settings(path, env={}), store)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = NO, times: int = 1) -> None:
    for _ in range(times):
        QTest.keyClick(focused(), key, modifier)


def type_over(text: str) -> None:
    """Select what the focused field holds and type `text` over it."""
    press(Qt.Key.Key_A, CTRL)
    QTest.keyClicks(focused(), text)


def tab_to(target: QWidget, *, back: bool = False, limit: int = 120) -> None:
    """Press Tab (or Shift+Tab) until `target` has the focus (a keyboard user moving through the dialog)."""
    for _ in range(limit):
        if focused() is target:
            return
        if back:
            press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        else:
            press(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName()}; stuck on {focused().objectName()}")


def saved_file(path: Path) -> dict[str, object]:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_keyboard_walk_changes_values_and_saves_them(qtbot: QtBot, dialog: SettingsDialog, path: Path) -> None:
    press(Qt.Key.Key_Down)  # page list: Sessions -> Reminders
    assert dialog.current_page() == "reminders"
    press(Qt.Key.Key_Tab)
    assert focused() is dialog.editor("reminders_enabled")
    press(Qt.Key.Key_Tab)
    assert focused() is dialog.editor("reminder_every_minutes")
    type_over("90")
    press(Qt.Key.Key_Tab)
    type_over("08:30")
    saturday = dialog.findChild(QWidget, "setting_work_days_5")
    assert saturday is not None
    tab_to(saturday)
    press(Qt.Key.Key_Space)  # Saturday becomes a working day
    tab_to(dialog.page_list, back=True)
    press(Qt.Key.Key_Up)  # back to Sessions
    press(Qt.Key.Key_Tab)
    assert focused() is dialog.editor("session_minutes")
    press(Qt.Key.Key_Up, times=2)  # 5 -> 7 minutes
    with qtbot.waitSignal(dialog.saved) as saved:
        press(Qt.Key.Key_Return)  # Save is the default button

    assert not dialog.isVisible()
    assert sorted(saved.args[0]) == ["reminder_every_minutes", "session_minutes", "work_days", "work_start"]
    assert saved_file(path) == {
        "session_cap": 40,
        "session_minutes": 7,
        "reminder_every_minutes": 90,
        "work_start": "08:30",
        "work_days": [0, 1, 2, 3, 4, 5],
    }
    reloaded = Settings(path, env={})
    assert reloaded.get("session_minutes") == 7
    assert reloaded.problems == []


def test_end_before_start_shows_a_message_and_saves_nothing(dialog: SettingsDialog, path: Path) -> None:
    before = path.read_text(encoding="utf-8")
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Up)  # a valid change elsewhere is not saved either
    press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    press(Qt.Key.Key_Down)
    tab_to(dialog.editor("work_end"))
    type_over("08:00")
    press(Qt.Key.Key_Return)

    assert dialog.isVisible()
    assert "The working day must end after it starts: 08:00 is not after 09:00." in dialog.error_text()
    assert "Nothing was saved" in dialog.error_text()
    assert dialog.banner.isVisible()
    assert focused() is dialog.editor("work_end")
    assert path.read_text(encoding="utf-8") == before


def test_bad_address_and_bad_time_are_explained_on_their_pages(dialog: SettingsDialog, path: Path) -> None:
    before = path.read_text(encoding="utf-8")
    press(Qt.Key.Key_Down, times=5)
    assert dialog.current_page() == "connection"
    press(Qt.Key.Key_Tab)
    assert focused() is dialog.editor("api_base_url")
    type_over("ftp://files.example")
    press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    press(Qt.Key.Key_Up, times=4)
    tab_to(dialog.editor("work_start"))
    type_over("9h")
    press(Qt.Key.Key_Return)

    text = dialog.error_text()
    assert "Working day starts at: enter a time as HH:MM, for example 09:00." in text
    assert "X API address: enter a web address that starts with http:// or https://" in text
    assert text.index("Working day") < text.index("X API address")  # in page order
    assert dialog.current_page() == "reminders"
    assert focused() is dialog.editor("work_start")
    assert path.read_text(encoding="utf-8") == before


def test_a_key_doing_two_things_is_refused_then_a_free_key_is_saved(
    qtbot: QtBot, dialog: SettingsDialog, path: Path
) -> None:
    before = path.read_text(encoding="utf-8")
    press(Qt.Key.Key_Down, times=4)
    assert dialog.current_page() == "shortcuts"
    like = dialog.findChild(QKeySequenceEdit, "keys_like_0")
    assert like is not None
    tab_to(like)
    press(Qt.Key.Key_T)  # already "Retweet"
    tab_to(dialog.save_button)
    press(Qt.Key.Key_Space)

    assert "The key T cannot do two things: “Retweet, or retry a failed one” and “Like the post”" in (
        dialog.error_text()
    )
    assert focused() is like
    assert path.read_text(encoding="utf-8") == before

    press(Qt.Key.Key_Backspace)  # empties the box instead of binding Backspace
    assert like.keySequence().isEmpty()
    press(Qt.Key.Key_G)
    tab_to(dialog.save_button)
    with qtbot.waitSignal(dialog.saved):
        press(Qt.Key.Key_Space)
    assert saved_file(path)["shortcuts"] == {"like": "G"}


def test_tab_visits_every_control_of_every_page_each_with_an_accessible_name(dialog: SettingsDialog) -> None:
    for row, key in enumerate(dialog.page_keys()):
        assert focused() is dialog.page_list
        if row:
            press(Qt.Key.Key_Down)
        assert dialog.current_page() == key
        visited: list[QWidget] = []
        press(Qt.Key.Key_Tab)
        while focused() is not dialog.page_list:
            widget = focused()
            assert widget not in visited, f"Tab loops on {widget.objectName()} ({key})"
            visited.append(widget)
            iface = QAccessible.queryAccessibleInterface(widget)
            assert iface is not None
            assert iface.text(QAccessible.Text.Name).strip(), f"{type(widget).__name__} {widget.objectName()} ({key})"
            press(Qt.Key.Key_Tab)
        assert dialog.save_button in visited
        names = {w.objectName() for w in visited}
        if key == "sources":
            assert {"group_list", "group_priority", "group_quota", "source_text", "add_source"} <= names
        if key == "shortcuts":
            assert "keys_end_0" in names and "restore_default_keys" in names


def test_every_declared_user_setting_has_an_editor_and_internal_ones_do_not(dialog: SettingsDialog) -> None:
    user_settings = [d.name for d in Settings(Path("/nonexistent/settings.json"), env={}).declarations]
    for name in user_settings:
        if name in INTERNAL:
            with pytest.raises(KeyError):
                dialog.editor(name)
        else:
            assert isinstance(dialog.editor(name), QWidget), name
    assert "active_account" in INTERNAL
    assert "more" not in dialog.page_keys()  # every declared setting has its proper page


def test_a_setting_set_by_the_environment_is_read_only_and_never_saved(qtbot: QtBot, path: Path, store: Store) -> None:
    dialog = _open(qtbot, Settings(path, env={API_URL_ENV: "http://127.0.0.1:9"}), store)
    press(Qt.Key.Key_Down, times=5)
    press(Qt.Key.Key_Tab)
    address = dialog.editor("api_base_url")
    assert isinstance(address, QLineEdit)
    assert focused() is address and address.isReadOnly()
    assert address.text() == "http://127.0.0.1:9"
    note = dialog.findChild(QLabel, "overridden_api_base_url")
    assert note is not None and note.isVisible() and API_URL_ENV in note.text()
    QTest.keyClicks(address, "/more")
    press(Qt.Key.Key_Tab)
    type_over("55")  # the monthly budget
    with qtbot.waitSignal(dialog.saved):
        press(Qt.Key.Key_Return)
    assert saved_file(path) == {"session_cap": 40, "monthly_budget_usd": 55.0}


def test_sources_page_saves_priority_quota_and_added_and_removed_sources(
    qtbot: QtBot, dialog: SettingsDialog, store: Store
) -> None:
    groups = {g.name: g for g in store.groups.all(ACCOUNT)}
    page = dialog.sources_page
    press(Qt.Key.Key_Down, times=3)
    assert dialog.current_page() == "sources"
    press(Qt.Key.Key_Tab)
    assert focused() is page.group_list
    press(Qt.Key.Key_Tab, times=6)  # its name, New group, Remove the group, priority, quota, sources of Journalists
    assert focused() is page.source_list
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Space)  # "Remove the source": the Tech press list
    assert page.source_list.count() == 0
    tab_to(page.group_list)
    press(Qt.Key.Key_Down)  # Competitors
    tab_to(page.priority)
    type_over("75")
    press(Qt.Key.Key_Tab)
    type_over("3")
    tab_to(page.kind)
    press(Qt.Key.Key_Down)  # X List -> Account
    press(Qt.Key.Key_Tab)
    QTest.keyClicks(focused(), "not a handle!")
    press(Qt.Key.Key_Return)  # adds (not: saves the dialog)
    assert "Enter an X account as @name" in page.message.text()
    type_over("@Rival_CEO")
    press(Qt.Key.Key_Return)
    assert page.source_list.item(page.source_list.count() - 1).text() == "Account: @Rival_CEO (new)"
    tab_to(dialog.save_button)
    with qtbot.waitSignal(dialog.saved) as saved:
        press(Qt.Key.Key_Space)

    assert saved.args[0] == ["sources"]
    competitors = store.groups.get(groups["Competitors"].id)
    assert competitors is not None and (competitors.priority, competitors.quota) == (75, 3)
    added = store.sources.all(ACCOUNT, group_id=groups["Competitors"].id)
    assert [(s.kind, s.ref, s.label) for s in added] == [(SourceKind.USER, "rival_ceo", "@Rival_CEO")]
    assert store.sources.all(ACCOUNT, group_id=groups["Journalists"].id) == []


def test_a_source_gone_from_x_is_marked_and_can_be_replaced(qtbot: QtBot, path: Path, store: Store) -> None:
    [press_list] = [s for s in store.sources.all(ACCOUNT) if s.ref == PRESS_LIST]
    when = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    store.sources.mark_gone(press_list.id, when, f"Could not find list with id: [{PRESS_LIST}].")
    dialog = _open(qtbot, Settings(path, env={}), store)
    page = dialog.sources_page
    press(Qt.Key.Key_Down, times=3)
    press(Qt.Key.Key_Tab)
    assert focused() is page.group_list and page.current_group() is not None
    assert page.current_group().name == "Journalists"  # type: ignore[union-attr]
    assert page.source_list.item(0).text() == "X List: Tech press — gone from X"
    assert page.message.text() == (
        f"X says: Could not find list with id: [{PRESS_LIST}]. Remove it, or type its replacement below and "
        "choose Replace."
    )
    assert page.replace_button.isVisible()
    tab_to(page.source_text)
    QTest.keyClicks(focused(), "https://x.com/i/lists/1720000000000000999")
    tab_to(page.replace_button, back=True)
    press(Qt.Key.Key_Space)
    assert [page.source_list.item(i).text() for i in range(page.source_list.count())] == [
        "X List: 1720000000000000999 (new)"
    ]
    tab_to(dialog.save_button)
    with qtbot.waitSignal(dialog.saved):
        press(Qt.Key.Key_Space)
    journalists = store.sources.all(ACCOUNT, group_id=press_list.group_id)
    assert [(s.ref, s.gone_at) for s in journalists] == [("1720000000000000999", None)]


def test_a_source_typed_but_not_added_stops_saving(dialog: SettingsDialog, store: Store, path: Path) -> None:
    before = path.read_text(encoding="utf-8")
    press(Qt.Key.Key_Down, times=3)
    tab_to(dialog.sources_page.source_text)
    QTest.keyClicks(focused(), "12345")
    tab_to(dialog.save_button)
    press(Qt.Key.Key_Space)
    assert "Press Add to add the source you typed" in dialog.error_text()
    assert focused() is dialog.sources_page.source_text
    assert path.read_text(encoding="utf-8") == before


def test_when_the_store_refuses_the_changes_nothing_is_saved(dialog: SettingsDialog, store: Store, path: Path) -> None:
    before = path.read_text(encoding="utf-8")
    page = dialog.sources_page
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Up)  # a settings change that must not be saved either
    press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    press(Qt.Key.Key_Down, times=3)
    tab_to(page.kind)
    press(Qt.Key.Key_Down, times=2)  # Saved search
    press(Qt.Key.Key_Tab)
    QTest.keyClicks(focused(), "exec desk")
    press(Qt.Key.Key_Return)
    store.sources.add(ACCOUNT, SourceKind.SEARCH, "exec desk", label="exec desk")  # meanwhile, elsewhere
    tab_to(dialog.save_button)
    press(Qt.Key.Key_Space)

    assert dialog.isVisible()
    assert "Your groups and sources could not be saved, so nothing was saved" in dialog.error_text()
    assert dialog.save_button.isEnabled()
    assert path.read_text(encoding="utf-8") == before


def test_without_a_store_the_sources_page_says_when_it_can_be_used(qtbot: QtBot, path: Path) -> None:
    dialog = _open(qtbot, Settings(path, env={}), None)
    dialog.show_page("sources")
    assert "once Exec Desk has started" in dialog.sources_page.status.text()
    assert not dialog.sources_page.priority.isEnabled()
    press(Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert saved_file(path) == {"session_cap": 40}


def test_reminders_need_a_working_day(dialog: SettingsDialog, path: Path) -> None:
    before = path.read_text(encoding="utf-8")
    press(Qt.Key.Key_Down)
    monday = dialog.findChild(QWidget, "setting_work_days_0")
    assert monday is not None
    tab_to(monday)
    for _day in range(5):  # Monday to Friday off
        press(Qt.Key.Key_Space)
        press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Return)  # on Saturday's box: Enter still saves
    assert "Choose at least one working day, or turn reminders off." in dialog.error_text()
    assert focused() is dialog.findChild(QWidget, "setting_work_days_0")
    assert path.read_text(encoding="utf-8") == before


def test_unreadable_saved_keys_show_the_defaults_with_a_note(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"shortcuts": {"like": "Ctrl+Nonsense"}}), encoding="utf-8")
    dialog = _open(qtbot, Settings(path, env={}), None)
    dialog.show_page("shortcuts")
    page = dialog.shortcuts_page
    assert page.problem_label.isVisible()
    assert "default keys are shown" in page.problem_label.text()
    like = page.findChild(QKeySequenceEdit, "keys_like_0")
    assert like is not None and like.keySequence().toString() == "L"


@pytest.mark.parametrize(
    ("kind", "typed", "expected"),
    [
        (SourceKind.LIST, "https://x.com/i/lists/1720000000000000101", ("1720000000000000101", "1720000000000000101")),
        (SourceKind.LIST, " 42 ", ("42", "42")),
        (SourceKind.USER, "@Rival_CEO", ("rival_ceo", "@Rival_CEO")),
        (SourceKind.USER, "https://twitter.com/Press_Office/", ("press_office", "@Press_Office")),
        (SourceKind.SEARCH, '"our brand" -is:retweet', ('"our brand" -is:retweet', '"our brand" -is:retweet')),
    ],
)
def test_typed_sources_are_read(kind: SourceKind, typed: str, expected: tuple[str, str]) -> None:
    assert parse_source(kind, typed) == expected


@pytest.mark.parametrize(
    ("kind", "typed"),
    [
        (SourceKind.LIST, "https://x.com/i/lists/abc"),
        (SourceKind.USER, "@far_too_long_a_handle"),
        (SourceKind.USER, "https://x.com/i/lists/42"),
        (SourceKind.SEARCH, "   "),
        (SourceKind.SEARCH, "x" * 513),
    ],
)
def test_sources_that_cannot_be_used_are_refused(kind: SourceKind, typed: str) -> None:
    with pytest.raises(ValueError, match="Enter"):
        parse_source(kind, typed)


def test_a_declared_setting_in_no_page_gets_one_and_is_saved(qtbot: QtBot, path: Path) -> None:
    beta = Setting("beta_features", bool, False, "Try features before everyone else.")
    settings = Settings(path, env={}, declarations=(*SETTINGS, beta))
    dialog = _open(qtbot, settings, None)
    assert dialog.page_keys()[-1] == "more"
    press(Qt.Key.Key_End)  # the last page
    press(Qt.Key.Key_Tab)
    assert focused() is dialog.editor("beta_features")
    assert focused().accessibleName() == "Try features before everyone else."
    press(Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.saved):
        press(Qt.Key.Key_Return)
    assert saved_file(path) == {"session_cap": 40, "beta_features": True}


def test_the_team_page_takes_lists_one_a_line_and_explains_a_bad_period(
    qtbot: QtBot, dialog: SettingsDialog, path: Path
) -> None:
    dialog.show_page("office")
    periods = dialog.editor("quiet_periods")
    feeds = dialog.editor("blog_feeds")
    assert cast(list[str], dialog.fields["disclosure_words"].value())[:3] == ["results", "earnings", "revenue"]
    periods.setPlainText("2026-10-01..2026-10-28 Q3 results\n\nOctober\n")  # type: ignore[attr-defined]
    feeds.setPlainText("https://blog.example/feed\n")  # type: ignore[attr-defined]
    before = path.read_text(encoding="utf-8")
    dialog.save()
    assert "Quiet periods: write each period as 2026-10-01..2026-10-28, then a name if you like." in (
        dialog.error_text()
    )
    assert dialog.current_page() == "office" and path.read_text(encoding="utf-8") == before
    periods.setPlainText("2026-10-01..2026-10-28 Q3 results\n")  # type: ignore[attr-defined]
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["quiet_periods"] == ["2026-10-01..2026-10-28 Q3 results"]
    assert saved["blog_feeds"] == ["https://blog.example/feed"]


def test_every_page_keeps_its_rows_whole_and_the_long_ones_scroll(dialog: SettingsDialog) -> None:
    """The radar's page holds eleven settings: squeezed into the dialog, its hints were drawn over the boxes above
    them. Each field keeps at least its minimum height, and no hint overlaps its editor."""
    for key in dialog.page_keys():
        dialog.show_page(key)
        QApplication.processEvents()
        for name, field in dialog.fields.items():
            if not dialog.isAncestorOf(field.widget) or not field.widget.isVisible():
                continue
            widget = field.widget
            wanted = min(widget.minimumSizeHint().height(), widget.maximumHeight())  # a fixed height is its own
            assert widget.height() >= wanted, f"{name} squeezed ({key})"
            hint = dialog.findChild(QLabel, f"hint_{name}")
            assert hint is not None
            top_left = widget.mapTo(dialog, widget.rect().topLeft())
            hint_top = hint.mapTo(dialog, hint.rect().topLeft()).y()
            assert hint_top >= top_left.y() + widget.height() - 1, f"the hint of {name} overlaps it ({key})"
            shown = dialog.stack.currentWidget()
            assert shown is not None
            right_edge = shown.mapTo(dialog, shown.rect().topRight()).x()
            assert top_left.x() + widget.width() <= right_edge + 1, f"{name} is cut on the right ({key})"
