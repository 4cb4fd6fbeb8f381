"""The Account dialog: who Exec Desk uses now; sign in with X in the browser (OAuth 2.0 PKCE), enter OAuth 1.0a keys,
or follow the set-up guide and test the connection.

Three pages: "Sign in with X" (`ui.account_signin`: the app, the exact callback URL to register, X's consent
address and a paste field while waiting), "OAuth 1.0a keys", "Set-up guide" (`ui.account_guide`). All work
(keyring, browser, X) runs through the task runner and through services (`services.accounts.signin.SignInService`);
the GUI thread only shows progress. The wait for X can be cancelled (also by closing the dialog): that is no
failure. When no browser can be opened the consent address is shown to copy. A failure is explained in words a
user can act on and marks the guide's item it points to (`services.diagnosis`). When no secure keyring is usable
the page says what to install or unlock, signing in is disabled and the dialog keeps its size. Texts are
translated; an error is written in the palette's readable red.

Signals of AccountDialog:
    signed_in(object): the new `Account`, after its secrets are in the keyring and it is the active account.
"""

from __future__ import annotations

import webbrowser
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QCloseEvent, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from exec_desk.core.i18n import QT_TRANSLATE_NOOP
from exec_desk.core.secrets import CredentialStore, KeyringUnavailableError
from exec_desk.services.accounts import signin
from exec_desk.services.accounts.diagnosis import diagnose
from exec_desk.services.accounts.doctor import DoctorReport
from exec_desk.services.accounts.signin import SignInService
from exec_desk.services.context import AppContext
from exec_desk.services.tasks import Runner
from exec_desk.storage.records import Account
from exec_desk.ui.account.guide_page import SetupGuide
from exec_desk.ui.account.identity import account_text
from exec_desk.ui.account.signin_page import Attempt, SignInPanel
from exec_desk.ui.composer.parts import danger
from exec_desk.ui.i18n import message_text
from exec_desk.ui.tray import named

#: The OAuth 1.0a keys and their labels (English; shown with `QCoreApplication.translate("AccountDialog", label)`).
OAUTH1_FIELDS = (
    ("consumer_key", QT_TRANSLATE_NOOP("AccountDialog", "API key (consumer key)")),
    ("consumer_secret", QT_TRANSLATE_NOOP("AccountDialog", "API key secret (consumer secret)")),
    ("access_token", QT_TRANSLATE_NOOP("AccountDialog", "Access token")),
    ("access_token_secret", QT_TRANSLATE_NOOP("AccountDialog", "Access token secret")),
)


def describe(account: Account | None, *, demo: bool) -> str:
    """Who Exec Desk uses, in the words the tray uses too (`identity.account_text`)."""
    return account_text(None if account is None else account.username, demo=demo)


def local_oauth1_problem(keys: dict[str, str]) -> str | None:
    """What is wrong with the typed keys before asking X, in plain words; None when they look right."""
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
        signin.oauth1_user_id(keys["access_token"])
    except ValueError as exc:
        return QCoreApplication.translate("OAuth1", str(exc))  # ACCESS_TOKEN_SHAPE, marked in backends.oauth1
    return None


