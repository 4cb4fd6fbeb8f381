"""What the "Sources and groups" settings page edits: the kinds of source, parsing what the user types, changes.

A source the user adds is an X List (its number or its x.com address), an account (@name: its recent posts,
through the recent search) or a saved search (an X search query). `parse_source` turns the typed text into the
source's `ref` and `label`, or says in translated words what is wrong. `SourceChanges` collects what the page
changed; `apply_source_changes` writes it in one store transaction (blocking: run it on the task runner).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from exec_desk.core.i18n import QT_TRANSLATE_NOOP
from exec_desk.storage.records import Group, SourceKind
from exec_desk.ui.i18n import group_name

CONTEXT = "SettingsSources"
#: The kinds of source the user can add, with their name and what to type.
ADDABLE: tuple[tuple[SourceKind, str, str], ...] = (
    (
        SourceKind.LIST,
        QT_TRANSLATE_NOOP("SettingsSources", "X List"),
        QT_TRANSLATE_NOOP("SettingsSources", "List address or number, e.g. https://x.com/i/lists/123"),
    ),
    (SourceKind.USER, QT_TRANSLATE_NOOP("SettingsSources", "Account"), QT_TRANSLATE_NOOP("SettingsSources", "@name")),
    (
        SourceKind.SEARCH,
        QT_TRANSLATE_NOOP("SettingsSources", "Saved search"),
        QT_TRANSLATE_NOOP("SettingsSources", 'Search words, e.g. "our brand" -is:retweet'),
    ),
)
_LIST_REF = re.compile(r"(?:https?://)?(?:(?:www\.)?(?:x|twitter)\.com/i/lists/)?(\d{1,20})/?")
_HANDLE = re.compile(r"(?:https?://)?(?:(?:www\.)?(?:x|twitter)\.com/)?@?([A-Za-z0-9_]{1,15})/?")
MAX_QUERY = 512


def translated(text: str) -> str:
    """A text of the tables above (context SettingsSources) in the interface language."""
    return QCoreApplication.translate(CONTEXT, text)


def group_title(group: Group) -> str:
    """A group's name as shown: the default groups translated, the user's own names as they are."""
    return group_name(group.name)


def source_title(kind: SourceKind, label: str, ref: str) -> str:
    """A source as shown in the list ("Account: @name")."""
    if kind is SourceKind.HOME:
        return QCoreApplication.translate("SettingsSources", "Home timeline")
    if kind is SourceKind.MENTIONS:
        return QCoreApplication.translate("SettingsSources", "Mentions of you")
    if kind is SourceKind.LIST:
        return QCoreApplication.translate("SettingsSources", "X List: {name}").format(name=label or ref)
    if kind is SourceKind.USER:
        return QCoreApplication.translate("SettingsSources", "Account: {name}").format(name=label or ref)
    return QCoreApplication.translate("SettingsSources", "Saved search: {query}").format(query=label or ref)


def parse_source(kind: SourceKind, text: str) -> tuple[str, str]:
    """(ref, label) of a source typed by the user; `ValueError` with a translated message if it cannot be used."""
    text = text.strip()
    if kind is SourceKind.LIST:
        match = _LIST_REF.fullmatch(text)
        if match is None:
            raise ValueError(
                QCoreApplication.translate(
                    "SettingsSources", "Enter the number of the X List or its address, e.g. https://x.com/i/lists/123."
                )
            )
        return match.group(1), match.group(1)
    if kind is SourceKind.USER:
        match = _HANDLE.fullmatch(text)
        if match is None:
            raise ValueError(
                QCoreApplication.translate(
                    "SettingsSources", "Enter an X account as @name (letters, digits and _, at most 15)."
                )
            )
        return match.group(1).lower(), "@" + match.group(1)
    if not text or len(text) > MAX_QUERY:
        raise ValueError(
            QCoreApplication.translate("SettingsSources", "Enter the words to search for (at most 512 characters).")
        )
    return text, text
