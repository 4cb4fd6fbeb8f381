"""Acceptance: with the UI in French, no English is left in the tray menu (and its stand-in window), the session
window (posts, states, status line, help, thread), the summary, the first-run dialog, the composer and the settings
dialog. Texts are read from the widgets (labels, buttons, menus, titles, tooltips, placeholders, items, accessible
names) and, for what the timeline delegate paints, from the model's roles (see `texts`)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from exec_desk.core import errors
from exec_desk.core.models import XList
from exec_desk.core.queue import ActionState
from exec_desk.services.clock import ManualClock
from exec_desk.services.fetcher import RETRYING, UP_TO_DATE, fetching, said
from exec_desk.services.reminders import Reminders
from exec_desk.services.sources import FirstRunPlan, SourceBook, apply_plan
from exec_desk.storage.settings import Settings
from exec_desk.storage.store import Store
from exec_desk.ui.account.first_run import FirstRunDialog
from exec_desk.ui.session.summary import SummaryView
from exec_desk.ui.session.window import SessionWindow
from exec_desk.ui.timeline.model import Role
from exec_desk.ui.tray import Tray, TrayState
from tests.support.catalogues import tool
from tests.support.factories import make_account
from tests.support.runners import ImmediateTaskRunner
from tests.support.session_fakes import NOW, PEOPLE, TEXTS, FakeImages, FakeSession, clock, make_item, sample_items
from tests.support.ui_texts import Shown, english, menu_texts, model_texts, widget_texts

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

MONDAY = datetime(2026, 11, 30, 7, 0, tzinfo=UTC)
LISTS = (
    XList("501", "Tech press", "Reporters who cover us", "ceo-id", member_count=12),
    XList("502", "Rivals", "", "someone", member_count=1),
)
#: What users wrote or named: shown as it is in any language.
USER_CONTENT = (
    *TEXTS,
    *(p.name for p in PEOPLE),
    *(f"@{p.username}" for p in PEOPLE),
    "What should a quarterly board update contain?",
    "Tech press",
    "Reporters who cover us",
    "Rivals",
)


def english_sources() -> set[str]:
    """The English source texts of the French catalogue whose translation differs (what French must not show)."""
    tool_module = tool()
    sources: set[str] = set()
    for entry in tool_module.read_ts(tool_module.ts_path("fr")).values():
        forms = entry.translation if isinstance(entry.translation, list) else [entry.translation]
        english_forms = tool_module.english_plurals(entry.source) if entry.numerus else [entry.source]
        sources.update(e for e in english_forms if "%" not in e and "{" not in e and e not in forms)
    return sources


def assert_french(shown: Iterable[Shown], *, extra_content: Iterable[str] = ()) -> None:
    left = english(shown, user_content=(*USER_CONTENT, *extra_content), sources=english_sources())
    assert left == [], "\n".join(f"{s.where}: {s.text!r}" for s in left)


def _add(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def reminders(tmp_path: Path, qapp: QApplication) -> Iterator[Reminders]:
    manual = ManualClock(MONDAY)
    settings = Settings(tmp_path / "settings.json")
    found = Reminders(settings, manual, manual.timer, lambda: False, tz=UTC)
    found.start()
    yield found
    found.close()


def test_tray_menu_and_its_stand_in_window_are_french(qtbot: QtBot, french: str, reminders: Reminders) -> None:
    assert french == "fr"
    states = [TrayState(session_minutes=5, reminders_status=reminders.status_text(), account="@ceo")]
    tray = Tray(QIcon(), demo=True, state=lambda: states[-1], tray_available=False, tray_check=lambda: False)
    assert tray.fallback is not None
    _add(qtbot, tray.fallback)
    tray.rebuild_menu()
    tray.set_status(reminders.status_text())
    tray.notify(reminders.text(), kind="reminder")
    shown = [*menu_texts(tray.menu), *widget_texts(tray.fallback), Shown("tooltip", tray.icon.toolTip())]
    assert_french(shown, extra_content=["@ceo"])
    assert tray.action("settings").text() == "Paramètres…"
    assert tray.action("pause").text() == "Suspendre les rappels"
    assert tray.action("session").text() == "Commencer une séance de 5 min"
    message = tray.fallback.findChild(QLabel, "message")
    assert message is not None and message.text() == "Une séance de 5 min maintenant\u00a0?"
    states.append(TrayState(session_remaining=125))
    tray.rebuild_menu()
    assert tray.action("session").text() == "Revenir à la séance (encore 2:05)"


def _session_window(qtbot: QtBot) -> tuple[SessionWindow, FakeSession]:
    old = make_item(5, post=replace(make_item(5).post, created_at=NOW - timedelta(days=9)))  # shown with its date
    session = FakeSession([*sample_items(5), old], seconds=272)
    window = SessionWindow(session, clock=clock, images=FakeImages(), opener=lambda _url: True)
    _add(qtbot, window)
    session.retweet("101")
    session.set_state("102", ActionState.FAILED, errors.Transient.user_message)
    session.set_state("103", ActionState.FORBIDDEN, errors.ForbiddenByTier.user_message)
    session.set_state("104", ActionState.DONE)
    return window, session


ROLES = [int(r) for r in Role if r not in (Role.ITEM, Role.MEDIA, Role.POST_ID, Role.URL, Role.AVATAR_URL, Role.STATE)]


def test_session_window_with_posts_help_and_thread_is_french(qtbot: QtBot, french: str) -> None:
    window, session = _session_window(qtbot)
    window.show()
    shown = [*widget_texts(window), *model_texts(window.model, ROLES, "timeline")]
    for status in (fetching(4), said(RETRYING, "Journalists"), said(UP_TO_DATE)):
        session.fetch_status.emit(status)
        shown.append(Shown(f"status after {status!r}", window.status.text()))
    window.view.setCurrentIndex(window.proxy.index(3, 0))  # a post whose actions the plan forbids
    shown += widget_texts(window)
    window.help.toggle()
    shown += widget_texts(window.help)
    window.help.dismiss()
    for row in range(window.proxy.rowCount()):
        window.view.setCurrentIndex(window.proxy.index(row, 0))
        window.open_detail()
        shown.append(Shown(f"thread of row {row}", window.detail.text()))
    assert_french(shown)
    assert window.header.findChild(QLabel, "session_title").text() == "Séance de lecture"  # type: ignore[union-attr]
    assert window.status.text() == "À jour"
    assert window.model.index(0).data(Role.GROUP_NAME) == "Journalistes"
    assert window.model.index(0).data(Role.REASON) == "Journalistes · liste Tech press"


def test_summary_is_french(qtbot: QtBot, french: str) -> None:
    window, session = _session_window(qtbot)
    session.end()
    assert window.stack.currentWidget() is window.summary_view
    view = _add(qtbot, SummaryView(session.summary(252), extend_minutes=3))
    assert_french([*widget_texts(window), *widget_texts(view)])
    assert isinstance(view, SummaryView)
    assert view.value_text("time") == "4 min 12 s"
    assert view.value_text("cost") == "0,045 $"
    assert view.extend_button.text() == "Prolonger de 3 min"


def test_first_run_dialog_is_french(qtbot: QtBot, french: str) -> None:
    problems = (f"Could not read the lists you follow: {errors.RateLimited.user_message}",)
    plan = FirstRunPlan(LISTS, {"501": "Journalists"}, problems)
    dialog = _add(qtbot, FirstRunDialog(plan, user_id="ceo-id"))
    assert_french(widget_texts(dialog), extra_content=problems)  # a plain str problem is shown as it came
    combo = dialog.findChild(QWidget, "group_for_501")
    assert combo is not None and combo.currentText() == "Journalistes"  # type: ignore[attr-defined]
    assert isinstance(dialog, FirstRunDialog) and dialog.mapping() == {"501": "Journalists"}


def test_composer_is_french(qtbot: QtBot, french: str) -> None:
    from exec_desk.ui.composer.window import ComposerWindow

    window = _add(qtbot, ComposerWindow(clock=lambda: datetime(2026, 11, 26, 10, tzinfo=UTC)))
    window.show()
    assert_french(widget_texts(window))


def test_settings_dialog_is_french(qtbot: QtBot, french: str, tmp_path: Path) -> None:
    from exec_desk.ui.settings.dialog import SettingsDialog

    path = tmp_path / "settings.json"
    path.write_text(json.dumps({}), encoding="utf-8")
    with Store(":memory:") as store:
        store.accounts.add(make_account("me"))
        apply_plan(store, "me", FirstRunPlan(LISTS[:1], {"501": "Journalists"}))
        dialog = _add(
            qtbot, SettingsDialog(Settings(path, env={}), ImmediateTaskRunner(), sources=SourceBook(store, "me"))
        )
        dialog.show()
        assert_french(widget_texts(dialog), extra_content=["me"])
