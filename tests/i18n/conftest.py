"""Fixtures of the translation tests: catalogues compiled fresh from the .ts files, and the app in French."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from exec_desk.ui.i18n import TRANSLATOR_NAME, install_language
from tests.support.catalogues import compile_to


@pytest.fixture(scope="session")
def catalogs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return compile_to(tmp_path_factory.mktemp("catalogs"))


@pytest.fixture
def french(qapp: QApplication, catalogs: Path) -> Iterator[str]:
    """The app in French (on a US English system, so that nothing French comes from the system); English after."""
    used = install_language(qapp, "fr", catalogs=catalogs, system=QLocale("en_US"))
    yield used
    install_language(qapp, "en", catalogs=catalogs, system=QLocale("en_US"))


@pytest.fixture
def english(qapp: QApplication, catalogs: Path) -> Iterator[str]:
    yield install_language(qapp, "en", catalogs=catalogs, system=QLocale("en_US"))


@pytest.fixture(autouse=True)
def _language_restored(qapp: QApplication) -> Iterator[None]:
    """Each test leaves the app's language as it found it: no translator of ours, the same default locale."""
    before = QLocale()
    had = bool(qapp.findChildren(QTranslator, TRANSLATOR_NAME))
    yield
    if not had:
        for translator in qapp.findChildren(QTranslator, TRANSLATOR_NAME):
            qapp.removeTranslator(translator)
            translator.setParent(None)
    QLocale.setDefault(before)
