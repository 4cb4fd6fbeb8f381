from __future__ import annotations

import operator
import subprocess
import sys
import threading
from functools import partial

import pytest
from PySide6.QtCore import QCoreApplication, QThread, QThreadPool
from pytestqt.qtbot import QtBot

from exec_desk.services.tasks import TaskRunner
from tests.support.places import ROOT
from tests.support.runners import ImmediateTaskRunner

#: A runner let go while its tasks still run (an app quit in a test, its shutdown timed out), in a process of its
#: own: the process must neither crash nor hang when the tasks end.
LET_GO = """
import faulthandler, gc, threading, time
faulthandler.enable()
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from exec_desk.services.tasks import TaskRunner
for _ in range(4):
    runner = TaskRunner(isolated=["store"])
    started = [threading.Event(), threading.Event()]
    runner.submit(lambda: (started[0].set(), time.sleep(0.3)))
    runner.submit(lambda: (started[1].set(), time.sleep(0.3)), lane="store")
    assert all(event.wait(5) for event in started)
    assert runner.shutdown(0) is False and runner.in_flight == 2
    del runner
    gc.collect()
    until = time.monotonic() + 1.0
    while time.monotonic() < until:
        app.processEvents()
        time.sleep(0.01)
print("let go", flush=True)
"""


def test_result_arrives_on_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    gui = QThread.currentThread()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        return 41 + 1

    def done(value: int) -> None:
        seen["value"] = value
        seen["gui"] = QThread.currentThread() is gui

    with qtbot.waitSignal(runner.idle, timeout=5000):
        runner.submit(work, done)
    assert seen == {"worker": True, "value": 42, "gui": True}
    assert runner.pending == 0


def test_error_goes_to_on_error_on_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    gui = QThread.currentThread()
    errors: list[tuple[BaseException, bool]] = []

    def boom() -> None:
        raise ValueError("bad input")

    with qtbot.waitSignal(runner.idle, timeout=5000):
        runner.submit(
            boom,
            lambda _: pytest.fail("on_done must not run"),
            lambda e: errors.append((e, QThread.currentThread() is gui)),
        )
    assert len(errors) == 1
    assert isinstance(errors[0][0], ValueError) and errors[0][1]


def test_many_tasks_all_delivered(qtbot: QtBot) -> None:
    runner = TaskRunner()
    results: list[int] = []
    with qtbot.waitSignal(runner.idle, timeout=5000):
        for i in range(50):
            runner.submit(partial(operator.mul, i, i), results.append)
    assert sorted(results) == [i * i for i in range(50)]


def test_immediate_runner_same_interface() -> None:
    runner = ImmediateTaskRunner()
    out: list[object] = []
    runner.submit(lambda: "x", out.append)
    runner.submit(lambda: 1 / 0, out.append, out.append)
    assert out[0] == "x"
    assert isinstance(out[1], ZeroDivisionError)


def test_thousands_of_deliveries_do_not_corrupt_the_interpreter(qtbot: QtBot) -> None:
    """PySide6 6.12.0 dropped a reference to True on each emit and aborted after ~500 (hence the pin < 6.12)."""
    runner = TaskRunner()
    results: list[int] = []
    with qtbot.waitSignal(runner.idle, timeout=20000):
        for i in range(3000):
            runner.submit(partial(int, i), results.append)
    assert len(results) == 3000


def test_after_shutdown_results_are_dropped_and_nothing_runs(
    qapp: QCoreApplication, caplog: pytest.LogCaptureFixture
) -> None:
    pool = QThreadPool()
    runner = TaskRunner(pool)
    release = threading.Event()
    delivered: list[object] = []
    runner.submit(lambda: release.wait(5) and 1 / 0, delivered.append, delivered.append)
    assert runner.shutdown(timeout_ms=0) is False  # still running
    release.set()
    assert runner.shutdown(timeout_ms=5000) is True
    ran: list[bool] = []
    runner.submit(lambda: ran.append(True))
    assert pool.waitForDone(5000)
    QCoreApplication.processEvents()  # the finished job's queued delivery is handled here
    assert delivered == [] and ran == []
    assert [r for r in caplog.records if r.name == "exec_desk.services.tasks"] == []  # dropped, not reported


def test_tasks_of_one_lane_run_one_at_a_time_in_order_each_after_its_predecessors_callback(qtbot: QtBot) -> None:
    runner = TaskRunner()
    gate = threading.Event()
    events: list[str] = []

    def work(n: int) -> int:
        if n == 0:
            gate.wait(5)  # the first holds the lane until the test has looked
        events.append(f"run {n}")
        return n

    for n in range(20):
        runner.submit(partial(work, n), lambda r: events.append(f"done {r}"), lane="a")
    runner.submit(lambda: "free", lambda r: events.append(r))  # no lane: not held behind the lane
    qtbot.waitUntil(lambda: "free" in events, timeout=5000)
    assert runner.pending == 1  # only the lane's first task is out; the 19 others wait their turn
    with qtbot.waitSignal(runner.idle, timeout=10000):
        gate.set()
    assert [e for e in events if e != "free"] == [e for n in range(20) for e in (f"run {n}", f"done {n}")]


