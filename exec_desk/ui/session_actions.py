"""What the session window's item actions do and how they look for the current item.

Kept apart from the window so the rules read in one place: retweet (or retry a failed one; never twice), undo
(the current item's pending retweet, else the latest pending one), and the plan-gated actions (like, reply,
quote) that become "… on x.com ↗" with the reason when the account's X plan does not allow them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QMenu, QToolButton, QWidget

from exec_desk.core.queue import ActionState, QueueItem
from exec_desk.ui.ports import SessionPort
from exec_desk.ui.shortcuts import ShortcutRegistry

ITEM_ACTIONS = ("retweet", "undo", "like", "reply", "quote", "open_detail", "open_on_x")
GATED = ("like", "reply", "quote")
AMPLIFIED = (ActionState.PENDING, ActionState.DONE)


def retweet(session: SessionPort, post_id: str, *, undo_key: str) -> str:
    """Retweet, or retry a failed retweet; returns the words for the status line."""
    state = session.state_of(post_id)
    if state == ActionState.FAILED:
        session.retry(post_id)
        return "Trying the retweet again…"
    if state == ActionState.NONE:
        session.retweet(post_id)
        if session.state_of(post_id) == ActionState.PENDING:
            return f"Retweeted. Press {undo_key} to undo." if undo_key else "Retweeted."
        return session.error_of(post_id) or ""
    if state == ActionState.FORBIDDEN:
        return session.error_of(post_id) or "This post cannot be retweeted."
    return "Already retweeted — a post is never retweeted twice."


def undo(session: SessionPort, current: str | None, recent: list[str]) -> str:
    """Undo the pending retweet of `current`, else the latest pending one of `recent` (oldest first)."""
    target = current if current and session.state_of(current) == ActionState.PENDING else None
    if target is None:
        pending = [p for p in recent if session.state_of(p) == ActionState.PENDING]
        target = pending[-1] if pending else None
    if target is None:
        sent = current is not None and session.state_of(current) == ActionState.DONE
        return "Too late to undo: the retweet has been sent." if sent else "Nothing to undo."
    if session.undo(target):
        return "Retweet undone — nothing was sent."
    return "Too late to undo: the retweet has been sent."


def refresh(registry: ShortcutRegistry, session: SessionPort, item: QueueItem | None, *, ended: bool) -> list[str]:
    """Enable, label and explain the item actions for `item`; return the reasons of the actions the plan forbids."""
    for action_id in (*ITEM_ACTIONS, "compose", "extend", "end"):
        needs_item = action_id in ITEM_ACTIONS
        registry.action(action_id).setEnabled(not ended and (item is not None or not needs_item))
    reasons: list[str] = []
    for action_id in GATED:
        action, spec = registry.action(action_id), registry.spec(action_id)
        allowed, reason = (True, "") if item is None else session.capability(action_id, item.post.id)
        keys = registry.keys_text(action_id)
        suffix = f" ({keys})" if keys else ""
        action.setText(spec.label if allowed else f"{spec.label} on x.com ↗")
        action.setToolTip((spec.description if allowed else reason) + suffix)
        if not allowed and reason and reason not in reasons:
            reasons.append(reason)
    state = session.state_of(item.post.id) if item is not None else ActionState.NONE
    label = "Retry retweet" if state == ActionState.FAILED else "Retweeted" if state in AMPLIFIED else "Retweet"
    registry.action("retweet").setText(label)
    return reasons


def button_bar(registry: ShortcutRegistry, item_row: QBoxLayout, side_row: QBoxLayout) -> None:
    """A flat button for each item action in `item_row`; "New post", "Shortcuts" and "More" (every action, in a
    menu) at the end of `side_row`."""
    for action_id in (*ITEM_ACTIONS, "compose", "help"):
        button = QToolButton()
        button.setObjectName(f"button_{action_id}")
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAutoRaise(action_id in ITEM_ACTIONS)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setDefaultAction(registry.action(action_id))
        (item_row if action_id in ITEM_ACTIONS else side_row).addWidget(button)
    item_row.addStretch(1)
    more = QToolButton()
    more.setObjectName("button_more")
    more.setText("More")
    more.setToolTip("Every action, with its keys")
    more.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    more.setMenu(full_menu(registry, more))
    side_row.addWidget(more)


def full_menu(registry: ShortcutRegistry, parent: QWidget) -> QMenu:
    """Every action of the window, by section: the menu entry of each one, keys shown on the right."""
    menu = QMenu(parent)
    menu.setObjectName("all_actions_menu")
    section = ""
    for spec in registry.specs():
        if spec.section != section:
            section = spec.section
            menu.addSection(section)
        menu.addAction(registry.action(spec.id))
    return menu


def item_menu(registry: ShortcutRegistry, parent: QWidget) -> QMenu:
    """The context menu of a post: every item action, with its keys."""
    menu = QMenu(parent)
    menu.setObjectName("item_menu")
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    for action_id in ITEM_ACTIONS:
        menu.addAction(registry.action(action_id))
    return menu


def counts_text(states: list[ActionState], position: int, shown: int) -> str:
    """The header's line: "Post 2 of 5 · 5 posts · 1 retweeted" (`position` 0: no current post)."""
    total = len(states)
    text = f"{total} post{'s' if total != 1 else ''}"
    if position > 0:
        text = f"Post {position} of {shown} · {text}"
    retweeted = sum(state in AMPLIFIED for state in states)
    return text + (f" · {retweeted} retweeted" if retweeted else "")
