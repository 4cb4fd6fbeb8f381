"""`exec-desk deck`, `exec-desk audit` and the quiet-period hold of `exec-desk post` (issue 14, points 2 and 3)."""

from __future__ import annotations

import csv
import io
import json
import os
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from exec_desk.cli import post as post_cli
from exec_desk.cli.main import main
from exec_desk.core.payloads import PostPayload
from exec_desk.storage.paths import Paths
from exec_desk.storage.settings import Settings
from exec_desk.storage.store import Store
from tests.support.factories import ACCOUNT, make_account

POST = "---\nkind: post\nby: Claire\nfor: 2030-01-02 09:00\n---\nWe launched Atlas today.\n"
RESULTS = "---\nkind: post\nby: Malik\n---\nOur Q3 results: https://ir.acme.com/q3 — thank you all"


def profile(tmp_path: Path, **settings: object) -> tuple[Path, Path]:
    base, folder = tmp_path / "profile", tmp_path / "Proposals"
    folder.mkdir()
    paths = Paths.under(base)
    paths.ensure()
    with Store(paths.database_file) as store:
        store.accounts.add(make_account())
    Settings(paths.settings_file).update({"deck_folder": str(folder), **settings})
    return base, folder


def drop(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text, encoding="utf-8")
    stamp = time.time() - 3600
    os.utime(folder / name, (stamp, stamp))


def run(base: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--basedir", str(base), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_deck_json_approve_reject_and_the_audit_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base, folder = profile(tmp_path)
    drop(folder, "launch.md", POST)
    drop(folder, "q3 (conflicted copy 2026-12-01).json", '{"kind": "post", "by": "Malik", "text": "Q3 is done."}')
    drop(folder, "cut.json", '{"kind": "post", "te')
    code, out, _err = run(base, capsys, "deck", "--json")
    listed = json.loads(out)
    assert code == 0 and listed["folder"] == str(folder) and listed["online"] is True
    launch, q3 = listed["proposals"]
    assert launch == {
        "id": "launch",
        "source": "folder",
        "file": "launch.md",
        "kind": "post",
        "by": "Claire",
        "for": launch["for"],
        "title": "",
        "text": "We launched Atlas today.",
        "parts": [],
        "media": [],
        "url": None,
        "link": None,
        "conflict_of": None,
        "estimated_cost_usd": 0.015,
        "problems": [],
        "hold": None,
        "decision": None,
    }
    assert launch["for"].startswith("2030-01-02T09:00:00")
    assert q3["id"] == "q3 (conflicted copy 2026-12-01)" and q3["conflict_of"] == "q3"
    assert listed["unreadable"][0]["file"] == "cut.json"

    assert run(base, capsys, "deck", "approve", "launch")[0] == 0
    code, out, err = run(base, capsys, "deck", "reject", "q3 (conflicted copy 2026-12-01)", "--reason", "A copy")
    assert (code, out) == (0, "Rejected q3 (conflicted copy 2026-12-01).\n")
    code, _out, err = run(base, capsys, "deck", "approve", "launch")
    assert code == 2 and "decided already" in err
    assert (
        run(base, capsys, "deck", "approve", "nothing")[2]
        == "exec-desk deck: There is no proposal nothing in the deck.\n"
    )

    decision = json.loads((folder / "launch.decision.json").read_text(encoding="utf-8"))
    assert (decision["decision"], decision["by"], decision["outbox"]) == ("approved", "@user_acct-1", "waiting")
    with Store(Paths.under(base).database_file) as store:
        [item] = store.outbox.all(ACCOUNT)
    assert item.not_before == datetime(2030, 1, 2, 9, 0).astimezone()  # the wished time, after the cool-off

    code, out, _err = run(base, capsys, "audit", "--csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and list(rows[0]) == [
        "when",
        "event",
        "proposal",
        "by",
        "account",
        "reason",
        "post_id",
        "link",
        "detail",
    ]
    assert [(r["event"], r["proposal"], r["by"], r["reason"]) for r in rows] == [
        ("proposed", "launch", "Claire", ""),
        ("proposed", "q3 (conflicted copy 2026-12-01)", "Malik", ""),
        ("approved", "launch", "@user_acct-1", ""),
        ("rejected", "q3 (conflicted copy 2026-12-01)", "@user_acct-1", "A copy"),
    ]
    assert rows[2]["account"] == "@user_acct-1" and json.loads(rows[2]["detail"])["outbox_id"] == item.id


def test_a_held_proposal_is_approved_only_with_the_press_release(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    today = datetime.now().astimezone().date()
    period = f"{today - timedelta(days=3)}..{today + timedelta(days=3)} Q3 results"
    base, folder = profile(tmp_path, quiet_periods=[period])
    drop(folder, "q3.md", RESULTS)
    listed = json.loads(run(base, capsys, "deck", "--json")[1])
    assert listed["proposals"][0]["hold"]["words"] == ["results"]
    code, _out, err = run(base, capsys, "deck", "approve", "q3")
    assert code == 2 and "q3 is held" in err and "--press-release URL" in err
    code, _out, err = run(base, capsys, "deck", "approve", "q3", "--press-release", "https://ir.acme.com/q3")
    assert code == 0, err
    code, out, _err = run(base, capsys, "audit", "--csv")
    events = [(r["event"], r["link"]) for r in csv.DictReader(io.StringIO(out))]
    assert events[-2:] == [("approved", ""), ("confirmed", "https://ir.acme.com/q3")]


NOW = datetime(2026, 10, 15, 9, 30, tzinfo=UTC)


def post(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = post_cli.main(list(argv), stdout=out, stderr=err, clock=lambda: NOW, notify=lambda _p: False)
    return code, out.getvalue(), err.getvalue()


def test_post_dry_run_reports_the_hold_and_post_needs_the_press_release(tmp_path: Path) -> None:
    base, _folder = profile(tmp_path, quiet_periods=["2026-10-01..2026-10-28 Q3 results"])
    b = ["--basedir", str(base)]
    code, out, _err = post("--dry-run", "--json", *b, "Great team lunch today")
    assert code == 0 and json.loads(out)["hold"] is None
    text = "Our Q3 results: https://ir.acme.com/q3"
    code, out, _err = post("--dry-run", "--json", *b, text)
    hold = json.loads(out)["hold"]
    assert code == 0 and hold["words"] == ["results"] and hold["until"].startswith("2026-10-29T00:00:00")
    assert hold["reason"].startswith("“results” during the quiet period Q3 results, until 29 Oct 00:00")

    code, _out, err = post(*b, text)
    assert code == 2 and "held:" in err and "--press-release URL" in err
    code, _out, err = post(*b, "--press-release", "https://ir.acme.com/q4", text)
    assert code == 2 and "Put the press release's address (https://ir.acme.com/q4) in the first post" in err
    code, out, err = post(*b, "--press-release", "https://ir.acme.com/q3", text)
    assert code == 0, err
    with Store(Paths.under(base).database_file) as store:
        assert [i.payload for i in store.outbox.all(ACCOUNT)] == [PostPayload((text,))]
        audit = [(e.event, e.link) for e in store.audit.entries()]
    assert audit == [("held", ""), ("confirmed", "https://ir.acme.com/q3")]
