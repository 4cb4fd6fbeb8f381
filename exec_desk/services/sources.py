"""First run: create the default groups and map the user's X Lists to them (blocking; run it on the task runner).

`plan_first_run` reads the user's owned and followed lists (one request each) and returns them with the suggested
group of each, or None when the account already has groups. The first-run dialog shows `plan.suggestions` and
lets the user change them; `apply_plan` then creates the groups, a source per mapped list, and the Home and
Mentions sources. `ensure_default_sources` does both with the suggestions as they are (a first run without UI).

`SourceBook` is what the UI holds of all this for one account (the first-run dialog, the settings' sources page):
its blocking methods read the groups and sources, plan and apply a first run, and write the settings page's
`SourceChanges` (groups added, renamed, removed; their priority, quota and sources) in one transaction; the UI
calls them through the task runner and never touches the store.
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
from exec_desk.storage.records import Group, Source, SourceKind
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
            problems.append(Message(Phrase.of("FirstRun", words, error=exc.user_message)))
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


@dataclass(frozen=True, slots=True)
class NewSource:
    """A source to add to a group."""

    group_id: int
    kind: SourceKind
    ref: str
    label: str


@dataclass(frozen=True, slots=True)
class NewGroup:
    """A group to create. `key` is the page's own (negative) id for it: sources added to it name it."""

    key: int
    name: str
    priority: int = 20
    quota: int = 5


@dataclass(frozen=True, slots=True)
class SourceChanges:
    """What the page changed: groups renamed or with a new priority or quota, sources added, ids of sources removed;
    groups created (`new_groups`) and ids of groups removed (with their sources)."""

    groups: tuple[Group, ...] = ()
    added: tuple[NewSource, ...] = ()
    removed: tuple[int, ...] = field(default=())
    new_groups: tuple[NewGroup, ...] = ()
    removed_groups: tuple[int, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.groups or self.added or self.removed or self.new_groups or self.removed_groups)


def apply_source_changes(store: Store, account: str, changes: SourceChanges) -> None:
    """Write `changes` in one transaction (blocking: run it on the task runner). Raises on a store error (a name
    taken twice: `sqlite3.IntegrityError`); then nothing is written."""
    with store.transaction():
        gone = set(changes.removed_groups)
        for group_id in gone:
            store.groups.delete(group_id)  # its sources go with it
        for group in changes.groups:
            if group.id not in gone:
                store.groups.update(group)  # renames first: a new group may take a name given up
        made = {
            new.key: store.groups.create(account, new.name, priority=new.priority, quota=new.quota).id
            for new in changes.new_groups
        }
        for source_id in changes.removed:
            store.sources.delete(source_id)
        for new_source in changes.added:
            group_id = made.get(new_source.group_id, new_source.group_id)
            if group_id not in gone:
                store.sources.add(account, new_source.kind, new_source.ref, label=new_source.label, group_id=group_id)


class SourceBook:
    """One account's groups and sources, for the UI. Every method blocks: call it through the task runner."""

    def __init__(self, store: Store, account: str, backend: XBackend | None = None) -> None:
        self._store, self.account, self._backend = store, account, backend

    @property
    def user_id(self) -> str:
        """The account's X user id ('' without a backend)."""
        return self._backend.user_id if self._backend is not None else ""

    def read(self) -> tuple[list[Group], list[Source]]:
        """The account's groups (in order) and sources."""
        return self._store.groups.all(self.account), self._store.sources.all(self.account)

    def apply(self, changes: SourceChanges) -> None:
        """Write the settings page's changes in one transaction."""
        apply_source_changes(self._store, self.account, changes)

    def plan_first_run(self) -> FirstRunPlan | None:
        """What a first run would set up (two owned reads), or None if the account already has groups."""
        if self._backend is None:
            raise RuntimeError("a first run needs the account's X backend")
        return plan_first_run(self._store, self.account, self._backend)

    def apply_plan(self, plan: FirstRunPlan, mapping: Mapping[str, str] | None = None) -> list[Group]:
        """Create the default groups and the chosen sources."""
        return apply_plan(self._store, self.account, plan, mapping)
