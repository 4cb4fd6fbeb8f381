"""Test helpers: the translation tool (packaging/i18n.py) and the catalogues compiled fresh from the .ts files."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def tool() -> ModuleType:
    """packaging/i18n.py as a module (the folder `packaging` is not a package)."""
    name = "exec_desk_i18n_tool"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def compile_to(folder: Path) -> Path:
    """Compile every resources/i18n/*.ts into `folder` (the tests never use a .qm left over from an install)."""
    tool().compile_catalogues(folder)
    return folder
