"""X's 2026 pay-per-use price table and the rules that turn one API call into a price.

Prices are integers in micro-dollars (1 USD = 1_000_000) so sums never drift. Reads are charged per resource
returned, once per resource per UTC day; "owned reads" (the user's own posts, mentions and lists) cost less.
Writes are charged per request. Source: ../shared/reference/X-API-NOTES.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
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
    USER_POSTS = "user_posts"
    OWN_POSTS = "own_posts"
    OWNED_LISTS = "owned_lists"
    FOLLOWED_LISTS = "followed_lists"
    RETWEET = "retweet"
    UNRETWEET = "unretweet"
    LIKE = "like"
    CREATE_POST = "create_post"
    DELETE_POST = "delete_post"
    MEDIA_UPLOAD = "media_upload"
    MEDIA_METADATA = "media_metadata"


class Resource(StrEnum):
    """Kinds of resource a read is charged for."""

    POST = "post"
    USER = "user"
    LIST = "list"


READ_PRICE: Mapping[Resource, int] = {Resource.POST: 5_000, Resource.USER: 10_000, Resource.LIST: 5_000}
OWNED_READ_PRICE = 1_000
#: Reads of the user's own data through their own app.
OWNED_OPS = frozenset({Op.ME, Op.MENTIONS, Op.OWN_POSTS, Op.OWNED_LISTS, Op.FOLLOWED_LISTS})
POST_PRICE = 15_000
POST_WITH_URL_PRICE = 200_000
SUMMONED_REPLY_PRICE = 10_000
INTERACTION_PRICE = 15_000
DELETE_INTERACTION_PRICE = 10_000
MEDIA_METADATA_PRICE = 5_000
#: Media upload is not in X's table: recorded at zero so the ledger still counts the call.
MEDIA_UPLOAD_PRICE = 0

WRITE_OPS = frozenset(
    {Op.RETWEET, Op.UNRETWEET, Op.LIKE, Op.CREATE_POST, Op.DELETE_POST, Op.MEDIA_UPLOAD, Op.MEDIA_METADATA}
)


def is_write(op: Op) -> bool:
    return op in WRITE_OPS


def read_unit_price(op: Op, resource: Resource) -> int:
    """Price of one resource returned by a read `op`."""
    return OWNED_READ_PRICE if op in OWNED_OPS else READ_PRICE[resource]


def write_price(op: Op, *, has_url: bool = False, is_reply: bool = False) -> int:
    """Price of one write request."""
    if op is Op.CREATE_POST:
        if has_url:
            return POST_WITH_URL_PRICE
        return SUMMONED_REPLY_PRICE if is_reply else POST_PRICE
    if op in (Op.RETWEET, Op.LIKE):
        return INTERACTION_PRICE
    if op in (Op.UNRETWEET, Op.DELETE_POST):
        return DELETE_INTERACTION_PRICE
    if op is Op.MEDIA_METADATA:
        return MEDIA_METADATA_PRICE
    if op is Op.MEDIA_UPLOAD:
        return MEDIA_UPLOAD_PRICE
    raise ValueError(f"{op} is not a write")


def utc_day(moment: datetime) -> date:
    return moment.astimezone(UTC).date()


def format_usd(micro: int) -> str:
    """`12_345` → `$0.012`; three decimals, as X's prices need them."""
    return f"${micro / MICRO:,.3f}"


@dataclass
class ChargeBook:
    """In-memory pricing of calls with X's once-per-UTC-day rule for reads.

    The fake server uses it for its request log; the app's durable ledger applies the same rule in SQL.
    """

    charged: set[tuple[date, str, Resource, str]] = field(default_factory=set)

    def price_read(self, op: Op, resources: Mapping[Resource, Iterable[str]], at: datetime, account: str = "") -> int:
        day = utc_day(at)
        total = 0
        for kind, ids in resources.items():
            for rid in ids:
                key = (day, account, kind, rid)
                if key not in self.charged:
                    self.charged.add(key)
                    total += read_unit_price(op, kind)
        return total
