"""Speaking, wired for one opened account: the composer, its drafts, the outbox sender and the outbox window.

`ComposeDesk` is made when the app's context opens. It starts the account's one `OutboxSender` (the review session
uses it too) and a `DraftService`. The composer itself is built once, early and off the user's path
(`prepare_soon`: its modules are imported on a worker a moment after the app is ready, then the window is built
and its native window created on the GUI thread), so opening it later is a show(). twitter-text (~8 MiB of
regexes, ~0.13 s to compile) loads on a worker when the composer first opens: an empty post is counted without it,
and an app that is not used to write does not carry it.

Sending hands the post over without a window in which it could be lost: one transaction on a worker stores the
outbox item and deletes the draft (see `DraftService.handing_over`); if that fails the composer comes
back with the post and the reason. A post that repeats one sent or queued (`services.duplicates`, looked up in
that same transaction) comes back with where the earlier one is (`ComposerWindow.refuse_duplicate`).
The sender is then woken; the user is told when a post goes out (with its link on x.com: `confirm`, a tray
notification that opens it when clicked) or fails, and when a retweet goes out after its session closed (in a
session, its row says so); while its GIF or video is on its way to X the composer, if open, shows how far
(`ComposerForm.show_upload`). The outbox window is live: it follows the sender's signals, and `queued_elsewhere`
(an `exec-desk post` of another process) reads it again; its Sent tab reads `services.outbox.history`.
What the user reads is translated, the sender's reasons too (`core.i18n.Message`s, shown with
`ui.i18n.message_text`); times are the locale's.

The company's recent posts are read on a worker each time the composer opens: a draft that repeats one is flagged,
and amplifying that post instead is one key away (a retweet, through the outbox, after the undo window).
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QWidget

from exec_desk.app.builder import account_parts
from exec_desk.core import errors, pricing
from exec_desk.core.payloads import PostPayload, RetweetPayload
from exec_desk.core.twitter_text_lib import loaded as twitter_text_loaded
from exec_desk.core.twitter_text_lib import twitter_text
from exec_desk.services.drafts import LANE as DRAFTS_LANE
from exec_desk.services.outbox.duplicates import DuplicatePost
from exec_desk.services.outbox.history import SentHistory, status_url
from exec_desk.services.outbox.sender import OutboxProgress, OutboxUpdate
from exec_desk.services.tasks import TaskRunner
from exec_desk.storage.records import OutboxItem, OutboxState
from exec_desk.storage.settings import (
    COMPANY_SIMILARITY,
    CONFIRM_COST_USD,
    COOLOFF_MINUTES,
    RETWEET_UNDO_SECONDS,
    THREAD_CAP,
)
from exec_desk.ui.account.identity import posting_as
from exec_desk.ui.i18n import message_text, short_time

if TYPE_CHECKING:
    from exec_desk.core.compose import ComposedPost
    from exec_desk.core.disclosure import Hold
    from exec_desk.core.queue import QueueItem
    from exec_desk.core.signal.similarity import CompanyPost, Similar
    from exec_desk.services.context import AppContext
    from exec_desk.storage.records import DraftMedia
    from exec_desk.ui.composer.window import Capability, ComposerWindow, HoldCheck
    from exec_desk.ui.outbox.drafts import DraftsList
    from exec_desk.ui.outbox.window import OutboxWindow

log = logging.getLogger(__name__)
#: How long after the app is ready the composer is built (out of the way of start-up and a first session).
PREPARE_DELAY_MS = 400
Event = Callable[[dict[str, Any]], None]


def _import_composer() -> None:
    importlib.import_module("exec_desk.ui.composer.window")  # its widgets' modules, off the GUI thread


def context_text(items: list[QueueItem], post_id: str | None) -> str:
    """`@ceo: “Who is coming to the offsite?”` for the post a reply or quote is about ("" if unknown)."""
    item = next((i for i in items if i.post.id == post_id), None) if post_id else None
    if item is None:
        return ""
    text = " ".join(item.post.text.split())
    short = text if len(text) <= 90 else text[:89] + "…"
    if item.author is None:
        return QCoreApplication.translate("ComposeDesk", "“{text}”").format(text=short)
    said = QCoreApplication.translate("ComposeDesk", "@{username}: “{text}”")
    return said.format(username=item.author.username, text=short)


def author_name(items: list[QueueItem], post_id: str | None) -> str:
    """The @name (without the @) of the author of the post `post_id` among a session's items ("" if unknown)."""
    item = next((i for i in items if i.post.id == post_id), None) if post_id else None
    return "" if item is None or item.author is None else item.author.username


