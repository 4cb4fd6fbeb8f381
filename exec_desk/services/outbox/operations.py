"""The kinds of write the outbox sends, what each has done so far, and how a failed write is told to the user.

An `Operation` sends its payload, possibly in several steps (a thread: media uploads, then one post per part),
recording each finished step in a `Progress` that the sender saves in the outbox item at once: a retry, or the app
started again after a crash, resumes with the next step and never repeats one. After an uncertain step (a timeout
once the request was sent, or a crash mid-step) `verify` looks for it among the user's own posts (an owned read)
before anything is sent again.

Built in, by the payload's `op` (`core.payloads`): "retweet" (below, a `RetweetPayload`) and "post"
(`post.PostOperation`, a `PostPayload`). Another kind plugs in through `OutboxSender(operations=...)`; its items
carry an `OtherPayload` (their JSON as it was queued).

What the user reads about a write (an item's `last_error`) is a `core.i18n.Message` of templates marked with
`QT_TRANSLATE_NOOP("Outbox", ...)` (`said`), stored with its structure (`storage.repos.outbox`): the outbox window
shows it translated, a nested reason too ("{reason} It is back in your drafts.").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol, TypeVar

from exec_desk.backends.base import XBackend
from exec_desk.core import errors
from exec_desk.core.i18n import QT_TRANSLATE_NOOP, Field, Message, Phrase
from exec_desk.core.payloads import OtherPayload, Payload, PostPayload, RetweetPayload
from exec_desk.storage.records import Draft, DraftMedia, OutboxItem, OutboxState
from exec_desk.storage.store import Store

PayloadT = TypeVar("PayloadT", RetweetPayload, PostPayload, OtherPayload)
MAX_ATTEMPTS = 5
#: How many of the user's latest posts are read to check whether an uncertain write landed (an owned read).
VERIFY_WINDOW = 10

CHECKING = QT_TRANSLATE_NOOP("Outbox", "X may have received it; checking before trying again.")
#: A failure's reason (a nested message), and that the post is back in the drafts.
RETURNED_WORDS = QT_TRANSLATE_NOOP("Outbox", "{reason} It is back in your drafts.")
RETRYING = QT_TRANSLATE_NOOP("Outbox", "X did not answer; trying again at {time}.")
WAITING_UNTIL = QT_TRANSLATE_NOOP("Outbox", "X asks us to wait until {time}.")
UNKNOWN = QT_TRANSLATE_NOOP("Outbox", "Unknown.")
FORBIDDEN = QT_TRANSLATE_NOOP("Outbox", "X refused it: your X plan (or the author's settings) does not allow this.")
GONE = QT_TRANSLATE_NOOP("Outbox", "That post no longer exists.")
SIGNED_OUT = QT_TRANSLATE_NOOP("Outbox", "X refused your sign-in. Sign in again, then retry.")
HELD_SIGN_IN = QT_TRANSLATE_NOOP("Outbox", "Kept until you sign in to X again; it is sent then.")
HELD_CREDITS = QT_TRANSLATE_NOOP("Outbox", "Kept until your X developer account has credits again.")
HELD_ENROLMENT = QT_TRANSLATE_NOOP("Outbox", "Kept until your X developer app is enrolled in pay-per-use.")
REJECTED = QT_TRANSLATE_NOOP("Outbox", "X rejected the request.")
GAVE_UP = QT_TRANSLATE_NOOP("Outbox", "X did not answer after {attempts} tries. Try again later.")
NOT_SENT = QT_TRANSLATE_NOOP("Outbox", "Could not send it ({error}).")


def said(template: str, **fields: Field | Phrase) -> Message:
    """What the outbox says: `template` is marked with `QT_TRANSLATE_NOOP("Outbox", ...)` (here, in `post` or in
    `media`)."""
    return Message(Phrase.of("Outbox", template, **fields))


class Refused(errors.XError):
    """A write that cannot go, for a reason the operation words itself (`message`, for the user)."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


class Later(Exception):
    """Not a failure: the write waits for X (a video being processed). The sender schedules the item again at `at`
    with what was done kept in its progress; the wait counts as no failed attempt."""

    def __init__(self, at: datetime) -> None:
        super().__init__(f"waiting for X until {at.isoformat()}")
        self.at = at


@dataclass
class Progress:
    """What a write has done so far (a JSON object); `record` saves it at once through `save`."""

    data: dict[str, Any]
    save: Callable[[dict[str, Any]], None] = lambda data: None
    clock: Callable[[], datetime] | None = None
    #: When the write was queued: what landed on X before cannot be it (an older post with the same text).
    since: datetime | None = None
    #: Whether a post found on X is already another item's (then it is not this write's, whatever its text).
    taken: Callable[[str], bool] = lambda post_id: False
    #: Whether a step finished during this attempt (the retry count then starts again).
    moved: bool = field(default=False, init=False)

    def record(self, **changes: Any) -> None:
        self.data.update(changes)
        self.moved = True
        self.save(dict(self.data))


@dataclass(frozen=True, slots=True)
class Leftover:
    """What goes back to the drafts when a write fails for good: the unsent rest of a post or thread."""

    text: str
    parts: tuple[str, ...] = ()
    media: tuple[DraftMedia, ...] = ()
    reply_to: str | None = None
    quote_of: str | None = None


