"""A real Secret Service for keyring tests: gnome-keyring-daemon on a private D-Bus session bus.

`running_secret_service(home)` spawns `dbus-daemon` with a minimal session configuration (no service activation,
so nothing else can start on the bus), then `gnome-keyring-daemon --foreground --unlock --components=secrets` with
the login password on stdin, `HOME` and the XDG directories pointing into `home`. It waits — on a D-Bus signal,
with a bounded timeout, never a sleep — until `org.freedesktop.secrets` is owned, yields a `SecretServiceSession`
and kills both daemons at the end. Nothing touches the real home or session bus.

The `secret_service` fixture does the same in a test's `tmp_path` and points `DBUS_SESSION_BUS_ADDRESS` at the
private bus, so `keyring.backends.SecretService.Keyring()` talks to it. When the programs are missing the test
FAILS (these tests must run in CI) with the apt packages to install: see `APT_PACKAGES`.
"""

from __future__ import annotations

import gc
import os
import shutil
import subprocess
import tempfile
import warnings
from collections.abc import Iterator
from contextlib import ExitStack, closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pytest
from jeepney import DBusAddress, MatchRule, new_method_call
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection

APT_PACKAGES = ("gnome-keyring", "dbus", "dbus-x11", "libsecret-1-0")
PROGRAMS = ("dbus-daemon", "gnome-keyring-daemon")
SECRETS_NAME = "org.freedesktop.secrets"
STARTUP_TIMEOUT = 15.0

_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={socket_dir}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


class SecretServiceUnavailable(RuntimeError):
    """The private Secret Service could not be started; the message says why and what to install."""


@dataclass(frozen=True)
class SecretServiceSession:
    """A running private Secret Service."""

    address: str
    home: Path
    password: str
    unlocked: bool

    def connect(self) -> DBusConnection:
        """A new blocking D-Bus connection to the private bus (close it after use)."""
        return open_dbus_connection(bus=self.address)

    def lock_all(self) -> None:
        """Lock every collection, as a screen lock or a logout would."""
        service = DBusAddress(
            "/org/freedesktop/secrets", bus_name=SECRETS_NAME, interface="org.freedesktop.Secret.Service"
        )
        with closing(self.connect()) as conn:
            props = DBusAddress(service.object_path, bus_name=SECRETS_NAME, interface="org.freedesktop.DBus.Properties")
            reply = conn.send_and_get_reply(new_method_call(props, "Get", "ss", (service.interface, "Collections")))
            _signature, paths = reply.body[0]
            conn.send_and_get_reply(new_method_call(service, "Lock", "ao", (list(paths),)))

    def files(self) -> list[Path]:
        """Every file under the private home (what the daemon wrote)."""
        return sorted(p for p in self.home.rglob("*") if p.is_file())


def missing_programs() -> list[str]:
    return [program for program in PROGRAMS if shutil.which(program) is None]


def _install_hint() -> str:
    return f"install them with: apt-get install -y {' '.join(APT_PACKAGES)}"


