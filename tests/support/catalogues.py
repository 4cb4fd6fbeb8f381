"""Test helpers: the translation tool (packaging/i18n.py) and the catalogues compiled fresh from the .ts files."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from .scripts import PACKAGING, load_script

ROOT = PACKAGING.parent


def tool() -> ModuleType:
    """packaging/i18n.py as a module (the folder `packaging` is not a package)."""
    return load_script("i18n")


def compile_to(folder: Path) -> Path:
    """Compile every resources/i18n/*.ts into `folder` (the tests never use a .qm left over from an install)."""
    tool().compile_catalogues(folder)
    return folder
