"""Issue 13 through real widgets, in English and in French, on the real tweepy path against the fake X: the radar's
notification (outside a session) and the tray's badge and tooltip after a spike, a session opened from that
notification on the spike, a session headed by a journalist's mention with its reasons and clock (`x` closes
it), the composer's company-post flag, and "Your week" from a constructed log.

Screenshots go to $EXEC_DESK_SHOTS when set (e.g. /tmp/shots/signal), else to the test's temporary folder.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from exec_desk.app.builder import build_session
from exec_desk.app.radar import RadarDesk
from exec_desk.backends.tweepy.backend import TweepyBackend
from exec_desk.core.signal.clocks import ResponseClock
from exec_desk.core.signal.similarity import CompanyPost, most_similar
from exec_desk.core.signal.week import Act, ActKind, SessionLine, week_figures
from exec_desk.core.snowflake import snowflake_at
from exec_desk.fakex import FakeXServer
from exec_desk.fakex.faults import Fault
from exec_desk.services.clock import ManualClock
from exec_desk.services.context import AppContext
from exec_desk.services.fetcher import fetch_source
from exec_desk.services.outbox.sender import OutboxSender
from exec_desk.services.sources import ensure_default_sources
from exec_desk.storage.ledger import Ledger
from exec_desk.storage.paths import Paths
from exec_desk.storage.records import SourceKind
from exec_desk.storage.settings import Settings
from exec_desk.storage.store import Store
from exec_desk.ui.composer.window import ComposerWindow
from exec_desk.ui.i18n import install_language
from exec_desk.ui.icons import icon
from exec_desk.ui.session.window import SessionWindow
from exec_desk.ui.timeline.model import CLOCK_WORDS, Role
from exec_desk.ui.tray import Tray
from exec_desk.ui.week.window import WeekWindow
from tests.support.catalogues import compile_to
from tests.support.fake_world import ACCOUNT
from tests.support.runners import ImmediateTaskRunner

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")
PUBLIC = ["newsdesk_nina", "owen_ships", "quinn_ops", "sami_dock", "rosa_logistica", "wes_warehouse"]
WORDS = {
    "en": {"notice": "14 posts about “Aldercrest outage” in the last hour, usually 0 — review now?",
           "tooltip": ": overdue since", "reasons": "mentions you · journalist · watch word · reply by",
           "flag": "This repeats @aldercrest's recent post", "week": "Your week"},
    "fr": {"notice": "14 publications sur « Aldercrest outage » dans la dernière heure, 0 d'habitude — les voir ?",
           "tooltip": " : en retard depuis", "reasons": "vous mentionne · journaliste · mot surveillé · répondre avant",
           "flag": "Ceci répète la publication récente de @aldercrest", "week": "Votre semaine"},
}  # fmt: skip


@pytest.fixture(scope="module")
def catalogs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return compile_to(tmp_path_factory.mktemp("catalogs"))


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest, qapp: QApplication, catalogs: Path) -> Iterator[str]:
    lang = str(request.param)
    assert install_language(qapp, lang, catalogs=catalogs) == lang
    yield lang
    install_language(qapp, "en", catalogs=catalogs)


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("EXEC_DESK_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def watching(settings: Settings) -> Settings:
    settings.update(
        {"watch_names": ["Aldercrest"], "work_start": "00:00", "work_end": "23:59", "work_days": list(range(7))}
    )
    return settings


def _save(widget: QWidget, path: Path) -> None:
    QApplication.processEvents()
    image = widget.grab().toImage()
    assert image.save(str(path)), path
    assert image.width() > 200 and image.height() > 150


def _known_lists(store: Store, backend: TweepyBackend, clock: ManualClock) -> None:
    """An earlier session read the lists: who is a journalist or a client is known."""
    ensure_default_sources(store, ACCOUNT, backend)
    for source in store.sources.all(ACCOUNT):
        if source.kind is SourceKind.LIST:
            fetch_source(store, backend, ACCOUNT, source, clock)


def _journalist_asks(server: FakeXServer, clock: ManualClock) -> str:
    with server.lock:
        maya = server.world.account_by_username("maya_reports")
        assert maya is not None
        at = clock() - timedelta(minutes=1)
        return server.world.add_post(maya.id, "@claire_exec a comment on the outage at the depot?", at=at).sid


def _window(qtbot: QtBot, session: object, clock: ManualClock) -> SessionWindow:
    window = SessionWindow(session, clock=clock, opener=lambda _url: True)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.resize(760, 860)
    with qtbot.waitExposed(window):
        window.show()
    return window


def test_a_spike_notifies_outside_a_session_badges_the_tray_and_opens_a_session_on_it(
    qtbot: QtBot,
    language: str,
    shots: Path,
    tmp_path: Path,
    server: FakeXServer,
    store: Store,
    backend: TweepyBackend,
    ledger: Ledger,
    watching: Settings,
    clock: ManualClock,
) -> None:
    _known_lists(store, backend, clock)
    with server.lock:
        for n in range(14):
            author = server.world.account_by_username(PUBLIC[n % len(PUBLIC)])
            assert author is not None
            server.world.add_post(
                author.id, f"Aldercrest outage at our site, day {n}", at=clock() - timedelta(minutes=2 + 3 * n)
            )
    question = _journalist_asks(server, clock)
    runner = ImmediateTaskRunner()
    account = store.accounts.get(ACCOUNT)
    assert account is not None
    context = AppContext(Paths.resolve(tmp_path / "home"), watching, store, ledger, account, backend, demo=False)
    tray = Tray(icon("exec-desk"), demo=False, tray_available=False)
    opened: list[str | None] = []
    session_open = [False]
    outbox = OutboxSender(store, backend, runner, ACCOUNT, clock, clock.timer)
    desk = RadarDesk(
        context,
        runner,  # type: ignore[arg-type]
        watching,
        clock,
        clock.timer,
        tray=tray,
        outbox=outbox,
        session_open=lambda: session_open[0],
        open_session=opened.append,
        icon=icon("exec-desk"),
    )
    assert tray.fallback is not None  # offscreen: no tray host, the fallback window takes notifications
    qtbot.addWidget(tray.fallback)
    desk.start()
    clock.advance(31)  # the radar's first reading, outside a session
    words = WORDS[language]
    message = tray.fallback.findChild(QLabel, "message")
    assert message is not None and message.text() == words["notice"]
    assert tray.badge == 1 and words["tooltip"] in tray.icon.toolTip()
    # The tray as it looks now: the badged icon and its tooltip.
    panel = QWidget()
    qtbot.addWidget(panel)
    layout = QVBoxLayout(panel)
    badge = QLabel()
    badge.setPixmap(tray.icon.icon().pixmap(64, 64))
    tip = QLabel(tray.icon.toolTip())
    tip.setTextFormat(Qt.TextFormat.PlainText)
    layout.addWidget(badge)
    layout.addWidget(tip)
    panel.resize(420, 220)
    panel.show()
    _save(panel, shots / f"tray-badge-{language}.png")
    tray.fallback.resize(520, 260)
    tray.fallback.show()
    _save(tray.fallback, shots / f"radar-notification-{language}.png")

    tray.icon.messageClicked.emit()  # the notification clicked: a session on the spike
    assert opened == ["Aldercrest outage"]
    session = build_session(store, backend, ledger, runner, watching, ACCOUNT, clock, clock.timer, outbox=outbox)
    session_open[0] = True
    desk.session_started()
    assert tray.badge == 0
    statuses: list[str] = []
    session.fetch_status.connect(statuses.append)
    session.start(focus=opened[0])
    clock.advance(5)
    # The spike's line stays beside every fetch status: "Up to date" alone replaced it before it could be read.
    assert statuses and all("“Aldercrest outage” in the last hour" in status for status in statuses)
    assert statuses[-1].endswith(" · Up to date")
    window = _window(qtbot, session, clock)
    assert "Aldercrest outage" in window.proxy.index(0, 0).data(Role.TEXT)
    first = window.proxy.index(0, 0).data(Role.SIGNALS)
    assert first == QCoreApplication.translate("Reasons", "part of a spike") + " · " + QCoreApplication.translate(
        "Reasons", "watch word"
    )
    _save(window, shots / f"session-on-spike-{language}.png")
    clock.advance(60)
    assert opened == ["Aldercrest outage"]  # during the session: no new notification
    session.end()
    ids = [window.proxy.index(r, 0).data(Role.POST_ID) for r in range(window.proxy.rowCount())]
    assert question in ids
    desk.close()
    outbox.stop()


def test_a_session_is_headed_by_a_journalists_mention_with_its_reasons_and_clock(
    qtbot: QtBot,
    language: str,
    shots: Path,
    server: FakeXServer,
    store: Store,
    backend: TweepyBackend,
    ledger: Ledger,
    watching: Settings,
    clock: ManualClock,
) -> None:
    _known_lists(store, backend, clock)
    question = _journalist_asks(server, clock)
    session = build_session(store, backend, ledger, ImmediateTaskRunner(), watching, ACCOUNT, clock, clock.timer)
    session.start()
    clock.advance(5)
    window = _window(qtbot, session, clock)
    rows = [window.proxy.index(r, 0) for r in range(window.proxy.rowCount())]
    clocked = [str(i.data(Role.SIGNALS)) for i in rows[:3]]
    words = [QCoreApplication.translate("TimelineModel", w).split("{")[0] for w in CLOCK_WORDS]
    assert all(any(w in c for w in words) for c in clocked), clocked  # open clocks head the session
    [asked] = [i for i in rows if i.data(Role.POST_ID) == question]
    assert asked.row() < 12 and str(asked.data(Role.SIGNALS)).startswith(WORDS[language]["reasons"])
    _save(window, shots / f"session-clocks-{language}.png")
    window.view.setFocus()
    window.view.setCurrentIndex(asked)
    qtbot.keyClick(window.view, Qt.Key.Key_X)  # dismissed: the clock is closed, logged
    assert store.signal.handled(ACCOUNT)[question].how == "dismissed"
    signals = str(asked.data(Role.SIGNALS))  # its row no longer says by when to answer, nor in red
    assert signals == WORDS[language]["reasons"].rsplit(" · ", 1)[0]  # "mentions you · journalist · watch word"
    assert not any(w.strip() in signals for w in words)
    assert not asked.data(Role.ITEM).attention.urgent
    session.end()


def test_the_composer_flags_a_draft_that_repeats_the_company_post(qtbot: QtBot, language: str, shots: Path) -> None:
    posts = [CompanyPost("77", "Aldercrest opens its new depot in Lyon: 200 jobs and greener deliveries", "aldercrest")]
    window = ComposerWindow(clock=lambda: datetime(2026, 11, 26, 10, tzinfo=UTC),
                            company_check=lambda text: most_similar(text, posts, 0.7))  # fmt: skip
    qtbot.addWidget(window)
    amplified: list[object] = []
    window.amplify_requested.connect(amplified.append)
    with qtbot.waitExposed(window):
        window.show()
    window.editor.setPlainText("Aldercrest opens its new depot in Lyon: 200 jobs and greener deliveries!")
    qtbot.waitUntil(lambda: window.company.isVisible())
    assert window.company.label.text().startswith(WORDS[language]["flag"])
    _save(window, shots / f"composer-company-{language}.png")
    qtbot.keyClick(window.editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [s.post.id for s in amplified] == ["77"]  # type: ignore[attr-defined]
    window.editor.setPlainText("A different thought about our teams in Lyon, and what they taught me this year.")
    qtbot.waitUntil(lambda: not window.company.isVisible())


def test_your_week_from_a_constructed_log(qtbot: QtBot, language: str, shots: Path) -> None:
    monday = date(2026, 11, 23)
    start = datetime(2026, 11, 23, 9, tzinfo=UTC)
    sessions = [SessionLine(start + timedelta(days=d, hours=h), start + timedelta(days=d, hours=h, minutes=5), 20)
                for d in range(4) for h in (0, 4)]  # fmt: skip
    acts = [Act(start + timedelta(days=d, hours=1), ActKind.RETWEET) for d in range(4)]
    acts += [Act(start + timedelta(days=d, hours=2), ActKind.RETWEET) for d in range(4)]
    acts.append(Act(start + timedelta(days=2, hours=3), ActKind.POST))
    clocks = [
        ResponseClock("1", "3001", "Journalists", start, start + timedelta(hours=4), start + timedelta(hours=1)),
        ResponseClock("2", "3002", "Clients", start, start + timedelta(hours=4), start + timedelta(hours=6)),
    ]
    week = week_figures(monday, sessions, acts, clocks, start + timedelta(days=4, hours=8), tz=UTC)
    assert (week.sessions, week.minutes, week.amplified, week.written) == (8, 40, 8, 1)
    assert (week.mentions_in_time, week.mentions_overdue) == (1, 1)
    window = WeekWindow()
    qtbot.addWidget(window)
    window.show_week(week)
    window.resize(720, 620)
    with qtbot.waitExposed(window):
        window.show()
    assert window.title.text() == WORDS[language]["week"]
    _save(window, shots / f"your-week-{language}.png")


def test_open_clocks_head_the_session_by_deadline_as_each_source_arrives(
    qtbot: QtBot,
    server: FakeXServer,
    store: Store,
    backend: TweepyBackend,
    ledger: Ledger,
    watching: Settings,
    clock: ManualClock,
) -> None:
    _known_lists(store, backend, clock)
    clients = [a for a, g in store.signal.author_groups(ACCOUNT).items() if g == "Clients"]
    me = server.world.user.username
    with server.lock:
        maya = server.world.account_by_username("maya_reports")  # on the Press list: a journalist
        assert maya is not None and clients
        asked = clock() - timedelta(minutes=5)
        older = server.world.add_post(maya.id, f"@{me} a word on the depot strike for tonight?", at=asked).sid
        newer = server.world.add_post(clients[0], f"@{me} our order is late, who can help?", at=clock()).sid
    # an earlier fetch of the mentions bought only the newest and moved since_id past the journalist's question:
    # the mentions bring the client's question, the Press list (a later source) the journalist's (the home too)
    mentions = next(s for s in store.sources.all(ACCOUNT) if s.kind is SourceKind.MENTIONS)
    store.sources.update_cursor(mentions.id, snowflake_at(asked + timedelta(minutes=2)), clock())
    for later in ("/2/lists/1720000000000000101/tweets", "/2/users/1000/timelines/reverse_chronological"):
        server.faults.add(Fault.UNAVAILABLE, path=later)  # the Press list and the home timeline: X is slow, once
    session = build_session(store, backend, ledger, ImmediateTaskRunner(), watching, ACCOUNT, clock, clock.timer)
    session.start()
    window = SessionWindow(session, clock=clock, opener=lambda _url: True)
    qtbot.addWidget(window)  # not shown yet: nothing is on screen long enough to be read meanwhile
    assert window.model.row_of(newer) is not None and window.model.row_of(older) is None
    window.view.setCurrentIndex(window.proxy.index(1, 0))  # the user moved on to the second post
    reading = window.current_item()
    assert reading is not None
    clock.advance(5)  # the Press list is fetched again, and arrives after the other sources
    with qtbot.waitExposed(window):
        window.show()
    ids = [window.proxy.index(r, 0).data(Role.POST_ID) for r in range(window.proxy.rowCount())]
    items = [window.proxy.index(r, 0).data(Role.ITEM) for r in range(window.proxy.rowCount())]
    head = [i for i in items[: ids.index(newer) + 1] if i.attention.respond_by is not None]
    assert len(head) == ids.index(newer) + 1  # the open clocks head the session...
    dues = [i.attention.respond_by for i in head]
    assert dues == sorted(dues)  # ...the earliest deadline first
    assert ids.index(older) < ids.index(newer)  # the journalist's question first, though its source came later
    assert older in ids[: ids.index(newer)] and newer in [i.post.id for i in head]
    assert window.current_item() == reading  # the user stays on the post they were on
    session.end()
