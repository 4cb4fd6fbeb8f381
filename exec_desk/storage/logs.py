"""Logging to the app's log file, with secrets masked as defence in depth (no code logs them on purpose).

tweepy logs whole requests (headers included) at DEBUG level, so its loggers are kept at INFO or above.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from pathlib import Path

_SECRET_PATTERNS = (
    re.compile(r"(Bearer\s+)[^\s'\",]+", re.IGNORECASE),
    re.compile(r"((?:access|refresh)_token[\"']?\s*[=:]\s*[\"']?)[^\s'\",&]+", re.IGNORECASE),
    re.compile(r"(oauth_(?:token|signature|consumer_key)=\"?)[^\s'\",&]+", re.IGNORECASE),
    re.compile(r"((?:code|code_verifier|client_secret|consumer_secret|token_secret)=)[^\s'\",&]+", re.IGNORECASE),
)
NOISY = ("tweepy", "urllib3", "requests_oauthlib", "oauthlib")


def redact(text: str) -> str:
    for pattern in _SECRET_PATTERNS:
        text = pattern.sub(r"\1[redacted]", text)
    return text


class RedactingFormatter(logging.Formatter):
    """A formatter that masks anything shaped like a token in the final line."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


_INSTALLED: list[logging.Handler] = []
_LEVELS: dict[str, int] = {}


def teardown_logging() -> None:
    """Remove and close the handlers `setup_logging` installed and restore the levels it changed."""
    root = logging.getLogger()
    while _INSTALLED:
        handler = _INSTALLED.pop()
        root.removeHandler(handler)
        handler.close()
    for name, level in _LEVELS.items():
        logging.getLogger(name or None).setLevel(level)
    _LEVELS.clear()


def setup_logging(log_file: Path, level: int | None = None) -> logging.Handler:
    """Log to `log_file` (rotated at 1 MB, 3 kept) and stderr for warnings; return the file handler.

    Calling it again replaces the handlers of the previous call. `EXEC_DESK_DEBUG=1` logs at DEBUG level.
    """
    if level is None:
        level = logging.DEBUG if os.environ.get("EXEC_DESK_DEBUG") == "1" else logging.INFO
    teardown_logging()
    log_file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    formatter = RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    handler = logging.handlers.RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(formatter)
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    console.setFormatter(formatter)
    root = logging.getLogger()
    for name in ("", *NOISY):
        _LEVELS[name] = logging.getLogger(name or None).level
    root.setLevel(level)
    root.addHandler(handler)
    root.addHandler(console)
    _INSTALLED.extend((handler, console))
    for name in NOISY:
        logging.getLogger(name).setLevel(max(level, logging.INFO))
    return handler
