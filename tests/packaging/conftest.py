"""Fixtures for the packaging tests: the scripts in packaging/ (not a package) and the system validators."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from types import ModuleType

import pytest

from tests.support.scripts import load_script

TOOL_PACKAGES = {"desktop-file-validate": "desktop-file-utils", "appstreamcli": "appstream"}


@pytest.fixture
def make_icons() -> ModuleType:
    """packaging/make_icons.py as a module."""
    return load_script("make_icons")


@pytest.fixture
def installer() -> ModuleType:
    """packaging/install_desktop_files.py as a module."""
    return load_script("install_desktop_files")


@pytest.fixture
def tool() -> Callable[[str], str]:
    """`tool(name)`: the path of a system tool; the test fails (never skips) when it is missing."""

    def find(name: str) -> str:
        path = shutil.which(name)
        if path is None:
            pytest.fail(f"{name} is missing: apt-get install {TOOL_PACKAGES.get(name, name)} (bootstrap.sh test does)")
        return path

    return find
