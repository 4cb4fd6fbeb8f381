"""A realistic cache for the session benchmarks: N posts in a database, as after weeks of use.

The posts come from the fake X world (its journalists, competitors, clients and colleagues; their texts, links,
photos, retweets, quotes and mentions), turned into the app's objects by the app's own JSON conversion, then
repeated further back in time with new ids until N posts exist. Groups and sources are those a first run makes
from the user's X Lists; each post is linked to the sources that would have brought it (the lists its author is
in, else the home timeline; the mentions when it mentions the user). A share `read` of the posts older than a
day is marked read: sessions mark what they show, a few dozen posts of the hundreds fetched each day, so most of
a cache stays unread (the default, 0.1); a share near 1 is the worst case of the unread-posts query.

    python benchmarks/session_data.py DB_PATH COUNT BASE_URL [READ_SHARE]
"""

from __future__ import annotations

import random
import sys
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from exec_desk.backends.tweepy import convert
from exec_desk.core.models import Page, Post, XList
from exec_desk.core.sources import suggest_mapping
from exec_desk.fakex.model import FakePost
from exec_desk.fakex.render import Shape, posts_body
from exec_desk.fakex.world import World
from exec_desk.services.sources import FirstRunPlan, apply_plan
from exec_desk.storage.records import Account, AuthKind, SourceKind, to_db
from exec_desk.storage.store import Store

ACCOUNT = "bench"
SEED = 2026
BATCH = 500


def _shape(base_url: str) -> Shape:
    return Shape(
        base_url=base_url,
        tweet_fields=set(convert.TWEET_FIELDS.split(",")),
        user_fields=set(convert.USER_FIELDS.split(",")),
        media_fields=set(convert.MEDIA_FIELDS.split(",")),
        expansions=set(convert.EXPANSIONS.split(",")),
    )


def _pages(world: World, base_url: str) -> list[Page]:
    """The whole world, newest first, as the app would have received it: pages of `BATCH` posts."""
    posts: list[FakePost] = [p for p in world.newest_first() if p.author_id != world.user_id]
    shape = _shape(base_url)
    pages = []
    for start in range(0, len(posts), BATCH):
        body, _ = posts_body(world, posts[start : start + BATCH], shape, {"result_count": BATCH})
        pages.append(convert.page_from_json(body))
    return pages


def build_store(path: Path, count: int, base_url: str, *, read: float = 0.1, seed: int = SEED) -> None:
    """Create the database at `path` with `count` cached posts for the account `ACCOUNT`."""
    now = datetime.now(UTC).replace(microsecond=0)
    world = World(seed=seed, start=now)
    me = world.user
    with Store(path) as store:
        store.accounts.add(Account(ACCOUNT, me.id, me.username, me.name, AuthKind.OAUTH2, base_url, now))
        lists = [
            XList(lst.id, lst.name, lst.owner_id, lst.description, len(lst.members), lst.private)
            for lst in world.lists.values()
            if not lst.private or lst.owner_id == me.id
        ]
        apply_plan(store, ACCOUNT, FirstRunPlan(tuple(lists), suggest_mapping(lists)))
        sources = store.sources.all(ACCOUNT)
        home = next(s.id for s in sources if s.kind is SourceKind.HOME)
        mentions = next(s.id for s in sources if s.kind is SourceKind.MENTIONS)
        members = {s.id: set(world.lists[s.ref].members) for s in sources if s.kind is SourceKind.LIST}
        pages = _pages(world, base_url)
        template_posts = [p for page in pages for p in page.posts]
        oldest = min(p.created_at for p in template_posts)
        span = now - oldest
        written = 0
        round_number = 0
        while written < count:
            shift = span * round_number  # each round repeats the world further back in time
            for page in pages:
                if written >= count:
                    break
                posts = [_moved(p, round_number, shift) for p in page.posts[: count - written]]
                _store_page(store, page, posts, now, home, mentions, members, me.username)
                written += len(posts)
            round_number += 1
        _mark_read(store, read, now, seed)


def _moved(post: Post, round_number: int, shift: timedelta) -> Post:
    if round_number == 0:
        return post
    new_id = str(int(post.id) - round_number * 10**15)  # older snowflake-like ids, never colliding
    return replace(post, id=new_id, conversation_id=new_id, created_at=post.created_at - shift)


def _store_page(
    store: Store,
    page: Page,
    posts: list[Post],
    now: datetime,
    home: int,
    mentions: int,
    members: dict[int, set[str]],
    username: str,
) -> None:
    by_source: dict[int, list[Post]] = {}
    for post in posts:
        targets = [sid for sid, who in members.items() if post.author_id in who] or [home]
        if any(m.lstrip("@").casefold() == username.casefold() for m in post.mentions):
            targets.append(mentions)
        for sid in targets:
            by_source.setdefault(sid, []).append(post)
    with store.transaction():
        for sid, chunk in by_source.items():
            store.posts.upsert_page(ACCOUNT, replace(page, posts=chunk), now, source_id=sid)


def _mark_read(store: Store, read: float, now: datetime, seed: int) -> None:
    day_ago = to_db(now - timedelta(days=1))
    with store.database.read() as conn:
        rows = conn.execute("SELECT id, created_at FROM posts WHERE account = ? ORDER BY id", (ACCOUNT,)).fetchall()
    older = [row[0] for row in rows if str(row[1]) < day_ago]
    seen = random.Random(seed).sample(older, int(len(older) * read))
    for start in range(0, len(seen), 5000):
        store.reads.mark_read(ACCOUNT, seen[start : start + 5000], now - timedelta(days=1))


def main() -> None:
    path, count, base_url = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    read = float(sys.argv[4]) if len(sys.argv) > 4 else 0.1
    started = time.perf_counter()
    build_store(path, count, base_url, read=read)
    print(f"{count} posts in {path} ({time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()
