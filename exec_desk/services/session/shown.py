"""What a running session already shows: its items in order, the posts each stands for (a retweet and its
original count as one), the links it carries and how many items each group has; and the `GrowRequest` that
asks the store for more without repeating any of it. Plain Python, used on the GUI thread only.

The queue grows as sources finish fetching, but what needs an answer comes first: an open response clock is
inserted ahead of the unread items (those of a session's focus, more urgent, aside), after the clocks with an
earlier (or the same) deadline, whichever source
brought it and whenever; items already read stay where they are. Everything else is added at the end."""

from __future__ import annotations

from collections.abc import Container
from dataclasses import replace
from datetime import datetime

from exec_desk.core.queue import GroupInfo, QueueBuild, QueueItem
from exec_desk.core.signal.reasons import Reason, Signals
from exec_desk.services.session.persist import GrowRequest, member_ids

#: Items inserted together: the row of the first (in the queue as it was before them) and the items.
Block = tuple[int, list[QueueItem]]


class ShownQueue:
    """The session's queue; it only grows, up to the cap given to `add`."""

    def __init__(self) -> None:
        self._items: list[QueueItem] = []
        self._index: dict[str, QueueItem] = {}
        self._members: dict[str, tuple[str, ...]] = {}
        self._links: set[str] = set()
        self._group_counts: dict[int, int] = {}

    def items(self) -> list[QueueItem]:
        return list(self._items)

    def __contains__(self, post_id: object) -> bool:
        return post_id in self._index

    def get(self, post_id: str) -> QueueItem | None:
        return self._index.get(post_id)

    def update(self, item: QueueItem) -> bool:
        """Put `item` in the place of the shown item of the same post (its row does not move); False if none."""
        key = item.post.id
        old = self._index.get(key)
        if old is None:
            return False
        self._items[self._items.index(old)] = item
        self._index[key] = item
        return True

    def reassess(self, signals: Signals, *, keep: Container[str] = frozenset()) -> list[str]:
        """Apply `signals` (authors' roles learned since) to the shown items but those in `keep` (their clock was
        stopped); the ids of the items whose reasons or clock changed, each replaced in its row."""
        changed = []
        for row, item in enumerate(self._items):
            if item.post.id in keep:
                continue
            mention = Reason.MENTIONS_YOU in item.attention.reasons
            attention = signals.attention(item.post, via_mentions=mention)
            if (attention.reasons, attention.respond_by) != (item.attention.reasons, item.attention.respond_by):
                self._items[row] = self._index[item.post.id] = replace(item, attention=attention)
                changed.append(item.post.id)
        return changed

    def members(self, post_id: str) -> tuple[str, ...]:
        """The ids of the posts the item `post_id` stands for (itself first), all marked read together."""
        return self._members.get(post_id, (post_id,))

    def request(
        self,
        cap: int,
        *,
        own_user_id: str | None,
        reserved: tuple[GroupInfo, ...],
        strict: bool,
        since: datetime,
    ) -> GrowRequest:
        """What to ask the store for: up to `cap` items in all, none of those already shown."""
        return GrowRequest(
            cap=max(0, cap - len(self._items)),
            exclude=member_ids(self._members),
            exclude_links=frozenset(self._links),
            quota_used=dict(self._group_counts),
            own_user_id=own_user_id,
            reserved=reserved,
            strict=strict,
            since=since,
        )

    def add(self, build: QueueBuild, cap: int, seen: Container[str] = frozenset()) -> list[Block]:
        """Add the build's items not shown yet, up to `cap` in all: open clocks ahead of the unread items by
        deadline (`seen`: the items read), the rest at the end. Returns the blocks inserted, in the order they
        were made (each row counts the blocks before it)."""
        blocks: list[Block] = []
        for item in build.items:
            key = item.post.id
            if key in self._index or len(self._items) >= cap:
                continue
            row = self._row_for(item, seen)
            self._items.insert(row, item)
            self._index[key] = item
            self._members[key] = build.members.get(key, (key,))
            self._group_counts[item.group_id] = self._group_counts.get(item.group_id, 0) + 1
            if blocks and blocks[-1][0] + len(blocks[-1][1]) == row:
                blocks[-1][1].append(item)
            else:
                blocks.append((row, [item]))
        self._links.update(link for link, key in build.links.items() if key in self._index)
        return blocks

    def _row_for(self, item: QueueItem, seen: Container[str]) -> int:
        """Where `item` goes: an open clock before the first unread item that is not a clock due as soon; else
        at the end."""
        due = item.attention.respond_by
        if due is None:
            return len(self._items)
        for row, other in enumerate(self._items):
            if other.post.id in seen or other.attention.level > item.attention.level:  # read, or a session's focus
                continue
            other_due = other.attention.respond_by
            if other_due is None or other_due > due:
                return row
        return len(self._items)
