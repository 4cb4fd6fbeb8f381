"""The detail pane (Enter): one post in full with its context — who retweeted it, the quoted post, the thread.

The thread context comes from the item alone (no extra API call): the quoted post, whether the post replies to
another one, and a link to the whole conversation on x.com. Links are not followed here: they are reported with
`link_activated`, and the window opens them in the browser.

Signals of PostDetail:
    back_requested(): the user pressed "Back" (Esc does the same through the window).
    link_activated(str): a link was clicked.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from exec_desk.core.queue import QueueItem
from exec_desk.ui.i18n import long_datetime, message_text
from exec_desk.ui.style import linkify, mute, opaque
from exec_desk.ui.timeline.model import metrics_text, quoted_by_text, retweeted_by_text, unknown_account

translate = QCoreApplication.translate


def detail_html(item: QueueItem, *, age: str, state: str) -> str:
    """The post and its context as the HTML of the detail pane, in the user's language."""
    post, author, esc = item.post, item.author, html.escape
    name = esc(author.name if author else unknown_account())
    handle = f"@{esc(author.username)}" if author else ""
    when = esc(long_datetime(post.created_at))
    parts = []
    if item.retweeted_by:
        parts.append(f'<p class="muted">⟳ {esc(retweeted_by_text(item))}</p>')
    parts.append(
        f'<p><span class="name">{name}</span> <span class="muted">{handle} · {esc(age)}</span>'
        f'<br><span class="muted">{when}</span></p>'
    )
    if post.reply_to:
        earlier = esc(translate("PostDetail", "an earlier post"))
        link = f'<a href="https://x.com/i/status/{post.reply_to}">{earlier}</a>'
        parts.append(f'<p class="muted">{esc(translate("PostDetail", "Replying to {link}")).format(link=link)}</p>')
    parts.append(f'<p class="body">{linkify(post.text)}</p>')
    for media in item.media:
        link = media.url or media.preview_image_url or ""
        label = esc(media.alt_text or media_label(media.type))
        parts.append(f'<p>▣ <a href="{esc(link)}">{label}</a></p>' if link else f"<p>▣ {label}</p>")
    if item.quoted is not None:
        parts.append(
            '<table class="quote" width="100%" cellpadding="10"><tr><td>'
            f"<b>{esc(quoted_by_text(item))}</b><br>{linkify(item.quoted.text)}</td></tr></table>"
        )
    metrics = " · ".join(part.strip() for part in metrics_text(item).split("   "))
    parts.append(f'<p class="muted">{esc(metrics)}</p>')
    if state:
        parts.append(f'<p class="state">{esc(state)}</p>')
    why = translate("PostDetail", "Why it is here: {reason}").format(reason=message_text(item.reason))
    parts.append(f'<p class="muted">{esc(why)}</p>')
    if item.duplicates:
        folded = translate(
            "PostDetail", "%n other post(s) with the same link or words folded into this one.", None, item.duplicates
        )
        parts.append(f'<p class="muted">{esc(folded)}</p>')
    if item.url:
        thread = esc(translate("PostDetail", "Open the whole thread on x.com ↗"))
        parts.append(f'<p><a href="{esc(item.url, quote=True)}">{thread}</a></p>')
    return "".join(parts)


def media_label(kind: str) -> str:
    """The words for a media without alt text: Video, GIF or Photo."""
    if kind == "video":
        return translate("PostDetail", "Video")
    return translate("PostDetail", "GIF") if kind == "animated_gif" else translate("PostDetail", "Photo")


class PostDetail(QWidget):
    """A read-only view of one `QueueItem`."""

    back_requested = Signal()
    link_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("post_detail")
        self.item: QueueItem | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        bar = QHBoxLayout()
        bar.setContentsMargins(12, 8, 12, 8)
        back = QPushButton(self.tr("← Back to the list"))
        back.setObjectName("detail_back")
        back.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        back.setFlat(True)
        back.clicked.connect(self.back_requested.emit)
        bar.addWidget(back)
        bar.addStretch(1)
        hint = QLabel(self.tr("Esc to go back · j/k for the next post"))
        mute(hint)
        bar.addWidget(hint)
        layout.addLayout(bar)
        self.browser = QTextBrowser()
        self.browser.setObjectName("detail_text")
        self.browser.setAccessibleName(self.tr("Post and its thread"))
        self.browser.setOpenLinks(False)
        self.browser.setFrameShape(QFrame.Shape.NoFrame)
        self.browser.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.browser.anchorClicked.connect(lambda url: self.link_activated.emit(url.toString()))
        self.browser.document().setDocumentMargin(20)
        layout.addWidget(self.browser, 1)

    def show_item(self, item: QueueItem, *, age: str, state: str) -> None:
        self.item = item
        pal = self.palette()
        muted = opaque(pal.color(pal.ColorRole.PlaceholderText), pal.color(pal.ColorRole.Base)).name()
        link = pal.color(pal.ColorRole.Link).name()
        mid = pal.color(pal.ColorRole.Mid).name()
        self.browser.document().setDefaultStyleSheet(
            f".muted {{ color: {muted}; }} .name {{ font-weight: 600; font-size: large; }}"
            f" .body {{ font-size: large; }} .state {{ color: {link}; font-weight: 600; }}"
            f" a {{ color: {link}; text-decoration: none; }} .quote {{ border: 1px solid {mid}; }}"
        )
        self.browser.setHtml(detail_html(item, age=age, state=state))
        self.browser.document().setBaseUrl(QUrl(item.url))

    def text(self) -> str:
        return self.browser.toPlainText()
