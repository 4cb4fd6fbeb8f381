"""A session's thread (Enter): the conversation of a post, from the store at once, the rest from X on demand.

What the store has is shown at once: the post, the earlier posts it replies to as far as the store reaches, and
every cached post of its conversation. What the store lacks is priced first and fetched only when asked:
- the earlier posts known by id (the first missing link of the reply chain, and the post that started the
  conversation): a lookup (`GET /2/tweets?ids=`) returns exactly those, one post read each ($0.005), and nothing
  for a post already billed today (X bills a post once per UTC day). A conversation search would cost at least as
  much for them: it bills every reply it returns, a page at a time, and never returns the conversation's first post;
- the replies, which no id names: only the conversation search (`conversation_id:ID`, recent search, seven days
  back) finds them, one post read per reply, at most `REPLY_PAGE` a time. A conversation started more than seven
  days ago cannot be searched: only its earlier posts are offered.
Both calls leave out the posts the fetched ones refer to (X would bill each), keeping only their ids: an earlier
post found that way is offered next time, priced the same way. Posts come without their authors; an author the
store lacks is one user read ($0.010), so the price shown is a ceiling: each post fetched might bring an unknown
author. What comes is stored: opening the thread again shows it and costs nothing; a conversation searched once is
not offered again in this run (its replies are cached).

Signals of ThreadReader:
    loaded(object): a `Thread`, after `open` or after a fetch.
    failed(str, object): the post id and a `core.i18n.Message` saying why the fetch failed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from PySide6.QtCore import QObject, Signal

from exec_desk.backends.base import XBackend
from exec_desk.core.i18n import QT_TRANSLATE_NOOP, Message, Phrase
from exec_desk.core.models import Page, Post, User
from exec_desk.core.pricing import READ_PRICE, Resource
from exec_desk.core.snowflake import snowflake_time
from exec_desk.services.clock import Clock
from exec_desk.services.fetcher import fetch_authors
from exec_desk.services.tasks import STORE, Runner
from exec_desk.storage.ledger import Ledger
from exec_desk.storage.store import Store

#: Replies asked for in one conversation search (X's smallest page for recent search is 10).
REPLY_PAGE = 10
#: Recent search reaches this far back (X: "the last seven days"); a bit less, so a search never starts too early.
SEARCH_REACH = timedelta(days=7) - timedelta(minutes=5)
#: How far the store's reply chain is followed, and how many posts of a conversation are shown.
MAX_DEPTH, MAX_POSTS = 50, 500
FETCH_FAILED = QT_TRANSLATE_NOOP("Thread", "Could not fetch the rest of the thread ({error}); try again later.")


@dataclass(frozen=True, slots=True)
class ThreadEntry:
    """One post of the thread and its author (None: not in the store)."""

    post: Post
    author: User | None


@dataclass(frozen=True, slots=True)
class ThreadOffer:
    """What the store lacks and its price, before anything is fetched.

    `lookup`: earlier posts to read by id; `conversation`: the conversation whose replies to search for (None: too
    old, or already searched); `ceiling`: the most it can cost, in micro-dollars."""

    lookup: tuple[str, ...]
    conversation: str | None
    ceiling: int


@dataclass(frozen=True, slots=True)
class Thread:
    """The conversation of `post_id` as the store has it, oldest first, and what fetching the rest would cost."""

    post_id: str
    entries: tuple[ThreadEntry, ...]
    offer: ThreadOffer | None
    #: Its replies were searched in this run: what X had of the last seven days is in `entries`.
    searched: bool = False

    @property
    def ids(self) -> list[str]:
        return [entry.post.id for entry in self.entries]


def gather(store: Store, account: str, post_id: str) -> list[Post]:
    """The cached posts of `post_id`'s thread: its reply chain as far as the store reaches, and its conversation."""
    post = store.posts.get(account, post_id)
    if post is None:
        return []
    found = {post.id: post}
    current = post
    for _ in range(MAX_DEPTH):
        parent = store.posts.get(account, current.reply_to) if current.reply_to else None
        if parent is None or parent.id in found:
            break
        found[parent.id] = current = parent
    conversation = post.conversation_id
    if conversation:
        for other in store.posts.conversation(account, conversation, limit=MAX_POSTS):
            found.setdefault(other.id, other)
    return sorted(found.values(), key=lambda p: (p.created_at, int(p.id) if p.id.isdigit() else 0))


