"""What the queue's rules need to know of an account, read from the store (blocking: run it on the task runner).

`load_signals` gathers `core.signal.reasons.Signals`: who is who (the group whose lists bring an author's posts),
the user's own recent posts, the company accounts, the watch list, the posts of the spikes read now, the company
posts to offer again, and the response clock's settings. `attention_of(signals)` is what `core.queue.build_queue`
takes. `read_spikes` runs the radar over the cached posts.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from exec_desk.core.models import Post
from exec_desk.core.payloads import RetweetPayload
from exec_desk.core.queue import AttentionOf, Candidate
from exec_desk.core.signal.clocks import WorkingHours
from exec_desk.core.signal.radar import Mention, Span, Spike, SpikeRule, spike_posts, spikes
from exec_desk.core.signal.reasons import Attention, Signals
from exec_desk.services.radar.sources import company_names, watch_list
from exec_desk.storage.settings import (
    AMPLIFY_AFTER_HOURS,
    ANSWER_GROUPS,
    RADAR_SPIKE_FACTOR,
    RADAR_SPIKE_POSTS,
    RESPOND_WITHIN_HOURS,
    WORK_DAYS,
    WORK_END,
    WORK_START,
    Settings,
)
from exec_desk.storage.store import Store

#: How far back the radar reads cached posts: a week of the same hour, and a day.
RADAR_REACH = timedelta(days=8)
#: Own posts a reply may answer (older replies are rare, and a week is what a session shows).
OWN_REACH = timedelta(days=14)
#: A company post is offered again for two days after it became eligible.
COMPANY_REACH = timedelta(days=2)


def working_hours(settings: Settings) -> WorkingHours:
    days: list[int] = settings.value(WORK_DAYS)
    return WorkingHours.of(settings.value(WORK_START), settings.value(WORK_END), days)


def spike_rule(settings: Settings) -> SpikeRule:
    return SpikeRule(settings.value(RADAR_SPIKE_POSTS), settings.value(RADAR_SPIKE_FACTOR))


def company_ids(store: Store, account: str, settings: Settings) -> frozenset[str]:
    """The company accounts' user ids, as far as the cache knows them."""
    names = company_names(settings)
    return frozenset(store.signal.user_ids_by_name(account, names).values()) if names else frozenset()


def read_spikes(
    store: Store, account: str, settings: Settings, now: datetime, held: Sequence[Span] | None = None
) -> list[Spike]:
    """The spikes of the last hour, from the cached posts (most specific first). `held`: the spans the watch
    search was read whole (the radar's); without it the history runs from the oldest matching post cached."""
    watch = watch_list(settings)
    if not watch:
        return []
    posts = [p for p in store.signal.posts_between(account, now - RADAR_REACH, now + timedelta(seconds=1))
             if p.retweet_of is None]  # fmt: skip
    matching = [p for p in posts if watch.terms_of(p.text)]
    if held is None:
        history = min((p.created_at for p in matching), default=None)
    else:
        history = min((start for start, _end in held), default=None)
    mentions = (Mention(p.id, p.created_at, p.text) for p in matching)
    return spikes(mentions, watch, now, spike_rule(settings), history_since=history, held=held)


def unamplified(store: Store, account: str, settings: Settings, ids: frozenset[str], now: datetime) -> frozenset[str]:
    """Company posts older than `amplify_after_hours` (and younger than two days more) that the user has not
    retweeted, dismissed, or seen since they became eligible: offered once at the top of a session."""
    if not ids:
        return frozenset()
    after = timedelta(hours=settings.value(AMPLIFY_AFTER_HOURS))
    posts = [p for p in store.signal.posts_by(account, sorted(ids), now - after - COMPANY_REACH)
             if p.created_at <= now - after]  # fmt: skip
    if not posts:
        return frozenset()
    retweeted = {i.payload.post_id for i in store.outbox.all(account) if isinstance(i.payload, RetweetPayload)}
    handled = store.signal.handled(account, [p.id for p in posts])
    seen = store.signal.seen_at(account, [p.id for p in posts])
    return frozenset(
        p.id
        for p in posts
        if p.id not in retweeted and p.id not in handled and (p.id not in seen or seen[p.id] < p.created_at + after)
    )


def load_signals(store: Store, account: str, settings: Settings, now: datetime, *, focus: str | None = None) -> Signals:
    """The account's signals now. `focus`: a spike term whose posts come first (a session opened on a spike)."""
    found = store.accounts.get(account)
    user_id, username = (found.user_id, found.username) if found is not None else ("", "")
    ids = company_ids(store, account, settings)
    read = read_spikes(store, account, settings, now)
    return Signals(
        user_id=user_id,
        username=username,
        own_post_ids=frozenset(store.signal.own_post_ids(account, user_id, now - OWN_REACH))
        if user_id
        else frozenset(),
        author_groups=store.signal.author_groups(account),
        answer_groups=frozenset(str(g) for g in settings.value(ANSWER_GROUPS)),
        company_ids=ids,
        watch=watch_list(settings),
        spike_posts=spike_posts(read),
        unamplified=unamplified(store, account, settings, ids, now),
        hours=working_hours(settings),
        within=timedelta(hours=settings.value(RESPOND_WITHIN_HOURS)),
        focus_posts=frozenset(next((s.post_ids for s in read if s.term == focus), ())),
    )


def attention_of(signals: Signals) -> AttentionOf:
    """`build_queue`'s attention: a mention is a candidate brought by the mentions source."""

    def attention(candidate: Candidate, shown: Post) -> Attention:
        return signals.attention(shown, via_mentions=candidate.source_kind == "mentions")

    return attention
