"""`exec-desk post` (exec_desk.cli.post): the dry-run JSON (the whole conformance suite, in-process and through
real processes), what the dry run imports, queueing into the store's outbox, and every kind of bad input."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from support.factories import make_account
from support.media_files import ANIMATED_GIF, SHORT_MP4, with_duration

from exec_desk.cli import post as post_cli
from exec_desk.core.media.checks import MB
from exec_desk.storage.paths import Paths
from exec_desk.storage.store import Store

from .conftest import conformance_cases, picture, sized

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)
CASES = conformance_cases()


def run(*argv: str, **kwargs: Any) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = post_cli.main(list(argv), stdout=out, stderr=err, clock=lambda: NOW, **kwargs)
    return code, out.getvalue(), err.getvalue()


def _agrees(report: dict[str, Any], expected: dict[str, Any]) -> None:
    assert report["weighted_length"] == expected["weightedLength"]
    assert report["valid"] == expected["valid"]
    assert report["permillage"] == expected["permillage"]
    assert report["valid_range"] == [expected["validRangeStart"], expected["validRangeEnd"]]
    assert report["display_range"] == [expected["displayRangeStart"], expected["displayRangeEnd"]]


@pytest.mark.parametrize("case", CASES, ids=[c["description"] for c in CASES])
def test_conformance_through_main_in_process(case: dict[str, Any]) -> None:
    code, out, err = run("--dry-run", "--json", "--", case["text"])
    report = json.loads(out)
    _agrees(report, case["expected"])
    assert code == (0 if case["expected"]["valid"] else 2)
    assert (err == "") == case["expected"]["valid"]
    refused = set("\ufffe\uffff\ufeff")
    assert report["parts"] and all(d["valid"] for d in report["part_details"] if not refused & set(d["text"]))


def test_conformance_through_real_processes_in_one_batch() -> None:
    texts = [c["text"] for c in CASES]
    assert not any("\0" in t for t in texts)
    result = subprocess.run(
        [sys.executable, "-m", "exec_desk.cli.post", "--dry-run", "--json", "--batch"],
        input="\0".join(texts), capture_output=True, text=True, encoding="utf-8", cwd=ROOT, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    reports = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(reports) == len(CASES)
    for report, case in zip(reports, CASES, strict=True):
        assert report["text"] == case["text"]
        _agrees(report, case["expected"])


@pytest.mark.parametrize("index", [0, 2, 10])
def test_a_sample_through_the_documented_command_line(index: int) -> None:
    case = CASES[index]
    result = subprocess.run(
        [sys.executable, "-m", "exec_desk.cli.post", "--dry-run", "--json", case["text"]],
        capture_output=True, text=True, encoding="utf-8", cwd=ROOT, timeout=30,
    )  # fmt: skip
    _agrees(json.loads(result.stdout), case["expected"])
    assert result.returncode == (0 if case["expected"]["valid"] else 2)


def test_the_dry_run_imports_no_qt_tweepy_requests_keyring_or_database() -> None:
    code = (
        "import json, runpy, sys\n"
        "sys.argv = ['exec-desk post', '--dry-run', '--json', 'Hello https://example.com']\n"
        "try:\n    runpy.run_module('exec_desk.cli.post', run_name='__main__')\n"
        "except SystemExit as end:\n    assert end.code == 0, end.code\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=30)
    assert result.returncode == 0, result.stderr
    report, modules = (json.loads(line) for line in result.stdout.splitlines())
    assert report["estimated_cost_usd"] == 0.2
    heavy = ("PySide6", "shiboken6", "tweepy", "requests", "keyring", "sqlite3", "urllib3")
    assert [m for m in modules if m.split(".")[0] in heavy] == []
    assert "exec_desk.storage.store" not in modules and "twitter_text" in modules


def test_dry_run_json_of_a_thread() -> None:
    text = "The board approved the plan. " * 20 + "Details at https://example.com/plan."
    code, out, _ = run("--dry-run", "--json", "--thread", "--in", "10m", text)
    report = json.loads(out)
    assert code == 0 and report["sendable"] and report["thread"]
    assert not report["valid"] and report["weighted_length"] == count_of(text)
    assert len(report["parts"]) == len(report["part_details"]) == 3
    assert [d["number"] for d in report["part_details"]] == [1, 2, 3]
    assert all(d["valid"] and d["weighted_length"] <= 280 for d in report["part_details"])
    assert report["estimated_cost_usd"] == pytest.approx(0.015 * 2 + 0.20)
    assert report["not_before"] == (NOW + timedelta(minutes=10)).isoformat()


def count_of(text: str) -> int:
    from exec_desk.core.compose import count

    return count(text).weighted_length


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    paths = Paths.under(tmp_path / "profile")
    paths.ensure()
    with Store(paths.database_file) as store:
        store.accounts.add(make_account())
    return tmp_path / "profile"


def _outbox(profile: Path) -> list[Any]:
    with Store(Paths.under(profile).database_file) as store:
        return store.outbox.all("acct-1")


def test_queues_a_post_with_media_and_a_delay(profile: Path, tmp_path: Path) -> None:
    chart = picture(tmp_path / "chart.png", "#0f766e")
    nudged: list[Paths] = []
    code, out, err = run(
        "Q3 in one chart.", "--media", str(chart), "--alt", "Revenue by quarter", "--in", "1h30m",
        "--basedir", str(profile), notify=lambda paths: nudged.append(paths) or True,
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert "Queued the post" in out and "Exec Desk sends it;" in out
    [item] = _outbox(profile)
    assert item.payload == {
        "op": "post",
        "parts": ["Q3 in one chart."],
        "media": [{"path": str(chart), "kind": "image", "mime_type": "image/png", "alt_text": "Revenue by quarter"}],
        "reply_to": None,
        "quote_of": None,
    }
    assert item.not_before == NOW + timedelta(hours=1, minutes=30)
    assert [p.database_file for p in nudged] == [Paths.under(profile).database_file]


def test_queues_a_thread_in_order_for_now(profile: Path) -> None:
    text = "We grew. " * 60
    code, out, _ = run(text, "--thread", "--json", "--basedir", str(profile), notify=lambda _p: False)
    assert code == 0 and json.loads(out)["app_running"] is False
    [item] = _outbox(profile)
    parts = item.payload["parts"]
    assert len(parts) == 2 and parts[0].endswith(" 1/2") and parts[1].endswith(" 2/2")
    assert item.not_before == NOW


def _five_images(folder: Path) -> list[str]:
    return [arg for i in range(5) for arg in ("--media", str(picture(folder / f"{i}.png", "#123456")))]


@pytest.mark.parametrize(
    ("make_args", "message"),
    [
        (lambda d: [""], "Write something first."),
        (lambda d: ["word " * 60], "one post holds 280"),
        (lambda d: ["Five.", *_five_images(d)],
         "at most 4 images"),
        (lambda d: ["Big.", "--media", str(sized(d / "big.png", b"\x89PNG\r\n\x1a\n", 20 * MB))], "20 MB"),
        (lambda d: ["Doc.", "--media", str(sized(d / "memo.pdf", b"%PDF-1.7", 4000))], "memo.pdf is not an image"),
        (lambda d: ["Gone.", "--media", str(d / "nowhere.jpg")], "nowhere.jpg does not exist"),
        (lambda d: ["Keynote.", "--media", str(with_duration(d / "keynote.mp4", 141))],
         "keynote.mp4 lasts 2 min 21 s; a video may last at most 2 min 20 s on X"),
        (lambda d: ["Loop.", "--media", str(ANIMATED_GIF), "--media", str(SHORT_MP4)],
         "A GIF must be alone in a post"),
        (lambda d: ["Late.", "--at", "2020-01-01T10:00"], "is in the past"),
        (lambda d: ["Soon.", "--in", "ten minutes"], "write a delay such as 10m"),
    ],
    ids=[
        "empty", "too-long", "five-images", "20MB-image", "not-an-image", "missing-file", "141s-video",
        "gif-and-video", "past", "bad-delay",
    ],
)  # fmt: skip
def test_bad_input_is_refused_plainly_and_nothing_is_queued(
    profile: Path, tmp_path: Path, make_args: Any, message: str
) -> None:
    code, _, err = run(*make_args(tmp_path), "--basedir", str(profile), notify=lambda _p: pytest.fail("nudged"))
    assert code == 2
    assert message in err and err.startswith("exec-desk post: ") and "Traceback" not in err
    assert _outbox(profile) == []


def test_alt_needs_a_media_before_it(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as end:
        post_cli.main(["Hi", "--alt", "a chart"])
    assert end.value.code == 2 and "--alt describes the --media file just before it" in capsys.readouterr().err


def test_no_account_is_a_plain_message(tmp_path: Path) -> None:
    code, _, err = run("Hello", "--basedir", str(tmp_path / "fresh"), notify=lambda _p: True)
    assert code == 2 and "No X account to post as: run `exec-desk signin` first." in err


def test_delays_and_times() -> None:
    assert post_cli.parse_delay("10m") == timedelta(minutes=10)
    assert post_cli.parse_delay("1h30m") == timedelta(hours=1, minutes=30)
    assert post_cli.parse_delay("90s") == timedelta(seconds=90)
    assert post_cli.parse_delay("45") == timedelta(minutes=45)
    local = datetime(2026, 11, 26, 13, 0).astimezone()
    assert post_cli.parse_at("14:30", local) == local.replace(hour=14, minute=30)
    assert post_cli.parse_at("09:00", local) == local.replace(hour=9, minute=0) + timedelta(days=1)
    with pytest.raises(post_cli.InputError):
        post_cli.parse_at("25:99", local)