class AccountDialog(QDialog):
    """Shows the current account, adds a new one, and guides the set-up."""

    signed_in = Signal(object)
    #: From a worker: X's consent address, and whether a browser was opened with it.
    address_ready = Signal(str, bool)

    def __init__(self, service: SignInService, runner: Runner, *, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("account_dialog")
        self.setWindowTitle(self.tr("Exec Desk — Account"))
        self.setMinimumSize(660, 620)
        self._service = service
        self._runner = runner
        self._attempt: Attempt | None = None
        self._busy = False
        self._testing = False
        layout = QVBoxLayout(self)
        self.current = named(QLabel(current), "current")
        self.current.setStyleSheet("font-weight:bold")
        layout.addWidget(self.current)
        self.panel = SignInPanel(service.default_port(), service.deployment)
        self.guide = SetupGuide(self.panel.callback.text())
        self.tabs = named(QTabWidget(), "account_tabs")
        self.tabs.addTab(self.panel, self.tr("Sign in with X"))
        self.tabs.addTab(self._oauth1_page(), self.tr("OAuth 1.0a keys"))
        self.tabs.addTab(self.guide, self.tr("Set-up guide"))
        self.tabs.setAccessibleName(self.tr("Ways to sign in, and the set-up guide"))
        self.tabs.tabBar().setAccessibleName(self.tr("Ways to sign in, and the set-up guide"))
        layout.addWidget(self.tabs, 1)
        self.message = named(QLabel(""), "message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        layout.addWidget(buttons)
        self._wire()
        self._runner.submit(service.check_keyring, None, self._keyring_failed)

    def _wire(self) -> None:
        panel = self.panel
        self.keyring_message = panel.keyring_message
        self._paint(self.keyring_message, error=True)
        self.client_id, self.oauth2_button, self.cancel_button = (
            panel.client_id,
            panel.oauth2_button,
            panel.cancel_button,
        )
        panel.oauth2_button.clicked.connect(self.start_oauth2)
        panel.cancel_button.clicked.connect(self.cancel)
        panel.paste_button.clicked.connect(self.paste)
        panel.paste_field.returnPressed.connect(self.paste)
        panel.callback_changed.connect(self.guide.set_callback)
        self.address_ready.connect(self._address_ready)
        self.guide.test_requested.connect(self.test_connection)

    def _oauth1_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        intro = QLabel(self.tr("Keys from the X developer portal (the app's Keys and tokens page, Read and write)."))
        intro.setWordWrap(True)
        form.addRow(intro)
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
        return page

    @classmethod
    def for_context(
        cls,
        context: AppContext,
        runner: Runner,
        api_base_url: str | None,
        credentials: Callable[[], CredentialStore],
        open_browser: Callable[[str], object] | None = None,
    ) -> AccountDialog:
        """The dialog for the running app: sign-ins go to its store, settings and ledger."""
        service = SignInService(
            store=context.store,
            settings=context.settings,
            recorder=context.ledger,
            api_url=api_base_url,
            credentials=credentials,
            open_browser=open_browser or webbrowser.open,
            deployment=context.deployment,
        )
        return cls(service, runner, current=describe(context.account, demo=context.demo))

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
        if not busy:
            self.panel.hide_address()
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
        service, panel = self._service, self.panel
        client_id = panel.client_id_text()
        if client_id == "":
            self._say(self.tr("Enter the Client ID of your X developer app first."), error=True)
            return
        if self._busy:
            return
        plan = service.plan(client_id, panel.redirect_port.value())
        secret = None if panel.organisation else panel.client_secret.text().strip() or None
        owner = panel.app_owner.isChecked() and not panel.organisation
        attempt = self._attempt = Attempt()

        def work() -> Account:
            return service.oauth2(
                plan, client_secret=secret, app_owner=owner, on_address=self.address_ready.emit, attach=attempt.attach
            )

        self._set_busy(True, self.tr("Opening X's consent page in your browser…"))
        self._runner.submit(work, self._succeeded, self._failed)

    def _address_ready(self, url: str, opened: bool) -> None:
        if not self._busy or self._attempt is None:
            return
        self.panel.show_address(url, opened)
        if opened:
            self._say(self.tr("Approve Exec Desk on X's page in your browser, then come back here."))
        else:
            self._say(self.tr("No browser could be opened: copy the address below into a browser."))

    def paste(self) -> None:
        if self._attempt is None:
            return
        try:
            self._attempt.paste(self.panel.paste_field.text())
        except signin.BadPaste as exc:
            found = diagnose(exc, callback=self.panel.callback.text())
            self._say(message_text(found.message) if found else str(exc), error=True)
            return
        self._say(self.tr("Checking the address with X…"))

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
        service = self._service

        def work() -> Account:
            return service.oauth1(keys)

        self._attempt = None
        self._set_busy(True, self.tr("Checking the keys with X…"))
        self._runner.submit(work, self._succeeded, self._failed)

    # -- set-up guide ------------------------------------------------------------------------------------------
    def test_connection(self) -> None:
        """Run the connection test (`services.doctor`) on a worker; the guide shows what it found."""
        if self._testing:
            return
        service, panel = self._service, self.panel
        client_id, port = panel.client_id_text() or None, panel.redirect_port.value()

        def work() -> DoctorReport:
            return service.doctor(client_id, port)

        self._testing = True
        self.guide.test_button.setEnabled(False)
        self.guide.summary.setText(self.tr("Testing the connection with X…"))
        self._runner.submit(work, self._tested, self._test_failed)

    def _tested(self, report: DoctorReport) -> None:
        self._testing = False
        self.guide.test_button.setEnabled(True)
        self.guide.show_report(report)

    def _test_failed(self, error: BaseException) -> None:
        self._testing = False
        self.guide.test_button.setEnabled(True)
        self.guide.summary.setText(self.tr("The test could not run: {error}").format(error=error))

    # -- outcome -----------------------------------------------------------------------------------------------
    def _succeeded(self, account: Account) -> None:
        self._attempt = None
        self._set_busy(False)
        for field_ in self.oauth1_fields.values():
            field_.clear()
        self.panel.client_secret.clear()
        self.guide.reset()  # what an earlier attempt marked is history now
        self.current.setText(describe(account, demo=False))
        self._say(
            self.tr("Signed in as @{username}. Exec Desk now uses this account.").format(username=account.username)
        )
        self.signed_in.emit(account)

    def _failed(self, error: BaseException) -> None:
        self._attempt = None
        self._set_busy(False)
        if isinstance(error, signin.SignInCancelled):
            self._say(self.tr("Sign-in was cancelled. Nothing was saved."))
            return
        if isinstance(error, KeyringUnavailableError):
            self._keyring_failed(error)
            self._say(self.tr("Nothing was saved."), error=True)
            return
        if isinstance(error, ValueError) and not isinstance(error, signin.SignInError):
            self._say(self.tr("{error} Nothing was saved.").format(error=error), error=True)
            return
        found = diagnose(error, callback=self.panel.callback.text(), api_base_url=self._service.base_url())
        if found is not None:  # None only for a cancellation, handled above
            self.guide.show_failure(found.check, found.message)
            failed = self.tr("Sign-in failed. {reason} Nothing was saved. (Set-up guide: {item})")
            item = self.guide.titles[found.check].text()
            self._say(failed.format(reason=message_text(found.message), item=item), error=True)

    def reject(self) -> None:
        self.cancel()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel()
        super().closeEvent(event)
