"""Fixtures for the desktop tests: the fake X server, a store with its ledger, settings, a task runner."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from exec_desk.fakex.server import FakeXServer
from exec_desk.services.tasks import TaskRunner
from exec_desk.storage.settings import Settings
from exec_desk.storage.store import Store


@pytest.fixture
def fake_x() -> Iterator[FakeXServer]:
    with FakeXServer(seed=11, port=0) as server:
        yield server


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "exec-desk.sqlite3") as opened:
        yield opened


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.json")


@pytest.fixture
def runner(qapp: object) -> Iterator[TaskRunner]:
    made = TaskRunner()
    yield made
    assert made.shutdown(10000)
