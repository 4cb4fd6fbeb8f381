"""Architecture rules that CI enforces: layers, Qt-free core, a self-contained fake X, docstrings, module size.

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
QT = ("PySide6", "shiboken6")
LOWER_LAYERS = ("core", "backends", "storage")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", LOWER_LAYERS)
def test_lower_layers_import_no_qt_and_nothing_above(layer: str) -> None:
    offenders = []
    for path in _modules(layer):
        for name in _imports(path):
            if name.split(".")[0] in QT or name.startswith(("exec_desk.ui", "exec_desk.services", "exec_desk.app")):
                offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert _modules(layer), f"no modules found in {layer}"
    assert offenders == []


#: What the fake X may use of the rest of the package: a loader of the third-party twitter-text library (it keeps
#: `pkg_resources` out), no product logic. Its prices, hosts and signatures are its own.
FAKEX_MAY_IMPORT = ("exec_desk.core.twitter_text_lib",)
#: The fake X's only product user: demo mode.
FAKEX_USERS = ("exec_desk/services/demo.py",)


def test_the_fake_x_is_self_contained() -> None:
    offenders = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in _modules("fakex")
        for name in _imports(path)
        if name.startswith("exec_desk") and not name.startswith("exec_desk.fakex") and name not in FAKEX_MAY_IMPORT
    ]
    assert _modules("fakex") and offenders == []


def test_only_demo_mode_uses_the_fake_x() -> None:
    users = sorted(
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if not path.is_relative_to(PACKAGE / "fakex") and any(n.startswith("exec_desk.fakex") for n in _imports(path))
    )
    assert users == [u.removeprefix("exec_desk/") for u in FAKEX_USERS]


#: What the UI may name of the backends: the protocol type a window is handed (the real one comes from services).
UI_MAY_IMPORT = ("exec_desk.backends.base",)


def test_the_ui_reaches_x_only_through_services() -> None:
    offenders = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in [*_modules("ui"), *_modules("app")]
        for name in _imports(path)
        if name.startswith(("exec_desk.backends", "exec_desk.fakex")) and name not in UI_MAY_IMPORT
    ]
    assert offenders == []


def test_core_imports_no_qt_at_runtime() -> None:
    code = (
        "import sys, pkgutil, importlib, exec_desk.core as c\n"
        "for m in pkgutil.walk_packages(c.__path__, 'exec_desk.core.'): importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "print(bad); raise SystemExit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_services_use_no_widgets() -> None:
    offenders = [
        f"{p.relative_to(ROOT)} imports {n}"
        for p in _modules("services")
        for n in _imports(p)
        if n.startswith(("PySide6.QtWidgets", "exec_desk.ui"))
    ]
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
