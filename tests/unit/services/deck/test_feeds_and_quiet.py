"""The blog's echo (issue 14, point 4): a feed served on loopback, read with a conditional GET (ETag and
If-Modified-Since, answered 304), its new article a proposal once — never twice, across restarts — with its title,
link and the $0.20 of a post with a URL; and quiet periods from an investor-relations calendar (point 3)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from exec_desk.services.deck.deck import Deck
from exec_desk.services.deck.feeds import read_feeds
from exec_desk.services.quiet import quiet_periods
from exec_desk.storage.settings import Settings
from exec_desk.storage.store import Store
from tests.support.factories import ACCOUNT

from .conftest import NOW


def rss(*items: tuple[str, str, datetime]) -> bytes:
    entries = "".join(
        f"<item><title>{title}</title><link>https://blog.acme.com/{slug}</link><guid>{slug}</guid>"
        f"<pubDate>{format_datetime(when)}</pubDate></item>"
        for title, slug, when in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>The CEO\'s blog</title>'
        f"<link>https://blog.acme.com/</link><description>Notes</description>{entries}</channel></rss>"
    ).encode()


class FeedServer:
    """Serves `body` with an ETag of its version; 304 to a matching If-None-Match; records conditional headers."""

    def __init__(self, body: bytes) -> None:
        self.body, self.version, self.requests = body, 1, []  # type: ignore[var-annotated]
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                asked = {h: self.headers.get(h) for h in ("If-None-Match", "If-Modified-Since")}
                server.requests.append(asked)
                etag = f'"v{server.version}"'
                if asked["If-None-Match"] == etag:
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", "Thu, 26 Nov 2026 08:00:00 GMT")
                self.send_header("Content-Length", str(len(server.body)))
                self.end_headers()
                self.wfile.write(server.body)

            def log_message(self, format: str, *args: object) -> None:
                return

        self._http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._http.server_address[1]}/feed.xml"
        self._thread = threading.Thread(target=self._http.serve_forever, daemon=True)
        self._thread.start()

    def publish(self, body: bytes) -> None:
        self.body, self.version = body, self.version + 1

    def stop(self) -> None:
        self._http.shutdown()
        self._http.server_close()
        self._thread.join(5)


@pytest.fixture
def feed() -> Iterator[FeedServer]:
    server = FeedServer(
        rss(("Old post", "old", NOW - timedelta(days=30)), ("Yesterday", "y", NOW - timedelta(hours=3)))
    )
    yield server
    server.stop()


def test_a_new_article_becomes_a_proposal_once(feed: FeedServer, store: Store, tmp_path: Path) -> None:
    every = timedelta(minutes=30)
    first = read_feeds(store, ACCOUNT, [feed.url], now=NOW, every=every)
    assert [p.title for p in first.proposed] == ["Yesterday"]  # the archive is not proposed
    assert feed.requests == [{"If-None-Match": None, "If-Modified-Since": None}]

    assert read_feeds(store, ACCOUNT, [feed.url], now=NOW + timedelta(minutes=5), every=every).proposed == []
    assert len(feed.requests) == 1  # at most every 30 minutes

    later = NOW + timedelta(minutes=40)
    assert read_feeds(store, ACCOUNT, [feed.url], now=later, every=every).proposed == []
    assert feed.requests[-1] == {"If-None-Match": '"v1"', "If-Modified-Since": "Thu, 26 Nov 2026 08:00:00 GMT"}

    feed.publish(rss(("Atlas is out", "atlas", later), ("Yesterday", "y", NOW - timedelta(hours=3))))
    new = read_feeds(store, ACCOUNT, [feed.url], now=later + timedelta(minutes=31), every=every).proposed
    assert [(p.title, p.link, p.by) for p in new] == [("Atlas is out", "https://blog.acme.com/atlas", "The CEO's blog")]

    # A restart: the same store, the feed read again with nothing stored about its answers but the article seen.
    with store.transaction() as conn:
        conn.execute("UPDATE feeds SET etag = NULL, last_modified = NULL, checked_at = NULL")
    assert read_feeds(store, ACCOUNT, [feed.url], now=later + timedelta(hours=2), every=every).proposed == []

    deck = Deck(store, ACCOUNT, None, by="@boss", clock=lambda: later, tz=UTC)
    entries = {e.proposal.title: e for e in deck.read().pending}
    assert sorted(entries) == ["Atlas is out", "Yesterday"]
    atlas = entries["Atlas is out"]
    assert atlas.proposal.text == "Atlas is out\n\nhttps://blog.acme.com/atlas" and atlas.cost_micro == 200_000
    assert atlas.to_json()["estimated_cost_usd"] == 0.2 and atlas.source == "feed"
    assert [e.event for e in store.audit.entries()] == ["proposed", "proposed"]


def test_a_feed_that_cannot_be_read_says_so_and_is_tried_again(store: Store) -> None:
    server = FeedServer(b"<html>not a feed")
    server.stop()
    read = read_feeds(store, ACCOUNT, [server.url], now=NOW, every=timedelta(minutes=30))
    assert read.proposed == [] and "could not be read (no connection)" in str(read.errors[0])


def test_quiet_periods_from_the_settings_and_an_investor_relations_calendar(tmp_path: Path) -> None:
    ics = tmp_path / "ir.ics"
    ics.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//ACME IR//EN\r\nBEGIN:VEVENT\r\nUID:q4@acme\r\n"
        "DTSTAMP:20261101T000000Z\r\nDTSTART;VALUE=DATE:20270128\r\nDTEND;VALUE=DATE:20270129\r\n"
        "SUMMARY:Full-year results\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    settings = Settings(tmp_path / "settings.json")
    settings.update(
        {
            "quiet_periods": ["2026-12-01..2026-12-10 Capital markets day"],
            "quiet_calendar": str(ics),
            "quiet_days_before": 30,
        }
    )
    periods, problems = quiet_periods(settings, cache_dir=tmp_path / "cache", now=NOW, tz=UTC)
    assert problems == []
    assert [(p.start, p.end, p.name) for p in periods] == [
        (datetime(2026, 12, 1, tzinfo=UTC), datetime(2026, 12, 11, tzinfo=UTC), "Capital markets day"),
        (datetime(2026, 12, 29, tzinfo=UTC), datetime(2027, 1, 29, tzinfo=UTC), "Full-year results"),
    ]
