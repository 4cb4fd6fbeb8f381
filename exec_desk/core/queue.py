"""The review queue of a session: its items and the pure function that builds it from cached posts.

`build_queue` takes candidates (a post and the group/source that brought it), drops what was already seen or is
the user's own, folds duplicates (a retweet into its original, which then carries `retweeted_by`; several posts of
the same link, or of the same words, into the best-ranked one, which counts `duplicates`), orders by group
priority then recency and stops at the cap, honouring each group's quota. Pure Python, no I/O: 10,000
candidates take a few milliseconds.

With `attention` (see `core.signal.reasons`), each item also carries its reasons, urgency and response clock,
and what needs the executive comes first: open clocks (earliest deadline first), then spikes, then company posts
not amplified yet, then the groups by priority and quota. Those first items take no group's quota.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from urllib.parse import parse_qsl, urlencode

from exec_desk.core.i18n import Message, Phrase
from exec_desk.core.models import Media, Post, User
from exec_desk.core.signal.reasons import Attention

#: Hosts whose links are X's own (quoted posts, photo pages): never treated as "the same link".
X_HOSTS = frozenset({"x.com", "twitter.com", "mobile.twitter.com", "t.co", "mobile.x.com"})
_URL = re.compile(r"\s*[A-Za-z][\w+.-]*://(?:[^@/?#]*@)?([^/?#:]+)(?::\d*)?([^?#]*)(?:\?([^#]*))?")
_TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ref_src", "s", "t")
_ANY_URL = re.compile(r"\b[A-Za-z][\w+.-]*://\S+")
_WORD = re.compile(r"\w+")
#: Posts whose words (links left out) are the same fold into one from this many characters: the same long text
#: from several accounts is a campaign or a copy; two short "Congratulations!" are two people.
SAME_WORDS_MIN = 30


class ActionState(StrEnum):
    """What happened to an item's retweet (the only one-key action)."""

    NONE = "none"
    PENDING = "pending"  # optimistic: shown as "Retweeted", not sent yet (undo window) or being sent
    DONE = "done"
    FAILED = "failed"
    FORBIDDEN = "forbidden"


@dataclass(frozen=True, slots=True)
class QueueItem:
    """One post of the session queue, with everything the view paints."""

    post: Post  # for a retweet, the ORIGINAL post
    author: User | None
    group_id: int
    group_name: str  # stored in English: show it with `exec_desk.ui.i18n.group_name`
    reason: str  # a `Message` when built by `reason_for`: show it with `exec_desk.ui.i18n.message_text`
    media: tuple[Media, ...] = ()
    retweeted_by: tuple[User, ...] = ()
    duplicates: int = 0
    quoted: Post | None = None
    quoted_author: User | None = None
    url: str = ""
    #: Why it is here (`core.signal.reasons.Reason` codes), how soon it needs the executive, and by when to
    #: answer it (a response clock; None: none).
    attention: Attention = field(default_factory=Attention)
    #: How many other posts it stands for (retweets, copies of the same link or words).
    folded: int = 0


@dataclass(frozen=True, slots=True)
class SessionSummary:
    """What a session did and cost; `cost_micro` comes from the API-cost ledger."""

    session_id: int
    started_at: datetime
    ended_at: datetime
    planned_seconds: int
    used_seconds: int
    read_count: int
    amplified_count: int
    posted_count: int
    cost_micro: int
    #: What the account's calls cost since the start of the month (UTC), this session included.
    month_cost_micro: int = 0
    #: The user's monthly API budget (`monthly_budget_usd`); 0: none.
    month_budget_micro: int = 0
    #: Response clocks: mentions handled in time during the session, and mentions past their deadline (still
    #: waiting, or handled late during the session).
    clocks_in_time: int = 0
    clocks_overdue: int = 0

    #: Posts the session showed; those not read (`shown_count - read_count`) come back in the next session.
    shown_count: int = 0


_PLAIN = Attention()


@dataclass(frozen=True, slots=True)
class GroupInfo:
    """A group as the queue needs it: higher `priority` first; `quota` caps its items per session (0: no cap)."""

    id: int
    name: str
    priority: int = 0
    quota: int = 0
    position: int = 0


@dataclass(frozen=True, slots=True)
class Candidate:
    """A cached post and where it came from. `source_kind`: list, user, search, home or mentions."""

    post: Post
    group: GroupInfo
    source_kind: str
    source_label: str = ""