class Operation(Protocol):
    """One kind of write: how to send it, how to tell from the user's own posts whether an uncertain step landed,
    and what of it goes back to the drafts if it fails for good."""

    def send(self, backend: XBackend, payload: Payload, progress: Progress) -> str | None:
        """Send what is left; return the id of what was created on X, if any. Raises `XError`."""
        ...

    def verify(self, backend: XBackend, payload: Payload, progress: Progress) -> bool:
        """After an uncertain step: whether it landed (recorded in `progress` when it did)."""
        ...

    def finished(self, payload: Payload, progress: Progress) -> bool:
        """Whether nothing is left to send."""
        ...

    def remote_id(self, payload: Payload, progress: Progress) -> str | None:
        """The id on X of what was written (after `verify` found the last step)."""
        ...

    def leftover(self, payload: Payload, progress: Progress, error: BaseException | None) -> Leftover | None:
        """What to put back into the drafts after a permanent failure, or an undo (`error` None); None: nothing
        (a retweet)."""
        ...

    def failure_words(self, payload: Payload, error: BaseException) -> Message:
        """Why it failed for good, in plain words."""
        ...


def payload_of(payload: Payload, kind: type[PayloadT]) -> PayloadT:
    """`payload` as the kind an operation sends; `InvalidRequest` when it is not (a JSON object of no known form)."""
    if not isinstance(payload, kind):
        raise errors.InvalidRequest(f"not a {kind.__name__}: {payload.to_json()!r}")
    return payload


class RetweetOperation:
    """A `RetweetPayload`: a retweet shows in the user's own posts as a post retweeting it."""

    def send(self, backend: XBackend, payload: Payload, progress: Progress) -> str | None:
        backend.retweet(payload_of(payload, RetweetPayload).post_id)
        return None

    def verify(self, backend: XBackend, payload: Payload, progress: Progress) -> bool:
        target = payload_of(payload, RetweetPayload).post_id
        page = backend.own_posts(max_results=VERIFY_WINDOW)
        found = next((p.id for p in page.posts if p.retweet_of == target), None)
        if found is not None:
            progress.record(remote=found)
        return found is not None

    def finished(self, payload: Payload, progress: Progress) -> bool:
        return "remote" in progress.data

    def remote_id(self, payload: Payload, progress: Progress) -> str | None:
        remote = progress.data.get("remote")
        return None if remote is None else str(remote)

    def leftover(self, payload: Payload, progress: Progress, error: BaseException | None) -> Leftover | None:
        return None

    def failure_words(self, payload: Payload, error: BaseException) -> Message:
        return failure_words(error)


def to_draft(
    store: Store, item: OutboxItem, operation: Operation, progress: Progress, error: BaseException | None, now: datetime
) -> Draft | None:
    """Put what `item` did not send back into the drafts (inside the caller's transaction); None if nothing."""
    rest = operation.leftover(item.payload, progress, error)
    if rest is None:
        return None
    return store.drafts.create(
        item.account, rest.text, now, parts=rest.parts, media=rest.media, reply_to=rest.reply_to, quote_of=rest.quote_of
    )


def cancel_to_draft(store: Store, operations: Mapping[str, Operation], item_id: int, now: datetime) -> Draft | None:
    """Take a waiting item out of the outbox, its unsent part back into the drafts, atomically; the draft made, or
    None when the item is already on its way (or gone, or has nothing to give back)."""
    with store.transaction():
        item = store.outbox.get(item_id)
        if item is None or item.state is not OutboxState.SCHEDULED:
            return None
        operation, progress = operations.get(item.payload.op), Progress(dict(item.progress))
        draft = None if operation is None else to_draft(store, item, operation, progress, None, now)
        store.outbox.cancel(item_id)
        return draft


def default_operations() -> dict[str, Operation]:
    from exec_desk.services.outbox.post import PostOperation

    return {"retweet": RetweetOperation(), "post": PostOperation()}


#: Refusals that concern the account or the developer app, not the item: the outbox keeps every item and waits.
HOLDING = (errors.AuthExpired, errors.AuthRevoked, errors.CreditsDepleted, errors.AppNotEnrolled)


def held_words(error: BaseException) -> Message:
    """Why items wait while the sender is held."""
    if isinstance(error, errors.CreditsDepleted):
        return said(HELD_CREDITS)
    if isinstance(error, errors.AppNotEnrolled):
        return said(HELD_ENROLMENT)
    return said(HELD_SIGN_IN)


def failure_words(error: BaseException) -> Message:
    """Why a write failed for good, in plain words."""
    if isinstance(error, Refused):
        return error.message
    if isinstance(error, errors.ForbiddenByTier):
        return said(FORBIDDEN)
    if isinstance(error, errors.NotFound):
        return said(GONE)
    if isinstance(error, errors.AuthExpired | errors.AuthRevoked):
        return said(SIGNED_OUT)
    if isinstance(error, errors.InvalidRequest):
        return said(REJECTED)
    if isinstance(error, errors.Transient):
        return said(GAVE_UP, attempts=MAX_ATTEMPTS)
    return said(NOT_SENT, error=type(error).__name__)
