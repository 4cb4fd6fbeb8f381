"""Fetching the user's sources in the background, incrementally, so a session costs as little as possible.

Each source is fetched by one task on the runner (`fetch_source`, blocking): home, mentions and searches ask for
posts newer than the source's cursor (`since_id`) and page through what is new; list posts (no `since_id` on X)
are read newest first, from a small first page, until a page reaches the newest post this list gave last time
(ids are time-ordered), i.e. the first post already known for it. A source whose first request brings nothing
new costs exactly one request. Everything returned is stored (posts, users, media, and
which source brought each post) before the task ends.

Pages fit the time box: every post X returns is paid for, and a session shows at most its group's quota (or the
session's cap, for a group without one), shared by the group's sources. So a source asks for its part of that
(the quota over the group's sources, rounded up) plus a few spare
(duplicates, the user's own posts), within the endpoint's limits, and stops paging once it has them; newer posts
come first, and what would not fit is never bought.

Pages come without their authors (a user object costs $0.010 each UTC day X returns it): `fetch_authors` looks
up those the cache lacks, and stores them before the page, so a queue built meanwhile never shows a post without
its author. Mentions, an owned read ($0.001 a user), bring theirs along.

A search can also be read by time (`Window`, the radar's last hour): posts since `start`, or newer than the
window's own mark when that is newer than `start` (X takes one of `start_time`, `since_id`); every page is read
(up to `max_pages`), and the result says whether it reached the window's start (`complete`). Reading an hour
again costs only the posts not returned yet this UTC day: X bills a post once a day.

Cursors survive time: recent search (searches and accounts) refuses a `since_id` older than seven days, so an
older cursor is dropped before the call (the source is then read from its newest posts, as on a first fetch), and
a 400 naming `since_id` or a page token brings one fresh fetch without them, never an error loop.

A source X says no longer exists (a list deleted or made private, an account suspended: 200 with only `errors`,
or 404) is marked gone in the store with X's words; later rounds skip it (it costs nothing) and say so, until the
user removes or replaces it in Settings. A source that answers again is no longer gone.

Errors are told in plain words through `status`: a rate limit gives X's reset time (the source is skipped until
then; a 24-hour cap until its own reset), a 403 says the source is not available on the user's X plan, a
transient failure is retried once after a short delay (timer from the injected factory).

Signals of Fetcher:
    status(object): plain words for the user: "Fetching 4 sources…", "Up to date", "Journalists: X is slow,
        retrying…" (a `core.i18n.Message` of the templates below, so that the UI shows it in the user's language)
    source_done(int, int): a source was fetched: its id and how many new posts were stored
    source_failed(int, object): a source could not be fetched: its id and the reason in plain words (a `Message`)
    finished(): every source of the round is done (fetched, failed, or given up)
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Signal

from exec_desk.backends.base import XBackend
from exec_desk.core import errors
from exec_desk.core.backoff import rate_limit_until
from exec_desk.core.i18n import QT_TRANSLATE_N_NOOP, QT_TRANSLATE_NOOP, Message, Moment, Phrase
from exec_desk.core.models import Page
from exec_desk.core.snowflake import snowflake_time
from exec_desk.core.sources import DEFAULT_GROUPS
from exec_desk.services.clock import Clock, Timer, TimerFactory, ms_until, qt_timers
from exec_desk.services.tasks import Runner
from exec_desk.storage.records import Group, Source, SourceKind
from exec_desk.storage.store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class FetchLimits:
    """How much to ask for. Every post returned is paid for (once per UTC day), so pages stay small."""

    first_page: int = 20  # posts asked on a source's very first fetch (one page only)
    page: int = 50  # posts per page of an incremental fetch
    list_probe: int = 10  # first page of a list fetch: lists have no since_id, every post returned is paid
    max_pages: int = 3  # pages per source per round at most
    retry_delay: timedelta = timedelta(seconds=5)  # before the one retry after a transient failure
    spare: int = 4  # posts asked beyond what a session can show of a source (duplicates, own posts)
    fit_to_quota: bool = True  # False: the fixed page sizes above (benchmarks/bench_session_cost.py compares both)


#: The smallest `max_results` each endpoint accepts (X API v2).
MIN_RESULTS = {SourceKind.MENTIONS: 5, SourceKind.SEARCH: 10, SourceKind.USER: 10}
#: How old a `since_id` recent search accepts (X: 400 "'since_id' must be a tweet id created after ..."), less
#: an hour so that a request in flight never crosses the line.
SINCE_ID_REACH = {SourceKind.SEARCH: timedelta(days=7, hours=-1), SourceKind.USER: timedelta(days=7, hours=-1)}


def usable_cursor(source: Source, now: datetime) -> str | None:
    """The source's `since_id`, unless X would refuse it as too old for the endpoint (then None: start afresh)."""
    cursor, reach = source.cursor_newest_id, SINCE_ID_REACH.get(source.kind)
    if cursor is None or reach is None:
        return cursor
    made = snowflake_time(cursor)
    return cursor if made is not None and made >= now - reach else None


