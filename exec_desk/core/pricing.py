"""X's 2026 pay-per-use price table and the rules that turn one API call into a price.

Prices are integers in micro-dollars (1 USD = 1_000_000) so sums never drift. Reads are charged per resource
returned, once per resource per UTC day; writes per request; failed requests cost nothing.

Every entry was checked on 2026-12-06 against `tests/data/X-API-NOTES.md` and X's published price list (docs.x.com
"Pricing", source `xdevplatform/docs` x-api/getting-started/pricing.mdx at commit 2871328, and its cost estimator
`sliders.js`, which maps each endpoint to a price line):

| what | price | X's price line |
|---|---|---|
| a post read (home, list, search, user posts, posts by id) | $0.005 a post | Posts: Read |
| a user read (`GET /2/users`, author expansions, **`GET /2/users/me`**) | $0.010 a user | User: Read |
| a list read | $0.005 a list | List: Read |
| owned read: own posts, mentions, owned/followed lists, **if the user owns the app** | $0.001 each | Owned Reads |
| a post | $0.015 | Post: Create |
| a post with a URL | $0.200 | Post: Create (with URL) |
| a summoned reply | $0.010 | Post: Create (summoned) |
| a retweet (a like, enterprise only) | $0.015 | User Interaction: Create |
| undoing a retweet | $0.010 | Interaction: Delete |
| deleting a post | $0.005 | Content: Manage |
| alt text (media metadata) | $0.005 | Media Metadata |
| media upload (one-shot, each step of the chunked one; STATUS bills nothing) | $0 | none: MEDIA_UPLOAD_PRICE |

X notes: "Prices are subject to change. Current rates are always available in the Developer Console." Changes
against the previous table: `users/me` is a user read, not an owned read; owned reads need the app's owner;
deleting a post is "Content: Manage", $0.005, not $0.010.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from enum import StrEnum

MICRO = 1_000_000


class Op(StrEnum):
    """Every X API operation the app performs."""

    ME = "me"
    USERS = "users"  # users by id (the authors a timeline page names and the cache lacks)
    HOME_TIMELINE = "home_timeline"
    LIST_POSTS = "list_posts"
    MENTIONS = "mentions"
    SEARCH_RECENT = "search_recent"
    POSTS_LOOKUP = "posts_lookup"  # posts by id (GET /2/tweets?ids=): a thread's missing posts
    USER_POSTS = "user_posts"
    OWN_POSTS = "own_posts"
    OWNED_LISTS = "owned_lists"
    FOLLOWED_LISTS = "followed_lists"
    RETWEET = "retweet"
    UNRETWEET = "unretweet"
    LIKE = "like"
    CREATE_POST = "create_post"
    DELETE_POST = "delete_post"
    MEDIA_UPLOAD = "media_upload"  # the one-shot upload (images)
    MEDIA_METADATA = "media_metadata"
    # The chunked upload (GIFs and videos), one op per step: priced like the one-shot upload (MEDIA_UPLOAD_PRICE,
    # $0: no price line of X's); STATUS is a read that returns nothing billed.
    MEDIA_INITIALIZE = "media_initialize"
    MEDIA_APPEND = "media_append"
    MEDIA_FINALIZE = "media_finalize"
    MEDIA_STATUS = "media_status"


class Resource(StrEnum):
    """Kinds of resource a read is charged for."""

    POST = "post"
    USER = "user"
    LIST = "list"


READ_PRICE: Mapping[Resource, int] = {Resource.POST: 5_000, Resource.USER: 10_000, Resource.LIST: 5_000}
OWNED_READ_PRICE = 1_000
#: Reads of the user's own data: the owned price applies when the user also owns the developer app (X: "when
#: `{id}` matches the authenticated user and that user is the owner of the developer app"). `users/me` is not one.
OWNED_OPS = frozenset({Op.MENTIONS, Op.OWN_POSTS, Op.OWNED_LISTS, Op.FOLLOWED_LISTS})
POST_PRICE = 15_000
POST_WITH_URL_PRICE = 200_000
SUMMONED_REPLY_PRICE = 10_000
INTERACTION_PRICE = 15_000
DELETE_INTERACTION_PRICE = 10_000
CONTENT_MANAGE_PRICE = 5_000
MEDIA_METADATA_PRICE = 5_000
#: Media upload has no line in X's published prices (the docs' cost estimator files its endpoints under "Content:
#: Create" without a price of their own): recorded at zero so the ledger still counts the calls. Check the
#: Developer Console's usage page if a bill shows otherwise.
MEDIA_UPLOAD_PRICE = 0

UPLOAD_OPS = frozenset({Op.MEDIA_UPLOAD, Op.MEDIA_INITIALIZE, Op.MEDIA_APPEND, Op.MEDIA_FINALIZE})
WRITE_OPS = UPLOAD_OPS | {Op.RETWEET, Op.UNRETWEET, Op.LIKE, Op.CREATE_POST, Op.DELETE_POST, Op.MEDIA_METADATA}


def is_write(op: Op) -> bool:
    return op in WRITE_OPS


def read_unit_price(op: Op, resource: Resource, *, app_owner: bool = False) -> int:
    """Price of one resource returned by a read `op`; `app_owner`: the user owns the developer app."""
    return OWNED_READ_PRICE if app_owner and op in OWNED_OPS else READ_PRICE[resource]


def write_price(op: Op, *, has_url: bool = False, is_reply: bool = False) -> int:
    """Price of one write request."""
    if op is Op.CREATE_POST:
        if has_url:
            return POST_WITH_URL_PRICE
        return SUMMONED_REPLY_PRICE if is_reply else POST_PRICE
    if op in (Op.RETWEET, Op.LIKE):
        return INTERACTION_PRICE
    if op is Op.UNRETWEET:
        return DELETE_INTERACTION_PRICE
    if op is Op.DELETE_POST:
        return CONTENT_MANAGE_PRICE
    if op is Op.MEDIA_METADATA:
        return MEDIA_METADATA_PRICE
    if op in UPLOAD_OPS:
        return MEDIA_UPLOAD_PRICE
    raise ValueError(f"{op} is not a write")


def utc_day(moment: datetime) -> date:
    return moment.astimezone(UTC).date()


def format_usd(micro: int) -> str:
    """`12_345` → `$0.012`; three decimals, as X's prices need them."""
    return f"${micro / MICRO:,.3f}"