def test_the_callbacks_of_a_destroyed_or_forgotten_owner_are_dropped(qtbot: QtBot) -> None:
    from PySide6.QtCore import QObject

    runner = TaskRunner()
    gate = threading.Event()
    heard: list[str] = []
    owner, other = QObject(), QObject()
    runner.submit(gate.wait, lambda _r: heard.append("destroyed owner"), owner=owner, lane="l")
    runner.submit(lambda: 1, lambda _r: heard.append("queued behind it"), owner=owner, lane="l")
    runner.submit(lambda: 2, lambda _r: heard.append("someone else"), owner=other)
    import shiboken6

    shiboken6.delete(owner)  # the window closed and was deleted while its work ran
    runner.forget(other)  # closed, not deleted yet
    runner.submit(lambda: 3, lambda _r: heard.append("after forget"), owner=other)
    with qtbot.waitSignal(runner.idle, timeout=5000):
        gate.set()
    assert heard == [] and runner.pending == 0
    with qtbot.waitSignal(runner.idle, timeout=5000):
        runner.submit(lambda: 4, lambda _r: heard.append("no owner"), lane="l")  # the lane is free again
    assert heard == ["no owner"]


def test_the_immediate_runner_keeps_lanes_in_order_too() -> None:
    runner = ImmediateTaskRunner()
    events: list[str] = []

    def first_done(_result: object) -> None:
        events.append("first done")
        runner.submit(lambda: events.append("second runs"), lambda _r: events.append("second done"), lane="x")
        events.append("first callback ends")

    runner.submit(lambda: events.append("first runs"), first_done, lane="x")
    assert events == ["first runs", "first done", "first callback ends", "second runs", "second done"]
    other: list[str] = []
    runner.submit(lambda: other.append("no lane"), lambda _r: runner.submit(lambda: other.append("nested")))
    assert other == ["no lane", "nested"]  # without a lane, at once, as before


def test_call_now_runs_on_the_calling_thread_after_the_lanes_running_task_and_before_its_waiting_ones(
    qtbot: QtBot,
) -> None:
    """The drafts' last save when quitting: it must not overlap the lane's running write, and the lane's queued
    tasks must not start meanwhile."""
    runner = TaskRunner(isolated=("drafts",))
    started, release = threading.Event(), threading.Event()
    order: list[str] = []

    def running() -> None:
        started.set()
        assert release.wait(5)
        order.append("running")

    runner.submit(running, lane="drafts")
    runner.submit(lambda: order.append("waiting"), lane="drafts")
    assert started.wait(5)
    threading.Thread(target=release.set).start()  # the running write ends while call_now waits

    def now() -> threading.Thread:
        order.append("now")
        return threading.current_thread()

    caller = runner.call_now(now, lane="drafts")
    assert caller is threading.main_thread()
    assert order == ["running", "now"]
    with qtbot.waitSignal(runner.idle, timeout=5000):
        pass  # the waiting task starts once the running one's result is delivered here
    assert order == ["running", "now", "waiting"]
    assert runner.call_now(lambda: "free", lane="drafts") == "free"  # a free lane: at once


def test_a_runner_let_go_while_its_tasks_run_neither_crashes_nor_hangs_the_process() -> None:
    """The last CI run hung for 90 minutes: a worker held the last reference to the runner of a desk that had quit,
    destroyed it there, and its pool waited for its own thread with the GIL held (or the result reached a deleted
    runner: a crash). Jobs now hold only the process's relay, and pools are let go once idle."""
    done = subprocess.run(
        [sys.executable, "-c", LET_GO], cwd=ROOT, capture_output=True, text=True, timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert done.returncode == 0 and done.stdout == "let go\n", done.stdout + done.stderr


class _Held:
    """Something a task holds (a service, a QObject): records on which thread it was let go."""

    def __init__(self, freed: list[bool]) -> None:
        self._freed = freed

    def __del__(self) -> None:
        self._freed.append(threading.current_thread() is threading.main_thread())


def _hold(_held: _Held, release: threading.Event | None = None) -> None:
    if release is not None:
        assert release.wait(5)


def test_what_a_task_holds_is_let_go_on_the_gui_thread_even_after_a_shutdown(qtbot: QtBot) -> None:
    """A QObject destroyed on a worker stops its timers from the wrong thread; so the job lets go of its function
    before reporting, and the runner (on the GUI thread) holds the task until then, also once shut down."""
    freed: list[bool] = []
    runner = TaskRunner()
    with qtbot.waitSignal(runner.idle, timeout=5000):
        for _ in range(20):
            runner.submit(partial(_hold, _Held(freed)))
    assert freed == [True] * 20
    closing = TaskRunner()
    release = threading.Event()
    for _ in range(3):
        closing.submit(partial(_hold, _Held(freed), release))
    qtbot.waitUntil(lambda: closing.in_flight == 3, timeout=5000)
    assert closing.shutdown(0) is False
    release.set()
    qtbot.waitUntil(lambda: len(freed) == 23, timeout=5000)
    assert freed == [True] * 23 and closing.in_flight == 0
