"""The fake server's own price book: what X bills for each call under pay-per-use (2026).

Written from X's published price list, not from the app's table (`exec_desk.core.pricing`), so a test comparing
the app's ledger with this log checks one against the other instead of against itself. Prices are integers in
micro-dollars (1 USD = 1_000_000).

Source: docs.x.com "Pricing" (`xdevplatform/docs` x-api/getting-started/pricing.mdx, commit 2871328) and the
line its cost estimator (`sliders.js`) gives each endpoint:
- reads per resource returned: a post $0.005, a user $0.010, a list $0.005; the same resource is billed once per
  UTC day;
- owned reads ($0.001 a resource): the signed-in user's own posts, mentions, lists, followers and following,
  read through a developer app that user owns; `GET /2/users/me` is not one;
- writes per request: a post $0.015, a post with a URL $0.20, a summoned reply $0.010, a retweet or like
  $0.015 ("User Interaction: Create"), undoing a retweet $0.010 ("Interaction: Delete"), deleting a post $0.005
  ("Content: Manage"), media metadata $0.005; media upload has no price line.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum


class Op(StrEnum):
    """The operations the fake serves (the request log names each request by one)."""

    ME = "me"
    USERS = "users"
    HOME_TIMELINE = "home_timeline"
    LIST_POSTS = "list_posts"
    MENTIONS = "mentions"
    SEARCH_RECENT = "search_recent"
    POSTS_LOOKUP = "posts_lookup"
    USER_POSTS = "user_posts"
    OWN_POSTS = "own_posts"
    OWNED_LISTS = "owned_lists"
    FOLLOWED_LISTS = "followed_lists"
    LISTS = "lists"
    RETWEET = "retweet"
    UNRETWEET = "unretweet"
    LIKE = "like"
    CREATE_POST = "create_post"
    DELETE_POST = "delete_post"
    MEDIA_UPLOAD = "media_upload"
    MEDIA_METADATA = "media_metadata"
    # The chunked upload's steps: no price line of their own (like the one-shot upload); STATUS returns nothing billed.
    MEDIA_INITIALIZE = "media_initialize"
    MEDIA_APPEND = "media_append"
    MEDIA_FINALIZE = "media_finalize"
    MEDIA_STATUS = "media_status"


class Resource(StrEnum):
    """What a read is billed for."""

    POST = "post"
    USER = "user"
    LIST = "list"


POST_READ = 5_000
USER_READ = 10_000
LIST_READ = 5_000
OWNED_READ = 1_000
POST = 15_000
POST_WITH_URL = 200_000
SUMMONED_REPLY = 10_000
INTERACTION = 15_000
INTERACTION_DELETE = 10_000
CONTENT_MANAGE = 5_000
MEDIA_METADATA = 5_000

_READ = {Resource.POST: POST_READ, Resource.USER: USER_READ, Resource.LIST: LIST_READ}
#: Reads of the user's own data: billed at the owned rate when the user owns the developer app.
OWNED_OPS = frozenset({Op.MENTIONS, Op.OWN_POSTS, Op.OWNED_LISTS, Op.FOLLOWED_LISTS})
WRITES = frozenset(
    {
        Op.RETWEET,
        Op.UNRETWEET,
        Op.LIKE,
        Op.CREATE_POST,
        Op.DELETE_POST,
        Op.MEDIA_UPLOAD,
        Op.MEDIA_METADATA,
        Op.MEDIA_INITIALIZE,
        Op.MEDIA_APPEND,
        Op.MEDIA_FINALIZE,
    }
)


def write_price(op: Op, *, has_url: bool = False, is_reply: bool = False) -> int:
    """What one accepted write request costs."""
    if op is Op.CREATE_POST:
        return POST_WITH_URL if has_url else (SUMMONED_REPLY if is_reply else POST)
    if op in (Op.RETWEET, Op.LIKE):
        return INTERACTION
    if op is Op.UNRETWEET:
        return INTERACTION_DELETE
    if op is Op.DELETE_POST:
        return CONTENT_MANAGE
    if op is Op.MEDIA_METADATA:
        return MEDIA_METADATA
    return 0  # media upload, one-shot or chunked


@dataclass
class PriceBook:
    """Prices requests as X bills them, remembering what each user was billed for today."""

    billed: set[tuple[date, str, Resource, str]] = field(default_factory=set)

    def price(
        self,
        op: Op,
        resources: Mapping[Resource, Iterable[str]],
        at: datetime,
        *,
        user_id: str = "",
        app_owner: bool = False,
        has_url: bool = False,
        is_reply: bool = False,
    ) -> int:
        """The price of one answered (2xx) request of `op` that returned `resources`."""
        if op in WRITES:
            return write_price(op, has_url=has_url, is_reply=is_reply)
        owned = app_owner and op in OWNED_OPS
        day = at.astimezone(UTC).date()
        total = 0
        for kind, ids in resources.items():
            for rid in ids:
                key = (day, user_id, kind, rid)
                if key not in self.billed:
                    self.billed.add(key)
                    total += OWNED_READ if owned else _READ[kind]
        return total
