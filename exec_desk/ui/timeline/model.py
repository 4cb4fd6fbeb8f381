"""The session's queue as a Qt list model, and the filter (group, search text) the window puts in front of it.

`TimelineModel` mirrors `session.items()`: rows are inserted where the session says when it emits
`items_inserted(row, items)` (at the end, or ahead of the unread rows for an open response clock: the view's
selection and current row follow their post, since rows are inserted, never reset), and a row's
`dataChanged` is emitted synchronously when `item_changed(post_id)` fires, so a retweet shows as "Retweeted" in
the same frame as the key press. Custom roles (`Role`) expose each field the delegate paints; `Role.ITEM` gives
the whole `QueueItem`.

When the session emits `started` (the engine is reused for the next session), the model starts again empty; a
model made for a session that has ended starts empty too (its queue was read already).

Signals of TimelineModel:
    groups_changed(): a group appeared for the first time (the window refreshes its group filter).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from exec_desk.core.i18n import QT_TRANSLATE_NOOP
from exec_desk.core.queue import ActionState, QueueItem
from exec_desk.core.search import matches, query_words, words
from exec_desk.core.signal.reasons import REASON_WORDS
from exec_desk.ui.i18n import group_name, message_text, short_date, short_time
from exec_desk.ui.session.ports import SessionPort

Index = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    """Custom data roles of `TimelineModel`."""

    ITEM = int(Qt.ItemDataRole.UserRole) + 1
    POST_ID = ITEM + 1
    AUTHOR_NAME = ITEM + 2
    USERNAME = ITEM + 3
    AGE = ITEM + 4
    TEXT = ITEM + 5
    GROUP_ID = ITEM + 6
    GROUP_NAME = ITEM + 7
    REASON = ITEM + 8
    STATE = ITEM + 9
    ERROR = ITEM + 10
    STATE_TEXT = ITEM + 11
    RETWEETED_BY = ITEM + 12
    MEDIA = ITEM + 13
    METRICS_TEXT = ITEM + 14
    URL = ITEM + 15
    AVATAR_URL = ITEM + 16
    WHY = ITEM + 17  # the footnote: "Why: <reason> · 2 similar posts folded in"
    QUOTED_BY = ITEM + 18  # the quoted post's author ("Name @user"), or "Quoted post"
    SIGNALS = ITEM + 19  # what needs the executive: "journalist · mentions you · reply by 16:00" ("" for none)


#: The response clock's words (`signals_text`).
CLOCK_WORDS = (
    QT_TRANSLATE_NOOP("TimelineModel", "reply by {time}"),
    QT_TRANSLATE_NOOP("TimelineModel", "overdue since {time}"),
)
ROLE_NAMES: dict[int, QByteArray] = {int(r): QByteArray(r.name.lower().encode()) for r in Role}


def format_age(created: datetime, now: datetime) -> str:
    """Short age of a post: "now", "3 min", "2 h", "4 d", then the date ("26 Nov"), in the user's language."""
    seconds = int((now - created).total_seconds())
    if seconds < 60:
        return QCoreApplication.translate("TimelineModel", "now")
    if seconds < 3600:
        return QCoreApplication.translate("TimelineModel", "%n min", "age", seconds // 60)
    if seconds < 86_400:
        return QCoreApplication.translate("TimelineModel", "%n h", "age", seconds // 3600)
    if seconds < 7 * 86_400:
        return QCoreApplication.translate("TimelineModel", "%n d", "age", seconds // 86_400)
    return short_date(created)


def state_text(state: ActionState, error: str | None, *, retry_key: str = "T", undo_key: str = "U") -> str:
    """The words shown on an item for its retweet state ("" when nothing was done)."""
    shown_error = message_text(error) if error else ""
    if state == ActionState.PENDING:
        return QCoreApplication.translate("TimelineModel", "Retweeted · Pending… ({key} to undo)").format(key=undo_key)
    if state == ActionState.DONE:
        return QCoreApplication.translate("TimelineModel", "Retweeted")
    if state == ActionState.FAILED:
        if shown_error:
            text = QCoreApplication.translate("TimelineModel", "Retweet failed — press {key} to retry ({error})")
            return text.format(key=retry_key, error=shown_error)
        return QCoreApplication.translate("TimelineModel", "Retweet failed — press {key} to retry").format(
            key=retry_key
        )
    if state == ActionState.FORBIDDEN:
        if shown_error:
            return QCoreApplication.translate("TimelineModel", "Cannot retweet: {error}").format(error=shown_error)
        return QCoreApplication.translate("TimelineModel", "Cannot retweet this post")
    return ""


def metrics_text(item: QueueItem) -> str:
    """ "2 replies   5 retweets   1 like   0 quotes" (numbers written the locale's way)."""
    m = item.post.metrics
    parts = [
        QCoreApplication.translate("TimelineModel", "%Ln (reply|replies)", "metrics", m.reply_count),
        QCoreApplication.translate("TimelineModel", "%Ln retweet(s)", "metrics", m.retweet_count),
        QCoreApplication.translate("TimelineModel", "%Ln like(s)", "metrics", m.like_count),
        QCoreApplication.translate("TimelineModel", "%Ln quote(s)", "metrics", m.quote_count),
    ]
    return "   ".join(parts)


def retweeted_by_text(item: QueueItem) -> str:
    names = [u.name or f"@{u.username}" for u in item.retweeted_by]
    if not names:
        return ""
    if len(names) == 1:
        return QCoreApplication.translate("TimelineModel", "Retweeted by {name}").format(name=names[0])
    if len(names) == 2:
        text = QCoreApplication.translate("TimelineModel", "Retweeted by {name} and {other}")
        return text.format(name=names[0], other=names[1])
    text = QCoreApplication.translate("TimelineModel", "Retweeted by {name} and %n other(s)", None, len(names) - 1)
    return text.format(name=names[0])


def unknown_account() -> str:
    return QCoreApplication.translate("TimelineModel", "Unknown account")


def why_text(item: QueueItem) -> str:
    """The item's footnote: why it is here (unless its signals, shown above it, say so already: "mentions you"
    twice read as a glitch), and how many posts of the same link were folded into it."""
    parts = [QCoreApplication.translate("TimelineModel", "Why: {reason}").format(reason=message_text(item.reason))]
    if item.duplicates:
        parts.append(QCoreApplication.translate("TimelineModel", "%n similar post(s) folded in", None, item.duplicates))
    return " · ".join(parts[0 if item.reason and not item.attention.reasons else 1 :])


def signals_text(item: QueueItem, now: datetime) -> str:
    """Why the post needs the executive, in the user's language: its reasons and, with a response clock, by when
    to answer ("reply by 16:00", or "overdue since 16:00")."""
    parts = [QCoreApplication.translate("Reasons", REASON_WORDS[r]) for r in item.attention.reasons]
    due = item.attention.respond_by
    if due is not None:
        same_day = due.astimezone().date() == now.astimezone().date()
        when = short_time(due) if same_day else f"{short_date(due)} {short_time(due)}"
        words = CLOCK_WORDS[1] if now > due else CLOCK_WORDS[0]
        parts.append(QCoreApplication.translate("TimelineModel", words).format(time=when))
    return " · ".join(parts)


def quoted_by_text(item: QueueItem) -> str:
    who = item.quoted_author
    return f"{who.name} @{who.username}" if who else QCoreApplication.translate("TimelineModel", "Quoted post")


class TimelineModel(QAbstractListModel):
    """A read-only list of the session's `QueueItem`s; the retweet state is read live from the session."""

    groups_changed = Signal()

    def __init__(self, session: SessionPort, clock: Callable[[], datetime], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._clock = clock
        self._items: list[QueueItem] = []
        self._rows: dict[str, int] = {}
        self._groups: dict[int, str] = {}
        self.retry_key = "T"
        self.undo_key = "U"
        self._getters = self._build_getters()
        session.started.connect(self._restart)
        session.items_inserted.connect(self._insert)
        session.item_changed.connect(self._changed)
        if session.is_active:  # an ended session's queue is not shown again in a new window
            self._append(session.items())

    # -- Qt model interface -------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._items)

    def roleNames(self) -> dict[int, QByteArray]:
        return {**super().roleNames(), **ROLE_NAMES}

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or index.parent().isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self._author_name(item)}: {item.post.text}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return " · ".join(t for t in (message_text(item.reason), self._state_text(item)) if t)
        try:
            role_enum = Role(role)
        except ValueError:
            return None
        return self._role_data(item, role_enum)

    def _role_data(self, item: QueueItem, role: Role) -> Any:
        return self._getters[role](item)  # a table built once: data() runs for every role of every painted row

    def _build_getters(self) -> dict[Role, Callable[[QueueItem], Any]]:
        session = self._session
        return {
            Role.ITEM: lambda item: item,
            Role.POST_ID: lambda item: item.post.id,
            Role.AUTHOR_NAME: self._author_name,
            Role.USERNAME: lambda item: item.author.username if item.author else "",
            Role.AGE: lambda item: format_age(item.post.created_at, self._clock()),
            Role.TEXT: lambda item: item.post.text,
            Role.GROUP_ID: lambda item: item.group_id,
            Role.GROUP_NAME: lambda item: group_name(item.group_name),
            Role.REASON: lambda item: message_text(item.reason),
            Role.STATE: lambda item: str(session.state_of(item.post.id)),
            Role.ERROR: lambda item: message_text(session.error_of(item.post.id) or ""),
            Role.STATE_TEXT: self._state_text,
            Role.RETWEETED_BY: retweeted_by_text,
            Role.MEDIA: lambda item: list(item.media),
            Role.METRICS_TEXT: metrics_text,
            Role.URL: lambda item: item.url,
            Role.AVATAR_URL: lambda item: (item.author.profile_image_url or "") if item.author else "",
            Role.WHY: why_text,
            Role.QUOTED_BY: quoted_by_text,
            Role.SIGNALS: lambda item: signals_text(item, self._clock()),
        }

    # -- queries ------------------------------------------------------------------------------------------------
    def item_at(self, row: int) -> QueueItem:
        return self._items[row]

    def row_of(self, post_id: str) -> int | None:
        return self._rows.get(post_id)

    def groups(self) -> list[tuple[int, str]]:
        """(group id, name) in order of first appearance."""
        return list(self._groups.items())

    def refresh_ages(self) -> None:
        """Tell views that every age text may have changed (the window calls it now and then)."""
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1), [int(Role.AGE)])

    # -- session signals ----------------------------------------------------------------------------------------
    def _append(self, items: Sequence[QueueItem]) -> None:
        self._insert(len(self._items), items)

    def _insert(self, row: int, items: Sequence[QueueItem]) -> None:
        new = [i for i in items if i.post.id not in self._rows]
        new = list({i.post.id: i for i in new}.values())
        if not new:
            return
        first = max(0, min(row, len(self._items)))
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self._items[first:first] = new
        for offset, item in enumerate(self._items[first:], start=first):
            self._rows[item.post.id] = offset
        self.endInsertRows()
        fresh = {i.group_id: i.group_name for i in new if i.group_id not in self._groups}
        if fresh:
            self._groups.update(fresh)
            self.groups_changed.emit()

    def _restart(self, _session_id: int) -> None:
        """A new session on the same engine: start again from its (new) queue."""
        self.beginResetModel()
        self._items, self._rows, self._groups = [], {}, {}
        self.endResetModel()
        self._append(self._session.items())
        self.groups_changed.emit()

    def _changed(self, post_id: str) -> None:
        row = self._rows.get(post_id)
        if row is not None:
            item = self._session.item(post_id)  # as it is now: a dismissed or answered post has no clock left
            if item is not None:
                self._items[row] = item
            index = self.index(row)
            self.dataChanged.emit(index, index, [])

    def _author_name(self, item: QueueItem) -> str:
        if item.author is None:
            return unknown_account()
        return item.author.name or f"@{item.author.username}"

    def _state_text(self, item: QueueItem) -> str:
        pid = item.post.id
        return state_text(
            self._session.state_of(pid), self._session.error_of(pid), retry_key=self.retry_key, undo_key=self.undo_key
        )


class TimelineFilter(QSortFilterProxyModel):
    """Shows the rows of one group (or all) whose text, quoted post, name, username or group has every search word,
    whole or as the start of a word, case and accents aside (`core.search`: "Tom" finds "Tom", not "automation")."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._group: int | None = None
        self._query: tuple[str, ...] = ()
        self._words: dict[str, tuple[str, ...]] = {}  # post id → its folded words, made once per post

    @property
    def group(self) -> int | None:
        return self._group

    def set_group(self, group_id: int | None) -> None:
        self.beginFilterChange()
        self._group = group_id
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._query = query_words(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        source = self.sourceModel()
        index = source.index(source_row, 0, source_parent)
        if self._group is not None and index.data(Role.GROUP_ID) != self._group:
            return False
        if not self._query:
            return True
        return matches(self._query, self._words_of(index))

    def _words_of(self, index: QModelIndex | QPersistentModelIndex) -> tuple[str, ...]:
        item = index.data(Role.ITEM)
        key = item.post.id if isinstance(item, QueueItem) else str(index.row())
        cached = self._words.get(key)
        if cached is None:
            quoted = item.quoted.text if isinstance(item, QueueItem) and item.quoted is not None else ""
            fields = (Role.TEXT, Role.AUTHOR_NAME, Role.USERNAME, Role.GROUP_NAME)
            cached = words(" ".join([*(str(index.data(r) or "") for r in fields), quoted]))
            self._words[key] = cached
        return cached
