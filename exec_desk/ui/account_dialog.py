"""The Account dialog: who Exec Desk uses now, sign in with OAuth 2.0 PKCE in the browser, or enter OAuth 1.0a keys.

All sign-in work (keyring, browser, X) runs through the task runner; the GUI thread only shows progress. The PKCE
wait can be cancelled (`PkceSignIn.cancel()`), also by closing the dialog. OAuth 1.0a keys are checked here first
(clear messages, nothing sent or saved), then with X; refused keys are not kept. When no secure keyring is usable
the dialog says what to install or unlock, and signing in is disabled. Heavy modules (tweepy, keyring) are imported
on the worker, never on the GUI thread. Texts are translated (why a sign-in failed too, see
`ui.compose_messages.SIGN_IN`); an error is written in the palette's readable red.

Signals of AccountDialog:
    signed_in(object): the new `Account`, after its secrets are in the keyring and it is the active account.
"""

from __future__ import annotations

import itertools
import threading
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QCloseEvent, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exec_desk.core.calls import CallRecorder
from exec_desk.core.errors import XError
from exec_desk.core.i18n import QT_TRANSLATE_NOOP
from exec_desk.services.tasks import Runner
from exec_desk.storage.credentials import CredentialStore, KeyringUnavailableError
from exec_desk.storage.records import Account
from exec_desk.storage.settings import Settings
from exec_desk.storage.store import Store
from exec_desk.ui.compose_messages import SIGN_IN, shown
from exec_desk.ui.composer_parts import danger
from exec_desk.ui.tray import named

if TYPE_CHECKING:
    from exec_desk.backends.oauth import PkceSignIn
    from exec_desk.services.context import AppContext

#: The OAuth 1.0a keys and their labels (English; shown with `QCoreApplication.translate("AccountDialog", label)`).
OAUTH1_FIELDS = (
    ("consumer_key", QT_TRANSLATE_NOOP("AccountDialog", "API key (consumer key)")),
    ("consumer_secret", QT_TRANSLATE_NOOP("AccountDialog", "API key secret (consumer secret)")),
    ("access_token", QT_TRANSLATE_NOOP("AccountDialog", "Access token")),
    ("access_token_secret", QT_TRANSLATE_NOOP("AccountDialog", "Access token secret")),
)


@dataclass(frozen=True)
class SignInDeps:
    """What signing in needs. `credentials` is called on a worker (opening the keyring is slow)."""

    store: Store
    settings: Settings
    recorder: CallRecorder
    api_base_url: str
    credentials: Callable[[], CredentialStore]
    open_browser: Callable[[str], object] = field(default=webbrowser.open)
    redirect_port: int = 0


def describe(account: Account | None, *, demo: bool) -> str:
    """Who Exec Desk uses, in a few words."""
    if account is None or demo:
        return QCoreApplication.translate("AccountDialog", "Demo — not signed in")
    signed = QCoreApplication.translate("AccountDialog", "Signed in as @{username} ({name})")
    return signed.format(username=account.username, name=account.name)


