"""The "Sign in with X" page of the account dialog: the X app to sign in through, the exact callback URL to register
(with a copy button), and, while a sign-in waits, X's consent address and a field for the address the browser ended
on (when this computer's 127.0.0.1 cannot be reached by the browser).

With a deployment file (the company's X app) the page shows just "Sign in with X"; "Use my own X app instead"
brings the fields back. No work here: the dialog runs the sign-in through the task runner; `Attempt` is the handle
of the sign-in in flight (cancel, paste) the GUI thread holds.

Signals of SignInPanel:
    callback_changed(str): the callback URL to register changed (the port or the app in use changed).
"""

from __future__ import annotations

import threading

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from exec_desk.core.callback import PORT_MAXIMUM, PORT_MINIMUM, callback_url
from exec_desk.services.accounts import signin
from exec_desk.storage.deployment import Deployment
from exec_desk.ui.style import mute
from exec_desk.ui.tray import named


class Attempt:
    """One browser sign-in in flight; `cancel()` and `paste()` work before and after the flow object exists."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._flow: signin.PkceSignIn | None = None
        self.cancelled = False

    def attach(self, flow: signin.PkceSignIn) -> None:
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

    def paste(self, text: str) -> None:
        """Hand a pasted address to the flow; `signin.BadPaste` when it cannot be used."""
        with self._lock:
            flow = self._flow
        if flow is None:
            raise signin.BadPaste("closed")
        flow.paste(text)


def copy_button(text: str, source: QLineEdit, name: str) -> QPushButton:
    """A button that puts `source`'s text on the clipboard."""
    button = named(QPushButton(text), name)
    button.clicked.connect(lambda: QGuiApplication.clipboard().setText(source.text()))
    return button


