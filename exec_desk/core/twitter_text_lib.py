"""Import `twitter_text` (twitter-text-parser) without `pkg_resources`.

twitter-text-parser 3.0 reads one data file (`emoji-test.txt`) with `pkg_resources.resource_string`, and importing
`pkg_resources` scans every installed distribution: about 14 MiB of memory kept for the life of the app and
~100 ms. `twitter_text()` imports the library with a stand-in `pkg_resources` that only knows `resource_string`,
present in `sys.modules` for the duration of that import alone (a later `import pkg_resources` anywhere gets the
real one). If `pkg_resources` is already imported, the real one is used.
"""

from __future__ import annotations

import importlib
import sys
import threading
import types
from pathlib import Path

_lock = threading.Lock()


def _resource_string(module_name: str, resource: str) -> bytes:
    """`pkg_resources.resource_string` for a file next to a module (the only use twitter-text makes of it)."""
    module = sys.modules[module_name]
    if module.__file__ is None:
        raise FileNotFoundError(f"{module_name} has no file to find {resource} next to")
    return (Path(module.__file__).parent / resource).read_bytes()


def loaded() -> bool:
    """Whether `twitter_text` is imported already."""
    module = sys.modules.get("twitter_text")
    return module is not None and hasattr(module, "parse_tweet")


def twitter_text() -> types.ModuleType:
    """The `twitter_text` module, imported once (thread-safe) without loading `pkg_resources`."""
    if loaded():
        return sys.modules["twitter_text"]
    with _lock:
        if "pkg_resources" in sys.modules:
            return importlib.import_module("twitter_text")
        stand_in = types.ModuleType("pkg_resources", "twitter_text_lib's stand-in: resource_string only")
        stand_in.resource_string = _resource_string  # type: ignore[attr-defined]
        sys.modules["pkg_resources"] = stand_in
        try:
            module = importlib.import_module("twitter_text")
        finally:
            if sys.modules.get("pkg_resources") is stand_in:
                del sys.modules["pkg_resources"]
        return module
