"""Start Exec Desk at login: write or remove its XDG autostart entry, `<autostart dir>/<desktop id>.desktop`. No Qt.

Desktop sessions that follow the freedesktop "Desktop Application Autostart" specification (GNOME, KDE Plasma, Xfce,
Cinnamon, MATE, LXQt) start every entry in `$XDG_CONFIG_HOME/autostart` at login. The entry runs the launcher this
Exec Desk was started with (`default_command`): the executable of a frozen (PyInstaller) build, else the `exec-desk`
console script when it is on PATH (as an absolute path: a login session's PATH may lack `~/.local/bin`), else
`<this python> -m exec_desk`. The folder comes from `Paths.autostart_dir`, so `--basedir` keeps tests away from the
real one. Windows (a Run registry key) and macOS (a LaunchAgent) start programs at login differently: see
`supports_xdg_autostart`.

    autostart = Autostart(paths.autostart_dir)
    autostart.apply(True)    # writes the entry (again only if its text changed); False removes it
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from exec_desk import APP_NAME, DESKTOP_ID

#: The application id: name of the desktop entry, the AppStream component and the icon (packaging/).
CONSOLE_SCRIPT = "exec-desk"
ENTRY_MODE = 0o644
DIR_MODE = 0o700  # the XDG Base Directory rule for folders it creates
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
_ESCAPED_IN_QUOTES = set('"`$\\')
_XDG_PLATFORMS = ("linux", "freebsd", "openbsd", "netbsd", "dragonfly", "sunos")


def supports_xdg_autostart(platform: str = sys.platform) -> bool:
    """Whether this platform's desktops read XDG autostart entries (Linux and the BSDs; not Windows or macOS)."""
    return platform.startswith(_XDG_PLATFORMS)


def default_command(
    *,
    which: Callable[[str], str | None] = shutil.which,
    executable: str = sys.executable,
    frozen: bool | None = None,
) -> list[str]:
    """The command that starts this Exec Desk: frozen executable, else `exec-desk` on PATH, else `python -m`."""
    if frozen is None:
        frozen = bool(getattr(sys, "frozen", False))
    if frozen:
        return [executable]
    script = which(CONSOLE_SCRIPT)
    if script:
        return [os.path.abspath(script)]
    return [executable, "-m", "exec_desk"]


def quote_exec_arg(arg: str) -> str:
    """One argument as the Desktop Entry specification wants it in an `Exec` value, string escapes included.

    An argument with a reserved character is double-quoted, with `"`, `` ` ``, `$` and `\\` backslash-escaped
    inside the quotes; then, `Exec` being a string value, every backslash is doubled; `%` becomes `%%`.
    """
    if not arg or any(ord(c) < 0x20 for c in arg):
        raise ValueError(f"cannot put {arg!r} in a desktop entry's Exec line")
    if any(c in _RESERVED for c in arg):
        arg = '"' + "".join("\\" + c if c in _ESCAPED_IN_QUOTES else c for c in arg) + '"'
    return arg.replace("\\", "\\\\").replace("%", "%%")


def exec_line(command: Sequence[str]) -> str:
    """The `Exec` value that runs `command` (program and arguments)."""
    if not command:
        raise ValueError("empty command")
    return " ".join(quote_exec_arg(arg) for arg in command)


class Autostart:
    """The login entry of one Exec Desk: `enable`, `disable`, `apply(enabled)`, `is_enabled`.

    `command` is the launcher the entry runs; by default `default_command()` at the time the entry is written.
    Writes are atomic (temporary file + `os.replace`) and only happen when the text changes, so applying the same
    setting twice touches nothing.
    """

    def __init__(
        self,
        directory: Path,
        *,
        command: Sequence[str] | None = None,
        desktop_id: str = DESKTOP_ID,
        name: str = APP_NAME,
    ) -> None:
        self.directory = directory
        self.desktop_id = desktop_id
        self.name = name
        self._command = list(command) if command is not None else None

    @property
    def path(self) -> Path:
        return self.directory / f"{self.desktop_id}.desktop"

    def command(self) -> list[str]:
        return list(self._command) if self._command is not None else default_command()

    def entry(self) -> str:
        """The text of the autostart entry."""
        return "\n".join(
            (
                "[Desktop Entry]",
                "Type=Application",
                "Version=1.4",
                f"Name={self.name}",
                f"Comment=Start {self.name} in the system tray when you log in",
                f"Exec={exec_line(self.command())}",
                f"Icon={self.desktop_id}",
                "Terminal=false",
                "StartupNotify=false",
                "X-GNOME-Autostart-enabled=true",
                "",
            )
        )

    def is_enabled(self) -> bool:
        """Whether an entry exists that the desktop will start (not `Hidden=true`, not disabled by GNOME's key)."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return False
        keys = _main_group(text)
        return keys.get("Hidden", "false") != "true" and keys.get("X-GNOME-Autostart-enabled", "true") != "false"

    def enable(self) -> bool:
        """Write the entry; True when the file changed (False: it was already exactly this entry)."""
        text = self.entry()
        with contextlib.suppress(FileNotFoundError, UnicodeDecodeError):
            if self.path.read_text(encoding="utf-8") == text:
                return False
        self.directory.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
        _write_atomic(self.path, text)
        return True

    def disable(self) -> bool:
        """Remove the entry; True when there was one."""
        try:
            self.path.unlink()
        except FileNotFoundError:
            return False
        return True

    def apply(self, enabled: bool) -> bool:
        """`enable()` or `disable()`; True when something changed on disk."""
        return self.enable() if enabled else self.disable()


def _main_group(text: str) -> dict[str, str]:
    """Keys of the `[Desktop Entry]` group (unlocalized), as written."""
    keys: dict[str, str] = {}
    group = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1]
        elif group == "Desktop Entry" and "=" in line:
            key, _, value = line.partition("=")
            keys[key.strip()] = value.strip()
    return keys


def _write_atomic(path: Path, text: str) -> None:
    from exec_desk.storage.files import atomic_write  # only when writing (tempfile)

    atomic_write(path, text, mode=ENTRY_MODE)
