"""One Exec Desk per profile: the first instance listens on a local socket, later launches hand it their request.

The protocol is one JSON line each way: the client sends `{"request": "session"}` (one of `REQUESTS`), the running
instance answers `{"ok": true}` (or `{"ok": false, "error": "..."}`) and closes. The client side is a plain
`socket` AF_UNIX client and this module imports no Qt at load time, so `exec-desk compose` bound to a desktop-wide
shortcut answers in tens of milliseconds without starting QtWidgets. The server side is a listening AF_UNIX
socket watched by `QSocketNotifier`s on the GUI thread (QtCore only: QtNetwork's `QLocalServer` would add ~3 MiB
to an idle app for the same few lines).

Who is "the first" is decided by an exclusive `flock` on a lock file in the profile's data directory (the folder of
its database), held for the life of the instance: the kernel drops it when a process dies, so a crashed instance
never blocks start-up. The lock belongs to the data, not to the session's environment: a launch from the desktop
and one from cron or ssh (another `XDG_RUNTIME_DIR`, or none) find the same lock. The running instance writes its
socket's address beside the lock, so every launch on the profile reaches it wherever its runtime directory is.

The socket lives in the runtime directory with user-only permissions (0600; connecting needs write permission on
it); when that path is longer than AF_UNIX allows (107 bytes), a short hashed name under `/tmp/exec-desk-<uid>/`
is used instead. A folder made here is made user-only (0700); a folder that already exists keeps its mode, but must
be a plain directory of this user (not a symlink).
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import socket
import stat
import time
from collections.abc import Callable
from pathlib import Path

#: `typing.TYPE_CHECKING` without importing `typing` (~2 ms of `exec-desk compose`); mypy knows the name.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import logging

    from PySide6.QtCore import QSocketNotifier


def _log() -> logging.Logger:
    """The module's logger, imported when first needed (the server side): `logging` costs a client ~5 ms."""
    import logging

    return logging.getLogger(__name__)


#: "outbox": `exec-desk post` queued something into the store; the running app's sender looks at once.
#: "settings": `exec-desk config` changed the settings file; the running app reads it again.
REQUESTS = ("show", "session", "compose", "outbox", "settings")
SOCKET_NAME = "exec-desk.sock"
LOCK_NAME = "exec-desk.lock"
#: Beside the lock: where the running instance listens (one line, its socket's path).
ADDRESS_NAME = "exec-desk.address"
#: `sun_path` holds 108 bytes on Linux, the terminating NUL included.
MAX_SOCKET_PATH = 107
MAX_LINE = 4096
#: A client that connects and says nothing is dropped after this long.
IDLE_DROP_MS = 5000
Handler = Callable[[str], None]


class InstanceError(Exception):
    """The running instance could not be reached or refused the request; the message is plain words."""


def socket_path(runtime_dir: Path, *, uid: int | None = None, tmp_dir: Path = Path("/tmp")) -> Path:
    """Where the instance socket of the profile whose runtime directory is `runtime_dir` lives."""
    path = runtime_dir.absolute() / SOCKET_NAME
    if len(os.fsencode(path)) <= MAX_SOCKET_PATH:
        return path
    import hashlib

    digest = hashlib.sha256(os.fsencode(runtime_dir.absolute())).hexdigest()[:20]
    return tmp_dir / f"exec-desk-{os.getuid() if uid is None else uid}" / f"{digest}.sock"


def private_dir(path: Path) -> None:
    """Make `path` a user-only directory (0700) if it does not exist; refuse one that is not ours or is a symlink.

    An existing directory keeps its mode: it may be shared (a sticky /tmp-like folder), and the socket in it is
    user-only by itself."""
    with contextlib.suppress(FileExistsError):
        path.mkdir(mode=0o700, parents=True)
    info = path.lstat()
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode):
        raise InstanceError(f"{path} is not a plain directory; remove it and start Exec Desk again.")
    if info.st_uid != os.getuid():
        raise InstanceError(f"{path} belongs to another user; remove it and start Exec Desk again.")


