"""Fixtures for the account dialog's tests: a store in the test's folder with no account yet."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from exec_desk.storage.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "exec-desk.sqlite3") as opened:
        yield opened