def page_size(kind: SourceKind, first: bool, number: int, limits: FetchLimits, wanted: int | None) -> int:
    """`max_results` of page `number` (0 first) of a source's fetch; `wanted`: posts a session can show of it."""
    if first:
        size = limits.first_page
    elif kind is SourceKind.LIST and number == 0:
        size = limits.list_probe
    else:
        size = limits.page
    if wanted is not None and limits.fit_to_quota:
        size = min(size, wanted + limits.spare)
    return max(size, MIN_RESULTS.get(kind, 1))


@dataclass(frozen=True, slots=True)
class Window:
    """A search read by time: the posts since `start` (at most seven days ago: X refuses older), or only those
    newer than `since_id` when that post is newer than `start` (a mark of the caller's: everything up to it was
    read whole)."""

    start: datetime
    since_id: str | None = None

    def cursor(self) -> str | None:
        """`since_id` when it is newer than `start` (then X is asked with it instead of `start_time`)."""
        made = snowflake_time(self.since_id) if self.since_id else None
        return self.since_id if made is not None and made > self.start else None


@dataclass(frozen=True, slots=True)
class FetchResult:
    """What one source's fetch did. `newest_id`, `oldest_id`: the newest and oldest posts it saw (None: none);
    `complete`: it read every page X had (nothing older left unread since its cursor or window)."""

    source_id: int
    new_ids: tuple[str, ...]
    requests: int
    newest_id: str | None = None
    complete: bool = True
    oldest_id: str | None = None


def _newest(page: Page) -> str | None:
    ids = [p.id for p in page.posts if p.id.isdigit()]
    return page.newest_id or (max(ids, key=int) if ids else None)


def _newer(a: str | None, b: str | None) -> str | None:
    if a is None or b is None:
        return a or b
    return a if (int(a) if a.isdigit() else 0) >= (int(b) if b.isdigit() else 0) else b


def _reached(page: Page, known: set[str], cursor: str | None) -> bool:
    """A list page reached what this source's last fetch saw (post ids are time-ordered snowflakes)."""
    if cursor is None or not cursor.isdigit():
        return bool(known)
    return any(p.id.isdigit() and int(p.id) <= int(cursor) for p in page.posts)


def _page(
    backend: XBackend, source: Source, cursor: str | None, token: str | None, size: int, start: datetime | None = None
) -> Page:
    if source.kind is SourceKind.HOME:
        return backend.home_timeline(since_id=cursor, pagination_token=token, max_results=size)
    if source.kind is SourceKind.MENTIONS:
        return backend.mentions(since_id=cursor, pagination_token=token, max_results=size)
    if source.kind in (SourceKind.SEARCH, SourceKind.USER):
        query = source.ref if source.kind is SourceKind.SEARCH else f"from:{source.label.lstrip('@') or source.ref}"
        start_time = start if cursor is None else None  # X: at most one of start_time, since_id
        return backend.search_recent(query, since_id=cursor, next_token=token, max_results=size, start_time=start_time)
    return backend.list_posts(source.ref, pagination_token=token, max_results=size)


