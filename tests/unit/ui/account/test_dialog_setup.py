"""The Account dialog as a user meets it on real X: the exact callback URL with a copy button and a port field, no
browser (the address is shown to copy, and the paste field finishes the sign-in), a confidential app's secret, the
owner question, the company's app from the deployment file (just "Sign in with X"), an unregistered callback
explained, no keyring without a change of layout, and the set-up guide's connection test (ok, and an app not
enrolled). Everything runs on the task runner, against the strict fake X."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from exec_desk.core.secrets import CredentialStore
from exec_desk.fakex.server import FakeXServer
from exec_desk.services.accounts.signin import SignInService
from exec_desk.services.tasks import TaskRunner
from exec_desk.storage.credentials import KeyringCredentialStore
from exec_desk.storage.deployment import Deployment
from exec_desk.storage.ledger import Ledger
from exec_desk.storage.settings import Settings
from exec_desk.storage.store import Store
from exec_desk.ui.account.dialog import AccountDialog
from tests.support.credentials import MemoryCredentialStore
from tests.support.ports import free_port, registered_port
from tests.support.signed_in import sign_in_through

from .test_dialog import Browser

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")


class Environment:
    """What a dialog of these tests is made with."""

    def __init__(self, qtbot: QtBot, fake_x: FakeXServer, store: Store, settings: Settings, runner: TaskRunner):
        self.qtbot, self.fake_x, self.store, self.settings, self.runner = qtbot, fake_x, store, settings, runner
        self.creds = MemoryCredentialStore()

    def dialog(
        self,
        *,
        browser: Callable[[str], object] | None = None,
        port: int | None = None,
        deployment: Deployment | None = None,
        credentials: Callable[[], CredentialStore] | None = None,
        timeout: float = 15.0,
    ) -> AccountDialog:
        deps = SignInService(
            store=self.store,
            settings=self.settings,
            recorder=Ledger(self.store),
            api_url=self.fake_x.base_url,
            credentials=credentials or (lambda: self.creds),
            open_browser=browser or Browser(),
            redirect_port=port if port is not None else registered_port(self.fake_x),
            deployment=deployment or Deployment(),
            sign_in_timeout=timeout,
        )
        dialog = AccountDialog(deps, self.runner, current="Demo — not signed in")
        self.qtbot.addWidget(dialog)
        self.qtbot.waitUntil(lambda: self.runner.pending == 0, timeout=5000)  # the keyring check
        return dialog


@pytest.fixture
def env(qtbot: QtBot, fake_x: FakeXServer, store: Store, settings: Settings, runner: TaskRunner) -> Environment:
    return Environment(qtbot, fake_x, store, settings, runner)


def test_the_exact_callback_url_is_shown_with_a_copy_button_and_follows_the_port(env: Environment) -> None:
    dialog = env.dialog(port=17823)
    panel, guide = dialog.panel, dialog.guide
    assert panel.callback.text() == "http://127.0.0.1:17823/callback" and panel.callback.isReadOnly()
    panel.copy_callback.click()
    assert QGuiApplication.clipboard().text() == "http://127.0.0.1:17823/callback"
    panel.redirect_port.setValue(18000)
    assert panel.callback.text() == "http://127.0.0.1:18000/callback"
    assert guide.callback.text() == "http://127.0.0.1:18000/callback"
    assert "http://127.0.0.1:18000/callback" in guide.titles["callback_url"].text()
    guide.copy_callback.click()
    assert QGuiApplication.clipboard().text() == "http://127.0.0.1:18000/callback"


def test_without_a_browser_the_address_is_shown_and_a_pasted_address_signs_in(env: Environment) -> None:
    opened: list[str] = []

    def no_browser(url: str) -> bool:
        opened.append(url)
        return False  # webbrowser.open finds no browser

    dialog = env.dialog(browser=no_browser)
    dialog.client_id.setText(env.fake_x.auth.client_id)
    dialog.oauth2_button.click()
    env.qtbot.waitUntil(lambda: dialog.panel.waiting_box.isVisibleTo(dialog), timeout=5000)
    text = dialog.message.text()
    assert "No browser could be opened" in text and "Waiting" not in text
    assert dialog.panel.address.text() == opened[0] and "could not open a browser" in dialog.panel.address_label.text()
    dialog.panel.copy_address.click()
    assert QGuiApplication.clipboard().text() == opened[0]
    # The user opens it in a browser that cannot come back to this computer, and pastes where it ended.
    ended_on = _consent(env.fake_x, opened[0])
    dialog.panel.paste_field.setText(ended_on.replace("state=", "state=other"))
    dialog.panel.paste_button.click()
    assert "another sign-in attempt" in dialog.message.text() and dialog.busy  # still waiting
    dialog.panel.paste_field.setText(ended_on)
    with env.qtbot.waitSignal(dialog.signed_in, timeout=10000) as signed:
        dialog.panel.paste_button.click()
    assert signed.args[0].user_id == env.fake_x.user_id
    assert not dialog.panel.waiting_box.isVisibleTo(dialog)


def _consent(fake_x: FakeXServer, url: str) -> str:
    import requests

    with requests.Session() as session:
        answer = session.get(url, allow_redirects=False, timeout=10)
    assert answer.status_code == 302, answer.text
    assert fake_x.base_url in url
    return str(answer.headers["location"])


def test_a_confidential_app_signs_in_with_its_secret_and_the_owner_answer_is_kept(env: Environment) -> None:
    app = env.fake_x.auth.confidential
    assert app.secret
    dialog = env.dialog()
    dialog.client_id.setText(app.client_id)
    dialog.panel.client_secret.setText(app.secret)
    dialog.panel.app_owner.setChecked(True)
    with env.qtbot.waitSignal(dialog.signed_in, timeout=15000) as signed:
        dialog.oauth2_button.click()
    account = signed.args[0]
    assert account.app_owner and env.store.accounts.get(account.key).app_owner  # type: ignore[union-attr]
    assert env.creds.get(account.key, "oauth2_client_secret") == app.secret
    assert dialog.panel.client_secret.text() == ""  # the secret does not linger in the field
    assert env.settings.get("redirect_port") == dialog.panel.redirect_port.value()  # the port is remembered


def test_a_confidential_app_without_its_secret_is_explained_and_marks_the_guide(env: Environment) -> None:
    dialog = env.dialog()
    dialog.client_id.setText(env.fake_x.auth.confidential.client_id)
    dialog.oauth2_button.click()
    env.qtbot.waitUntil(lambda: not dialog.busy, timeout=15000)
    text = dialog.message.text()
    assert "give Exec Desk its client secret, or change the app's type to Native App" in text
    assert "Nothing was saved." in text and env.store.accounts.all() == []
    assert dialog.guide.status("app_type") == "failed"


def test_an_unregistered_callback_is_refused_by_the_fake_and_explained(env: Environment) -> None:
    browser = Browser()
    dialog = env.dialog(browser=browser, port=free_port(), timeout=1.0)  # a port not registered on the app
    dialog.client_id.setText(env.fake_x.auth.client_id)
    dialog.oauth2_button.click()
    env.qtbot.waitUntil(lambda: not dialog.busy, timeout=15000)
    text = dialog.message.text()
    assert f"is not exactly {dialog.panel.callback.text()}" in text and "Something went wrong" in text
    assert dialog.guide.status("callback_url") == "failed"
    assert env.store.accounts.all() == []


def test_the_companys_app_needs_just_sign_in_with_x(env: Environment) -> None:
    port = registered_port(env.fake_x)
    company = Deployment(client_id=env.fake_x.auth.client_id, redirect_port=port, source=Path("/etc/xdg/x.json"))
    dialog = env.dialog(deployment=company, port=0)
    panel = dialog.panel
    assert panel.organisation and panel.org_note.isVisibleTo(dialog) and not panel.fields.isVisibleTo(dialog)
    assert panel.callback.text() == f"http://127.0.0.1:{port}/callback"
    with env.qtbot.waitSignal(dialog.signed_in, timeout=15000) as signed:
        dialog.oauth2_button.click()  # nothing typed
    assert signed.args[0].user_id == env.fake_x.user_id and not signed.args[0].app_owner
    assert env.settings.get("redirect_port") == 17823  # the company's port is not the user's setting
    panel.own_app.setChecked(True)
    assert panel.fields.isVisibleTo(dialog) and not panel.organisation


def test_without_a_keyring_the_dialog_keeps_its_size_and_says_what_to_install(env: Environment) -> None:
    usable = env.dialog()
    usable.show()
    broken = env.dialog(credentials=lambda: KeyringCredentialStore(keyring_backend=fail.Keyring(), platform="linux"))
    broken.show()
    assert not broken.keyring_message.isHidden() and "gnome-keyring" in broken.keyring_message.text()
    # The message takes room the page had: the window and its pages keep their size and place.
    assert broken.size() == usable.size() and broken.tabs.geometry() == usable.tabs.geometry()
    assert not broken.oauth2_button.isEnabled() and not broken.guide.test_button.isHidden()


def test_the_connection_test_says_who_is_signed_in_and_what_it_cost(env: Environment) -> None:
    account = sign_in_through(
        env.fake_x, env.fake_x.auth.client_id, store=env.store, settings=env.settings, credentials=env.creds
    )
    dialog = env.dialog()
    dialog.guide.test_button.click()
    assert not dialog.guide.test_button.isEnabled()
    env.qtbot.waitUntil(lambda: dialog.guide.test_button.isEnabled(), timeout=15000)
    guide = dialog.guide
    assert [guide.status(c) for c in ("developer_account", "app_type", "callback_url", "enrolment")] == ["ok"] * 4
    assert [guide.status(c) for c in ("permissions", "sign_in", "connection")] == ["ok"] * 3
    assert guide.summary.text() == f"Connected: @{account.username} is signed in. This test cost $0.010."


def test_the_connection_test_names_an_app_not_enrolled(env: Environment) -> None:
    sign_in_through(
        env.fake_x,
        env.fake_x.auth.not_enrolled.client_id,
        store=env.store,
        settings=env.settings,
        credentials=env.creds,
    )
    dialog = env.dialog()
    dialog.guide.test_button.click()
    env.qtbot.waitUntil(lambda: dialog.guide.test_button.isEnabled(), timeout=15000)
    guide = dialog.guide
    assert guide.status("enrolment") == "failed" and guide.status("developer_account") == "unknown"
    assert "Pay-per-use package" in guide.details["enrolment"].text()
    assert guide.summary.text() == "Fix first: Pay-per-use package and Production environment"
