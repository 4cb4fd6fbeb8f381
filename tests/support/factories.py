"""Small builders of domain objects and store rows for tests (deterministic: fixed times, explicit ids)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from exec_desk.core.models import Media, Metrics, Page, Post, User
from exec_desk.storage.records import Account, AuthKind
from exec_desk.storage.store import Store

T0 = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)
ACCOUNT = "acct-1"


def make_account(key: str = ACCOUNT, *, user_id: str = "1000", created_at: datetime = T0) -> Account:
    return Account(
        key=key,
        user_id=user_id,
        username=f"user_{key}",
        name=f"User {key}",
        auth_kind=AuthKind.OAUTH2,
        api_base_url="http://127.0.0.1:8080",
        created_at=created_at,
    )


def account_store(path: str | Path = ":memory:") -> Iterator[Store]:
    """A store at `path` holding `make_account()` (made up, not the fake world's user): a `store` fixture of a test
    that needs no fake X does `yield from account_store(...)`."""
    with Store(path) as opened:
        opened.accounts.add(make_account())
        yield opened


def make_user(user_id: str, *, verified: bool = False) -> User:
    return User(
        id=user_id,
        username=f"u{user_id}",
        name=f"Name {user_id}",
        profile_image_url=f"http://127.0.0.1/img/{user_id}.png",
        verified=verified,
    )


def make_post(post_id: str, *, author_id: str = "2000", minutes: int = 0, **fields: object) -> Post:
    """A post created `minutes` after T0; extra keyword arguments set any other `Post` field."""
    base: dict[str, object] = {
        "id": post_id,
        "author_id": author_id,
        "text": f"post {post_id} by {author_id} ✓",
        "created_at": T0 + timedelta(minutes=minutes),
        "conversation_id": post_id,
        "lang": "en",
        "metrics": Metrics(retweet_count=1, reply_count=2, like_count=3, quote_count=4),
    }
    base.update(fields)
    return Post(**base)  # type: ignore[arg-type]


def make_page(posts: Sequence[Post], *, included: Sequence[Post] = (), media: Sequence[Media] = ()) -> Page:
    """A page whose `users` are the authors of all its posts."""
    authors = {p.author_id for p in [*posts, *included]}
    return Page(
        posts=list(posts),
        users={uid: make_user(uid) for uid in sorted(authors)},
        media={m.media_key: m for m in media},
        included_posts={p.id: p for p in included},
        newest_id=max((p.id for p in posts), key=int, default=None),
        oldest_id=min((p.id for p in posts), key=int, default=None),
        result_count=len(posts),
    )
