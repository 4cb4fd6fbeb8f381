"""Fixtures for the packaging tests: the scripts in packaging/ (not a package) as modules."""

from __future__ import annotations

from types import ModuleType

import pytest

from tests.support.scripts import load_script


@pytest.fixture
def make_icons() -> ModuleType:
    """packaging/make_icons.py as a module."""
    return load_script("make_icons")


@pytest.fixture
def installer() -> ModuleType:
    """packaging/install_desktop_files.py as a module."""
    return load_script("install_desktop_files")
