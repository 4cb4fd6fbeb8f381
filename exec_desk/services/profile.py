"""A profile's database for the commands (`exec-desk signin`, `doctor`, `post`), opened through here.

The commands run without Qt and without the app's context (`services.context` is the app's): they refuse a
database written by a newer Exec Desk before anything touches it (`check_profile`), then open the store and its
API-cost ledger once (`open_profile`), and queue a post as the composer does (`queue_post`: a repeat of a post
sent or queued is refused, and nothing is queued without a known account).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from exec_desk.storage.migrations import NewerSchemaError, check_schema
from exec_desk.storage.paths import Paths

if TYPE_CHECKING:
    from exec_desk.core.compose import ComposedPost
    from exec_desk.storage.ledger import Ledger
    from exec_desk.storage.store import Store

__all__ = ["NewerSchemaError", "NoAccountError", "Profile", "check_profile", "open_profile", "queue_post"]


class NoAccountError(ValueError):
    """No account to post as (none signed in, or not the one asked for); the message says what to do."""


@dataclass(frozen=True, slots=True)
class Profile:
    """The opened database: the store and the ledger that records what each API call costs."""

    store: Store
    ledger: Ledger


def check_profile(paths: Paths) -> None:
    """Raise `NewerSchemaError` when the profile's database was written by a newer Exec Desk (read only)."""
    check_schema(paths.database_file)


@contextmanager
def open_profile(paths: Paths) -> Iterator[Profile]:
    """The profile's store and ledger, closed on leaving. Raises `NewerSchemaError` (nothing touched)."""
    from exec_desk.storage.ledger import Ledger  # not for `check_profile`, which runs before the tray shows
    from exec_desk.storage.store import Store

    with Store(paths.database_file) as store:
        yield Profile(store, Ledger(store))


def queue_post(profile: Profile, account: str, post: ComposedPost, now: datetime) -> int:
    """Put `post` in `account`'s outbox (`account` empty: the only one signed in); returns the item's id.

    Raises `NoAccountError` when there is no such account and `DuplicatePost` when the post repeats one sent or
    queued; then nothing is queued.
    """
    store = profile.store
    known = [a.key for a in store.accounts.all()]
    key = account or (known[0] if len(known) == 1 else "")
    if not key or key not in known:
        hint = "run `exec-desk signin` first" if not known else f"choose one with --account ({', '.join(known)})"
        raise NoAccountError(f"No X account to post as: {hint}.")
    from exec_desk.services.outbox import queue  # not for `check_profile`, which runs before the tray shows

    return queue.queue_post(store, key, post, now).id
