"""The detail pane (Enter): one post in full with its context — who retweeted it, the quoted post, the thread.

The post comes from the item at once; its thread (`services.session.thread.Thread`) follows from the store: the
conversation's posts oldest first, the opened one marked, then what the store lacks with the most fetching it can
cost, said before anything is fetched ("Fetch the rest", F). Links are not followed here: they are reported with
`link_activated`, and the window opens them in the browser.

Signals of PostDetail:
    back_requested(): the user pressed "Back" (Esc does the same through the window).
    link_activated(str): a link was clicked.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QToolButton, QVBoxLayout, QWidget

from exec_desk.core.queue import QueueItem
from exec_desk.services.session.thread import REPLY_PAGE, Thread, ThreadOffer
from exec_desk.ui.i18n import long_datetime, message_text, short_date, short_time, usd
from exec_desk.ui.style import linkify, mute, opaque, selected_tint
from exec_desk.ui.timeline.model import metrics_text, quoted_by_text, retweeted_by_text, unknown_account

translate = QCoreApplication.translate


def current_post_color(palette: QPalette) -> QColor:
    """The background of the opened post in its thread: the timeline's selected-row tint, made solid for HTML, so
    the grey time beside it stays readable (the palette's Mid grey under it halved its contrast)."""
    return opaque(selected_tint(palette), palette.color(QPalette.ColorRole.Base))


def detail_html(item: QueueItem, *, age: str, state: str, signals: str = "") -> str:
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
    reason = signals or message_text(item.reason)  # the row's words when it has some: the two never disagree
    why = translate("PostDetail", "Why it is here: {reason}").format(reason=reason)
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


def thread_html(thread: Thread | None, *, status: str = "") -> str:
    """The thread below the post: its posts oldest first (the opened one marked), then what is missing and its
    price, or `status` (loading, fetching, a failure)."""
    esc = html.escape
    parts = [f"<h3>{esc(translate('PostDetail', 'Thread'))}</h3>"]
    if thread is None:
        parts.append(f'<p class="muted">{esc(status or translate("PostDetail", "Loading the thread…"))}</p>')
        return "".join(parts)
    for entry in thread.entries:
        post, author = entry.post, entry.author
        who = esc(f"{author.name} @{author.username}" if author else unknown_account())
        when = esc(f"{short_date(post.created_at)} {short_time(post.created_at)}")
        mark = ' class="current"' if post.id == thread.post_id else ""
        parts.append(
            f'<p{mark}><span class="who">{who}</span> <span class="muted">· {when}</span><br>{linkify(post.text)}</p>'
        )
    parts.append(f'<p class="muted">{esc(offer_text(thread.offer, searched=thread.searched))}</p>')
    if status:
        parts.append(f'<p class="state">{esc(status)}</p>')
    return "".join(parts)


def offer_text(offer: ThreadOffer | None, *, searched: bool = False) -> str:
    """What the store lacks of the thread and the most fetching it costs, in the user's language; with nothing to
    fetch, why (its replies were fetched, or X's search cannot reach them), so a reply count shown above that the
    thread does not match is explained."""
    if offer is None and searched:
        return translate(
            "PostDetail",
            "Fetched: the replies X has from the last seven days are here; older ones are only on x.com. "
            "Opening this thread again costs nothing.",
        )
    if offer is None:
        return translate(
            "PostDetail",
            "X's search reaches seven days back: the replies to this thread are only on x.com. "
            "Opening it again costs nothing.",
        )
    earlier = len(offer.lookup)
    if earlier and offer.conversation:
        missing = translate("PostDetail", "%n earlier post(s) and the replies are not on this computer.", None, earlier)
    elif earlier:
        missing = translate("PostDetail", "%n earlier post(s) are not on this computer.", None, earlier)
    else:
        missing = translate("PostDetail", "The replies are not on this computer.")
    ways = []
    if earlier:
        ways.append(translate("PostDetail", "a lookup of %n post(s) by id", None, earlier))
    if offer.conversation:
        ways.append(translate("PostDetail", "a conversation search, %n (reply|replies) at most", None, REPLY_PAGE))
    cost = translate("PostDetail", "Fetching costs at most {cost}, authors included ({ways}).").format(
        cost=usd(offer.ceiling), ways="; ".join(ways)
    )
    return f"{missing} {cost}"


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
        self.conversation: Thread | None = None
        self._age, self._state, self._thread_status, self._signals = "", "", "", ""
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
        #: Fetch what the thread lacks; the window gives it its action (key F) with `set_fetch_action`.
        self.fetch_button = QToolButton()
        self.fetch_button.setObjectName("detail_fetch")
        self.fetch_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.fetch_button.hide()
        bar.addWidget(self.fetch_button)
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

    def set_fetch_action(self, action: QAction) -> None:
        self.fetch_button.setDefaultAction(action)

    def show_item(self, item: QueueItem, *, age: str, state: str, signals: str = "") -> None:
        """Show `item`; `signals`: what its row says it needs ("mentions you · client · reply by 13:00"), if any."""
        if self.item is None or self.item.post.id != item.post.id:
            self.conversation, self._thread_status = None, ""
        self.item, self._age, self._state, self._signals = item, age, state, signals
        self._render()

    def show_thread(self, thread: Thread, status: str = "") -> None:
        """The thread of the shown post (ignored if another post is shown now)."""
        if self.item is not None and thread.post_id == self.item.post.id:
            self.conversation, self._thread_status = thread, status
            self._render()

    def show_status(self, post_id: str, status: str) -> None:
        """Fetching, or why a fetch failed, under the thread of `post_id` (if it is still shown)."""
        if self.item is not None and self.item.post.id == post_id:
            self._thread_status = status
            self._render()

    def offer(self) -> ThreadOffer | None:
        return self.conversation.offer if self.conversation is not None else None

    def _render(self) -> None:
        item = self.item
        if item is None:
            return
        pal = self.palette()
        muted = opaque(pal.color(pal.ColorRole.PlaceholderText), pal.color(pal.ColorRole.Base)).name()
        link = pal.color(pal.ColorRole.Link).name()
        mid = pal.color(pal.ColorRole.Mid).name()
        current = current_post_color(pal).name()
        self.browser.document().setDefaultStyleSheet(
            f".muted {{ color: {muted}; }} .name {{ font-weight: 600; font-size: large; }}"
            f" .body {{ font-size: large; }} .state {{ color: {link}; font-weight: 600; }}"
            f" a {{ color: {link}; text-decoration: none; }} .quote {{ border: 1px solid {mid}; }}"
            f" .who {{ font-weight: 600; }} .current {{ background-color: {current}; }}"
        )
        body = detail_html(item, age=self._age, state=self._state, signals=self._signals)
        self.browser.setHtml(body + thread_html(self.conversation, status=self._thread_status))
        self.browser.document().setBaseUrl(QUrl(item.url))

    def text(self) -> str:
        return self.browser.toPlainText()
