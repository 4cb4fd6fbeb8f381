"""Choosing the language (system, en, fr), switching at run time and back, Qt's own strings, the default locale,
dates and times in French, and the texts `core` and `services` hand over (messages, fetch statuses)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from exec_desk.core import errors
from exec_desk.core.i18n import Message, Moment, Phrase
from exec_desk.core.queue import Candidate, GroupInfo, reason_for
from exec_desk.services.fetcher import RETRYING, error_words, fetching, said
from exec_desk.services.session.persist import over_budget
from exec_desk.ui.i18n import (
    current_language,
    install_language,
    long_datetime,
    message_text,
    resolve_language,
)
from exec_desk.ui.session.actions import counts_text, fetch_status_text
from exec_desk.ui.session.summary import SummaryView
from exec_desk.ui.session.window import SessionWindow
from exec_desk.ui.timeline.model import Role, format_age
from tests.support.session_fakes import NOW, FakeSession, clock, make_item

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [
        ("system", "fr_FR", "fr"),
        ("system", "fr_CA", "fr"),
        ("system", "de_DE", "en"),
        ("system", "en_GB", "en"),
        ("fr", "en_US", "fr"),
        ("en", "fr_FR", "en"),
        ("klingon", "fr_BE", "fr"),  # an unknown setting follows the system
    ],
)
def test_the_language_follows_the_setting_then_the_system(setting: str, system: str, expected: str) -> None:
    assert resolve_language(setting, QLocale(system)) == expected


def test_french_then_back_to_english(qtbot: QtBot, qapp: QApplication, catalogs: Path) -> None:
    assert install_language(qapp, "fr", catalogs=catalogs, system=QLocale("en_US")) == "fr"
    assert current_language(qapp) == "fr"
    assert QLocale().name() == "fr_FR"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"  # Qt's own, from qtbase_fr
    french = SummaryView()
    qtbot.addWidget(french)
    assert french.title.text() == "Séance terminée"
    assert counts_text([], 2, 5) == "Publication 2 sur 5 · 0 publication"
    assert install_language(qapp, "en", catalogs=catalogs, system=QLocale("en_US")) == "en"
    assert current_language(qapp) == "en"
    assert QLocale().name() == "en_US"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    english = SummaryView()
    qtbot.addWidget(english)
    assert english.title.text() == "Session done"
    assert counts_text([], 2, 5) == "Post 2 of 5 · 0 posts"
    assert len(qapp.findChildren(QTranslator, "exec_desk_translator")) == 1  # only the English plural forms


def test_the_system_region_is_kept_when_it_speaks_the_language(qapp: QApplication, catalogs: Path) -> None:
    try:
        assert install_language(qapp, "system", catalogs=catalogs, system=QLocale("fr_CA")) == "fr"
        assert QLocale().name() == "fr_CA"
    finally:
        install_language(qapp, "en", catalogs=catalogs, system=QLocale("en_US"))


def test_a_missing_catalogue_means_english(
    qapp: QApplication, tmp_path: Path, catalogs: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "exec_desk_fr.ts").write_text("<TS/>", encoding="utf-8")
    try:
        assert install_language(qapp, "fr", catalogs=tmp_path, system=QLocale("en_US")) == "en"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
        assert "packaging/i18n.py compile" in caplog.text
    finally:
        install_language(qapp, "en", catalogs=catalogs, system=QLocale("en_US"))


def test_dates_and_times_are_french(qtbot: QtBot, french: str) -> None:
    old = make_item(0)
    session = FakeSession([old])
    later = old.post.created_at + timedelta(days=9)
    window = SessionWindow(session, clock=lambda: later)
    qtbot.addWidget(window)
    local = old.post.created_at.astimezone()
    day = QLocale("fr_FR").toString(QDate(local.year, local.month, local.day), "d MMM")
    assert window.model.index(0).data(Role.AGE) == day and day.endswith("nov.")
    assert format_age(NOW - timedelta(minutes=5), NOW) == "5 min"
    assert format_age(NOW - timedelta(days=2), NOW) == "2 j"
    window.open_detail()
    assert long_datetime(old.post.created_at) in window.detail.text()
    assert "novembre 2026" in window.detail.text()
    summary = SummaryView(FakeSession().summary(252))
    qtbot.addWidget(summary)
    assert summary.subtitle.text().startswith("De ")
    assert "novembre 2026" in summary.subtitle.toolTip()
    monday = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    words = Phrase.of(
        "Reminders", "Next reminder on {day} at {time}", day=Moment(monday, "weekday"), time=Moment(monday)
    )
    assert message_text(Message(words)) == "Prochain rappel lundi à 09:00"
    assert str(Message(words)) == "Next reminder on Monday at 09:00"


def test_reasons_travel_as_messages_and_show_in_french(french: str) -> None:
    item = make_item(1)
    candidate = Candidate(item.post, GroupInfo(1, "Journalists"), "search", "AI Act")
    reason = reason_for(candidate, item.author)
    assert reason == f"Journalists · search “AI Act” · retweeted by @{item.author.username}"  # type: ignore[union-attr]
    assert message_text(reason) == (
        f"Journalistes · recherche «\u00a0AI Act\u00a0» · republiée par @{item.author.username}"  # type: ignore[union-attr]
    )
    own_group = reason_for(Candidate(item.post, GroupInfo(9, "Board"), "list", "Directors"))
    assert message_text(own_group) == "Board · liste Directors"  # a user's own group name stays as it is


@pytest.mark.parametrize(
    "error",
    [
        errors.Transient(),
        errors.RateLimited(reset_at=NOW),
        errors.RateLimited(),
        errors.ForbiddenByTier(),
        errors.NotFound(),
        errors.InvalidRequest(),
        errors.AuthExpired(),
        ValueError("boom"),
    ],
)
def test_every_fetch_status_is_french(french: str, error: BaseException) -> None:
    """The fetcher's words (Messages) are all shown in French by the session window."""
    for retrying in (False, True):
        english = error_words(error, "Journalists", retrying=retrying)
        shown = fetch_status_text(english)
        assert shown != english
        assert "Journalists" not in shown
    assert fetching(1) == "Fetching 1 source…" and fetch_status_text(fetching(1)) == "Récupération de 1 source…"
    assert fetching(3) == "Fetching 3 sources…" and fetch_status_text(fetching(3)) == "Récupération de 3 sources…"
    slow = said(RETRYING, "Tech press")
    assert slow == "Tech press: X is slow, retrying…"
    assert fetch_status_text(slow) == "Tech press\u00a0: X est lent, nouvel essai…"
    assert fetch_status_text("Up to date · 6 sources") == "Up to date · 6 sources"  # plain words: as they are


def test_english_plural_forms_without_the_system(qtbot: QtBot, english: str) -> None:
    window = SessionWindow(FakeSession([make_item(0)]), clock=clock)
    qtbot.addWidget(window)
    assert window.model.index(0).data(Role.METRICS_TEXT).startswith("3 replies   12 retweets   140 likes")
    assert window.header.counts.text() == "Post 1 of 1 · 1 post"


def test_the_budget_status_shows_amounts_in_the_users_locale(french: str) -> None:
    words = over_budget(20_412_345, 20_000_000)
    assert words == (
        "Monthly API budget reached ($20.412 of $20.00): nothing new is fetched; raise the budget in Settings"
    )
    assert message_text(words) == (
        "Budget API mensuel atteint (20,412 $ sur 20,00 $) : rien de nouveau n’est récupéré ; "
        "augmentez le budget dans les Paramètres"
    )
    assert over_budget(19_999_999, 20_000_000) is None and over_budget(50_000_000, 0) is None