def plan_capability(capability: Callable[[str, str], tuple[bool, str]], post_id: str) -> Capability:
    """The session's `capability(action, post_id)` for the composer: its reason without the "open it on x.com"
    advice (`services.session.actions.short_reason`), which the composer gives itself, with the ways out."""

    from exec_desk.services.session.actions import short_reason  # a session's: imported when one runs

    def allowed(action: str) -> tuple[bool, str]:
        ok, reason = capability(action, post_id)
        return ok, message_text(short_reason(reason)) if reason else ""

    return allowed


class ComposeDesk(QObject):
    """The composer, drafts, outbox sender and outbox window of the opened account.

    Signals: proposal_queued(str, int): a post written from a deck proposal (its id) is in the outbox (item id).
    """

    proposal_queued = Signal(str, int)

    def __init__(
        self,
        context: AppContext,
        runner: TaskRunner,
        *,
        clock: Callable[[], datetime],
        icon: QIcon,
        notify: Callable[[str], None],
        events: Event | None = None,
        hold: HoldCheck | None = None,
        confirm: Callable[[str, str], None] | None = None,
        in_session: Callable[[], bool] = lambda: False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self._runner, self._clock, self._icon = context, runner, clock, icon
        self._hold = hold
        self._notify, self._events = notify, events
        #: Tells that a send went out, with its address on x.com (a notification that opens it when clicked).
        self._confirm = confirm or (lambda text, _url: notify(text))
        self._in_session = in_session
        parts = account_parts(context, runner, clock, parent=self)
        self.outbox, self.drafts = parts.outbox, parts.drafts
        self.composer: ComposerWindow | None = None
        self.outbox_window: OutboxWindow | None = None
        self.drafts_window: DraftsList | None = None
        self._uploading: int | None = None  # the item whose upload the composer shows
        self._company: list[CompanyPost] = []  # the company's recent posts, read when the composer opens
        self.outbox.changed.connect(self._changed)
        self.outbox.held.connect(self._held)
        self.outbox.progressed.connect(self._progressed)
        self.outbox.start()

    # -- the composer -----------------------------------------------------------------------------------------
    def prepare_soon(self, delay_ms: int = PREPARE_DELAY_MS) -> None:
        """Build the composer in a moment: its heavy import on a worker, then the window here."""
        QTimer.singleShot(delay_ms, self, self._import_in_background)

    def _import_in_background(self) -> None:
        if self.composer is None:  # refused once closed (the runner forgot this desk)
            failed = lambda error: log.error("composer: %s", error)  # noqa: E731
            self._runner.submit(_import_composer, lambda _none: self._prepared(), failed, owner=self)

    def _prepared(self) -> None:
        self.prepare()

    def prepare(self) -> ComposerWindow:
        """The composer, built now if it was not yet (with its native window, so that showing it is quick)."""
        if self.composer is not None:
            return self.composer
        from exec_desk.ui.composer.window import ComposerWindow

        settings = self.context.settings
        composer = self.composer = ComposerWindow(
            clock=self._clock,
            drafts=self.drafts,
            cooloff_minutes=lambda: settings.value(COOLOFF_MINUTES),
            thread_cap=lambda: settings.value(THREAD_CAP),
            confirm_above=lambda: round(settings.value(CONFIRM_COST_USD) * pricing.MICRO),
            state_file=self.context.paths.config_dir / "composer.ini",
            hold=self._hold or (lambda _parts, _when: None),
            company_check=self._similar_company,
            author_of=self._author_of,
        )
        composer.amplify_requested.connect(self._amplify)
        account = self.context.account
        composer.set_account(posting_as(account.username, demo=self.context.demo))
        composer.setWindowIcon(self._icon)
        composer.held.connect(self._record_held)
        composer.send_requested.connect(self._send)
        composer.drafts_requested.connect(self.show_drafts)
        composer.outbox_requested.connect(self.show_outbox)
        self.drafts.failed.connect(lambda text: composer.tell(message_text(text)))  # autosave failed: say so
        composer.ensurePolished()
        composer.winId()  # the native window exists from now on: the first show skips creating it
        self._emit({"event": "composer_ready"})
        return composer

    def _author_of(self, post_id: str) -> str | None:
        """The @name of a cached post's author (a small read of the store), for the composer's title."""
        store, key = self.context.store, self.context.account.key
        post = store.posts.get(key, post_id)
        author = None if post is None else store.posts.user(key, post.author_id)
        return None if author is None else author.username

    def open(
        self,
        reply_to: str | None = None,
        quote_of: str | None = None,
        context: str = "",
        capability: Capability | None = None,
        author: str = "",
    ) -> ComposerWindow:
        """Show the composer for a post, or a reply or quote (`capability` says what the plan allows; `author` the
        @name of the post's author, when the caller knows it).

        twitter-text loads on a worker the first time (an empty composer is counted without it), so the window
        shows at once and an idle app does not carry the library.
        """
        if not twitter_text_loaded():
            self._runner.submit(twitter_text)
        store, key, settings, now = self.context.store, self.context.account.key, self.context.settings, self._clock()
        from exec_desk.services.radar.views import company_posts  # when the composer opens: not at start-up

        self._runner.submit(lambda: company_posts(store, key, settings, now), self._company_read, owner=self)
        composer = self.prepare()
        composer.open_for(reply_to, quote_of, context, capability or (lambda action: (True, "")), author)
        return composer

    def open_text(self, text: str, files: tuple[DraftMedia, ...] = (), origin: str = "", notice: str = "") -> None:
        """The composer with `text` and `files` in a new draft (a deck proposal to edit, `origin` its id)."""
        if not twitter_text_loaded():
            self._runner.submit(twitter_text)
        self.prepare().open_text(text, files, origin, notice)

    def _record_held(self, hold: Hold) -> None:
        """A post held by a quiet period, in the audit log (on the store's lane)."""
        store, key, now = self.context.store, self.context.account.key, self._clock()
        detail = {"words": list(hold.words), "until": hold.until.isoformat()}
        self._runner.submit(
            lambda: store.audit.append(
                "held", at=now, account=key, actor="composer", reason=str(hold.reason), detail=detail
            ),
            None,
            lambda error: log.error("audit log: %s", error),
            lane=DRAFTS_LANE,
            owner=self,
        )

    # -- the company's posts ----------------------------------------------------------------------------------
    def _company_read(self, posts: list[CompanyPost]) -> None:
        self._company = posts
        if self.composer is not None and self.composer.isVisible():
            self.composer.tell("")  # checks the draft again against them

    def _similar_company(self, text: str) -> Similar | None:
        from exec_desk.core.signal.similarity import most_similar  # rapidfuzz: when a post is checked

        return most_similar(text, self._company, self.context.settings.value(COMPANY_SIMILARITY))

    def _amplify(self, similar: Similar) -> None:
        """Retweet the company post instead of posting the draft (kept in Drafts), after the undo window."""
        post_id, key = similar.post.id, self.context.account.key
        undo = timedelta(seconds=self.context.settings.value(RETWEET_UNDO_SECONDS))
        self.outbox.enqueue(
            RetweetPayload(post_id),
            not_before=self._clock() + undo,
            idempotency_key=f"retweet:{key}:{post_id}",  # the session's key: never two retweets of one post
            on_done=lambda _item: self._refresh_outbox(),
        )
        who = f"@{similar.post.author}" if similar.post.author else ""
        self._notify(
            self.tr("Amplifying {who}'s post instead; your draft stays in Drafts (undo from the Outbox).").format(
                who=who
            )
        )

    def _send(self, post: ComposedPost) -> None:
        composer, store, drafts = self.prepare(), self.context.store, self.drafts
        handle, key = composer.handle_of(post), self.context.account.key

        from exec_desk.services.outbox.queue import queue_post  # the first send imports it, not start-up

        def queue(draft_id: int | None) -> OutboxItem:
            now = self._clock()
            with store.transaction():
                item = queue_post(store, key, post, now, draft_id=draft_id)
                if post.press_release is not None:  # a held post, confirmed with its press release
                    store.audit.append(
                        "confirmed",
                        at=now,
                        account=key,
                        proposal=post.origin,
                        actor="composer",
                        link=post.press_release,
                        detail={"outbox_id": item.id},
                    )
            return item

        def work() -> tuple[OutboxItem, int | None]:  # a repeat is refused: the text comes back
            if handle is None:
                return queue(None), None
            with drafts.handing_over(handle) as draft_id:  # the draft goes with the item's creation
                return queue(draft_id), draft_id

        def done(result: tuple[OutboxItem, int | None]) -> None:
            item, draft_id = result
            composer.queued(post)
            if draft_id is not None:
                drafts.forget(draft_id)
            self._emit({"event": "queued", "id": item.id, "parts": len(post.parts)})
            if post.origin:
                self.proposal_queued.emit(post.origin, item.id)
            if item.not_before > self._clock() + timedelta(seconds=5):
                when = short_time(item.not_before)
                self._notify(
                    self.tr("Queued: it goes at {time}. Until then you can undo it from the Outbox.").format(time=when)
                )
            self.outbox.wake()
            self._refresh_outbox()

        def failed(error: BaseException) -> None:
            if isinstance(error, DuplicatePost):
                composer.restore(post, "")
                composer.refuse_duplicate(error.duplicate)
                return
            log.error("could not queue a post: %s", error)
            composer.restore(
                post, self.tr("It could not be queued ({error}); nothing was sent. Try again.").format(error=error)
            )

        self._runner.submit(work, done, failed, lane=DRAFTS_LANE, owner=self)  # after the draft's last write

    # -- other windows ----------------------------------------------------------------------------------------
    def show_outbox(self) -> OutboxWindow:
        if self.outbox_window is None:
            from exec_desk.ui.outbox.window import OutboxWindow

            history = SentHistory(self.context.store, self.context.ledger, self.context.account.key)
            window = self.outbox_window = OutboxWindow(
                self.outbox, clock=self._clock, history=history, runner=self._runner
            )
            window.setWindowIcon(self._icon)
            window.open_draft_requested.connect(self._open_draft)
        _raise(self.outbox_window)
        return self.outbox_window

    def show_drafts(self) -> DraftsList:
        if self.drafts_window is None:
            from exec_desk.ui.outbox.drafts import DraftsList

            window = self.drafts_window = DraftsList(self.drafts, clock=self._clock)
            window.setObjectName("drafts_window")
            window.setWindowIcon(self._icon)
            window.open_requested.connect(lambda draft: self.prepare().open_draft(draft))
        self.drafts_window.refresh()
        _raise(self.drafts_window)
        return self.drafts_window

    def _open_draft(self, draft_id: int, reason: str) -> None:
        draft = self.drafts.get(draft_id)
        if draft is None:
            self._notify(self.tr("That draft was deleted in the meantime."))
            return
        self.prepare().open_draft(draft, reason)  # `reason` comes translated from the outbox window

    def add_menu_entries(self, menu: QMenu, before: Any) -> None:
        """Outbox and Drafts entries for the tray menu, inserted before the action `before`."""
        waiting = len([i for i in self.outbox.waiting() if i.state is not OutboxState.FAILED])
        outbox = menu.addAction(
            self.tr("Outbox ({count} waiting)…").format(count=waiting) if waiting else self.tr("Outbox…")
        )
        drafts = menu.addAction(self.tr("Drafts…"))
        for action, name, slot in ((outbox, "outbox", self.show_outbox), (drafts, "drafts", self.show_drafts)):
            action.setObjectName(f"action_{name}")
            action.triggered.connect(lambda _checked=False, show=slot: show())
            menu.insertAction(before, action)

    # -- what the sender says -----------------------------------------------------------------------------------
    def _progressed(self, update: OutboxProgress) -> None:
        from exec_desk.services.outbox.media import media_stage  # an upload's: not start-up's

        stage = media_stage(update.payload, update.progress)
        if self.composer is not None and stage is not None:
            self._uploading = update.item_id
            self.composer.show_upload(stage)

    def _changed(self, update: OutboxUpdate) -> None:
        item = update.item
        if self.composer is not None and item.id == self._uploading:
            from exec_desk.services.outbox.media import media_stage

            moving = item.state in (OutboxState.SCHEDULED, OutboxState.SENDING)
            stage = media_stage(item.payload, item.progress) if moving else None
            self.composer.show_upload(stage)
            self._uploading = None if stage is None else item.id
        self._emit({"event": "outbox", "id": item.id, "state": item.state.value, "op": item.payload.op})
        post = item.payload if isinstance(item.payload, PostPayload) else None
        if post is not None and item.state is OutboxState.FAILED:
            reason = message_text(item.last_error or "")
            self._notify(self.tr("Your post was not sent. {reason}").format(reason=reason).strip())
        elif item.state is OutboxState.SENT and not update.error:
            self._sent(item)
        self._refresh_outbox()

    def _sent(self, item: OutboxItem) -> None:
        """Confirm a send with its link: every post and thread; a retweet when no session shows it."""
        payload = item.payload
        if isinstance(payload, RetweetPayload):
            if self._in_session():
                return  # its row in the session says it went
            self._confirm(self.tr("Your retweet is on X."), status_url(payload.post_id))
            return
        if not isinstance(payload, PostPayload):
            return
        one = len(payload.parts) <= 1
        text = self.tr("Your post is on X.") if one else self.tr("Your thread is on X.")
        first = next(iter(item.progress.get("sent") or ()), None) or item.remote_id
        if first is None:
            self._notify(text)
        else:
            self._confirm(text, status_url(str(first)))

    def queued_elsewhere(self) -> None:
        """Another process (`exec-desk post`) queued an item: send what is due, show it in the outbox window."""
        self.outbox.wake()
        self._refresh_outbox()

    def _held(self, error: BaseException) -> None:
        """The sender stopped because of the account (once per hold): say what to do; nothing is lost."""
        self._emit({"event": "outbox_held", "error": type(error).__name__})
        if isinstance(error, errors.AuthExpired | errors.AuthRevoked):
            text = self.tr(
                "X refused your sign-in: sign in again from the tray (Account…). Your waiting posts and retweets "
                "are kept and sent then."
            )
        else:
            text = self.tr("{reason} Your waiting posts and retweets are kept.").format(
                reason=message_text(error.user_message if isinstance(error, errors.XError) else "")
            )
        self._notify(text)
        self._refresh_outbox()

    def _refresh_outbox(self) -> None:
        if self.outbox_window is not None and self.outbox_window.isVisible():
            self.outbox_window.refresh()

    def _emit(self, event: dict[str, Any]) -> None:
        if self._events is not None:
            self._events(event)

    # -- the end ----------------------------------------------------------------------------------------------
    def save_now(self) -> None:
        """Write the draft being typed, on this thread (quitting)."""
        self.drafts.save_now()

    def close(self) -> None:
        """Save the draft and let the windows go (quitting, or switching account)."""
        self._runner.forget(self)  # what it asked of the runner ends unheard
        self.save_now()
        for window in (self.composer, self.outbox_window, self.drafts_window):
            if window is not None:
                window.hide()
                window.deleteLater()
        self.composer = self.outbox_window = self.drafts_window = None
        self.deleteLater()


def _raise(window: QWidget) -> None:
    window.show()
    window.raise_()
    window.activateWindow()
