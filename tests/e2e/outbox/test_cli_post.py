"""`exec-desk post` through the main command line: its arguments handed to `cli.post`, `--basedir` passed on, and
the dry run still free of Qt, tweepy, requests, keyring and the database."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from exec_desk.cli import main as cli
from exec_desk.cli import post as post_cli
from exec_desk.core.payloads import PostPayload
from exec_desk.services import instance
from exec_desk.storage.paths import Paths
from exec_desk.storage.settings import Settings
from exec_desk.storage.store import Store
from tests.support.factories import make_account
from tests.support.places import ROOT


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["post", "Hello"], ([], ["Hello"])),
        (["--basedir", "/x", "post", "--thread", "Hi"], (["--basedir", "/x"], ["--thread", "Hi"])),
        (["--api-url", "post", "post", "x"], (["--api-url", "post"], ["x"])),  # a value named "post" is a value
        (["--demo", "compose"], None),
        (["session", "post"], None),
    ],
)
def test_the_post_command_is_found_after_the_global_options(
    argv: list[str], expected: tuple[list[str], list[str]] | None
) -> None:
    assert cli._post_arguments(argv) == expected


def test_the_dry_run_through_exec_desk_imports_nothing_heavy() -> None:
    code = (
        "import json, sys\n"
        "from exec_desk.cli.main import main\n"
        "code = main(['post', '--dry-run', '--json', 'Hello https://example.com'])\n"
        "print(json.dumps(sorted(sys.modules)))\n"
        "raise SystemExit(code)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=30)
    assert result.returncode == 0, result.stderr
    report, modules = (json.loads(line) for line in result.stdout.splitlines())
    assert report["weighted_length"] == 29 and report["valid"] and report["estimated_cost_usd"] == 0.2
    heavy = ("PySide6", "shiboken6", "tweepy", "requests", "keyring", "sqlite3", "urllib3")
    assert [m for m in modules if m.split(".")[0] in heavy] == []


def test_post_queues_into_the_profile_given_before_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = Paths.resolve(tmp_path / "profile")
    paths.ensure()
    with Store(paths.database_file) as store:
        store.accounts.add(make_account("me"))
    Settings(paths.settings_file).set("active_account", "me")
    assert cli.main(["--basedir", str(tmp_path / "profile"), "post", "Board at 9.", "--in", "0"]) == 0
    assert "Exec Desk sends it when it runs" in capsys.readouterr().out  # none runs: it waits in the store
    with Store(paths.database_file) as store:
        [item] = store.outbox.all("me")
        assert item.payload == PostPayload(("Board at 9.",))


def test_post_nudges_the_running_app_over_its_socket(qtbot: QtBot, tmp_path: Path) -> None:
    paths = Paths.resolve(tmp_path / "profile")
    paths.ensure()
    running = instance.SingleInstance(paths.runtime_dir)
    assert running.acquire()
    received: list[str] = []
    running.listen(received.append)
    answered: list[bool] = []
    client = threading.Thread(target=lambda: answered.append(post_cli.nudge_running_app(paths)))
    client.start()  # the client blocks on the answer: the event loop must run meanwhile
    qtbot.waitUntil(lambda: answered != [], timeout=5000)
    client.join(5)
    running.close()
    assert answered == [True] and received == ["outbox"]


def test_a_running_app_too_busy_to_answer_still_counts_as_running(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app holds the profile's lock but its GUI thread does not answer in time (busy): `post` says it runs (its
    sender reads the store within a minute, `LOOK_AGAIN`), not "when it runs"; once it has quit, it does not."""
    monkeypatch.setattr(post_cli, "NUDGE_WAIT_S", 0.1)
    monkeypatch.setattr(post_cli, "NUDGE_TIMEOUT_S", 0.2)
    paths = Paths.resolve(tmp_path / "profile")
    paths.ensure()
    busy = instance.SingleInstance(paths.runtime_dir, profile_dir=paths.data_dir)
    assert busy.acquire()
    busy.listen(lambda request: None)  # listening, but no event loop turns while the client waits: no answer
    assert post_cli.nudge_running_app(paths) is True
    busy.close()
    assert post_cli.nudge_running_app(paths) is False
