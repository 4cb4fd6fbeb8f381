"""`exec-desk` for tests: the real command line, with the tests' probes installed in the app if it starts.

    python tests/support/app_under_test.py [exec-desk arguments]

The probes (`tests.support.probes`) print which windows and menus are shown, where the tray icon is, and type into the
composer when `EXEC_DESK_AUTOTYPE` is set; with `EXEC_DESK_DEBUG_EVENTS=1` everything is printed as JSON lines.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository: `tests.support` is importable

from exec_desk.cli.main import main
from tests.support.probes import probes

if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:], extensions=[probes]))
