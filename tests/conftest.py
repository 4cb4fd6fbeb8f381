"""Suite-wide setup: headless Qt, isolated home and paths for every test; the shared fixtures (tests/support)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from exec_desk.storage.logs import teardown_logging

#: The fixtures every folder shares, each declared once: the fake X world, the store, settings and runners
#: (fixtures.py), the app's languages (languages.py) and a private Secret Service (secret_service.py).
pytest_plugins = ["tests.support.fixtures", "tests.support.languages", "tests.support.secret_service"]

# Headless by default; tests that need a real X server run the app in a subprocess on a virtual display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("EXEC_DESK_HOME", None)
os.environ.pop("EXEC_DESK_API_URL", None)
# A deployment file of the machine (/etc/xdg/exec-desk/deployment.json) must not change what tests see: the
# system configuration folders point at one that does not exist; tests that need a file set their own.
os.environ["XDG_CONFIG_DIRS"] = os.path.join(os.path.dirname(__file__), "data", "no-system-config")


@pytest.fixture(autouse=True)
def _isolated_logging() -> Iterator[None]:
    """Code under test may install the app's log handlers; each test starts and ends without them."""
    yield
    teardown_logging()
