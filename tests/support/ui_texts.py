"""Collect the texts a window shows (labels, buttons, menus, titles, tooltips, placeholders, items, model roles) and
find the ones still in English.

A text is English when, once the user content (post texts, names, handles, list names: the test says which) and
URLs are taken out, it still has an English word from `ENGLISH`: words that French UI text never uses (not "a", "on",
"en", "session", "source", "plan", "page", "budget", "date", "menu", "minutes", "photo", "mentions", "clients" or
"message", which French shares). It is also
English when it equals the English source of a catalogue entry whose French differs (`Catalogue`). Both catch a
string nobody wrapped for translation (it is in no catalogue) and one the catalogue lacks.

What may stay the same in French passes by construction, with no list to keep: proper names and marks ("Exec
Desk", "X", "x.com", "GIF", key names such as "Ctrl+Z"), numbers and times ("4:32", "+2 min"), and words French
shares ("Photo", "Menu…", "Clients", "Mentions"): none of them is in `ENGLISH`, and the catalogue's translator
decided they are the same (an entry whose French equals its English is not in `sources`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

ENGLISH = frozenset(
    """the and your you is are of for with this that to from by not no post posts retweet retweets retweeted reply
    replies quote quotes like likes open close back more search all group groups time left start quit settings
    account now undo hour today next previous shortcuts keys key help what why here read done ended used cost fees
    later lists list use these got it demo fake made fetching up nothing new enjoy quiet end extend thread draft
    drafts outbox send sent save saved cancel delete edit write quick sign signed review over planned early
    tomorrow until paused reminders reminder snooze resume rest hide show every words filter failed retry cannot
    could only when instead off set week day days hours working monthly about earlier other others similar folded
    members member it's don't""".split()  # noqa: SIM905 - a list of words reads better as words
)
_WORD = re.compile(r"[A-Za-z][A-Za-z']*")
_TAGS = re.compile(r"<[^>]+>")
_URL = re.compile(r"https?://\S+")


@dataclass(frozen=True)
class Shown:
    """One text of the UI and where it is (for the failure message)."""

    where: str
    text: str


def _label(widget: QWidget) -> str:
    return f"{type(widget).__name__}#{widget.objectName() or '?'}"


def _action_texts(action: QAction, where: str) -> Iterator[Shown]:
    if action.isSeparator():
        return
    yield Shown(f"{where} action", action.text())
    yield Shown(f"{where} action tooltip", action.toolTip())
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield from menu_texts(menu, f"{where} > {action.text()}")


def menu_texts(menu: QMenu, where: str = "menu") -> Iterator[Shown]:
    """The title and every entry of a menu and its submenus."""
    yield Shown(f"{where} title", menu.title())
    for action in menu.actions():
        yield from _action_texts(action, where)


def model_texts(model: QAbstractItemModel, roles: Iterable[int], where: str = "model") -> Iterator[Shown]:
    """The values of `roles` for every row of a list model (what a delegate paints)."""
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        for role in roles:
            value = index.data(role)
            if isinstance(value, str):
                yield Shown(f"{where} row {row} role {role}", value)


def widget_texts(root: QWidget) -> Iterator[Shown]:
    """Every text `root` and its children show or say (visible now or on another page), its actions' and menus'."""
    for widget in [root, *root.findChildren(QWidget)]:
        where = _label(widget)
        if widget.isWindow():
            yield Shown(f"{where} title", widget.windowTitle())
        yield Shown(f"{where} tooltip", widget.toolTip())
        yield Shown(f"{where} accessible name", widget.accessibleName())
        yield Shown(f"{where} accessible description", widget.accessibleDescription())
        if isinstance(widget, QLabel):
            yield Shown(where, _TAGS.sub(" ", widget.text()))
        elif isinstance(widget, QAbstractButton):
            yield Shown(where, widget.text())
        elif isinstance(widget, QLineEdit):
            yield Shown(f"{where} placeholder", widget.placeholderText())
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            yield Shown(f"{where} placeholder", widget.placeholderText())
            yield Shown(where, widget.toPlainText())
        elif isinstance(widget, QComboBox):
            yield from (Shown(f"{where} item {i}", widget.itemText(i)) for i in range(widget.count()))
        elif isinstance(widget, QGroupBox):
            yield Shown(f"{where} title", widget.title())
        elif isinstance(widget, QTabWidget | QTabBar):
            yield from (Shown(f"{where} tab {i}", widget.tabText(i)) for i in range(widget.count()))
        elif isinstance(widget, QListView) and widget.model() is not None:
            model = widget.model()
            yield from model_texts(model, (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole), where)
        if isinstance(widget, QMenu):
            yield from menu_texts(widget, where)
        for action in widget.actions():
            yield from _action_texts(action, where)


def english(shown: Iterable[Shown], *, user_content: Iterable[str] = (), sources: Iterable[str] = ()) -> list[Shown]:
    """The texts of `shown` that are English (see the module docstring); `sources`: English catalogue texts."""
    content = sorted({c for c in user_content if c}, key=len, reverse=True)
    exact = {s.strip() for s in sources if s.strip()}
    found = []
    for item in shown:
        text = item.text.replace("&&", "").replace("&", "")
        if not text.strip():
            continue
        if text.strip() in exact:
            found.append(item)
            continue
        for part in content:
            text = text.replace(part, " ")
        text = _URL.sub(" ", text)
        if any(word.lower() in ENGLISH for word in _WORD.findall(text)):
            found.append(item)
    return found
