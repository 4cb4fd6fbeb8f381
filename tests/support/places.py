"""Where the tests find the repository and their data, whatever the depth of the folder they sit in."""

from __future__ import annotations

from pathlib import Path

#: The repository (the clone: tests read nothing outside it).
ROOT = Path(__file__).resolve().parents[2]
#: tests/data (see its README.md).
DATA = ROOT / "tests" / "data"
