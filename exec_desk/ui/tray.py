"""The system-tray icon and its menu; a small stand-in window where the desktop has no tray.

Signals of Tray:
    session_requested(): the user asked for a review session (left click or menu).
    compose_requested(): the user asked to write a post (middle click or menu).
    account_requested(): the user opened the Account entry.
    settings_requested(): the user opened Settings.
    quit_requested(): the user chose Quit.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QLabel, QMenu, QPushButton, QSystemTrayIcon, QVBoxLayout, QWidget

from exec_desk import APP_NAME

DEMO_NOTE = "Demo — a fake X with made-up accounts; nothing is posted to the real X."


class Tray(QObject):
    """Owns the tray icon (or the fallback window) and the menu, rebuilt just before it shows."""

    session_requested = Signal()
    compose_requested = Signal()
    account_requested = Signal()
    settings_requested = Signal()
    quit_requested = Signal()

    def __init__(self, icon: QIcon, *, demo: bool, tray_available: bool | None = None) -> None:
        super().__init__()
        self.demo = demo
        self.status = "Starting…"
        self.menu = QMenu()
        self.menu.aboutToShow.connect(self._rebuild_menu)
        self._rebuild_menu()
        self.available = QSystemTrayIcon.isSystemTrayAvailable() if tray_available is None else tray_available
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.fallback: QWidget | None = None
        if not self.available:
            self.fallback = self._make_fallback(icon)
        self._refresh_tooltip()

    @property
    def title(self) -> str:
        return f"{APP_NAME} — Demo" if self.demo else APP_NAME

    def show(self) -> None:
        if self.available:
            self.icon.show()
        elif self.fallback is not None:
            self.fallback.show()

    def set_status(self, text: str) -> None:
        self.status = text
        self._refresh_tooltip()

    def _refresh_tooltip(self) -> None:
        lines = [self.title, self.status] + ([DEMO_NOTE] if self.demo else [])
        self.icon.setToolTip("\n".join(lines))
        if self.fallback is not None:
            label = self.fallback.findChild(QLabel, "status")
            if label is not None:
                label.setText(self.status)

    def _rebuild_menu(self) -> None:
        self.menu.clear()
        header = self.menu.addAction(self.title)
        header.setEnabled(False)
        self.menu.addSeparator()
        self._add("Start a 5-minute session", self.session_requested, "session")
        self._add("Quick compose", self.compose_requested, "compose")
        self.menu.addSeparator()
        self._add("Account…", self.account_requested, "account")
        self._add("Settings…", self.settings_requested, "settings")
        self.menu.addSeparator()
        self._add("Quit", self.quit_requested, "quit")

    def _add(self, text: str, signal: SignalInstance, name: str) -> QAction:
        action = self.menu.addAction(text)
        action.setObjectName(f"action_{name}")
        action.triggered.connect(signal.emit)
        return action

    def action(self, name: str) -> QAction:
        found = self.menu.findChild(QAction, f"action_{name}")
        if found is None:
            raise KeyError(name)
        return found

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.session_requested.emit()
        elif reason == QSystemTrayIcon.ActivationReason.MiddleClick:
            self.compose_requested.emit()

    def _make_fallback(self, icon: QIcon) -> QWidget:
        window = QWidget()
        window.setObjectName("tray_fallback")
        window.setWindowTitle(self.title)
        window.setWindowIcon(icon)
        layout = QVBoxLayout(window)
        note = QLabel(
            "This desktop has no system tray, so Exec Desk lives in this small window instead.\n"
            "Close it to keep Exec Desk running; use Quit to stop it."
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        if self.demo:
            demo = QLabel(DEMO_NOTE)
            demo.setObjectName("demo_banner")
            demo.setStyleSheet("background:#ffb703;color:#1d1d1d;padding:4px;font-weight:bold")
            demo.setWordWrap(True)
            layout.addWidget(demo)
        status = QLabel(self.status)
        status.setObjectName("status")
        layout.addWidget(status)
        for text, signal in (
            ("Start a 5-minute session", self.session_requested),
            ("Quick compose", self.compose_requested),
            ("Menu…", None),
        ):
            button = QPushButton(text)
            if signal is None:
                button.setMenu(self.menu)
            else:
                button.clicked.connect(signal.emit)
            layout.addWidget(button)
        return window
