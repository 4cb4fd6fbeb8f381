"""The sources issue 13 adds to an account's groups, kept in step with the settings.

- The watch search: one recent-search source in the group "Watch words" (created when needed), whose query is
  the `watch_names` setting's (see `core.signal.watch.WatchList.query`); changing the names changes the query.
- The company account(s): one account source per username of `company_accounts`, in the group "Company"; its ref
  is `company:<username>` so that only these are removed when a name leaves the setting.

Nothing is added to an account without groups: its first run (the dialog's mapping) comes first.
"""

from __future__ import annotations

from exec_desk.core.signal.watch import WatchList
from exec_desk.core.sources import COMPANY
from exec_desk.storage.records import Group, Source, SourceKind
from exec_desk.storage.settings import COMPANY_ACCOUNTS, WATCH_NAMES, WATCH_WORDS, Settings
from exec_desk.storage.store import Store

#: The group of the watch search (a default group's name would be translated; this one is the user's to rename).
WATCH_GROUP = "Watch words"
WATCH_PRIORITY, WATCH_QUOTA = 40, 6
COMPANY_REF = "company:"


def watch_list(settings: Settings) -> WatchList:
    names: list[str] = settings.value(WATCH_NAMES)
    words: list[str] = settings.value(WATCH_WORDS)
    return WatchList.of(names, words)


def company_names(settings: Settings) -> list[str]:
    """The company accounts' usernames, without "@", as the settings give them."""
    return [n.strip().lstrip("@") for n in settings.value(COMPANY_ACCOUNTS) if n.strip().lstrip("@")]


def watch_source(store: Store, account: str) -> Source | None:
    """The account's watch search, if it has one."""
    group = next((g for g in store.groups.all(account) if g.name == WATCH_GROUP), None)
    if group is None:
        return None
    return next((s for s in store.sources.all(account, group_id=group.id) if s.kind is SourceKind.SEARCH), None)


def sync_sources(store: Store, account: str, settings: Settings) -> bool:
    """Add, change or remove the watch search and the company accounts' sources to match the settings (blocking);
    True when anything changed."""
    with store.transaction():
        groups = {g.name: g for g in store.groups.all(account)}
        if not groups:
            return False
        changed = _sync_watch(store, account, groups, watch_list(settings).query())
        return _sync_company(store, account, groups, company_names(settings)) or changed


def _sync_watch(store: Store, account: str, groups: dict[str, Group], query: str | None) -> bool:
    current = watch_source(store, account)
    if current is not None and current.ref == query:
        return False
    if current is not None:
        store.sources.delete(current.id)
    if query is None:
        return current is not None
    group = groups.get(WATCH_GROUP) or store.groups.create(
        account, WATCH_GROUP, priority=WATCH_PRIORITY, quota=WATCH_QUOTA
    )
    store.sources.add(account, SourceKind.SEARCH, query, label=WATCH_GROUP, group_id=group.id)
    return True


def _sync_company(store: Store, account: str, groups: dict[str, Group], names: list[str]) -> bool:
    group = groups.get(COMPANY)
    wanted = {COMPANY_REF + n.lower(): n for n in names}
    existing = {
        s.ref: s for s in store.sources.all(account) if s.kind is SourceKind.USER and s.ref.startswith(COMPANY_REF)
    }
    changed = False
    for ref, source in existing.items():
        if ref not in wanted:
            store.sources.delete(source.id)
            changed = True
    if group is None:
        return changed
    for ref, name in wanted.items():
        if ref not in existing:
            store.sources.add(account, SourceKind.USER, ref, label=f"@{name}", group_id=group.id)
            changed = True
    return changed
