"""A post that repeats one already sent or queued from this profile is refused when it is queued.

X refuses a post whose text is the same as one of the user's recent posts ("You are not allowed to create a Tweet
with duplicate content."), and only when it is sent — perhaps after the cool-off, with the user gone. So the
composer and `exec-desk post` look first: `find_duplicate` compares each part of the new post with the parts of
the account's posts waiting in the outbox, and with those sent (or partly sent before failing) in the last
`WINDOW` days. Texts are compared as X would see them: NFC, whitespace runs as one space, ends trimmed; an empty
part (a picture alone) repeats nothing. The answer says where the earlier one is: its address on X when it was
sent (`https://x.com/i/web/status/ID`), else when the outbox sends it. The user keeps the text to edit it.

Why seven days: X documents no window (the fake refuses repeats within 24 hours, as observed on X); refusing a
repeat that X would have taken costs an edit, a post that fails after the cool-off costs the post.

The words are a `core.i18n.Message` of templates marked with `QT_TRANSLATE_NOOP("Duplicates", ...)`
(`Duplicate.words`, and `DuplicatePost.message`); the composer shows them translated, the command line in English.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from exec_desk.core.i18n import QT_TRANSLATE_NOOP, Message, Moment, Phrase
from exec_desk.core.payloads import PostPayload
from exec_desk.storage.records import OutboxItem, OutboxState
from exec_desk.storage.store import Store

#: How far back a sent post counts as one the new post would repeat.
WINDOW = timedelta(days=7)
STATUS_URL = "https://x.com/i/web/status/{id}"
SENT = QT_TRANSLATE_NOOP(
    "Duplicates", "You already posted this text ({link}). X refuses the same text twice: edit it to post again."
)
SENT_PART = QT_TRANSLATE_NOOP(
    "Duplicates",
    "Part {number} repeats one of your posts ({link}). X refuses the same text twice: edit it to post again.",
)
QUEUED = QT_TRANSLATE_NOOP(
    "Duplicates", "This text is already in your outbox, to be sent at {time}. Edit it, or undo the earlier one."
)
QUEUED_PART = QT_TRANSLATE_NOOP(
    "Duplicates",
    "Part {number} is already in your outbox, to be sent at {time}. Edit it, or undo the earlier one.",
)


@dataclass(frozen=True, slots=True)
class Duplicate:
    """Where the earlier post is: `post_id` on X when that part was sent, else the outbox item and when it goes.
    `part` is the number (from 1) of the new post's part that repeats it."""

    item_id: int
    part: int
    parts: int
    post_id: str | None
    not_before: datetime

    @property
    def url(self) -> str | None:
        return None if self.post_id is None else STATUS_URL.format(id=self.post_id)

    def words(self, time: str | Moment, link: str | None = None) -> Message:
        """The refusal: `time` is the send time (a `Moment`, or as the caller writes it: "14:30"); `link` replaces
        the plain address (the composer makes it a link)."""
        number = {"number": self.part} if self.parts > 1 else {}
        if self.post_id is not None:
            template = SENT_PART if number else SENT
            return Message(Phrase.of("Duplicates", template, link=link or self.url or "", **number))
        return Message(Phrase.of("Duplicates", QUEUED_PART if number else QUEUED, time=time, **number))


class DuplicatePost(Exception):
    """Raised while queueing a post that repeats an earlier one (`duplicate` says which, `message` in words)."""

    def __init__(self, duplicate: Duplicate) -> None:
        local = duplicate.not_before.astimezone()
        today = local.date() == datetime.now().astimezone().date()
        self.message = duplicate.words(Moment(local, "time" if today else "datetime"))
        super().__init__(str(self.message))
        self.duplicate = duplicate


def when_words(moment: datetime, now: datetime | None = None) -> str:
    """`14:30` today, `Fri 27 Nov 09:00` another day (local time), for the command line."""
    local, today = moment.astimezone(), (now or datetime.now().astimezone()).astimezone().date()
    return f"{local:%H:%M}" if local.date() == today else f"{local:%a %d %b %H:%M}"


def normalized(text: str) -> str:
    """A text as X compares it: NFC, whitespace runs as one space, ends trimmed."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def _earlier_parts(item: OutboxItem) -> list[tuple[str, str | None]]:
    """(text, its id on X if that part went) of each part of an earlier post that counts."""
    texts = list(item.payload.parts) if isinstance(item.payload, PostPayload) else []
    sent = [str(i) for i in item.progress.get("sent") or ()]
    if item.state is OutboxState.SENT and not sent and item.remote_id:
        sent = [item.remote_id]
    if item.state in (OutboxState.SENT, OutboxState.FAILED):
        texts = texts[: len(sent)]  # what did not go cannot be repeated
    return [(text, sent[index] if index < len(sent) else None) for index, text in enumerate(texts)]


def find_duplicate(store: Store, account: str, parts: Sequence[str], now: datetime) -> Duplicate | None:
    """The first part of `parts` that repeats a post of `account` waiting in the outbox or sent lately, or None."""
    wanted = [normalized(p) for p in parts]
    if not any(wanted):
        return None
    earlier: dict[str, tuple[OutboxItem, str | None]] = {}
    for item in store.outbox.posts_since(account, now - WINDOW):
        for text, post_id in _earlier_parts(item):
            key = normalized(text)
            if key and (key not in earlier or post_id is not None):
                earlier[key] = (item, post_id)
    for number, key in enumerate(wanted, 1):
        if key in earlier:
            item, post_id = earlier[key]
            return Duplicate(item.id, number, len(parts), post_id, item.not_before)
    return None
