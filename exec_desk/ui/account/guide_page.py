"""The "Set-up guide" page of the account dialog: what X requires, item by item, and "Test connection".

The items are `services.diagnosis.CHECKS` (the same as `exec-desk doctor`); the callback URL item carries the exact
address to register and a copy button. A connection test (run by the dialog through the task runner, see
`services.doctor`) or a failed sign-in marks the items: ✔ done, ✘ to fix (with what to do), ? not checked.

Signals of SetupGuide:
    test_requested(): the user asked for a connection test.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from exec_desk.core.i18n import Message
from exec_desk.core.queue import ActionState
from exec_desk.services.accounts.diagnosis import CHECKS
from exec_desk.services.accounts.doctor import FAILED, OK, DoctorReport
from exec_desk.ui.account.signin_page import copy_button
from exec_desk.ui.i18n import message_text, usd
from exec_desk.ui.style import mute, scaled_font, state_color
from exec_desk.ui.tray import named


class SetupGuide(QWidget):
    """The checklist, its statuses, and the connection test button."""

    test_requested = Signal()

    def __init__(self, callback: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._callback = callback
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "What X requires before Exec Desk can work. Do it once in the X Developer Console "
                "(console.x.com), then test the connection."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        items = QWidget()
        grid = QGridLayout(items)
        grid.setContentsMargins(0, 0, 4, 0)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(6)
        self.marks: dict[str, QLabel] = {}
        self.titles: dict[str, QLabel] = {}
        self.details: dict[str, QLabel] = {}
        for row, check in enumerate(CHECKS):
            mark = named(QLabel("•"), f"mark_{check.id}")
            mark.setMinimumWidth(mark.fontMetrics().horizontalAdvance("✘✘"))
            title = named(QLabel(), f"title_{check.id}")
            title.setWordWrap(True)
            title.setFont(scaled_font(title.font(), 1.0, bold=True))
            detail = named(QLabel(), f"detail_{check.id}")
            detail.setWordWrap(True)
            column = QVBoxLayout()
            column.setSpacing(0)
            column.addWidget(title)
            column.addWidget(detail)
            if check.id == "callback_url":
                column.addLayout(self._callback_row())
            grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addLayout(column, row, 1)
            self.marks[check.id], self.titles[check.id], self.details[check.id] = mark, title, detail
        grid.setRowStretch(len(CHECKS), 1)
        scroll = named(QScrollArea(), "guide_items")
        scroll.setWidget(items)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.viewport().setAutoFillBackground(False)  # the page's own background, not a grey box
        items.setAutoFillBackground(False)
        scroll.setAccessibleName(self.tr("What X requires"))
        layout.addWidget(scroll, 1)
        row_ = QHBoxLayout()
        self.test_button = named(QPushButton(self.tr("&Test connection")), "test_button")
        self.test_button.clicked.connect(self.test_requested.emit)
        row_.addWidget(self.test_button)
        row_.addStretch(1)
        layout.addLayout(row_)
        self.summary = named(QLabel(""), "test_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.reset()

    def _callback_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.callback = named(QLineEdit(self._callback), "guide_callback")
        self.callback.setReadOnly(True)
        self.callback.setAccessibleName(self.tr("Callback URL to register on your X app"))
        self.copy_callback = copy_button(self.tr("Copy"), self.callback, "guide_copy_callback")
        self.copy_callback.setAccessibleName(self.tr("Copy the callback URL"))
        row.addWidget(self.callback, 1)
        row.addWidget(self.copy_callback)
        return row

    def set_callback(self, callback: str) -> None:
        self._callback = callback
        self.callback.setText(callback)
        for check in CHECKS:
            self.titles[check.id].setText(message_text(check.title_text(callback)))
            if self.marks[check.id].text() == "•":
                self.details[check.id].setText(message_text(check.how_text(callback)))

    def reset(self) -> None:
        """Every item unchecked, with what to do."""
        for check in CHECKS:
            self._mark(check.id, "•", None)
            self.details[check.id].setText(message_text(check.how_text(self._callback)))
        self.summary.clear()
        self.set_callback(self._callback)

    def _mark(self, check_id: str, symbol: str, state: str | None) -> None:
        """Show the item's symbol in its state's colour; its detail in red when failed, muted when not done."""
        mark = self.marks[check_id]
        mark.setText(symbol)
        names = {"✔": self.tr("Done"), "✘": self.tr("To fix"), "?": self.tr("Not checked"), "•": self.tr("To do")}
        mark.setAccessibleName(names[symbol])
        self._paint(mark, state)
        detail = self.details[check_id]
        self._paint(detail, state if state == ActionState.FAILED else None, muted=state is None)

    def _paint(self, label: QLabel, state: str | None, *, muted: bool = False) -> None:
        palette = label.palette()
        plain = self.palette().color(QPalette.ColorRole.WindowText)
        palette.setColor(QPalette.ColorRole.WindowText, plain if state is None else state_color(palette, state))
        label.setPalette(palette)
        if muted:
            mute(label)
        else:
            label.setForegroundRole(QPalette.ColorRole.WindowText)

    def status(self, check_id: str) -> str:
        """What the item shows: 'todo', 'ok', 'failed' or 'unknown' (for tests and the screen reader)."""
        return {"✔": OK, "✘": FAILED, "?": "unknown"}.get(self.marks[check_id].text(), "todo")

    def show_report(self, report: DoctorReport) -> None:
        """A connection test's result: each item's status and detail, and who is signed in or what to fix first."""
        for result in report.checks:
            symbol, state = {OK: ("✔", ActionState.DONE), FAILED: ("✘", ActionState.FAILED)}.get(
                result.status, ("?", None)
            )
            self._mark(result.id, symbol, state)
            self.details[result.id].setText(message_text(result.detail))
        if report.failed is not None:
            title = self.titles[report.failed].text()
            self.summary.setText(self.tr("Fix first: {item}").format(item=title))
        elif report.account is not None:
            self.summary.setText(
                self.tr("Connected: @{username} is signed in. This test cost {cost}.").format(
                    username=report.account[0], cost=usd(report.cost_micro or 0)
                )
            )
        else:
            self.summary.setText(self.tr("Nothing failed."))

    def show_failure(self, check_id: str, message: Message) -> None:
        """A sign-in failed because of this item."""
        self._mark(check_id, "✘", ActionState.FAILED)
        self.details[check_id].setText(message_text(message))
        title = self.titles[check_id].text()
        self.summary.setText(QCoreApplication.translate("SetupGuide", "Fix first: {item}").format(item=title))
