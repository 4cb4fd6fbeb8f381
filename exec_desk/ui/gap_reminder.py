"""The gap reminder: a small window that proposes a session in a free gap of the calendar, with three choices.

A tray notification (`QSystemTrayIcon.showMessage`) carries text and one click, no buttons; desktop notifications
with actions need the freedesktop D-Bus service, which not every desktop (nor Windows or macOS) offers alike. So the
proposal is a small window of its own: it stays above other windows in a corner of the screen, does not take the
keyboard from what the user is typing (it is shown without being activated), and offers **Start** (the default
button), **Snooze 15 min** and **Skip** (Esc). It works the same with or without a system tray.

Signals of GapReminderWindow:
    chosen(str): "start", "snooze" or "skip"; the window has hidden itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QIcon, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from exec_desk import APP_NAME
from exec_desk.services.reminders import SNOOZE_MINUTES
from exec_desk.ui.i18n import message_text
from exec_desk.ui.style import mute, scaled_font

MARGIN = 16
WIDTH = 380


class GapReminderWindow(QWidget):
    chosen = Signal(str)

    def __init__(self, icon: QIcon | None = None) -> None:
        super().__init__(None, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("gap_reminder")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setWindowTitle(self.tr("{app} — a session?").format(app=APP_NAME))
        if icon is not None:
            self.setWindowIcon(icon)
        layout = QVBoxLayout(self)
        self.text = QLabel()
        self.text.setObjectName("gap_text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setFont(scaled_font(self.text.font(), 1.15, bold=True))
        layout.addWidget(self.text)
        why = QLabel(self.tr("Proposed in a free gap of your calendar."))
        why.setObjectName("gap_why")
        why.setWordWrap(True)
        mute(why)
        layout.addWidget(why)
        row = QHBoxLayout()
        self.start_button = self._button("start", self.tr("&Start"), self.tr("Start a review session now"))
        self.snooze_button = self._button(
            "snooze",
            self.tr("S&nooze {minutes} min").format(minutes=SNOOZE_MINUTES),
            self.tr("Ask again in {minutes} minutes, if the gap still has room").format(minutes=SNOOZE_MINUTES),
        )
        self.skip_button = self._button("skip", self.tr("S&kip"), self.tr("Not in this gap"))
        row.addStretch(1)
        for button in (self.start_button, self.snooze_button, self.skip_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.start_button.setDefault(True)
        self.setFixedWidth(WIDTH)

    def _button(self, choice: str, text: str, description: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"gap_{choice}")
        button.setAccessibleDescription(description)
        button.setToolTip(description)
        button.clicked.connect(lambda _checked=False: self.choose(choice))
        return button

    def show_reminder(self, text: str) -> None:
        """Show `text` (a `Message` is translated) in the bottom-right corner of the screen, above other windows."""
        shown = message_text(text)
        self.text.setText(shown)
        self.setAccessibleName(shown)
        self.adjustSize()
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            self.move(area.right() - self.width() - MARGIN, area.bottom() - self.height() - MARGIN)
        self.show()
        self.raise_()

    def choose(self, choice: str) -> None:
        self.hide()
        self.chosen.emit(choice)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.choose("skip")
            return
        super().keyPressEvent(event)
