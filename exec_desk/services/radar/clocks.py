"""The response clocks of an account, from the store (blocking: run it on the task runner).

A clock starts with each cached post that mentions the user or replies to one of their posts (not a retweet),
written by an author whose group is in `answer_groups` (journalists and clients by default); its deadline is
`respond_within_hours` of working time later. It stops when the post is handled (the `handled` log: replied,
retweeted or dismissed with `x`).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from exec_desk.core.payloads import Payload, PostPayload, RetweetPayload
from exec_desk.core.signal.clocks import ResponseClock, deadline
from exec_desk.services.radar.signals import OWN_REACH, working_hours
from exec_desk.storage.settings import ANSWER_GROUPS, RESPOND_WITHIN_HOURS, Settings
from exec_desk.storage.store import Store

#: How far back clocks are looked for: a session looks back a week.
CLOCK_REACH = timedelta(days=7)


def clocks(
    store: Store, account: str, settings: Settings, now: datetime, since: datetime | None = None
) -> list[ResponseClock]:
    """Every clock of the posts created since `since` (default: a week ago), oldest first."""
    found = store.accounts.get(account)
    if found is None:
        return []
    start = since or now - CLOCK_REACH
    name = found.username.casefold()
    own = store.signal.own_post_ids(account, found.user_id, start - OWN_REACH)
    groups = store.signal.author_groups(account)
    answer = {str(g) for g in settings.value(ANSWER_GROUPS)}
    hours, within = working_hours(settings), timedelta(hours=settings.value(RESPOND_WITHIN_HOURS))
    posts = [
        p
        for p in store.signal.posts_between(account, start, now + timedelta(seconds=1))
        if p.retweet_of is None
        and p.author_id != found.user_id
        and groups.get(p.author_id) in answer
        and (
            any(m.casefold().lstrip("@") == name for m in p.mentions) or (p.reply_to is not None and p.reply_to in own)
        )
    ]
    handled = store.signal.handled(account, [p.id for p in posts])
    result = [
        ResponseClock(
            p.id,
            p.author_id,
            groups[p.author_id],
            p.created_at,
            deadline(p.created_at, hours, within),
            handled[p.id].at if p.id in handled else None,
        )
        for p in posts
    ]
    result.sort(key=lambda c: (c.created_at, c.post_id))
    return result


def open_clocks(store: Store, account: str, settings: Settings, now: datetime) -> list[ResponseClock]:
    """The clocks still running (not handled), the earliest deadline first."""
    running = [c for c in clocks(store, account, settings, now) if c.is_open]
    running.sort(key=lambda c: (c.respond_by or datetime.max.replace(tzinfo=now.tzinfo), c.post_id))
    return running


def handled_by(payload: Payload) -> tuple[str, str] | None:
    """(post id, how) an outbox item's payload handles, if any: a retweet, or a post replying to one."""
    if isinstance(payload, RetweetPayload) and payload.post_id:
        return payload.post_id, "retweeted"
    if isinstance(payload, PostPayload) and payload.reply_to:
        return payload.reply_to, "replied"
    return None
