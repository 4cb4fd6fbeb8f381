"""Architecture rules that CI enforces: which room may import which (the table below, also in
docs/ARCHITECTURE.md), which rooms may use which Qt modules, a Qt-free core, a self-contained fake X, no test aids
in the product, docstrings, long modules that say why.

Lint, format and types are steps of their own (packaging/bootstrap.sh test), not tests.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "exec_desk"
ROOMS = ("core", "backends", "storage", "fakex", "services", "ui", "app", "cli")

#: Room -> the rooms it may import (whole), or {room: (modules...)} for a room it may use only in part.
#: Everything else is refused: no room imports one above it, and none imports sideways.
ALLOWED: dict[str, dict[str, tuple[str, ...] | None]] = {
    "core": {},
    "backends": {"core": None},
    "storage": {"core": None},
    # the fake X is its own world: only the loader of the third-party twitter-text library (it keeps
    # pkg_resources out); its prices, hosts and signatures are its own
    "fakex": {"core": ("exec_desk.core.twitter_text_lib",)},
    # demo mode is the fake X's only product user
    "services": {"core": None, "backends": None, "storage": None, "fakex": ("exec_desk.fakex.server",)},
    # the UI names the records and settings the services hand it; it reads and writes nothing itself
    "ui": {
        "core": None,
        "services": None,
        "storage": (
            "exec_desk.storage.records",
            "exec_desk.storage.settings",
            "exec_desk.storage.setting_checks",
            "exec_desk.storage.deployment",
        ),
        "resources": None,
    },
    # the one builder: everything but the fake X and the backends (built by services; their protocol is a type)
    "app": {"core": None, "backends": ("exec_desk.backends.base",), "services": None, "storage": None, "ui": None},
    # the command line starts the app (PySide6 first: `app.pyside`), or runs a command on the profile through
    # services (`config set shortcuts` checks key sequences with the UI's Qt key parser)
    "cli": {
        "core": None,
        "services": None,
        "app": ("exec_desk.app.run", "exec_desk.app.pyside"),
        "ui": ("exec_desk.ui.shortcuts",),
        "storage": (
            "exec_desk.storage.paths",
            "exec_desk.storage.settings",
            "exec_desk.storage.setting_checks",
            "exec_desk.storage.logs",
            "exec_desk.storage.records",
            "exec_desk.storage.deployment",
            "exec_desk.storage.credentials",
        ),
    },
}
#: Which Qt modules each room may use. QtGui in services: image decoding on workers (`services.images`:
#: QImageReader, QImage are not widgets and are safe off the GUI thread); shiboken6: whether a QObject still lives
#: (the task runner drops the callbacks of a destroyed owner).
QT_ALLOWED: dict[str, tuple[str, ...]] = {
    "core": (),
    "backends": (),
    "storage": (),
    "fakex": (),
    "services": ("PySide6.QtCore", "PySide6.QtGui", "shiboken6"),
    "ui": ("PySide6",),
    "app": ("PySide6",),
    "cli": (),
}
QT_GUI_IN_SERVICES = ("services/images.py",)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules(room: str) -> list[Path]:
    return sorted((PACKAGE / room).rglob("*.py"))


def _room_of(name: str) -> str | None:
    parts = name.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "exec_desk" else None


def test_every_module_is_in_a_room() -> None:
    loose = sorted(str(p.relative_to(PACKAGE)) for p in PACKAGE.glob("*.py"))
    assert loose == ["__init__.py", "__main__.py"]
    assert sorted(p.name for p in PACKAGE.iterdir() if p.is_dir() and p.name != "__pycache__") == sorted(ROOMS)


@pytest.mark.parametrize("room", ROOMS)
def test_a_room_imports_only_what_the_table_allows(room: str) -> None:
    allowed = ALLOWED[room]
    offenders = []
    for path in _modules(room):
        for name in _imports(path):
            other = _room_of(name)
            if other is None or other == room:
                continue
            if other not in allowed:
                offenders.append(f"{path.relative_to(ROOT)} imports {name} ({room} -> {other} is not allowed)")
                continue
            parts = allowed[other]
            if parts is not None and not name.startswith(parts):
                offenders.append(f"{path.relative_to(ROOT)} imports {name} ({room} may use only {', '.join(parts)})")
    assert _modules(room) and offenders == []


@pytest.mark.parametrize("room", ROOMS)
def test_a_room_uses_only_its_qt_modules(room: str) -> None:
    offenders = []
    for path in _modules(room):
        for name in _imports(path):
            if name.split(".")[0] not in ("PySide6", "shiboken6"):
                continue
            allowed = QT_ALLOWED[room]
            if name == "PySide6.QtGui" and room == "services":
                if str(path.relative_to(PACKAGE)) not in QT_GUI_IN_SERVICES:
                    offenders.append(f"{path.relative_to(ROOT)} imports {name} (QtGui: image decoding only)")
                continue
            permitted = any(name == a or name.startswith(a + ".") for a in allowed) or (
                "PySide6" in allowed and name.split(".")[0] in ("PySide6", "shiboken6")
            )
            if not permitted:
                offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []


def test_only_demo_mode_uses_the_fake_x() -> None:
    users = sorted(
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if not path.is_relative_to(PACKAGE / "fakex") and any(n.startswith("exec_desk.fakex") for n in _imports(path))
    )
    assert users == ["services/demo.py"]


def test_core_imports_no_qt_at_runtime() -> None:
    code = (
        "import sys, pkgutil, importlib, exec_desk.core as c\n"
        "for m in pkgutil.walk_packages(c.__path__, 'exec_desk.core.'): importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "print(bad); raise SystemExit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


#: Names of test aids that once shipped in the product: they live in tests/support now.
TEST_AIDS = ("MemoryCredentialStore", "ImmediateTaskRunner", "DebugProbe", "AutoTyper", "DeferredRunner")


def test_no_test_aids_in_the_product() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef | ast.FunctionDef) and node.name in TEST_AIDS:
                offenders.append(f"{path.relative_to(ROOT)} defines {node.name}")
        if "test" in path.stem or ("fake" in path.stem and not path.is_relative_to(PACKAGE / "fakex")):
            offenders.append(f"{path.relative_to(ROOT)}: a test aid's name")
    assert offenders == []


#: Past this many lines a module says in its docstring why it is one module ("Why one module: ..."): the size is a
#: prompt to look, not a reason to split where the meaning does not split.
LONG_MODULE = 500


def test_every_module_has_a_docstring_and_a_long_one_says_why() -> None:
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        docstring = ast.get_docstring(ast.parse(text))
        if docstring is None and text.strip():
            problems.append(f"{path.relative_to(ROOT)}: no module docstring")
        if text.count("\n") > LONG_MODULE and "Why one module:" not in (docstring or ""):
            problems.append(f"{path.relative_to(ROOT)}: {text.count(chr(10))} lines, and no 'Why one module:'")
    assert problems == []


def test_the_table_is_the_one_in_the_docs() -> None:
    """docs/ARCHITECTURE.md shows this table: one row per room, its allowed rooms in order."""
    doc = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    for room, allowed in ALLOWED.items():
        cells = ", ".join(f"`{r}`" if parts is None else f"`{r}` (part)" for r, parts in allowed.items()) or "—"
        assert f"| `{room}` | {cells} |" in doc, f"docs/ARCHITECTURE.md lacks the row of {room}: | `{room}` | {cells} |"
