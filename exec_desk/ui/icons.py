"""Locate Exec Desk's resources (an installed `exec_desk.resources` package, or `resources/` in a checkout)."""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtGui import QIcon


@functools.cache
def resources_dir() -> Path:
    try:
        import exec_desk.resources as installed  # type: ignore[import-not-found,unused-ignore]

        return Path(installed.__file__).parent
    except ImportError:
        return Path(__file__).resolve().parents[2] / "resources"


def icon(name: str) -> QIcon:
    """An icon from resources/icons by base name (SVG, so it stays crisp at any scale)."""
    path = resources_dir() / "icons" / f"{name}.svg"
    if not path.is_file():
        raise FileNotFoundError(f"missing icon {path}")
    return QIcon(str(path))