def missing_ids(posts: Sequence[Post]) -> list[str]:
    """The earlier posts the thread names but the store lacks: posts replied to, and the conversation's first post."""
    have = {p.id for p in posts}
    wanted = [p.reply_to for p in posts if p.reply_to] + [p.conversation_id for p in posts if p.conversation_id]
    return list(dict.fromkeys(i for i in wanted if i and i not in have))[:100]


class ThreadReader(QObject):
    """The threads of one account's session; store reads in the runner's STORE lane, X on a worker."""

    loaded = Signal(object)
    failed = Signal(str, object)

    def __init__(
        self,
        store: Store,
        backend: XBackend,
        ledger: Ledger,
        runner: Runner,
        account: str,
        clock: Clock,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._backend, self._ledger, self._runner = store, backend, ledger, runner
        self._account, self._clock = account, clock
        self._searched: set[str] = set()  # conversations whose replies were fetched in this run

    def open(self, post_id: str) -> None:
        """Load the thread of `post_id` from the store (never from X); `loaded` brings it."""
        searched = frozenset(self._searched)
        self._runner.submit(lambda: self._thread(post_id, searched), self.loaded.emit, lane=STORE, owner=self)

    def fetch(self, thread: Thread) -> None:
        """Fetch what `thread.offer` names, store it, then `loaded` brings the thread again (or `failed` why not)."""
        offer = thread.offer
        if offer is None:
            return
        if offer.conversation:
            self._searched.add(offer.conversation)
        searched = frozenset(self._searched)

        def work() -> Thread:
            self._fetch(offer)
            return self._thread(thread.post_id, searched)

        def failed(error: BaseException) -> None:
            if offer.conversation:
                self._searched.discard(offer.conversation)
            self.failed.emit(thread.post_id, Message(Phrase.of("Thread", FETCH_FAILED, error=type(error).__name__)))

        self._runner.submit(work, self.loaded.emit, failed, owner=self)

    # -- on workers -------------------------------------------------------------------------------------------------
    def _thread(self, post_id: str, searched: frozenset[str]) -> Thread:
        posts = gather(self._store, self._account, post_id)
        users = self._store.posts.users(self._account, list({p.author_id for p in posts}))
        entries = tuple(ThreadEntry(p, users.get(p.author_id)) for p in posts)
        conversation = next((p.conversation_id for p in posts if p.conversation_id), None)
        return Thread(post_id, entries, self._offer(posts, searched), searched=conversation in searched)

    def _offer(self, posts: Sequence[Post], searched: frozenset[str]) -> ThreadOffer | None:
        lookup = missing_ids(posts)
        now = self._clock()
        conversation = next((p.conversation_id for p in posts if p.conversation_id), None)
        started = snowflake_time(conversation) if conversation else None
        if conversation in searched or started is None or started < now - SEARCH_REACH:
            conversation = None
        if not lookup and conversation is None:
            return None
        post_price, user_price = READ_PRICE[Resource.POST], READ_PRICE[Resource.USER]
        paid = self._ledger.charged_today(self._account, Resource.POST, lookup, now)
        ceiling = sum(0 if i in paid else post_price for i in lookup) + user_price * len(lookup)
        if conversation is not None:
            ceiling += REPLY_PAGE * (post_price + user_price)
        return ThreadOffer(tuple(lookup), conversation, ceiling)

    def _fetch(self, offer: ThreadOffer) -> None:
        pages: list[Page] = []
        if offer.lookup:
            pages.append(self._backend.posts(offer.lookup))
        if offer.conversation:
            pages.append(self._backend.conversation(offer.conversation, max_results=REPLY_PAGE))
        for page in pages:
            self._store.posts.upsert_page(self._account, page, self._clock())
        authors = [p.author_id for page in pages for p in page.all_posts() if p.author_id not in page.users]
        fetch_authors(self._store, self._backend, self._account, authors, self._clock)
