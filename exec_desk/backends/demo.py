"""Demo mode: the app's real tweepy backend pointed at an embedded fake X server with its seeded world."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from exec_desk.backends.base import CallRecorder
from exec_desk.backends.fakex.server import FakeXServer
from exec_desk.backends.tweepy_backend import TweepyBackend

DEMO_ACCOUNT = "demo"
DEMO_SEED = 2026


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
    """A running demo: the fake server and a backend talking to it over real HTTP."""

    server: FakeXServer
    backend: TweepyBackend

    def stop(self) -> None:
        self.server.stop()


def start_demo(
    recorder: CallRecorder,
    *,
    seed: int = DEMO_SEED,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> Demo:
    """Start the fake server on a free loopback port and a backend for its demo user. Blocks briefly (< 1 s)."""
    server = FakeXServer(seed=seed, port=0, clock=clock)
    server.start()
    creds = server.credentials()
    backend = TweepyBackend(
        account=DEMO_ACCOUNT,
        user_id=str(creds["user_id"]),
        recorder=recorder,
        api_base_url=str(creds["base_url"]),
        tokens=StaticTokens(str(creds["oauth2_access_token"])),
        clock=clock,
    )
    return Demo(server=server, backend=backend)
