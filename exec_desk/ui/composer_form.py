"""The composer's widgets and how a check is shown in them; `ComposerWindow` (composer.py) adds the behaviour.

Layout, top to bottom: the context bar (reply/quote), the editor, the status line (the first problem, the ring and
"243/280"), the thread preview, the media strip, and the bar with Attach, Thread, the price, "when" and Send.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from exec_desk.core import compose, media, pricing
from exec_desk.ui.composer_context import ContextBar, usd
from exec_desk.ui.composer_parts import CountRing, MediaStrip, WhenPicker, danger, small_font
from exec_desk.ui.composer_preview import ThreadPreview, ThreadPreviewModel

_STYLE = """
QPlainTextEdit#editor { border: 1px solid palette(mid); border-radius: 8px; padding: 6px; background: palette(base); }
QPlainTextEdit#editor:focus { border: 1px solid palette(highlight); }
QPushButton#send { background: palette(highlight); color: palette(highlighted-text); border: none;
    border-radius: 14px; padding: 6px 18px; font-weight: 600; }
QPushButton#send:disabled { background: palette(midlight); color: palette(placeholder-text); }
QFrame#mediaTile, QFrame#contextBar { border: 1px solid palette(midlight); border-radius: 8px; }
QPushButton[link="true"] { border: none; padding: 2px 3px; color: palette(link); background: transparent; }
QPushButton[link="true"]:hover { text-decoration: underline; }
"""


def _link_button(text: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setProperty("link", True)
    button.setFont(small_font(button.font()))
    button.setToolTip(tip)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


class ComposerForm(QWidget):
    """The widgets, built once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle("New post — Exec Desk")
        self.setStyleSheet(_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        self.context = ContextBar()
        layout.addWidget(self.context)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("editor")
        self.editor.setPlaceholderText("What would you like to say?")
        self.editor.setAccessibleName("Post text")
        self.editor.setTabChangesFocus(True)
        layout.addWidget(self.editor, 3)
        status = QHBoxLayout()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setFont(small_font(self.problem.font()))
        status.addWidget(self.problem, 1)
        self.price = QLabel()
        self.price.setFont(small_font(self.price.font()))
        self.price.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.price.setToolTip("X charges $0.015 a post, $0.20 a post with a link (pay-per-use prices).")
        status.addWidget(self.price)
        status.addSpacing(8)
        self.ring = CountRing()
        self.counter = QLabel()
        self.counter.setAccessibleName("Characters used")
        status.addWidget(self.ring)
        status.addWidget(self.counter)
        layout.addLayout(status)
        self.preview_model = ThreadPreviewModel(self)
        self.preview = ThreadPreview(self.preview_model)
        self.preview.setVisible(False)
        layout.addWidget(self.preview, 4)
        self.media = MediaStrip()
        layout.addWidget(self.media)
        bar = QHBoxLayout()
        self.attach_button = QPushButton("Attach…")
        self.attach_button.setToolTip(media.accepted_formats())
        self.thread_box = QCheckBox("Thread")
        self.thread_box.setToolTip("Split a long text into numbered posts at sentence ends, each a reply to the last.")
        self.drafts_button = _link_button("Drafts", "Your unsent drafts: reopen or delete one.")
        self.outbox_button = _link_button("Outbox", "What waits to be sent, and when; undo a post until it goes.")
        self.when = WhenPicker()
        self.send_button = QPushButton("Send")
        self.send_button.setObjectName("send")
        self.send_button.setToolTip("Send (Ctrl+Enter)")
        bar.addWidget(self.attach_button)
        bar.addWidget(self.thread_box)
        bar.addWidget(self.drafts_button)
        bar.addWidget(self.outbox_button)
        bar.addStretch(1)
        bar.addWidget(self.when)
        bar.addWidget(self.send_button)
        layout.addLayout(bar)

    def show_check(self, check: compose.Check, problems: list[str], notice: str, when: str) -> None:
        """Counter, ring, highlight, thread preview, the first problem (or a notice), price and Send."""
        many = check.thread and len(check.parts) > 1
        self.counter.setText(f"{len(check.parts)} posts" if many else check.counter_text)
        self.ring.setVisible(not many)
        self.ring.set_counts(check.weighted_length, check.max_weight)
        self.highlight(check.over_from)
        self.preview_model.set_parts(check.parts if many else ())
        self.preview.setVisible(many)
        over = check.weighted_length - check.max_weight
        if not problems or problems == ["Write something first."]:
            first, alarm = notice or "Ctrl+Enter sends · Esc hides and keeps the draft", bool(notice)
        elif over > 0 and not check.thread and problems[:1] == list(check.problems[-1:]) and len(check.parts) > 1:
            n = len(check.parts)
            first = f'{over} characters too many. Shorten it, or <a href="thread">send it as a thread of {n} posts</a>.'
            alarm = True
        else:
            first, alarm = problems[0], True
        self.problem.setText(first)
        role = QPalette.ColorRole.WindowText
        pal = self.problem.palette()
        pal.setColor(role, danger(pal) if alarm else self.palette().color(QPalette.ColorRole.PlaceholderText))
        self.problem.setPalette(pal)
        count, price = (len(check.parts), check.price_micro) if many or len(check.parts) <= 1 else (1, 0)
        if count <= 1 and not price:
            count, price = 1, pricing.write_price(pricing.Op.CREATE_POST, has_url=check.has_url)
        self.price.setText(f"Est. {usd(price)}" + (f" for {count} posts" if count > 1 else ""))
        what = "Send" if count <= 1 else f"Send {count} posts"
        self.send_button.setText(f"{what} {when}".strip())
        self.send_button.setEnabled(not problems)

    def highlight(self, over_from: int | None) -> None:
        """Mark the text from UTF-16 offset `over_from` (Qt's positions are UTF-16 too) to the end."""
        if over_from is None:
            self.editor.setExtraSelections([])
            return
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(min(over_from, self.editor.document().characterCount() - 1))
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        red = danger(self.palette())
        background = QColor(red)
        background.setAlpha(48)
        selection.format.setBackground(background)
        selection.format.setForeground(red)
        selection.format.setProperty(QTextFormat.Property.FullWidthSelection, False)
        self.editor.setExtraSelections([selection])
