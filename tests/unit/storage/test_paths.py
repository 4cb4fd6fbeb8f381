from __future__ import annotations

import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from exec_desk.core.calls import CallRecord
from exec_desk.core.pricing import Op, Resource
from exec_desk.storage.ledger import Ledger
from exec_desk.storage.paths import HOME_ENV, Paths
from exec_desk.storage.settings import Settings
from exec_desk.storage.store import Store
from tests.support.factories import make_account


@pytest.fixture
def fake_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """HOME and the XDG variables point into an 'outside' folder that nothing should write to."""
    home = tmp_path / "home"
    home.mkdir()
    run = tmp_path / "xdg-run"
    run.mkdir(mode=0o700)
    monkeypatch.setenv("HOME", str(home))
    for var, sub in (
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(run))
    return home


def _all_paths(paths: Paths) -> list[Path]:
    return [
        *paths.directories(),
        paths.settings_file,
        paths.database_file,
        paths.log_file,
    ]


def test_basedir_wins_over_env_and_platform(tmp_path: Path, fake_home: Path) -> None:
    paths = Paths.resolve(tmp_path / "base", env={HOME_ENV: str(tmp_path / "env")})
    base = tmp_path / "base"
    assert paths.basedir == base
    assert (paths.config_dir, paths.data_dir, paths.cache_dir, paths.log_dir, paths.runtime_dir) == (
        base / "config",
        base / "data",
        base / "cache",
        base / "logs",
        base / "runtime",
    )
    assert paths.settings_file == base / "config" / "settings.json"
    assert paths.database_file == base / "data" / "exec-desk.sqlite3"
    assert paths.log_file == base / "logs" / "exec-desk.log"
    assert paths.avatar_cache_dir == base / "cache" / "avatars"


def test_env_wins_over_platform_dirs(tmp_path: Path, fake_home: Path) -> None:
    paths = Paths.resolve(None, env={HOME_ENV: str(tmp_path / "env")})
    assert paths.basedir == tmp_path / "env"
    assert all(p.is_relative_to(tmp_path / "env") for p in _all_paths(paths))


def test_empty_env_value_is_ignored(fake_home: Path) -> None:
    assert Paths.resolve(None, env={HOME_ENV: ""}).basedir is None


def test_platform_dirs_when_nothing_given(tmp_path: Path, fake_home: Path) -> None:
    paths = Paths.resolve(None, env={})
    assert paths.basedir is None
    assert paths.config_dir == fake_home / ".config" / "exec-desk"
    assert paths.data_dir == fake_home / ".local/share" / "exec-desk"
    assert paths.cache_dir == fake_home / ".cache" / "exec-desk"
    assert paths.log_dir.is_relative_to(fake_home)
    assert paths.runtime_dir == tmp_path / "xdg-run" / "exec-desk"


def test_runtime_dir_falls_back_to_data_when_platform_one_is_unusable(
    tmp_path: Path, fake_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "does-not-exist"))
    paths = Paths.resolve(None, env={})
    assert paths.runtime_dir == paths.data_dir / "runtime"


def test_relative_and_tilde_basedirs_become_absolute(
    tmp_path: Path, fake_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert Paths.resolve("rel", env={}).basedir == tmp_path / "rel"
    assert Paths.resolve("~/x", env={}).basedir == fake_home / "x"


def test_ensure_creates_private_directories(tmp_path: Path, fake_home: Path) -> None:
    paths = Paths.resolve(tmp_path / "base", env={})
    paths.ensure()
    paths.ensure()  # idempotent
    for directory in (tmp_path / "base", *paths.directories()):
        assert directory.is_dir()
        assert stat.S_IMODE(directory.stat().st_mode) == 0o700, directory


def test_ensure_never_changes_the_mode_of_a_folder_it_did_not_create(tmp_path: Path, fake_home: Path) -> None:
    """`--basedir /srv/shared` (a sticky, world-writable folder, as root) must stay as it was; only the folders
    Exec Desk makes inside it are user-only. (Before, the base and any existing folder were forced to 0700.)"""
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    paths = Paths.resolve(shared, env={})
    paths.config_dir.mkdir(mode=0o755)
    paths.config_dir.chmod(0o755)
    paths.ensure()
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
    assert stat.S_IMODE(paths.config_dir.stat().st_mode) == 0o755
    made = [d for d in paths.directories() if d != paths.config_dir]
    assert all(stat.S_IMODE(d.stat().st_mode) == 0o700 for d in made)


def test_the_instance_lock_leaves_an_existing_folder_as_it_was(tmp_path: Path) -> None:
    from exec_desk.services.instance import SingleInstance

    shared = tmp_path / "run"
    shared.mkdir()
    shared.chmod(0o1777)
    guard = SingleInstance(shared, profile_dir=shared)
    try:
        assert guard.acquire()
    finally:
        guard.close()
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777


def test_nothing_escapes_the_basedir(tmp_path: Path, fake_home: Path) -> None:
    base = tmp_path / "base"
    paths = Paths.resolve(base, env={})
    assert all(p.is_relative_to(base) for p in _all_paths(paths))

    paths.ensure()
    settings = Settings(paths.settings_file, env={})
    settings.set("session_minutes", 7)
    with Store(paths.database_file) as store:
        store.accounts.add(make_account())
        Ledger(store).record(
            CallRecord("acct-1", Op.HOME_TIMELINE, datetime(2026, 11, 26, tzinfo=UTC), 200, {Resource.POST: ("1",)})
        )

    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert written, "the scenario should have written files"
    assert all(p.is_relative_to(base) for p in written), written
    assert not any(fake_home.iterdir())
    assert not any((tmp_path / "xdg-run").iterdir())


def test_no_xdg_runtime_dir_uses_a_private_folder_without_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    paths = Paths.resolve(env={})
    assert paths.runtime_dir == paths.data_dir / "runtime"
