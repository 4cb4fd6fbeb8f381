"""Fixtures for FakeAuth's tests (fakex/auth.py, with oauth_clients.py and oauth1_signature.py): its clock, in
seconds since the epoch, that moves only when told, and a FakeAuth on it."""

from __future__ import annotations

import pytest

from exec_desk.fakex.auth import FakeAuth
from tests.support.auth_server import USER_ID, FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def fake(clock: FakeClock) -> FakeAuth:
    return FakeAuth(USER_ID, clock=clock, seed=7)
