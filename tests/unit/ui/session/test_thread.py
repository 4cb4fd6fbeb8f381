"""Enter opens the thread, against the fake X server through the real tweepy path (issue 12, point 3).

A conversation is made on the fake X: a post by an account the user does not follow, a reply to it by another, a
reply to that one by a followed account (so the session shows it), and a later reply. The session's fetch stores
the followed account's reply and the post it replies to (the timeline brings it along), not the first post nor
the later reply. Enter shows it with what the store has and, before anything is fetched, the most
fetching the rest can cost; F fetches it (a lookup of the earlier posts by id and a conversation search for the
replies, nothing else); the thread then shows the whole conversation in order, and opening it again costs nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from exec_desk.app.builder import build_session
from exec_desk.core.pricing import READ_PRICE, Resource, format_usd
from exec_desk.fakex import FakeXServer
from exec_desk.fakex.prices import Op as FakeOp
from exec_desk.services.clock import ManualClock
from exec_desk.services.session.engine import ReviewSession
from exec_desk.services.session.thread import REPLY_PAGE
from exec_desk.services.sources import ensure_default_sources
from exec_desk.storage.ledger import Ledger
from exec_desk.storage.settings import Settings
from exec_desk.storage.store import Store
from exec_desk.ui.session.detail import offer_text
from exec_desk.ui.session.window import DETAIL_PAGE, LIST_PAGE, SessionWindow
from exec_desk.ui.timeline.model import Role
from tests.support.fake_world import manual_clock, oauth2_backend, running_server, store_with_account
from tests.support.runners import ImmediateTaskRunner

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

ACCOUNT = "me"
FIRST, SECOND, FOLLOWED_REPLY, LATER = (
    "Board update: we open the Lyon office in March.",
    "Which teams move first?",
    "Sales and support, the rest in April.",
    "Good news for the region.",
)


@pytest.fixture
def clock() -> ManualClock:
    return manual_clock()


@pytest.fixture
def server(clock: ManualClock) -> Iterator[FakeXServer]:
    with running_server(clock, seed=3) as running:
        world = running.world
        followed = sorted(world.following)[0]
        strangers = sorted(set(world.accounts) - world.following - {world.user_id})
        now = clock()
        first = world.add_post(strangers[0], FIRST, at=now - timedelta(hours=3))
        second = world.add_post(strangers[1], SECOND, at=now - timedelta(hours=2), reply_to=first.id)
        world.add_post(followed, FOLLOWED_REPLY, at=now - timedelta(seconds=30), reply_to=second.id)
        world.add_post(strangers[2], LATER, at=now - timedelta(seconds=20), reply_to=second.id)
        yield running


@pytest.fixture
def store(server: FakeXServer, clock: ManualClock) -> Iterator[Store]:
    with store_with_account(server, clock, ACCOUNT) as opened:
        yield opened


@pytest.fixture
def session(server: FakeXServer, store: Store, clock: ManualClock, tmp_path: Path) -> ReviewSession:
    ledger = Ledger(store)
    backend = oauth2_backend(server, ledger, clock, ACCOUNT, timeout=(5.0, 1.0))
    ensure_default_sources(store, ACCOUNT, backend)
    clock.advance(1)
    settings = Settings(tmp_path / "s.json", env={})
    return build_session(store, backend, ledger, ImmediateTaskRunner(), settings, ACCOUNT, clock, clock.timer)


def test_enter_shows_the_thread_prices_the_rest_then_fetches_and_caches_it(
    session: ReviewSession, server: FakeXServer, store: Store, clock: ManualClock, qtbot: QtBot
) -> None:
    window = SessionWindow(session, clock=clock, threads=session.threads)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
    window.view.setFocus()
    session.start()
    ledger = Ledger(store)

    def key(k: str | Qt.Key) -> None:
        if isinstance(k, str):
            QTest.keyClicks(window.view, k)
        else:
            QTest.keyClick(window.view, k)

    rows = [window.proxy.index(r, 0) for r in range(window.proxy.rowCount())]
    texts = [str(index.data(Role.ITEM).post.text) for index in rows]
    assert FOLLOWED_REPLY in texts and FIRST not in texts and SECOND not in texts
    window.view.setCurrentIndex(rows[texts.index(FOLLOWED_REPLY)])
    server.log.clear()
    spent = ledger.total(ACCOUNT, clock() - timedelta(days=1))

    key(Qt.Key.Key_Return)
    assert window.stack.currentIndex() == DETAIL_PAGE
    shown = window.detail.text()
    assert shown.count(FOLLOWED_REPLY) == 2  # the post, and the thread as the store has it
    assert SECOND in shown and FIRST not in shown and LATER not in shown
    offer = window.detail.offer()
    assert offer is not None and len(offer.lookup) == 1  # the post that started the conversation
    ceiling = READ_PRICE[Resource.POST] + READ_PRICE[Resource.USER]
    ceiling += REPLY_PAGE * (READ_PRICE[Resource.POST] + READ_PRICE[Resource.USER])
    assert offer.ceiling == ceiling
    assert "1 earlier post and the replies are not on this computer." in shown
    assert f"Fetching costs at most {format_usd(ceiling)}" in shown
    assert window.detail.fetch_button.isVisible()
    assert format_usd(ceiling) in window.detail.fetch_button.text()
    assert list(server.log) == []  # the price is shown before anything is fetched
    assert ledger.total(ACCOUNT, clock() - timedelta(days=1)) == spent

    key("f")
    ops = [entry.op for entry in server.log]
    assert ops[:2] == [FakeOp.POSTS_LOOKUP, FakeOp.SEARCH_RECENT] and set(ops[2:]) <= {FakeOp.USERS}
    assert dict(server.log[0].query)["ids"] and "conversation_id:" in dict(server.log[1].query)["query"]
    assert "referenced_tweets.id" not in dict(server.log[0].query)["expansions"]  # no post billed beyond those
    shown = window.detail.text()
    positions = [shown.rfind(text) for text in (FIRST, SECOND, FOLLOWED_REPLY, LATER)]
    assert -1 not in positions and positions == sorted(positions)  # the whole conversation, oldest first
    cost = ledger.total(ACCOUNT, clock() - timedelta(days=1)) - spent
    assert 0 < cost <= ceiling
    assert window.detail.offer() is None and not window.detail.fetch_button.isVisible()
    assert "Fetched: the replies X has from the last seven days are here" in shown
    assert "Fetching the rest" not in shown  # the fetch answered at once: its "Fetching…" does not stay

    key(Qt.Key.Key_Escape)
    assert window.stack.currentIndex() == LIST_PAGE
    server.log.clear()
    spent = ledger.total(ACCOUNT, clock() - timedelta(days=1))
    key(Qt.Key.Key_Return)  # the second time: from the store, at no cost
    shown = window.detail.text()
    assert all(text in shown for text in (FIRST, SECOND, LATER))
    key("f")
    assert list(server.log) == []
    assert ledger.total(ACCOUNT, clock() - timedelta(days=1)) == spent


def test_with_nothing_to_fetch_the_thread_says_why() -> None:
    """A reply count above the thread that it does not match is explained: fetched already, or out of X's reach."""
    assert offer_text(None, searched=True).startswith("Fetched: the replies X has from the last seven days are here")
    assert offer_text(None).startswith("X's search reaches seven days back: the replies to this thread are only on")
    assert "costs nothing" in offer_text(None) and "costs nothing" in offer_text(None, searched=True)


def test_the_price_of_the_rest_is_written_in_the_users_language(
    session: ReviewSession, clock: ManualClock, qtbot: QtBot, french: str
) -> None:
    window = SessionWindow(session, clock=clock, threads=session.threads)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
    window.view.setFocus()
    session.start()
    rows = [window.proxy.index(r, 0) for r in range(window.proxy.rowCount())]
    texts = [str(index.data(Role.ITEM).post.text) for index in rows]
    window.view.setCurrentIndex(rows[texts.index(FOLLOWED_REPLY)])
    QTest.keyClick(window.view, Qt.Key.Key_Return)
    offer = window.detail.offer()
    assert offer is not None
    french_price = f"{offer.ceiling / 1_000_000:.3f}".replace(".", ",") + " $"  # "0,165 $", not "$0.165"
    assert f"au plus {french_price}" in window.detail.text()
    assert window.detail.fetch_button.text() == f"Récupérer le reste — {french_price} au plus"
