"""What `pipx install <repo>` installs: the wheel built from a copy of the tree holds the package and its resources
(icons under `exec_desk/resources/`, no stray top-level `resources` package), and the installed layout starts."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SKIP = shutil.ignore_patterns(".venv", ".git", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", "shots")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built by pip (isolated build, as pipx does) from a clean copy of the source tree."""
    base = tmp_path_factory.mktemp("wheel")
    source = base / "source"
    shutil.copytree(ROOT, source, ignore=SKIP)
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--disable-pip-version-check", "-q", "-w", str(base), "."],
        cwd=source,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (built,) = base.glob("exec_desk-*.whl")
    return built


def test_wheel_holds_the_package_and_its_resources(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    top = {name.split("/")[0] for name in names}
    assert {t for t in top if not t.endswith(".dist-info")} == {"exec_desk"}, f"stray top-level entries: {top}"
    for needed in (
        "exec_desk/py.typed",
        "exec_desk/resources/__init__.py",
        "exec_desk/resources/icons/exec-desk.svg",
        "exec_desk/resources/icons/exec-desk-demo.svg",
        "exec_desk/cli/main.py",
        "exec_desk/fakex/__init__.py",
    ):
        assert needed in names, f"{needed} is missing from {wheel.name}"
    (entry_points,) = (n for n in names if n.endswith(".dist-info/entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "exec-desk = exec_desk.cli.main:main" in text


def test_installed_wheel_starts_and_quits(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    pip = [sys.executable, "-m", "pip", "install", "--no-deps", "--disable-pip-version-check", "-q"]
    subprocess.run(
        [*pip, "-t", str(target), str(wheel)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("EXEC_DESK_")},
        "PYTHONPATH": str(target),  # ahead of the checkout's editable install
        "QT_QPA_PLATFORM": "offscreen",
    }
    where = subprocess.run(
        [sys.executable, "-c", "import exec_desk.resources as r; print(r.__file__)"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert where.returncode == 0, where.stderr
    assert Path(where.stdout.strip()).is_relative_to(target), where.stdout
    run = subprocess.run(
        [sys.executable, "-m", "exec_desk", "--demo", "--exit-when-ready", "--basedir", str(tmp_path / "profile")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert any(line.startswith("ready in ") for line in run.stdout.splitlines()), run.stdout
