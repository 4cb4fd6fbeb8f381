"""Demo mode: the app's real tweepy backend pointed at a fake X server with its seeded world.

The fake server runs in a process of its own (`python -m exec_desk.fakex --exit-on-stdin-eof`): its
world and its request handling then take neither memory nor GIL time from the app, as a real X would not. It
exits when its standard input closes, so it never outlives the app, even one that was killed. `in_process=True`
(and a frozen build, which cannot start `python -m`) runs it on threads of this process instead; tests that drive
the server's clock use that. `launch_demo` spawns the process and returns at once: start-up imports tweepy (and
opens the store) while the process starts on the other core, then `finish` reads its credentials.
"""

from __future__ import annotations

import json
import select
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from exec_desk.core.calls import CallRecorder

if TYPE_CHECKING:
    from exec_desk.backends.tweepy.backend import TweepyBackend

DEMO_ACCOUNT = "demo"
DEMO_SEED = 2026
#: Seconds the demo server process may take to print its credentials.
START_TIMEOUT = 30.0


class DemoError(RuntimeError):
    """The demo server could not be started."""


class StaticTokens:
    """A `TokenSource` for a token that does not need refreshing (the fake server's ready demo token)."""

    def __init__(self, token: str) -> None:
        self._token = token

    def access_token(self) -> str:
        return self._token

    def force_refresh(self, rejected: str | None = None) -> str:
        return self._token


@dataclass
class Demo:
    """A running demo: where the fake server is, who the demo user is, a backend talking to it over real HTTP."""

    credentials: dict[str, Any]
    backend: TweepyBackend
    _stop: Callable[[], None]

    @property
    def base_url(self) -> str:
        return str(self.credentials["base_url"])

    def stop(self) -> None:
        self._stop()


def start_demo(
    recorder: CallRecorder,
    *,
    seed: int = DEMO_SEED,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    in_process: bool = False,
) -> Demo:
    """Start the fake server on a free loopback port and a backend for its demo user. Blocks (< 1 s, a process)."""
    return launch_demo(seed=seed, clock=clock, in_process=in_process).finish(recorder)


class LaunchedDemo:
    """A demo server on its way up: its process is spawned, its credentials not read yet (`finish` waits for them).

    Start-up spawns it first and does its own work (the store, importing tweepy) while the process starts on the
    other core; `stop` ends it if that work fails."""

    def __init__(self, seed: int, clock: Callable[[], datetime], in_process: bool) -> None:
        self._clock = clock
        self._proc: subprocess.Popen[str] | None = None
        self._ready: tuple[dict[str, Any], Callable[[], None]] | None = None
        if in_process or getattr(sys, "frozen", False):
            self._ready = _start_in_process(seed, clock)
        else:
            command = [sys.executable, "-m", "exec_desk.fakex", "--seed", str(seed), "--exit-on-stdin-eof"]
            self._proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def finish(self, recorder: CallRecorder) -> Demo:
        """Wait for the server's credentials (< 1 s) and make the backend of its demo user."""
        from exec_desk.backends.tweepy.backend import TweepyBackend  # imported while the server process starts

        credentials, stop = self._ready if self._ready is not None else _credentials(self._checked_proc())
        backend = TweepyBackend(
            account=DEMO_ACCOUNT,
            user_id=str(credentials["user_id"]),
            recorder=recorder,
            api_base_url=str(credentials["base_url"]),
            tokens=StaticTokens(str(credentials["oauth2_access_token"])),
            clock=self._clock,
            app_owner=bool(credentials.get("app_owner", False)),
        )
        return Demo(credentials, backend, stop)

    def _checked_proc(self) -> subprocess.Popen[str]:
        assert self._proc is not None
        return self._proc

    def stop(self) -> None:
        """End the server (when what needed it failed before `finish`)."""
        if self._ready is not None:
            self._ready[1]()
        elif self._proc is not None:
            _stopper(self._proc)()


def launch_demo(
    *, seed: int = DEMO_SEED, clock: Callable[[], datetime] = lambda: datetime.now(UTC), in_process: bool = False
) -> LaunchedDemo:
    """Spawn the fake server's process (or, `in_process` and in a frozen build, start it on threads); at once."""
    return LaunchedDemo(seed, clock, in_process)


def _start_in_process(seed: int, clock: Callable[[], datetime]) -> tuple[dict[str, Any], Callable[[], None]]:
    from exec_desk.fakex.server import FakeXServer

    server = FakeXServer(seed=seed, port=0, clock=clock)
    server.start()
    return server.credentials(), server.stop


def _stopper(proc: subprocess.Popen[str]) -> Callable[[], None]:
    def stop() -> None:
        if proc.stdin is not None and not proc.stdin.closed:
            proc.stdin.close()  # the server's signal to stop
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()

    return stop


def _credentials(proc: subprocess.Popen[str]) -> tuple[dict[str, Any], Callable[[], None]]:
    """The credentials line of a spawned server process, and how to stop it."""
    assert proc.stdout is not None and proc.stdin is not None
    stop = _stopper(proc)
    ready, _, _ = select.select([proc.stdout], [], [], START_TIMEOUT)
    line = proc.stdout.readline() if ready else ""
    try:
        credentials = json.loads(line)
        if not isinstance(credentials, dict) or "base_url" not in credentials:
            raise ValueError(line)
    except ValueError:
        stop()
        status = "did not answer" if not ready else f"said {line.strip()[:200]!r} (exit code {proc.returncode})"
        raise DemoError(f"The demo X server could not start: it {status}.") from None
    return credentials, stop
