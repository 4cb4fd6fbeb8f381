"""Deterministic post generation: each time slot of the clock yields the same posts for the same seed.

Posts are planned per slot (`SLOT_SECONDS` of clock time) from a generator seeded by (seed, slot); each planned
post is then written from its own seeded generator, so the world at a given time does not depend on how often it
was looked at. The first post of every slot comes from an account the user follows: any read after the clock
has moved on by two minutes finds something new in the home timeline (see FIRST_POST_WINDOW).

A slow news day with an occasional spike: on some weekdays (`SPIKE_DAYS` of them, drawn from the seed and the
date), during one hour of the afternoon (UTC), people the user does not follow write 18 to 28 posts about the
company and a crisis word ("Is Aldercrest down? … outage?"): what the radar is for. They are nobody's reply
target, so the rest of the world is the same with or without them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from exec_desk.fakex import templates as tpl
from exec_desk.fakex.entities import cashtags, display_url, hashtags, mentions
from exec_desk.fakex.ids import WORKER_GENERATED, WORKER_MEDIA, WORKER_SPIKE, snowflake, tco
from exec_desk.fakex.model import Account, FakeMedia, FakePost, Group, Metrics, UrlEntity
from exec_desk.fakex.roster import COMPANY

if TYPE_CHECKING:
    from exec_desk.fakex.world import World

SLOT_SECONDS = 90
#: The first post of a slot comes within this many seconds of its start, so two of them are less than
#: SLOT_SECONDS + FIRST_POST_WINDOW apart: any clock advance of 2 minutes brings a new home-timeline post.
FIRST_POST_WINDOW = 30
#: How likely a slot holds a second post.
SECOND_POST = 0.1
#: How likely a history slot's post is the user's own.
OWN_POST = 1 / 150
GROUP_WEIGHTS = (
    (Group.JOURNALIST, 25),
    (Group.COMPETITOR, 14),
    (Group.CLIENT, 15),
    (Group.EMPLOYEE, 20),
    (Group.CORPORATE, 9),
    (Group.OTHER, 17),
)
FOLLOWED_WEIGHTS = tuple(item for item in GROUP_WEIGHTS if item[0] is not Group.OTHER)
#: How likely a weekday has a spike.
SPIKE_DAYS = 0.25


@dataclass(frozen=True, slots=True)
class Plan:
    """A post to be written at `at`: the `index`-th of its slot."""

    at: datetime
    slot: int
    index: int


def slot_of(moment: datetime) -> int:
    return int(moment.timestamp()) // SLOT_SECONDS


def plans(seed: int, slot: int) -> list[Plan]:
    rng = random.Random(seed * 1_000_003 + slot)
    offsets = [rng.uniform(0, FIRST_POST_WINDOW)]
    if rng.random() < SECOND_POST:
        offsets.append(rng.uniform(offsets[0], SLOT_SECONDS))
    base = slot * SLOT_SECONDS
    return [Plan(datetime.fromtimestamp(base + off, UTC), slot, i) for i, off in enumerate(offsets)]


@dataclass(frozen=True, slots=True)
class SpikePlan:
    """A post of a day's spike: when, its number in the spike, and the crisis word of that spike."""

    at: datetime
    index: int
    lang: str
    word: str


def spike_plans(seed: int, day: date) -> list[SpikePlan]:
    """The posts of `day`'s spike (none on most days, and never at weekends)."""
    rng = random.Random(seed * 9_176_023 + day.toordinal())
    if day.weekday() >= 5 or rng.random() >= SPIKE_DAYS:
        return []
    hour = rng.randint(12, 15)
    lang = "fr" if rng.random() < 0.3 else "en"
    word = rng.choice(tpl.SPIKE_WORDS[lang])
    start = datetime(day.year, day.month, day.day, hour, tzinfo=UTC)
    offsets = sorted(rng.uniform(0, 3300) for _ in range(rng.randint(18, 28)))
    return [SpikePlan(start + timedelta(seconds=o), n, lang, word) for n, o in enumerate(offsets)]


def compose_spike(world: World, plan: SpikePlan) -> FakePost:
    """Write a post of a spike (not yet added to the world)."""
    rng = random.Random((world.seed + 3) * 104_729 + int(plan.at.timestamp()) * 31 + plan.index)
    author = rng.choice(world.accounts_in(Group.PUBLIC))
    values = _values(world, rng, plan.lang) | {"word": plan.word}
    post_id = snowflake(plan.at, WORKER_SPIKE, plan.index)
    text = rng.choice(tpl.SPIKES[plan.lang]).format(**values)
    post = FakePost(id=post_id, author_id=author.id, text=text, created_at=plan.at, lang=plan.lang,
                    conversation_id=post_id)  # fmt: skip
    _finish(world, rng, post, author)
    return post


