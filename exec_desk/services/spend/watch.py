"""The month's spend kept fresh in the running app, and its budget notices given once.

`SpendWatch` listens to the API-cost ledger (`Ledger.subscribe`: after each call of its account that cost
something, on the thread that made it) and to the `monthly_budget_usd` setting; each time it reads the month's
spend again through the task runner (the store lane; reads asked while one runs are folded into one more) and
emits `changed`. When the month's spend has reached 80 % or 100 % of the budget, that threshold is claimed in the
store (`store.notices`, key `budget:YYYY-MM:80`): only the first claim, once per month and threshold, whatever
restarts happen, emits `crossed` (the highest threshold newly reached, if both at once). Months are UTC, as X
bills and as the ledger counts them.

Signals of SpendWatch:
    changed(object): a `SpendNow` (the month's spend and budget), after each read.
    crossed(object): a `SpendNow` whose `crossed` threshold (80 or 100) was just reached for the first time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QObject, Signal, Slot

from exec_desk.core.calls import CallRecord
from exec_desk.core.pricing import MICRO
from exec_desk.services.spend.report import THRESHOLDS, budget_key, month_of
from exec_desk.services.tasks import STORE, Runner
from exec_desk.storage.ledger import Ledger
from exec_desk.storage.settings import MONTHLY_BUDGET_USD, Settings
from exec_desk.storage.store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SpendNow:
    """The month's spend (micro-dollars) against the budget (0: none); `crossed`: a threshold just reached."""

    month: date
    spent_micro: int
    budget_micro: int
    crossed: int | None = None


class SpendWatch(QObject):
    """The spend of `account` this month. Call `refresh()` once to start; `close()` when the account closes.

    Signals: changed(object SpendNow), crossed(object SpendNow).
    """

    changed = Signal(object)
    crossed = Signal(object)
    _recorded = Signal()  # emitted on the thread that recorded a call; `refresh` runs on the GUI thread

    def __init__(
        self,
        store: Store,
        ledger: Ledger,
        account: str,
        settings: Settings,
        runner: Runner,
        clock: Callable[[], datetime],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._ledger, self._account = store, ledger, account
        self._settings, self._runner, self._clock = settings, runner, clock
        self._reading = self._again = False
        self.last: SpendNow | None = None
        self._recorded.connect(self.refresh)
        self._stop_ledger = ledger.subscribe(self._on_record)
        self._stop_settings = settings.subscribe(self._on_setting)

    def budget_micro(self) -> int:
        return max(0, round(self._settings.value(MONTHLY_BUDGET_USD) * MICRO))

    @Slot()
    def refresh(self) -> None:
        """Read the month's spend again (on the runner); a read asked while one runs comes after it."""
        if self._reading:
            self._again = True
            return
        self._reading, self._again = True, False
        self._runner.submit(self._read, self._read_done, self._failed, lane=STORE, owner=self)

    def close(self) -> None:
        self._stop_ledger()
        self._stop_settings()
        self._runner.forget(self)

    def _on_record(self, call: CallRecord, price: int) -> None:
        if price and call.account == self._account:
            self._recorded.emit()

    def _on_setting(self, name: str, _value: object) -> None:
        if name == MONTHLY_BUDGET_USD.name:
            self.refresh()

    def _read(self) -> SpendNow:
        now = self._clock()
        month, budget = month_of(now), self.budget_micro()
        spent = self._ledger.month_to_date(self._account, now)
        crossed = None
        if budget > 0:
            for percent in THRESHOLDS:
                reached = spent * 100 >= budget * percent
                if reached and self._store.notices.claim(self._account, budget_key(month, percent), now):
                    crossed = percent
        return SpendNow(month, spent, budget, crossed)

    def _read_done(self, now: SpendNow) -> None:
        self._reading = False
        self.last = now
        self.changed.emit(now)
        if now.crossed is not None:
            self.crossed.emit(now)
        if self._again:
            self.refresh()

    def _failed(self, error: BaseException) -> None:
        self._reading = False
        log.warning("the month's spend could not be read: %s", error)
        if self._again:
            self.refresh()
