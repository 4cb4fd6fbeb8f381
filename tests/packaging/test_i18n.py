"""The translation catalogues and the tool that keeps them: complete for the current code, extraction that gets
contexts and plurals right, fill and check, English plural forms; Qt's own French catalogue is there."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo

from exec_desk.core.sources import DEFAULT_GROUPS
from exec_desk.ui.i18n import GROUP_NAMES
from tests.support.catalogues import ROOT, tool


def test_the_catalogues_are_complete_for_the_current_code() -> None:
    """Every marked string of the code is in the .ts files and translated (`packaging/i18n.py check`): a new string
    without its French fails here."""
    problems = tool().check()
    assert problems == [], "\n".join(problems)


def test_the_french_catalogue_is_the_one_update_writes() -> None:
    """The .ts in the repository is up to date: `update` would not change which entries it holds."""
    module = tool()
    entries, errors = module.extract()
    assert errors == []
    in_code = {e.key for e in entries}
    in_file = set(module.read_ts(module.ts_path("fr")))
    assert in_file - in_code == set(), "obsolete entries: run `python packaging/i18n.py update`"


def _extract(code: str) -> list[tuple[str, str, str, bool]]:
    module = tool()
    extractor = module._Extractor("snippet.py")
    extractor.visit(ast.parse(code))
    assert extractor.errors == []
    return [(e.context, e.source, e.comment, e.numerus) for e in extractor.found]


def test_extraction_gives_self_tr_its_class_even_after_a_translate_call() -> None:
    code = (
        "class Window(QWidget):\n"
        "    def build(self, n):\n"
        '        QCoreApplication.translate("Other", "Bye")\n'
        '        self.tr("Hello")\n'
        '        self.tr("%n post(s)", "", n)\n'
        'def age(n):\n    return QCoreApplication.translate("Ages", "%n min", "age", n)\n'
        'X = QT_TRANSLATE_NOOP("Reasons", "Mentions you")\n'
        'Y = Phrase.of("Reminders", "Next reminder at {time}", time=t)\n'
        'Z = QT_TRANSLATE_N_NOOP("Fetcher", "%n source(s)")\n'
        "W = translate(context, text)\n"
    )
    assert _extract(code) == [
        ("Other", "Bye", "", False),
        ("Window", "Hello", "", False),
        ("Window", "%n post(s)", "", True),
        ("Ages", "%n min", "age", True),
        ("Reasons", "Mentions you", "", False),
        ("Reminders", "Next reminder at {time}", "", False),
        ("Fetcher", "%n source(s)", "", True),
    ]


def test_extraction_refuses_texts_built_before_translation() -> None:
    extractor = tool()._Extractor("snippet.py")
    extractor.visit(ast.parse('class W:\n    def f(self, n):\n        self.tr(f"{n} posts")\n'))
    extractor.visit(ast.parse('QCoreApplication.translate("C", "a" + b)\n'))
    assert len(extractor.errors) == 2 and "snippet.py:3" in extractor.errors[0]


def test_english_plural_forms_come_from_the_source_text() -> None:
    forms = tool().english_plurals
    assert forms("%n post(s)") == ["%n post", "%n posts"]
    assert forms("%Ln (reply|replies)") == ["%Ln reply", "%Ln replies"]
    assert forms("%n min") == ["%n min", "%n min"]


def test_fill_marks_finished_and_check_catches_broken_placeholders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = tool()
    monkeypatch.setattr(module, "TS_DIR", tmp_path)
    entries = [
        module.Entry("Tray", "Start a {minutes}-minute session", locations=[("exec_desk/ui/tray.py", 1)]),
        module.Entry("Tray", "%n post(s)", numerus=True, locations=[("exec_desk/ui/tray.py", 2)]),
        module.Entry("Tray", "Quit", locations=[("exec_desk/ui/tray.py", 3)]),
    ]
    module.write_ts(module.ts_path("fr"), "fr", entries)
    translations = {
        "Tray": {
            "Start a {minutes}-minute session": "Commencer une séance de {minute} min",  # a broken field
            "%n post(s)": ["%n publication", "%n publications"],
            "Gone": "Parti",
        }
    }
    (tmp_path / "fr.json").write_text(json.dumps(translations), encoding="utf-8")
    issues = module.fill([tmp_path / "fr.json"], "fr")
    assert issues == [f"{tmp_path / 'fr.json'}: not in the code: [Tray] 'Gone'"]
    catalogue = module.read_ts(module.ts_path("fr"))
    assert catalogue[("Tray", "%n post(s)", "")].translation == ["%n publication", "%n publications"]
    assert catalogue[("Tray", "%n post(s)", "")].finished
    found = list(module.problems("fr", entries))
    assert len(found) == 2
    assert "placeholders differ" in found[0] and "untranslated" in found[1] and "'Quit'" in found[1]


def test_compiled_catalogues_load(catalogs: Path) -> None:
    assert {p.name for p in catalogs.glob("*.qm")} >= {"exec_desk_fr.qm", "exec_desk_en.qm"}


def test_qt_ships_its_own_french_catalogue() -> None:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (folder / "qtbase_fr.qm").is_file()


def test_the_default_group_names_are_all_marked() -> None:
    assert set(GROUP_NAMES) == {spec.name for spec in DEFAULT_GROUPS}


def test_the_qm_files_are_build_outputs() -> None:
    assert "*.qm" in (ROOT / ".gitignore").read_text(encoding="utf-8").split()
