"""The app's languages in tests, declared once: a pytest plugin that tests/conftest.py loads (`pytest_plugins`).

Two sets of catalogues, each compiled once per run into a temporary folder (never a .qm left over from an install):
`catalogs`, from the repository's .ts files as they are, and `catalogues`, from the code's marked texts merged with
the repository's translations (a text the .ts files do not hold yet is in it, untranslated). `english` and
`french` put the app in that language for one test, on a US English system (nothing French comes from the
system); `language("fr")` does the same from `catalogues`, on a system of that language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from exec_desk.ui.i18n import install_language

from .catalogues import compile_to, tool

#: The system locale each language is tried with by `language` (English: a 24-hour English locale, as the tests'
#: "C" locale).
SYSTEM = {"en": "en_GB", "fr": "fr_FR"}


@pytest.fixture(scope="session")
def catalogs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every resources/i18n/*.ts compiled."""
    return compile_to(tmp_path_factory.mktemp("catalogs"))


@pytest.fixture(scope="session")
def catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """exec_desk_en.qm (plural forms) and exec_desk_fr.qm compiled from the code's marked texts and the
    repository's translations into a temporary folder."""
    i18n = tool()
    entries, errors = i18n.extract()
    assert errors == []
    folder = tmp_path_factory.mktemp("i18n")
    i18n.write_ts(folder / "exec_desk_en.ts", "en", i18n.merged("en", entries))
    french = i18n.merged("fr", entries)
    i18n.write_ts(folder / "exec_desk_fr.ts", "fr", french)
    i18n.compile_catalogues(folder, folder)
    return folder


@pytest.fixture
def french(qapp: QApplication, catalogs: Path) -> Iterator[str]:
    """The app in French (on a US English system, so that nothing French comes from the system); English after."""
    used = install_language(qapp, "fr", catalogs=catalogs, system=QLocale("en_US"))
    yield used
    install_language(qapp, "en", catalogs=catalogs, system=QLocale("en_US"))


@pytest.fixture
def english(qapp: QApplication, catalogs: Path) -> Iterator[str]:
    yield install_language(qapp, "en", catalogs=catalogs, system=QLocale("en_US"))


@pytest.fixture
def language(qapp: QApplication, catalogues: Path) -> Iterator[Callable[[str], None]]:
    """`language("fr")` installs that catalogue and locale (build the widgets after); undone after the test."""
    saved = QLocale()

    def use(name: str) -> None:
        assert install_language(qapp, name, catalogs=catalogues, system=QLocale(SYSTEM[name])) == name

    yield use
    install_language(qapp, "en", catalogs=catalogues / "none", system=saved)
    QLocale.setDefault(saved)