def _pick_author(world: World, rng: random.Random, plan: Plan, history: bool) -> Account:
    if history and rng.random() < OWN_POST:
        return world.user
    weights = FOLLOWED_WEIGHTS if plan.index == 0 else GROUP_WEIGHTS
    groups = [g for g, _ in weights]
    group = rng.choices(groups, weights=[w for _, w in weights])[0]
    return rng.choice(world.accounts_in(group))


def _values(world: World, rng: random.Random, lang: str) -> dict[str, str]:
    return {
        "company": COMPANY,
        "product": rng.choice(tpl.PRODUCTS),
        "competitor": rng.choice(tpl.COMPETITORS),
        "client": rng.choice(tpl.CLIENTS),
        "event": rng.choice(tpl.EVENTS),
        "city": rng.choice(tpl.CITIES),
        "pct": str(rng.randint(8, 64)),
        "amount": rng.choice(tpl.AMOUNTS),
        "quarter": rng.choice(tpl.QUARTERS),
        "n": str(rng.randint(3, 48)),
        "topic": rng.choice(tpl.TOPICS_FR if lang == "fr" else tpl.TOPICS_EN),
        "me": "@" + world.user.username,
    }


def _fill(
    template: str, values: dict[str, str], rng: random.Random, author: Account, salt: object
) -> tuple[str, list[UrlEntity]]:
    """Format `template`; each {link} becomes a t.co link to a page that suits the author."""
    parts = template.split("{link}")
    text = ""
    urls: list[UrlEntity] = []
    for index, part in enumerate(parts):
        text += part.format(**values)
        if index < len(parts) - 1:
            site = rng.choice(tpl.LINK_SITES[author.group])
            expanded = f"https://{site}/{rng.choice(tpl.SLUGS)}-{rng.randint(100, 999)}"
            short = tco(salt, index)
            urls.append(UrlEntity(len(text), len(text) + len(short), short, expanded, display_url(expanded)))
            text += short
    return text.rstrip(), urls


def _metrics(rng: random.Random, author: Account) -> Metrics:
    reach = max(author.followers_count, 200)
    impressions = int(reach * rng.uniform(0.05, 0.6))
    return Metrics(
        retweet_count=int(impressions * rng.uniform(0.0, 0.004)),
        reply_count=int(impressions * rng.uniform(0.0, 0.003)),
        like_count=int(impressions * rng.uniform(0.002, 0.03)),
        quote_count=int(impressions * rng.uniform(0.0, 0.001)),
        bookmark_count=int(impressions * rng.uniform(0.0, 0.002)),
        impression_count=impressions,
    )


def _target(world: World, rng: random.Random, author: Account, own_bias: float) -> FakePost | None:
    if author.id != world.user_id and rng.random() < own_bias:
        own = world.recent_own_posts()
        if own:
            return world.get(rng.choice(own))
    recent = world.recent_originals()
    for _ in range(6 if recent else 0):
        post = world.get(rng.choice(recent))
        if post is not None and post.author_id != author.id:
            return post
    return None


def compose(world: World, plan: Plan) -> FakePost:
    """Write the planned post (not yet added to the world)."""
    rng = random.Random((world.seed + 1) * 7_919 * 1_000_003 + plan.slot * 4 + plan.index)
    history = plan.at <= world.start
    author = _pick_author(world, rng, plan, history)
    post_id = snowflake(plan.at, WORKER_GENERATED, plan.index)
    lang = author.lang if rng.random() < 0.85 else ("en" if author.lang == "fr" else "fr")
    if (author.group, lang) not in tpl.ORIGINALS:
        lang = author.lang
    values = _values(world, rng, lang)
    post = FakePost(id=post_id, author_id=author.id, text="", created_at=plan.at, lang=lang, conversation_id=post_id)
    kind = rng.random()
    target = None
    if kind < 0.26:
        target = _target(world, rng, author, own_bias=0.15 if kind >= 0.14 else 0.05)
    if target is not None and kind < 0.14 and target.author_id != author.id:
        _as_retweet(world, post, target)
        return post
    if target is not None and kind < 0.26:
        _as_reply(world, rng, post, target, values)
    elif kind < 0.33 and (quoted := _target(world, rng, author, own_bias=0.1)) is not None:
        post.quote_of = quoted.id
        post.text, post.urls = _fill(rng.choice(tpl.QUOTES[lang]), values, rng, author, post_id)
        quoted.metrics.quote_count += 1
    else:
        _as_original(world, rng, post, author, values)
    _finish(world, rng, post, author)
    return post


