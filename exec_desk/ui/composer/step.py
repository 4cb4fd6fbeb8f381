"""The composer's inline step: a question or a refusal under the text, with two buttons, before anything is sent.

Three uses, all from `ComposerWindow`:
- the cost confirmation: a post or thread whose estimate is above the `confirm_cost_usd` setting is sent only once
  confirmed ("This thread of 30 posts will cost about $1.65, more than the $1.00 above which Exec Desk asks." —
  [Send for $1.65] [Keep editing]);
- a duplicate refusal: the text repeats one already sent (its address on X, [Open the earlier post]) or waiting in
  the outbox (when it goes, [Show the outbox]); the text stays in the editor to be changed;
- a hold (`hold_words`): a post with a disclosure word during a quiet period goes only once confirmed with the
  press release, which must be the first link of its first post ([Send: it is the press release]); without a link
  first, only [Keep editing].

Keyboard: the step takes the focus on its first button; Enter or Space presses the focused button, Tab moves to the
other, Esc (handled by the composer) is "Keep editing": the step closes and the focus goes back to the text. The
message is announced to screen readers (it is the step's accessible description). Every text is translated in
context "ComposerStep".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from exec_desk.core.i18n import Moment
from exec_desk.services.outbox.duplicates import Duplicate
from exec_desk.ui.composer.parts import small_font, warning
from exec_desk.ui.i18n import message_text

_STYLE = (
    "QFrame#composerStep { border: 1px solid palette(mid); border-radius: 8px; background: palette(alternate-base); }"
)


def cost_question(count: int, price: str, threshold: str) -> tuple[str, str]:
    """(the message, the confirm button's text) of the cost confirmation."""
    if count > 1:
        message = QCoreApplication.translate(
            "ComposerStep",
            "This thread of {count} posts will cost about {price}, more than the {threshold} above which Exec Desk "
            "asks (Settings → Posting). Send it?",
        )
    else:
        message = QCoreApplication.translate(
            "ComposerStep",
            "This post will cost about {price}, more than the {threshold} above which Exec Desk asks "
            "(Settings → Posting). Send it?",
        )
    accept = QCoreApplication.translate("ComposerStep", "Send for {price}")
    return message.format(count=count, price=price, threshold=threshold), accept.format(price=price)


def duplicate_words(duplicate: Duplicate) -> tuple[str, str]:
    """(the message, with the earlier post's address as a link, and the button's text) of a duplicate refusal."""
    if duplicate.url is not None:
        short = duplicate.url.removeprefix("https://")
        message = message_text(duplicate.words("", link=f'<a href="{duplicate.url}">{short}</a>'))
        return message, QCoreApplication.translate("ComposerStep", "Open the earlier post")
    message = message_text(duplicate.words(Moment(duplicate.not_before.astimezone())))
    return message, QCoreApplication.translate("ComposerStep", "Show the outbox")


def hold_words(reason: str, url: str | None) -> tuple[str, str]:
    """(the message, the confirm button's text, "" when it cannot be confirmed) of a held post; `reason` is the
    hold's, translated; `url` the first link of the first post (None: it has none)."""
    if url is None:
        message = QCoreApplication.translate(
            "ComposerStep",
            "{reason} Put the address of the official press release first in the post, once it is published.",
        )
        return message.format(reason=reason), ""
    message = QCoreApplication.translate(
        "ComposerStep",
        "{reason} The first link of your post, {url}, must be the official press release, already published.",
    )
    link = f'<a href="{url}">{url}</a>'
    accept = QCoreApplication.translate("ComposerStep", "Send: it is the press release")
    return message.format(reason=reason, url=link), accept


class ComposerStep(QFrame):
    """A message and two buttons; hidden until `ask`. Signals: closed() when it closes (either way)."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composerStep")
        self.setStyleSheet(_STYLE)
        self.setAccessibleName(self.tr("Before sending"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        self.message = QLabel()
        self.message.setObjectName("stepMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setOpenExternalLinks(False)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.back_button = QPushButton(self.tr("Keep editing"))
        self.back_button.setObjectName("stepBack")
        self.accept_button = QPushButton(self.tr("Send"))  # `ask` says what it does
        self.accept_button.setObjectName("stepAccept")
        for button in (self.back_button, self.accept_button):
            button.setAutoDefault(True)  # Enter presses the focused button, as in a dialog
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.back_button.clicked.connect(self.back)
        self.accept_button.clicked.connect(self._accept)
        self._on_accept: Callable[[], None] | None = None
        self.kind = ""
        self.setVisible(False)

    def ask(self, kind: str, message: str, accept: str, on_accept: Callable[[], None], *, alarm: bool = False) -> None:
        """Show `message` with the button `accept` (which calls `on_accept`) and "Keep editing"; focus on
        `accept`. `kind` names the step ("cost", "duplicate") for whoever looks; `alarm` colours the message."""
        self.kind, self._on_accept = kind, on_accept
        self.message.setText(message)
        self.message.setFont(small_font(self.message.font(), 0.95))
        pal = self.message.palette()
        role = QPalette.ColorRole.WindowText
        pal.setColor(role, warning(pal) if alarm else self.palette().color(role))
        self.message.setPalette(pal)
        self.accept_button.setText(accept)
        self.accept_button.setVisible(bool(accept))  # no accept: a refusal, only "Keep editing"
        self.accept_button.setAccessibleDescription(self.message.text())
        self.setAccessibleDescription(self.message.text())
        self.setVisible(True)
        (self.accept_button if accept else self.back_button).setFocus(Qt.FocusReason.OtherFocusReason)

    def back(self) -> None:
        """Close the step without doing anything ("Keep editing")."""
        if self.isVisible():
            self._close()

    def _accept(self) -> None:
        action = self._on_accept
        self._close()
        if action is not None:
            action()

    def _close(self) -> None:
        self._on_accept, self.kind = None, ""
        self.setVisible(False)
        self.closed.emit()
