"""Fixtures of the office tests: a store with an account, a deck folder the team writes into (files dated an hour
before the tests' clock, so that they are settled), and a `Deck` over both."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from exec_desk.services.deck.deck import Deck
from exec_desk.services.deck.rules import DeckRules
from exec_desk.storage.store import Store
from tests.support.factories import ACCOUNT, make_account

NOW = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "desk.sqlite3") as opened:
        opened.accounts.add(make_account())
        yield opened


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "Proposals"
    path.mkdir()
    return path


def drop(folder: Path, name: str, data: str | bytes, *, age: timedelta = timedelta(hours=1)) -> Path:
    """The team drops a file; its modification time is `age` before the tests' clock."""
    path = folder / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    stamp = (NOW - age).timestamp()
    os.utime(path, (stamp, stamp))
    return path


MakeDeck = Callable[..., Deck]


@pytest.fixture
def make_deck(store: Store, folder: Path, clock: Clock) -> MakeDeck:
    def make(rules: DeckRules | None = None, where: Path | None = None) -> Deck:
        return Deck(
            store,
            ACCOUNT,
            where or folder,
            by="@boss",
            clock=clock,
            rules=lambda: rules or DeckRules(cooloff_minutes=10),
        )

    return make
