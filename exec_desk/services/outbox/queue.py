"""Queueing a composed post: the composer's and `exec-desk post`'s one way into the outbox.

`queue_post` is one transaction: a post that repeats one sent or queued lately is refused (`DuplicatePost`, see
`duplicates`), else the post becomes an outbox item and the draft it came from (if any) is deleted with it — so a
crash leaves either the draft or the item, never both and never neither. It runs on a worker (the store lane).
"""

from __future__ import annotations

from datetime import datetime

from exec_desk.core.compose import ComposedPost
from exec_desk.services.outbox.duplicates import DuplicatePost, find_duplicate
from exec_desk.storage.records import OutboxItem
from exec_desk.storage.store import Store


def queue_post(
    store: Store, account: str, post: ComposedPost, now: datetime, *, draft_id: int | None = None
) -> OutboxItem:
    """Queue `post` for `account` and delete draft `draft_id` in the same transaction; raises `DuplicatePost`
    (nothing changed) when it repeats a post sent or queued."""
    with store.transaction():  # looked up and queued at once: a post queued meanwhile is seen
        duplicate = find_duplicate(store, account, post.parts, now)
        if duplicate is not None:
            raise DuplicatePost(duplicate)
        item = store.outbox.enqueue(account, post.payload(), now=now, not_before=post.not_before)
        if draft_id is not None:
            store.drafts.delete(draft_id)
        return item
