"""Fixtures for the storage tests: an in-memory store with one made-up account (not the fake world's)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from exec_desk.storage.store import Store
from tests.support.factories import account_store


@pytest.fixture
def store() -> Iterator[Store]:
    yield from account_store()
