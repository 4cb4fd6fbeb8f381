"""The UI tests run in English with the English catalogue (its plural forms: "1 post", "2 posts"), and each leaves
the app's language as it found it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from exec_desk.ui.i18n import TRANSLATOR_NAME, install_language


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


@pytest.fixture(autouse=True)
def _in_english(_language_restored: None, qapp: QApplication, catalogs: Path) -> None:
    assert install_language(qapp, "en", catalogs=catalogs) == "en"
