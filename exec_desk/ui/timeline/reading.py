"""Which posts of the timeline were on screen long enough to be read (the rule: `core.reading`).

`ReadTracker` watches a list view: which rows intersect its viewport, by how much, and since when. It looks again
whenever what shows may have changed (scrolling, resizing, rows added, removed or filtered, the list hidden or
shown, the window activated, deactivated or minimised), keeps the time each row became continuously visible enough
(from the injected clock), and arms one timer (from the injected timer factory) for the moment the first of them
will have been read. Time is never counted by ticks: at that moment it looks again and compares times, so a late
timer still decides right, and tests drive it with a `ManualClock`.

Signals of ReadTracker:
    read(str): the post with this id has been on screen long enough to be read (once per post).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QWidget

from exec_desk.core.queue import QueueItem
from exec_desk.core.reading import reading_seconds, visible_enough
from exec_desk.services.clock import TimerFactory, ms_until, qt_timers
from exec_desk.ui.timeline.model import Role

#: Events after which more may show: look again.
_LOOK_AGAIN = frozenset(
    {QEvent.Type.Show, QEvent.Type.Resize, QEvent.Type.WindowActivate, QEvent.Type.WindowStateChange}
)
#: Events after which nothing shows any more: stop counting, without looking (they also come while the window is
#: being destroyed, when its widgets must not be asked anything).
_GONE = frozenset({QEvent.Type.Hide, QEvent.Type.WindowDeactivate, QEvent.Type.Close})


class ReadTracker(QObject):
    """Tells which posts of `view` (rows with `Role.POST_ID`) were read; `window` is the window it lives in."""

    read = Signal(str)

    def __init__(
        self,
        view: QAbstractItemView,
        window: QWidget,
        *,
        clock: Callable[[], datetime],
        timers: TimerFactory | None = None,
    ) -> None:
        super().__init__(view)
        self._view, self._window, self._clock = view, window, clock
        self._since: dict[str, datetime] = {}  # post id → since when it has been on screen without a break
        self._needs: dict[str, float] = {}  # post id → seconds it must stay on screen
        self._done: set[str] = set()
        self._timer = (timers or qt_timers(self))(self.refresh)
        self.enabled = True
        view.verticalScrollBar().valueChanged.connect(self.refresh)
        for widget in (view, view.viewport(), window):
            widget.installEventFilter(self)
        self.set_model()

    def set_model(self) -> None:
        """Follow the view's (new) model: rows added, removed, filtered or reset change what shows."""
        model = self._view.model()
        if model is None:
            return
        for signal in (model.rowsInserted, model.rowsRemoved, model.rowsMoved, model.layoutChanged):
            signal.connect(self.refresh)
        model.modelReset.connect(self.forget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _GONE:
            self.pause()
        elif kind in _LOOK_AGAIN:
            self.refresh()
        return False

    def pause(self) -> None:
        """Nothing is on screen any more (the list or its window was hidden or left): every count starts again."""
        self._since.clear()
        self._timer.stop()

    def forget(self) -> None:
        """A new queue (the next session in the same window): start from nothing."""
        self._since.clear()
        self._needs.clear()
        self._done.clear()
        self._timer.stop()  # the rows to come will be looked at as they are inserted

    def on_screen(self) -> list[str]:
        """The post ids whose rows are on screen enough now, top to bottom (none while the list cannot be seen)."""
        view, window = self._view, self._window
        if not (self.enabled and view.isVisible() and window.isActiveWindow()):
            return []
        if window.windowState() & Qt.WindowState.WindowMinimized:
            return []
        model = view.model()
        if model is None:
            return []
        area = view.viewport().rect()
        shown: list[str] = []
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            rect = view.visualRect(index)
            if rect.top() >= area.bottom() + 1:
                break
            if visible_enough(rect.top(), rect.bottom() + 1, area.top(), area.bottom() + 1):
                post_id = index.data(Role.POST_ID)
                if post_id:
                    shown.append(str(post_id))
                    if str(post_id) not in self._needs:
                        self._needs[str(post_id)] = _reading_seconds(index.data(Role.ITEM))
        return shown

    def refresh(self) -> None:
        """Look at what shows now: start counting for rows that came on screen, stop for those that left, tell
        the rows read by now, and arm the timer for the next one."""
        now = self._clock()
        shown = [p for p in self.on_screen() if p not in self._done]
        for post_id in list(self._since):
            if post_id not in shown:
                del self._since[post_id]
        due: datetime | None = None
        read_now: list[str] = []
        for post_id in shown:
            since = self._since.setdefault(post_id, now)
            at = since + timedelta(seconds=self._needs[post_id])
            if at <= now:
                del self._since[post_id]
                self._done.add(post_id)
                read_now.append(post_id)
            elif due is None or at < due:
                due = at
        if due is None:
            self._timer.stop()
        else:
            self._timer.start(ms_until(due, now))
        for post_id in read_now:
            self.read.emit(post_id)


def _reading_seconds(item: object) -> float:
    if not isinstance(item, QueueItem):
        return reading_seconds("")
    return reading_seconds(item.post.text, item.quoted.text if item.quoted is not None else "")
