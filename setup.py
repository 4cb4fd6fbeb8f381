"""Build hook: compile the translation catalogues (resources/i18n/*.ts -> .qm) with Qt's lrelease.

Everything else about the package is declared in pyproject.toml. The .qm files are build outputs (not in git):
a wheel gets them in `exec_desk/resources/i18n/`; an editable install (`pip install -e .`) compiles them in place,
in resources/i18n/, where the installed package finds them. lrelease comes from PySide6-Essentials, a build
requirement (pyproject.toml [build-system]).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def _tool() -> ModuleType:
    """packaging/i18n.py, loaded by path (the folder `packaging` is not a package; the name is taken)."""
    spec = importlib.util.spec_from_file_location("exec_desk_i18n_tool", ROOT / "packaging" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


class BuildWithCatalogues(build_py):
    """`build_py` that also compiles the .ts catalogues into .qm files beside the packaged resources."""

    def run(self) -> None:
        super().run()
        sources = ROOT / "resources" / "i18n"
        target = sources if self.editable_mode else Path(self.build_lib) / "exec_desk" / "resources" / "i18n"
        for qm in _tool().compile_catalogues(target, sources):
            self.announce(f"compiled {qm}", level=2)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = list(super().get_outputs(include_bytecode))
        if not self.editable_mode:
            target = Path(self.build_lib) / "exec_desk" / "resources" / "i18n"
            for ts in sorted((ROOT / "resources" / "i18n").glob("exec_desk_*.ts")):
                qm = str(target / ts.with_suffix(".qm").name)
                if qm not in outputs:
                    outputs.append(qm)
        return outputs


#: `exec_desk.resources` lives in resources/ (see [tool.setuptools.package-dir]); find_packages cannot see it there.
PACKAGES = [*find_packages(include=["exec_desk", "exec_desk.*"]), "exec_desk.resources"]

setup(cmdclass={"build_py": BuildWithCatalogues}, packages=PACKAGES)
