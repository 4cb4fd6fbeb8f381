"""Every file and folder Exec Desk uses, computed in one place.

Precedence: an explicit base directory (the `--basedir DIR` option) wins, then the `EXEC_DESK_HOME` environment
variable, then the platform's user directories (platformdirs, app name "exec-desk"). With a base directory
everything lives under it: `config/`, `data/`, `cache/`, `logs/`, `runtime/` (and `autostart/` for the login entry),
so a test or a second instance is fully isolated. No other module computes a path itself.

The system-wide deployment file (`deployment_files`: `exec-desk/deployment.json` in each XDG system configuration
folder, `$XDG_CONFIG_DIRS`, default `/etc/xdg`) is where IT sets the X app of a whole company; it is read whatever
the base directory. Tests point it elsewhere with `system_config_dirs` or `XDG_CONFIG_DIRS`.
"""

from __future__ import annotations

import os
import sys
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "exec-desk"
HOME_ENV = "EXEC_DESK_HOME"
DIR_MODE = 0o700
SYSTEM_DIRS_ENV = "XDG_CONFIG_DIRS"
DEFAULT_SYSTEM_DIRS = ("/etc/xdg",)
DEPLOYMENT_FILE = "deployment.json"


@dataclass(frozen=True, slots=True)
class Paths:
    """The app's directories; derived file paths are properties. Build it with `Paths.resolve`."""

    config_dir: Path
    data_dir: Path
    cache_dir: Path
    log_dir: Path
    runtime_dir: Path
    #: The base directory everything lives under, or None when the platform's user directories are used.
    basedir: Path | None = None
    #: The system-wide configuration folders, most important first; None: `$XDG_CONFIG_DIRS` when asked.
    system_config_dirs: tuple[Path, ...] | None = None

    @classmethod
    def resolve(cls, basedir: Path | str | None = None, env: Mapping[str, str] = os.environ) -> Paths:
        """Pick the directories: `basedir`, else `$EXEC_DESK_HOME`, else the platform's user directories."""
        if basedir is None and env.get(HOME_ENV):
            basedir = env[HOME_ENV]
        if basedir is not None:
            return cls.under(Path(basedir))
        import platformdirs  # ~30 ms: only when no base directory is given

        data = platformdirs.user_data_path(APP_NAME, appauthor=False)
        return cls(
            config_dir=platformdirs.user_config_path(APP_NAME, appauthor=False),
            data_dir=data,
            cache_dir=platformdirs.user_cache_path(APP_NAME, appauthor=False),
            log_dir=platformdirs.user_log_path(APP_NAME, appauthor=False),
            runtime_dir=_runtime_dir(data),
        )

    @classmethod
    def under(cls, basedir: Path) -> Paths:
        """Everything under one directory (made absolute, `~` expanded)."""
        base = basedir.expanduser().absolute()
        return cls(
            config_dir=base / "config",
            data_dir=base / "data",
            cache_dir=base / "cache",
            log_dir=base / "logs",
            runtime_dir=base / "runtime",
            basedir=base,
        )

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def database_file(self) -> Path:
        return self.data_dir / "exec-desk.sqlite3"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "exec-desk.log"

    @property
    def avatar_cache_dir(self) -> Path:
        return self.cache_dir / "avatars"

    @property
    def autostart_dir(self) -> Path:
        """The XDG autostart folder: `autostart/` under the base directory, else `$XDG_CONFIG_HOME/autostart`.

        Not created by `ensure`: the autostart entry makes it when it is first written. Read when asked (the
        environment of the moment), like platformdirs does; `~/.config` when `XDG_CONFIG_HOME` is unset, empty or
        relative (the XDG Base Directory rules).
        """
        if self.basedir is not None:
            return self.basedir / "autostart"
        config_home = os.environ.get("XDG_CONFIG_HOME", "")
        base = Path(config_home) if config_home and os.path.isabs(config_home) else Path.home() / ".config"
        return base / "autostart"

    @property
    def deployment_files(self) -> tuple[Path, ...]:
        """Where a system-wide deployment file may be, most important first: `<dir>/exec-desk/deployment.json` for
        each system configuration folder. The XDG rules: `$XDG_CONFIG_DIRS` is a list separated by `:`, relative
        entries are ignored, `/etc/xdg` when it is unset or empty. Not created by `ensure` (IT writes it)."""
        dirs = self.system_config_dirs
        if dirs is None:
            listed = [d for d in os.environ.get(SYSTEM_DIRS_ENV, "").split(os.pathsep) if d and os.path.isabs(d)]
            dirs = tuple(Path(d) for d in listed or DEFAULT_SYSTEM_DIRS)
        return tuple(d / APP_NAME / DEPLOYMENT_FILE for d in dirs)

    def directories(self) -> tuple[Path, ...]:
        """Every directory `ensure` creates, parents before children."""
        return (self.config_dir, self.data_dir, self.cache_dir, self.avatar_cache_dir, self.log_dir, self.runtime_dir)

    def ensure(self) -> None:
        """Create the missing directories, readable by the user only (0o700). A directory that already exists
        keeps its mode: it may be a folder the user shares or chose (`--basedir /srv/shared`), not ours to change."""
        if self.basedir is not None:
            _make_private_dir(self.basedir)
        for directory in self.directories():
            _make_private_dir(directory)


def _make_private_dir(path: Path) -> None:
    """Create `path` (and missing parents) user-only; leave an existing one as it is."""
    missing = [p for p in (path, *path.parents) if not p.exists()]
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    for made in missing:  # mkdir's mode is filtered by the umask, and parents get the default mode: set it
        if made.is_dir() and made.stat().st_mode & 0o777 != DIR_MODE:
            made.chmod(DIR_MODE)


def _runtime_dir(data_dir: Path) -> Path:
    """The platform's per-user runtime directory, or a user-only folder in the data directory if it is unusable.

    On Linux platformdirs answers `$XDG_RUNTIME_DIR/exec-desk` and falls back to `/run/user/<uid>` even where that
    folder does not exist (containers, cron): then the data directory is used.
    """
    if sys.platform.startswith("linux") and not os.environ.get("XDG_RUNTIME_DIR"):
        return data_dir / "runtime"  # platformdirs would warn and guess a /tmp folder others could pre-create
    import platformdirs

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        runtime = platformdirs.user_runtime_path(APP_NAME, appauthor=False)
    parent = runtime.parent
    if parent.is_dir() and os.access(parent, os.W_OK | os.X_OK):
        return runtime
    return data_dir / "runtime"