def _ask(path: Path, request: str, timeout: float) -> bool:
    """One attempt: False when nobody listens on `path`; True when the instance took the request."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(timeout)
        try:
            client.connect(os.fsencode(path))
        except (FileNotFoundError, ConnectionRefusedError, NotADirectoryError):
            return False
        except OSError as exc:
            raise InstanceError(f"Exec Desk seems to be running but could not be reached ({exc}).") from exc
        try:
            client.sendall(json.dumps({"request": request}).encode() + b"\n")
            reply = _read_line(client)
        except OSError as exc:
            raise InstanceError(f"The running Exec Desk did not answer ({exc}).") from exc
    try:
        answer = json.loads(reply)
    except ValueError:
        answer = None
    if not isinstance(answer, dict):
        raise InstanceError("The running Exec Desk gave an answer this version does not understand.")
    if answer.get("ok") is not True:
        raise InstanceError(f"The running Exec Desk refused the request: {answer.get('error', 'no reason given')}")
    return True


def _read_line(client: socket.socket) -> bytes:
    data = b""
    while b"\n" not in data and len(data) < MAX_LINE:
        chunk = client.recv(MAX_LINE)
        if not chunk:
            break
        data += chunk
    return data.split(b"\n", 1)[0]


class SingleInstance:
    """The single-instance guard of one profile: its lock and address in `profile_dir` (the data directory),
    its socket in `runtime_dir` (`profile_dir` defaults to it).

    `hand_over(request)` is the client: True when a running instance took the request. `acquire()` takes the
    profile's lock (True: this process is the instance); `listen(handler)` then serves requests, calling
    `handler(request)` on the GUI thread; `close()` stops listening, removes the socket and drops the lock.
    """

    def __init__(self, runtime_dir: Path, *, profile_dir: Path | None = None, tmp_dir: Path = Path("/tmp")) -> None:
        self.runtime_dir = runtime_dir.absolute()
        self.profile_dir = (profile_dir or runtime_dir).absolute()
        self.socket_path = socket_path(self.runtime_dir, tmp_dir=tmp_dir)
        self._lock_fd: int | None = None
        self._server: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._clients: dict[socket.socket, tuple[QSocketNotifier, bytearray]] = {}
        self._handler: Handler | None = None

    @property
    def owner(self) -> bool:
        """True while this object holds the profile's lock."""
        return self._lock_fd is not None

    @property
    def listening(self) -> bool:
        return self._server is not None

    def hand_over(self, request: str, *, wait: float = 0.0, timeout: float = 3.0) -> bool:
        """Give `request` to the running instance. False when none listens (after retrying for `wait` seconds
        while another process holds the lock, i.e. is still starting). Raises `InstanceError` when one answers
        badly or not at all."""
        if request not in REQUESTS:
            raise ValueError(f"unknown request {request!r}")
        deadline = time.monotonic() + wait
        while True:
            if any(_ask(path, request, timeout) for path in self._addresses()):
                return True
            if time.monotonic() >= deadline or not self.held_elsewhere():
                return False
            time.sleep(0.05)  # the other instance holds the lock and is about to listen

    def _addresses(self) -> list[Path]:
        """Where the running instance may listen: the address it wrote beside the lock, then this launch's own."""
        found: list[Path] = []
        try:
            written = (self.profile_dir / ADDRESS_NAME).read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError):
            written = ""
        if written and os.path.isabs(written):
            found.append(Path(written))
        if self.socket_path not in found:
            found.append(self.socket_path)
        return found

    def acquire(self) -> bool:
        """Take the profile's lock; False when another process holds it (an instance runs or is starting)."""
        if self._lock_fd is not None:
            return True
        private_dir(self.profile_dir)
        fd = os.open(self.profile_dir / LOCK_NAME, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        self._lock_fd = fd
        return True

    def held_elsewhere(self) -> bool:
        """True when another process holds the profile's lock: an instance runs there (or is starting)."""
        if self._lock_fd is not None:
            return False
        try:
            fd = os.open(self.profile_dir / LOCK_NAME, os.O_RDONLY | os.O_CLOEXEC)
        except FileNotFoundError:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        finally:
            os.close(fd)
        return False

    def listen(self, handler: Handler) -> None:
        """Serve requests (after `acquire`); a stale socket file left by a crashed instance is replaced."""
        from PySide6.QtCore import QSocketNotifier

        if self._lock_fd is None:
            raise RuntimeError("acquire() the instance lock before listening")
        if self._server is not None:
            return
        private_dir(self.socket_path.parent)
        with contextlib.suppress(FileNotFoundError):
            self.socket_path.unlink()  # a crashed instance's socket: we hold the lock, it is not in use
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM | socket.SOCK_CLOEXEC)
        try:
            server.bind(str(self.socket_path))
            os.chmod(self.socket_path, 0o600)  # the user only (its directory is 0700 already)
            server.listen(8)
            server.setblocking(False)
        except OSError as exc:
            server.close()
            raise InstanceError(f"Cannot listen on {self.socket_path}: {exc.strerror or exc}") from None
        notifier = QSocketNotifier(server.fileno(), QSocketNotifier.Type.Read)
        notifier.activated.connect(self._accept)
        self._server, self._notifier, self._handler = server, notifier, handler
        self._write_address()
        _log().info("single instance: listening on %s", self.socket_path)

    def _write_address(self) -> None:
        """Say where this instance listens, beside the lock (atomically: a reader sees the old or the new line)."""
        from exec_desk.storage.files import atomic_write

        target = self.profile_dir / ADDRESS_NAME
        try:
            atomic_write(target, f"{self.socket_path}\n")
        except OSError as exc:  # launches from another environment will not find us: say so, go on
            _log().warning("single instance: could not write %s: %s", target, exc)

    def _accept(self) -> None:
        from PySide6.QtCore import QSocketNotifier, QTimer

        while self._server is not None:
            try:
                conn, _ = self._server.accept()
            except BlockingIOError:
                return
            except OSError as exc:
                _log().warning("single instance: accept failed: %s", exc)
                return
            conn.setblocking(False)
            notifier = QSocketNotifier(conn.fileno(), QSocketNotifier.Type.Read)
            self._clients[conn] = (notifier, bytearray())
            notifier.activated.connect(lambda *_, c=conn: self._read(c))
            QTimer.singleShot(IDLE_DROP_MS, notifier, lambda c=conn: self._drop(c))

    def _read(self, conn: socket.socket) -> None:
        if conn not in self._clients:
            return
        buffer = self._clients[conn][1]
        try:
            chunk = conn.recv(MAX_LINE)
        except BlockingIOError:
            return
        except OSError:
            chunk = b""
        if not chunk:  # the client went away
            self._drop(conn)
            return
        buffer += chunk
        if b"\n" not in buffer:
            if len(buffer) > MAX_LINE:
                self._reply(conn, {"ok": False, "error": "request too long"})
            return
        line = bytes(buffer).split(b"\n", 1)[0]
        try:
            request = json.loads(line).get("request")
        except (ValueError, AttributeError):
            request = None
        if request not in REQUESTS:
            self._reply(conn, {"ok": False, "error": f"unknown request (expected one of {', '.join(REQUESTS)})"})
            return
        self._reply(conn, {"ok": True})
        _log().info("single instance: received %r", request)
        if self._handler is not None:
            self._handler(str(request))

    def _reply(self, conn: socket.socket, answer: dict[str, object]) -> None:
        try:
            conn.settimeout(1.0)  # one short line: it fits the socket's buffer, this does not wait
            conn.sendall(json.dumps(answer).encode() + b"\n")
        except OSError as exc:
            _log().info("single instance: could not answer: %s", exc)
        self._drop(conn)

    def _drop(self, conn: socket.socket) -> None:
        client = self._clients.pop(conn, None)
        if client is not None:
            client[0].setEnabled(False)
            client[0].deleteLater()
            conn.close()

    def close(self) -> None:
        """Stop serving, remove the socket file and release the lock (idempotent)."""
        for conn in list(self._clients):
            self._drop(conn)
        if self._server is not None:
            if self._notifier is not None:
                self._notifier.setEnabled(False)
                self._notifier.deleteLater()
                self._notifier = None
            self._server.close()
            self._server = None
            with contextlib.suppress(FileNotFoundError):
                self.socket_path.unlink()
            with contextlib.suppress(FileNotFoundError):
                (self.profile_dir / ADDRESS_NAME).unlink()
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None
