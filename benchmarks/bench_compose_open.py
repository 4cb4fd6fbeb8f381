"""Time from "compose" to the composer painted on screen, once the app runs (target: ≤ 50 ms).

Run by hand: `.venv/bin/python benchmarks/bench_compose_open.py [--runs 30]`, offscreen by default, or on a real X
server: `.venv/bin/python packaging/virtual_desktop.py -- .venv/bin/python benchmarks/bench_compose_open.py`.

The app (`ExecDesk`, demo account, single-instance socket listening) runs in this process; the composer is built
in the background as in production, and the benchmark waits for that. Then, each run hides the composer and asks
for it again, until its first paint event:
- tray: the tray's "Quick compose" (the same signal as the menu entry and the middle click);
- exec-desk compose: a real `python -m exec_desk compose` process started from here, which hands the request over
  the local socket (its whole life: interpreter start-up, the hand-over, the app showing the window).
"Painted" means the first paint event came and the window is exposed (mapped on the screen). Also printed: what
building the composer costs (done once, off the user's path: the twitter-text import on a worker,
then the window on the GUI thread), measured in a fresh process.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from exec_desk.app.desk import ExecDesk
from exec_desk.services.instance import SingleInstance
from exec_desk.storage.paths import Paths
from exec_desk.storage.settings import Settings

BUILD_CODE = """
import os, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication
app = QApplication([])
t0 = time.perf_counter()
import exec_desk.ui.composer.window as c
t1 = time.perf_counter()
w = c.ComposerWindow(clock=lambda: __import__("datetime").datetime.now().astimezone())
w.ensurePolished(); w.winId()
t2 = time.perf_counter()
print(f"{(t1 - t0) * 1000:.1f} {(t2 - t1) * 1000:.1f}")
"""


class Painted(QObject):
    """Records when its widget paints."""

    def __init__(self) -> None:
        super().__init__()
        self.at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.at is None:
            self.at = time.perf_counter()
        return False


def _until(app: QApplication, done: object, timeout: float = 10.0) -> None:
    deadline = time.perf_counter() + timeout
    while not done() and time.perf_counter() < deadline:  # type: ignore[operator]
        app.processEvents()
    if not done():  # type: ignore[operator]
        raise RuntimeError("timed out")


def _report(name: str, samples: list[float]) -> None:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    print(f"{name:<34} median {statistics.median(ordered):6.1f} ms   p95 {p95:6.1f} ms   (n={len(ordered)})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)
    base = Path(tempfile.mkdtemp(prefix="bench-compose-"))
    paths = Paths.resolve(base)
    paths.ensure()
    instance = SingleInstance(paths.runtime_dir)
    assert instance.acquire()
    desk = ExecDesk(app, paths, Settings(paths.settings_file), demo=True, api_url=None, instance=instance)
    desk.start()
    _until(app, lambda: desk.compose is not None and desk.compose.composer is not None and instance.listening, 30)
    assert desk.compose is not None and desk.compose.composer is not None
    composer = desk.compose.composer
    probe = Painted()
    composer.installEventFilter(probe)

    exits: list[float] = []

    def ask(trigger: object) -> float:
        composer.hide()
        app.processEvents()
        probe.at = None
        start = time.perf_counter()
        result = trigger()  # type: ignore[operator]
        handle = composer.windowHandle()
        _until(app, lambda: probe.at is not None and handle is not None and handle.isExposed())
        shown = time.perf_counter()  # painted, and mapped on the screen (exposed)
        if isinstance(result, subprocess.Popen):
            _until(app, lambda: result.poll() is not None)  # a busy loop: the exit is seen within microseconds
            exits.append((time.perf_counter() - start) * 1000)
            assert result.returncode == 0
        return (shown - start) * 1000

    tray = [ask(desk.tray.compose_requested.emit) for _ in range(args.runs)]
    script = Path(sys.executable).with_name("exec-desk")  # the installed command, as a desktop shortcut runs it
    command = [str(script)] if script.exists() else [sys.executable, "-m", "exec_desk"]
    command += ["--basedir", str(base), "compose"]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    cli = [ask(lambda: subprocess.Popen(command, env=env)) for _ in range(max(10, args.runs // 2))]
    desk.quit()
    instance.close()

    print(f"platform: {app.platformName()}")
    _report("tray → composer painted", tray)
    _report(f"{Path(command[0]).name} … compose → painted", cli)
    _report("  the client process, start to exit", exits)
    floor = []
    for _ in range(len(exits)):  # the floor of any Python command here
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        floor.append((time.perf_counter() - start) * 1000)
    _report("  for comparison: python -c pass", floor)
    built = [subprocess.run([sys.executable, "-c", BUILD_CODE], capture_output=True, text=True, env=env, check=True)]
    imp, make = (float(x) for x in built[0].stdout.split())
    print(f"building it (once, in the background): import {imp:.0f} ms (on a worker), window {make:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
