"""The PyInstaller one-folder build: packaging/build_pyinstaller.sh builds it and its binary starts and quits cleanly.

About 25-30 s on the project's 2-core machine (PyInstaller is installed into the venv first if missing).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.timeout(600)
def test_one_folder_build_starts_and_exits_when_ready(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EXEC_DESK_")}
    env["EXEC_DESK_VENV"] = sys.prefix  # the venv running the tests
    result = subprocess.run(
        ["sh", str(ROOT / "packaging" / "build_pyinstaller.sh"), str(tmp_path / "out")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=580,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"build_pyinstaller: ok: ready in \d+ ms", result.stderr), result.stderr

    bundle = tmp_path / "out" / "dist" / "exec-desk"
    assert os.access(bundle / "exec-desk", os.X_OK)
    resources = bundle / "_internal" / "resources"
    assert sorted(p.name for p in (resources / "icons").glob("*.svg")) == ["exec-desk-demo.svg", "exec-desk.svg"]
    catalogues = sorted(p.stem for p in (ROOT / "resources" / "i18n").glob("exec_desk_*.ts"))
    assert sorted(p.stem for p in (resources / "i18n").glob("*.qm")) == catalogues, "every catalogue compiled in"
    assert not (bundle / "_internal" / "PySide6" / "Qt" / "lib" / "libQt6Quick.so.6").exists(), "no unused Qt"
