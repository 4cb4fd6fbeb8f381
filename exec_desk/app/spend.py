"""The spend's part of the running app: the month's API spend in the tray's tooltip, the budget's 80 % and 100 %
notices (once a month, `services.spend.watch`), and the Spend page (tray → Spend…, or a clicked budget notice).

`SpendDesk` lives while an account's context is open; `close()` stops the watch and drops the page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from exec_desk.services.clock import Clock
from exec_desk.services.context import AppContext
from exec_desk.services.spend.report import SpendBook
from exec_desk.services.spend.watch import SpendNow, SpendWatch
from exec_desk.services.tasks import Runner
from exec_desk.storage.settings import Settings
from exec_desk.ui.spend.window import SpendWindow, budget_notice, tooltip_line
from exec_desk.ui.tray import Tray


class SpendDesk:
    """Watches the month's spend of `context`'s account for the tray; shows the Spend page in `windows["spend"]`."""

    def __init__(
        self,
        context: AppContext,
        settings: Settings,
        runner: Runner,
        clock: Clock,
        tray: Tray,
        windows: dict[str, QWidget],
        *,
        icon: Callable[[], QIcon],
        show: Callable[[QWidget], None],
        emit: Callable[[dict[str, Any]], None],
    ) -> None:
        self._context, self._runner, self._clock, self._tray = context, runner, clock, tray
        self._windows, self._icon, self._show, self._emit = windows, icon, show, emit
        self.watch = SpendWatch(context.store, context.ledger, context.account.key, settings, runner, clock)
        self.watch.changed.connect(self._changed)
        self.watch.crossed.connect(self._crossed)
        self.watch.refresh()

    def _changed(self, now: SpendNow) -> None:
        self._tray.set_spend(tooltip_line(now))
        window = self._windows.get("spend")
        if isinstance(window, SpendWindow):
            window.refreshed()

    def _crossed(self, now: SpendNow) -> None:
        self._emit({"event": "budget", "percent": now.crossed})
        self._tray.notify(budget_notice(now), kind="spend")

    def open(self) -> None:
        """Show the Spend page of the account (built the first time)."""
        window = self._windows.get("spend")
        if window is None:
            context = self._context
            book = SpendBook(context.ledger, context.account.key, self.watch.budget_micro, self._clock)
            window = self._windows["spend"] = SpendWindow(book, self._runner, clock=self._clock)
            window.setWindowIcon(self._icon())
        self._show(window)

    def close(self) -> None:
        """Stop watching and drop the page."""
        self.watch.close()
        self.watch.deleteLater()
        window = self._windows.pop("spend", None)
        if window is not None:
            window.hide()
            window.deleteLater()
