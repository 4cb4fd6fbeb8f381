"""The composer's context bar: what the post replies to or quotes, and, when the account's X plan refuses that, what
works instead, in plain words: post with a link to it (and what that costs), or finish it on x.com.

Signals of ContextBar:
    link_instead(): "Post with the link instead" was chosen.
    open_on_x(): "Open on x.com" was chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl, QUrlQuery, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from exec_desk.core import pricing
from exec_desk.ui.composer.parts import small_font, warning
from exec_desk.ui.i18n import usd


def post_url(post_id: str) -> str:
    return f"https://x.com/i/status/{post_id}"


def intent_url(text: str, *, reply_to: str | None, quote_of: str | None) -> QUrl:
    """x.com's own composer, pre-filled: a reply to `reply_to`, or a post carrying the link of `quote_of`."""
    query = QUrlQuery()
    if text.strip():
        query.addQueryItem("text", text)
    if reply_to:
        query.addQueryItem("in_reply_to", reply_to)
    if quote_of:
        query.addQueryItem("url", post_url(quote_of))
    url = QUrl("https://x.com/intent/post")
    url.setQuery(query)
    return url


class ContextBar(QFrame):
    """ "Replying to …" / "Quoting …", plus the way out when the plan forbids it."""

    link_instead = Signal()
    open_on_x = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contextBar")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setFont(small_font(self.label.font()))
        self.label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.label)
        self.refusal = QLabel()
        self.refusal.setWordWrap(True)
        self.refusal.setFont(small_font(self.refusal.font()))
        layout.addWidget(self.refusal)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.link_button = QPushButton()
        self.link_button.clicked.connect(self.link_instead)
        self.open_button = QPushButton(self.tr("Open on x.com ↗"))
        self.open_button.setAccessibleName(self.tr("Open on x.com"))
        self.open_button.setToolTip(self.tr("Finish it in x.com's own composer, in your browser."))
        self.open_button.clicked.connect(self.open_on_x)
        row.addWidget(self.link_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.show_context("", "")

    def show_context(self, action: str, context_text: str, refusal: str | None = None) -> None:
        """`action` is "reply", "quote", "link" (converted to a post with the link) or "" (a plain post)."""
        leads = {
            "reply": self.tr("Replying to {post}"),
            "quote": self.tr("Quoting {post}"),
            "link": self.tr("With a link to {post}"),
        }
        lead = leads.get(action, "")
        self.label.setText(lead.format(post=context_text.strip() or self.tr("a post")))
        self.refusal.setVisible(refusal is not None)
        self.link_button.setVisible(refusal is not None)
        self.open_button.setVisible(refusal is not None)
        if refusal is not None:
            plan = (
                self.tr("Your X plan does not let Exec Desk reply to this post.")
                if action == "reply"
                else self.tr("Your X plan does not let Exec Desk quote posts.")
            )
            reason = refusal.strip() or plan
            way_out = self.tr("{reason} You can post your text with a link to the post, or finish it on x.com.")
            self.refusal.setText(way_out.format(reason=reason))
            pal = self.refusal.palette()
            pal.setColor(QPalette.ColorRole.WindowText, warning(pal))
            self.refusal.setPalette(pal)
            price = usd(pricing.POST_WITH_URL_PRICE)
            self.link_button.setText(self.tr("Post with the link instead — costs {price}").format(price=price))
            self.link_button.setToolTip(
                self.tr(
                    "Posts your text with a link to the post. X charges {price} for a post with a link "
                    "(a plain post costs {plain})."
                ).format(price=price, plain=usd(pricing.POST_PRICE))
            )
        self.setVisible(bool(lead))
