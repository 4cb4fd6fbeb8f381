"""`exec-desk queue --json`, `exec-desk radar --json` and `post --dry-run --json`'s `similar_company_post`, against
the fake X scripted through its control API: posts made with it appear in the views after `--fetch`, with the
field names the issue writes (a contract, README)."""

from __future__ import annotations

import functools
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import requests

from exec_desk.cli import main as cli
from exec_desk.cli import views
from exec_desk.core.signal.reasons import Reason
from exec_desk.fakex.server import FakeXServer
from exec_desk.storage.paths import Paths
from exec_desk.storage.settings import Settings
from exec_desk.storage.store import Store
from tests.support.credentials import MemoryCredentialStore
from tests.support.places import ROOT
from tests.support.signed_in import sign_in_through

QUEUE_FIELDS = {"id", "author", "group", "reasons", "urgent", "respond_by", "overdue", "folded"}
SPIKE_FIELDS = {"term", "last_hour", "baseline", "post_ids"}
CLOCK_FIELDS = {"id", "author", "group", "created_at", "respond_by", "overdue"}


def _profile(fake_x: FakeXServer, base: Path, creds: MemoryCredentialStore) -> None:
    paths = Paths.resolve(base)
    paths.ensure()
    settings = Settings(paths.settings_file)
    with Store(paths.database_file) as store:
        sign_in_through(fake_x, fake_x.auth.client_id, store=store, settings=settings, credentials=creds)
    settings.update({"watch_names": ["Aldercrest"], "company_accounts": ["Aldercrest"]})


def _post(fake_x: FakeXServer, author: str, text: str, minutes_ago: float = 0) -> str:
    answer = requests.post(
        fake_x.base_url + "/fakex/world/posts",
        json={"author": author, "text": text, "minutes_ago": minutes_ago},
        timeout=10,
    )
    assert answer.status_code == 201, answer.text
    return str(answer.json()["data"]["id"])


def _run(argv: list[str], creds: MemoryCredentialStore, capsys: pytest.CaptureFixture[str]) -> tuple[int, Any, str]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(views, "view", functools.partial(views.view, credentials=lambda: creds))
        code = cli.main(argv)
    captured = capsys.readouterr()
    return code, json.loads(captured.out) if captured.out.strip().startswith(("{", "[")) else None, captured.err


