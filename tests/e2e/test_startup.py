"""The app starts for real (a subprocess, offscreen): demo mode, --exit-when-ready, a damaged or too-new database."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

from exec_desk.storage.paths import Paths
from exec_desk.storage.store import Store


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "exec_desk", *args], capture_output=True, text=True, timeout=90, env=full_env
    )


def test_exit_when_ready_starts_demo_when_no_account(tmp_path: Path) -> None:
    result = _run("--basedir", str(tmp_path), "--exit-when-ready")
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"ready in \d+ ms\n", result.stdout)
    paths = Paths.resolve(tmp_path)
    with Store(paths.database_file) as store:
        accounts = store.accounts.all()
    assert [a.key for a in accounts] == ["demo"]
    assert accounts[0].api_base_url.startswith("http://127.0.0.1:")
    assert paths.log_file.is_file()


def test_exec_desk_home_isolates_everything(tmp_path: Path) -> None:
    result = _run("--exit-when-ready", env={"EXEC_DESK_HOME": str(tmp_path / "portable")})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "portable" / "data" / "exec-desk.sqlite3").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["portable"]


def test_corrupt_database_is_moved_aside_with_a_message(tmp_path: Path) -> None:
    paths = Paths.resolve(tmp_path)
    paths.ensure()
    paths.database_file.write_bytes(b"this is not a database, but it was the user's" * 100)
    result = _run("--basedir", str(tmp_path), "--exit-when-ready")
    assert result.returncode == 0, result.stderr
    aside = list(paths.data_dir.glob("exec-desk.sqlite3.corrupt-*"))
    assert len(aside) == 1
    assert aside[0].read_bytes().startswith(b"this is not a database")
    assert "damaged" in result.stderr and str(aside[0]) in result.stderr


def test_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    paths = Paths.resolve(tmp_path)
    paths.ensure()
    with sqlite3.connect(paths.database_file) as conn:
        conn.execute("PRAGMA user_version = 999")
    before = paths.database_file.read_bytes()
    result = _run("--basedir", str(tmp_path), "--exit-when-ready")
    assert result.returncode == 1
    assert "newer version of Exec Desk" in result.stderr
    assert paths.database_file.read_bytes() == before
