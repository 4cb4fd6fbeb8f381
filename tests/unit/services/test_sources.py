"""Default groups and the first-run mapping of X Lists to groups (pure rules and the setup against the fake X)."""

from __future__ import annotations

import pytest

from exec_desk.backends.tweepy.backend import TweepyBackend
from exec_desk.core.models import XList
from exec_desk.core.sources import DEFAULT_GROUPS, suggest_group, suggest_mapping
from exec_desk.fakex import FakeXServer
from exec_desk.fakex.prices import Op
from exec_desk.services.sources import apply_plan, ensure_default_sources, plan_first_run
from exec_desk.storage.records import SourceKind
from exec_desk.storage.store import Store
from tests.support.fake_world import ACCOUNT


@pytest.mark.parametrize(
    ("name", "description", "group"),
    [
        ("Press", "", "Journalists"),
        ("Journalistes tech", "", "Journalists"),
        ("Médias & presse", "", "Journalists"),
        ("Concurrents", "", "Competitors"),
        ("Competition watch", "", "Competitors"),
        ("Key clients", "", "Clients"),
        ("Clientèle grands comptes", "", "Clients"),
        ("Customers", "", "Clients"),
        ("Équipe", "", "Company"),
        ("Team", "", "Company"),
        ("Nos collègues", "", "Company"),
        ("Watchlist", "Reporters who cover us", "Journalists"),
        ("Robotics Watch", "Companies and people moving warehouse robotics", None),
        ("French Tech Industrie", "L'industrie française qui innove", None),
    ],
)
def test_suggest_group_from_english_and_french_names(name: str, description: str, group: str | None) -> None:
    assert suggest_group(XList("1", name, description=description)) == group


def test_suggest_mapping_only_maps_what_it_recognises() -> None:
    lists = [XList("1", "Press"), XList("2", "Random"), XList("3", "Concurrents")]
    assert suggest_mapping(lists) == {"1": "Journalists", "3": "Competitors"}


def test_default_groups_are_the_six_of_the_product() -> None:
    assert [g.name for g in DEFAULT_GROUPS] == ["Journalists", "Competitors", "Clients", "Company", "Home", "Mentions"]
    assert all(g.priority > 0 for g in DEFAULT_GROUPS)


def test_first_run_maps_owned_and_followed_lists_with_one_request_each(
    store: Store, backend: TweepyBackend, server: FakeXServer
) -> None:
    plan = ensure_default_sources(store, ACCOUNT, backend)
    assert plan is not None
    assert [x.name for x in plan.lists] == [
        "Press",
        "Competitors",
        "Key clients",
        "Team",
        "Robotics Watch",
        "French Tech Industrie",
    ]
    assert [e.op for e in server.log] == [Op.OWNED_LISTS, Op.FOLLOWED_LISTS]
    groups = {g.id: g.name for g in store.groups.all(ACCOUNT)}
    assert list(groups.values()) == ["Journalists", "Competitors", "Clients", "Company", "Home", "Mentions"]
    sources = {(s.kind, s.label): groups[s.group_id or 0] for s in store.sources.all(ACCOUNT)}
    assert sources == {
        (SourceKind.HOME, "Home timeline"): "Home",
        (SourceKind.MENTIONS, "Mentions"): "Mentions",
        (SourceKind.LIST, "Press"): "Journalists",
        (SourceKind.LIST, "Competitors"): "Competitors",
        (SourceKind.LIST, "Key clients"): "Clients",
        (SourceKind.LIST, "Team"): "Company",
    }
    # Not a first run any more: nothing is asked of X, nothing changes.
    assert ensure_default_sources(store, ACCOUNT, backend) is None
    assert len(server.log) == 2
    assert len(store.sources.all(ACCOUNT)) == 6


def test_a_user_mapping_can_replace_the_suggestions(store: Store, backend: TweepyBackend) -> None:
    plan = plan_first_run(store, ACCOUNT, backend)
    assert plan is not None and plan.suggestions["1720000000000000101"] == "Journalists"
    apply_plan(store, ACCOUNT, plan, {"1650000000000000201": "Industry watch", "1720000000000000101": "Clients"})
    groups = {g.id: g for g in store.groups.all(ACCOUNT)}
    lists = {s.label: groups[s.group_id or 0].name for s in store.sources.all(ACCOUNT) if s.kind is SourceKind.LIST}
    assert lists == {"Robotics Watch": "Industry watch", "Press": "Clients"}
    assert "Industry watch" in {g.name for g in groups.values()}
