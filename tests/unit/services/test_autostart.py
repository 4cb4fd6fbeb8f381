"""`follow_setting`: the `open_at_login` setting drives the login entry, now and on every change, and never raises."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from exec_desk.services.autostart import follow_setting
from exec_desk.storage.autostart import Autostart
from exec_desk.storage.paths import Paths
from exec_desk.storage.settings import OPEN_AT_LOGIN, SESSION_MINUTES, Settings


class Recorder:
    """A fake login entry with the same face as `Autostart`: records each `apply`, can fail."""

    def __init__(self, fail: bool = False) -> None:
        self.calls: list[bool] = []
        self.fail = fail

    def apply(self, enabled: bool) -> bool:
        self.calls.append(enabled)
        if self.fail:
            raise PermissionError(13, "Permission denied", "/home/x/.config/autostart")
        return True


def _settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.json", env={})


def test_applies_now_then_on_each_change_until_unsubscribed(tmp_path: Path) -> None:
    settings, entry = _settings(tmp_path), Recorder()
    stop = follow_setting(settings, entry)
    assert entry.calls == [False], "applied at once with the saved value"
    settings.set(OPEN_AT_LOGIN.name, True)
    settings.set(SESSION_MINUTES.name, 7)  # another setting: not our business
    settings.set(OPEN_AT_LOGIN.name, False)
    assert entry.calls == [False, True, False]
    stop()
    settings.set(OPEN_AT_LOGIN.name, True)
    assert entry.calls == [False, True, False]


def test_starts_from_the_saved_value(tmp_path: Path) -> None:
    _settings(tmp_path).set(OPEN_AT_LOGIN.name, True)
    entry = Recorder()
    follow_setting(_settings(tmp_path), entry)
    assert entry.calls == [True]


def test_a_failed_write_is_reported_not_raised(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    settings, entry = _settings(tmp_path), Recorder(fail=True)
    errors: list[OSError] = []
    with caplog.at_level(logging.WARNING, logger="exec_desk.services.autostart"):
        follow_setting(settings, entry, on_error=errors.append)
        settings.set(OPEN_AT_LOGIN.name, True)  # must not raise into the settings dialog
    assert settings.get(OPEN_AT_LOGIN.name) is True, "the setting itself is saved"
    assert [type(e) for e in errors] == [PermissionError, PermissionError]
    assert "could not write the login entry" in caplog.text
    assert "could not remove the login entry" in caplog.text


def test_with_the_real_entry_under_a_base_dir(tmp_path: Path) -> None:
    paths = Paths.under(tmp_path / "profile")
    settings = Settings(paths.settings_file, env={})
    entry = Autostart(paths.autostart_dir, command=["exec-desk"])
    follow_setting(settings, entry)
    assert not entry.path.exists()
    settings.set(OPEN_AT_LOGIN.name, True)
    assert entry.is_enabled() and "Exec=exec-desk" in entry.path.read_text(encoding="utf-8").splitlines()
    settings.set(OPEN_AT_LOGIN.name, False)
    assert not entry.path.exists()
