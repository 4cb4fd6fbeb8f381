"""What a running session already shows: its items in order, the posts each stands for (a retweet and its
original count as one), the links it carries and how many items each group has; and the `GrowRequest` that
asks the store for more without repeating any of it. Plain Python, used on the GUI thread only."""

from __future__ import annotations

from datetime import datetime

from exec_desk.core.queue import GroupInfo, QueueBuild, QueueItem
from exec_desk.services.session.persist import GrowRequest, member_ids


class ShownQueue:
    """The session's queue; it only grows, up to the cap given to `append`."""

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

    def append(self, build: QueueBuild, cap: int) -> list[QueueItem]:
        """Add the build's items not shown yet, up to `cap` in all; returns those added."""
        added: list[QueueItem] = []
        for item in build.items:
            key = item.post.id
            if key in self._index or len(self._items) >= cap:
                continue
            self._items.append(item)
            self._index[key] = item
            self._members[key] = build.members.get(key, (key,))
            self._group_counts[item.group_id] = self._group_counts.get(item.group_id, 0) + 1
            added.append(item)
        self._links.update(link for link, key in build.links.items() if key in self._index)
        return added
