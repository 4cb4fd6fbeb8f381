"""The command-line views of issue 13, from the local store (blocking): the next session's queue, the radar's
spikes and open clocks, a draft's most similar company post; and `fetch_now`, the one round of reads that
`--fetch` asks for (its cost comes from the ledger).

The JSON field names are a contract (README): `queue_json` gives `{"items": [{"id", "author", "group",
"reasons", "urgent", "respond_by", "overdue", "folded"}]}` in the order the session would show them (nothing is
marked read); `radar_json` gives `{"spikes": [{"term", "last_hour", "baseline", "post_ids"}], "clocks": [{"id",
"author", "group", "created_at", "respond_by", "overdue"}]}`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from exec_desk.backends.base import XBackend
from exec_desk.core import errors
from exec_desk.core.queue import build_queue
from exec_desk.core.signal.similarity import CompanyPost, Similar, most_similar
from exec_desk.services.radar.budget import watch_allowed
from exec_desk.services.radar.clocks import open_clocks
from exec_desk.services.radar.signals import attention_of, company_ids, load_signals, read_spikes
from exec_desk.services.radar.sources import company_names, sync_sources, watch_source
from exec_desk.services.session.persist import HORIZON, load_candidates
from exec_desk.services.sources import ensure_default_sources
from exec_desk.storage.ledger import Ledger
from exec_desk.storage.settings import COMPANY_SIMILARITY, SESSION_CAP, Settings
from exec_desk.storage.store import Store

#: How far back a company post counts as recent for the composer's and the dry run's check.
COMPANY_RECENT = timedelta(days=7)


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def queue_json(
    store: Store, account: str, settings: Settings, now: datetime, limit: int | None = None
) -> dict[str, Any]:
    """The next session's queue, as a session would build it now from the cache (nothing is marked read)."""
    signals = load_signals(store, account, settings, now)
    snapshot = load_candidates(store, account, since=now - HORIZON, signals=signals)
    build = build_queue(
        snapshot.candidates,
        snapshot.lookup,
        cap=settings.value(SESSION_CAP) if limit is None else limit,
        seen=snapshot.seen,
        own_user_id=signals.user_id or None,
        attention=attention_of(signals),
    )
    return {
        "items": [
            {
                "id": item.post.id,
                "author": item.author.username if item.author else None,
                "group": item.group_name,
                "reasons": [str(r) for r in item.attention.reasons],
                "urgent": item.attention.urgent,
                "respond_by": _iso(item.attention.respond_by),
                "overdue": item.attention.respond_by is not None and now > item.attention.respond_by,
                "folded": item.folded,
            }
            for item in build.items
        ]
    }


def radar_json(store: Store, account: str, settings: Settings, now: datetime) -> dict[str, Any]:
    """The spikes of the last hour and the clocks still running."""
    running = open_clocks(store, account, settings, now)
    users = store.posts.users(account, sorted({c.author_id for c in running}))
    return {
        "spikes": [
            {"term": s.term, "last_hour": s.last_hour, "baseline": s.baseline, "post_ids": list(s.post_ids)}
            for s in read_spikes(store, account, settings, now)
        ],
        "clocks": [
            {
                "id": c.post_id,
                "author": users[c.author_id].username if c.author_id in users else None,
                "group": c.group,
                "created_at": c.created_at.isoformat(),
                "respond_by": _iso(c.respond_by),
                "overdue": c.overdue(now),
            }
            for c in running
        ],
    }


def company_posts(store: Store, account: str, settings: Settings, now: datetime) -> list[CompanyPost]:
    """The company accounts' recent original posts, newest first."""
    ids = company_ids(store, account, settings)
    if not ids:
        return []
    users = store.posts.users(account, sorted(ids))
    return [
        CompanyPost(p.id, p.text, users[p.author_id].username if p.author_id in users else "")
        for p in store.signal.posts_by(account, sorted(ids), now - COMPANY_RECENT)
    ]


def similar_company_post(store: Store, account: str, settings: Settings, text: str, now: datetime) -> Similar | None:
    """The recent company post `text` repeats, if any (above the `company_similarity` setting)."""
    if not company_names(settings):
        return None
    return most_similar(text, company_posts(store, account, settings, now), settings.value(COMPANY_SIMILARITY))


@dataclass(frozen=True, slots=True)
class Fetched:
    """What `fetch_now` did: sources read, new posts, what it cost, and the sources that failed (their words)."""

    sources: int
    new_posts: int
    cost_micro: int
    failures: tuple[str, ...] = ()
    first_run: bool = False


def fetch_now(
    store: Store, ledger: Ledger, backend: XBackend, account: str, settings: Settings, now: datetime
) -> Fetched:
    """One round of reads of every source, as a session would (an account without groups first gets the groups
    and sources the first-run dialog would propose: two owned reads of its lists). Blocking."""
    from exec_desk.services.fetcher import FetchLimits, fetch_source  # Qt's core: only when fetching
    from exec_desk.services.radar.poller import WATCH_LIMITS

    before = ledger.total(account, now - timedelta(days=1))
    first_run = ensure_default_sources(store, account, backend) is not None
    sync_sources(store, account, settings)
    groups = {g.id: g for g in store.groups.all(account)}
    cap = settings.value(SESSION_CAP)
    watch = watch_source(store, account)
    read = new = 0
    failures: list[str] = []
    for source in store.sources.all(account):
        if source.gone_at is not None:
            continue
        if watch is not None and source.id == watch.id and not watch_allowed(store, account, settings, now):
            failures.append(f"{source.label}: its share of the monthly budget is spent")
            continue
        group = groups.get(source.group_id or 0)
        quota = group.quota if group is not None else 0
        limits, wanted = FetchLimits(), (min(quota, cap) if quota else cap)
        wanted_posts: int | None = wanted
        if watch is not None and source.id == watch.id:  # counted whole, as the radar does: a spike is many posts
            limits, wanted_posts = WATCH_LIMITS, None
        try:
            result = fetch_source(store, backend, account, source, lambda: now, limits, wanted_posts)
        except errors.XError as error:
            failures.append(f"{source.label or source.kind.value}: {error.user_message}")
            continue
        read += 1
        new += len(result.new_ids)
    cost = ledger.total(account, now - timedelta(days=1)) - before
    return Fetched(read, new, cost, tuple(failures), first_run)
