"""The fake world's records: accounts, posts, media and lists, as the server stores them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class Group(StrEnum):
    """Who an account is to the user."""

    SELF = "self"
    CORPORATE = "corporate"
    JOURNALIST = "journalist"
    COMPETITOR = "competitor"
    CLIENT = "client"
    EMPLOYEE = "employee"
    OTHER = "other"
    PUBLIC = "public"  # people the user does not follow, who write about the company when something happens


@dataclass
class Account:
    """An X account of the fake world."""

    id: str
    username: str
    name: str
    group: Group
    description: str
    lang: str = "en"
    location: str = ""
    url: str = ""
    verified: bool = False
    verified_type: str = "none"
    created_at: datetime | None = None
    followers_count: int = 0
    following_count: int = 0
    listed_count: int = 0
    post_count: int = 0


@dataclass
class UrlEntity:
    """A link in a post: `short` (t.co) appears in the text, `expanded` is where it leads."""

    start: int
    end: int
    short: str
    expanded: str
    display: str
    title: str = ""
    media_key: str | None = None


@dataclass
class Mention:
    """An @mention in a post's text."""

    start: int
    end: int
    username: str
    user_id: str | None


@dataclass
class Tag:
    """A #hashtag or $cashtag in a post's text."""

    start: int
    end: int
    tag: str


@dataclass
class Metrics:
    """Public engagement counts; writes through the API move them."""

    retweet_count: int = 0
    reply_count: int = 0
    like_count: int = 0
    quote_count: int = 0
    bookmark_count: int = 0
    impression_count: int = 0


@dataclass
class FakePost:
    """A post. `id` is a snowflake integer; the API shows it as a decimal string."""

    id: int
    author_id: str
    text: str
    created_at: datetime
    lang: str = "en"
    conversation_id: int = 0
    retweet_of: int | None = None
    quote_of: int | None = None
    reply_to: int | None = None
    in_reply_to_user_id: str | None = None
    urls: list[UrlEntity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    hashtags: list[Tag] = field(default_factory=list)
    cashtags: list[Tag] = field(default_factory=list)
    media_keys: list[str] = field(default_factory=list)
    metrics: Metrics = field(default_factory=Metrics)
    source_text: str = ""

    @property
    def sid(self) -> str:
        return str(self.id)

    def references(self) -> list[tuple[str, int]]:
        """`referenced_tweets` as (type, id) pairs."""
        refs: list[tuple[str, int]] = []
        if self.retweet_of is not None:
            refs.append(("retweeted", self.retweet_of))
        if self.quote_of is not None:
            refs.append(("quoted", self.quote_of))
        if self.reply_to is not None:
            refs.append(("replied_to", self.reply_to))
        return refs


@dataclass
class FakeUpload:
    """A chunked upload: the segments received, then X's processing, decided at FINALIZE and revealed on the
    server's clock (`processing_secs` after `finalized_at`: pending for the first second, then in progress);
    `failure` is the reason a processing ends in `failed`."""

    total_bytes: int
    mime_type: str
    expires_at: datetime
    segments: dict[int, bytes] = field(default_factory=dict)
    finalized_at: datetime | None = None
    processing_secs: float = 0.0
    failure: str | None = None


@dataclass
class FakeMedia:
    """A photo, video or GIF; uploaded media keep their bytes so the server can serve them back. `upload` is set for
    media sent through the chunked upload; `expires_at` is when X forgets an upload that no post used."""

    media_key: str
    id: int
    type: str
    owner_id: str
    width: int = 1200
    height: int = 675
    alt_text: str | None = None
    duration_ms: int | None = None
    view_count: int = 0
    content_type: str = "image/png"
    data: bytes | None = None
    category: str = "tweet_image"
    created_at: datetime | None = None
    upload: FakeUpload | None = None
    expires_at: datetime | None = None


@dataclass
class FakeList:
    """An X List."""

    id: str
    name: str
    owner_id: str
    description: str
    members: list[str]
    follower_count: int = 0
    private: bool = False
    created_at: datetime | None = None
