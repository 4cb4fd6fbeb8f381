"""What went out: the account's sent posts, threads and retweets, each with its time, cost and address on x.com.

`SentHistory.read()` (blocking: run it through the task runner) lists the account's sent outbox items, the latest
first, as `Sent` records for the outbox window's Sent tab. The cost of each is the API-cost ledger's (never an
estimate): the ledger lines of its calls, matched by what each line names (`ref`) within the time the item lived —
for a post or a thread, every `create_post` of its parts (the ledger line carries the id of the post made) and its
media's alt text and uploads; for a retweet, the `retweet` of its post. An item whose calls the ledger cannot name
(sent before its lines carried the post's id, or a part found on X after a timeout, billed without one) has no cost
(`None`), which the window shows as unknown rather than as free.

The address of a post or thread is its first post's (`https://x.com/i/web/status/ID`); a retweet's is the
retweeted post's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from exec_desk.core.payloads import Payload, PostPayload, RetweetPayload
from exec_desk.core.pricing import Op
from exec_desk.storage.ledger import Ledger
from exec_desk.storage.records import ApiCall, OutboxItem
from exec_desk.storage.store import Store

#: How many sent items the tab lists.
LIMIT = 200
#: A ledger line is written just after the call it records: it may come a moment after the item's last update.
LATE = timedelta(minutes=1)
_POST_OPS = frozenset(
    {Op.CREATE_POST, Op.MEDIA_UPLOAD, Op.MEDIA_INITIALIZE, Op.MEDIA_APPEND, Op.MEDIA_FINALIZE, Op.MEDIA_METADATA}
)


def status_url(post_id: str) -> str:
    """The address of a post on x.com, whoever wrote it."""
    return f"https://x.com/i/web/status/{post_id}"


@dataclass(frozen=True, slots=True)
class Sent:
    """One item that went out. `kind`: "post", "reply", "quote", "thread" or "retweet"; `post_id` the post to open
    (a post's first part, or the retweeted post); `cost_micro` the ledger's price of its calls (None: unknown)."""

    item: OutboxItem
    kind: str
    sent_at: datetime
    post_id: str | None
    cost_micro: int | None
    #: A retweet's post as the cache knows it: its author's @name and its text (None when not cached).
    author: str | None = None
    text: str | None = None

    @property
    def url(self) -> str | None:
        return None if self.post_id is None else status_url(self.post_id)

    @property
    def parts(self) -> int:
        """How many posts it made (1 for a retweet)."""
        return len(_sent_ids(self.item)) or 1


def _sent_ids(item: OutboxItem) -> list[str]:
    sent = [str(i) for i in item.progress.get("sent") or ()]
    return sent or ([item.remote_id] if item.remote_id and isinstance(item.payload, PostPayload) else [])


def _media_ids(item: OutboxItem) -> set[str]:
    ids = {str(i) for i in item.progress.get("media_ids") or ()}
    if isinstance(item.payload, PostPayload):
        ids |= set(item.payload.media_ids)
    upload = item.progress.get("upload")
    if isinstance(upload, Mapping) and upload.get("id"):
        ids.add(str(upload["id"]))
    return ids


def kind_of(payload: Payload, parts: int) -> str:
    """What an item is, in one word (see `Sent.kind`)."""
    if isinstance(payload, RetweetPayload):
        return "retweet"
    if not isinstance(payload, PostPayload):
        return "post"
    if parts > 1 or len(payload.parts) > 1:
        return "thread"
    if payload.reply_to:
        return "reply"
    return "quote" if payload.quote_of else "post"


def cost_of(item: OutboxItem, calls: Sequence[ApiCall]) -> int | None:
    """The ledger's price of the calls that sent `item` (None when none of them can be told apart)."""
    start, end = item.created_at, item.updated_at + LATE
    if isinstance(item.payload, RetweetPayload):
        target, wanted = item.payload.post_id, frozenset({Op.RETWEET})
        refs = {target}
    else:
        wanted, refs = _POST_OPS, set(_sent_ids(item)) | _media_ids(item)
    found = [c for c in calls if c.op in wanted and c.ref in refs and start <= c.at <= end]
    posted = any(c.op in (Op.CREATE_POST, Op.RETWEET) for c in found)
    return sum(c.price_micro for c in found) if posted else None


def sent_list(items: Sequence[OutboxItem], calls: Sequence[ApiCall]) -> list[Sent]:
    """`items` (sent outbox items) as `Sent` records, their costs from the ledger lines `calls`."""
    out = []
    for item in items:
        ids = _sent_ids(item)
        payload = item.payload
        post_id = payload.post_id if isinstance(payload, RetweetPayload) else (ids[0] if ids else None)
        out.append(Sent(item, kind_of(item.payload, len(ids)), item.updated_at, post_id, cost_of(item, calls)))
    return out


class SentHistory:
    """One account's sent items, for the UI. `read` blocks: call it through the task runner."""

    def __init__(self, store: Store, ledger: Ledger, account: str, *, limit: int = LIMIT) -> None:
        self._store, self._ledger, self._account, self._limit = store, ledger, account, limit

    def read(self) -> list[Sent]:
        """The account's sent items, the latest first, with their costs."""
        items = self._store.outbox.sent(self._account, limit=self._limit)
        if not items:
            return []
        since = min(i.created_at for i in items)
        sent = sent_list(items, self._ledger.calls(self._account, since, ops=_POST_OPS | {Op.RETWEET}))
        return [self._about(s) if s.kind == "retweet" else s for s in sent]

    def _about(self, sent: Sent) -> Sent:
        """A retweet with its post's author and text, when the cache still has them."""
        post = None if sent.post_id is None else self._store.posts.get(self._account, sent.post_id)
        if post is None:
            return sent
        author = self._store.posts.user(self._account, post.author_id)
        return replace(sent, author=None if author is None else author.username, text=post.text)
