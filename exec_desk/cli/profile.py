"""What every command does first with the profile's database: refuse one written by a newer Exec Desk.

`exec-desk` (the app) and every command call `refuse_newer_schema` (the commands through `profile_paths`)
before anything else touches the profile (no browser opened, no account asked for, nothing queued), and turn a
`NewerSchemaError` raised later (the store opened meanwhile by a newer version) into the same words through
`newer_schema_exit`: one line on standard error, `exec-desk: The database … was written by a newer version of
Exec Desk …`, and exit status `NEWER_SCHEMA` (1). The database is left untouched. Imports only the standard
library until a database file exists.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from pathlib import Path

    from exec_desk.services.profile import NewerSchemaError
    from exec_desk.storage.paths import Paths

#: The exit status of every command that refuses a database of a newer schema.
NEWER_SCHEMA = 1


def newer_schema_exit(error: NewerSchemaError, stderr: TextIO | None = None) -> int:
    """Say why (one line) and return the exit status."""
    print(f"exec-desk: {error}", file=stderr or sys.stderr)
    return NEWER_SCHEMA


def refuse_newer_schema(paths: Paths, stderr: TextIO | None = None) -> int | None:
    """The exit status when the profile's database is of a newer schema (said on `stderr`), else None."""
    if not paths.database_file.is_file():
        return None
    from exec_desk.services.profile import NewerSchemaError, check_profile

    try:
        check_profile(paths)
    except NewerSchemaError as exc:
        return newer_schema_exit(exc, stderr)
    return None


def profile_paths(basedir: Path | str | None, stderr: TextIO | None = None, *, create: bool = False) -> Paths | int:
    """The profile's paths (its folders made first when `create`), or the exit status when its database is of a
    newer schema (said on `stderr`): what each command does before it touches the profile."""
    from exec_desk.storage.paths import Paths

    paths = Paths.resolve(basedir)
    if create:
        paths.ensure()
    refused = refuse_newer_schema(paths, stderr)
    return paths if refused is None else refused
