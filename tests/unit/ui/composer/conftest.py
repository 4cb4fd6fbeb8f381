"""Fixtures for the composer tests: a store in the test's folder with a made-up account (not the fake world's)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from exec_desk.storage.store import Store
from tests.support.factories import account_store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    yield from account_store(tmp_path / "desk.sqlite3")
