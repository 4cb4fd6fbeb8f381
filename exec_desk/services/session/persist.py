"""What a review session reads from and writes to the store, as blocking functions for the task runner.

`open_session` records the session's start, reads the account's signals (what needs the executive: see
`services.radar.signals`; with `focus`, the spike the session was opened on), builds its first queue from the
cache and tells the month's spend
(`over_budget` says when it has reached the monthly budget: the session then shows the cache and fetches
nothing); `grow_queue` builds the items to append after a fetch; `close_session` writes the counts and the cost
(from the ledger) to the session log and makes the summary. `load_candidates` reads the unread cached posts of
every source with the objects they refer to.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from exec_desk.backends.base import XBackend
from exec_desk.core.i18n import QT_TRANSLATE_NOOP, Amount, Message, Phrase
from exec_desk.core.models import Post
from exec_desk.core.pricing import Op, write_price
from exec_desk.core.queue import Candidate, GroupInfo, Lookup, QueueBuild, SessionSummary, build_queue
from exec_desk.core.signal.radar import Spike
from exec_desk.core.signal.reasons import Signals
from exec_desk.services.radar.clocks import clocks, handled_by
from exec_desk.services.radar.signals import attention_of, load_signals, read_spikes
from exec_desk.services.radar.sources import sync_sources
from exec_desk.services.sources import ensure_default_sources
from exec_desk.storage.ledger import Ledger
from exec_desk.storage.records import OutboxState, SessionRecord, SourceKind
from exec_desk.storage.settings import Settings
from exec_desk.storage.store import Store

OVER_BUDGET = QT_TRANSLATE_NOOP(
    "Session",
    "Monthly API budget reached ({spent} of {budget}): nothing new is fetched; raise the budget in Settings",
)
#: Unread cached posts read per source when building a queue (newest first).
PER_SOURCE = 200
#: How far back a session looks for unread posts: a week-old post is rarely worth five minutes, and the query for
#: unread posts then stops at that age instead of walking a cache that is mostly read.
HORIZON = timedelta(days=7)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Unread candidates, what they refer to, and which of the retweeted originals were already read."""

    candidates: list[Candidate]
    lookup: Lookup
    seen: frozenset[str]


@dataclass(frozen=True, slots=True)
class GrowRequest:
    """What the session already shows, so a new build only adds to it."""

    cap: int
    exclude: frozenset[str] = frozenset()
    exclude_links: frozenset[str] = frozenset()
    quota_used: Mapping[int, int] | None = None
    own_user_id: str | None = None
    reserved: tuple[GroupInfo, ...] = ()
    strict: bool = False  # see `build_queue`
    reserve_all: bool = False  # keep room for every group with a source (they are about to be fetched)
    since: datetime | None = None  # only posts created since then (`HORIZON` before now)
    signals: Signals | None = None  # what needs the executive comes first (see `core.signal.reasons`)


@dataclass(frozen=True, slots=True)
class Opened:
    """A session just recorded, the account's username, the group of each source, and its first queue."""

    record: SessionRecord
    username: str
    source_groups: dict[int, GroupInfo]
    build: QueueBuild
    month_spent_micro: int = 0  # what the account's calls cost since the start of the month (UTC)
    signals: Signals | None = None
    focus: Spike | None = None  # the spike the session was opened on, as read now


def source_groups(store: Store, account: str) -> dict[int, GroupInfo]:
    """The group of each source that has one."""
    groups = {g.id: GroupInfo(g.id, g.name, g.priority, g.quota, g.position) for g in store.groups.all(account)}
    return {
        s.id: groups[s.group_id] for s in store.sources.all(account) if s.group_id is not None and s.group_id in groups
    }


