"""What `exec-desk post` reads from the command line and standard input, checked before anything else.

- Standard input is read as bytes and decoded as UTF-8, strictly: invalid bytes are refused with where they are.
- Arguments come from the OS as bytes too; Python hands bytes that are not UTF-8 over as lone surrogates (and a
  stream opened with `surrogateescape` does the same), which no JSON, no database and no X takes: any text or file
  name holding one is refused, naming the option.
- Whether a confirmation can be asked (`interactive`): only on a terminal, and not when the text itself came from
  standard input.

Every refusal is a `ValueError` whose message is one line for the user; `cli.post` prints it and exits with 2.
Standard library only (the dry run stays lean).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TextIO

_SURROGATE = re.compile("[\ud800-\udfff]")


def read_stdin(stream: TextIO) -> str:
    """All of standard input, decoded as UTF-8 (strictly when the stream gives its bytes)."""
    raw = getattr(stream, "buffer", None)
    if raw is not None:
        data = raw.read()
        try:
            return data.decode("utf-8")  # type: ignore[no-any-return]
        except UnicodeDecodeError as exc:
            raise ValueError(
                f"standard input is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                "save the text as UTF-8 and try again."
            ) from None
    try:
        return stream.read()
    except UnicodeDecodeError as exc:
        raise ValueError(f"standard input is not valid UTF-8 (at offset {exc.start}).") from None


def check_unicode(values: Iterable[tuple[str, str | None]]) -> None:
    """Refuse any (what, value) whose value holds a lone surrogate: bytes that were not UTF-8."""
    for what, value in values:
        if value is None:
            continue
        found = _SURROGATE.search(value)
        if found is not None:
            code = ord(found.group())
            detail = f"byte 0x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"U+{code:04X}, a lone surrogate"
            raise ValueError(f"{what} is not valid UTF-8 text ({detail} at character {found.start()}); fix it.")


def interactive(stream: TextIO, text_from_stdin: bool) -> bool:
    """Whether a question can be asked on `stream` (a terminal that is not also where the text came from)."""
    if text_from_stdin:
        return False
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False
