"""The quick composer: a compact window to write a post or a thread, built once and then shown and hidden.

Live counter ("243/280", twitter-text v3 through `core.compose.PostChecker`, a few milliseconds a keystroke even on
a 5,000-character thread), the part past the limit highlighted, the estimated price, a thread preview (numbered
posts with their own counters), media (up to 4 images, or one GIF or video, each with a description), "send now",
"send in N minutes" (the cool-off; the outbox can undo until then) or "send at …". Ctrl+Enter sends (wherever the
focus is), Esc or Close hides and keeps the draft (autosaved by `DraftService`). Opened for a reply or a quote the
account's plan refuses, it offers what works (post with the link, and what it costs, or finish on x.com). It
remembers its place in an INI file (`state_file`, e.g. `paths.config_dir / "composer.ini"`, see `memory`), with the
draft it holds and the folder files were last attached from. What the checks of `core.compose` and `core.media`
say (`core.i18n.Message`s) is shown translated (`ui.i18n.message_text`).

It says which account the post goes out as (`set_account`), and its title what it writes: "New post", "Reply to
@name" or "Quote of @name" (the author from `author_of(post_id)`, the app's cache). Attach opens in the user's
Pictures folder, then in the folder of the last file attached.

Drafts come back: the id of the draft being written is kept in the state file as soon as it is saved (and dropped
once it is sent or emptied), so after a quit or a crash the first new post of the next run opens on that draft,
with a banner saying when it was last edited and "Start a new post" (the draft stays in the Drafts).

A thread holds at most `thread_cap()` posts (the setting). A post whose estimate is above `confirm_above()` (the
`confirm_cost_usd` setting, in micro-dollars) is sent only once confirmed in the inline step (`step`:
the estimate, then "Send for $1.65" or "Keep editing"; Esc keeps editing). A post that `hold(parts, when)` holds (a
disclosure word in a quiet period, `core.disclosure`) goes only once its first link is confirmed as the official
press release, in the same step (`held(Hold)` is emitted when it asks; the post then carries `press_release`).
When the post turns out to repeat one
already sent or queued, whoever queues it restores it and calls `refuse_duplicate` (the earlier post's address, or
when it goes, in the same step).

Sending hands the post over in two steps so that nothing is lost if the app dies in between: `send_requested`
carries the post while its draft is kept (detached from the editor); whoever queues it then calls `queued(post)`
(the draft is deleted) or, when it could not be queued, `restore(post, reason)` (the same draft comes back).

While the user types, `company_check(text)` says whether the draft repeats a recent company post (see
`core.signal.similarity`): the flag under the context bar offers to amplify that post instead, one key away
(Ctrl+Shift+A); choosing it emits `amplify_requested` and hides the composer (the draft stays in Drafts).

Signals of ComposerWindow:
    send_requested(object): a checked `compose.ComposedPost` to queue; the window has cleared itself and hidden.
    held(object): a post was held by a quiet period (a `core.disclosure.Hold`): the step asks for the confirmation.
    hidden(): the window was hidden (Esc, closed, or after sending); an unsent draft is kept.
    drafts_requested(): "Drafts" was clicked: show the list of drafts.
    outbox_requested(): "Outbox" was clicked: show what waits to be sent.
    amplify_requested(object): amplify this company post (a `core.signal.similarity.Similar`) instead.

Why one module: the window is one piece of state (the draft it holds, the checks shown as the user types, the
inline step asked — cost, hold or duplicate — and the send), and each method reads and changes it; what stands
apart already lives apart: the widgets (`form`), the steps' words (`step`), what it remembers between runs
(`memory`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QHideEvent, QKeyEvent, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import QFileDialog, QWidget

from exec_desk.core import compose, post_limits, pricing
from exec_desk.core.disclosure import Hold
from exec_desk.core.media import checks as media
from exec_desk.core.signal.similarity import Similar
from exec_desk.services.drafts import Detached, DraftContent, DraftService
from exec_desk.services.outbox.duplicates import Duplicate
from exec_desk.storage.records import Draft, DraftMedia
from exec_desk.ui.composer.company import KEY as COMPANY_KEY
from exec_desk.ui.composer.context import intent_url, post_url
from exec_desk.ui.composer.form import ComposerForm
from exec_desk.ui.composer.memory import ComposerMemory
from exec_desk.ui.composer.step import cost_question, duplicate_words, hold_words
from exec_desk.ui.i18n import day_and_time, message_text, usd
from exec_desk.ui.shortcuts import key_name

Capability = Callable[[str], tuple[bool, str]]
#: The hold of a post (its parts, when it would be sent) by a quiet period, or None (`services.quiet.QuietWatch`).
HoldCheck = Callable[[tuple[str, ...], datetime], Hold | None]


def _pick_files(parent: QWidget, folder: str) -> list[str]:
    kinds = QCoreApplication.translate("ComposerWindow", "Images, GIFs and videos")
    every = QCoreApplication.translate("ComposerWindow", "All files")
    title = QCoreApplication.translate("ComposerWindow", "Attach images, a GIF or a video")
    types = f"{kinds} (*.jpg *.jpeg *.png *.webp *.gif *.mp4 *.mov);;{every} (*)"
    files, _ = QFileDialog.getOpenFileNames(parent, title, folder, types)
    return list(files)


class ComposerWindow(ComposerForm):
    """The composer; `capability(action)` says whether "reply" / "quote" is allowed, else why not."""

    send_requested = Signal(object)
    held = Signal(object)
    hidden = Signal()
    drafts_requested = Signal()
    outbox_requested = Signal()
    amplify_requested = Signal(object)

    def __init__(
        self,
        *,
        clock: Callable[[], datetime],
        drafts: DraftService | None = None,
        cooloff_minutes: Callable[[], int] = lambda: 0,
        capability: Capability = lambda action: (True, ""),
        state_file: Path | None = None,
        opener: Callable[[QUrl], bool] = QDesktopServices.openUrl,
        pick_files: Callable[[QWidget, str], list[str]] = _pick_files,
        author_of: Callable[[str], str | None] = lambda post_id: None,
        checker: compose.PostChecker | None = None,
        thread_cap: Callable[[], int] = lambda: post_limits.THREAD_CAP,
        confirm_above: Callable[[], int] = lambda: round(post_limits.CONFIRM_COST_USD * pricing.MICRO),
        hold: HoldCheck = lambda _parts, _when: None,
        company_check: Callable[[str], Similar | None] = lambda _text: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self._clock, self._drafts, self._cooloff = clock, drafts, cooloff_minutes
        self._thread_cap, self._confirm_above = thread_cap, confirm_above
        self._company_check = company_check
        self._approved: tuple[str, int] | None = None  # the text and price the user confirmed sending
        self._hold = hold
        self._released: tuple[str, str] | None = None  # the text and press release of a held post confirmed
        self._origin = ""  # the deck proposal being edited, if any
        self._capability, self._opener, self._pick_files = capability, opener, pick_files
        self._checker = checker or compose.PostChecker()
        self._memory = ComposerMemory(state_file)
        self._author_of = author_of
        self._author = ""  # the @name of the post replied to or quoted, when known
        self._recoverable = self._memory.left_draft  # offered back at the first new post of this run
        self._reply_to: str | None = None
        self._quote_of: str | None = None
        self._target: str | None = None  # the post a refused reply/quote was about
        self._context, self._notice, self._loading = "", "", False
        self._draft_id: int | None = None
        self._handed: dict[int, tuple[compose.ComposedPost, Detached | None]] = {}
        self.drafts_button.clicked.connect(self.drafts_requested)
        self.new_button.clicked.connect(self.start_new)
        self.outbox_button.clicked.connect(self.outbox_requested)
        self.close_button.clicked.connect(self.hide)
        self.context.link_instead.connect(self._link_instead)
        self.context.open_on_x.connect(self._open_on_x)
        self.editor.installEventFilter(self)
        self.editor.textChanged.connect(self._edited)
        self.problem.linkActivated.connect(lambda _link: self.thread_box.setChecked(True))
        self.media.changed.connect(self._edited)
        self.attach_button.clicked.connect(lambda: self.attach_files())
        self.thread_box.toggled.connect(self._refresh)
        self.when.changed.connect(self._refresh)
        self.send_button.clicked.connect(self.send)
        self.step.message.linkActivated.connect(lambda url: self._opener(QUrl(url)))
        self.step.closed.connect(self._step_closed)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # wherever the focus is (the editor's own filter comes first)
            QShortcut(QKeySequence(keys), self, self.send)
        QShortcut(QKeySequence(COMPANY_KEY), self, self.amplify_company)
        self.company.amplify.connect(self.amplify_company)
        self.check = self._refresh()
        self.when.reset(self._cooloff(), self._clock())
        if drafts is not None:
            drafts.saved.connect(self._on_saved)
            drafts.removed.connect(self._on_removed)
        geometry = self._memory.geometry()
        if not (geometry is not None and self.restoreGeometry(geometry)):
            self.resize(560, 400)

    # ----- opening -------------------------------------------------------------------------------------------
    def show_composer(self) -> None:
        """Show (it was built already), in front, with the cursor in the text."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.editor.setFocus()

    def open_for(
        self,
        reply_to: str | None = None,
        quote_of: str | None = None,
        context_text: str = "",
        capability: Capability | None = None,
        author: str = "",
    ) -> None:
        """Write a post (both None), a reply or a quote (`capability` says whether the account's plan allows it;
        `author` is the @name of the post's author, else looked up). Another context than the current one starts a
        new draft; the current one stays in the drafts. The first new post of a run opens on the draft left when
        the app last stopped."""
        if capability is not None:
            self._capability = capability
        if reply_to is None and quote_of is None and self._recover():
            return
        if (reply_to, quote_of) != (self._reply_to, self._quote_of):
            self._start(None)
            self._reply_to, self._quote_of = reply_to, quote_of
        self._context = context_text
        self._author = author or self._lookup_author()
        self._check_context()
        self.show_composer()

    def _recover(self) -> bool:
        """Open on the draft left when the app last stopped, once, if the composer holds nothing yet."""
        draft_id, self._recoverable = self._recoverable, None
        if draft_id is None or self._drafts is None or self._draft_id is not None:
            return False
        if self.editor.toPlainText() or self.media.attachments():
            return False
        draft = next((d for d in self._drafts.drafts() if d.id == draft_id), None)  # this account's, still there
        if draft is None:
            return False
        self.open_draft(draft)
        self.show_recovered(
            self.tr("Your unsent draft from {when} is back.").format(when=day_and_time(draft.updated_at, self._clock()))
        )
        return True

    def start_new(self) -> None:
        """Put the recovered draft aside (it stays in the Drafts) and start a new post."""
        self._start(None)
        self._context = ""
        self._check_context()
        self.tell(self.tr("Your earlier draft is in your Drafts."))
        self.editor.setFocus()

    def open_draft(self, draft: Draft, notice: str = "") -> None:
        """Reopen a saved draft (its files are checked again: a missing one is dropped, with a note); `notice` is
        shown under the text (e.g. why the outbox gave it back)."""
        self._start(draft.id)
        self._reply_to, self._quote_of, self._context = draft.reply_to, draft.quote_of, ""
        self._author = self._lookup_author()
        notes = self._load(compose.join_parts((draft.text, *draft.parts)) if draft.parts else draft.text, draft.media)
        self._notice = " ".join([notice, *notes]).strip()
        self._check_context()
        self.show_composer()

    def open_text(self, text: str, files: tuple[DraftMedia, ...] = (), origin: str = "", notice: str = "") -> None:
        """A new draft with `text` and `files` (a deck proposal to edit: `origin` is its id, carried by the post
        sent from it); the current draft stays in the drafts."""
        self._start(None)
        notes = self._load(text, files, save=True)
        self._origin = origin
        self._notice = " ".join([notice, *notes]).strip()
        self._check_context()
        self.show_composer()

    def handle_of(self, post: compose.ComposedPost) -> Detached | None:
        """The draft kept for `post` until it is queued (see `DraftService.handing_over`)."""
        return self._handed.get(id(post), (post, None))[1]

    def queued(self, post: compose.ComposedPost) -> None:
        """`post` (from `send_requested`) is safely in the outbox: its draft goes."""
        _post, handle = self._handed.pop(id(post), (post, None))
        if handle is not None and self._drafts is not None:
            self._drafts.discard(handle)

    def restore(self, post: compose.ComposedPost, reason: str) -> None:
        """Put back a post that could not be queued, with the reason: its draft comes back (or a new one)."""
        _post, handle = self._handed.pop(id(post), (post, None))
        self._start(None)
        if handle is not None and self._drafts is not None:
            self._drafts.resume(handle)
            self._draft_id = handle.id
            self._memory.keep(handle.id)
        self._reply_to, self._quote_of = post.reply_to, post.quote_of
        self._author = self._lookup_author()
        saved = [DraftMedia(a.path, a.mime_type, a.alt_text) for a in post.media]
        notes = self._load(compose.join_parts(post.parts), tuple(saved), save=handle is None)
        self._notice = " ".join([reason, *notes])
        self._check_context()
        self.show_composer()

    def tell(self, text: str) -> None:
        """Say something on the composer's notice line (a draft that could not be saved: the text stays here)."""
        self._notice = text
        self._refresh()

    def _start(self, draft_id: int | None) -> None:
        self.step.back()
        self._origin = ""
        self.show_recovered("")
        if self._drafts is not None:
            self._drafts.begin(draft_id)
        self._draft_id, self._target, self._notice = draft_id, None, ""
        self._memory.keep(draft_id)
        self._reply_to = self._quote_of = None
        self._author = ""
        self._load("", ())
        self.thread_box.setChecked(False)
        self.when.reset(self._cooloff(), self._clock())

    def _load(self, text: str, saved: tuple[DraftMedia, ...], *, save: bool = False) -> list[str]:
        notes = []
        self._loading = not save
        try:
            self.media.clear()
            for item in saved:
                try:
                    self.media.add(media.inspect(item.path, item.alt_text or ""))
                except media.MediaError as exc:
                    notes.append(self.tr("Left out: {reason}").format(reason=message_text(exc.message)))
            self.editor.setPlainText(text)
            self.editor.moveCursor(QTextCursor.MoveOperation.End)
            check = self._checker.check(text)
            self.thread_box.setChecked(self.thread_box.isChecked() or check.weighted_length > check.max_weight)
        finally:
            self._loading = False
        if save:
            self._edited()
        else:
            self._refresh()
        return notes

    def _lookup_author(self) -> str:
        target = self._reply_to or self._quote_of
        return (self._author_of(target) or "") if target else ""

    def _show_title(self) -> None:
        """ "New post", "Reply to @name", "Quote of @name" (without a known author: "Reply", "Quote")."""
        if self._reply_to:
            what = self.tr("Reply to @{name}").format(name=self._author) if self._author else self.tr("Reply")
        elif self._quote_of:
            what = self.tr("Quote of @{name}").format(name=self._author) if self._author else self.tr("Quote")
        else:
            what = self.tr("New post")
        self.setWindowTitle(self.tr("{what} — Exec Desk").format(what=what))

    def _check_context(self) -> None:
        self._show_title()
        action = "reply" if self._reply_to else "quote" if self._quote_of else ""
        allowed, reason = self._capability(action) if action else (True, "")
        self._target = None if allowed else (self._reply_to or self._quote_of)
        self.context.show_context(
            action or ("link" if self._context else ""), self._context, None if allowed else reason
        )
        self._refresh()

    def _link_instead(self) -> None:
        """Turn a refused reply or quote into a post carrying the link (priced as a post with a URL)."""
        if self._target is None:
            return
        link = post_url(self._target)
        self._reply_to = self._quote_of = self._target = None
        text = self.editor.toPlainText().rstrip()
        if link not in text:
            self.editor.setPlainText(f"{text}\n\n{link}" if text else link)
        self.context.show_context("link", self._context)
        self._refresh()

    def _open_on_x(self) -> None:
        self._opener(intent_url(self.editor.toPlainText(), reply_to=self._reply_to, quote_of=self._quote_of))

    # ----- media ---------------------------------------------------------------------------------------------
    def attach_files(self, paths: list[str] | None = None) -> list[str]:
        """Attach files (asks for them when None); returns the refusals, also shown under the text."""
        chosen = paths if paths else self._pick_files(self, self._memory.attach_folder())
        if chosen and not paths:
            self._memory.attached_from(chosen[0])
        refusals, added = [], []
        for path in chosen:
            try:
                item = media.inspect(path)
            except media.MediaError as exc:
                refusals.append(message_text(exc.message))
                continue
            refusal = media.refusal_to_add(self.media.attachments(), item)
            if refusal:
                refusals.append(message_text(refusal))
            else:
                added.append(self.media.add(item))
        if added:
            added[0].alt.setFocus()  # ask for the description right away
        self._notice = " ".join(refusals)
        self._edited()
        return refusals

    # ----- checking --------------------------------------------------------------------------------------------
    def _edited(self) -> None:
        if self._loading:
            return
        self.step.back()  # what it asked about, or refused, has changed
        self._refresh()
        if self._drafts is not None:
            saved = tuple(DraftMedia(a.path, a.mime_type, a.alt_text or None) for a in self.media.attachments())
            self._drafts.edit(DraftContent(self.editor.toPlainText(), saved, self._reply_to, self._quote_of))

    def _refresh(self) -> compose.Check:
        text, attached = self.editor.toPlainText(), self.media.attachments()
        thread, reply = self.thread_box.isChecked(), self._reply_to is not None
        self._checker.max_parts = self._thread_cap()
        self.check = self._checker.check(text, thread=thread, has_media=bool(attached), reply=reply)
        self.company.show_similar(self._company_check(text) if text.strip() else None)
        hint = (
            self.tr("{enter} answers below · {esc} keeps editing").format(enter=key_name("Return"), esc=key_name("Esc"))
            if self.step.isVisible()
            else ""
        )
        self.show_check(self.check, self.problems(), self._notice, self.when.summary(self._clock()), hint)
        return self.check

    def _step_closed(self) -> None:
        if self.isVisible():
            self.editor.setFocus()
        self._refresh()

    def problems(self) -> list[str]:
        """Why Send is disabled, in plain words and the user's language (empty when the post can go)."""
        problems = [message_text(problem) for problem in self.check.problems]
        problems += [message_text(problem) for problem in media.set_problems(self.media.attachments())]
        if self._target is not None:
            problems.append(self.tr("Choose below: post with the link instead, or open it on x.com."))
        late = self.when.problem(self._clock())
        if late:
            problems.append(late)
        return problems

    # ----- sending and hiding -----------------------------------------------------------------------------------
    def send(self) -> bool:
        """Emit `send_requested` if the post can go; False (and nothing emitted) if it cannot."""
        check = self._refresh()
        if self.problems():
            return False
        now = self._clock()
        parts = tuple(p.text for p in check.parts)
        hold = self._hold(parts, self.when.not_before(now) or now)
        release = self._released[1] if hold is not None and self._released and self._released[0] == check.text else None
        if hold is not None and release is None:
            self._ask_hold(check, hold)
            return False
        approved, self._approved = self._approved == (check.text, check.price_micro), None
        if check.price_micro > self._confirm_above() and not approved:
            self._ask_cost(check)
            return False
        self._released = None
        post = compose.ComposedPost(
            parts=parts,
            media=tuple(self.media.attachments()),
            reply_to=self._reply_to,
            quote_of=self._quote_of,
            not_before=self.when.not_before(now),
            estimated_cost_micro=check.price_micro,
            origin=self._origin,
            press_release=release,
        )
        self._handed[id(post)] = (post, None if self._drafts is None else self._drafts.detach())
        self._start(None)
        self._context = ""
        self.context.show_context("", "")
        self.hide()
        self.send_requested.emit(post)
        return True

    def amplify_company(self) -> bool:
        """Amplify the company post the draft repeats, instead of posting it (the draft stays in Drafts)."""
        similar = self.company.similar
        if similar is None or not self.company.isVisible():
            return False
        self.hide()
        self.amplify_requested.emit(similar)
        return True

    def _ask_cost(self, check: compose.Check) -> None:
        """Above the `confirm_cost_usd` setting: the estimate, and Send only once confirmed."""
        count = len(check.parts)
        message, accept = cost_question(count, usd(check.price_micro), usd(self._confirm_above()))

        def confirmed() -> None:
            self._approved = (check.text, check.price_micro)
            self.send()

        self.step.ask("cost", message, accept, confirmed)
        self._refresh()

    def _ask_hold(self, check: compose.Check, hold: Hold) -> None:
        """A disclosure word in a quiet period: Send only once the first link is confirmed as the press release."""
        from exec_desk.core.text import extract_urls

        links = extract_urls(check.parts[0].text) if check.parts else []
        url = links[0] if links else None
        message, accept = hold_words(message_text(hold.reason), url)

        def confirmed() -> None:
            self._released = (check.text, str(url))
            self.send()

        self.step.ask("hold", message, accept, confirmed, alarm=True)
        self.held.emit(hold)
        self._refresh()

    def refuse_duplicate(self, duplicate: Duplicate) -> None:
        """The post repeats one sent or queued (found when it was queued): say where, the text stays to edit."""
        message, accept = duplicate_words(duplicate)
        url = duplicate.url

        def action() -> None:
            if url is not None:
                self._opener(QUrl(url))
            else:
                self.outbox_requested.emit()

        self.step.ask("duplicate", message, accept, action, alarm=True)
        self._refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(event)
        return bool(super().eventFilter(watched, event))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._key(event):
            super().keyPressEvent(event)

    def _key(self, event: QKeyEvent) -> bool:
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.send()
            return True
        if event.key() == Qt.Key.Key_Escape:
            if self.step.isVisible():  # Esc is "Keep editing" first
                self.step.back()
            else:
                self.hide()
            return True
        return False

    def hideEvent(self, event: QHideEvent) -> None:
        self._memory.set_geometry(self.saveGeometry())
        if self._drafts is not None:
            self._drafts.flush()
        super().hideEvent(event)
        self.hidden.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.hide()

    def _on_saved(self, draft: Draft) -> None:
        if self._drafts is not None and draft.id == self._drafts.current_id:
            self._draft_id = draft.id
            self._memory.keep(draft.id)

    def _on_removed(self, draft_id: int) -> None:
        if draft_id == self._draft_id and self._drafts is not None and self._drafts.current_id is None:
            self._draft_id = None
            self._start(None)
