"""Acceptance of issue 3: with 500 ms latency and faults on the fake X server, the GUI thread never stalls more than
50 ms, and the session still ends on time.

The real engine and window: `ReviewSession` with its real `TaskRunner`, Qt timers and image cache, the real tweepy
backend over loopback HTTP to the fake X server, and the `SessionWindow` driven by keyboard. The fake server runs
in a child process (see `fakex_process`): X is another machine, and its work must not count as the app's.
A `Watchdog` timer on the GUI thread measures the longest stretch its event loop could not run.

Wired as the app wires them: `keep_gui_responsive()` once started (the start-up heap out of the garbage
collector's walks, a short GIL switch interval; undone after each test), and the session's store tasks on their
own thread (the runner's isolated STORE lane), so that the summary never waits behind network calls to an X that
hangs.
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, Qt, QTimer
from PySide6.QtTest import QTest
from pytestqt.exceptions import TimeoutError as WaitTimeout
from pytestqt.qtbot import QtBot

from exec_desk.app.builder import build_session
from exec_desk.backends.tweepy.backend import TweepyBackend
from exec_desk.core.queue import ActionState, SessionSummary
from exec_desk.services.clock import Clock, ManualClock, TimerFactory, system_clock
from exec_desk.services.demo import StaticTokens
from exec_desk.services.fetcher import fetch_source
from exec_desk.services.images import ImageCache
from exec_desk.services.interpreter import keep_gui_responsive
from exec_desk.services.session.engine import ReviewSession
from exec_desk.services.sources import ensure_default_sources
from exec_desk.services.tasks import STORE, TaskRunner
from exec_desk.storage.ledger import Ledger
from exec_desk.storage.records import Account, AuthKind
from exec_desk.storage.settings import Settings
from exec_desk.storage.store import Store
from exec_desk.ui.session.window import SUMMARY_PAGE, SessionWindow
from exec_desk.ui.timeline.model import Role

from .fakex_process import FakeXProcess
from .watchdog import Watchdog

pytestmark = [pytest.mark.slow, pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")]

ACCOUNT = "me"
STALL_LIMIT_MS = 50
#: How late the summary may come after the planned end (the issue: "respect it to the second").
END_TOLERANCE_MS = 250
#: Between two key presses: a brisk typist's pace.
KEY_INTERVAL_MS = 80
LISTS = r"^/2/lists/\d+/tweets$"
RETWEETS = r"^/2/users/\d+/retweets$"


@dataclass
class Rig:
    """Everything one test drives; built and torn down (in the right order) by the `rig` fixture."""

    server: FakeXProcess
    store: Store
    backend: TweepyBackend
    settings: Settings
    runner: TaskRunner
    session: ReviewSession | None = None
    window: SessionWindow | None = None

    def open(
        self, qtbot: QtBot, clock: Clock, timers: TimerFactory | None = None
    ) -> tuple[ReviewSession, SessionWindow]:
        ledger = Ledger(self.store)
        images = ImageCache(self.runner, self.settings.path.parent / "avatars")
        session = build_session(
            self.store,
            self.backend,
            ledger,
            self.runner,
            self.settings,
            ACCOUNT,
            clock,
            timers,
        )
        window = SessionWindow(
            session, clock=clock, images=images, thumbnails=images, opener=lambda _url: True, settings=self.settings
        )
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        window.view.setFocus()
        self.session, self.window = session, window
        return session, window

    def fill_cache(self) -> None:
        """One fetch of every source, before the session (a previous session's work): the queue opens full."""
        for source in self.store.sources.all(ACCOUNT):
            fetch_source(self.store, self.backend, ACCOUNT, source, system_clock)


@pytest.fixture
def rig(tmp_path: Path, qtbot: QtBot) -> Iterator[Rig]:
    server = FakeXProcess(seed=3)
    store = Store(tmp_path / "exec-desk.sqlite3")
    user = server.user
    store.accounts.add(
        Account(ACCOUNT, user["id"], user["username"], user["name"], AuthKind.OAUTH2, server.base_url, system_clock())
    )
    creds = server.credentials
    backend = TweepyBackend(
        account=ACCOUNT,
        user_id=str(creds["user_id"]),
        recorder=Ledger(store),
        api_base_url=server.base_url,
        tokens=StaticTokens(str(creds["oauth2_access_token"])),
    )
    settings = Settings(tmp_path / "settings.json", env={})
    settings.set("retweet_undo_seconds", 1)
    ensure_default_sources(store, ACCOUNT, backend)  # the first run, before any session
    made = Rig(server, store, backend, settings, TaskRunner(isolated=(STORE,)))
    switch_interval = sys.getswitchinterval()
    keep_gui_responsive()
    try:
        yield made
    finally:
        if made.session is not None and made.session.is_active:
            made.session.end()
        server.close()  # releases the held requests: the workers finish at once
        made.runner.shutdown()
        if made.session is not None:  # its timers (fetch retries, outbox wake-ups) must not outlive the test
            made.session.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.unfreeze()
        sys.setswitchinterval(switch_interval)
        store.close()


def key(
    qtbot: QtBot, window: SessionWindow, text: str, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """Press a key, then let the window live for a moment: a person types a few keys a second, and keys pressed
    back to back within one turn of the event loop would measure the test's typing speed, not the app."""
    QTest.keyClicks(window.view, text, modifier)  # one character: as keyClick presses it
    qtbot.wait(KEY_INTERVAL_MS)


def current_id(window: SessionWindow) -> str:
    return str(window.view.currentIndex().data(Role.POST_ID))


def assert_responsive(watchdog: Watchdog) -> None:
    watchdog.stop()
    print(watchdog.report())  # shown with -s, and with a failure
    assert len(watchdog.gaps) > 100, "the watchdog hardly ran"
    assert watchdog.max_gap_ms <= STALL_LIMIT_MS, f"the GUI thread stalled:\n{watchdog.report()}"


def test_a_whole_session_by_keyboard_never_stalls_the_gui_thread(rig: Rig, qtbot: QtBot) -> None:
    session, window = rig.open(qtbot, system_clock)
    already = rig.server.retweeted()
    rig.server.clear_log()
    rig.server.add_fault("unavailable", LISTS)  # 503: retried after a delay
    rig.server.add_fault("malformed", LISTS)  # 200 with half a JSON body
    rig.server.add_fault("rate_limited", r"/mentions$")  # 429: skipped until X's reset time
    rig.server.add_fault("timeout", r"/timelines/reverse_chronological$", hold=2.0)  # no answer, then dropped
    rig.server.add_fault("drop", RETWEETS, method="POST")  # the retweet's connection is lost: checked, then resent
    rig.server.add_fault("drop", r"^/avatars/")  # an avatar never comes
    rig.server.set_latency(0.5)
    watchdog = Watchdog()
    watchdog.start()

    watchdog.phase("session opens, sources are fetched")
    session.start()
    qtbot.waitUntil(lambda: window.model.rowCount() >= 5, timeout=15_000)
    watchdog.phase("moving")
    for letter in "jjk":
        key(qtbot, window, letter)
    while current_id(window) in already:  # a post this user has not retweeted yet on the fake X
        key(qtbot, window, "j")
    target = current_id(window)
    watchdog.phase("retweet, undo, retweet")
    key(qtbot, window, "t")
    assert session.state_of(target) is ActionState.PENDING
    assert str(window.view.currentIndex().data(Role.STATE_TEXT)).startswith("Retweeted")
    key(qtbot, window, "u")
    assert session.state_of(target) is ActionState.NONE
    key(qtbot, window, "t")
    key(qtbot, window, "t")  # twice: still one retweet
    watchdog.phase("the retweet is sent, lost, checked and sent again")
    qtbot.waitUntil(lambda: session.state_of(target) is ActionState.DONE, timeout=15_000)
    watchdog.phase("more fetching")
    try:
        qtbot.waitUntil(lambda: rig.server.pending_faults() == 0, timeout=15_000)  # every fault was met
    except WaitTimeout:  # which fault was never met: the requests so far, shown with the failure
        print("requests:", [(e["method"], e["path"], e["status"], e["fault"]) for e in rig.server.log()])
        raise
    watchdog.phase("end")
    key(qtbot, window, "E", Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.summary is not None, timeout=5_000)
    assert_responsive(watchdog)

    assert window.stack.currentIndex() == SUMMARY_PAGE
    assert window.summary is not None and window.summary.amplified_count == 1
    log = rig.server.log()
    assert [(e["method"], e["status"]) for e in log if e["op"] == "retweet"] == [("POST", 0), ("POST", 200)]
    assert [e for e in log if e["op"] == "unretweet"] == []
    assert {e["fault"] for e in log} >= {"unavailable", "malformed", "rate_limited", "timeout", "drop"}


def test_the_session_ends_on_time_while_x_hangs(rig: Rig, qtbot: QtBot) -> None:
    rig.fill_cache()
    session, window = rig.open(qtbot, system_clock)
    for path in (r"^/2/", r"^/avatars/", r"^/media/"):  # nothing answers any more: every call hangs
        rig.server.add_fault("timeout", path, times=100, hold=60)
    rig.server.set_latency(0.5)
    ended: list[tuple[float, SessionSummary]] = []
    elapsed = QElapsedTimer()
    session.ended.connect(lambda summary: ended.append((elapsed.nsecsElapsed() / 1e6, summary)))
    watchdog = Watchdog()
    watchdog.start()

    elapsed.start()
    session.start(seconds=3)
    assert window.model.rowCount() == 0
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=2_000)  # from the cache, while X hangs
    key(qtbot, window, "j")
    key(qtbot, window, "t")  # released at the end; its send hangs too
    qtbot.waitUntil(lambda: bool(ended), timeout=3_000 + 2 * END_TOLERANCE_MS)
    assert_responsive(watchdog)

    at_ms, summary = ended[0]
    print(f"summary after {at_ms:.0f} ms")
    assert 3_000 <= at_ms <= 3_000 + END_TOLERANCE_MS
    assert summary.planned_seconds == 3 and summary.used_seconds == 3
    assert window.countdown.text() == "0:00" and window.stack.currentIndex() == SUMMARY_PAGE
    assert summary.amplified_count == 1  # on its way


def test_a_five_minute_session_ends_at_its_second_when_the_gui_was_busy(rig: Rig, qtbot: QtBot) -> None:
    clock = ManualClock(datetime.now(UTC).replace(microsecond=0))
    rig.fill_cache()
    session, window = rig.open(qtbot, clock, clock.timer)
    for path in (r"^/2/", r"^/avatars/"):
        rig.server.add_fault("timeout", path, times=100, hold=60)
    rig.server.set_latency(0.5)
    started = clock()
    session.start()  # the setting's default: 5 minutes
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=2_000)
    clock.advance(120)
    assert session.is_active and window.countdown.text() == "3:00"
    with qtbot.waitSignal(session.ended, timeout=2_000) as ended:
        clock.jump(400)  # the next tick comes 400 s late, as from a GUI thread that was busy
        assert window.countdown.text() == "0:00" and not session.is_active
    summary: SessionSummary = ended.args[0]
    assert summary.ended_at == started + timedelta(seconds=300) and summary.used_seconds == 300
    assert window.stack.currentIndex() == SUMMARY_PAGE


def test_the_watchdog_sees_a_slot_that_holds_the_gui_thread(qtbot: QtBot) -> None:
    watchdog = Watchdog()

    def busy_slot() -> None:
        # computing for 80 ms of the GUI thread's own CPU time, as a slow slot or paint would (measured in CPU time,
        # so that a loaded machine that preempts the thread stretches the gap instead of shrinking the CPU spent)
        until = time.thread_time() + 0.08
        while time.thread_time() < until:
            pass

    watchdog.start()
    QTimer.singleShot(20, busy_slot)
    qtbot.waitUntil(lambda: len(watchdog.gaps) > 30, timeout=2_000)
    watchdog.stop()
    worst = watchdog.worst(1)[0]
    assert worst.ms >= 80 and worst.gui_cpu_ms >= 60
    assert sorted(g.ms for g in watchdog.gaps)[len(watchdog.gaps) // 2] < 15  # otherwise it beats every ~5 ms