def fetch_source(
    store: Store,
    backend: XBackend,
    account: str,
    source: Source,
    now: Clock,
    limits: FetchLimits = FetchLimits(),
    wanted: int | None = None,
    *,
    window: Window | None = None,
) -> FetchResult:
    """Fetch one source and store what came back. Blocking: run it on a worker. Raises `XError`.

    `wanted`: how many of its posts a session can show (None: no limit but the page sizes). `window`: a search
    read by time instead of from its cursor (see `Window`): every page, up to `limits.max_pages`."""
    if window is not None and source.kind is not SourceKind.SEARCH:
        raise ValueError(f"only a search is read by time, not a {source.kind.value} source")
    first = source.last_fetched_at is None and window is None
    cursor = usable_cursor(source, now()) if window is None else window.cursor()
    start = window.start if window is not None else None
    if window is None and cursor != source.cursor_newest_id:
        log.info("source %s: its since_id is older than X accepts; reading its newest posts", source.id)
    new_ids: list[str] = []
    newest: str | None = None
    oldest: str | None = None
    requests = returned = number = 0
    token: str | None = None
    complete = False
    fresh_start = False  # one fetch without cursors after X refused one
    enough = None if wanted is None or not limits.fit_to_quota else wanted + limits.spare
    while number < (1 if first else limits.max_pages):
        size = page_size(source.kind, first, number, limits, wanted)
        requests += 1
        try:
            page = _page(backend, source, cursor, token, size, start)
        except errors.InvalidRequest as error:
            if not error.stale_cursor or fresh_start:
                raise
            log.info("source %s: X refused its cursor (%s); one fresh fetch", source.id, ",".join(error.parameters))
            cursor = token = None
            fresh_start = True
            continue
        except errors.ResourceGone as error:
            store.sources.mark_gone(source.id, now(), error.reason)
            raise
        number += 1
        ids = [p.id for p in page.posts]
        # Authors first: a session building its queue meanwhile never finds a post without its author.
        authors = [p.author_id for p in page.all_posts() if p.author_id not in page.users]  # mentions bring theirs
        requests += fetch_authors(store, backend, account, authors, now)
        known = store.posts.known_ids(account, ids)
        store.posts.upsert_page(account, page, now(), source_id=source.id)
        new_ids.extend(i for i in ids if i not in known)
        newest = _newer(newest, _newest(page))
        numbered = [int(i) for i in ids if i.isdigit()]
        if numbered and (oldest is None or min(numbered) < int(oldest)):
            oldest = str(min(numbered))
        token = page.next_token
        if not token or not page.posts:
            complete = True
            break
        if source.kind is SourceKind.LIST and _reached(page, known, cursor):
            break
        returned += len(ids)
        if enough is not None and returned >= enough:
            break  # as many as a session can show of this source: the older ones are never bought
    store.sources.update_cursor(source.id, _newer(newest, source.cursor_newest_id), now())
    if source.gone_at is not None:
        store.sources.mark_gone(source.id, None)
    return FetchResult(source.id, tuple(new_ids), requests, newest, complete, oldest)


#: A cached author is fetched again after this long (a new name or picture); until then it costs nothing.
AUTHORS_KEPT = timedelta(days=30)


def fetch_authors(store: Store, backend: XBackend, account: str, author_ids: list[str], now: Clock) -> int:
    """Fetch the authors the cache lacks (pages come without them: a user object costs $0.010 every UTC day X
    returns it); returns the requests made. A failure only leaves those posts without a name until next time."""
    missing = store.posts.users_to_fetch(account, author_ids, now() - AUTHORS_KEPT)
    requests = 0
    for start in range(0, len(missing), 100):
        requests += 1
        try:
            users = backend.users(missing[start : start + 100])
        except errors.XError as error:
            log.warning("could not fetch %d authors: %s", len(missing) - start, error)
            break
        store.posts.upsert_users(account, users, now())
    return requests


#: What the fetcher says on the status line (English templates; the UI shows them translated).
FETCHING = QT_TRANSLATE_N_NOOP("Fetcher", "Fetching %Ln source(s)…")
COULD_NOT_READ = QT_TRANSLATE_NOOP("Fetcher", "Could not read your sources")
UP_TO_DATE = QT_TRANSLATE_NOOP("Fetcher", "Up to date")
NO_SOURCES = QT_TRANSLATE_NOOP("Fetcher", "No sources yet")
WAIT_UNTIL = QT_TRANSLATE_NOOP("Fetcher", "{label}: X asks us to wait until {time}")
WAIT = QT_TRANSLATE_NOOP("Fetcher", "{label}: X asks us to wait for a while")
DAILY_CAP = QT_TRANSLATE_NOOP("Fetcher", "{label}: X's daily limit is reached until {time}")
NOT_ON_PLAN = QT_TRANSLATE_NOOP("Fetcher", "{label}: not available on your X plan")
RETRYING = QT_TRANSLATE_NOOP("Fetcher", "{label}: X is slow, retrying…")
NOT_ANSWERING = QT_TRANSLATE_NOOP("Fetcher", "{label}: X is not answering; try again later")
SIGN_IN_AGAIN = QT_TRANSLATE_NOOP("Fetcher", "X refused your sign-in: sign in again")
GONE = QT_TRANSLATE_NOOP("Fetcher", "{label}: no longer exists on X")
GONE_SKIPPED = QT_TRANSLATE_NOOP(
    "Fetcher", "{label}: no longer on X, not fetched; remove or replace it in Settings → Sources"
)
NOT_ENROLLED = QT_TRANSLATE_NOOP("Fetcher", "Your X developer app is not enrolled: run the connection test")
NO_CREDITS = QT_TRANSLATE_NOOP("Fetcher", "Your X developer account has no credits left")
MONTHLY_CAP = QT_TRANSLATE_NOOP("Fetcher", "Your X developer account's monthly post reads are used up")
REJECTED = QT_TRANSLATE_NOOP("Fetcher", "{label}: X rejected the request")
FAILED = QT_TRANSLATE_NOOP("Fetcher", "{label}: could not be fetched ({error})")
_GROUP_NAMES = frozenset(spec.name for spec in DEFAULT_GROUPS)


