"""The composer's widgets and how a check is shown in them; `ComposerWindow` (composer.py) adds the behaviour.

Layout, top to bottom: the account the post goes out as ("Posting as @ceo"), the banner of a draft brought back
(hidden: "Your unsent draft from 14:05 is back" with "Start a new post", see `show_recovered`), the context bar
(reply/quote), the editor, the status line (the first problem, the ring and
"243/280"), the thread preview, the media strip, the upload line (hidden: how far the GIF or video of a post just
sent is on its way to X, see `show_upload`), the step (hidden: a cost to confirm or a duplicate refused, see
`step`), and the bar with Attach, Thread, Drafts, Outbox, "when", Send and Close. Tab order: the text,
each file's description (and its remove button), the step's buttons, Attach, Thread, "when", Send, Close,
Drafts, Outbox, then the context bar's buttons; Alt+A, Alt+T, Alt+D and Alt+O reach the buttons of the same letter.
Every text is translated (`tr`), the check's problems already are when `show_check` gets them.
The company-post flag (`company`, hidden) sits under the context bar.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from exec_desk.core import compose, pricing
from exec_desk.core.media import checks as media
from exec_desk.services.outbox.media import MediaStage
from exec_desk.ui.composer.company import CompanyFlag
from exec_desk.ui.composer.context import ContextBar
from exec_desk.ui.composer.parts import CountRing, MediaStrip, WhenPicker, danger, small_font
from exec_desk.ui.composer.preview import ThreadPreview, ThreadPreviewModel
from exec_desk.ui.composer.step import ComposerStep
from exec_desk.ui.i18n import message_text, usd
from exec_desk.ui.outbox.progress import UploadBar
from exec_desk.ui.shortcuts import key_name

_STYLE = """
QPlainTextEdit#editor { border: 1px solid palette(mid); border-radius: 8px; padding: 6px; background: palette(base); }
QPlainTextEdit#editor:focus { border: 1px solid palette(highlight); }
QPushButton#send { background: palette(highlight); color: palette(highlighted-text); border: none;
    border-radius: 14px; padding: 6px 18px; font-weight: 600; }
