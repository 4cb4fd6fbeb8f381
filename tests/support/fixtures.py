"""The test world, declared once: a pytest plugin that tests/conftest.py loads (`pytest_plugins`).

A fake X server (`server`) on a clock that moves only when told (`clock`, from `fake_world.ANCHOR`), its world grown
from `seed`; an in-memory store holding that world's user (`store`, as `fake_world.ACCOUNT`) with its `ledger`; the
real tweepy backend signed in to the server (`backend`); settings in the test's folder (`settings`); the real task
runner (`runner`); a fake X on the wall clock for sign-in and whole-app tests (`fake_x`); and the system tools some
tests run (`tool`).

These are defaults. A folder (its conftest.py) or a test module that needs another world redefines the fixture of
that name, and pytest takes the nearest definition: most often `seed` (another fake world) or `store` (another
store); the fixtures built on it follow.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from exec_desk.backends.tweepy.backend import TweepyBackend
from exec_desk.fakex.server import FakeXServer
from exec_desk.services.clock import ManualClock
from exec_desk.services.tasks import TaskRunner
from exec_desk.storage.ledger import Ledger
from exec_desk.storage.settings import Settings
from exec_desk.storage.store import Store

from .fake_world import ACCOUNT, manual_clock, oauth2_backend, running_server, store_with_account

#: The Debian package of each system tool a test runs (packaging/bootstrap.sh test installs them).
TOOL_PACKAGES = {"desktop-file-validate": "desktop-file-utils", "appstreamcli": "appstream"}


@pytest.fixture
def seed() -> int:
    """The seed the fake X world grows from (the same world on every run)."""
    return 3


@pytest.fixture
def clock() -> ManualClock:
    """A clock that moves only when told, from `fake_world.ANCHOR`; `clock.timer` makes its timers."""
    return manual_clock()


@pytest.fixture
def server(clock: ManualClock, seed: int) -> Iterator[FakeXServer]:
    """The fake X server on `clock`, its world grown from `seed`; it must end without a bug of its own."""
    with running_server(clock, seed=seed) as running:
        yield running


@pytest.fixture
def fake_x() -> Iterator[FakeXServer]:
    """A fake X server on the wall clock, for sign-in and whole-app tests (browsers, token lifetimes and app
    subprocesses live in real time); it must end without a bug of its own."""
    with FakeXServer(seed=11, port=0) as running:
        yield running
    assert running.errors == []


@pytest.fixture
def store(server: FakeXServer, clock: ManualClock) -> Iterator[Store]:
    """An in-memory store holding the fake world's user as `fake_world.ACCOUNT`."""
    with store_with_account(server, clock, ACCOUNT) as opened:
        yield opened


@pytest.fixture
def ledger(store: Store) -> Ledger:
    return Ledger(store)


#: Seconds the tests' backend waits for an answer (`backend`); the faults that must time out hold longer.
READ_TIMEOUT = 2.5


@pytest.fixture
def backend(server: FakeXServer, ledger: Ledger, clock: ManualClock) -> TweepyBackend:
    """The real tweepy backend signed in to `server` with its OAuth 2.0 token, recording its calls in `ledger`.

    Its answers may take up to `READ_TIMEOUT` s (a loaded CI machine can stall the in-process server past 1 s: a
    fetch then went to its retry and the test saw no request); a fault that holds a request longer (3 s) is a read
    timeout."""
    return oauth2_backend(server, ledger, clock, ACCOUNT, timeout=(5.0, READ_TIMEOUT))


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings saved in the test's folder; no environment variable overrides them."""
    return Settings(tmp_path / "settings.json", env={})


@pytest.fixture
def runner(qapp: object) -> Iterator[TaskRunner]:
    """The real task runner (worker threads, results on the GUI thread); it must shut down within 10 s."""
    made = TaskRunner()
    yield made
    assert made.shutdown(10000)


@pytest.fixture
def tool() -> Callable[[str], str]:
    """`tool(name)`: the path of a system tool; the test fails (never skips) when it is missing."""

    def find(name: str) -> str:
        path = shutil.which(name)
        if path is None:
            pytest.fail(f"{name} is missing: apt-get install {TOOL_PACKAGES.get(name, name)} (bootstrap.sh test does)")
        return path

    return find
