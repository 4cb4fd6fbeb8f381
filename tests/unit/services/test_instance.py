"""One instance per profile: a second launch hands its request over the local socket and exits 0 without Qt;
a crashed instance (stale socket and lock file) does not block the next start; the socket is the user's only."""

from __future__ import annotations

import os
import signal
import socket
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from exec_desk.services import instance as instance_module
from exec_desk.services.instance import MAX_SOCKET_PATH, InstanceError, SingleInstance, socket_path
from exec_desk.storage.paths import Paths
from tests.support.places import ROOT


class Inbox:
    def __init__(self) -> None:
        self.requests: list[str] = []

    def __call__(self, request: str) -> None:
        self.requests.append(request)


@pytest.fixture
def runtime(tmp_path: Path) -> Path:
    return tmp_path / "runtime"


@pytest.fixture
def primary(runtime: Path, qapp: object) -> Iterator[tuple[SingleInstance, Inbox]]:
    first = SingleInstance(runtime)
    inbox = Inbox()
    assert first.acquire()
    first.listen(inbox)
    yield first, inbox
    first.close()


def _in_thread(fn: object, *args: object, **kwargs: object) -> tuple[threading.Thread, dict[str, object]]:
    result: dict[str, object] = {}

    def run() -> None:
        try:
            result["value"] = fn(*args, **kwargs)  # type: ignore[operator]
        except BaseException as exc:
            result["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, result


def test_second_instance_hands_its_request_to_the_first(
    primary: tuple[SingleInstance, Inbox], runtime: Path, qtbot: QtBot
) -> None:
    first, inbox = primary
    second = SingleInstance(runtime)
    assert not second.acquire()  # the first one holds the profile
    thread, result = _in_thread(second.hand_over, "session")
    qtbot.waitUntil(lambda: inbox.requests == ["session"], timeout=5000)
    thread.join(5)
    assert result == {"value": True}
    assert first.owner and first.listening and not second.owner


def test_socket_and_its_folder_are_the_users_only(primary: tuple[SingleInstance, Inbox], runtime: Path) -> None:
    first, _ = primary
    assert first.socket_path == runtime / "exec-desk.sock"
    assert stat.S_ISSOCK(first.socket_path.stat().st_mode)
    assert stat.S_IMODE(first.socket_path.stat().st_mode) & 0o077 == 0
    assert stat.S_IMODE(runtime.stat().st_mode) == 0o700


def test_exec_desk_session_reaches_the_running_instance_without_qt(
    primary: tuple[SingleInstance, Inbox], tmp_path: Path, qtbot: QtBot
) -> None:
    """`python -m exec_desk --basedir D session` against an in-process server; the client never imports Qt."""
    _, inbox = primary
    assert Paths.resolve(tmp_path).runtime_dir == tmp_path / "runtime"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    cmd = [sys.executable, "-m", "exec_desk", "--basedir", str(tmp_path), "session"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        qtbot.waitUntil(lambda: inbox.requests == ["session"], timeout=10000)
        out, err = proc.communicate(timeout=10)
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    probe = (
        "import sys\nfrom exec_desk.cli.main import main\n"
        f"rc = main(['--basedir', {str(tmp_path)!r}, 'compose'])\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'tweepy', 'keyring')))\n"
        "raise SystemExit(rc)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", probe], env=env, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        qtbot.waitUntil(lambda: inbox.requests == ["session", "compose"], timeout=10000)
        out, _ = proc.communicate(timeout=10)
    finally:
        proc.kill()
    assert proc.returncode == 0
    assert out.strip() == "[]"


def test_a_launch_waits_for_an_instance_that_is_still_starting(
    runtime: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    starting = SingleInstance(runtime)
    assert starting.acquire()  # holds the lock, does not listen yet
    attempts: list[str] = []
    ask = instance_module._ask

    def counted(path: Path, request: str, timeout: float) -> bool:
        attempts.append(request)
        return ask(path, request, timeout)

    monkeypatch.setattr(instance_module, "_ask", counted)
    inbox = Inbox()
    try:
        thread, result = _in_thread(SingleInstance(runtime).hand_over, "compose", wait=10.0)
        qtbot.waitUntil(lambda: len(attempts) >= 2, timeout=5000)  # refused at least once: not listening yet
        starting.listen(inbox)
        qtbot.waitUntil(lambda: inbox.requests == ["compose"], timeout=5000)
        thread.join(5)
    finally:
        starting.close()
    assert result == {"value": True}


def test_no_instance_no_wait(runtime: Path) -> None:
    assert SingleInstance(runtime).hand_over("session", wait=10.0) is False  # nobody holds the lock: no waiting
    assert not runtime.exists()  # a mere attempt creates nothing


def test_a_crashed_instance_does_not_block_start_up(runtime: Path, qtbot: QtBot) -> None:
    crashed = (
        "import socket, sys\nfrom pathlib import Path\nfrom exec_desk.services.instance import SingleInstance\n"
        f"s = SingleInstance(Path({str(runtime)!r}))\nassert s.acquire()\n"
        "sock = socket.socket(socket.AF_UNIX); sock.bind(str(s.socket_path)); sock.listen(1)\n"
        "print('up', flush=True)\nsys.stdin.read()\n"
    )
    with subprocess.Popen(
        [sys.executable, "-c", crashed], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT
    ) as proc:
        assert proc.stdout is not None and proc.stdout.readline() == "up\n"
        assert not SingleInstance(runtime).acquire()  # alive: it owns the profile
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    sock_file = runtime / "exec-desk.sock"
    assert sock_file.exists() and (runtime / "exec-desk.lock").exists()  # left behind
    after = SingleInstance(runtime)
    assert after.hand_over("show") is False  # the stale socket refuses connections: nobody is running
    inbox = Inbox()
    try:
        assert after.acquire()
        after.listen(inbox)
        thread, result = _in_thread(SingleInstance(runtime).hand_over, "show")
        qtbot.waitUntil(lambda: inbox.requests == ["show"], timeout=5000)
        thread.join(5)
        assert result == {"value": True}
    finally:
        after.close()
    assert not sock_file.exists()


def test_garbage_is_refused_with_a_reason(primary: tuple[SingleInstance, Inbox], qtbot: QtBot) -> None:
    first, inbox = primary

    def talk() -> bytes:
        with socket.socket(socket.AF_UNIX) as client:
            client.settimeout(5)
            client.connect(str(first.socket_path))
            client.sendall(b'{"request": "rm -rf"}\n')
            return client.recv(4096)

    thread, result = _in_thread(talk)
    qtbot.waitUntil(lambda: "value" in result or "error" in result, timeout=5000)
    thread.join(5)
    assert b'"ok": false' in result["value"]  # type: ignore[operator]
    assert inbox.requests == []
    with pytest.raises(ValueError, match="unknown request"):
        SingleInstance(first.runtime_dir).hand_over("quit")


def test_a_silent_client_is_dropped_and_a_vanished_one_costs_nothing(
    runtime: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(instance_module, "IDLE_DROP_MS", 100)
    first, inbox = SingleInstance(runtime), Inbox()
    assert first.acquire()
    first.listen(inbox)
    try:
        with socket.socket(socket.AF_UNIX) as gone:
            gone.connect(str(first.socket_path))
            gone.sendall(b'{"request": "sess')  # half a request, then it vanishes
        with socket.socket(socket.AF_UNIX) as silent:
            silent.connect(str(first.socket_path))
            silent.setblocking(False)
            closed: list[bytes] = []

            def dropped() -> bool:
                try:
                    closed.append(silent.recv(64))
                except BlockingIOError:
                    return False
                return True

            qtbot.waitUntil(dropped, timeout=3000)  # the server closed it: recv gives b"" (end of stream)
            assert closed == [b""]
        assert inbox.requests == []
    finally:
        first.close()
    assert not first.socket_path.exists() and not first.listening


def test_a_too_long_runtime_path_falls_back_to_a_short_private_name(tmp_path: Path, qtbot: QtBot) -> None:
    deep = tmp_path / ("d" * 60) / ("e" * 60) / "runtime"
    assert len(os.fsencode(deep / "exec-desk.sock")) > MAX_SOCKET_PATH
    short_root = tmp_path / "t"
    short_root.mkdir()
    path = socket_path(deep, tmp_dir=short_root)
    assert path.parent == short_root / f"exec-desk-{os.getuid()}" and len(os.fsencode(path)) <= MAX_SOCKET_PATH
    assert socket_path(deep, tmp_dir=short_root) == path  # stable: both launches find the same name
    first, inbox = SingleInstance(deep, tmp_dir=short_root), Inbox()
    try:
        assert first.acquire()
        first.listen(inbox)
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        thread, result = _in_thread(SingleInstance(deep, tmp_dir=short_root).hand_over, "compose")
        qtbot.waitUntil(lambda: inbox.requests == ["compose"], timeout=5000)
        thread.join(5)
        assert result == {"value": True}
    finally:
        first.close()


def test_a_planted_symlink_for_the_short_name_is_refused(tmp_path: Path) -> None:
    deep = tmp_path / ("d" * 60) / ("e" * 60) / "runtime"
    short_root = tmp_path / "t"
    short_root.mkdir()
    (short_root / f"exec-desk-{os.getuid()}").symlink_to(tmp_path)
    first = SingleInstance(deep, tmp_dir=short_root)
    assert first.acquire()
    try:
        with pytest.raises(InstanceError, match="not a plain directory"):
            first.listen(Inbox())
    finally:
        first.close()
