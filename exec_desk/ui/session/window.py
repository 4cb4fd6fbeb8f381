"""The review-session window: countdown, group filter, the timeline, the detail pane and the end-of-session summary.

Keyboard first: every action is a `QAction` of the `ShortcutRegistry` (keys rebindable through the "shortcuts"
setting), shown as a button in the action bar and in the item's context menu. Actions the account's X plan forbids
(like, quote, reply when not summoned) read "… on x.com ↗" with the reason underneath, and open the post on x.com.
Esc closes the help or the detail; otherwise it hides the window, and the session keeps counting: only "End"
(or the clock) ends it. A post is marked read (never shown again) once it has been on screen long enough to be
read, as `ReadTracker` measures it from the list's viewport (the rule: `core.reading`), or as soon as it is acted
upon (retweet, reply, quote, like, Enter, o); selecting it alone does not read it. Enter shows the post with its
thread (`threads`, a `ThreadPort`): the store's posts at once, the rest fetched with F once its price is shown.

Signals of SessionWindow:
    compose_requested(object, object): write a post; (reply_to post id or None, quote_of post id or None).
    like_requested(str): like this post id (the account's plan allows it; the service has no like call yet).
    continue_requested(): "Extend" was chosen on the summary of a session that has already ended.
    hidden(): the window was hidden (Esc or the window's close button); the session goes on.

Why one module: the window owns the pages of one session (timeline, thread, summary, the team's proposals) and
the one set of shortcuts they share; which page shows decides which actions work, so the switching and the
actions' state stay together. Each page's own widget lives in its module (`detail`, `summary`, `header`, `help`,
`ui.deck.page`, `ui.timeline`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from PySide6.QtCore import QModelIndex, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from exec_desk.core.i18n import Message
from exec_desk.core.queue import ActionState, QueueItem, SessionSummary
from exec_desk.services.clock import TimerFactory
from exec_desk.services.session.thread import Thread
from exec_desk.storage.settings import SESSION_EXTEND_MINUTES
from exec_desk.ui.deck.page import DeckPage, DeckPort
from exec_desk.ui.i18n import message_text, usd
from exec_desk.ui.screen import fit_to_screen
from exec_desk.ui.session import actions
from exec_desk.ui.session.detail import PostDetail
from exec_desk.ui.session.header import FilterBar, SessionHeader
from exec_desk.ui.session.help import HelpOverlay
from exec_desk.ui.session.ports import ImageProvider, Opener, SessionPort, SettingsPort, ThreadPort
from exec_desk.ui.session.summary import SummaryView
from exec_desk.ui.shortcuts import SETTING, TEXT_FIELDS, ShortcutError, ShortcutRegistry
from exec_desk.ui.style import note_label
from exec_desk.ui.timeline.delegate import PostDelegate
from exec_desk.ui.timeline.model import Role, TimelineFilter, TimelineModel
from exec_desk.ui.timeline.reading import ReadTracker
from exec_desk.ui.timeline.view import TimelineView

LIST_PAGE, DETAIL_PAGE, SUMMARY_PAGE, DECK_PAGE = 0, 1, 2, 3
#: The timeline's actions, off while the team's proposals show (`ui.deck`).
TIMELINE_ACTIONS = ("next", "previous", "page_down", "page_up", "next_group", "previous_group", "search")


class SessionWindow(QWidget):
    """The window of one `SessionPort`; `opener` opens URLs (the browser by default)."""

    compose_requested = Signal(object, object)
    like_requested = Signal(str)
    continue_requested = Signal()
    hidden = Signal()

    def __init__(
        self,
        session: SessionPort,
        *,
        clock: Callable[[], datetime],
        images: ImageProvider | None = None,
        thumbnails: ImageProvider | None = None,
        opener: Opener | None = None,
        settings: SettingsPort | None = None,
        extend_minutes: int = 2,
        deck: DeckPort | None = None,
        timers: TimerFactory | None = None,
        threads: ThreadPort | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("session_window")
        self.setWindowTitle(self.tr("Exec Desk — Session"))
        fit_to_screen(self, 720, 820)
        self.session = session
        self.threads = threads
        self._opener: Opener = opener or QDesktopServices.openUrl
        self._settings = settings
        self._recent: list[str] = []
        self.summary: SessionSummary | None = None
        if settings is not None:
            extend_minutes = int(settings.value(SESSION_EXTEND_MINUTES) or extend_minutes)
        self.model = TimelineModel(session, clock, self)
        self.proxy = TimelineFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = TimelineView()
        self.delegate = PostDelegate(images, self.view, thumbnails=thumbnails)
        self.view.setItemDelegate(self.delegate)
        self.view.setModel(self.proxy)
        self.deck_page = DeckPage(deck)  # the team's proposals, shown first when there are some
        #: Tells which posts were on screen long enough to be read (`core.reading`); they are marked read.
        self.reading = ReadTracker(self.view, self, clock=clock, timers=timers)
        self._build(extend_minutes)
        overrides: Mapping[str, str] = (settings.get(SETTING) or {}) if settings is not None else {}
        self.shortcuts = ShortcutRegistry(self, overrides)
        self._register_actions()
        self.help = HelpOverlay(self.shortcuts, self, refused=self._plan_refuses)
        self._wire()
        for problem in self.shortcuts.problems:
            self.show_message(problem)
        self._on_tick(session.remaining_seconds)
        self._refresh_groups()
        self._select_first()
        self._update_actions()

    # -- building -----------------------------------------------------------------------------------------------
    def _build(self, extend_minutes: int) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        self.header = SessionHeader()
        self.countdown = self.header.countdown
        self._extend_minutes = extend_minutes
        root.addWidget(self.header)
        self.filters = FilterBar()
        self.group_combo, self.search = self.filters.group_combo, self.filters.search
        root.addWidget(self.filters)
        self.stack = QStackedWidget()
        self.detail = PostDetail()
        self.summary_view = SummaryView(extend_minutes=extend_minutes)
        for page in (self.view, self.detail, self.summary_view, self.deck_page):
            self.stack.addWidget(page)
        root.addWidget(self.stack, 1)
        self.reasons = note_label("reasons", top=6, bottom=0)
        root.addWidget(self.reasons)
        self.action_row = QWidget()
        self.action_bar = QHBoxLayout(self.action_row)
        self.action_bar.setContentsMargins(12, 6, 12, 4)
        self.action_bar.setSpacing(4)
        root.addWidget(self.action_row)
        self.status = note_label("status", bottom=8, size=0.92)
        root.addWidget(self.status)
        QWidget.setTabOrder(self.search, self.view)

    def _register_actions(self) -> None:
        handlers: dict[str, Callable[[], object]] = {
            "next": lambda: self.view.step(1),
            "previous": lambda: self.view.step(-1),
            "page_down": lambda: self._page(True),
            "page_up": lambda: self._page(False),
            "next_group": lambda: self.filters.cycle(1),
            "previous_group": lambda: self.filters.cycle(-1),
            "search": self._focus_search,
            "retweet": self.retweet,
            "undo": self.undo,
            "dismiss": self.dismiss,
            "like": lambda: self._gated("like"),
            "reply": lambda: self._gated("reply"),
            "quote": lambda: self._gated("quote"),
            "compose": lambda: self.compose_requested.emit(None, None),
            "open_detail": self.open_detail,
            "open_on_x": self.open_on_x,
            "fetch_thread": self.fetch_thread,
            "help": lambda: self.help.toggle(),
            "close": self.escape,
            "extend": self.extend,
            "end": self.session.end,
            "proposals": self.open_deck,
            "approve": self.deck_page.approve,
            "edit_proposal": self.deck_page.edit,
            "reject": self.deck_page.reject,
        }
        for spec in self.shortcuts.specs():
            self.shortcuts.register(spec.id, handlers[spec.id])
        self.shortcuts.action("extend").setText(self.tr("+{minutes} min").format(minutes=self._extend_minutes))
        self.header.set_actions(self.shortcuts.action("extend"), self.shortcuts.action("end"))
        actions.button_bar(self.shortcuts, self.action_bar, self.filters.row)
        self.deck_page.attach(self.shortcuts, TIMELINE_ACTIONS, self.filters.row)
        self.detail.set_fetch_action(self.shortcuts.action("fetch_thread"))

    def _wire(self) -> None:
        s = self.session
        s.started.connect(self._on_started)
        s.tick.connect(self._on_tick)
        s.fetch_status.connect(self._on_fetch_status)
        s.ended.connect(self._on_ended)
        s.item_changed.connect(self._on_item_changed)
        self.model.groups_changed.connect(self._refresh_groups)
        self.model.rowsInserted.connect(self._on_rows_inserted)
        self.model.modelReset.connect(self._on_rows_inserted)
        for rows_changed in (self.proxy.rowsRemoved, self.proxy.rowsInserted, self.proxy.layoutChanged):
            rows_changed.connect(lambda *_: self._after_filter())
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.reading.read.connect(self._on_read)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.doubleClicked.connect(lambda _index: self.open_detail())
        self.delegate.repaint_requested.connect(self.view.viewport().update)
        self.delegate.link_activated.connect(self.open_url)
        self.detail.back_requested.connect(self.close_detail)
        self.detail.link_activated.connect(self.open_url)
        if self.threads is not None:
            self.threads.loaded.connect(self._on_thread)
            self.threads.failed.connect(self._on_thread_failed)
        self.summary_view.extend_requested.connect(
            lambda: self.extend() if self.session.is_active else self.continue_requested.emit()
        )
        self.view.key_fallback = self.shortcuts.trigger_unshifted
        self.summary_view.close_requested.connect(self.hide_window)
        self.deck_page.opened.connect(self.open_deck)
        self.deck_page.closed.connect(self.close_detail)
        if self.deck_page.has_pending():
            self.open_deck()
        self.group_combo.currentIndexChanged.connect(self._on_group_chosen)
        self.search.textChanged.connect(self._on_search)
        self.search.returnPressed.connect(self.view.setFocus)
        self.shortcuts.changed.connect(self._on_bindings_changed)
        self.shortcuts.guard(self.search)
        if self._settings is not None:
            unsubscribe = self._settings.subscribe(self._on_setting)
            self.destroyed.connect(lambda *_: unsubscribe())
        self._on_bindings_changed()

    # -- the current item ---------------------------------------------------------------------------------------
    def current_item(self) -> QueueItem | None:
        item = self.view.currentIndex().data(Role.ITEM)
        return item if isinstance(item, QueueItem) else None

    def _page(self, down: bool) -> None:
        self.view.page(down)  # what it passes is read only if it stays on screen long enough (`core.reading`)

    def _select_first(self) -> None:
        if not self.view.currentIndex().isValid() and self.proxy.rowCount() > 0:
            self.view.setCurrentIndex(self.proxy.index(0, 0))

    def _on_rows_inserted(self, *_: object) -> None:
        self._select_first()
        self._update_counts()

    def _on_read(self, post_id: str) -> None:
        """On screen long enough to be read (`core.reading`): it will not be shown again."""
        if self.summary is None:
            self.session.mark_seen(post_id)

    def _acted(self, item: QueueItem) -> None:
        """Acted upon (opened, replied to, quoted, liked, opened on x.com): read, whatever its time on screen."""
        if self.summary is None:
            self.session.mark_seen(item.post.id)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.stack.currentIndex() == DETAIL_PAGE:
            self._show_detail()
        self._update_actions()
        self._update_counts()

    # -- actions ------------------------------------------------------------------------------------------------
    def retweet(self) -> None:
        item = self.current_item()
        if item is not None:
            pid = item.post.id
            self._acted(item)
            self.show_message(actions.retweet(self.session, pid, undo_key=self.shortcuts.key_hint("undo")))
            if self.session.state_of(pid) == ActionState.PENDING:
                self._recent = [p for p in self._recent if p != pid] + [pid]

    def dismiss(self) -> None:
        """Close the current post's response clock without answering it (logged); then the next post."""
        item = self.current_item()
        if item is None:
            return
        if self.session.dismiss(item.post.id):
            self.show_message(self.tr("Dismissed: its clock is closed, and the dismissal is logged."))
            self.view.step(1)
        else:
            self.show_message(self.tr("This post has no response clock to close."))

    def undo(self) -> None:
        """Undo the current item's pending retweet, else the latest pending one."""
        item = self.current_item()
        self.show_message(actions.undo(self.session, item.post.id if item else None, self._recent))

    def _plan_refuses(self, action: str) -> str:
        """Why the account's X plan forbids `action` whatever the post (likes, quotes on self-serve plans), in the
        user's language; "" when it may be allowed (a reply depends on the post)."""
        if action not in ("like", "quote"):
            return ""
        allowed, reason = self.session.capability(action, "")
        return "" if allowed else message_text(reason, "Actions")

    def _gated(self, action: str) -> None:
        item = self.current_item()
        if item is None:
            return
        self._acted(item)
        allowed, reason = self.session.capability(action, item.post.id)
        if not allowed:
            self.show_message(message_text(reason, "Actions"))
            self.open_on_x()
        elif action == "like":
            self.like_requested.emit(item.post.id)
        elif action == "reply":
            self.compose_requested.emit(item.post.id, None)
        else:
            self.compose_requested.emit(None, item.post.id)

    def open_on_x(self) -> None:
        item = self.current_item()
        if item is not None and item.url:
            self._acted(item)
            self.open_url(item.url)

    def open_url(self, url: str) -> None:
        if not self._opener(QUrl(url)):
            self.show_message(self.tr("Could not open {url} in the browser.").format(url=url))

    def open_detail(self) -> None:
        item = self.current_item()
        if item is not None and self.summary is None:
            self._acted(item)
            self.stack.setCurrentIndex(DETAIL_PAGE)
            self._show_detail()

    def close_detail(self) -> None:
        """Back to the timeline (from a post's thread, or from the team's proposals)."""
        self.stack.setCurrentIndex(LIST_PAGE)
        self._update_actions()
        self.view.setFocus()
        self._update_fetch()

    def open_deck(self) -> None:
        """The team's proposals, in front of the timeline (while the session runs)."""
        if self.summary is None and self.deck_page.deck is not None and self.deck_page.deck.snapshot is not None:
            self.stack.setCurrentIndex(DECK_PAGE)
            self._update_actions()

    def _show_detail(self) -> None:
        index = self.view.currentIndex()
        item = self.current_item()
        if item is not None:
            shown = self.detail.item
            self.detail.show_item(
                item,
                age=str(index.data(Role.AGE)),
                state=str(index.data(Role.STATE_TEXT)),
                signals=str(index.data(Role.SIGNALS) or ""),
            )
            if self.threads is not None and (
                shown is None or shown.post.id != item.post.id or not self.detail.conversation
            ):
                self.threads.open(item.post.id)
        self._update_fetch()

    # -- the thread ---------------------------------------------------------------------------------------------
    def fetch_thread(self) -> None:
        """F in a thread: fetch what it lacks (its price is on screen already)."""
        thread = self.detail.conversation
        if self.threads is None or thread is None or thread.offer is None or self.stack.currentIndex() != DETAIL_PAGE:
            return
        # Said before asking: a fetch that answers at once (a cached thread, a quick runner) must not be covered by
        # "Fetching…" again, nor find its action disabled after it re-enabled it.
        self.detail.show_status(thread.post_id, self.tr("Fetching the rest of the thread…"))
        self.shortcuts.action("fetch_thread").setEnabled(False)
        self.threads.fetch(thread)

    def _on_thread(self, thread: object) -> None:
        if isinstance(thread, Thread):
            self.detail.show_thread(thread)
            self._update_fetch()

    def _on_thread_failed(self, post_id: str, why: object) -> None:
        self.detail.show_status(post_id, message_text(why) if isinstance(why, Message) else str(why))
        self._update_fetch()

    def _update_fetch(self) -> None:
        offer = self.detail.offer() if self.stack.currentIndex() == DETAIL_PAGE else None
        action = self.shortcuts.action("fetch_thread")
        action.setEnabled(offer is not None and self.summary is None)
        self.detail.fetch_button.setVisible(offer is not None)
        if offer is not None:
            action.setText(self.tr("Fetch the rest — {cost} at most").format(cost=usd(offer.ceiling)))

    def escape(self) -> None:
        """Esc: close the help, else the detail, else leave the search field, else hide the window."""
        focus = QApplication.focusWidget()
        if self.help.isVisible():
            self.help.dismiss()
        elif self.stack.currentIndex() == DECK_PAGE:
            self.deck_page.escape()
        elif self.stack.currentIndex() == DETAIL_PAGE:
            self.close_detail()
        elif isinstance(focus, TEXT_FIELDS) and self.isAncestorOf(focus):
            self.view.setFocus()
        else:
            self.hide_window()

    def extend(self) -> None:
        if self.session.is_active:
            self.session.extend()
            self.show_message(self.tr("Added %n minute(s).", "", self._extend_minutes))

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        self.view.setCurrentIndex(index)
        actions.item_menu(self.shortcuts, self).popup(self.view.viewport().mapToGlobal(pos))

    # -- session signals ----------------------------------------------------------------------------------------
    def _on_tick(self, remaining: int) -> None:
        self.header.set_remaining(remaining)
        if remaining % 30 == 0:
            self.model.refresh_ages()

    def _on_started(self, _session_id: int) -> None:
        if self.summary is not None:  # a new session on the same engine: back from the summary
            self.summary = None
            self.reading.enabled = True
            self.stack.setCurrentIndex(LIST_PAGE)
            for widget in (self.filters, self.action_row, self.header):
                widget.show()
            self.header.set_running()
            self._update_actions()

    def _on_fetch_status(self, text: str) -> None:
        self.show_message(actions.fetch_status_text(text))
        if "Up to date" in text and self.model.rowCount() == 0:  # alone, or after a spike's line
            self.view.set_placeholder(self.tr("Nothing new in your sources. Enjoy the quiet."))

    def _on_item_changed(self, post_id: str) -> None:
        item = self.current_item()
        if item is not None and item.post.id == post_id:
            self._update_actions()
            if self.stack.currentIndex() == DETAIL_PAGE:
                self._show_detail()
        self._update_counts()

    def _on_ended(self, summary: object) -> None:
        if not isinstance(summary, SessionSummary):
            return
        self.summary = summary
        self.reading.enabled = False
        self.summary_view.set_summary(summary)
        self.help.dismiss()
        self.stack.setCurrentIndex(SUMMARY_PAGE)
        self.filters.hide()
        self.action_row.hide()
        self.header.set_ended()
        self.show_message("")
        self.summary_view.close_button.setFocus()
        self._update_actions()
        self._update_counts()

    # -- settings and shortcuts ---------------------------------------------------------------------------------
    def _on_setting(self, name: str, value: object) -> None:
        if name != SETTING:
            return
        try:
            self.shortcuts.apply_overrides(value if isinstance(value, dict) else {})
        except ShortcutError as exc:
            self.show_message(self.tr("{problem} The keys were not changed.").format(problem=exc))

    def _on_bindings_changed(self) -> None:
        self.model.retry_key = self.shortcuts.key_hint("retweet")
        self.model.undo_key = self.shortcuts.key_hint("undo")
        self.view.viewport().update()
        self._update_actions()

    # -- refreshing ---------------------------------------------------------------------------------------------
    def _update_actions(self) -> None:
        ended = self.summary is not None
        item = None if self.stack.currentIndex() == DECK_PAGE else self.current_item()
        reasons = actions.refresh(self.shortcuts, self.session, item, ended=ended)
        self.reasons.setText("\n".join(reasons))
        self.reasons.setVisible(bool(reasons) and not ended)

    def _update_counts(self) -> None:
        if self.summary is not None:
            return
        states = [self.session.state_of(self.model.item_at(r).post.id) for r in range(self.model.rowCount())]
        position = self.view.currentIndex().row() + 1
        self.header.counts.setText(actions.counts_text(states, position, self.proxy.rowCount(), len(states)))

    def _refresh_groups(self) -> None:
        self.filters.set_groups(self.model.groups(), self.proxy.group)

    def _on_group_chosen(self, _index: int) -> None:
        self.proxy.set_group(self.filters.chosen_group())
        self._after_filter()

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self.view.filtered_placeholder = self.tr("No post of this session matches “{text}”.").format(text=text.strip())
        self._after_filter()

    def _after_filter(self) -> None:
        """The filter changed what shows: keep a current post among those shown, and count what shows."""
        self._select_first()
        self._update_actions()
        self._update_counts()

    def show_message(self, text: str) -> None:
        self.status.setText(text)

    def hide_window(self) -> None:
        """Hide (Esc, Close, the title bar's close button); the session keeps counting."""
        self.hide()
        self.hidden.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        focus = QApplication.focusWidget()
        if self.summary is None and (focus is None or not self.isAncestorOf(focus)):
            on_deck = self.stack.currentIndex() == DECK_PAGE
            (self.deck_page.list if on_deck else self.view).setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.hide_window()
