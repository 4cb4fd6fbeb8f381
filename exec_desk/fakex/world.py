"""The seeded fake world: accounts, lists, posts and media, growing deterministically as the clock advances.

`World` is not thread-safe by itself: the server holds its lock around every request that touches it.
"""

from __future__ import annotations

import bisect
import random
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta

from exec_desk.fakex import generate, roster
from exec_desk.fakex.entities import cashtags, find_urls, hashtags, mentions, shorten
from exec_desk.fakex.ids import WORKER_API, WORKER_MEDIA, snowflake
from exec_desk.fakex.model import Account, FakeList, FakeMedia, FakePost, Group

#: How far back the generated history reaches from the clock at start.
HISTORY = timedelta(days=4)
RECENT_TARGETS = 150


class World:
    """Everything the fake X knows. Post ids are snowflakes: numeric order is time order."""

    def __init__(self, *, seed: int, start: datetime, grow: bool = True) -> None:
        """`grow`: generate the history up to `start` now; else the first `advance` does (a few hundred ms)."""
        self.seed = seed
        self.start = start
        rng = random.Random(seed)
        cast = roster.accounts([rng.randint(50, 4000) for _ in range(64)])
        self.accounts: dict[str, Account] = {a.id: a for a in cast}
        self._by_username = {a.username.lower(): a for a in cast}
        self._by_group: dict[Group, list[Account]] = {}
        for account in cast:
            self._by_group.setdefault(account.group, []).append(account)
        self.user_id = roster.USER_ID
        self.following: set[str] = {
            a.id for a in cast if a.group in roster.FOLLOWED_GROUPS or a.id in roster.EXTRA_FOLLOWED
        }
        self.lists: dict[str, FakeList] = {lst.id: lst for lst in roster.lists(cast)}
        self.followed_list_ids: list[str] = list(roster.FOLLOWED_LIST_IDS)
        self.posts: dict[int, FakePost] = {}
        self._order: list[int] = []
        self.media: dict[str, FakeMedia] = {}
        self.retweets: dict[tuple[str, int], int] = {}
        self.likes: set[tuple[str, int]] = set()
        #: Accounts X suspended: lookups and their timelines answer with an `errors` entry.
        self.suspended: set[str] = set()
        self._recent: list[int] = []
        self._own: list[int] = []
        self._sequence = 0
        self.generated_until = start - HISTORY
        if grow:
            self.advance(start)

    # -- lookups ----------------------------------------------------------------------------------------------
    @property
    def user(self) -> Account:
        """The authenticated user's account (the executive)."""
        return self.accounts[self.user_id]

    @property
    def me(self) -> Account:
        return self.user

    def accounts_in(self, group: Group) -> list[Account]:
        return self._by_group.get(group, [])

    def account_by_username(self, username: str) -> Account | None:
        return self._by_username.get(username.lower().lstrip("@"))

    def resolve_username(self, username: str) -> str | None:
        account = self.account_by_username(username)
        return account.id if account else None

    def get(self, post_id: int) -> FakePost | None:
        return self.posts.get(post_id)

    def newest_first(self) -> Iterator[FakePost]:
        for post_id in reversed(self._order):
            yield self.posts[post_id]

    def recent_originals(self) -> list[int]:
        return self._recent[-RECENT_TARGETS:]

    def recent_own_posts(self) -> list[int]:
        return [p for p in self._own[-20:] if p in self.posts]

    def owned_lists(self, user_id: str) -> list[FakeList]:
        return [lst for lst in self.lists.values() if lst.owner_id == user_id]

    def followed_lists(self, user_id: str) -> list[FakeList]:
        return [self.lists[i] for i in self.followed_list_ids] if user_id == self.user_id else []

    def home_authors(self) -> set[str]:
        return self.following | {self.user_id}

    def mentions_user(self, post: FakePost, user_id: str) -> bool:
        return any(m.user_id == user_id for m in post.mentions)

    # -- growth -----------------------------------------------------------------------------------------------
    def advance(self, now: datetime) -> int:
        """Generate every post due up to `now`; return how many were added."""
        if now <= self.generated_until:
            return 0
        added = 0
        for slot in range(generate.slot_of(self.generated_until), generate.slot_of(now) + 1):
            for plan in generate.plans(self.seed, slot):
                if self.generated_until < plan.at <= now:
                    self._insert(generate.compose(self, plan))
                    added += 1
        day = self.generated_until.astimezone(UTC).date()
        while day <= now.astimezone(UTC).date():
            for spike in generate.spike_plans(self.seed, day):
                if self.generated_until < spike.at <= now:
                    self._insert(generate.compose_spike(self, spike))
                    added += 1
            day += timedelta(days=1)
        self.generated_until = now
        return added

    def _insert(self, post: FakePost) -> None:
        self.posts[post.id] = post
        if not self._order or post.id > self._order[-1]:
            self._order.append(post.id)
        else:
            bisect.insort(self._order, post.id)
        if post.retweet_of is None and self.accounts[post.author_id].group is not Group.PUBLIC:
            self._recent.append(post.id)
            if len(self._recent) > 4 * RECENT_TARGETS:
                del self._recent[: 2 * RECENT_TARGETS]
        if post.author_id == self.user_id and post.retweet_of is None:
            self._own.append(post.id)
        if post.retweet_of is not None:
            self.retweets[(post.author_id, post.retweet_of)] = post.id
        self.accounts[post.author_id].post_count += 1

    def new_id(self, at: datetime, worker: int = WORKER_API) -> int:
        self._sequence += 1
        candidate = snowflake(at, worker, self._sequence)
        while candidate in self.posts:
            candidate += 1
        return candidate

    def add_post(
        self,
        author_id: str,
        text: str,
        *,
        at: datetime | None = None,
        reply_to: int | None = None,
        quote_of: int | None = None,
        retweet_of: int | None = None,
        media_keys: Iterable[str] = (),
        lang: str | None = None,
    ) -> FakePost:
        """Add a post as if `author_id` wrote it at `at` (default: the world's present), links shortened to t.co.

        While the server may be answering requests, hold `server.lock` around calls that change the world.
        """
        at = at or self.generated_until
        self.advance(at)
        post_id = self.new_id(at)
        short, urls = shorten(text, find_urls(text), post_id)
        post = FakePost(
            id=post_id,
            author_id=author_id,
            text=short,
            created_at=at,
            lang=lang or ("fr" if any(w in text.lower().split() for w in ("le", "la", "les", "et")) else "en"),
            conversation_id=post_id,
            urls=urls,
            media_keys=list(media_keys),
            source_text=text,
        )
        target = self.get(reply_to) if reply_to is not None else None
        if target is not None:
            post.reply_to = target.id
            post.in_reply_to_user_id = target.author_id
            post.conversation_id = target.conversation_id or target.id
            target.metrics.reply_count += 1
        quoted = self.get(quote_of) if quote_of is not None else None
        if quoted is not None:
            post.quote_of = quoted.id
            quoted.metrics.quote_count += 1
        original = self.get(retweet_of) if retweet_of is not None else None
        if original is not None:
            post.retweet_of = original.id
            original.metrics.retweet_count += 1
        post.mentions = mentions(post.text, self.resolve_username)
        post.hashtags = hashtags(post.text)
        post.cashtags = cashtags(post.text)
        self._insert(post)
        return post

    def retweet(self, user_id: str, post_id: int, at: datetime) -> FakePost:
        existing = self.retweets.get((user_id, post_id))
        if existing is not None and existing in self.posts:
            return self.posts[existing]
        original = self.posts[post_id]
        author = self.accounts[original.author_id]
        body = original.text if len(original.text) <= 140 else original.text[:139] + "…"
        post = self.add_post(user_id, "", at=at, retweet_of=post_id, lang=original.lang)
        post.text = f"RT @{author.username}: {body}"
        post.mentions = mentions(post.text, self.resolve_username)
        return post

    def unretweet(self, user_id: str, post_id: int) -> bool:
        retweet = self.retweets.pop((user_id, post_id), None)
        if retweet is None or retweet not in self.posts:
            return False
        self.delete_post(retweet)
        original = self.posts.get(post_id)
        if original is not None:
            original.metrics.retweet_count = max(0, original.metrics.retweet_count - 1)
        return True

    def like(self, user_id: str, post_id: int) -> None:
        if (user_id, post_id) not in self.likes:
            self.likes.add((user_id, post_id))
            self.posts[post_id].metrics.like_count += 1

    def delete_post(self, post_id: int) -> FakePost | None:
        post = self.posts.pop(post_id, None)
        if post is None:
            return None
        index = bisect.bisect_left(self._order, post_id)
        if index < len(self._order) and self._order[index] == post_id:
            del self._order[index]
        if post.retweet_of is not None:
            self.retweets.pop((post.author_id, post.retweet_of), None)
        self.accounts[post.author_id].post_count -= 1
        return post

    def delete_list(self, list_id: str) -> None:
        """The list's owner deletes it: reading it answers `Could not find list with id`."""
        self.lists.pop(list_id, None)
        if list_id in self.followed_list_ids:
            self.followed_list_ids.remove(list_id)

    def suspend(self, user_id: str) -> None:
        """X suspends the account."""
        self.suspended.add(user_id)

    def add_media(
        self, owner_id: str, *, at: datetime, media_type: str, content_type: str, data: bytes, category: str
    ) -> FakeMedia:
        media_id = self.new_id(at, WORKER_MEDIA)
        prefix = {"photo": 3, "video": 7, "animated_gif": 16}.get(media_type, 3)
        media = FakeMedia(
            media_key=f"{prefix}_{media_id}",
            id=media_id,
            type=media_type,
            owner_id=owner_id,
            content_type=content_type,
            data=data,
            category=category,
            created_at=at,
        )
        self.media[media.media_key] = media
        return media

    def media_by_id(self, media_id: str) -> FakeMedia | None:
        return next((m for m in self.media.values() if str(m.id) == media_id), None)
