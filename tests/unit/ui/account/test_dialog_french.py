"""The Account dialog in French, on every page, after a failed connection test (an app not enrolled, on the strict
fake X): no English left but X's own names for what is on its console. Screenshots of the set-up guide and of the
failed test, in English and French, go to $EXEC_DESK_SHOTS when set (else the test's temporary folder)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from exec_desk.fakex.server import FakeXServer
from exec_desk.services.accounts.signin import SignInService
from exec_desk.services.tasks import TaskRunner
from exec_desk.storage.ledger import Ledger
from exec_desk.storage.settings import Settings
from exec_desk.storage.store import Store
from exec_desk.ui.account.dialog import AccountDialog, describe
from tests.support.credentials import MemoryCredentialStore
from tests.support.signed_in import sign_in_through
from tests.support.ui_texts import widget_texts
from tests.unit.ui.test_french import assert_french

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")

#: What X's console shows in English, quoted as it is so that the user finds it there.
X_CONSOLE = (
    "Something went wrong — You weren't able to give access to the App",
    "Apps → Manage apps → Move to package → Pay-per-use",
    "Callback URI / Redirect URL",
    "Automated App or Bot",
    "User authentication",
    "Keys and tokens",
    "Read and write",
    "Authorize app",
    "Web App",
    "Pay-per-use",
    "client-not-enrolled",
    "consumer key",
    "tweet.read users.read list.read tweet.write like.write media.write offline.access",
)


def _tested_dialog(qtbot: QtBot, fake_x: FakeXServer, tmp_path: Path) -> tuple[AccountDialog, TaskRunner]:
    store = Store(tmp_path / "exec-desk.sqlite3")
    settings, creds = Settings(tmp_path / "settings.json"), MemoryCredentialStore()
    account = sign_in_through(
        fake_x, fake_x.auth.not_enrolled.client_id, store=store, settings=settings, credentials=creds
    )
    runner = TaskRunner()
    deps = SignInService(
        store=store, settings=settings, recorder=Ledger(store), api_url=fake_x.base_url, credentials=lambda: creds
    )
    dialog = AccountDialog(deps, runner, current=describe(account, demo=False))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.guide)
    return dialog, runner


def _shoot(dialog: QWidget, name: str, tmp_path: Path) -> None:
    folder = Path(os.environ.get("EXEC_DESK_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    assert dialog.grab().save(str(folder / f"{name}.png"))


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_account_dialog_after_a_failed_test(
    qtbot: QtBot, fake_x: FakeXServer, tmp_path: Path, language: str, request: pytest.FixtureRequest
) -> None:
    request.getfixturevalue("french" if language == "fr" else "english")
    dialog, runner = _tested_dialog(qtbot, fake_x, tmp_path)
    try:
        _shoot(dialog, f"account-guide-{language}", tmp_path)
        dialog.guide.test_button.click()
        qtbot.waitUntil(lambda: dialog.guide.test_button.isEnabled(), timeout=15000)
        assert dialog.guide.status("enrolment") == "failed"
        _shoot(dialog, f"account-test-failed-{language}", tmp_path)
        if language == "fr":
            assert dialog.guide.summary.text() == "À corriger d'abord : Offre Pay-per-use et environnement Production"
            shown = [*widget_texts(dialog), *widget_texts(dialog.panel)]
            content = (*X_CONSOLE, fake_x.base_url, "@" + fake_x.world.user.username)
            assert_french(shown, extra_content=content)
        else:
            assert dialog.guide.summary.text() == "Fix first: Pay-per-use package and Production environment"
    finally:
        assert runner.shutdown(10000)
