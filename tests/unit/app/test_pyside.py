"""`app.pyside`: PySide6's check of each imported module gives the same answers, without reading sources through
`inspect`; the app's launch puts it in before its own imports; a PySide6 without that check is left alone."""

from __future__ import annotations

import importlib.util
import inspect
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import exec_desk.app.run
from exec_desk.app import pyside
from exec_desk.cli.main import main


def _check() -> Callable[[ModuleType], bool]:
    check: Callable[[ModuleType], bool] = getattr(sys.modules[pyside.FEATURE_MODULE], pyside.CHECK)
    return check


@pytest.fixture
def lightened() -> Iterator[Callable[[ModuleType], bool]]:
    """The check once lightened; PySide6's own one is put back afterwards."""
    assert pyside.lighten_feature_check()
    check = _check()
    yield check
    setattr(sys.modules[pyside.FEATURE_MODULE], pyside.CHECK, inspect.unwrap(check))


def _module_from(path: Path, text: str) -> ModuleType:
    path.write_text(text, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_loaded_module_gets_the_answer_pysides_own_check_gives(lightened: Callable[[ModuleType], bool]) -> None:
    upstream = inspect.unwrap(lightened)
    assert upstream is not lightened
    for name in ("exec_desk.core.models", "exec_desk.ui.tray"):
        importlib.import_module(name)

    modules = [m for m in list(sys.modules.values()) if isinstance(m, ModuleType)]
    assert len(modules) > 300  # the test process has the app, its libraries, the stdlib and compiled modules
    answers = {m.__name__: lightened(m) for m in modules}
    assert answers == {m.__name__: upstream(m) for m in modules}
    assert answers["exec_desk.ui.tray"] is True and answers["exec_desk.core.models"] is False
    assert answers["sys"] is False and answers["_ssl"] is False  # built in; compiled


def test_sources_are_read_as_bytes_not_through_inspect(
    lightened: Callable[[ModuleType], bool], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    uses = _module_from(tmp_path / "uses_qt.py", '"""Déjà."""\n\ndef later() -> None:\n    import PySide6.QtCore\n')
    plain = _module_from(tmp_path / "plain.py", '"""Ni Qt ni rien."""\nVALUE = 1\n')

    def refused(_: object) -> str:
        raise AssertionError("inspect.getsource was called")

    monkeypatch.setattr(inspect, "getsource", refused)
    assert lightened(uses) is True  # a mention anywhere in the file counts, as with PySide6's own check
    assert lightened(plain) is False


def test_a_module_whose_file_cannot_be_read_goes_to_pysides_check(tmp_path: Path) -> None:
    asked: list[str] = []

    def upstream(module: ModuleType) -> bool:
        asked.append(module.__name__)
        return True

    check = pyside.source_mentions_pyside(upstream)
    gone = ModuleType("gone")
    gone.__file__ = str(tmp_path / "gone.py")  # deleted since it was imported
    compiled = ModuleType("compiled")
    compiled.__file__ = str(tmp_path / "compiled.cpython-311-x86_64-linux-gnu.so")
    assert check(gone) is True and check(compiled) is True and check(ModuleType("no_file")) is True
    assert asked == ["gone", "compiled", "no_file"]


def test_lightening_twice_keeps_one_wrapper(lightened: Callable[[ModuleType], bool]) -> None:
    assert pyside.lighten_feature_check()
    assert _check() is lightened


def test_a_pyside_without_the_check_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    bare = ModuleType(pyside.FEATURE_MODULE)
    monkeypatch.setitem(sys.modules, pyside.FEATURE_MODULE, bare)
    assert pyside.lighten_feature_check() is False
    assert not hasattr(bare, pyside.CHECK)


def test_the_launch_lightens_the_check_before_the_app_imports_its_modules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feature = sys.modules[pyside.FEATURE_MODULE]
    monkeypatch.setattr(feature, pyside.CHECK, getattr(feature, pyside.CHECK))  # put back after the test
    seen: list[bool] = []

    def run_app(**_: Any) -> int:
        seen.append(hasattr(_check(), "__wrapped__"))
        return 0

    monkeypatch.setattr(exec_desk.app.run, "run_app", run_app)
    assert main(["--basedir", str(tmp_path / "home"), "--exit-when-ready"]) == 0
    assert seen == [True]
