from __future__ import annotations

import json
import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from exec_desk.storage import settings as settings_module
from exec_desk.storage.settings import (
    API_BASE_URL,
    API_URL_ENV,
    SESSION_MINUTES,
    SETTINGS,
    WORK_DAYS,
    Setting,
    SettingError,
    Settings,
)

EXPECTED_DEFAULTS = {
    "api_base_url": "https://api.x.com",
    "redirect_port": 17823,
    "keep_posts_days": 30,
    "session_minutes": 5,
    "session_cap": 30,
    "session_extend_minutes": 2,
    "retweet_undo_seconds": 8,
    "reminders_enabled": True,
    "reminder_every_minutes": 180,
    "work_start": "09:00",
    "work_end": "18:00",
    "work_days": [0, 1, 2, 3, 4],
    "cooloff_minutes": 10,
    "thread_cap": 25,
    "confirm_cost_usd": 1.0,
    "monthly_budget_usd": 20.0,
    "language": "system",
    "shortcuts": {},
    "active_account": "",
    "open_at_login": False,
    "calendar": "",
    "calendar_protocol": "ics",
    "calendar_username": "",
    "calendar_email": "",
    "calendar_all_day_busy": False,
    "calendar_margin_minutes": 5,
    "calendar_proposals_per_day": 4,
    "deck_folder": "",
    "blog_feeds": [],
    "feed_every_minutes": 30,
    "quiet_periods": [],
    "quiet_calendar": "",
    "quiet_days_before": 0,
    "disclosure_words": [
        "results",
        "earnings",
        "revenue",
        "guidance",
        "forecast",
        "outlook",
        "acquisition",
        "merger",
        "dividend",
        "résultats",
        "chiffre d'affaires",
        "prévisions",
        "perspectives",
        "objectifs",
        "fusion",
        "rachat",
        "dividende",
    ],
    "watch_names": [],
    "watch_words": ["recall", "rappel", "outage", "panne", "strike", "grève", "lawsuit", "procès", "layoffs",
                    "licenciements", "data breach", "fuite de données"],
    "watch_budget_share": 0.2,
    "radar_spike_posts": 10,
    "radar_spike_factor": 4.0,
    "radar_poll_minutes": 15,
    "respond_within_hours": 4.0,
    "answer_groups": ["Journalists", "Clients"],
    "company_accounts": [],
    "company_similarity": 0.7,
    "amplify_after_hours": 3,
}  # fmt: skip


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.json"


def _saved(path: Path) -> dict[str, object]:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_declarations_are_complete_and_their_defaults_valid() -> None:
    names = [s.name for s in SETTINGS]
    assert len(names) == len(set(names))
    assert {s.name: s.default for s in SETTINGS} == EXPECTED_DEFAULTS
    for setting in SETTINGS:
        assert setting.description.strip(), setting.name
        assert setting.validate(setting.default) == setting.default
    assert API_URL_ENV in API_BASE_URL.description
    assert (SESSION_MINUTES.minimum, SESSION_MINUTES.maximum) == (1, 60)
    assert settings_module.SESSION_CAP.minimum == 5 and settings_module.SESSION_CAP.maximum == 200
    assert settings_module.LANGUAGE.choices == ("system", "en", "fr")
    port = settings_module.REDIRECT_PORT
    assert (port.minimum, port.maximum) == (1024, 65535) and "http://127.0.0.1:<port>/callback" in port.description


def test_defaults_without_a_file_and_nothing_written(path: Path) -> None:
    settings = Settings(path, env={})
    assert {s.name: settings.get(s.name) for s in SETTINGS} == EXPECTED_DEFAULTS
    assert settings.problems == []
    assert not path.exists()


def test_set_saves_only_changed_values_and_reloads(path: Path) -> None:
    settings = Settings(path, env={})
    settings.set("session_minutes", 10)
    settings.set("work_days", [0, 2, 4])
    settings.set("shortcuts", {"next": "J"})
    settings.set("monthly_budget_usd", 35)  # an int is accepted for a float setting
    assert _saved(path) == {
        "session_minutes": 10,
        "work_days": [0, 2, 4],
        "shortcuts": {"next": "J"},
        "monthly_budget_usd": 35.0,
    }
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again = Settings(path, env={})
    assert again.value(SESSION_MINUTES) == 10
    assert again.value(WORK_DAYS) == [0, 2, 4]
    assert again.get("monthly_budget_usd") == 35.0
    assert again.problems == []


@pytest.mark.parametrize(
    ("name", "value", "words"),
    [
        ("session_minutes", 0, "below the minimum 1"),
        ("session_minutes", 61, "above the maximum 60"),
        ("session_minutes", "5", "expected a whole-number value"),
        ("session_minutes", True, "expected a whole-number value"),
        ("session_minutes", 5.5, "expected a whole-number value"),
        ("session_cap", 201, "above the maximum 200"),
        ("reminders_enabled", 1, "expected a true/false value"),
        ("language", "de", "is not one of 'system', 'en', 'fr'"),
        ("work_start", "9:00", "not in the expected format"),
        ("work_end", "24:00", "not in the expected format"),
        ("work_days", [0, 7], "above the maximum 6"),
        ("work_days", [1, 1], "duplicate"),
        ("work_days", "0,1", "expected a list"),
        ("shortcuts", {"next": 3}, "mapping of text to text"),
        ("api_base_url", "ftp://example.org", "not in the expected format"),
        ("monthly_budget_usd", -1, "below the minimum 0"),
        ("no_such_setting", 1, "no setting named 'no_such_setting'"),
    ],
)
def test_invalid_set_raises_and_changes_nothing(path: Path, name: str, value: object, words: str) -> None:
    settings = Settings(path, env={})
    settings.set("session_cap", 40)
    before = path.read_bytes()
    calls: list[tuple[str, object]] = []
    settings.subscribe(lambda n, v: calls.append((n, v)))
    with pytest.raises(SettingError) as caught:
        settings.set(name, value)
    assert words in str(caught.value)
    assert name in str(caught.value)
    assert path.read_bytes() == before
    assert calls == []
    assert settings.get("session_cap") == 40


