"""The blog's echo: each new article of the executive's blog or the company's newsroom becomes a proposal in the
deck, once. Blocking: run it on a worker.

`read_feeds(store, account, urls, now=..., every=...)` reads each RSS or Atom feed (parsed by `feedparser`) at most
once every `every` (the `feed_every_minutes` setting) with a conditional GET (`If-None-Match` with the stored ETag,
`If-Modified-Since` with the stored Last-Modified; a 304 changes nothing). Every article's id (its guid, else its
link, else its title) is recorded as seen (`store.feeds`), so an article is proposed once, across restarts. An
article not seen before becomes a proposal when it is recent: published in the last `RECENT` days (or undated) —
on the feed's first read, in the last `FIRST_READ` only, so that following a blog does not bring its archive. The
proposal (`feed-…`) is a post of its title and link (a post with a URL: $0.20), by the feed's title; it is kept
in the store (`deck`, source "feed") with the audit line "proposed". A feed that cannot be read is said in
`errors` and tried again at the next read.
"""

from __future__ import annotations

import calendar
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from exec_desk import __version__
from exec_desk.core.deck.proposal import Proposal
from exec_desk.core.i18n import Message, Phrase
from exec_desk.storage.repos.feeds import FeedState
from exec_desk.storage.store import Store

TIMEOUT = (5.0, 20.0)
RECENT = timedelta(days=7)
FIRST_READ = timedelta(days=1)
FEED = "feed"


@dataclass
class FeedsRead:
    """What a read brought: the proposals made, and the feeds that could not be read (why)."""

    proposed: list[Proposal] = field(default_factory=list)
    errors: list[Message] = field(default_factory=list)


def proposal_id(feed_url: str, item: str) -> str:
    return "feed-" + hashlib.sha256(f"{feed_url}\n{item}".encode()).hexdigest()[:12]


def read_feeds(store: Store, account: str, urls: Sequence[str], *, now: datetime, every: timedelta) -> FeedsRead:
    result = FeedsRead()
    for url in urls:
        try:
            result.proposed += _read_feed(store, account, url, now, every)
        except _FeedError as exc:
            result.errors.append(
                Message(Phrase.of("Deck", "The feed {url} could not be read ({error}).", url=url, error=str(exc)))
            )
    return result


class _FeedError(Exception):
    pass


def _read_feed(store: Store, account: str, url: str, now: datetime, every: timedelta) -> list[Proposal]:
    import feedparser
    import requests

    state = store.feeds.state(url)
    if state.checked_at is not None and now - state.checked_at < every:
        return []
    headers = {"User-Agent": f"exec-desk/{__version__}", "Accept": "application/atom+xml, application/rss+xml, */*"}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    try:
        answer = requests.get(url, headers=headers, timeout=TIMEOUT)
    except requests.RequestException as exc:
        store.feeds.save(FeedState(url, state.etag, state.last_modified, now, state.fetched_at, str(exc)))
        raise _FeedError("no connection" if isinstance(exc, requests.ConnectionError) else str(exc)) from None
    if answer.status_code == 304:
        store.feeds.save(FeedState(url, state.etag, state.last_modified, now, state.fetched_at, None))
        return []
    if answer.status_code != 200:
        error = f"the server answered {answer.status_code} {answer.reason}".strip()
        store.feeds.save(FeedState(url, state.etag, state.last_modified, now, state.fetched_at, error))
        raise _FeedError(error)
    parsed: Any = feedparser.parse(answer.content, response_headers={k.lower(): v for k, v in answer.headers.items()})
    if parsed.get("bozo") and not parsed.get("entries"):
        error = f"not an RSS or Atom feed ({parsed.get('bozo_exception')})"
        store.feeds.save(FeedState(url, state.etag, state.last_modified, now, state.fetched_at, error))
        raise _FeedError(error)
    first = state.fetched_at is None
    by = str(parsed.get("feed", {}).get("title") or urlsplit(url).hostname or url)
    articles = [(_key(e), e) for e in parsed.get("entries", []) if _key(e)]
    unseen = set(store.feeds.unseen(url, [k for k, _e in articles]))
    proposals = []
    with store.transaction():
        for key, article in articles:
            if key not in unseen:
                continue
            published = _published(article)
            if published is not None and now - published > (FIRST_READ if first else RECENT):
                continue
            proposal = _proposal(url, key, article, by)
            if proposal is None:
                continue
            content = {**proposal.to_json(), "file": None}
            if store.deck.see(account, url, proposal.id, FEED, now, content):
                store.audit.append(
                    "proposed",
                    at=now,
                    account=account,
                    proposal=proposal.id,
                    actor=by,
                    link=proposal.link,
                    detail={"feed": url, "title": proposal.title},
                )
                proposals.append(proposal)
        store.feeds.mark_seen(url, [k for k, _e in articles], now)
        etag, modified = answer.headers.get("ETag"), answer.headers.get("Last-Modified")
        store.feeds.save(FeedState(url, etag, modified, now, now, None))
    return proposals


def _key(article: Any) -> str:
    return str(article.get("id") or article.get("link") or article.get("title") or "").strip()


def _published(article: Any) -> datetime | None:
    parsed = article.get("published_parsed") or article.get("updated_parsed")
    return None if not parsed else datetime.fromtimestamp(calendar.timegm(parsed), UTC)


def _proposal(feed: str, key: str, article: Any, by: str) -> Proposal | None:
    title = " ".join(str(article.get("title") or "").split())
    link = str(article.get("link") or "").strip()
    if not link:
        return None
    text = f"{title}\n\n{link}" if title else link
    return Proposal(proposal_id(feed, key), "post", text, by, title=title, link=link)
