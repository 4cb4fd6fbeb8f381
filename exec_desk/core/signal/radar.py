"""The radar: posts per watched term and hour against a baseline, and the rule that calls a spike.

The last hour is `(now - 1 h, now]`. Its baseline is the mean count of the same hour on the last weekdays (up
to five, same kind of day: weekdays with weekdays) when the history reaches back to them, else the mean of the
previous 12 hours (only the hours the history covers). The history is where the posts are held whole: since
`history_since`, and within `held` (the spans read whole) when given. With no such hour the baseline is unknown
(None), and an unknown baseline is never a spike: a first reading (a cold start) cannot tell a name that is always
talked about from a crisis. A spike is at least `min_posts` posts in the
last hour and at least `factor` times the baseline (the `radar_spike_posts` and `radar_spike_factor` settings:
10 and 4×). Retweets are not counted: a spike is people writing, not one post passed around.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from exec_desk.core.signal.watch import WatchList

HOUR = timedelta(hours=1)
#: Hours before the last one that make the baseline without a history of weekdays.
PREVIOUS_HOURS = 12
#: Weekdays whose same hour makes the baseline when the history reaches back to them.
WEEKDAYS = 5
#: A span of time whose posts are held whole: (start, end].
Span = tuple[datetime, datetime]


@dataclass(frozen=True, slots=True)
class SpikeRule:
    """At least `min_posts` in the last hour, and at least `factor` times the baseline."""

    min_posts: int = 10
    factor: float = 4.0

    def is_spike(self, last_hour: int, baseline: float | None) -> bool:
        """None: the baseline is unknown (no hour of history): never a spike."""
        return baseline is not None and last_hour >= self.min_posts and last_hour >= self.factor * baseline


@dataclass(frozen=True, slots=True)
class WatchMark:
    """What the radar read of the watch search (`source_id`): everything up to `read_to` whole, its newest post
    `newest_id` (None: none), and the spans it holds whole (oldest first, merged, the last 8 days). Kept in the
    store, so that a restart does not read the hour and its baseline period again."""

    source_id: int
    read_to: datetime
    newest_id: str | None
    held: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Mention:
    """A post as the radar counts it."""

    post_id: str
    created_at: datetime
    text: str


@dataclass(frozen=True, slots=True)
class TermCount:
    """One term's last hour and its baseline (None: unknown); `post_ids` the posts of the last hour, newest first."""

    term: str
    last_hour: int
    baseline: float | None
    post_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Spike:
    """A term whose last hour broke the rule (see the module docstring)."""

    term: str
    last_hour: int
    baseline: float
    post_ids: tuple[str, ...]
    at: datetime  # the end of the hour counted (the time of the reading)


def _weekday_kind(moment: datetime) -> bool:
    return moment.weekday() < 5


def _within(start: datetime, end: datetime, held: Sequence[Span] | None) -> bool:
    return held is None or any(s <= start and end <= e for s, e in held)


def baseline_windows(now: datetime, history_since: datetime | None, held: Sequence[Span] | None = None) -> list[Span]:
    """The hours whose mean count is the baseline: the same hour of the last weekdays of the same kind when the
    history reaches back to one of them (those `held` whole, when given), else the previous 12 hours the history
    covers (up to the first one not held). None of them: the baseline is unknown."""
    if history_since is None:
        return []
    same_hour: list[Span] = []
    for days in range(1, 15):
        end = now - timedelta(days=days)
        if _weekday_kind(end) != _weekday_kind(now):
            continue
        if end - HOUR < history_since:
            break
        if not _within(end - HOUR, end, held):
            continue
        same_hour.append((end - HOUR, end))
        if len(same_hour) == WEEKDAYS:
            break
    if same_hour:
        return same_hour
    windows = []
    for hours in range(1, PREVIOUS_HOURS + 1):
        end = now - hours * HOUR
        if end - HOUR < history_since or not _within(end - HOUR, end, held):
            break
        windows.append((end - HOUR, end))
    return windows


def counts(
    posts: Iterable[Mention],
    watch: WatchList,
    now: datetime,
    history_since: datetime | None,
    held: Sequence[Span] | None = None,
) -> list[TermCount]:
    """The last hour of every term seen in it, with its baseline (None: unknown); most posts first."""
    windows = baseline_windows(now, history_since, held)
    last: dict[str, list[Mention]] = {}
    before: dict[str, int] = {}
    for post in posts:
        if post.created_at > now:
            continue
        terms = watch.terms_of(post.text)
        if not terms:
            continue
        if post.created_at > now - HOUR:
            for term in terms:
                last.setdefault(term, []).append(post)
        elif any(start < post.created_at <= end for start, end in windows):
            for term in terms:
                before[term] = before.get(term, 0) + 1
    result = []
    for term, found in last.items():
        found.sort(key=lambda p: (p.created_at, len(p.post_id), p.post_id), reverse=True)
        mean = round(before.get(term, 0) / len(windows), 2) if windows else None
        result.append(TermCount(term, len(found), mean, tuple(p.post_id for p in found)))
    result.sort(key=lambda c: (-c.last_hour, c.term))
    return result


def spikes(
    posts: Iterable[Mention],
    watch: WatchList,
    now: datetime,
    rule: SpikeRule,
    *,
    history_since: datetime | None,
    held: Sequence[Span] | None = None,
) -> list[Spike]:
    """The terms whose last hour is a spike; the most specific first ("Aldercrest recall" before "Aldercrest")
    when both are, then most posts first. No spike without a known baseline (see the module docstring)."""
    found = [
        Spike(c.term, c.last_hour, c.baseline, c.post_ids, now)
        for c in counts(posts, watch, now, history_since, held)
        if c.baseline is not None and rule.is_spike(c.last_hour, c.baseline)
    ]
    found.sort(key=lambda s: (-len(s.term.split()), -s.last_hour, s.term))
    return found


def spike_posts(found: Sequence[Spike]) -> dict[str, str]:
    """`{post id: term}`: the posts that are part of a spike, each under its most specific term."""
    posts: dict[str, str] = {}
    for spike in found:
        for post_id in spike.post_ids:
            posts.setdefault(post_id, spike.term)
    return posts
