"""Issue 12, point 4: a live outbox with a sent history, in the real app on its demo X.

The open outbox window follows what is queued (by the composer, a session's retweet or `exec-desk post` in another
process), undone, sent and failed, without polling; its Sent tab lists what went out with its time, its cost from
the API-cost ledger and its link on x.com; each send made outside a session is confirmed by a notification with
its link, which opens it when clicked.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QLabel, QTreeWidget, QTreeWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from exec_desk.app.compose import ComposeDesk
from exec_desk.app.desk import ExecDesk
from exec_desk.core.payloads import PostPayload
from exec_desk.storage.records import OutboxState
from exec_desk.storage.settings import RETWEET_UNDO_SECONDS
from exec_desk.ui.outbox.window import OutboxWindow
from tests.support.demo_desk import running_demo_desk

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")


class _Browser(QObject):
    """Stands in for the browser: `QDesktopServices.openUrl` of https addresses lands here."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@pytest.fixture
def browser(qapp: QApplication) -> Iterator[_Browser]:
    catcher = _Browser()
    QDesktopServices.setUrlHandler("https", catcher, "open")  # type: ignore[arg-type]
    yield catcher
    QDesktopServices.unsetUrlHandler("https")


@pytest.fixture
def desk(qapp: QApplication, tmp_path: Path, qtbot: QtBot) -> Iterator[ExecDesk]:
    with running_demo_desk(qapp, qtbot, tmp_path / "home") as made:
        yield made


def _compose(desk: ExecDesk) -> ComposeDesk:
    assert desk.compose is not None
    return desk.compose


def _items(view: QTreeWidget) -> list[QTreeWidgetItem]:
    found = [view.topLevelItem(n) for n in range(view.topLevelItemCount())]
    return [item for item in found if item is not None]


def _rows(window: OutboxWindow) -> list[str]:
    return [item.text(1) for item in _items(window.view)]


def _first_run() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == "first_run" and w.isVisible()]


def _a_post_id(compose: ComposeDesk) -> str:
    """A post of the demo's home timeline, cached as a session caches what it shows."""
    backend, store, key = compose.context.backend, compose.context.store, compose.context.account.key
    page = backend.home_timeline(max_results=5)
    store.posts.upsert_page(key, page, datetime.now(UTC))
    store.posts.upsert_users(key, backend.users([page.posts[0].author_id]), datetime.now(UTC))
    return page.posts[0].id


def test_the_open_outbox_follows_what_is_queued_undone_and_sent(desk: ExecDesk, qtbot: QtBot) -> None:
    compose = _compose(desk)
    store, key = compose.context.store, compose.context.account.key
    window = compose.show_outbox()
    assert _rows(window) == [] and window.summary.text() == "Nothing waits to be sent."
    later = datetime.now(UTC) + timedelta(minutes=10)
    # `exec-desk post` in another process writes the item, then hands the running app the request "outbox".
    store.outbox.enqueue(key, {"op": "post", "parts": ["Board meeting moved to 3 pm."]}, now=datetime.now(UTC),
                         not_before=later)  # fmt: skip
    desk.handle_request("outbox")
    qtbot.waitUntil(lambda: _rows(window) == ["Board meeting moved to 3 pm."], timeout=3000)
    assert window.summary.text().startswith("1 waiting to be sent.")
    # A session's retweet, queued through the sender with its undo window.
    post_id = _a_post_id(compose)
    compose.outbox.enqueue({"op": "retweet", "post_id": post_id}, not_before=later, idempotency_key="rt-1")
    qtbot.waitUntil(lambda: len(_rows(window)) == 2, timeout=3000)
    assert window.summary.text().startswith("2 waiting to be sent.")
    # Undone from the session (`u`): it leaves the window.
    compose.outbox.cancel_key("rt-1")
    qtbot.waitUntil(lambda: _rows(window) == ["Board meeting moved to 3 pm."], timeout=3000)
    # "Send now" from the window: it goes, and the list says so at once.
    window.view.setCurrentItem(_items(window.view)[0])
    window.now_button.click()
    qtbot.waitUntil(lambda: _rows(window) == [], timeout=10000)
    assert window.summary.text() == "Nothing waits to be sent."
    [item] = store.outbox.all(key)
    assert item.state is OutboxState.SENT


def test_the_sent_tab_lists_what_went_out_with_its_cost_and_link(
    desk: ExecDesk, qtbot: QtBot, browser: _Browser
) -> None:
    compose = _compose(desk)
    store, key = compose.context.store, compose.context.account.key
    post_id = _a_post_id(compose)
    compose.outbox.enqueue({"op": "post", "parts": ["Proud of the Lyon team.", "2/2 More on Monday."]})
    compose.outbox.enqueue({"op": "retweet", "post_id": post_id}, idempotency_key="rt-2")
    qtbot.waitUntil(lambda: [i.state for i in store.outbox.all(key)] == [OutboxState.SENT] * 2, timeout=10000)
    thread = next(i for i in store.outbox.all(key) if isinstance(i.payload, PostPayload))
    first = thread.progress["sent"][0]

    window = compose.show_outbox()
    window.show_sent()
    sent = window.sent
    qtbot.waitUntil(lambda: sent.view.topLevelItemCount() == 2, timeout=3000)
    rows = {item.text(1): item for item in _items(sent.view)}
    thread_row = rows["Thread of 2 · Proud of the Lyon team."]
    assert thread_row.text(2) == "$0.025"  # as the ledger priced it: $0.015, then a reply to it at $0.010
    assert thread_row.text(3) == f"x.com/i/web/status/{first}"
    assert thread_row.text(0).count(":") == 1  # the time it went, today
    retweet_row = next(row for text, row in rows.items() if text.startswith("Retweet of @"))
    assert retweet_row.text(2) == "$0.015" and retweet_row.text(3) == f"x.com/i/web/status/{post_id}"
    assert sent.summary.text() == "2 sent, the latest first · $0.040 in all"
    sent.view.setCurrentItem(thread_row)
    sent.open_button.click()
    assert browser.opened == [f"https://x.com/i/web/status/{first}"]


