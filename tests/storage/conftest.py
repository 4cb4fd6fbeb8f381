"""Fixtures for the storage tests: an in-memory store with one account, and a real Secret Service."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from exec_desk.storage.store import Store
from tests.support.factories import make_account
from tests.support.secret_service import locked_secret_service, secret_service

__all__ = ["locked_secret_service", "secret_service"]


@pytest.fixture
def store() -> Iterator[Store]:
    with Store(":memory:") as opened:
        opened.accounts.add(make_account())
        yield opened