@dataclass(frozen=True, slots=True)
class Lookup:
    """Cached objects the items refer to: originals of retweets, quoted posts, users and media."""

    posts: Mapping[str, Post] = field(default_factory=dict)
    users: Mapping[str, User] = field(default_factory=dict)
    media: Mapping[str, Media] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class QueueBuild:
    """The result of `build_queue`.

    `members` maps each item's post id to every post id it stands for (itself, folded retweets and same-link
    posts): marking an item read marks them all. `links` holds the keys of the items' links and words (see
    `link_key`, `words_key`), to fold later posts into them.
    """

    items: list[QueueItem]
    members: dict[str, tuple[str, ...]]
    links: dict[str, str]


@dataclass(slots=True)
class _Slot:
    candidate: Candidate
    shown: Post
    members: list[str]
    retweeters: list[str] = field(default_factory=list)
    duplicates: int = 0
    attention: Attention = field(default_factory=Attention)


#: A candidate's attention, given the post it shows (a retweet's original).
AttentionOf = Callable[[Candidate, Post], Attention]


def post_url(post: Post, author: User | None) -> str:
    """The post on x.com."""
    return f"https://x.com/{author.username if author else 'i'}/status/{post.id}"


def link_key(post: Post) -> str | None:
    """The first outside link of a post, normalised (scheme, `www.`, tracking parameters, trailing slash)."""
    for url in post.urls:
        match = _URL.match(url)
        if match is None:
            continue
        host, path, query = match.groups()
        host = host.lower()
        if host.startswith("www."):
            host = host[4:]
        if host in X_HOSTS:
            continue
        path = path.rstrip("/") or "/"
        if query:
            kept = [(k, v) for k, v in parse_qsl(query) if not k.lower().startswith(_TRACKING)]
            if kept:
                return f"//{host}{path}?{urlencode(sorted(kept))}"
        return f"//{host}{path}"
    return None


def words_key(post: Post) -> str | None:
    """The post's words, links left out, lower case, for folding copies together; None when too short."""
    if len(post.text) < SAME_WORDS_MIN:
        return None
    words = " ".join(_WORD.findall(_ANY_URL.sub(" ", post.text).casefold()))
    return f"words:{words}" if len(words) >= SAME_WORDS_MIN else None


def reason_for(candidate: Candidate, retweeter: User | None = None) -> str:
    """A short "why it is here": a `Message` (English text the UI shows in the user's language)."""
    label, kind = candidate.source_label, candidate.source_kind
    group = Phrase("Groups", candidate.group.name)  # a default group's name is translated, a user's own is not
    parts: list[Phrase | str] = []
    if kind == "mentions":
        parts.append(Phrase.of("Reasons", "Mentions you"))
    elif kind == "list" and label:
        parts.append(Phrase.of("Reasons", "{group} · list {label}", group=group, label=label))
    elif kind == "search":
        parts.append(Phrase.of("Reasons", "{group} · search “{label}”", group=group, label=label))
    elif kind in ("list", "user"):
        parts += [group, label] if label else [group]
    elif candidate.group.name.casefold() == "home":
        parts.append(Phrase.of("Reasons", "From your home timeline"))
    else:
        parts.append(Phrase.of("Reasons", "{group} · home timeline", group=group))
    if retweeter is not None:
        parts.append(Phrase.of("Reasons", "retweeted by @{username}", username=retweeter.username))
    return Message(*parts)


def _ranked(candidates: Iterable[Candidate], attention: Mapping[int, Attention]) -> list[Candidate]:
    """Attention first (a higher level, then the earliest deadline), then group priority (higher first), then
    group position, then newest first (ties: larger id first)."""

    def rank(candidate: Candidate) -> tuple[int, float, float, tuple[int, int, int]]:
        seen = attention.get(id(candidate))
        group = candidate.group
        order = (-group.priority, group.position, group.id)
        if seen is None or not seen.level:
            return (0, 0.0, 0.0, order)  # then newest first (the stable sort below keeps that order)
        # within a level: the earliest deadline, then newest first; the same post through two groups: the higher
        due = seen.respond_by.timestamp() if seen.respond_by is not None else math.inf
        return (-int(seen.level), due, -candidate.post.created_at.timestamp(), order)

    ranked = sorted(candidates, key=_recency, reverse=True)
    ranked.sort(key=rank)  # stable: newest first within each rank
    return ranked


def _recency(candidate: Candidate) -> tuple[datetime, int, str]:
    post_id = candidate.post.id
    return (candidate.post.created_at, len(post_id), post_id)