def test_a_send_outside_a_session_is_confirmed_with_its_link(desk: ExecDesk, qtbot: QtBot, browser: _Browser) -> None:
    compose = _compose(desk)
    store, key = compose.context.store, compose.context.account.key
    assert desk.tray.fallback is not None  # offscreen: no tray, the stand-in window takes the notifications
    message = desk.tray.fallback.findChild(QLabel, "message")
    assert message is not None
    post_id = _a_post_id(compose)
    compose.outbox.enqueue({"op": "retweet", "post_id": post_id}, idempotency_key="rt-3")
    qtbot.waitUntil(lambda: "Your retweet is on X." in message.text(), timeout=10000)
    assert f'href="https://x.com/i/web/status/{post_id}"' in message.text()
    compose.outbox.enqueue({"op": "post", "parts": ["Quarterly letter is out."]})
    qtbot.waitUntil(lambda: "Your post is on X." in message.text(), timeout=10000)
    [posted] = [i for i in store.outbox.all(key) if isinstance(i.payload, PostPayload)]
    url = f"https://x.com/i/web/status/{posted.remote_id}"
    assert f'href="{url}"' in message.text()
    message.linkActivated.emit(url)  # the link in the stand-in window
    assert browser.opened == [url]
    desk.tray._message_clicked()  # a click on the notification, where the tray reports it
    assert browser.opened == [url, url]


def test_a_failure_and_a_send_show_at_once_in_the_open_window(desk: ExecDesk, qtbot: QtBot) -> None:
    compose = _compose(desk)
    store, key = compose.context.store, compose.context.account.key
    window = compose.show_outbox()
    window.show_sent()
    sent = window.sent
    qtbot.waitUntil(lambda: sent.summary.text() != "", timeout=3000)
    assert sent.view.topLevelItemCount() == 0
    # A retweet of a post X does not know: X refuses it, and the open window shows it failed, with a way to retry.
    compose.outbox.enqueue({"op": "retweet", "post_id": "1999999999999999999"}, idempotency_key="rt-gone")
    qtbot.waitUntil(lambda: [i.state for i in store.outbox.all(key)] == [OutboxState.FAILED], timeout=10000)
    # the window hears of it from the sender's signal, a moment after the store says so
    qtbot.waitUntil(lambda: [i.text(0)[:11] for i in _items(window.view)] == ["Not sent — "], timeout=3000)
    [failed] = _items(window.view)
    assert failed.text(1).startswith("Retweet of post 1999")
    assert window.summary.text() == "Nothing waits to be sent. 1 could not be sent; select it to see why."
    # A post sent while the Sent tab is open appears there without closing or switching anything.
    compose.outbox.enqueue({"op": "post", "parts": ["Welcome to our new CFO."]})
    qtbot.waitUntil(lambda: sent.view.topLevelItemCount() == 1, timeout=10000)
    row = _items(sent.view)[0]
    assert row.text(1) == "Welcome to our new CFO." and row.text(2) == "$0.015"


def test_during_a_session_its_retweets_are_not_announced_but_posts_are(
    desk: ExecDesk, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A retweet made in a session shows as sent on its row there: no notification over the session. A post sent
    meanwhile is confirmed with its link, as outside a session."""
    compose = _compose(desk)
    store, key = compose.context.store, compose.context.account.key
    told: list[tuple[str, str]] = []
    real_notify = desk.tray.notify

    def notify(text: str, *, kind: str = "info", url: str = "") -> None:
        told.append((str(text), url))
        real_notify(text, kind=kind, url=url)

    monkeypatch.setattr(desk.tray, "notify", notify)
    desk.settings.set(RETWEET_UNDO_SECONDS.name, 0)  # the retweet goes at once
    desk.open_session()
    qtbot.waitUntil(lambda: len(_first_run()) == 1, timeout=5000)
    qtbot.keyClick(_first_run()[0], Qt.Key.Key_Return)  # the first session offers the X Lists: "Use these groups"
    qtbot.waitUntil(lambda: desk.session_window is not None and desk.session_window.current_item() is not None,
                    timeout=15000)  # fmt: skip
    window = desk.session_window
    assert window is not None and desk.session_is_open()
    window.retweet()
    qtbot.waitUntil(lambda: [i.state for i in store.outbox.all(key)] == [OutboxState.SENT], timeout=10000)
    compose.outbox.enqueue({"op": "post", "parts": ["Back from the board meeting."]})
    qtbot.waitUntil(lambda: any(text == "Your post is on X." for text, _url in told), timeout=10000)
    assert not any("retweet" in text for text, _url in told), told
    posted = next(i for i in store.outbox.all(key) if isinstance(i.payload, PostPayload))
    assert ("Your post is on X.", f"https://x.com/i/web/status/{posted.remote_id}") in told
