"""Issue 12, point 5: `exec-desk spend [--month YYYY-MM] [--json|--csv]`: a month of the API-cost ledger against the
budget, by UTC day and by kind of call, from the local store only (the JSON and CSV are README's contract)."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from exec_desk.cli.main import main
from exec_desk.core.calls import CallRecord
from exec_desk.core.pricing import Op, Resource
from exec_desk.storage.ledger import Ledger
from exec_desk.storage.paths import Paths
from exec_desk.storage.settings import Settings
from exec_desk.storage.store import Store
from tests.support.factories import make_account
from tests.support.places import ROOT

KEY = "acct-1"
FEB = datetime(2025, 2, 3, 9, 0, tzinfo=UTC)


def _profile(base: Path) -> Paths:
    """A profile with one account, a $2 budget, and calls in February 2025 (and one in January and March)."""
    paths = Paths.resolve(base)
    paths.ensure()
    Settings(paths.settings_file).set("monthly_budget_usd", 2.0)
    with Store(paths.database_file) as store:
        store.accounts.add(make_account(KEY))
        ledger = Ledger(store)

        def call(op: Op, at: datetime, **resources: tuple[str, ...]) -> None:
            kinds = {Resource(kind): ids for kind, ids in resources.items()}
            ledger.record(CallRecord(KEY, op, at, 200, kinds))

        call(Op.HOME_TIMELINE, FEB, post=("1", "2", "3"))  # 3 posts read: $0.015
        call(Op.USERS, FEB, user=("10", "11"))  # 2 users: $0.020
        call(Op.MENTIONS, FEB.replace(day=5), post=("4",))  # an owned read, not the app's owner: $0.005
        call(Op.CREATE_POST, FEB.replace(day=5))  # $0.015
        call(Op.RETWEET, FEB.replace(day=5, hour=23, minute=59))  # 23:59 UTC is still the 5th: $0.015
        call(Op.MEDIA_METADATA, FEB.replace(day=6))  # alt text: $0.005
        call(Op.HOME_TIMELINE, FEB.replace(month=1), post=("9",))  # January: not in the report
        call(Op.HOME_TIMELINE, FEB.replace(month=3), post=("8",))  # March: not in the report
    return paths


def _spend(base: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--basedir", str(base), "spend", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_json_report_of_a_month(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _profile(tmp_path / "p")
    code, out, err = _spend(tmp_path / "p", capsys, "--month", "2025-02", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert list(report) == ["month", "account", "currency", "budget", "total", "by_day", "by_kind"]
    assert report["month"] == "2025-02" and report["account"] == KEY and report["currency"] == "USD"
    assert report["budget"] == 2.0 and report["total"] == 0.075
    assert [d["date"] for d in report["by_day"]] == [f"2025-02-{n:02d}" for n in range(1, 29)]  # every UTC day
    spent = {d["date"]: (d["calls"], d["usd"]) for d in report["by_day"] if d["calls"]}
    assert spent == {"2025-02-03": (2, 0.035), "2025-02-05": (3, 0.035), "2025-02-06": (1, 0.005)}
    assert report["by_kind"] == [
        {"kind": "post_reads", "calls": 1, "usd": 0.015},
        {"kind": "user_reads", "calls": 1, "usd": 0.02},
        {"kind": "owned_reads", "calls": 1, "usd": 0.005},
        {"kind": "posts", "calls": 1, "usd": 0.015},
        {"kind": "retweets", "calls": 1, "usd": 0.015},
        {"kind": "media", "calls": 1, "usd": 0.005},
    ]


def test_the_csv_report_has_a_row_per_day_and_kind(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _profile(tmp_path / "p")
    code, out, _err = _spend(tmp_path / "p", capsys, "--month", "2025-02", "--csv")
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows == [
        ["date", "kind", "calls", "usd"],
        ["2025-02-03", "post_reads", "1", "0.015000"],
        ["2025-02-03", "user_reads", "1", "0.020000"],
        ["2025-02-05", "owned_reads", "1", "0.005000"],
        ["2025-02-05", "posts", "1", "0.015000"],
        ["2025-02-05", "retweets", "1", "0.015000"],
        ["2025-02-06", "media", "1", "0.005000"],
    ]


def test_the_text_report_reads_the_store_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = _profile(tmp_path / "p")
    before = paths.database_file.read_bytes()
    code, out, _err = _spend(tmp_path / "p", capsys, "--month", "2025-02")
    assert code == 0
    assert "X API spend, February 2025 (UTC days) — account acct-1" in out
    assert "Total: $0.075 of your $2.00 monthly budget (4%), 6 calls." in out
    assert "  Reads of users        1 calls     $0.020" in out
    assert "  2025-02-05      3 calls     $0.035" in out
    assert paths.database_file.read_bytes() == before  # nothing written, no call made


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--month", "2025-13"], "'2025-13' is not a month: write it as YYYY-MM"),
        (["--month", "March"], "write it as YYYY-MM, for example 2026-03"),
        (["--month", "2999-01"], "2999-01 has not begun yet"),
        (["--account", "nobody"], "No account 'nobody' in this profile; it has: acct-1."),
    ],
)
def test_bad_input_is_refused_in_plain_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], words: str
) -> None:
    _profile(tmp_path / "p")
    code, out, err = _spend(tmp_path / "p", capsys, *args)
    assert code == 2 and out == "" and words in err


def test_a_profile_without_a_database_has_spent_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = _spend(tmp_path / "empty", capsys, "--month", "2025-02", "--json")
    assert code == 0
    report = json.loads(out)
    assert report["account"] is None and report["total"] == 0 and len(report["by_day"]) == 28
    assert not (tmp_path / "empty" / "data").exists() or not any((tmp_path / "empty" / "data").iterdir())


def test_the_readme_states_the_fields_and_kinds_of_the_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`exec-desk spend --json` is a contract written in the README: every field and kind it prints is named there."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## The spend report") : readme.index("## The team's approval deck")]
    _profile(tmp_path / "p")
    code, out, err = _spend(tmp_path / "p", capsys, "--month", "2025-02", "--json")
    assert code == 0, err
    report = json.loads(out)
    fields = set(report) | {key for row in report["by_day"] + report["by_kind"] for key in row}
    assert all(f'"{field}"' in section for field in fields), fields
    assert all(f"`{row['kind']}`" in section for row in report["by_kind"])
    assert "`date,kind,calls,usd`" in section
