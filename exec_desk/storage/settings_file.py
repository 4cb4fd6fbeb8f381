"""The settings file on disk: read it, write it atomically, and lock it against another process's write.

Two processes may change one profile's settings at once: the running app (its settings dialog) and
`exec-desk config set`. Each write holds an exclusive `flock` on the settings *folder* for its read-change-write
(a lock on the file itself would be lost with the file, which every write replaces), so each side starts from what
the other saved. Where `fcntl` does not exist (Windows) the lock is a no-op; the write itself stays atomic
(temporary file + `os.replace`).
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from exec_desk.storage.settings import Setting


@dataclass
class FileContents:
    """What the file held: its top-level object (`data`), or why it could not be used (`problem`: the system's or
    the JSON parser's words)."""

    data: dict[str, object] = field(default_factory=dict)
    problem: str | None = None
    #: The file exists but is not a JSON object (the caller may set it aside).
    corrupt: bool = False


def read_file(path: Path) -> FileContents:
    """The settings file's JSON object; an empty one when there is no file."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return FileContents()
    except OSError as exc:
        return FileContents(problem=str(exc))
    try:
        data = json.loads(raw)
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
    except ValueError as exc:
        return FileContents(problem=str(exc), corrupt=True)
    return FileContents(data)


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold the profile's settings lock (the folder of `path`, created if missing) while the block runs."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks; writes stay atomic
        yield
        return
    fd = os.open(path.parent, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing drops the lock


def write_file(path: Path, data: Mapping[str, object]) -> None:
    """Write `data` as the whole file, atomically: a reader sees the old file or the new one, never a part."""
    from exec_desk.storage.files import atomic_write  # only when saving: keeps start-up lean (tempfile)

    atomic_write(path, json.dumps(dict(data), indent=2, sort_keys=True, ensure_ascii=False) + "\n")


def saved_values(
    contents: FileContents, declarations: Mapping[str, Setting[Any]]
) -> tuple[dict[str, object], dict[str, object]] | None:
    """(valid values, entries no declaration knows) of `contents`; None when the file could not be used. An invalid
    value is left out (the default stands in; `Settings` reports it when it loads)."""
    if contents.problem is not None:
        return None
    values: dict[str, object] = {}
    unknown: dict[str, object] = {}
    for name, value in contents.data.items():
        decl = declarations.get(name)
        if decl is None:
            unknown[name] = value
            continue
        with contextlib.suppress(ValueError):  # SettingError
            values[name] = decl.validate(value)
    return values, unknown
