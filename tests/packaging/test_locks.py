"""The locks hold what installing the package from the tree needs, not only what it imports."""

from __future__ import annotations

import re
import tomllib

import pytest

from tests.support.places import ROOT


def _name(requirement: str) -> str:
    found = re.match(r"[A-Za-z0-9_.-]+", requirement)
    assert found is not None, requirement
    return found.group(0).lower().replace("_", "-")


@pytest.mark.parametrize("lock", ["app", "test"])
def test_each_lock_pins_the_build_requirements(lock: str) -> None:
    """`bootstrap.sh` installs the package with --no-build-isolation: its build needs must come from the lock (a
    fresh machine's venv has an old setuptools that refuses the SPDX licence string)."""
    build = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["build-system"]["requires"]
    pinned = {
        m.group(1).lower()
        for m in re.finditer(r"^([A-Za-z0-9_.-]+)==", (ROOT / "requirements" / f"{lock}.lock").read_text(), re.M)
    }
    assert {_name(r) for r in build} <= pinned
