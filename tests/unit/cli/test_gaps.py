"""`exec-desk gaps --json`: the contract (busy, free, proposals; ISO-8601 with offsets), the calendar from
--calendar or from the settings, CalDAV with --caldav, and plain errors with their exit codes. Run as a user would
(a subprocess), in the Europe/Paris time zone."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from exec_desk.cli.gaps import gaps
from tests.support.calendar_servers import WORK_ICS, radicale, upload
from tests.support.credentials import MemoryCredentialStore

MONDAY: dict[str, list[Any]] = {
    "busy": [
        ["2026-03-16T08:00:00+01:00", "2026-03-16T09:48:00+01:00"],
        ["2026-03-16T10:00:00+01:00", "2026-03-16T10:45:00+01:00"],
        ["2026-03-16T13:00:00+01:00", "2026-03-16T13:55:00+01:00"],
        ["2026-03-16T14:00:00+01:00", "2026-03-16T15:30:00+01:00"],
        ["2026-03-16T17:30:00+01:00", "2026-03-16T18:30:00+01:00"],
    ],
    "free": [
        ["2026-03-16T09:48:00+01:00", "2026-03-16T10:00:00+01:00"],
        ["2026-03-16T10:45:00+01:00", "2026-03-16T13:00:00+01:00"],
        ["2026-03-16T13:55:00+01:00", "2026-03-16T14:00:00+01:00"],
        ["2026-03-16T15:30:00+01:00", "2026-03-16T17:30:00+01:00"],
    ],
    "proposals": ["2026-03-16T09:48:00+01:00", "2026-03-16T10:45:00+01:00", "2026-03-16T15:30:00+01:00"],
}


def run(base: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TZ": "Europe/Paris"}
    command = [sys.executable, "-m", "exec_desk", "--basedir", str(base), *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)


@pytest.fixture
def base(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    done = run(folder, "config", "set", "calendar_email", "ceo@example.com")
    assert done.returncode == 0, done.stderr
    return folder


def test_gaps_json_from_a_file(base: Path) -> None:
    done = run(base, "gaps", "--json", "--date", "2026-03-16", "--calendar", str(WORK_ICS))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == MONDAY


def test_gaps_reads_the_calendar_of_the_settings(base: Path) -> None:
    assert run(base, "config", "set", "calendar", str(WORK_ICS)).returncode == 0
    assert run(base, "config", "set", "calendar_proposals_per_day", "2").returncode == 0
    done = run(base, "gaps", "--json", "--date", "2026-03-16")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {**MONDAY, "proposals": MONDAY["proposals"][:2]}
    words = run(base, "gaps", "--date", "2026-03-16")
    assert "session   09:48  (12 min before Board prep)" in words.stdout


def test_gaps_over_caldav(base: Path, tmp_path: Path) -> None:
    assert run(base, "config", "set", "calendar_username", "ceo").returncode == 0
    with radicale(tmp_path / "radicale") as server:
        address = upload(server, WORK_ICS)
        done = run(base, "gaps", "--json", "--date", "2026-03-16", "--calendar", address, "--caldav")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == MONDAY


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        ((), 2, "no calendar: give --calendar FILE|URL"),
        (("--date", "2026-02-30", "--calendar", str(WORK_ICS)), 2, "'2026-02-30' is not a date as YYYY-MM-DD"),
        (("--calendar", "/nowhere/calendar.ics"), 1, "The calendar file /nowhere/calendar.ics could not be read"),
        (("--calendar", str(Path(__file__))), 1, "is not a calendar (iCalendar) file"),
    ],
)
def test_gaps_errors(base: Path, args: tuple[str, ...], code: int, words: str) -> None:
    done = run(base, "gaps", "--json", *args)
    assert (done.returncode, done.stdout) == (code, "")
    assert words in done.stderr


@pytest.fixture
def in_paris() -> Iterator[None]:
    """This process in the Europe/Paris time zone (as the subprocesses are), then back."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Paris"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_a_caldav_password_kept_in_the_keyring_signs_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], in_paris: None
) -> None:
    keyring = MemoryCredentialStore()
    base = tmp_path / "home"
    assert gaps(basedir=base, day=None, calendar=None, save_password=True, credentials=lambda: keyring) == 2
    assert "set the CalDAV user name first" in capsys.readouterr().err
    assert run(base, "config", "set", "calendar_username", "ceo").returncode == 0
    assert run(base, "config", "set", "calendar_email", "ceo@example.com").returncode == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret\n"))
    assert gaps(basedir=base, day=None, calendar=None, save_password=True, credentials=lambda: keyring) == 0
    assert keyring.get("calendar", "caldav:ceo") == "s3cret"
    with radicale(tmp_path / "radicale", users={"ceo": "s3cret"}) as server:
        address = upload(server, WORK_ICS, password="s3cret")
        capsys.readouterr()
        args = {"basedir": base, "day": "2026-03-16", "calendar": address, "caldav": True, "as_json": True}
        assert gaps(**args, credentials=lambda: keyring) == 0  # type: ignore[arg-type]
        assert json.loads(capsys.readouterr().out) == MONDAY
        assert gaps(**args, credentials=MemoryCredentialStore) == 1  # type: ignore[arg-type]  # no password kept
        assert "refused the user name or password" in capsys.readouterr().err
