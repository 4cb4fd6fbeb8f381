"""One-key retweets of a session: optimistic state, an undo window, and the outbox underneath.

`retweet` makes the post PENDING at once and schedules an outbox item `undo_seconds` later; `undo` inside that
window cancels it (by idempotency key, so even an item whose id is not known yet is cancelled before it can be
claimed: the outbox runs its steps in order). The idempotency key is the same for a post each time, so the outbox
never holds two retweets of one post. `release_all` closes every open window at the end of a session.
`capability` says which other actions the account's X plan allows, in plain words when it does not: a
`core.i18n.Message` "{reason}; {advice}." whose reason alone (`short_reason`) is what the composer says, as it
offers its own ways out.

Signals of RetweetActions:
    changed(str): the post id whose state or error changed
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Signal

from exec_desk.core import errors
from exec_desk.core.i18n import QT_TRANSLATE_NOOP, Message, Phrase
from exec_desk.core.payloads import RetweetPayload
from exec_desk.core.queue import ActionState, QueueItem
from exec_desk.services.clock import Clock
from exec_desk.services.outbox.sender import OutboxSender, OutboxUpdate
from exec_desk.storage.records import OutboxItem, OutboxState

SELF_SERVE = "self-serve"
ENTERPRISE = "enterprise"
#: Why an action is refused (context "Actions"): the reason, then the advice.
REFUSAL = QT_TRANSLATE_NOOP("Actions", "{reason}; {advice}.")
#: The reason alone (`short_reason`).
REASON_ONLY = QT_TRANSLATE_NOOP("Actions", "{reason}.")
CANNOT_LIKE = QT_TRANSLATE_NOOP("Actions", "Your X plan cannot like posts")
CANNOT_QUOTE = QT_TRANSLATE_NOOP("Actions", "Your X plan cannot quote posts")
REPLY_IF_MENTIONED = QT_TRANSLATE_NOOP("Actions", "Your X plan can reply only when the author mentioned you")
OPEN_INSTEAD = QT_TRANSLATE_NOOP("Actions", "open it on x.com instead")
OPEN_TO_REPLY = QT_TRANSLATE_NOOP("Actions", "open it on x.com to reply")
UNKNOWN_ACTION = QT_TRANSLATE_NOOP("Actions", "Exec Desk does not know the action {action}.")


def refusal(reason: str, advice: str) -> Message:
    """ "{reason}; {advice}." of two templates marked in context "Actions"."""
    return Message(
        Phrase.of("Actions", REFUSAL, reason=Phrase.of("Actions", reason), advice=Phrase.of("Actions", advice))
    )


def short_reason(said: str) -> str:
    """The reason of a `refusal` alone ("Your X plan cannot quote posts."); any other text as it is."""
    first = said.first if isinstance(said, Message) else None
    reason = first.field("reason") if isinstance(first, Phrase) and first.template == REFUSAL else None
    return said if reason is None else Message(Phrase.of("Actions", REASON_ONLY, reason=reason))


LIKE_REFUSED = refusal(CANNOT_LIKE, OPEN_INSTEAD)
QUOTE_REFUSED = refusal(CANNOT_QUOTE, OPEN_INSTEAD)
REPLY_REFUSED = refusal(REPLY_IF_MENTIONED, OPEN_TO_REPLY)


def capability(action: str, item: QueueItem | None, *, tier: str, user_id: str, username: str) -> tuple[bool, str]:
    """Whether the account's X plan allows `action` on an item, else a one-line reason in plain words.

    Self-serve plans (2026) cannot like or quote, and may reply only when the author summoned the user (mentioned
    them, or quoted one of their posts); retweets are allowed. Enterprise plans are not restricted.
    """
    if action == "retweet" or (tier == ENTERPRISE and action in ("like", "quote", "reply")):
        return True, ""
    if action == "like":
        return False, LIKE_REFUSED
    if action == "quote":
        return False, QUOTE_REFUSED
    if action == "reply":
        return (True, "") if item is not None and _summoned(item, user_id, username) else (False, REPLY_REFUSED)
    return False, Message(Phrase.of("Actions", UNKNOWN_ACTION, action=repr(action)))


def _summoned(item: QueueItem, user_id: str, username: str) -> bool:
    names = {m.casefold().lstrip("@") for m in item.post.mentions}
    quoted_mine = item.quoted is not None and item.quoted.author_id == user_id
    return item.post.author_id == user_id or (bool(username) and username.casefold() in names) or quoted_mine


@dataclass(eq=False)
class _Action:
    not_before: datetime
    state: ActionState = ActionState.PENDING
    item_id: int | None = None
    released: bool = False
    error: str | None = None


class RetweetActions(QObject):
    """The retweets asked during one session (call `clear()` when the next one starts).

    Signals: changed(str post id).
    """

    changed = Signal(str)

    def __init__(self, outbox: OutboxSender, account: str, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._outbox = outbox
        self._account = account
        self._clock = clock
        self._actions: dict[str, _Action] = {}
        outbox.changed.connect(self._on_outbox)

    def clear(self) -> None:
        self._actions = {}

    def state_of(self, post_id: str) -> ActionState:
        action = self._actions.get(post_id)
        return action.state if action else ActionState.NONE

    def error_of(self, post_id: str) -> str | None:
        action = self._actions.get(post_id)
        if action is None or action.state not in (ActionState.FAILED, ActionState.FORBIDDEN):
            return None
        return action.error

    @property
    def amplified(self) -> int:
        """Retweets sent or on their way."""
        return sum(a.state in (ActionState.PENDING, ActionState.DONE) for a in self._actions.values())

    def key(self, post_id: str) -> str:
        return f"retweet:{self._account}:{post_id}"

    def retweet(self, post_id: str, undo_seconds: int) -> None:
        action = self._actions.get(post_id)
        if action is not None:
            if action.state is ActionState.FAILED:
                self.retry(post_id)
            return
        action = _Action(not_before=self._clock() + timedelta(seconds=max(0, undo_seconds)))
        self._actions[post_id] = action
        self.changed.emit(post_id)
        self._outbox.enqueue(
            RetweetPayload(post_id),
            not_before=action.not_before,
            idempotency_key=self.key(post_id),
            on_done=lambda item: self._enqueued(post_id, action, item),
        )

    def undo(self, post_id: str) -> bool:
        action = self._actions.get(post_id)
        if action is None or action.state is not ActionState.PENDING or action.released:
            return False
        if self._clock() >= action.not_before:
            return False
        del self._actions[post_id]
        self._outbox.cancel_key(self.key(post_id))
        self.changed.emit(post_id)
        return True

    def retry(self, post_id: str) -> None:
        action = self._actions.get(post_id)
        if action is None or action.state is not ActionState.FAILED or action.item_id is None:
            return
        action.state, action.error = ActionState.PENDING, None
        self.changed.emit(post_id)
        self._outbox.retry(action.item_id)

    def release_all(self) -> list[str]:
        """Let every pending retweet go now; return the posts whose undo window was still open (not sent yet)."""
        now = self._clock()
        opened: list[str] = []
        for post_id, action in self._actions.items():
            if action.state is ActionState.PENDING and not action.released:
                action.released = True
                if action.item_id is not None:
                    self._outbox.release(action.item_id)
                if action.not_before > now:
                    opened.append(post_id)
        return opened

    def _enqueued(self, post_id: str, action: _Action, item: OutboxItem) -> None:
        if self._actions.get(post_id) is not action:
            return  # undone meanwhile: the cancel step, queued after this enqueue, removes the item
        action.item_id = item.id
        if item.state is OutboxState.FAILED:  # an earlier attempt failed: asking again means trying again
            self._outbox.retry(item.id)
        else:
            self._apply(post_id, action, OutboxUpdate(item))
        if action.released:
            self._outbox.release(item.id)

    def _on_outbox(self, update: OutboxUpdate) -> None:
        item = update.item
        if not isinstance(item.payload, RetweetPayload):
            return
        post_id = item.payload.post_id
        action = self._actions.get(post_id)
        if action is not None and action.item_id == item.id:
            self._apply(post_id, action, update)

    def _apply(self, post_id: str, action: _Action, update: OutboxUpdate) -> None:
        item = update.item
        if item.state is OutboxState.SENT:
            state, error = ActionState.DONE, None
        elif item.state is OutboxState.FAILED:
            forbidden = isinstance(update.error, errors.ForbiddenByTier)
            state, error = (ActionState.FORBIDDEN if forbidden else ActionState.FAILED), item.last_error
        else:
            state, error = ActionState.PENDING, None
        if (state, error) != (action.state, action.error):
            action.state, action.error = state, error
            self.changed.emit(post_id)
