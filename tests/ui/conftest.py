"""The UI tests run in English with the English catalogue (its plural forms: "1 post", "2 posts")."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from exec_desk.ui.i18n import install_language


@pytest.fixture(autouse=True)
def _in_english(qapp: QApplication, catalogs: Path) -> None:
    assert install_language(qapp, "en", catalogs=catalogs) == "en"
