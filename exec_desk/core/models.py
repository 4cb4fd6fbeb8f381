"""Domain objects shared by every layer: users, media, posts, lists and pages of results."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class User:
    """An X account as the app needs it."""

    id: str
    username: str
    name: str
    profile_image_url: str | None = None
    verified: bool = False


@dataclass(frozen=True, slots=True)
class Media:
    """A photo, GIF or video attached to a post."""

    media_key: str
    type: str
    url: str | None = None
    preview_image_url: str | None = None
    alt_text: str | None = None


@dataclass(frozen=True, slots=True)
class Metrics:
    """Public engagement counts of a post."""

    retweet_count: int = 0
    reply_count: int = 0
    like_count: int = 0
    quote_count: int = 0


@dataclass(frozen=True, slots=True)
class Post:
    """A post (tweet). References to other posts are by id; see `Page.included_posts`."""

    id: str
    author_id: str
    text: str
    created_at: datetime
    conversation_id: str | None = None
    retweet_of: str | None = None
    quote_of: str | None = None
    reply_to: str | None = None
    urls: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()
    media_keys: tuple[str, ...] = ()
    metrics: Metrics = field(default_factory=Metrics)
    lang: str | None = None


@dataclass(frozen=True, slots=True)
class XList:
    """An X List owned or followed by the user."""

    id: str
    name: str
    owner_id: str | None = None
    description: str = ""
    member_count: int | None = None
    private: bool = False


@dataclass(slots=True)
class Page:
    """One page of a timeline read, with what its expansions brought along."""

    posts: list[Post] = field(default_factory=list)
    users: dict[str, User] = field(default_factory=dict)
    media: dict[str, Media] = field(default_factory=dict)
    included_posts: dict[str, Post] = field(default_factory=dict)
    newest_id: str | None = None
    oldest_id: str | None = None
    next_token: str | None = None
    result_count: int = 0

    def all_posts(self) -> list[Post]:
        """The page's posts, then the posts its expansions brought along (retweeted and quoted ones)."""
        return [*self.posts, *self.included_posts.values()]


@dataclass(frozen=True, slots=True)
class UploadState:
    """What X says of an upload (answers of INIT, FINALIZE, STATUS and the one-shot upload).

    `state` is X's `processing_info.state` (pending, in_progress, succeeded, failed), or None when X gave no
    `processing_info` (the media is ready: images). `error` is X's reason for a failure."""

    media_id: str
    state: str | None = None
    check_after_secs: int | None = None
    progress_percent: int | None = None
    expires_after_secs: int | None = None
    error: str | None = None

    @property
    def ready(self) -> bool:
        return self.state in (None, "succeeded")

    @property
    def failed(self) -> bool:
        return self.state == "failed"
