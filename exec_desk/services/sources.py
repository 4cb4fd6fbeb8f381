"""First run: create the default groups and map the user's X Lists to them (blocking; run it on the task runner).

`plan_first_run` reads the user's owned and followed lists (one request each) and returns them with the suggested
group of each, or None when the account already has groups. The first-run dialog shows `plan.suggestions` and
lets the user change them; `apply_plan` then creates the groups, a source per mapped list, and the Home and
Mentions sources. `ensure_default_sources` does both with the suggestions as they are (a first run without UI).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field

from exec_desk.backends.base import XBackend
from exec_desk.core import errors
from exec_desk.core.i18n import QT_TRANSLATE_NOOP, Message, Phrase
from exec_desk.core.models import XList
from exec_desk.core.sources import DEFAULT_GROUPS, HOME, MENTIONS, suggest_mapping
from exec_desk.storage.records import Group, SourceKind
from exec_desk.storage.store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class FirstRunPlan:
    """The user's lists (owned first, then followed) and `{list id: group name}` suggestions."""

    lists: tuple[XList, ...]
    suggestions: dict[str, str]
    #: Plain-words problems met while reading the lists (e.g. not available on the user's plan); `Message`s.
    problems: tuple[str, ...] = field(default=())


def plan_first_run(store: Store, account: str, backend: XBackend) -> FirstRunPlan | None:
    """What a first run would set up, or None if the account already has groups. Makes two owned reads."""
    if store.groups.all(account):
        return None
    lists: dict[str, XList] = {}
    problems: list[str] = []
    readers = (
        (backend.owned_lists, QT_TRANSLATE_NOOP("FirstRun", "Could not read your lists: {error}")),
        (backend.followed_lists, QT_TRANSLATE_NOOP("FirstRun", "Could not read the lists you follow: {error}")),
    )
    for read, words in readers:
        try:
            for x_list in read():
                lists.setdefault(x_list.id, x_list)
        except errors.XError as exc:
            log.warning("%s (%s)", words, exc)
            error = Phrase("Errors", exc.user_message)  # marked in core.errors
            problems.append(Message(Phrase.of("FirstRun", words, error=error)))
    found = tuple(lists.values())
    return FirstRunPlan(found, suggest_mapping(found), tuple(problems))


def apply_plan(store: Store, account: str, plan: FirstRunPlan, mapping: Mapping[str, str] | None = None) -> list[Group]:
    """Create the default groups and sources; `mapping` (default: the suggestions) maps list ids to group names.

    A list mapped to a group name that is not a default group gets a new group of that name. Returns the groups.
    Does nothing (and returns the existing groups) if the account already has groups.
    """
    chosen = dict(plan.suggestions if mapping is None else mapping)
    with store.transaction():
        existing = store.groups.all(account)
        if existing:
            return existing
        groups = {
            spec.name: store.groups.create(account, spec.name, priority=spec.priority, quota=spec.quota)
            for spec in DEFAULT_GROUPS
        }
        store.sources.add(account, SourceKind.HOME, label="Home timeline", group_id=groups[HOME].id)
        store.sources.add(account, SourceKind.MENTIONS, label="Mentions", group_id=groups[MENTIONS].id)
        for x_list in plan.lists:
            name = chosen.get(x_list.id)
            if not name:
                continue
            if name not in groups:
                groups[name] = store.groups.create(account, name, priority=20, quota=5)
            store.sources.add(account, SourceKind.LIST, x_list.id, label=x_list.name, group_id=groups[name].id)
        return store.groups.all(account)


def ensure_default_sources(store: Store, account: str, backend: XBackend) -> FirstRunPlan | None:
    """On first run, set up the defaults with the suggested mapping; return the plan applied (None if not first)."""
    plan = plan_first_run(store, account, backend)
    if plan is not None:
        apply_plan(store, account, plan)
    return plan
