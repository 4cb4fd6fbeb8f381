"""Writing a file whole or not at all: the one `atomic_write` every writer of the app uses."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def atomic_write(path: Path, data: bytes | str, *, mode: int = 0o600, sync: bool = True) -> None:
    """Write `data` as the whole of `path`: a reader sees the old file or the new one, never a part, and a crash
    leaves no half-written file (the data goes to a temporary file in the same folder, is flushed to disk when
    `sync`, gets `mode`, then replaces `path`). Text is written as UTF-8. Raises OSError, leaving no temporary file.
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(raw)
            if sync:
                handle.flush()
                os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
