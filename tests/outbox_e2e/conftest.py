"""Fixtures for the outbox end-to-end tests: the fake X server on a hand-moved clock, a store with the account, the
real tweepy backend over loopback HTTP, and the outbox sender on an immediate runner."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from exec_desk.backends.tweepy.backend import TweepyBackend
from exec_desk.fakex import FakeXServer
from exec_desk.services.clock import ManualClock
from exec_desk.storage.ledger import Ledger
from exec_desk.storage.store import Store
from tests.support.fake_world import manual_clock, oauth2_backend, running_server, store_with_account

ACCOUNT = "me"


def png(path: Path, width: int = 4, height: int = 3) -> Path:
    """A small valid PNG (grey pixels), written without Qt."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")
    )
    return path


@pytest.fixture
def clock() -> ManualClock:
    return manual_clock()


@pytest.fixture
def server(clock: ManualClock) -> Iterator[FakeXServer]:
    with running_server(clock, seed=5) as running:
        yield running


@pytest.fixture
def store(server: FakeXServer, clock: ManualClock) -> Iterator[Store]:
    with store_with_account(server, clock, ACCOUNT) as opened:
        yield opened


def make_backend(server: FakeXServer, store: Store, clock: ManualClock, base_url: str | None = None) -> TweepyBackend:
    extra = {"api_base_url": base_url} if base_url else {}
    return oauth2_backend(server, Ledger(store), clock, ACCOUNT, timeout=(5.0, 0.5), **extra)


@pytest.fixture
def backend(server: FakeXServer, store: Store, clock: ManualClock) -> TweepyBackend:
    return make_backend(server, store, clock)
