"""Demo mode's fake X in a process of its own: it answers over HTTP, and it never outlives the app."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from exec_desk.core.calls import CallRecord
from exec_desk.services.context import open_context
from exec_desk.services.demo import DEMO_ACCOUNT, start_demo
from exec_desk.storage.paths import Paths
from exec_desk.storage.settings import Settings
from tests.support.credentials import MemoryCredentialStore


class _Calls:
    def __init__(self) -> None:
        self.records: list[CallRecord] = []

    def record(self, call: CallRecord) -> int:
        self.records.append(call)
        return 0


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_the_demo_server_runs_in_its_own_process_and_stops_with_the_demo() -> None:
    calls = _Calls()
    demo = start_demo(calls)
    try:
        assert demo.base_url.startswith("http://127.0.0.1:")
        me = demo.backend.me()
        assert me.id == str(demo.credentials["user_id"]) and me.username == demo.credentials["username"]
        assert demo.credentials["name"]
        assert calls.records, "the call went through the real tweepy path and was recorded"
        pids = [p for p in _children() if "exec_desk.fakex" in _cmdline(p)]
        assert len(pids) == 1
    finally:
        demo.stop()
    assert not _alive(pids[0]) or _zombie(pids[0])


def test_the_demo_server_exits_when_the_app_is_killed(tmp_path: Path) -> None:
    """The server's stdin is the app's pipe: when the app dies (SIGKILL, no clean-up), the server goes too."""
    script = (
        "import sys; from exec_desk.services.demo import start_demo\n"
        "class R:\n    def record(self, call): pass\n"
        "demo = start_demo(R()); print(demo.base_url, flush=True); sys.stdin.read()\n"
    )
    app = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert app.stdout is not None
    try:
        assert app.stdout.readline().startswith("http://127.0.0.1:")
        servers = [p for p in _children(app.pid) if "exec_desk.fakex" in _cmdline(p)]
        assert len(servers) == 1
        server = servers[0]
        os.kill(app.pid, signal.SIGKILL)
        app.wait(timeout=10)
        _wait_gone(server)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
        app.stdout.close()
        assert app.stdin is not None
        app.stdin.close()


def test_open_context_in_demo_mode_names_the_demo_user(tmp_path: Path) -> None:
    paths = Paths.resolve(tmp_path)
    context = open_context(
        paths, Settings(paths.settings_file, env={}), demo=True, api_url=None, credentials=MemoryCredentialStore
    )
    try:
        assert context.demo and context.account.key == DEMO_ACCOUNT
        assert context.account.username == context.backend.me().username
        assert context.account.api_base_url.startswith("http://127.0.0.1:")
    finally:
        context.close()


def test_the_demo_server_starts_before_the_store_opens_and_goes_when_the_store_fails(tmp_path: Path) -> None:
    """Start-up spawns the demo's server first (a profile with no database is the demo for sure) and opens the store
    while it starts; when the store cannot be opened, the server it spawned does not outlive the failure."""
    paths = Paths.resolve(tmp_path)
    paths.ensure()
    spawned: list[int] = []

    class _FailingStore:
        def __init__(self, *_args: object, **_kwargs: object) -> None:
            spawned.extend(p for p in _children() if "exec_desk.fakex" in _cmdline(p))
            raise OSError("disk full")

    settings = Settings(paths.settings_file, env={})
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("exec_desk.services.context.Store", _FailingStore)
        with pytest.raises(OSError, match="disk full"):
            open_context(paths, settings, demo=False, api_url=None, credentials=MemoryCredentialStore)
    assert len(spawned) == 1  # already running when the store was being opened
    assert not _alive(spawned[0]) or _zombie(spawned[0])


def _children(pid: int | None = None) -> list[int]:
    parent = os.getpid() if pid is None else pid
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == parent:
                found.append(int(entry.name))
    return found


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def _zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return False


def _wait_gone(pid: int) -> None:
    """Bounded wait for an orphaned process to exit (init reaps it, not us): its pidfd turns readable then."""
    try:
        fd = os.pidfd_open(pid)
    except ProcessLookupError:
        return
    try:
        readable, _, _ = select.select([fd], [], [], 15)
        assert readable, f"the demo server {pid} outlived the app"
    finally:
        os.close(fd)
