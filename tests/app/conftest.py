"""Fixtures for whole-app tests: a real Secret Service, a fake X server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from exec_desk.fakex.server import FakeXServer
from tests.support.secret_service import secret_service

__all__ = ["secret_service"]


@pytest.fixture
def fake_x() -> Iterator[FakeXServer]:
    with FakeXServer(seed=11, port=0) as server:
        yield server