class _Attempt:
    """One PKCE sign-in in flight; `cancel()` works before and after the flow object exists."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._flow: PkceSignIn | None = None
        self.cancelled = False

    def attach(self, flow: PkceSignIn) -> None:
        with self._lock:
            self._flow = flow
            if self.cancelled:
                flow.cancel()

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            flow = self._flow
        if flow is not None:
            flow.cancel()


def _check_keyring(store: CredentialStore) -> CredentialStore:
    check = getattr(store, "check", None)
    if callable(check):
        check()  # KeyringUnavailableError with what to install or unlock
    return store


def local_oauth1_problem(keys: dict[str, str]) -> str | None:
    """What is wrong with the typed keys before asking X, in plain words; None when they look right."""
    from exec_desk.backends.oauth1 import oauth1_user_id

    for name, english in OAUTH1_FIELDS:
        value, label = keys[name], QCoreApplication.translate("AccountDialog", english)
        if not value:
            return QCoreApplication.translate("AccountDialog", "Fill in the {label}.").format(label=label)
        if any(ch.isspace() for ch in value):
            return QCoreApplication.translate(
                "AccountDialog", "The {label} contains spaces or line breaks; paste it again as one word."
            ).format(label=label)
        if not value.isascii() or not value.isprintable():
            return QCoreApplication.translate(
                "AccountDialog", "The {label} contains characters X never puts in keys; paste it again."
            ).format(label=label)
    try:
        oauth1_user_id(keys["access_token"])
    except ValueError as exc:
        return QCoreApplication.translate("OAuth1", str(exc))  # ACCESS_TOKEN_SHAPE, marked in backends.oauth1
    return None


class AccountDialog(QDialog):
    """Shows the current account and adds a new one."""

    signed_in = Signal(object)

    def __init__(self, deps: SignInDeps, runner: Runner, *, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("account_dialog")
        self.setWindowTitle(self.tr("Exec Desk — Account"))
        self._deps = deps
        self._runner = runner
        self._attempt: _Attempt | None = None
        self._busy = False
        layout = QVBoxLayout(self)
        self.current = named(QLabel(current), "current")
        self.current.setStyleSheet("font-weight:bold")
        layout.addWidget(self.current)
        self.keyring_message = named(QLabel(""), "keyring_message")
        self.keyring_message.setWordWrap(True)
        self._paint(self.keyring_message, error=True)
        self.keyring_message.hide()
        layout.addWidget(self.keyring_message)
        layout.addWidget(self._oauth2_box())
        layout.addWidget(self._oauth1_box())
        self.message = named(QLabel(""), "message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        chain = [self.client_id, self.oauth2_button, self.cancel_button, *self.oauth1_fields.values()]
        chain += [self.oauth1_button, close]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._runner.submit(lambda: _check_keyring(deps.credentials()), None, self._keyring_failed)

    def _oauth2_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Sign in with X in your browser (OAuth 2.0)"))
        form = QVBoxLayout(box)
        hint = QLabel(
            self.tr(
                "Uses the Client ID of your own X developer app (User authentication: Native App, callback "
                "{callback}). Your browser opens X's consent page; come back here when it says you are done."
            ).format(callback="http://127.0.0.1/callback")
        )
        hint.setWordWrap(True)
        form.addWidget(hint)
        self.client_id = named(QLineEdit(), "client_id")
        self.client_id.setPlaceholderText(self.tr("Client ID"))
        self.client_id.setAccessibleName(self.tr("Client ID"))
        self.client_id.setAccessibleDescription(self.tr("The Client ID of your X developer app."))
        form.addWidget(self.client_id)
        row = QHBoxLayout()
        self.oauth2_button = named(QPushButton(self.tr("&Sign in with X")), "oauth2_button")
        self.oauth2_button.clicked.connect(self.start_oauth2)
        self.cancel_button = named(QPushButton(self.tr("C&ancel sign-in")), "cancel_button")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        row.addWidget(self.oauth2_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        form.addLayout(row)
        return box

    def _oauth1_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Or enter OAuth 1.0a keys (from the X developer portal)"))
        form = QFormLayout(box)
        self.oauth1_fields: dict[str, QLineEdit] = {}
        for name, english in OAUTH1_FIELDS:
            label = QCoreApplication.translate("AccountDialog", english)
            field_ = named(QLineEdit(), name)
            field_.setEchoMode(QLineEdit.EchoMode.Password)
            field_.setAccessibleName(label)
            form.addRow(label, field_)
            self.oauth1_fields[name] = field_
        self.oauth1_button = named(QPushButton(self.tr("Check and sa&ve keys")), "oauth1_button")
        self.oauth1_button.clicked.connect(self.start_oauth1)
        form.addRow(self.oauth1_button)
        return box

    @classmethod
    def for_context(
        cls,
        context: AppContext,
        runner: Runner,
        api_base_url: str,
        credentials: Callable[[], CredentialStore],
        open_browser: Callable[[str], object] | None = None,
    ) -> AccountDialog:
        """The dialog for the running app: sign-ins go to its store, settings and ledger."""
        deps = SignInDeps(
            store=context.store,
            settings=context.settings,
            recorder=context.ledger,
            api_base_url=api_base_url,
            credentials=credentials,
            open_browser=open_browser or webbrowser.open,
        )
        return cls(deps, runner, current=describe(context.account, demo=context.demo))

    # -- state -------------------------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        usable = not busy and self.keyring_message.isHidden()
        self.oauth2_button.setEnabled(usable)
        self.oauth1_button.setEnabled(usable)
        self.cancel_button.setEnabled(busy and self._attempt is not None)
        if text:
            self._say(text)

    def _say(self, text: str, *, error: bool = False) -> None:
        self._paint(self.message, error=error)
        self.message.setText(text)

    def _paint(self, label: QLabel, *, error: bool) -> None:
        """Errors in the palette's readable red, other messages in the usual text colour."""
        palette = label.palette()
        role = QPalette.ColorRole.WindowText
        palette.setColor(role, danger(self.palette()) if error else self.palette().color(role))
        label.setPalette(palette)

    def _keyring_failed(self, error: BaseException) -> None:
        if isinstance(error, KeyringUnavailableError):
            needs = self.tr("Signing in needs the system keyring, which is not usable here. {error}")
            self.keyring_message.setText(needs.format(error=error))
            self.keyring_message.show()
            self._set_busy(self._busy)
        else:
            self._say(self.tr("The keyring could not be checked: {error}").format(error=error), error=True)

    # -- OAuth 2.0 PKCE ----------------------------------------------------------------------------------------
    def start_oauth2(self) -> None:
        client_id = self.client_id.text().strip()
        if not client_id:
            self._say(self.tr("Enter the Client ID of your X developer app first."), error=True)
            return
        if self._busy:
            return
        attempt = self._attempt = _Attempt()
        deps = self._deps

        def work() -> Account:
            from exec_desk.backends.oauth import PkceSignIn
            from exec_desk.services.accounts import sign_in_oauth2

            credentials = _check_keyring(deps.credentials())
            flow = PkceSignIn(
                client_id,
                api_base_url=deps.api_base_url,
                open_browser=deps.open_browser,
                redirect_port=deps.redirect_port,
            )
            attempt.attach(flow)
            return sign_in_oauth2(
                flow,
                client_id=client_id,
                api_base_url=deps.api_base_url,
                credentials=credentials,
                store=deps.store,
                settings=deps.settings,
                recorder=deps.recorder,
            )

        self._set_busy(True, self.tr("Waiting for your browser… Approve Exec Desk on X's page, then come back here."))
        self._runner.submit(work, self._succeeded, self._failed)

    def cancel(self) -> None:
        if self._attempt is not None:
            self._attempt.cancel()
            self.cancel_button.setEnabled(False)
            self._say(self.tr("Cancelling…"))

    # -- OAuth 1.0a --------------------------------------------------------------------------------------------
    def oauth1_keys(self) -> dict[str, str]:
        return {name: field_.text().strip() for name, field_ in self.oauth1_fields.items()}

    def start_oauth1(self) -> None:
        if self._busy:
            return
        keys = self.oauth1_keys()
        problem = local_oauth1_problem(keys)
        if problem is not None:
            self._say(problem, error=True)
            return
        deps = self._deps

        def work() -> Account:
            from exec_desk.services.accounts import sign_in_oauth1

            credentials = _check_keyring(deps.credentials())
            return sign_in_oauth1(
                keys,
                api_base_url=deps.api_base_url,
                credentials=credentials,
                store=deps.store,
                settings=deps.settings,
                recorder=deps.recorder,
            )

        self._attempt = None
        self._set_busy(True, self.tr("Checking the keys with X…"))
        self._runner.submit(work, self._succeeded, self._failed)

    # -- outcome -----------------------------------------------------------------------------------------------
    def _succeeded(self, account: Account) -> None:
        self._attempt = None
        self._set_busy(False)
        for field_ in self.oauth1_fields.values():
            field_.clear()
        self.current.setText(describe(account, demo=False))
        self._say(
            self.tr("Signed in as @{username}. Exec Desk now uses this account.").format(username=account.username)
        )
        self.signed_in.emit(account)

    def _failed(self, error: BaseException) -> None:
        self._attempt = None
        self._set_busy(False)
        if isinstance(error, KeyringUnavailableError):
            self._keyring_failed(error)
            self._say(self.tr("Nothing was saved."), error=True)
        elif isinstance(error, XError):
            detail, reason = str(error), shown(error.user_message, SIGN_IN)
            if detail and detail != error.user_message:
                failed = self.tr("Sign-in failed. {reason} ({detail}) Nothing was saved.")
            else:
                failed = self.tr("Sign-in failed. {reason} Nothing was saved.")
            self._say(failed.format(reason=reason, detail=detail), error=True)
        elif isinstance(error, ValueError):
            self._say(self.tr("{error} Nothing was saved.").format(error=error), error=True)
        else:
            self._say(self.tr("Sign-in failed: {error}. Nothing was saved.").format(error=error), error=True)

    def reject(self) -> None:
        self.cancel()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel()
        super().closeEvent(event)
