"""Drafts: what the composer holds is saved while the user types, so a crash or a kill loses at most a second.

`DraftService.edit(content)` marks the current draft changed. A single-shot timer (300 ms), started by the first
change and *not* restarted by the following ones, then saves it through the task runner: even while the user types
without pause, every change reaches the database within 300 ms plus the write itself. Writes run in the runner's
store lane (`LANE`), one after the other; a change made while a write runs is written right after it. An emptied
draft is deleted rather than kept blank.

`begin(draft_id)` switches to another draft (or to a new one with None), after handing pending changes of the
previous one to the runner. Handing a post over to the outbox is two steps, so that a crash in between never loses
it: `detach()` stops editing the current draft but keeps it (its pending change is written), and once the outbox
item is stored, `discard(handle)` deletes it, or `resume(handle)` edits it again when the post could not be queued
(a permanent send failure later brings the post back as a new draft: the outbox's job). `release()` does both at
once. `save_now()` writes the pending change on the calling thread, for quitting (the runner then takes no more
work). Writes of one draft never go backwards: each carries a sequence number and an older one that comes late is
dropped. `drafts()`, `get()` read the store directly (small, fast reads); `delete()` writes through the runner.

Signals of DraftService:
    saved(object): a `Draft` was written (created or updated).
    removed(int): the draft with this id was deleted (emptied, released after sending, or deleted by the user).
    changed(): the list of drafts changed (a draft was created, updated or deleted): lists refresh.
    failed(object): a write failed, in plain words (a `core.i18n.Message` of templates marked with
        `QT_TRANSLATE_NOOP("Drafts", ...)`); the composer still holds the text and the next change retries.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from exec_desk.core.i18n import QT_TRANSLATE_NOOP, Message, Phrase
from exec_desk.services.tasks import STORE, Runner
from exec_desk.storage.records import Draft, DraftMedia
from exec_desk.storage.store import Store

log = logging.getLogger(__name__)
SAVE_DELAY_MS = 300
#: The runner's lane of every draft write, and of the hand-over that queues a draft's post (`handing_over`): the
#: store lane, so a draft is never saved late because X is slow (it runs on a thread of its own in the app).
LANE = STORE
NOT_DELETED = QT_TRANSLATE_NOOP("Drafts", "The draft could not be deleted: {error}")
NO_ACCOUNT = QT_TRANSLATE_NOOP("Drafts", "Drafts are kept once an X account is signed in.")
NOT_SAVED = QT_TRANSLATE_NOOP("Drafts", "The draft could not be saved ({error}); it is still in the composer.")


@dataclass(frozen=True, slots=True)
class DraftContent:
    """What the composer holds. `reply_to` / `quote_of` are fixed when the draft is created."""

    text: str
    media: tuple[DraftMedia, ...] = ()
    reply_to: str | None = None
    quote_of: str | None = None

    @property
    def empty(self) -> bool:
        return not self.text.strip() and not self.media


@dataclass(eq=False)
class _Slot:
    """One draft as the service tracks it: its id once created, the content not yet written, the write running."""

    id: int | None = None  # set by the write that creates it, in the STORE lane
    content: DraftContent | None = None  # not yet handed to the runner
    saving: bool = False
    released: bool = False
    written: int = 0  # sequence number of the newest content written


#: What `detach` hands back, for `discard`.
Detached = _Slot


class DraftService(QObject):
    """Autosaves the composer's draft into `store.drafts`; `account()` names the account drafts belong to."""

    saved = Signal(object)
    removed = Signal(int)
    changed = Signal()
    failed = Signal(object)  # a `Message`

    def __init__(
        self,
        store: Store,
        runner: Runner,
        *,
        account: Callable[[], str],
        clock: Callable[[], datetime],
        delay_ms: int = SAVE_DELAY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._runner = runner
        self._account = account
        self._clock = clock
        self._slot = _Slot()
        self._sequence = itertools.count(1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)

    @property
    def current_id(self) -> int | None:
        """The id of the draft being edited, None until its first write completes."""
        return self._slot.id

    @property
    def pending(self) -> bool:
        """True while a change is waiting or being written."""
        return self._slot.content is not None or self._slot.saving

    def edit(self, content: DraftContent) -> None:
        """The composer's content changed: write it within `delay_ms`."""
        self._slot.content = content
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        """Write the pending change now (through the runner)."""
        self._timer.stop()
        self._write(self._slot)

    def begin(self, draft_id: int | None = None) -> Draft | None:
        """Edit draft `draft_id` from now on (None: a new draft, created at the first change); returns it."""
        self.flush()
        draft = None if draft_id is None else self._store.drafts.get(draft_id)
        self._slot = _Slot(id=None if draft is None else draft.id)
        return draft

    def release(self) -> None:
        """The content was handed over (queued to send): delete the draft, now or once its first write lands."""
        self._timer.stop()
        self._slot.content = None
        self.discard(self.detach())

    def detach(self) -> Detached:
        """Stop editing the current draft without deleting it (its pending change is written); later typing goes
        to a new draft. Returns the handle `discard` takes."""
        self.flush()
        slot, self._slot = self._slot, _Slot()
        return slot

    def discard(self, handle: Detached) -> None:
        """Delete a detached draft (its post is safely queued), now or once its pending write lands."""
        handle.content, handle.released = None, True
        if handle.id is not None and not handle.saving:
            self.delete(handle.id)

    @contextmanager
    def handing_over(self, handle: Detached) -> Iterator[int | None]:
        """Around the transaction that queues a detached draft's post, in a task of the `LANE` (after the draft's
        writes, which run there too): yields the id of its row (None if never written), for the caller to delete
        in that same transaction. When the block ends without an error, no later write brings the draft back; on
        an error it stays as it was."""
        yield handle.id
        handle.released, handle.content, handle.id = True, None, None

    def forget(self, draft_id: int) -> None:
        """Tell the lists that the draft `draft_id` was deleted elsewhere (e.g. in `handing_over`)."""
        self._deleted(draft_id)

    def resume(self, handle: Detached) -> None:
        """Edit a detached draft again (its post could not be queued): it becomes the current draft."""
        self.flush()
        handle.released = False
        self._slot = handle

    def save_now(self) -> None:
        """Write the pending change on this thread, now (when quitting: the runner may take no more work)."""
        self._timer.stop()
        slot, content = self._slot, self._slot.content
        if content is None:
            return
        slot.content = None
        seq, account, now = next(self._sequence), self._account(), self._clock()
        try:
            self._runner.call_now(lambda: self._store_write(slot, content, seq, account, now), lane=LANE)
        except Exception:
            log.exception("draft not saved at exit")

    def drafts(self) -> list[Draft]:
        """The account's drafts, most recently edited first."""
        account = self._account()
        return self._store.drafts.all(account) if account else []

    def get(self, draft_id: int) -> Draft | None:
        return self._store.drafts.get(draft_id)

    def delete(self, draft_id: int) -> None:
        """Delete a draft; if it is the one being edited, the composer gets `removed` and starts afresh."""
        if draft_id == self._slot.id:
            self._timer.stop()
            self._slot = _Slot()
        self._runner.submit(
            lambda: self._store.drafts.delete(draft_id),
            lambda gone: self._deleted(draft_id) if gone else None,
            lambda exc: self.failed.emit(Message(Phrase.of("Drafts", NOT_DELETED, error=str(exc)))),
            lane=LANE,
            owner=self,
        )

    def _deleted(self, draft_id: int) -> None:
        self.removed.emit(draft_id)
        self.changed.emit()

    def _write(self, slot: _Slot) -> None:
        content = slot.content
        if slot.saving or content is None:
            return  # written after the running write, or nothing to write
        account = self._account()
        if not account:
            slot.content = None
            self.failed.emit(Message(Phrase.of("Drafts", NO_ACCOUNT)))
            return
        slot.content, slot.saving = None, True
        draft_id, now, seq = slot.id, self._clock(), next(self._sequence)
        self._runner.submit(
            lambda: self._store_write(slot, content, seq, account, now),
            lambda result: self._written(slot, draft_id, result),
            lambda exc: self._lost(slot, content, exc),
            lane=LANE,
            owner=self,
        )

    def _store_write(
        self, slot: _Slot, content: DraftContent, seq: int, account: str, now: datetime
    ) -> tuple[str, Draft | None]:
        """Write `content` into the slot's draft: a task of the `LANE` (or `call_now` in `save_now`)."""
        if seq <= slot.written or slot.released:
            return "stale", None  # a newer content was written already, or the draft was let go
        slot.written = seq
        draft_id = slot.id
        if content.empty:
            slot.id = None
            if draft_id is not None and self._store.drafts.delete(draft_id):
                return "deleted", None
            return "nothing", None
        if draft_id is not None:
            updated = self._store.drafts.update(draft_id, now, text=content.text, media=content.media)
            if updated is not None:
                return "updated", updated
        created = self._store.drafts.create(
            account, content.text, now, media=content.media, reply_to=content.reply_to, quote_of=content.quote_of
        )
        slot.id = created.id
        return "created", created

    def _written(self, slot: _Slot, old_id: int | None, result: tuple[str, Draft | None]) -> None:
        slot.saving = False
        what, draft = result
        if what == "deleted" and old_id is not None:
            self._deleted(old_id)
        elif draft is not None:  # the write set slot.id in the lane; a hand-over may have cleared it since
            self.saved.emit(draft)
            self.changed.emit()
        if slot.released:
            if slot.id is not None:
                self.delete(slot.id)
        elif slot.content is not None:
            self._write(slot)

    def _lost(self, slot: _Slot, content: DraftContent, exc: BaseException) -> None:
        slot.saving = False
        if slot.content is None and not slot.released:
            slot.content = content  # written again with the next change, or at the next flush
        log.error("draft not saved", exc_info=(type(exc), exc, exc.__traceback__))
        self.failed.emit(Message(Phrase.of("Drafts", NOT_SAVED, error=str(exc))))