def test_bad_values_in_file_are_reported_and_replaced_by_defaults(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(
        json.dumps(
            {
                "session_minutes": 500,
                "language": "klingon",
                "reminders_enabled": "yes",
                "session_cap": 50,
                "from_the_future": {"x": 1},
            }
        ),
        encoding="utf-8",
    )
    settings = Settings(path, env={})
    assert settings.get("session_minutes") == 5
    assert settings.get("language") == "system"
    assert settings.get("reminders_enabled") is True
    assert settings.get("session_cap") == 50
    assert len(settings.problems) == 3
    assert any("session_minutes" in p and "default 5" in p for p in settings.problems)
    # An unknown setting (written by a newer version) survives the next save.
    settings.set("cooloff_minutes", 20)
    assert _saved(path) == {"session_cap": 50, "cooloff_minutes": 20, "from_the_future": {"x": 1}}


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", ""])
def test_unreadable_file_is_moved_aside_never_dropped(path: Path, content: str) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(content, encoding="utf-8")
    settings = Settings(path, env={}, clock=lambda: datetime(2026, 11, 26, 12, 0, 5, tzinfo=UTC))
    aside = path.with_name("settings.json.corrupt-20261126T120005Z")
    assert aside.read_text(encoding="utf-8") == content
    assert not path.exists()
    assert len(settings.problems) == 1 and str(aside) in settings.problems[0]
    assert settings.get("session_minutes") == 5


def test_subscribe_reset_and_unsubscribe(path: Path) -> None:
    settings = Settings(path, env={})
    calls: list[tuple[str, object]] = []
    unsubscribe = settings.subscribe(lambda n, v: calls.append((n, v)))
    settings.set("session_minutes", 9)
    settings.set("session_minutes", 9)  # no change, no notification
    settings.reset("session_minutes")
    assert calls == [("session_minutes", 9), ("session_minutes", 5)]
    assert _saved(path) == {}
    unsubscribe()
    unsubscribe()  # twice is harmless
    settings.set("session_minutes", 11)
    assert len(calls) == 2


def test_returned_containers_are_copies(path: Path) -> None:
    settings = Settings(path, env={})
    days = settings.value(WORK_DAYS)
    days.append(6)
    assert settings.value(WORK_DAYS) == [0, 1, 2, 3, 4]


def test_env_overrides_api_url_at_read_time_without_saving(path: Path) -> None:
    env = {API_URL_ENV: "http://127.0.0.1:8765"}
    settings = Settings(path, env=env)
    assert settings.get("api_base_url") == "http://127.0.0.1:8765"
    assert settings.value(API_BASE_URL) == "http://127.0.0.1:8765"
    assert settings.overridden_by("api_base_url") == API_URL_ENV
    assert settings.overridden_by("session_minutes") is None
    settings.set("api_base_url", "https://gateway.example.org/x")
    assert settings.get("api_base_url") == "http://127.0.0.1:8765"
    assert _saved(path) == {"api_base_url": "https://gateway.example.org/x"}
    assert Settings(path, env={}).get("api_base_url") == "https://gateway.example.org/x"


def test_invalid_env_override_is_reported_and_ignored(path: Path) -> None:
    settings = Settings(path, env={API_URL_ENV: "not a url"})
    assert settings.get("api_base_url") == "https://api.x.com"
    assert settings.overridden_by("api_base_url") is None
    assert len(settings.problems) == 1 and API_URL_ENV in settings.problems[0]


def test_failed_save_keeps_old_file_and_value(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = Settings(path, env={})
    settings.set("session_minutes", 7)
    before = path.read_bytes()

    def disk_full(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", disk_full)  # the new file is written, then cannot reach the disk
    with pytest.raises(OSError, match="disk full"):
        settings.set("session_minutes", 8)
    assert path.read_bytes() == before
    assert settings.get("session_minutes") == 7
    assert sorted(p.name for p in path.parent.iterdir()) == ["settings.json"]  # no temporary file left


def test_custom_declarations() -> None:
    ratio = Setting("ratio", float, 0.5, "A ratio.", minimum=0, maximum=1)
    assert ratio.validate(1) == 1.0
    with pytest.raises(SettingError, match="above the maximum 1"):
        ratio.validate(1.5)
    names = Setting("names", list, ["a"], "Names.", item_type=str, choices=("a", "b"))
    assert names.validate(("b", "a")) == ["b", "a"]
    with pytest.raises(SettingError, match="not one of"):
        names.validate(["c"])
