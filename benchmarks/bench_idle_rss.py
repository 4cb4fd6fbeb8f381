"""Idle RSS of the running app in demo mode, after start-up and after one session (target ≤ 110 MiB).

    .venv/bin/python benchmarks/bench_idle_rss.py [--runs 3] [--settle 5]

Runs `tests/support/app_under_test.py --demo` (exec-desk with the tests' probes) on the virtual desktop with a tray
host, with EXEC_DESK_DEBUG_EVENTS so it says when it is ready and which windows it shows. Reads VmRSS from
/proc/<pid>/status once it has been idle for `--settle` seconds (median of several readings); then opens a session
as a second launch would (`exec-desk session`, handed to the running instance), accepts the first-run dialog that
comes first (Return), waits for the queue, ends the session with Ctrl+E and hides the window with Esc (real X11
keys, xdotool), and reads the idle RSS again. VmHWM (the peak) is shown too. The demo's fake X runs in a process of
its own, not counted (a real X is not in the app either)."""

from __future__ import annotations

import argparse
import contextlib
import json
import queue
import signal
import sqlite3
import statistics
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from harness import ROOT, python, virtual_desktop_module

from exec_desk.storage.paths import Paths

#: The app with the tests' probes, which say when the first-run dialog and the session window are shown.
APP_UNDER_TEST = ROOT / "tests" / "support" / "app_under_test.py"

TARGET_MIB = 110.0
SESSION_TITLE = "Session"
FIRST_RUN_TITLE = "Your X Lists"


def status_mib(pid: int) -> dict[str, float]:
    """VmRSS and VmHWM of a process, in MiB."""
    values = {}
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0]) / 1024
    return values


def idle_rss(pid: int, settle: float) -> tuple[float, float]:
    """Median VmRSS over a second of readings after `settle` seconds, and the VmHWM then."""
    time.sleep(settle)
    readings = []
    for _ in range(5):
        readings.append(status_mib(pid)["VmRSS"])
        time.sleep(0.25)
    return statistics.median(readings), status_mib(pid)["VmHWM"]


class App:
    """The app under test, with its debug events read on a thread."""

    def __init__(self, basedir: str, env: dict[str, str], extra: list[str]) -> None:
        self.basedir, self.env = basedir, env
        cmd = [python(), str(APP_UNDER_TEST), "--basedir", basedir, "--demo", *extra]
        self.proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True)
        self.events: queue.Queue[dict[str, Any]] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line.startswith("{"):
                self.events.put(json.loads(line))

    def expect(self, check: Any, timeout: float = 60.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            event = self.events.get(timeout=max(0.1, deadline - time.monotonic()))
            if check(event):
                return event

    def launch(self, command: str) -> None:
        cmd = [python(), str(APP_UNDER_TEST), "--basedir", self.basedir, command]
        subprocess.run(cmd, env=self.env, cwd=ROOT, check=True, timeout=60)

    def keys(self, *keys: str, title: str = SESSION_TITLE) -> None:
        """Real key presses in a window (focused first: the virtual desktop has no window manager)."""
        found = subprocess.run(
            ["xdotool", "search", "--name", title], env=self.env, capture_output=True, text=True, timeout=30
        )
        windows = found.stdout.split()
        if not windows:
            raise RuntimeError(f"no window {title!r} on the display")
        subprocess.run(["xdotool", "windowfocus", windows[-1]], env=self.env, check=True, timeout=30)
        subprocess.run(["xdotool", "key", *keys], env=self.env, check=True, timeout=30)

    def wait_session_logged(self, timeout: float = 20.0) -> None:
        """Until the session log (the app's database) has a session that ended."""
        database = Paths.resolve(Path(self.basedir)).database_file
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with contextlib.closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as conn:
                if conn.execute("SELECT count(*) FROM sessions WHERE ended_at IS NOT NULL").fetchone()[0]:
                    return
            time.sleep(0.2)
        raise TimeoutError("the session did not end")

    def quit(self) -> None:
        self.proc.send_signal(signal.SIGTERM)
        self.proc.wait(30)
        if self.proc.stdout is not None:
            self.proc.stdout.close()


def one_run(env: dict[str, str], settle: float, queue_seconds: float) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as basedir:
        app = App(basedir, env, [])
        try:
            app.expect(lambda e: e.get("event") == "ready")
            started_rss, started_hwm = idle_rss(app.proc.pid, settle)
            app.launch("session")
            app.expect(lambda e: e.get("event") == "shown" and e.get("name") == "first_run")  # a new profile
            app.keys("Return", title=FIRST_RUN_TITLE)  # "Use these groups"
            app.expect(lambda e: e.get("event") == "shown" and e.get("name") == "session_window")
            time.sleep(queue_seconds)  # the queue fills as the demo sources are fetched
            app.keys("ctrl+e")
            app.wait_session_logged()  # the summary shows
            app.keys("Escape")
            after_rss, after_hwm = idle_rss(app.proc.pid, settle)
        finally:
            app.quit()
    return {"started": started_rss, "after_session": after_rss, "peak": max(started_hwm, after_hwm)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--settle", type=float, default=5.0, help="seconds of idleness before reading RSS")
    parser.add_argument("--queue-seconds", type=float, default=6.0, help="seconds the session stays open")
    args = parser.parse_args()
    results: list[dict[str, float]] = []
    with virtual_desktop_module().VirtualDesktop() as desk:
        env = desk.env()
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # the XEmbed tray of the virtual desktop
        env["QT_QPA_PLATFORM"] = "xcb"
        env["EXEC_DESK_DEBUG_EVENTS"] = "1"
        for _ in range(args.runs):
            results.append(one_run(env, args.settle, args.queue_seconds))
    for key, label in (("started", "idle after start-up"), ("after_session", "idle after one session")):
        values = [r[key] for r in results]
        print(
            f"{label:<24} VmRSS median {statistics.median(values):6.1f} MiB   max {max(values):6.1f} MiB   "
            f"(n={len(values)})"
        )
    print(f"{'peak (VmHWM)':<24} max {max(r['peak'] for r in results):6.1f} MiB")
    worst = max(statistics.median([r[k] for r in results]) for k in ("started", "after_session"))
    print(f"target {TARGET_MIB:.0f} MiB: {'met' if worst <= TARGET_MIB else 'MISSED'}")


if __name__ == "__main__":
    main()