def said(template: str, label: str = "", **fields: str | Moment) -> Message:
    """One of the templates above as a `Message` (English text that the UI can show translated). A default group
    name as `label` is translated too ("Journalists" in context "Groups"); any other label is the user's own words."""
    named: dict[str, str | Moment | Phrase] = dict(fields)
    if "{label}" in template:
        named["label"] = Phrase.of("Groups", label) if label in _GROUP_NAMES else label
    return Message(Phrase.of("Fetcher", template, **named))


def fetching(sources: int) -> Message:
    """ "Fetching 4 sources…"."""
    return Message(Phrase.counted("Fetcher", FETCHING, sources))


def error_words(error: BaseException, label: str, *, retrying: bool = False) -> Message:
    """A fetch failure in plain words, prefixed with the source's name."""
    if isinstance(error, errors.DailyCapReached) and error.reset_at:
        return said(DAILY_CAP, label, time=Moment(error.reset_at.astimezone()))
    if isinstance(error, errors.AppNotEnrolled):
        return said(NOT_ENROLLED)
    if isinstance(error, errors.CreditsDepleted):
        return said(NO_CREDITS)
    if isinstance(error, errors.UsageCapped):
        return said(MONTHLY_CAP)
    if isinstance(error, errors.RateLimited):
        if error.reset_at:  # in the user's time zone
            return said(WAIT_UNTIL, label, time=Moment(error.reset_at.astimezone()))
        return said(WAIT, label)
    if isinstance(error, errors.ForbiddenByTier):
        return said(NOT_ON_PLAN, label)
    if isinstance(error, errors.Transient):
        return said(RETRYING if retrying else NOT_ANSWERING, label)
    if isinstance(error, errors.AuthExpired | errors.AuthRevoked):
        return said(SIGN_IN_AGAIN)
    if isinstance(error, errors.NotFound):
        return said(GONE, label)
    if isinstance(error, errors.XError):
        return said(REJECTED, label)
    return said(FAILED, label, error=type(error).__name__)


@dataclass
class _Round:
    waiting: set[int] = field(default_factory=set)
    failed: int = 0
    retried: set[int] = field(default_factory=set)