class SignInPanel(QWidget):
    """The OAuth 2.0 sign-in fields and buttons (the dialog connects the buttons)."""

    callback_changed = Signal(str)

    def __init__(self, port: int, deployment: Deployment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deployment = deployment
        self._own_port = port
        layout = QVBoxLayout(self)
        self.keyring_message = named(QLabel(""), "keyring_message")
        self.keyring_message.setWordWrap(True)
        self.keyring_message.hide()
        layout.addWidget(self.keyring_message)
        self.org_note = named(QLabel(), "org_note")
        self.org_note.setWordWrap(True)
        layout.addWidget(self.org_note)
        self.own_app = named(QCheckBox(self.tr("Use &my own X app instead")), "own_app")
        self.own_app.toggled.connect(self._show_fields)
        layout.addWidget(self.own_app)
        self.fields = QWidget()
        layout.addWidget(self.fields)
        stack = QVBoxLayout(self.fields)
        stack.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(
            self.tr(
                "Sign in through your X developer app: copy its OAuth 2.0 Client ID from the app's Keys and tokens "
                "page. The Set-up guide says what X requires of the app."
            )
        )
        intro.setWordWrap(True)
        stack.addWidget(intro)
        form = QFormLayout()
        stack.addLayout(form)
        self.client_id = self._line(
            "client_id", self.tr("Client ID"), self.tr("The OAuth 2.0 Client ID of your X app.")
        )
        form.addRow(self.tr("Client ID"), self.client_id)
        self.client_secret = self._line(
            "client_secret",
            self.tr("Client secret"),
            self.tr("Only for an app of type Web App or Automated App or Bot; leave empty for a Native App."),
        )
        self.client_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.client_secret.setPlaceholderText(self.tr("Only for a Web App or an Automated App or Bot"))
        form.addRow(self.tr("Client secret"), self.client_secret)
        self.redirect_port = named(QSpinBox(), "redirect_port")
        self.redirect_port.setRange(PORT_MINIMUM, PORT_MAXIMUM)
        self.redirect_port.setValue(port)
        self.redirect_port.setAccessibleName(self.tr("Sign-in port"))
        self.redirect_port.valueChanged.connect(self._port_changed)
        form.addRow(self.tr("Sign-in port"), self.redirect_port)
        self.callback = self._line("callback", self.tr("Callback URL to register on your X app"), "")
        self.callback.setReadOnly(True)
        self.copy_callback = copy_button(self.tr("Cop&y"), self.callback, "copy_callback")
        self.copy_callback.setAccessibleName(self.tr("Copy the callback URL"))
        row = QHBoxLayout()
        row.addWidget(self.callback, 1)
        row.addWidget(self.copy_callback)
        form.addRow(self.tr("Callback URL"), row)
        hint = QLabel(self.tr("Register it exactly on your X app: X compares it character for character."))
        hint.setWordWrap(True)
        mute(hint)
        stack.addWidget(hint)
        self.app_owner = named(QCheckBox(self.tr("I own this X &developer app")), "app_owner")
        self.app_owner.setAccessibleDescription(self.owner_note_text())
        owner_note = QLabel(self.owner_note_text())
        owner_note.setWordWrap(True)
        mute(owner_note)
        stack.addWidget(self.app_owner)
        stack.addWidget(owner_note)
        buttons = QHBoxLayout()
        self.oauth2_button = named(QPushButton(self.tr("&Sign in with X")), "oauth2_button")
        self.cancel_button = named(QPushButton(self.tr("C&ancel sign-in")), "cancel_button")
        self.cancel_button.setEnabled(False)
        buttons.addWidget(self.oauth2_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self._waiting_box())
        layout.addStretch(1)
        self.set_deployment(deployment)

    def owner_note_text(self) -> str:
        return self.tr(
            "X bills reads of your own posts, mentions and lists at $0.001 instead of $0.005 only when you own the "
            "app. Leave it unticked when you sign in through someone else's app (your company's, say)."
        )

    def _line(self, name: str, accessible: str, description: str) -> QLineEdit:
        field = named(QLineEdit(), name)
        field.setAccessibleName(accessible)
        if description:
            field.setAccessibleDescription(description)
        return field

    def _waiting_box(self) -> QWidget:
        box = named(QWidget(), "waiting_box")
        form = QVBoxLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        self.address_label = named(QLabel(), "address_label")
        self.address_label.setWordWrap(True)
        form.addWidget(self.address_label)
        row = QHBoxLayout()
        self.address = self._line("address", self.tr("X's consent page address"), "")
        self.address.setReadOnly(True)
        self.copy_address = copy_button(self.tr("Copy add&ress"), self.address, "copy_address")
        row.addWidget(self.address, 1)
        row.addWidget(self.copy_address)
        form.addLayout(row)
        paste_label = QLabel(
            self.tr(
                "If your browser cannot come back to this computer, paste the address your browser ended on "
                "(within 30 seconds: X's code expires):"
            )
        )
        paste_label.setWordWrap(True)
        form.addWidget(paste_label)
        row = QHBoxLayout()
        self.paste_field = self._line("paste_field", self.tr("The address your browser ended on"), "")
        self.paste_field.setPlaceholderText("http://127.0.0.1:…/callback?state=…&code=…")
        self.paste_button = named(QPushButton(self.tr("&Use this address")), "paste_button")
        row.addWidget(self.paste_field, 1)
        row.addWidget(self.paste_button)
        form.addLayout(row)
        box.hide()
        self.waiting_box = box
        return box

    # -- state -------------------------------------------------------------------------------------------------
    @property
    def organisation(self) -> bool:
        """The company's app is used (a deployment file names it and the user did not choose their own)."""
        return self._deployment.client_id is not None and not self.own_app.isChecked()

    def set_deployment(self, deployment: Deployment) -> None:
        self._deployment = deployment
        company = deployment.client_id is not None
        self.org_note.setVisible(company)
        self.own_app.setVisible(company)
        if company:
            self.org_note.setText(
                self.tr(
                    "Exec Desk signs in through your organisation's X app (set up by your IT department). Click "
                    "Sign in with X and approve Exec Desk on X's page."
                )
            )
        self._show_fields(self.own_app.isChecked())

    def _show_fields(self, own: bool) -> None:
        self.fields.setVisible(self._deployment.client_id is None or own)
        if self.organisation and self._deployment.redirect_port is not None:
            port = self._deployment.redirect_port
        else:
            port = self._own_port
        self.redirect_port.setValue(port)
        self._port_changed(self.redirect_port.value())

    def _port_changed(self, port: int) -> None:
        if not self.organisation:
            self._own_port = port
        self.callback.setText(callback_url(port))
        self.callback_changed.emit(self.callback.text())

    def client_id_text(self) -> str | None:
        """The Client ID typed (None for the company's app)."""
        return None if self.organisation else self.client_id.text().strip()

    def show_address(self, url: str, opened: bool) -> None:
        """A sign-in waits: show X's consent address (to copy) and the paste field."""
        if opened:
            text = self.tr("Your browser shows X's consent page. To use another browser, copy this address:")
        else:
            text = self.tr(
                "Exec Desk could not open a browser. Copy this address into a browser on this computer and approve "
                "Exec Desk there:"
            )
        self.address_label.setText(text)
        self.address.setText(url)
        self.paste_field.clear()
        self.waiting_box.show()

    def hide_address(self) -> None:
        self.waiting_box.hide()
        self.address.clear()
        self.paste_field.clear()
