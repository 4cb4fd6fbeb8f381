"""The lease of an outbox item in flight: which process sends it, and whether that process is gone.

An item the sender claims (`sending`) is leased to this process: `lease_owner` is a small JSON object, `{"host",
"boot", "pid", "start"}` — the host name, the kernel's boot id, the process id and the process's start time (in
clock ticks since boot, from /proc), so that a process id the system gave again to another program is not taken for
the owner. While a step runs (a media upload can take minutes: 4 MB segments, one after the other), a thread of its
own renews `lease_heartbeat` every `HEARTBEAT_EVERY`.

Start-up recovery (and the look again after a failed step) takes over — marks `uncertain`, to be checked with an
owned read before anything is sent again — only an item whose owner is gone (`Lease.gone`):
- no owner (written before leases existed, or by a crash before the lease was recorded): gone;
- this process: gone unless the item is in flight in this process right now (another sender of the same process,
  e.g. the one of an account being closed, may still be at it: a process-wide registry says which are);
- another process on this host (same host name and boot): gone when its pid does not exist any more, is a zombie,
  or belongs to a process started at another moment; a live owner is never taken over, however old its heartbeat
  (it may be stopped in a debugger, or busy: taking its item over could send it twice);
- another boot of this host: gone (the machine restarted);
- another host (a profile on a network file system), or a system where a process cannot be looked at: gone when
  its heartbeat is older than `STALE_AFTER`.

Why ten minutes: the heartbeat is renewed every 30 s by a thread that needs nothing but the store (a short write,
SQLite's busy timeout is 10 s), so a live owner misses twenty beats in a row only when it is frozen or cut off; and
the bound must outlast the clock difference between two hosts sharing a profile, which NTP keeps far below a
minute. A lower bound would take over a live owner more often; a higher one only makes a dead owner's item wait
longer. The sender also looks again every `RECHECK` while an item is held by another live process, so the item
goes once that process is gone, without waiting for the next start.

A step that finds, at the end, that its lease was taken over records nothing (`OutboxRepo.holds`): the process
that took it over checks X before sending it again.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import socket
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from exec_desk.storage.records import OutboxItem, OutboxState
from exec_desk.storage.store import Store

log = logging.getLogger(__name__)

#: How often the owner of an item in flight says it is still at it.
HEARTBEAT_EVERY = timedelta(seconds=30)
#: A heartbeat older than this means its owner is gone, where the owner's process cannot be looked at.
STALE_AFTER = timedelta(minutes=10)
#: How often the sender looks again while another live process holds one of its items.
RECHECK = timedelta(minutes=1)
_PROC = Path("/proc")

#: Items in flight in this process, for any store: (database, item id).
_in_flight: set[tuple[str, int]] = set()
_in_flight_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class Owner:
    """Who holds a lease. `boot` and `start` are empty / None where the system does not tell them."""

    host: str
    boot: str
    pid: int
    start: int | None

    def dumps(self) -> str:
        return json.dumps({"host": self.host, "boot": self.boot, "pid": self.pid, "start": self.start})

    @classmethod
    def loads(cls, text: str) -> Owner | None:
        try:
            data = json.loads(text)
            start = data.get("start")
            return cls(
                str(data["host"]), str(data.get("boot") or ""), int(data["pid"]), None if start is None else int(start)
            )
        except (ValueError, TypeError, KeyError, AttributeError):
            return None


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="ascii", errors="replace")
    except OSError:
        return None


def _stat(pid: int, proc: Path) -> tuple[str, int] | None:
    """(state, start time in clock ticks since boot) of a process from /proc, None when it does not exist."""
    text = _read(proc / str(pid) / "stat")
    if text is None:
        return None
    fields = text[text.rfind(")") + 2 :].split()  # after "pid (comm) ": the comm may hold spaces and parentheses
    try:
        return fields[0], int(fields[19])
    except (IndexError, ValueError):
        return None


def this_process(proc: Path = _PROC) -> Owner:
    """The owner this process writes into the leases it takes."""
    pid = os.getpid()
    stat = _stat(pid, proc)
    boot = (_read(proc / "sys" / "kernel" / "random" / "boot_id") or "").strip()
    return Owner(socket.gethostname(), boot, pid, None if stat is None else stat[1])


def process_alive(owner: Owner, proc: Path = _PROC) -> bool | None:
    """Whether the owner's process still runs (True / False), or None where this system cannot tell."""
    if proc.is_dir() and (proc / "self").exists():
        stat = _stat(owner.pid, proc)
        if stat is None or stat[0] in ("Z", "X"):  # gone, or dead and not yet reaped
            return False
        return owner.start is None or stat[1] == owner.start
    if sys.platform == "win32":  # os.kill would end the process there
        return None
    try:
        os.kill(owner.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    except OSError:
        return None
    return True


class Lease:
    """The leases this process takes, and whether another's owner is gone (see the module docstring).

    `heartbeat_every` and `stale_after` are the bounds above; `proc` (the /proc folder) and `me` are for tests.
    """

    def __init__(
        self,
        *,
        heartbeat_every: timedelta = HEARTBEAT_EVERY,
        stale_after: timedelta = STALE_AFTER,
        proc: Path = _PROC,
        me: Owner | None = None,
    ) -> None:
        self.me = me or this_process(proc)
        self.owner = self.me.dumps()
        self._every, self._stale, self._proc = heartbeat_every, stale_after, proc

    def gone(self, item: OutboxItem, store: Store, now: datetime) -> bool:
        """Whether the owner of `item` (a `sending` item) is gone: it may then be taken over."""
        owner = None if item.lease_owner is None else Owner.loads(item.lease_owner)
        if owner is None:
            return True
        me = self.me
        if owner.host == me.host and owner.boot != me.boot and owner.boot and me.boot:
            return True  # this host started again since
        if owner.host == me.host and owner.boot == me.boot:
            if (owner.pid, owner.start) == (me.pid, me.start):
                return not in_flight(store, item.id)
            alive = process_alive(owner, self._proc)
            if alive is not None:
                return not alive
        beat = item.lease_heartbeat
        return beat is None or now - beat > self._stale

    def recover(self, store: Store, account: str, now: datetime) -> tuple[list[OutboxItem], bool]:
        """Take over the account's items in flight whose owner is gone (they become `uncertain`); the uncertain
        items to check, and whether another live process still holds some."""
        store.outbox.recover_interrupted(now, account=account, gone=lambda item: self.gone(item, store, now))
        held = bool(store.outbox.all(account, states=[OutboxState.SENDING]))
        return store.outbox.all(account, states=[OutboxState.UNCERTAIN]), held

    @contextlib.contextmanager
    def held(self, store: Store, item_id: int, clock: Callable[[], datetime]) -> Iterator[None]:
        """While the block runs (sending the item), the item is in flight here and its heartbeat is renewed."""
        key = _key(store, item_id)
        with _in_flight_lock:
            _in_flight.add(key)
        stop = threading.Event()

        def beat() -> None:
            while not stop.wait(self._every.total_seconds()):
                try:
                    if not store.outbox.renew_lease(item_id, self.owner, clock()):
                        log.warning("outbox item %s: its lease was taken over by another process", item_id)
                        return
                except Exception:  # the store busy for a moment: the next beat tries again
                    log.exception("outbox item %s: the heartbeat could not be written", item_id)

        thread = threading.Thread(target=beat, name=f"outbox-lease-{item_id}", daemon=True)
        thread.start()
        try:
            yield
        finally:
            stop.set()
            thread.join()
            with _in_flight_lock:
                _in_flight.discard(key)


def _key(store: Store, item_id: int) -> tuple[str, int]:
    return (str(store.path.resolve()) if store.path is not None else f"memory:{id(store)}", item_id)


def in_flight(store: Store, item_id: int) -> bool:
    """Whether a sender of this process is sending the item right now."""
    with _in_flight_lock:
        return _key(store, item_id) in _in_flight
