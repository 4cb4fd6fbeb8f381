"""Install (or remove) Exec Desk's desktop integration: menu entry, AppStream metainfo and hicolor icons.

    python packaging/install_desktop_files.py [--prefix ~/.local] [--exec PATH] [--destdir DIR] [--uninstall]

Copies, under `PREFIX/share/`: `applications/<ID>.desktop`, `metainfo/<ID>.metainfo.xml` and
`icons/hicolor/<size>/apps/<ID>.{png,svg}`, where `<ID>` is `io.github.execdesk.ExecDesk`. The menu entry runs
`exec-desk` from PATH; `--exec` writes another launcher into its `Exec` and `TryExec` lines (by default the
`exec-desk` next to this Python when `exec-desk` is not on PATH, e.g. a pipx install whose bin folder is not on the
desktop's PATH). `--destdir` stages the files for a distribution package (`DESTDIR`). Afterwards the menu and icon
caches found under the prefix are refreshed (never created; skipped with `--destdir`).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
APP_ID = "io.github.execdesk.ExecDesk"
DESKTOP_FILE = HERE / f"{APP_ID}.desktop"
METAINFO_FILE = HERE / f"{APP_ID}.metainfo.xml"
ICONS = HERE / "icons"
CONSOLE_SCRIPT = "exec-desk"


def planned_files(share: Path) -> list[tuple[Path, Path]]:
    """(source, destination) for every file installed under `share` (`PREFIX/share`)."""
    pairs = [
        (DESKTOP_FILE, share / "applications" / DESKTOP_FILE.name),
        (METAINFO_FILE, share / "metainfo" / METAINFO_FILE.name),
    ]
    for icon in sorted((ICONS / "hicolor").glob(f"*/apps/{APP_ID}.*")):
        pairs.append((icon, share / "icons" / icon.relative_to(ICONS)))
    return pairs


def default_launcher() -> str | None:
    """None when `exec-desk` is on PATH (the entry keeps `Exec=exec-desk`), else the one beside this Python."""
    if shutil.which(CONSOLE_SCRIPT):
        return None
    beside = Path(sys.executable).parent / CONSOLE_SCRIPT
    return str(beside) if beside.is_file() and os.access(beside, os.X_OK) else None


def desktop_entry(launcher: str | None) -> str:
    """The menu entry's text, with `launcher` (quoted as the Desktop Entry spec wants) in place of `exec-desk`."""
    text = DESKTOP_FILE.read_text(encoding="utf-8")
    if launcher is None:
        return text
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))  # a checkout: exec_desk is beside packaging/
    from exec_desk.storage.autostart import quote_exec_arg

    quoted = quote_exec_arg(launcher)
    lines = []
    for line in text.splitlines(keepends=True):
        if line.startswith("Exec=exec-desk"):
            line = "Exec=" + quoted + line[len("Exec=exec-desk") :]
        elif line.startswith("TryExec="):
            line = "TryExec=" + launcher.replace("\\", "\\\\") + "\n"  # a path, not a command line
        lines.append(line)
    return "".join(lines)


def install(share: Path, launcher: str | None) -> list[Path]:
    """Copy every file under `share`; the files written."""
    written = []
    for source, target in planned_files(share):
        target.parent.mkdir(parents=True, exist_ok=True)
        if source == DESKTOP_FILE:
            target.write_text(desktop_entry(launcher), encoding="utf-8")
            target.chmod(0o644)
        else:
            shutil.copyfile(source, target)
        written.append(target)
    return written


def uninstall(share: Path) -> list[Path]:
    """Remove what `install` wrote under `share`; the files removed."""
    removed = []
    for _, target in planned_files(share):
        if target.exists():
            target.unlink()
            removed.append(target)
    return removed


def refresh_caches(share: Path) -> None:
    """Best effort: bring the menu and icon caches that already exist under `share` up to date.

    Caches are never created: where none exists the desktop reads the folders themselves, and a cache left behind in
    `~/.local/share` would hide icons that other programs install later without refreshing it.
    """
    applications, hicolor = share / "applications", share / "icons" / "hicolor"
    commands = [
        (applications / "mimeinfo.cache", ["update-desktop-database", "-q", str(applications)]),
        (hicolor / "icon-theme.cache", ["gtk-update-icon-cache", "-q", "-f", "-t", str(hicolor)]),
    ]
    for cache, command in commands:
        if cache.is_file() and shutil.which(command[0]):
            subprocess.run(command, check=False, capture_output=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line; see the module docstring."""
    parser = argparse.ArgumentParser(description="Install Exec Desk's menu entry, metainfo and icons.")
    parser.add_argument("--prefix", type=Path, default=Path("~/.local"), help="install prefix (default: ~/.local)")
    parser.add_argument("--destdir", type=Path, help="stage under DESTDIR/PREFIX (for distribution packages)")
    parser.add_argument("--exec", dest="launcher", help="launcher written into the entry (default: exec-desk)")
    parser.add_argument("--uninstall", action="store_true", help="remove the installed files")
    args = parser.parse_args(argv)
    prefix = args.prefix.expanduser().absolute()
    share = (args.destdir.absolute() / prefix.relative_to(prefix.anchor) if args.destdir else prefix) / "share"
    if args.uninstall:
        for path in uninstall(share):
            print(f"removed {path}")
    else:
        launcher = args.launcher if args.launcher is not None else default_launcher()
        for path in install(share, launcher):
            print(f"installed {path}")
    if args.destdir is None:
        refresh_caches(share)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
