"""Fixtures for the storage tests: an in-memory store with one account, and a real Secret Service."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from support.factories import make_account
from support.secret_service import locked_secret_service, secret_service

from exec_desk.storage.store import Store

__all__ = ["locked_secret_service", "secret_service"]


@pytest.fixture
def store() -> Iterator[Store]:
    with Store(":memory:") as opened:
        opened.accounts.add(make_account())
        yield opened
