"""Every command refuses a database written by a newer Exec Desk with the same one line and exit status, before it
asks for anything, and leaves the database untouched (issue 11, point 8: `signin` printed a traceback)."""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from exec_desk.cli import profile as profile_cli
from exec_desk.storage.migrations import LATEST
from exec_desk.storage.paths import Paths
from exec_desk.storage.store import NewerSchemaError, Store, check_schema

COMMANDS = {
    "app": ["--exit-when-ready"],
    "signin": ["signin", "--oauth1"],
    "signin-oauth2": ["signin", "--client-id", "abc", "--print-url"],
    "doctor": ["doctor", "--json"],
    "post": ["post", "Hello, board."],
    "spend": ["spend", "--json"],
}


@pytest.fixture
def newer(tmp_path: Path) -> Path:
    paths = Paths.resolve(tmp_path / "profile")
    paths.ensure()
    with sqlite3.connect(paths.database_file) as conn:
        conn.execute("CREATE TABLE from_the_future (x)")
        conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()
    return paths.database_file


def _expected(database: Path) -> str:
    return f"exec-desk: {NewerSchemaError(LATEST + 1, database)}\n"


@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_command_says_the_same_line_and_exits_the_same_way(newer: Path, tmp_path: Path, command: str) -> None:
    before = newer.read_bytes()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path / "home")}
    base = str(newer.parents[1])
    result = subprocess.run(
        [sys.executable, "-m", "exec_desk", "--basedir", base, *COMMANDS[command]],
        input="key\nsecret\ntoken\ntoken secret\n", capture_output=True, text=True, timeout=90, env=env,
    )  # fmt: skip
    assert result.returncode == profile_cli.NEWER_SCHEMA == 1, result.stderr
    assert result.stderr == _expected(newer), result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert newer.read_bytes() == before
    assert sorted(p.name for p in newer.parent.iterdir() if p.name.startswith("exec-desk.sqlite3")) == [
        "exec-desk.sqlite3"
    ]


def test_the_store_and_the_check_raise_the_same_error(newer: Path) -> None:
    with pytest.raises(NewerSchemaError) as opened:
        Store(newer)
    with pytest.raises(NewerSchemaError) as peeked:
        check_schema(newer)
    assert str(opened.value) == str(peeked.value) and "\n" not in str(opened.value)
    assert opened.value.version == LATEST + 1


def test_a_store_opened_after_the_check_is_refused_in_the_same_words(newer: Path) -> None:
    """A newer version may write the database between the check and the opening: the error then raised by the
    store goes through the same exit."""
    err = io.StringIO()
    with pytest.raises(NewerSchemaError) as caught:
        Store(newer)
    assert profile_cli.newer_schema_exit(caught.value, err) == 1
    assert err.getvalue() == _expected(newer)


def test_a_missing_or_current_database_is_no_refusal(tmp_path: Path) -> None:
    paths = Paths.resolve(tmp_path / "fresh")
    assert profile_cli.refuse_newer_schema(paths) is None
    paths.ensure()
    Store(paths.database_file).close()
    assert profile_cli.refuse_newer_schema(paths) is None
