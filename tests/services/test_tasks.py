from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QCoreApplication, QThread, QThreadPool
from pytestqt.qtbot import QtBot
from support.runners import ImmediateTaskRunner

from exec_desk.services.tasks import TaskRunner


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
            runner.submit(lambda i=i: i * i, results.append)
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
            runner.submit(lambda i=i: i, results.append)
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
