"""`exec-desk config list | get | set | unset`: a good and a bad value for each kind of setting, checked as the
settings dialog checks them (exit status 2 and nothing saved on bad input), with no Exec Desk running and while one
runs (a real app subprocess, which reads the file again when told and says which settings changed)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from exec_desk.cli.main import main
from exec_desk.storage.settings import SETTINGS
from tests.support.app_process import AppProcess, Event, exec_desk, offscreen_env

#: (setting, its kind, a good value as typed, what it is then, a bad value, words of the refusal)
CASES = [
    ("session_minutes", "int", "7", 7, "seven", "expected a whole number, got 'seven'"),
    ("session_cap", "int", "50", 50, "2", "2 is below the minimum 5"),
    ("monthly_budget_usd", "float", "12.5", 12.5, "nan", "expected a finite number"),
    ("reminders_enabled", "bool", "off", False, "maybe", "expected true or false, got 'maybe'"),
    ("calendar_username", "str", " ceo ", "ceo", None, None),  # any text will do: no bad value
    ("calendar_email", "str", "ceo@example.com", "ceo@example.com", "ceo at example", "not in the expected format"),
    ("calendar", "str", "/home/ceo/work.ics", "/home/ceo/work.ics", "work.ics", "not in the expected format"),
    ("work_start", "time", "08:30", "08:30", "8h30", "'8h30' is not in the expected format"),
    ("work_end", "time", "17:00", "17:00", "08:00", "The working day must end after it starts"),
    ("api_base_url", "url", "http://127.0.0.1:9", "http://127.0.0.1:9", "ftp://x", "not in the expected format"),
    ("language", "enum", "fr", "fr", "de", "'de' is not one of 'system', 'en', 'fr'"),
    ("calendar_protocol", "enum", "caldav", "caldav", "imap", "is not one of 'ics', 'caldav'"),
    ("work_days", "list[int]", "0,2,4", [0, 2, 4], "0,9", "9 is above the maximum 6"),
    ("quiet_periods", "list[str]", "2026-10-01..2026-10-28 Q3", ["2026-10-01..2026-10-28 Q3"], "October", "format"),
    ("shortcuts", "dict", '{"retweet": "Shift+T"}', {"retweet": "Shift+T"}, '{"retweet": "J"}', "cannot do two"),
]
RULES = [  # bad only together with the other settings, as the dialog says
    ("work_days", "", "Choose at least one working day, or turn reminders off."),
    ("shortcuts", "{not json", "expected a JSON object"),
    ("open_at_login", "1.5", "expected true or false"),
    ("no_such_setting", "1", "There is no setting named 'no_such_setting'"),
]


def config(base: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--basedir", str(base), "config", *args])
    out, err = capsys.readouterr()
    return code, out, err


def saved(base: Path) -> bytes:
    path = base / "config" / "settings.json"
    return path.read_bytes() if path.exists() else b""


def check_kinds(base: Path, capsys: pytest.CaptureFixture[str], changed: list[list[str]] | None = None) -> None:
    """Each case: the bad value refused with nothing saved, the good one saved and read back."""
    for name, kind, good, value, bad, words in CASES:
        if bad is not None:
            before = saved(base)
            code, out, err = config(base, capsys, "set", name, bad)
            assert (code, out) == (2, ""), (name, err)
            assert words is not None and words in err and err.rstrip().endswith("Nothing was saved."), (name, err)
            assert saved(base) == before, name
        code, _out, err = config(base, capsys, "set", name, good)
        assert code == 0, (name, err)
        code, out, _err = config(base, capsys, "get", name, "--json")
        got = json.loads(out)
        assert (got["name"], got["value"], got["type"]) == (name, value, kind)
        assert json.loads(saved(base))[name] == value
        if changed is not None:
            changed.append([name])
    assert config(base, capsys, "set", "reminders_enabled", "yes")[0] == 0  # an empty week is then refused
    if changed is not None:
        changed.append(["reminders_enabled"])
    for name, bad, words in RULES:
        before = saved(base)
        code, _out, err = config(base, capsys, "set", name, bad)
        assert code == 2 and words in err, (name, err)
        assert saved(base) == before


def test_each_kind_good_and_bad_with_no_app_running(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = tmp_path / "home"
    check_kinds(base, capsys)
    code, out, _ = config(base, capsys, "get", "work_days")
    assert (code, out) == (0, "0,2,4\n")
    code, _, err = config(base, capsys, "unset", "work_days")
    assert code == 0 and "running" not in err  # nobody to tell
    assert "work_days" not in json.loads(saved(base))
    code, out, _ = config(base, capsys, "get", "work_days")
    assert out == "0,1,2,3,4\n"


def test_list_json_names_every_declared_setting(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = tmp_path / "home"
    code, out, _ = config(base, capsys, "list", "--json")
    listed = json.loads(out)
    assert code == 0 and [e["name"] for e in listed] == [s.name for s in SETTINGS]
    assert all(set(e) == {"name", "value", "default", "type", "description"} for e in listed)
    work_start = next(e for e in listed if e["name"] == "work_start")
    assert work_start == {
        "name": "work_start",
        "value": "09:00",
        "default": "09:00",
        "type": "time",
        "description": "Start of the working day (HH:MM, local time).",
    }
    code, out, _ = config(base, capsys, "list")
    assert "reminders_enabled=true\n" in out and "work_days=0,1,2,3,4\n" in out
    assert saved(base) == b""  # reading writes nothing


def test_an_environment_override_is_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EXEC_DESK_API_URL", "http://127.0.0.1:8")
    code, _, err = config(tmp_path / "home", capsys, "set", "api_base_url", "http://127.0.0.1:9")
    assert code == 0 and "EXEC_DESK_API_URL overrides it" in err
    code, out, _ = config(tmp_path / "home", capsys, "get", "api_base_url", "--json")
    assert json.loads(out)["value"] == "http://127.0.0.1:8"


@pytest.fixture
def app(tmp_path: Path) -> Iterator[tuple[AppProcess, Path]]:
    base = tmp_path / "home"
    with AppProcess(exec_desk("--basedir", str(base), "--demo"), offscreen_env()) as running:
        running.wait_for(lambda e: e.get("event") == "ready", what="ready")
        yield running, base
        assert running.stop() == 0


def test_each_kind_good_and_bad_while_the_app_runs(
    app: tuple[AppProcess, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    running, base = app
    expected: list[list[str]] = []
    check_kinds(base, capsys, expected)

    def settings_events() -> list[Event]:
        return [e for e in running.events if e.get("event") == "settings"]

    running.wait_for(lambda _e: len(settings_events()) >= len(expected), what="every reload")
    # One reload per good value, in order, each changing that setting only; the refused ones never reached it.
    assert [e["changed"] for e in settings_events()] == expected
    code, _, err = config(base, capsys, "unset", "session_minutes")
    assert code == 0 and "the running Exec Desk uses the new value now" in err
    running.wait_for(lambda e: e.get("event") == "settings" and e["changed"] == ["session_minutes"], what="unset")