def build_queue(
    candidates: Iterable[Candidate],
    lookup: Lookup,
    *,
    cap: int,
    seen: Container[str] = frozenset(),
    exclude: Container[str] = frozenset(),
    exclude_links: Container[str] = frozenset(),
    quota_used: Mapping[int, int] | None = None,
    own_user_id: str | None = None,
    reserved: Sequence[GroupInfo] = (),
    strict: bool = False,
    attention: AttentionOf | None = None,
) -> QueueBuild:
    """Build (or grow) a queue of at most `cap` items.

    `seen`: post ids already read. `exclude`/`exclude_links`: post ids and link keys already in the queue (when
    growing it). `quota_used`: items each group already has. `own_user_id`: the user's own posts are left out.
    `reserved`: groups whose posts are still being fetched: a group ranked below one of them only takes the
    slots that group's quota leaves free (all of them if it has no quota, or if `strict`: then nothing of a lower
    group is added before the higher groups are in), so the queue keeps its priorities while it fills.
    """
    used = dict(quota_used or {})

    def room_kept(group: GroupInfo) -> int:
        rank = (-group.priority, group.position, group.id)
        kept = 0
        for other in reserved:
            if other.id != group.id and (-other.priority, other.position, other.id) < rank:
                if strict or not other.quota:
                    return cap
                kept += max(0, other.quota - used.get(other.id, 0))
        return kept

    slots: dict[str, _Slot] = {}
    by_link: dict[str, str] = {}
    rejected: set[str] = set()
    order: list[str] = []
    pool = list(candidates)
    noticed: dict[int, Attention] = {}
    if attention is not None:
        for candidate in pool:
            post = candidate.post
            original = lookup.posts.get(post.retweet_of) if post.retweet_of else None
            noticed[id(candidate)] = attention(candidate, original or post)
    for candidate in _ranked(pool, noticed):
        post = candidate.post
        if post.id in seen or post.id in exclude or post.author_id == own_user_id:
            continue
        original = lookup.posts.get(post.retweet_of) if post.retweet_of else None
        shown = original or post
        heeded = noticed.get(id(candidate), _PLAIN)
        key = shown.id
        if key in rejected or key in exclude or key in seen or shown.author_id == own_user_id:
            continue
        slot = slots.get(key)
        link, words = link_key(shown), words_key(shown)  # the same link, or the same words: the same for a reader
        if slot is None and (link or words):
            if (link and link in exclude_links) or (words and words in exclude_links):
                continue
            holder = by_link.get(link) if link else None
            if holder is None and words:
                holder = by_link.get(words)
            if holder is not None:  # another post of the same link or words: fold it into the holder
                slot = slots[holder]
                if key not in slot.members:
                    slot.members.append(key)
                    slot.duplicates += 1
                if post.id not in slot.members:
                    slot.members.append(post.id)
                continue
        if slot is not None:
            if post.id not in slot.members:
                slot.members.append(post.id)
            if original is not None and post.author_id not in slot.retweeters:
                slot.retweeters.append(post.author_id)
            continue
        quota = 0 if heeded.level else candidate.group.quota  # what needs the executive takes no group's quota
        full = len(order) >= cap or (quota and used.get(candidate.group.id, 0) >= quota)
        if full or (reserved and not heeded.level and len(order) + room_kept(candidate.group) >= cap):
            rejected.add(key)
            continue
        if not heeded.level:
            used[candidate.group.id] = used.get(candidate.group.id, 0) + 1
        members = [key] if post.id == key else [key, post.id]
        retweeters = [post.author_id] if original is not None else []
        slots[key] = _Slot(candidate, shown, members, retweeters, attention=heeded)
        if link:
            by_link.setdefault(link, key)
        if words:
            by_link.setdefault(words, key)
        order.append(key)
    return QueueBuild(
        items=[_item(slots[key], lookup) for key in order],
        members={key: tuple(slots[key].members) for key in order},
        links={link: key for link, key in by_link.items()},
    )


def _item(slot: _Slot, lookup: Lookup) -> QueueItem:
    shown = slot.shown
    author = lookup.users.get(shown.author_id)
    retweeters = tuple(u for u in (lookup.users.get(uid) for uid in slot.retweeters) if u is not None)
    quoted = lookup.posts.get(shown.quote_of) if shown.quote_of else None
    return QueueItem(
        post=shown,
        author=author,
        group_id=slot.candidate.group.id,
        group_name=slot.candidate.group.name,
        reason=reason_for(slot.candidate, retweeters[0] if retweeters else None),
        media=tuple(m for m in (lookup.media.get(k) for k in shown.media_keys) if m is not None),
        retweeted_by=retweeters,
        duplicates=slot.duplicates,
        quoted=quoted,
        quoted_author=lookup.users.get(quoted.author_id) if quoted else None,
        url=post_url(shown, author),
        attention=slot.attention,
        folded=len(slot.members) - 1,
    )
