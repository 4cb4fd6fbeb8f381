"""`Settings.update`: several settings validated together and saved in one write, or nothing at all."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exec_desk.storage.settings import SettingError, Settings


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.json"


def test_update_saves_every_value_in_one_write_and_notifies_each(path: Path) -> None:
    settings = Settings(path, env={})
    heard: list[tuple[str, object]] = []
    settings.subscribe(lambda name, value: heard.append((name, value)))

    settings.update({"session_minutes": 7, "work_days": [0, 2], "monthly_budget_usd": 35, "language": "fr"})

    assert json.loads(path.read_text(encoding="utf-8")) == {
        "session_minutes": 7,
        "work_days": [0, 2],
        "monthly_budget_usd": 35.0,
        "language": "fr",
    }
    assert heard == [("session_minutes", 7), ("work_days", [0, 2]), ("monthly_budget_usd", 35.0), ("language", "fr")]
    reloaded = Settings(path, env={})
    assert reloaded.get("session_minutes") == 7
    assert reloaded.get("monthly_budget_usd") == 35.0


def test_one_invalid_value_changes_nothing(path: Path) -> None:
    settings = Settings(path, env={})
    settings.set("session_cap", 40)
    before = path.read_text(encoding="utf-8")
    heard: list[str] = []
    settings.subscribe(lambda name, _value: heard.append(name))

    with pytest.raises(SettingError, match="work_end"):
        settings.update({"session_minutes": 9, "work_end": "25:00"})
    with pytest.raises(SettingError, match="no setting named"):
        settings.update({"session_minutes": 9, "nonsense": 1})

    assert path.read_text(encoding="utf-8") == before
    assert settings.get("session_minutes") == 5
    assert heard == []


def test_values_back_to_default_leave_the_file_and_unchanged_ones_are_silent(path: Path) -> None:
    settings = Settings(path, env={})
    settings.update({"session_minutes": 8, "cooloff_minutes": 3})
    heard: list[str] = []
    settings.subscribe(lambda name, _value: heard.append(name))

    settings.update({"session_minutes": 5, "cooloff_minutes": 3, "session_cap": 30})

    assert json.loads(path.read_text(encoding="utf-8")) == {"cooloff_minutes": 3}
    assert heard == ["session_minutes"]


def test_nothing_changed_writes_nothing(path: Path) -> None:
    settings = Settings(path, env={})
    settings.update({"session_minutes": 5, "language": "system"})
    assert not path.exists()
