"""The watch search's share of the monthly budget, and how often the radar may read between sessions.

X bills a recent search per post returned ($0.005, once a UTC day), so what the watch search spent this month is
estimated from the posts it brought that were created this month (a post also brought by another source the same
day was billed once: the estimate errs high, which is the safe side of a budget). The search runs only while that
is below `watch_budget_share` of `monthly_budget_usd` (no budget: no limit), paced by the day: what it brought
today (UTC, X's billing day) stays below the share divided by the month's working days, so a busy Monday cannot
spend the month (nor a busy morning the day's crisis: its pages are small, see `services.radar.poller`).

Mentions are an owned read, and a read that returns nothing costs nothing: the poller reads them every
`radar_poll_minutes` in working hours, stretched as the month's spend nears its pro-rata share of the budget
(twice the interval past it, four times past 90 % of the budget), and not at all once the budget is reached.
"""

from __future__ import annotations

import calendar
from datetime import UTC, datetime, timedelta

from exec_desk.core.pricing import MICRO, READ_PRICE, Resource
from exec_desk.services.radar.sources import watch_source
from exec_desk.storage.settings import (
    MONTHLY_BUDGET_USD,
    RADAR_POLL_MINUTES,
    WATCH_BUDGET_SHARE,
    WORK_DAYS,
    Settings,
)
from exec_desk.storage.store import Store


def month_start(now: datetime) -> datetime:
    return now.astimezone(UTC).replace(day=1, hour=0, minute=0, second=0, microsecond=0)


def watch_spent(store: Store, account: str, now: datetime) -> int:
    """What the watch search spent this month (micro-dollars, estimated: see the module docstring)."""
    source = watch_source(store, account)
    if source is None:
        return 0
    since = month_start(now)
    posts = store.posts.posts_for_sources(account, [source.id], limit=1_000_000, since=since)
    return len(posts) * READ_PRICE[Resource.POST]


def watch_share_micro(settings: Settings) -> int | None:
    """The watch search's share of the monthly budget; None: no budget, no limit."""
    budget = settings.value(MONTHLY_BUDGET_USD)
    return None if budget <= 0 else round(budget * settings.value(WATCH_BUDGET_SHARE) * MICRO)


def working_days_in_month(settings: Settings, now: datetime) -> int:
    """The working days (the `work_days` setting) of `now`'s month; at least one."""
    days: set[int] = {int(d) for d in settings.value(WORK_DAYS)}
    year, month = now.year, now.month
    length = calendar.monthrange(year, month)[1]
    return max(1, sum(calendar.weekday(year, month, d) in days for d in range(1, length + 1)))


def watch_spent_today(store: Store, account: str, now: datetime) -> int:
    """What the watch search brought since the start of today (UTC, X's billing day), micro-dollars (estimated)."""
    source = watch_source(store, account)
    if source is None:
        return 0
    day = now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    posts = store.posts.posts_for_sources(account, [source.id], limit=1_000_000, since=day)
    return len(posts) * READ_PRICE[Resource.POST]


def watch_allowed(store: Store, account: str, settings: Settings, now: datetime) -> bool:
    """Whether the watch search may run now: its share of the month is not spent, nor today's part of it (the
    share over the month's working days)."""
    share = watch_share_micro(settings)
    if share is None:
        return True
    if watch_spent(store, account, now) >= share:
        return False
    return watch_spent_today(store, account, now) < share / working_days_in_month(settings, now)


def poll_interval(settings: Settings, spent_micro: int, now: datetime) -> timedelta | None:
    """How long until the radar reads again, given what the month has cost; None: the budget is reached."""
    base = timedelta(minutes=settings.value(RADAR_POLL_MINUTES))
    budget = round(settings.value(MONTHLY_BUDGET_USD) * MICRO)
    if budget <= 0:
        return base
    if spent_micro >= budget:
        return None
    days = calendar.monthrange(now.year, now.month)[1]
    start = month_start(now)
    elapsed = (now - start) / (timedelta(days=days))
    if spent_micro >= 0.9 * budget:
        return base * 4
    if spent_micro > elapsed * budget:
        return base * 2
    return base
