"""Fixtures for the packaging tests: the scripts in packaging/ (not a package) and the system validators."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
TOOL_PACKAGES = {"desktop-file-validate": "desktop-file-utils", "appstreamcli": "appstream"}


def _load_script(name: str) -> ModuleType:
    key = f"_exec_desk_packaging_{name}"
    if key not in sys.modules:
        spec = importlib.util.spec_from_file_location(key, PACKAGING / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[key] = module
        spec.loader.exec_module(module)
    return sys.modules[key]


@pytest.fixture
def make_icons() -> ModuleType:
    """packaging/make_icons.py as a module."""
    return _load_script("make_icons")


@pytest.fixture
def installer() -> ModuleType:
    """packaging/install_desktop_files.py as a module."""
    return _load_script("install_desktop_files")


@pytest.fixture
def tool() -> Callable[[str], str]:
    """`tool(name)`: the path of a system tool; the test fails (never skips) when it is missing."""

    def find(name: str) -> str:
        path = shutil.which(name)
        if path is None:
            pytest.fail(f"{name} is missing: apt-get install {TOOL_PACKAGES.get(name, name)} (bootstrap.sh test does)")
        return path

    return find
