"""The UI tests run in English with the English catalogue (its plural forms: "1 post", "2 posts")."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from exec_desk.ui.i18n import install_language
from tests.support.catalogues import compile_to


@pytest.fixture(scope="session")
def catalogs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return compile_to(tmp_path_factory.mktemp("catalogs"))


@pytest.fixture(autouse=True)
def english(qapp: QApplication, catalogs: Path) -> Iterator[None]:
    assert install_language(qapp, "en", catalogs=catalogs) == "en"
    yield