def _as_original(world: World, rng: random.Random, post: FakePost, author: Account, values: dict[str, str]) -> None:
    key = (author.group, post.lang) if (author.group, post.lang) in tpl.ORIGINALS else (author.group, author.lang)
    pool = tpl.ORIGINALS.get(key) or tpl.ORIGINALS[(author.group, "en")]
    if author.id != world.user_id and rng.random() < 0.04:
        questions = {Group.JOURNALIST: tpl.JOURNALIST_QUESTIONS, Group.CLIENT: tpl.CLIENT_QUESTIONS}.get(author.group)
        pool = (questions or tpl.MENTIONS_OF_ME)[post.lang]
    post.text, post.urls = _fill(rng.choice(pool), values, rng, author, post.id)
    if rng.random() < 0.25:
        post.text += " " + rng.choice(tpl.HASHTAGS)
    media_roll = rng.random()
    if author.group in (Group.CORPORATE, Group.EMPLOYEE, Group.SELF, Group.CLIENT) and media_roll < 0.28:
        _attach_media(world, rng, post, author, video=media_roll < 0.04)


def _as_reply(world: World, rng: random.Random, post: FakePost, target: FakePost, values: dict[str, str]) -> None:
    target_author = world.accounts[target.author_id]
    prefix = "" if target.author_id == post.author_id else f"@{target_author.username} "
    body = rng.choice(tpl.REPLIES[post.lang]).format(**values)
    post.text = prefix + body
    post.reply_to = target.id
    post.in_reply_to_user_id = target.author_id
    post.conversation_id = target.conversation_id or target.id
    target.metrics.reply_count += 1


def _as_retweet(world: World, post: FakePost, target: FakePost) -> None:
    target_author = world.accounts[target.author_id]
    prefix = f"RT @{target_author.username}: "
    kept = len(target.text) if len(target.text) <= 140 else 139
    body = target.text[:kept] + ("…" if kept < len(target.text) else "")
    post.text = prefix + body
    post.lang = target.lang
    post.retweet_of = target.id
    post.conversation_id = post.id
    post.urls = [
        UrlEntity(u.start + len(prefix), u.end + len(prefix), u.short, u.expanded, u.display, u.title, u.media_key)
        for u in target.urls
        if u.end <= kept
    ]
    post.mentions = mentions(post.text, world.resolve_username)
    target.metrics.retweet_count += 1


def _attach_media(world: World, rng: random.Random, post: FakePost, author: Account, *, video: bool) -> None:
    media_id = snowflake(post.created_at, WORKER_MEDIA, post.id & 0xFFF)
    key = f"{7 if video else 3}_{media_id}"
    media = FakeMedia(
        media_key=key,
        id=media_id,
        type="video" if video else "photo",
        owner_id=author.id,
        alt_text=tpl.VIDEO_ALT if video else rng.choice(tpl.ALT_TEXTS),
        duration_ms=rng.randint(8_000, 90_000) if video else None,
        view_count=rng.randint(300, 40_000) if video else 0,
        created_at=post.created_at,
    )
    world.media[key] = media
    post.media_keys.append(key)
    short = tco(post.id, "media")
    start = len(post.text) + 1
    post.text += " " + short
    kind = "video" if video else "photo"
    expanded = f"https://x.com/{author.username}/status/{post.id}/{kind}/1"
    post.urls.append(UrlEntity(start, start + len(short), short, expanded, "pic.x.com/" + short[-10:], "", key))


def _finish(world: World, rng: random.Random, post: FakePost, author: Account) -> None:
    post.mentions = mentions(post.text, world.resolve_username)
    post.hashtags = hashtags(post.text)
    post.cashtags = cashtags(post.text)
    metrics = _metrics(rng, author)
    if post.created_at > world.start - timedelta(minutes=30):  # fresh: a first trickle of engagement
        metrics = Metrics(like_count=metrics.like_count // 10, impression_count=metrics.impression_count // 10)
    post.metrics = metrics
