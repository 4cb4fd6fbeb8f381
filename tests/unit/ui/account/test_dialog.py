"""The Account dialog: OAuth 1.0a keys checked locally then by X (nothing saved on error), OAuth 2.0 PKCE through
the fake X server's consent page and a real loopback redirect (through the default port, and through a port chosen
in the dialog), cancel, and a clear message without a keyring. All sign-in work runs on the task runner: the
browser is "opened" on a worker thread, never the GUI thread. More (the callback URL, the paste fallback, secrets,
the company's app, the set-up guide): test_account_dialog_setup.py."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
import requests
from keyring.backends import fail
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from exec_desk.fakex.server import FakeXServer
from exec_desk.services.accounts.signin import SignInService
from exec_desk.services.tasks import TaskRunner
from exec_desk.storage.credentials import KeyringCredentialStore
from exec_desk.storage.ledger import Ledger
from exec_desk.storage.records import AuthKind
from exec_desk.storage.settings import Settings
from exec_desk.storage.store import Store
from exec_desk.ui.account.dialog import OAUTH1_FIELDS, AccountDialog
from tests.support.credentials import MemoryCredentialStore
from tests.support.ports import registered_port

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")


class Browser:
    """Stands in for the user's browser: follows X's consent redirect back to the loopback listener."""

    def __init__(self, *, follow: bool = True) -> None:
        self.follow = follow
        self.opened: list[str] = []
        self.threads: list[str] = []

    def __call__(self, url: str) -> bool:
        self.opened.append(url)
        self.threads.append(threading.current_thread().name)
        if self.follow:
            threading.Thread(target=requests.get, args=(url,), kwargs={"timeout": 10}, daemon=True).start()
        return True


def _dialog(
    qtbot: QtBot,
    fake_x: FakeXServer,
    store: Store,
    settings: Settings,
    runner: TaskRunner,
    *,
    credentials: Callable[[], object],
    browser: Browser | None = None,
    default_port: bool = False,
) -> AccountDialog:
    """The dialog on `fake_x`; its sign-in port is a free one registered on the fake, unless `default_port`."""
    deps = SignInService(
        store=store,
        settings=settings,
        recorder=Ledger(store),
        api_url=fake_x.base_url,
        credentials=credentials,  # type: ignore[arg-type]
        open_browser=browser or Browser(),
        redirect_port=None if default_port else registered_port(fake_x),
    )
    dialog = AccountDialog(deps, runner, current="Demo — not signed in")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5000)  # the keyring check
    return dialog


def _type_keys(dialog: AccountDialog, keys: dict[str, str]) -> None:
    for name, value in keys.items():
        dialog.oauth1_fields[name].setText(value)


def test_fields_are_password_fields_and_the_current_account_shows(
    qtbot: QtBot, fake_x: FakeXServer, store: Store, settings: Settings, runner: TaskRunner
) -> None:
    dialog = _dialog(qtbot, fake_x, store, settings, runner, credentials=MemoryCredentialStore)
    assert dialog.current.text() == "Demo — not signed in"
    assert [n for n, _ in OAUTH1_FIELDS] == list(dialog.oauth1_fields)
    assert all(f.echoMode() == QLineEdit.EchoMode.Password for f in dialog.oauth1_fields.values())
    assert dialog.keyring_message.isHidden() and dialog.oauth2_button.isEnabled()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"consumer_key": ""}, "Fill in the API key (consumer key)."),
        ({"consumer_secret": "two words"}, "contains spaces or line breaks"),
        ({"access_token": "abc-def"}, "The access token must look like '<your numeric user id>-"),
        ({"access_token_secret": "sécret"}, "characters X never puts in keys"),
    ],
)
def test_oauth1_keys_are_checked_before_anything_is_sent_or_saved(
    qtbot: QtBot,
    fake_x: FakeXServer,
    store: Store,
    settings: Settings,
    runner: TaskRunner,
    change: dict[str, str],
    message: str,
) -> None:
    creds = MemoryCredentialStore()
    dialog = _dialog(qtbot, fake_x, store, settings, runner, credentials=lambda: creds)
    _type_keys(dialog, {**fake_x.credentials()["oauth1"], **change})
    dialog.oauth1_button.click()
    assert message in dialog.message.text()
    assert runner.pending == 0 and not dialog.busy
    assert creds._items == {} and store.accounts.all() == [] and fake_x.log.calls() == []


def test_oauth1_keys_refused_by_x_are_not_kept(
    qtbot: QtBot, fake_x: FakeXServer, store: Store, settings: Settings, runner: TaskRunner
) -> None:
    creds = MemoryCredentialStore()
    dialog = _dialog(qtbot, fake_x, store, settings, runner, credentials=lambda: creds)
    keys = dict(fake_x.credentials()["oauth1"])
    _type_keys(dialog, {**keys, "consumer_secret": "wrong-secret"})
    with qtbot.assertNotEmitted(dialog.signed_in, wait=0):
        dialog.oauth1_button.click()
        assert dialog.busy and not dialog.oauth1_button.isEnabled()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    assert "X refused your credentials" in dialog.message.text()
    assert "Nothing was saved." in dialog.message.text()
    assert creds._items == {} and store.accounts.all() == [] and settings.get("active_account") == ""
    assert dialog.oauth1_button.isEnabled()


def test_oauth1_keys_accepted_by_x_add_the_account(
    qtbot: QtBot, fake_x: FakeXServer, store: Store, settings: Settings, runner: TaskRunner
) -> None:
    creds = MemoryCredentialStore()
    dialog = _dialog(qtbot, fake_x, store, settings, runner, credentials=lambda: creds)
    _type_keys(dialog, fake_x.credentials()["oauth1"])
    with qtbot.waitSignal(dialog.signed_in, timeout=10000) as signed:
        dialog.oauth1_button.click()
    account = signed.args[0]
    assert account.auth_kind is AuthKind.OAUTH1 and account.user_id == fake_x.user_id
    assert len(creds._items) == 4 and settings.get("active_account") == account.key
    assert all(field.text() == "" for field in dialog.oauth1_fields.values())  # secrets do not linger
    assert dialog.current.text().startswith(f"Signed in as @{account.username}")


def test_pkce_sign_in_through_the_dialog(
    qtbot: QtBot, fake_x: FakeXServer, store: Store, settings: Settings, runner: TaskRunner
) -> None:
    creds = MemoryCredentialStore()
    browser = Browser()
    dialog = _dialog(
        qtbot, fake_x, store, settings, runner, credentials=lambda: creds, browser=browser, default_port=True
    )
    assert dialog.panel.callback.text() == "http://127.0.0.1:17823/callback"  # the fixed default, registered
    dialog.client_id.setText(fake_x.auth.client_id)
    with qtbot.waitSignal(dialog.signed_in, timeout=15000) as signed:
        dialog.oauth2_button.click()
        assert dialog.busy and dialog.cancel_button.isEnabled() and "browser" in dialog.message.text()
    account = signed.args[0]
    assert account.auth_kind is AuthKind.OAUTH2 and account.user_id == fake_x.user_id
    assert [a.key for a in store.accounts.all()] == [account.key]
    assert creds.get(account.key, "oauth2_access_token") and creds.get(account.key, "oauth2_refresh_token")
    assert browser.opened[0].startswith(f"{fake_x.base_url}/i/oauth2/authorize?")
    assert browser.threads != [threading.main_thread().name]  # the browser was opened from a worker
    assert f"Signed in as @{account.username}" in dialog.message.text()
    assert not dialog.busy and not dialog.cancel_button.isEnabled()
    assert "redirect_uri=http%3A%2F%2F127.0.0.1%3A17823%2Fcallback" in browser.opened[0]
    assert not account.app_owner  # not asked: not the owner


def test_pkce_sign_in_can_be_cancelled(
    qtbot: QtBot, fake_x: FakeXServer, store: Store, settings: Settings, runner: TaskRunner
) -> None:
    creds = MemoryCredentialStore()
    browser = Browser(follow=False)  # the user never comes back from the browser
    dialog = _dialog(qtbot, fake_x, store, settings, runner, credentials=lambda: creds, browser=browser)
    dialog.client_id.setText(fake_x.auth.client_id)
    dialog.oauth2_button.click()
    qtbot.waitUntil(lambda: browser.opened != [], timeout=5000)
    with qtbot.assertNotEmitted(dialog.signed_in, wait=0):
        dialog.cancel_button.click()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert "Sign-in was cancelled." in dialog.message.text()
    assert "failed" not in dialog.message.text()  # cancelling is no failure: said plainly, not in red
    assert dialog.message.palette().color(dialog.message.foregroundRole()) == dialog.palette().color(
        dialog.foregroundRole()
    )
    assert creds._items == {} and store.accounts.all() == []
    assert dialog.oauth2_button.isEnabled()


def test_closing_the_dialog_cancels_the_wait(
    qtbot: QtBot, fake_x: FakeXServer, store: Store, settings: Settings, runner: TaskRunner
) -> None:
    browser = Browser(follow=False)
    dialog = _dialog(qtbot, fake_x, store, settings, runner, credentials=MemoryCredentialStore, browser=browser)
    dialog.client_id.setText(fake_x.auth.client_id)
    dialog.show()
    dialog.oauth2_button.click()
    qtbot.waitUntil(lambda: browser.opened != [], timeout=5000)
    dialog.reject()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5000)  # the worker ended instead of waiting 120 s
    assert store.accounts.all() == []


def test_a_client_id_is_needed(
    qtbot: QtBot, fake_x: FakeXServer, store: Store, settings: Settings, runner: TaskRunner
) -> None:
    dialog = _dialog(qtbot, fake_x, store, settings, runner, credentials=MemoryCredentialStore)
    dialog.oauth2_button.click()
    assert "Client ID" in dialog.message.text() and runner.pending == 0


def test_without_a_keyring_the_dialog_says_what_to_do_and_signing_in_is_off(
    qtbot: QtBot, fake_x: FakeXServer, store: Store, settings: Settings, runner: TaskRunner, tmp_path: Path
) -> None:
    dialog = _dialog(
        qtbot,
        fake_x,
        store,
        settings,
        runner,
        credentials=lambda: KeyringCredentialStore(keyring_backend=fail.Keyring(), platform="linux"),
    )
    assert not dialog.keyring_message.isHidden()
    assert "gnome-keyring" in dialog.keyring_message.text() and "unlocked" in dialog.keyring_message.text()
    assert not dialog.oauth2_button.isEnabled() and not dialog.oauth1_button.isEnabled()
    assert fake_x.log.calls() == [] and store.accounts.all() == []
