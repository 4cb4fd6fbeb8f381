"""Demo mode: the app's real tweepy backend pointed at a fake X server with its seeded world.

The fake server runs in a process of its own (`python -m exec_desk.fakex --exit-on-stdin-eof`): its
world and its request handling then take neither memory nor GIL time from the app, as a real X would not. It
exits when its standard input closes, so it never outlives the app, even one that was killed. `in_process=True`
(and a frozen build, which cannot start `python -m`) runs it on threads of this process instead; tests that drive
the server's clock use that.
"""

from __future__ import annotations

import json
import select
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from exec_desk.backends.tweepy.backend import TweepyBackend
from exec_desk.core.calls import CallRecorder

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
    if in_process or getattr(sys, "frozen", False):
        credentials, stop = _start_in_process(seed, clock)
    else:
        credentials, stop = _start_process(seed)
    backend = TweepyBackend(
        account=DEMO_ACCOUNT,
        user_id=str(credentials["user_id"]),
        recorder=recorder,
        api_base_url=str(credentials["base_url"]),
        tokens=StaticTokens(str(credentials["oauth2_access_token"])),
        clock=clock,
        app_owner=bool(credentials.get("app_owner", False)),
    )
    return Demo(credentials, backend, stop)


def _start_in_process(seed: int, clock: Callable[[], datetime]) -> tuple[dict[str, Any], Callable[[], None]]:
    from exec_desk.fakex.server import FakeXServer

    server = FakeXServer(seed=seed, port=0, clock=clock)
    server.start()
    return server.credentials(), server.stop


def _start_process(seed: int) -> tuple[dict[str, Any], Callable[[], None]]:
    command = [sys.executable, "-m", "exec_desk.fakex", "--seed", str(seed), "--exit-on-stdin-eof"]
    proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdin is not None

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
