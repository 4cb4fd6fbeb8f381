"""PySide6's check of every imported module, made cheap: the same question and answer, without `inspect`.

Once PySide6 is imported it sees every later import (PYSIDE-2029, its `__feature__` support): for each new module
it asks whether the module's source mentions "PySide6" (`shibokensupport.feature._mod_uses_pyside`), through
`inspect.getsource`, which decodes the whole file, splits it into lines and keeps them in `linecache`. The app
imports about 300 modules after PySide6 before it is ready (the store, tweepy and requests among them): measured at
45-55 ms of start-up, a seventh of it, and the lines stay in memory.

`lighten_feature_check` puts in a check that reads the module's `.py` file as bytes and looks for b"PySide6": the
same answer (the name is ASCII, so it reads the same in any source encoding PySide6 itself could decode), a few
times cheaper, nothing kept. Any other module (no `__file__`, a compiled or sourceless one, a file that cannot be
read) goes to PySide6's own check, unchanged. If a PySide6 version no longer has that check, nothing is changed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

#: PySide6's module holding the check (part of shiboken's embedded support package, loaded with PySide6).
FEATURE_MODULE = "shibokensupport.feature"
CHECK = "_mod_uses_pyside"


def lighten_feature_check() -> bool:
    """Import PySide6 (which installs its import hook) and make its per-module check cheap; True if it was (or
    already had been) replaced, False if this PySide6 has no such check. Call it before the app's own imports."""
    import PySide6.QtCore  # noqa: F401  (installs the hook and loads its support package)

    feature = sys.modules.get(FEATURE_MODULE)
    upstream = getattr(feature, CHECK, None)
    if feature is None or not callable(upstream):
        return False
    if getattr(upstream, "__wrapped__", None) is not None:
        return True
    setattr(feature, CHECK, source_mentions_pyside(upstream))
    return True


def source_mentions_pyside(upstream: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    """A check answering as `upstream` does, reading a module's `.py` file as bytes; `upstream` for the rest."""

    def mentions_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(upstream(module))

    mentions_pyside.__wrapped__ = upstream  # type: ignore[attr-defined]
    return mentions_pyside
