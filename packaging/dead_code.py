"""The CI's dead-code step: vulture over the package, counting what the tests use as used, reporting the package.

    python packaging/dead_code.py

Code used only by tests still counts as used here: what a test drives (a fake server's controls) is not dead. The
names vulture cannot see being called (framework hooks, fields of X's formats, translation markers) are listed in
packaging/vulture_allow.py, each with its reason. Exit status 1 when something in exec_desk/ is unused.
"""

from __future__ import annotations

import sys
from pathlib import Path

from vulture import Vulture

ROOT = Path(__file__).resolve().parents[1]
MIN_CONFIDENCE = 60


def main() -> int:
    finder = Vulture()
    finder.scavenge([str(ROOT / "exec_desk"), str(ROOT / "tests"), str(ROOT / "packaging" / "vulture_allow.py")])
    package = ROOT / "exec_desk"
    unused = [
        item
        for item in finder.get_unused_code(min_confidence=MIN_CONFIDENCE)
        if Path(item.filename).resolve().is_relative_to(package)
    ]
    for item in unused:
        print(item.get_report(add_size=False))
    print(f"dead code: {len(unused)} unused name(s) in exec_desk/", file=sys.stderr)
    return 1 if unused else 0


if __name__ == "__main__":
    raise SystemExit(main())
