"""Run `exec-desk` in a subprocess with EXEC_DESK_DEBUG_EVENTS=1 and wait (bounded) for the events it prints."""

from __future__ import annotations

import contextlib
import json
import os
import queue
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

Event = dict[str, Any]


#: `exec-desk` with the tests' probes in the app (windows shown, the tray's place, typing): see support/probes.py.
APP_UNDER_TEST = Path(__file__).resolve().parents[1] / "support" / "app_under_test.py"


def exec_desk(*args: str) -> list[str]:
    return [sys.executable, str(APP_UNDER_TEST), *args]


class AppProcess:
    """The app in a subprocess; `wait_for(predicate)` returns the first event (past or future) that matches."""

    def __init__(self, args: Sequence[str], env: Mapping[str, str]) -> None:
        self._stderr = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115 - lives as long as the process; stop() closes it
        self.proc = subprocess.Popen(
            list(args),
            env={**env, "EXEC_DESK_DEBUG_EVENTS": "1"},
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
        )
        self.events: list[Event] = []
        self.lines: list[str] = []
        self._queue: queue.Queue[Event | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line)
            try:
                event = json.loads(line)
            except ValueError:
                continue
            if isinstance(event, dict):
                self._queue.put(event)
        self._queue.put(None)

    def wait_for(self, predicate: Callable[[Event], bool], timeout: float = 30.0, what: str = "") -> Event:
        for event in self.events:
            if predicate(event):
                return event
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                got = self._queue.get(timeout=left)
            except queue.Empty:
                break
            if got is None:
                break
            self.events.append(got)
            if predicate(got):
                return got
        raise AssertionError(f"no event {what} within {timeout} s; seen {self.events}; stderr:\n{self.stderr()}")

    def shown(self, name: str, timeout: float = 30.0) -> Event:
        return self.wait_for(lambda e: e.get("event") == "shown" and e.get("name") == name, timeout, f"shown {name}")

    def stderr(self) -> str:
        self._stderr.seek(0)
        return self._stderr.read()[-4000:]

    def stop(self, timeout: float = 15.0) -> int:
        """SIGTERM (a clean quit), then the exit code; killed if it does not end in time."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            raise
        finally:
            self._reader.join(5)
            if self.proc.stdout is not None:
                self.proc.stdout.close()
            self._stderr.close()

    def __enter__(self) -> AppProcess:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self.proc.poll() is None or not self._stderr.closed:
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.stop()


def offscreen_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run_client(args: Sequence[str], env: Mapping[str, str], timeout: float = 20.0) -> tuple[int, str, float]:
    """Run a short-lived `exec-desk` command; (exit code, stderr, seconds it took)."""
    started = time.monotonic()
    done = subprocess.run(list(args), env=dict(env), capture_output=True, text=True, timeout=timeout)
    return done.returncode, done.stderr, time.monotonic() - started


def socket_of(basedir: Path) -> Path:
    return basedir / "runtime" / "exec-desk.sock"


def demo_profile_set_up(basedir: Path) -> None:
    """A demo profile whose first run is already settled (default groups), so a session opens without the dialog."""
    from datetime import UTC, datetime

    from exec_desk.services.demo import DEMO_ACCOUNT
    from exec_desk.services.sources import FirstRunPlan, apply_plan
    from exec_desk.storage.paths import Paths
    from exec_desk.storage.records import Account, AuthKind
    from exec_desk.storage.store import Store

    paths = Paths.resolve(basedir)
    paths.ensure()
    with Store(paths.database_file) as store:  # the demo's start-up fills in the account's profile
        store.accounts.add(Account(DEMO_ACCOUNT, "0", "demo", "Demo", AuthKind.OAUTH2, "", datetime.now(UTC)))
        apply_plan(store, DEMO_ACCOUNT, FirstRunPlan((), {}))