def test_posts_made_through_the_control_api_appear_in_queue_and_radar_after_fetch(
    fake_x: FakeXServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    creds, base = MemoryCredentialStore(), tmp_path / "home"
    _profile(fake_x, base, creds)
    roles = {
        a["username"]: a["role"]
        for a in requests.get(fake_x.base_url + "/fakex/world/accounts", timeout=10).json()["data"]
    }
    assert roles["maya_reports"] == "journalist" and roles["newsdesk_nina"] == "other"
    question = _post(fake_x, "maya_reports", "@claire_exec can you comment on the recall? Filing at 5pm.", 10)
    crowd = [
        _post(fake_x, name, f"Hearing about the Aldercrest recall, post {n}", minutes_ago=2 + 4 * n)
        for n, name in enumerate(["newsdesk_nina", "owen_ships", "quinn_ops", "sami_dock"] * 3)
    ]
    common = ["--basedir", str(base), "--api-url", fake_x.base_url]

    code, before, _ = _run([*common, "queue", "--json"], creds, capsys)  # nothing fetched yet: the cache is empty
    assert code == 0 and before == {"items": []}

    code, queue, err = _run([*common, "queue", "--json", "--fetch", "--limit", "40"], creds, capsys)
    assert code == 0, err
    assert "no groups yet" in err and "Fetched " in err and "cost $" in err
    items = queue["items"]
    assert items and all(set(item) == QUEUE_FIELDS for item in items) and len(items) <= 40
    urgent = [item["urgent"] for item in items]
    assert urgent == sorted(urgent, reverse=True)  # what needs the executive first
    clocks = [item["respond_by"] is not None for item in items if item["urgent"]]
    assert clocks == sorted(clocks, reverse=True)  # open clocks head the queue, then the spike
    [first] = [item for item in items if item["id"] == question]
    assert first["author"] == "maya_reports" and first["urgent"] is True
    assert first["reasons"][:2] == ["mentions_you", "journalist"] and "watch_word" in first["reasons"]
    assert first["respond_by"] is not None and first["overdue"] is False and first["group"] == "Mentions"
    spiking = [item for item in items if item["id"] in crowd]
    assert spiking and all("spike" in item["reasons"] and item["urgent"] for item in spiking)
    assert all(isinstance(item["folded"], int) for item in items)

    code, radar, err = _run([*common, "radar", "--json", "--fetch"], creds, capsys)
    assert code == 0, err
    assert set(radar) == {"spikes", "clocks"}
    spikes = {s["term"]: s for s in radar["spikes"]}
    assert all(set(s) == SPIKE_FIELDS for s in radar["spikes"])
    recall = spikes["Aldercrest recall"]
    assert recall["last_hour"] >= 12 and set(crowd) <= set(recall["post_ids"])
    assert recall["last_hour"] >= 4 * recall["baseline"]
    [clock] = [c for c in radar["clocks"] if c["id"] == question]
    assert set(clock) == CLOCK_FIELDS and clock["author"] == "maya_reports" and clock["group"] == "Journalists"
    assert clock["respond_by"] > clock["created_at"] and clock["overdue"] is False

    code, queue_again, _ = _run([*common, "queue", "--json"], creds, capsys)
    assert code == 0 and question in [i["id"] for i in queue_again["items"]]  # nothing was marked read

    # Read in a session but not answered: its clock still runs, so it is still first; dismissed (`x`), it is gone.
    with Store(Paths.resolve(base).database_file) as store:
        account = store.accounts.all()[0].key
        store.reads.mark_read(account, [question, *crowd], datetime.now(UTC))
    code, after_reading, _ = _run([*common, "queue", "--json"], creds, capsys)
    ids = [i["id"] for i in after_reading["items"]]
    assert code == 0 and question in ids and not set(crowd) & set(ids)
    back = next(i for i in after_reading["items"] if i["id"] == question)
    assert back["respond_by"] is not None and back["group"] == "Journalists"  # its author's group, not "Mentions"
    with Store(Paths.resolve(base).database_file) as store:
        store.signal.mark_handled(account, question, "dismissed", datetime.now(UTC))
    code, after_dismissing, _ = _run([*common, "queue", "--json"], creds, capsys)
    assert code == 0 and question not in [i["id"] for i in after_dismissing["items"]]


def test_a_dry_run_names_the_company_post_a_text_repeats(
    fake_x: FakeXServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    creds, base = MemoryCredentialStore(), tmp_path / "home"
    _profile(fake_x, base, creds)
    company = _post(fake_x, "Aldercrest", "Introducing Aldercrest Pilot: one dashboard for every robot fleet on site.")
    common = ["--basedir", str(base), "--api-url", fake_x.base_url]
    assert _run([*common, "queue", "--json", "--fetch"], creds, capsys)[0] == 0
    text = "Aldercrest Pilot is here: one dashboard for every robot fleet on your site!"
    code, report, _ = _run([*common, "post", "--dry-run", "--json", text], creds, capsys)
    assert code == 0
    similar = report["similar_company_post"]
    assert similar["id"] == company and 0.7 <= similar["similarity"] <= 1
    code, other, _ = _run(
        [*common, "post", "--dry-run", "--json", "Lunch with the night shift in Lyon today."], creds, capsys
    )
    assert code == 0 and other["similar_company_post"] is None


def test_the_readme_states_the_fields_of_each_view() -> None:
    """The --json views are a contract written in the README: every field the commands print is named there."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## The radar, response clocks and your week") : readme.index("## The spend report")]
    for field in QUEUE_FIELDS | SPIKE_FIELDS | CLOCK_FIELDS | {"items", "spikes", "clocks", "similar_company_post"}:
        assert f'"{field}"' in section, field
    assert all(f"`{reason}`" in section for reason in Reason), "every reason code"
