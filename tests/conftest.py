"""Suite-wide setup: headless Qt, isolated home and paths for every test."""

from __future__ import annotations

import os

# Headless by default; tests that need a real X server run the app in a subprocess on a virtual display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("EXEC_DESK_HOME", None)
os.environ.pop("EXEC_DESK_API_URL", None)
