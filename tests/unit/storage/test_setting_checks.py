"""One check path for the settings: text read into each kind, the rules between settings (shared by the dialog and
`exec-desk config`), and two processes saving one settings file without losing each other's change."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from exec_desk.storage import setting_checks
from exec_desk.storage.setting_checks import as_text, check_changes, kind, parse, together
from exec_desk.storage.settings import SETTINGS, SettingError, Settings

DECLS = {d.name: d for d in SETTINGS}


def test_every_declared_setting_has_a_kind_and_its_default_reads_back_from_text() -> None:
    kinds = {d.name: kind(d) for d in SETTINGS}
    assert kinds["work_start"] == "time" and kinds["api_base_url"] == "url" and kinds["language"] == "enum"
    assert kinds["work_days"] == "list[int]" and kinds["shortcuts"] == "dict" and kinds["open_at_login"] == "bool"
    assert kinds["monthly_budget_usd"] == "float" and kinds["session_minutes"] == "int" and kinds["calendar"] == "str"
    for decl in SETTINGS:
        assert parse(decl, as_text(decl, decl.default)) == decl.default, decl.name


@pytest.mark.parametrize(
    ("name", "text", "value"),
    [
        ("open_at_login", " Yes ", True),
        ("open_at_login", "0", False),
        ("work_days", "[1, 2]", [1, 2]),
        ("work_days", "", []),
        ("monthly_budget_usd", "7", 7.0),
        ("shortcuts", '{"undo": "U; Ctrl+Z"}', {"undo": "U; Ctrl+Z"}),
        ("calendar", "webcal://calendar.example/me.ics", "webcal://calendar.example/me.ics"),
        ("calendar", "", ""),
    ],
)
def test_text_is_read_into_its_kind(name: str, text: str, value: object) -> None:
    assert parse(DECLS[name], text) == value


@pytest.mark.parametrize(
    ("name", "text", "words"),
    [
        ("session_minutes", "5.0", "expected a whole number"),
        ("session_minutes", "61", "above the maximum 60"),
        ("monthly_budget_usd", "inf", "expected a finite number"),
        ("work_days", "mon,tue", "expected a whole number"),
        ("work_days", "1,1", "duplicate"),
        ("shortcuts", "[]", "expected a mapping"),
        ("calendar_email", "me@", "not in the expected format"),
    ],
)
def test_bad_text_is_refused_in_plain_words(name: str, text: str, words: str) -> None:
    with pytest.raises(SettingError, match=words):
        parse(DECLS[name], text)


def test_the_rules_between_settings() -> None:
    problems = together({"work_start": "09:00", "work_end": "09:00", "reminders_enabled": True, "work_days": []}, DECLS)
    assert [(p.focus, p.phrase.english()) for p in problems] == [
        ("work_end", "The working day must end after it starts: 09:00 is not after 09:00."),
        ("work_days", "Choose at least one working day, or turn reminders off."),
    ]
    assert together({"work_start": "9", "work_end": "08:00", "reminders_enabled": False, "work_days": []}, DECLS) == []


def test_check_changes_sees_the_values_as_they_would_be(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.json", env={})
    assert check_changes(settings, {"work_end": "10:00", "monthly_budget_usd": 3}) == {
        "work_end": "10:00",
        "monthly_budget_usd": 3.0,
    }
    with pytest.raises(SettingError, match="must end after it starts: 08:00 is not after 09:00"):
        check_changes(settings, {"work_end": "08:00"})
    assert check_changes(settings, {"work_start": "07:00", "work_end": "08:00"})["work_end"] == "08:00"
    assert not (tmp_path / "settings.json").exists()  # nothing saved by checking
    assert setting_checks.__doc__ and "dialog" in setting_checks.__doc__


def test_two_writers_of_one_file_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.json"
    app, cli = Settings(path, env={}), Settings(path, env={})  # as the running app and `exec-desk config` see it
    app.set("session_minutes", 7)
    cli.set("cooloff_minutes", 3)  # cli had not read 7: it starts from the file, under the lock
    app.set("session_cap", 40)  # nor had app read 3
    assert json.loads(path.read_text(encoding="utf-8")) == {
        "session_minutes": 7,
        "cooloff_minutes": 3,
        "session_cap": 40,
    }
    assert app.get("cooloff_minutes") == 3  # picked up while saving


def test_reload_notifies_what_another_process_changed(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    app, cli = Settings(path, env={}), Settings(path, env={})
    heard: list[tuple[str, object]] = []
    app.subscribe(lambda name, value: heard.append((name, value)))
    cli.update({"work_days": [1, 2], "language": "fr"})
    assert app.reload() == ["work_days", "language"] and heard == [("work_days", [1, 2]), ("language", "fr")]
    assert app.reload() == [] and len(heard) == 2
    cli.reset("language")
    assert app.reload() == ["language"] and app.get("language") == "system"


def test_concurrent_savers_from_threads_keep_every_change(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    writers = [Settings(path, env={}) for _ in range(4)]
    names = ["session_minutes", "session_cap", "cooloff_minutes", "retweet_undo_seconds"]
    threads = [
        threading.Thread(target=w.set, args=(name, 9 if name != "session_cap" else 90))
        for w, name in zip(writers, names, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert set(json.loads(path.read_text(encoding="utf-8"))) == set(names)