def load_candidates(
    store: Store,
    account: str,
    *,
    per_source: int = PER_SOURCE,
    since: datetime | None = None,
    signals: Signals | None = None,
) -> Snapshot:
    """The unread posts of every source in a group, and, with `signals`, the read mentions still waiting for an
    answer (a response clock no reply, retweet or dismissal has stopped): seen is not answered. Those come under
    their author's group (a client's mention under Clients, as when it was new)."""
    groups = source_groups(store, account)
    by_name = {g.name: g for g in groups.values()}
    candidates: list[Candidate] = []
    for source in store.sources.all(account):
        group = groups.get(source.id)
        if group is None:
            continue
        posts = store.posts.posts_for_sources(account, [source.id], unread_only=True, limit=per_source, since=since)
        candidates.extend(Candidate(p, group, source.kind.value, source.label) for p in posts)
        if signals is not None and source.kind is SourceKind.MENTIONS:
            for post, name in _still_waiting(store, account, source.id, signals, per_source, since):
                candidates.append(Candidate(post, by_name.get(name, group), source.kind.value, source.label))
    originals = {c.post.retweet_of for c in candidates if c.post.retweet_of}
    wanted = originals | {c.post.quote_of for c in candidates if c.post.quote_of}
    refs = store.posts.get_many(account, sorted(wanted)) if wanted else {}
    second = {p.quote_of for p in refs.values() if p.quote_of and p.quote_of not in refs}
    if second:
        refs.update(store.posts.get_many(account, sorted(second)))
    everything = [c.post for c in candidates] + list(refs.values())
    users = store.posts.users(account, sorted({p.author_id for p in everything}))
    media = store.posts.media(account, sorted({k for p in everything for k in p.media_keys}))
    unread = set(store.reads.filter_unread(account, sorted(originals)))
    return Snapshot(candidates, Lookup(refs, users, media), frozenset(originals - unread))


def _still_waiting(
    store: Store, account: str, source_id: int, signals: Signals, limit: int, since: datetime | None
) -> list[tuple[Post, str]]:
    """The read posts of a mentions source that still get a response clock, with their author's group, unless the
    handled log has closed it."""
    read = [
        (p, signals.author_groups.get(p.author_id, ""))
        for p in store.posts.posts_for_sources(account, [source_id], read_only=True, limit=limit, since=since)
        if signals.attention(p, via_mentions=True).respond_by is not None
    ]
    handled = store.signal.handled(account, [p.id for p, _group in read]) if read else {}
    return [(p, group) for p, group in read if p.id not in handled]


@dataclass(frozen=True, slots=True)
class Grown:
    """What `grow_queue` built, and the signals it built with (its authors' roles read again: see there)."""

    build: QueueBuild
    signals: Signals | None = None


def grow_queue(store: Store, account: str, request: GrowRequest, *, roles: bool = True) -> Grown:
    """The items to add after a fetch. The authors' roles are read again first (unless `roles` is False: the
    signals were just read): a list fetched since (a session's first, on a new account) makes its authors
    journalists or clients, and their mentions get a clock."""
    signals = request.signals
    if signals is not None and roles:
        signals = replace(signals, author_groups=store.signal.author_groups(account))
    if request.cap <= 0:  # the queue is full: only the roles
        return Grown(QueueBuild([], {}, {}), signals)
    snapshot = load_candidates(store, account, since=request.since, signals=signals)
    reserved = tuple(dict.fromkeys(source_groups(store, account).values())) if request.reserve_all else request.reserved
    build = build_queue(
        snapshot.candidates,
        snapshot.lookup,
        cap=request.cap,
        seen=snapshot.seen,
        exclude=request.exclude,
        exclude_links=request.exclude_links,
        quota_used=request.quota_used,
        own_user_id=request.own_user_id,
        reserved=reserved,
        strict=request.strict,
        attention=None if signals is None else attention_of(signals),
    )
    return Grown(build, signals)


def open_session(
    store: Store,
    account: str,
    started_at: datetime,
    planned_seconds: int,
    request: GrowRequest,
    *,
    setup_with: XBackend | None = None,
    ledger: Ledger | None = None,
    settings: Settings | None = None,
    focus: str | None = None,
) -> Opened:
    """Record the session and build its first queue. With `setup_with`, an account without any group first gets
    the default groups and sources (two owned reads of its X Lists; see `services.sources`). With `ledger`, it
    also says what the month has cost so far. With `settings`, the sources of the radar and the company are kept
    in step with them and the queue is ordered by the account's signals (`focus`: a spike term first)."""
    record = store.sessions.start(account, started_at, planned_seconds)
    if setup_with is not None and not store.groups.all(account):
        ensure_default_sources(store, account, setup_with)
    signals = spike = None
    if settings is not None:
        sync_sources(store, account, settings)
        signals = load_signals(store, account, settings, started_at, focus=focus)
        request = replace(request, signals=signals)
        if focus is not None:
            spike = next((s for s in read_spikes(store, account, settings, started_at) if s.term == focus), None)
    found = store.accounts.get(account)
    username = found.username if found else ""
    spent = 0 if ledger is None else ledger.total(account, since=month_start(started_at))
    build = grow_queue(store, account, request, roles=False).build
    return Opened(record, username, source_groups(store, account), build, spent, signals, spike)