class Fetcher(QObject):
    """Fetches an account's sources; one round at a time (a round asked while one runs is ignored).

    Signals: status(object Message), source_done(int source id, int new posts), source_failed(int source id,
    object Message why), finished().
    """

    status = Signal(object)  # a `Message`
    source_done = Signal(int, int)
    source_failed = Signal(int, object)
    finished = Signal()

    def __init__(
        self,
        store: Store,
        backend: XBackend,
        runner: Runner,
        account: str,
        clock: Clock,
        timer_factory: TimerFactory | None = None,
        *,
        limits: FetchLimits = FetchLimits(),
        session_cap: Callable[[], int] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session_cap = session_cap
        self._store = store
        self._backend = backend
        self._runner = runner
        self._account = account
        self._clock = clock
        self._timers = timer_factory or qt_timers(self)
        self._limits = limits
        self._round: _Round | None = None
        self._labels: dict[int, str] = {}
        self._wanted: dict[int, int | None] = {}
        self._blocked_until: dict[int, datetime] = {}
        self._retry_timers: dict[int, Timer] = {}

    @property
    def busy(self) -> bool:
        return self._round is not None

    def fetch_all(self) -> None:
        """Fetch every source of the account (their list is read from the store on a worker)."""
        if self._round is not None:
            return
        self._round = _Round()
        store, account = self._store, self._account
        self._runner.submit(
            lambda: (store.sources.all(account), store.groups.all(account)),
            self._loaded,
            self._load_failed,
            owner=self,
        )

    def _load_failed(self, error: BaseException) -> None:
        log.error("could not read the sources: %s", error)
        self._round = None
        self.status.emit(said(COULD_NOT_READ))
        self.finished.emit()

    def _loaded(self, loaded: tuple[list[Source], list[Group]]) -> None:
        sources, groups = loaded
        names = {g.id: g.name for g in groups}
        rank = {g.id: (-g.priority, g.position) for g in groups}
        quotas = {g.id: g.quota for g in groups}
        cap = None if self._session_cap is None else self._session_cap()
        sizes: dict[int | None, int] = {}  # a group's quota is shared by its sources: each buys its part of it
        for source in sources:
            if source.gone_at is None:
                sizes[source.group_id] = sizes.get(source.group_id, 0) + 1
        now = self._clock()
        due = []
        gone: list[str] = []
        for source in sorted(sources, key=lambda s: rank.get(s.group_id or 0, (0, 0))):
            group = names.get(source.group_id) if source.group_id is not None else None
            self._labels[source.id] = group or source.label or source.kind.value.capitalize()
            quota = -(-quotas.get(source.group_id or 0, 0) // max(1, sizes.get(source.group_id, 1)))  # its share
            self._wanted[source.id] = min(quota, cap) if quota and cap else (quota or cap)
            if source.gone_at is not None:  # X said it no longer exists: asking again would only cost
                gone.append(source.label or source.ref)
                self.source_failed.emit(source.id, said(GONE_SKIPPED, source.label or source.ref))
                continue
            blocked = self._blocked_until.get(source.id)
            if blocked is not None and blocked > now:
                continue
            due.append(source)
        assert self._round is not None
        if gone:
            self.status.emit(said(GONE_SKIPPED, ", ".join(gone)))
        if not due:
            self._round = None
            if not gone:
                self.status.emit(said(UP_TO_DATE) if sources else said(NO_SOURCES))
            self.finished.emit()
            return
        self.status.emit(fetching(len(due)))  # most important first
        self._round.waiting = {s.id for s in due}
        for source in due:
            self._submit(source)

    def _submit(self, source: Source) -> None:
        store, backend, account, clock, limits = self._store, self._backend, self._account, self._clock, self._limits
        wanted = self._wanted.get(source.id)

        def work() -> FetchResult:
            fresh = store.sources.get(source.id) or source  # the cursor may have moved since the round began
            return fetch_source(store, backend, account, fresh, clock, limits, wanted)

        # owner: a session let go while its sources are fetched drops what they say (what they fetched is stored)
        self._runner.submit(work, self._fetched, lambda error: self._failed(source, error), owner=self)

    def _fetched(self, result: FetchResult) -> None:
        self._blocked_until.pop(result.source_id, None)
        self.source_done.emit(result.source_id, len(result.new_ids))
        self._settle(result.source_id)

    def _failed(self, source: Source, error: BaseException) -> None:
        label = self._labels.get(source.id, source.label)
        current = self._round
        if current is None:
            return
        if isinstance(error, errors.Transient) and source.id not in current.retried:
            current.retried.add(source.id)
            self.status.emit(error_words(error, label, retrying=True))
            timer = self._timers(lambda: self._submit(source))
            self._retry_timers[source.id] = timer
            timer.start(ms_until(self._clock() + self._limits.retry_delay, self._clock()))
            return
        if isinstance(error, errors.RateLimited):
            self._blocked_until[source.id] = rate_limit_until(error.reset_at, self._clock())
        if not isinstance(error, errors.XError):
            log.error("fetching %s failed", label, exc_info=(type(error), error, error.__traceback__))
        words = error_words(error, label)
        current.failed += 1
        self.status.emit(words)
        self.source_failed.emit(source.id, words)
        self._settle(source.id)

    def _settle(self, source_id: int) -> None:
        current = self._round
        if current is None:
            return
        current.waiting.discard(source_id)
        self._retry_timers.pop(source_id, None)
        if current.waiting:
            return
        self._round = None
        if not current.failed:
            self.status.emit(said(UP_TO_DATE))
        self.finished.emit()
