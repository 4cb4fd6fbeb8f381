"""The deck kept fresh for the session window (QtCore only): read and decided on the task runner, never on the GUI
thread, the results handed back on it.

`DeckService(make_deck, runner, timers)`: `make_deck()` gives the `Deck` of the moment (the folder of the settings,
the opened account; None when there is neither a folder nor a feed). `refresh()` reads it (lane `LANE`: one read or
decision at a time, in order); it is read again every `REFRESH`, and the feeds (`read_feeds`, given as
`feeds`) at their own pace. `approve`, `reject` and `edit` decide on the runner, then read again; each answer is
`decided(Decided)` — with the error (`DeckError`, `Held`, `AlreadyDecided`, a `DuplicatePost`...) when it could
not be done, nothing lost. While the folder is offline the last proposals read stay (the store keeps them).

Signals of DeckService:
    changed(object): the `Snapshot` just read.
    decided(object): a `Decided`: what was asked, and the error or None.
    notice(object): a `Message` to tell the user (the folder offline, a decision not written yet, a feed failing).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from exec_desk.services.deck.deck import Deck, Entry, Snapshot

if TYPE_CHECKING:
    from exec_desk.services.clock import Timer, TimerFactory
    from exec_desk.services.tasks import Runner

LANE = ("deck",)
FEEDS_LANE = ("deck", "feeds")
REFRESH = timedelta(minutes=1)


@dataclass(frozen=True, slots=True)
class Decided:
    """The answer to `approve`, `reject` or `edit` of proposal `proposal_id`: `entry` when it was done, else
    `error`."""

    action: str
    proposal_id: str
    entry: Entry | None = None
    error: BaseException | None = None


class DeckService(QObject):
    changed = Signal(object)
    decided = Signal(object)
    notice = Signal(object)

    def __init__(
        self,
        make_deck: Callable[[], Deck | None],
        runner: Runner,
        timers: TimerFactory,
        *,
        feeds: Callable[[], Any] | None = None,
        feeds_every: Callable[[], timedelta] = lambda: timedelta(minutes=30),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._make, self._runner, self._timers = make_deck, runner, timers
        self._feeds, self._feeds_every = feeds, feeds_every
        self.snapshot: Snapshot | None = None
        self._timer: Timer | None = None
        self._feed_timer: Timer | None = None
        self._said: set[str] = set()

    def start(self) -> None:
        if self._timer is None:
            self._timer = self._timers(self.refresh)
            self._feed_timer = self._timers(self.read_feeds)
        self.read_feeds()
        self.refresh()

    def close(self) -> None:
        self._runner.forget(self)
        for timer in (self._timer, self._feed_timer):
            if timer is not None:
                timer.stop()

    def refresh(self) -> None:
        """Read the deck again (on the runner); `changed` follows."""
        if self._timer is not None:
            self._timer.start(int(REFRESH.total_seconds() * 1000))
        make = self._make

        def work() -> Snapshot | None:
            deck = make()
            return None if deck is None else deck.read()

        self._runner.submit(work, self._read, self._failed, lane=LANE, owner=self)

    def read_feeds(self) -> None:
        """Read the feeds now (each at most every `feed_every_minutes`), then the deck."""
        if self._feed_timer is not None:
            self._feed_timer.start(int(self._feeds_every().total_seconds() * 1000))
        if self._feeds is None:
            return
        self._runner.submit(self._feeds, self._feeds_read, self._failed, lane=FEEDS_LANE, owner=self)

    def _feeds_read(self, result: Any) -> None:
        for error in getattr(result, "errors", ()):
            self._say(error)
        if getattr(result, "proposed", None):
            self.refresh()

    def _read(self, snapshot: Snapshot | None) -> None:
        self.snapshot = snapshot
        for notice in () if snapshot is None else snapshot.notices:
            self._say(notice)
        self.changed.emit(snapshot)

    def _failed(self, error: BaseException) -> None:
        self._say(str(error))

    def _say(self, notice: object) -> None:
        if str(notice) not in self._said:
            self._said.add(str(notice))
            self.notice.emit(notice)

    # -- deciding ---------------------------------------------------------------------------------------------
    def approve(self, proposal_id: str, press_release: str | None = None) -> None:
        self._decide("approve", proposal_id, lambda deck: deck.approve(proposal_id, press_release=press_release))

    def reject(self, proposal_id: str, reason: str = "") -> None:
        self._decide("reject", proposal_id, lambda deck: deck.reject(proposal_id, reason))

    def edit(self, proposal_id: str) -> None:
        self._decide("edit", proposal_id, lambda deck: deck.edit(proposal_id))

    def link_edited(self, origin: str, proposal_id: str, outbox_id: int) -> None:
        """The post the composer queued from an edited proposal: followed like an approved one."""
        make = self._make

        def work() -> None:
            deck = make()
            if deck is not None:
                deck.link_edited(origin, proposal_id, outbox_id)

        self._runner.submit(work, lambda _none: self.refresh(), self._failed, lane=LANE, owner=self)

    def _decide(self, action: str, proposal_id: str, how: Callable[[Deck], Entry]) -> None:
        make = self._make

        def work() -> Entry:
            deck = make()
            if deck is None:
                raise LookupError("There is no deck.")
            entry = how(deck)
            deck.write_decisions()
            return entry

        def done(entry: Entry) -> None:
            self.decided.emit(Decided(action, proposal_id, entry))
            self.refresh()

        def failed(error: BaseException) -> None:
            self.decided.emit(Decided(action, proposal_id, error=error))
            self.refresh()

        self._runner.submit(work, done, failed, lane=LANE, owner=self)