def over_budget(spent_micro: int, budget_micro: int) -> Message | None:
    """What a session says instead of fetching when the month's spend has reached the budget (0: no budget)."""
    if not budget_micro or spent_micro < budget_micro:
        return None
    return Message(Phrase.of("Session", OVER_BUDGET, spent=Amount(spent_micro), budget=Amount(budget_micro)))


def month_start(moment: datetime) -> datetime:
    """The start of `moment`'s month, in UTC (X bills by calendar month)."""
    return moment.astimezone(UTC).replace(day=1, hour=0, minute=0, second=0, microsecond=0)


@dataclass(frozen=True, slots=True)
class Closing:
    """A session as it ended: `cutoff` is when the end was noticed; `released` the retweets sent at the end."""

    session_id: int
    started_at: datetime
    ended_at: datetime
    cutoff: datetime
    planned_seconds: int
    read: int
    amplified: int
    posted: int
    released: tuple[str, ...] = ()
    shown: int = 0


def close_session(
    store: Store,
    ledger: Ledger,
    account: str,
    closing: Closing,
    *,
    budget_micro: int = 0,
    settings: Settings | None = None,
) -> SessionSummary:
    """Write the session's counts, end and cost to the session log; return its summary.

    The summary also tells what the account spent since the start of the month (UTC), against `budget_micro`,
    and, with `settings`, the response clocks: handled in time during the session, and overdue.

    The cost is the ledger's calls from the start to `cutoff` (inclusive), plus the price of each retweet
    released at the end that the ledger does not show as sent yet: it is on its way.
    """
    calls = ledger.calls(account, closing.started_at, closing.cutoff + timedelta(microseconds=1))
    sent = {c.ref for c in calls if c.op == Op.RETWEET.value and 200 <= c.status < 300}
    cost = sum(c.price_micro for c in calls) + write_price(Op.RETWEET) * len(set(closing.released) - sent)
    if closing.session_id > 0:
        with store.transaction():
            store.sessions.add_counts(
                closing.session_id, read=closing.read, amplified=closing.amplified, posted=closing.posted
            )
            store.sessions.end(closing.session_id, closing.ended_at, cost_micro=cost, shown_count=closing.shown)
    month = ledger.total(account, since=month_start(closing.ended_at)) + cost - sum(c.price_micro for c in calls)
    summary = summary_of(closing, cost, month_cost=max(month, cost), budget=budget_micro)
    if settings is None:
        return summary
    in_time, overdue = clock_counts(store, account, settings, closing)
    return replace(summary, clocks_in_time=in_time, clocks_overdue=overdue)


def clock_counts(store: Store, account: str, settings: Settings, closing: Closing) -> tuple[int, int]:
    """(handled in time during the session, overdue now or handled late during it): a retweet or a reply queued
    during the session counts as handled when it was asked for (it is sent a moment later)."""
    acted: dict[str, datetime] = {}
    for item in store.outbox.all(account):
        found = handled_by(item.payload)
        if found is not None and item.state is not OutboxState.FAILED and closing.started_at <= item.created_at:
            acted.setdefault(found[0], item.created_at)
    in_time = overdue = 0
    for clock in clocks(store, account, settings, closing.cutoff):
        done = clock.handled_at or acted.get(clock.post_id)
        if done is not None and done >= closing.started_at:
            late = clock.respond_by is not None and done > clock.respond_by
            overdue += late
            in_time += not late
        elif done is None and clock.overdue(closing.cutoff):
            overdue += 1
    return in_time, overdue


def summary_of(closing: Closing, cost: int, *, month_cost: int = 0, budget: int = 0) -> SessionSummary:
    return SessionSummary(
        session_id=closing.session_id,
        started_at=closing.started_at,
        ended_at=closing.ended_at,
        planned_seconds=closing.planned_seconds,
        used_seconds=round((closing.ended_at - closing.started_at).total_seconds()),
        read_count=closing.read,
        amplified_count=closing.amplified,
        posted_count=closing.posted,
        cost_micro=cost,
        month_cost_micro=month_cost,
        month_budget_micro=budget,
        shown_count=max(closing.shown, closing.read),
    )


def member_ids(members: Mapping[str, Collection[str]]) -> frozenset[str]:
    return frozenset(i for ids in members.values() for i in ids)