QPushButton#send:disabled { background: palette(midlight); color: palette(placeholder-text); }
QFrame#mediaTile, QFrame#contextBar, QFrame#recovered { border: 1px solid palette(midlight); border-radius: 8px; }
QPushButton[link="true"] { border: none; padding: 2px 3px; color: palette(link); background: transparent; }
QPushButton[link="true"]:hover { text-decoration: underline; }
"""


def send_key() -> str:
    """Ctrl+Return as the platform writes it (`shortcuts.key_name`, as the help and the settings name keys)."""
    return key_name("Ctrl+Return")


def hide_key() -> str:
    """Esc as the platform writes it."""
    return key_name("Esc")


def _link_button(text: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setProperty("link", True)
    button.setFont(small_font(button.font()))
    button.setToolTip(tip)
    button.setAccessibleDescription(tip)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


class ComposerForm(QWidget):
    """The widgets, built once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("New post — Exec Desk"))
        self.setStyleSheet(_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        self.account = QLabel()
        self.account.setObjectName("posting_as")
        self.account.setFont(small_font(self.account.font()))
        self.account.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.account.setVisible(False)
        layout.addWidget(self.account)
        self.recovered = QFrame()
        self.recovered.setObjectName("recovered")
        recovered = QHBoxLayout(self.recovered)
        recovered.setContentsMargins(10, 4, 6, 4)
        self.recovered_label = QLabel()
        self.recovered_label.setWordWrap(True)
        self.recovered_label.setFont(small_font(self.recovered_label.font()))
        self.new_button = QPushButton(self.tr("Start a &new post"))
        self.new_button.setObjectName("start_new")
        self.new_button.setToolTip(self.tr("Put this draft aside (it stays in your Drafts) and write a new post."))
        self.new_button.setAccessibleDescription(self.new_button.toolTip())
        recovered.addWidget(self.recovered_label, 1)
        recovered.addWidget(self.new_button)
        self.recovered.setVisible(False)
        layout.addWidget(self.recovered)
        self.context = ContextBar()
        layout.addWidget(self.context)
        self.company = CompanyFlag()  # hidden: the draft repeats a recent company post
        layout.addWidget(self.company)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("editor")
        self.editor.setPlaceholderText(self.tr("What would you like to say?"))
        self.editor.setAccessibleName(self.tr("Post text"))
        self.editor.setAccessibleDescription(
            self.tr("{send} sends; {hide} hides the composer and keeps the draft.").format(
                send=send_key(), hide=hide_key()
            )
        )
        self.editor.setTabChangesFocus(True)
        layout.addWidget(self.editor, 3)
        status = QHBoxLayout()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setFont(small_font(self.problem.font()))
        self.problem.setAccessibleName(self.tr("Status"))
        status.addWidget(self.problem, 1)
        self.price = QLabel()
        self.price.setFont(small_font(self.price.font()))
        self.price.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.price.setAccessibleName(self.tr("Estimated price"))
        self.price.setToolTip(
            self.tr("X charges {post} a post, {link} a post with a link (pay-per-use prices).").format(
                post=usd(pricing.POST_PRICE), link=usd(pricing.POST_WITH_URL_PRICE)
            )
        )
        status.addWidget(self.price)
        status.addSpacing(8)
        self.ring = CountRing()
        self.counter = QLabel()
        self.counter.setAccessibleName(self.tr("Characters used"))
        self.counter.setToolTip(
            self.tr(
                "Characters used out of {max}. A link counts as 23; most emoji and Chinese, Japanese or Korean "
                "characters count as 2."
            ).format(max=compose.MAX_WEIGHT)
        )
        self.counter.setAccessibleDescription(self.counter.toolTip())
        status.addWidget(self.ring)
        status.addWidget(self.counter)
        layout.addLayout(status)
        self.preview_model = ThreadPreviewModel(self)
        self.preview = ThreadPreview(self.preview_model)
        self.preview.setVisible(False)
        layout.addWidget(self.preview, 4)
        self.media = MediaStrip()
        layout.addWidget(self.media)
        self.upload = QWidget()
        upload = QHBoxLayout(self.upload)
        upload.setContentsMargins(0, 0, 0, 0)
        self.upload_label = QLabel(self.tr("Your last post, on its way to X:"))
        self.upload_label.setFont(small_font(self.upload_label.font()))
        self.upload_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.upload_bar = UploadBar()
        self.upload_label.setBuddy(self.upload_bar)
        upload.addWidget(self.upload_label)
        upload.addWidget(self.upload_bar, 1)
        self.upload.setVisible(False)
        layout.addWidget(self.upload)
        self.step = ComposerStep()  # hidden: the cost confirmation or a duplicate refusal, before sending
        layout.addWidget(self.step)
        bar = QHBoxLayout()
        self.attach_button = QPushButton(self.tr("&Attach…"))
        self.attach_button.setToolTip(message_text(media.accepted_formats()))
        self.attach_button.setAccessibleDescription(self.attach_button.toolTip())
        self.thread_box = QCheckBox(self.tr("&Thread"))
        self.thread_box.setToolTip(
            self.tr("Split a long text into numbered posts at sentence ends, each a reply to the last.")
        )
        self.thread_box.setAccessibleDescription(self.thread_box.toolTip())
        self.drafts_button = _link_button(self.tr("&Drafts"), self.tr("Your unsent drafts: reopen or delete one."))
        self.outbox_button = _link_button(
            self.tr("&Outbox"), self.tr("What waits to be sent, and when; undo a post until it goes.")
        )
        self.when = WhenPicker()
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setObjectName("send")
        self.send_button.setToolTip(self.tr("Send ({key})").format(key=send_key()))
        self.send_button.setAccessibleDescription(self.send_button.toolTip())
        self.close_button = _link_button(
            self.tr("Close"), self.tr("Hide the composer; the draft is kept ({key}).").format(key=hide_key())
        )
        self.close_button.setObjectName("close")
        bar.addWidget(self.attach_button)
        bar.addWidget(self.thread_box)
        bar.addWidget(self.drafts_button)
        bar.addWidget(self.outbox_button)
        bar.addStretch(1)
        bar.addWidget(self.when)
        bar.addWidget(self.send_button)
        bar.addWidget(self.close_button)
        layout.addLayout(bar)
        self.media.tiles_changed.connect(self.order_tabs)
        self.order_tabs()

    def tab_chain(self) -> list[QWidget]:
        """The widgets Tab goes through, in order (hidden ones are skipped by Qt)."""
        tiles = [widget for tile in self.media.tiles() for widget in (tile.alt, tile.remove_button)]
        when = [self.when.choice, self.when.minutes, self.when.at]
        bar = [self.attach_button, self.thread_box, *when, self.send_button, self.close_button]
        links = [self.drafts_button, self.outbox_button, self.context.link_button, self.context.open_button]
        return [self.editor, *tiles, self.step.back_button, self.step.accept_button, *bar, *links, self.new_button]

    def order_tabs(self) -> None:
        """Set the tab order of `tab_chain` (again when files are attached or removed)."""
        chain = self.tab_chain()
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def show_check(self, check: compose.Check, problems: list[str], notice: str, when: str, hint: str = "") -> None:
        """Counter, ring, highlight, thread preview, the first problem (or a notice, or the `hint` of the keys),
        price and Send."""
        many = check.thread and len(check.parts) > 1
        self.counter.setText(self.tr("{count} posts").format(count=len(check.parts)) if many else check.counter_text)
        self.ring.setVisible(not many)
        self.ring.set_counts(check.weighted_length, check.max_weight)
        self.highlight(check.over_from)
        self.preview_model.set_parts(check.parts if many else ())
        self.preview.setVisible(many)
        over = check.weighted_length - check.max_weight
        if not problems or (len(problems) == 1 and check.problems == (compose.EMPTY,)):
            keys = self.tr("{send} sends · {hide} hides and keeps the draft").format(send=send_key(), hide=hide_key())
            first, alarm = notice or hint or keys, bool(notice)
        elif over > 0 and not check.thread and len(check.problems) == 1 and 1 < len(check.parts) <= check.max_parts:
            # A literal context: PySide's `self.tr` with a count, called on a subclass, stops at the subclass's
            # context (the untranslated text already differs from the source once %n is filled in).
            first = QCoreApplication.translate(
                "ComposerForm",
                '%n character(s) too many. Shorten it, or <a href="thread">send it as a thread of {n} posts</a>.',
                None,
                over,
            ).format(n=len(check.parts))
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
        estimate = self.tr("Est. {price} for {count} posts") if count > 1 else self.tr("Est. {price}")
        self.price.setText(estimate.format(price=usd(price), count=count))
        if count > 1:
            send = self.tr("Send {count} posts {when}") if when else self.tr("Send {count} posts")
        else:
            send = self.tr("Send {when}") if when else self.tr("Send")
        self.send_button.setText(send.format(count=count, when=when))
        self.send_button.setEnabled(not problems)

    def set_account(self, text: str) -> None:
        """The account the post goes out as ("Posting as @ceo"; "" hides the line)."""
        self.account.setText(text)
        self.account.setVisible(bool(text))

    def show_recovered(self, text: str) -> None:
        """The banner of a draft brought back after a quit or a crash ("" hides it)."""
        self.recovered_label.setText(text)
        self.recovered.setVisible(bool(text))

    def show_upload(self, stage: MediaStage | None) -> None:
        """How far the GIF or video of a post just sent is on its way to X (None: hide the line)."""
        if stage is not None:
            self.upload_bar.show_stage(stage)
        self.upload.setVisible(stage is not None)

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