@contextmanager
def running_secret_service(
    home: Path, *, password: str = "exec-desk-test-login", unlock: bool = True
) -> Iterator[SecretServiceSession]:
    """Start dbus-daemon + gnome-keyring-daemon for the duration of the block (see the module docstring)."""
    missing = missing_programs()
    if missing:
        raise SecretServiceUnavailable(f"{', '.join(missing)} not found on PATH; {_install_hint()}")
    with ExitStack() as stack:
        # The bus socket path must stay short (108 bytes for AF_UNIX), so it lives in its own /tmp folder.
        socket_dir = Path(tempfile.mkdtemp(prefix="xd-bus-"))
        stack.callback(shutil.rmtree, socket_dir, ignore_errors=True)
        for sub in ("", "run", "data", "config", "cache"):
            (home / sub).mkdir(mode=0o700, parents=True, exist_ok=True)
        env = {
            "HOME": str(home),
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "LANG": "C.UTF-8",
            "XDG_RUNTIME_DIR": str(home / "run"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_CACHE_HOME": str(home / "cache"),
        }
        config = socket_dir / "session.conf"
        config.write_text(_BUS_CONFIG.format(socket_dir=socket_dir), encoding="utf-8")
        bus_log = stack.enter_context(open(socket_dir / "dbus.log", "w+b"))
        bus = subprocess.Popen(
            ["dbus-daemon", f"--config-file={config}", "--print-address=1", "--nofork"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=bus_log,
            env=env,
        )
        stack.callback(_stop, bus)
        assert bus.stdout is not None
        address = bus.stdout.readline().decode().strip()
        bus.stdout.close()
        if not address:
            raise SecretServiceUnavailable(f"dbus-daemon did not start (exit {bus.wait(5)}): {_read(bus_log)}")
        env["DBUS_SESSION_BUS_ADDRESS"] = address

        watcher = stack.enter_context(closing(open_dbus_connection(bus=address)))
        rule = MatchRule(
            type="signal",
            sender="org.freedesktop.DBus",
            interface="org.freedesktop.DBus",
            member="NameOwnerChanged",
            path="/org/freedesktop/DBus",
        )
        rule.add_arg_condition(0, SECRETS_NAME)
        queue = stack.enter_context(watcher.filter(rule))
        watcher.send_and_get_reply(message_bus.AddMatch(rule))

        keyring_log = stack.enter_context(open(socket_dir / "gnome-keyring.log", "w+b"))
        daemon = subprocess.Popen(
            ["gnome-keyring-daemon", "--foreground", "--components=secrets", *(["--unlock"] if unlock else [])],
            stdin=subprocess.PIPE if unlock else subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=keyring_log,
            env=env,
        )
        stack.callback(_stop, daemon)
        if unlock:
            assert daemon.stdin is not None
            daemon.stdin.write(password.encode())
            daemon.stdin.close()
        owned = watcher.send_and_get_reply(message_bus.NameHasOwner(SECRETS_NAME)).body[0]
        if not owned:
            try:
                watcher.recv_until_filtered(queue, timeout=STARTUP_TIMEOUT)
            except TimeoutError:
                raise SecretServiceUnavailable(
                    f"gnome-keyring-daemon did not claim {SECRETS_NAME} within {STARTUP_TIMEOUT:.0f} s "
                    f"(running: {daemon.poll() is None}): {_read(keyring_log)}"
                ) from None
        yield SecretServiceSession(address=address, home=home, password=password, unlocked=unlock)


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


def _read(log: IO[bytes]) -> str:
    log.seek(0)
    return log.read().decode(errors="replace").strip()[-2000:]


def collect_leaked_connections() -> None:
    """Collect, quietly, D-Bus sockets to a private bus that their owner forgot to close.

    keyring's SecretService backend opens a connection per call and does not close it when it raises
    (`KeyringLocked`, `InitError`); collected later, such a socket would raise a `ResourceWarning` (an error in this
    suite) in some unrelated test. Only sockets to our private buses (`/tmp/xd-bus-*`) are silenced.
    """
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"unclosed <socket\.socket .*/xd-bus-", category=ResourceWarning)
        gc.collect()


def _session(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *, unlock: bool) -> Iterator[SecretServiceSession]:
    try:
        with running_secret_service(tmp_path / "keyring-home", unlock=unlock) as session:
            monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", session.address)
            try:
                yield session
            finally:
                collect_leaked_connections()
    except SecretServiceUnavailable as exc:
        pytest.fail(f"cannot run keyring tests: {exc}", pytrace=False)


@pytest.fixture
def secret_service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[SecretServiceSession]:
    """An unlocked private Secret Service; `DBUS_SESSION_BUS_ADDRESS` points at it during the test."""
    yield from _session(tmp_path, monkeypatch, unlock=True)


@pytest.fixture
def locked_secret_service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[SecretServiceSession]:
    """A private Secret Service started without the login password: the first use needs a prompt."""
    yield from _session(tmp_path, monkeypatch, unlock=False)
