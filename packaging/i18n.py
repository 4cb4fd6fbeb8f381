"""Exec Desk's translation tool: extract the marked strings, merge them into the .ts catalogues, fill, compile, check.

    python packaging/i18n.py update                # refresh resources/i18n/exec_desk_{fr,en}.ts from the code
    python packaging/i18n.py fill FILE.json...     # put translations {context: {source: text | [forms]}} in
    python packaging/i18n.py compile [OUTDIR]      # .ts -> .qm with Qt's lrelease (PySide6's)
    python packaging/i18n.py check                 # fail on untranslated, unfinished or stale entries

`update` reads every exec_desk/**/*.py with Python's own parser (not pyside6-lupdate: its Python reader gives a
wrong context to `self.tr` after a `QCoreApplication.translate` in the same method, and never marks a
`translate(..., n)` as a plural). It understands `self.tr(text[, disambiguation[, n]])` (context: the enclosing
class), `QCoreApplication.translate(context, text[, disambiguation[, n]])` (or `translate`),
`QT_TRANSLATE_NOOP(context, text)`, `QT_TRANSLATE_N_NOOP(context, text)` (a plural) and
`Phrase(context, template)` / `Phrase.of(context, template, ...)` / `Phrase.counted(context, template, n, ...)`
(a plural) of `exec_desk.core.i18n`. A call whose text is
not a literal is a run-time lookup of a string marked elsewhere and is skipped; an f-string, `%` or `+` there is
an error (the catalogue could never hold it). Existing translations are kept; entries gone from the code are
dropped (no obsolete entries). The English catalogue holds only the plurals ("%n post(s)" -> "%n post",
"%n posts"), filled automatically: "(s)", "(es)" and "(one|many)" mark the plural ("%n (reply|replies)").

The .ts files are Qt Linguist's format, so a translator can also use Linguist. Runs with any Python >= 3.11; only
`compile` needs Qt's lrelease (from the PySide6 package found by this Python, or `pyside6-lrelease` on PATH).
"""

from __future__ import annotations

import ast
import importlib.util
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parents[1]
CODE = ROOT / "exec_desk"
TS_DIR = ROOT / "resources" / "i18n"
LANGUAGES = {"fr": "fr_FR", "en": "en_US"}  # en holds only the plural forms of the English source texts
SOURCE_LANGUAGE = "en"
PLURAL_FORMS = {"fr": 2, "en": 2}
_APPS = {"QCoreApplication", "QGuiApplication", "QApplication"}
_FIELD = re.compile(r"\{[A-Za-z_]\w*\}|%n|%\d")


class I18nError(Exception):
    """A problem the tool reports in plain words (exit status 1)."""


@dataclass
class Entry:
    """One translatable message: its key, whether it has plural forms, where it is, and its translation."""

    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)
    translation: str | list[str] = ""
    finished: bool = False

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    def translated(self) -> bool:
        forms = self.translation if isinstance(self.translation, list) else [self.translation]
        return self.finished and bool(forms) and all(forms)


# -- extraction ----------------------------------------------------------------------------------------------------
def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _computed(node: ast.expr | None) -> bool:
    """A text argument built at run time in a way no catalogue can hold (f-string, %, +, .format())."""
    if isinstance(node, ast.JoinedStr | ast.BinOp):
        return True
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format"


class _Extractor(ast.NodeVisitor):
    def __init__(self, path: str) -> None:
        self.path = path
        self.classes: list[str] = []
        self.found: list[Entry] = []
        self.errors: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        func, args = node.func, node.args
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        owner = func.value.id if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) else ""
        text_arg: ast.expr | None
        comment_arg: ast.expr | None
        if name == "tr" and owner == "self":
            context = self.classes[-1] if self.classes else None
            text_arg = args[0] if args else None
            comment_arg, counted = (args[1] if len(args) > 1 else None), len(args) > 2
        elif name == "translate" and (owner in _APPS or isinstance(func, ast.Name)):
            context = _literal(args[0]) if args else None
            text_arg = args[1] if len(args) > 1 else None
            comment_arg, counted = (args[2] if len(args) > 2 else None), len(args) > 3
        elif name in ("QT_TRANSLATE_NOOP", "QT_TRANSLATE_N_NOOP", "QT_TRANSLATE_NOOP3") or (
            name == "Phrase" or (name in ("of", "counted") and owner == "Phrase")
        ):
            context = _literal(args[0]) if args else None
            text_arg = args[1] if len(args) > 1 else None
            comment_arg = args[2] if name == "QT_TRANSLATE_NOOP3" and len(args) > 2 else None
            counted = name in ("QT_TRANSLATE_N_NOOP", "counted")
        else:
            return
        where = f"{self.path}:{node.lineno}"
        if _computed(text_arg):
            self.errors.append(f"{where}: the text of {name}() is computed; translate a literal, format after")
            return
        text = _literal(text_arg)
        if text is None or context is None:
            if text is not None:
                self.errors.append(f"{where}: {name}() with a literal text needs a literal context")
            return
        comment = _literal(comment_arg) or ""
        self.found.append(Entry(context, text, comment, counted, [(self.path, node.lineno)]))


def extract(code: Path = CODE) -> tuple[list[Entry], list[str]]:
    """Every marked message of the package, merged by (context, source, disambiguation); and the errors."""
    merged: dict[tuple[str, str, str], Entry] = {}
    errors: list[str] = []
    for path in sorted(code.rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        extractor = _Extractor(relative)
        extractor.visit(ast.parse(path.read_text(encoding="utf-8"), filename=relative))
        errors += extractor.errors
        for entry in extractor.found:
            known = merged.get(entry.key)
            if known is None:
                merged[entry.key] = entry
            else:
                known.locations += entry.locations
                known.numerus = known.numerus or entry.numerus
    return sorted(merged.values(), key=lambda e: (e.context, e.locations[0])), errors


# -- .ts files -----------------------------------------------------------------------------------------------------
def ts_path(language: str) -> Path:
    return TS_DIR / f"exec_desk_{language}.ts"


def read_ts(path: Path) -> dict[tuple[str, str, str], Entry]:
    """The entries of a .ts file (missing file: none)."""
    if not path.exists():
        return {}
    entries: dict[tuple[str, str, str], Entry] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            numerus = message.get("numerus") == "yes"
            element = message.find("translation")
            translation: str | list[str] = ""
            finished = False
            if element is not None:
                finished = element.get("type") not in ("unfinished", "obsolete", "vanished")
                forms = [form.text or "" for form in element.iter("numerusform")]
                translation = forms if numerus else (element.text or "")
            entry = Entry(name, message.findtext("source") or "", message.findtext("comment") or "", numerus)
            entry.translation, entry.finished = translation, finished
            entries[entry.key] = entry
    return entries


def _text(value: str) -> str:
    return escape(value, {'"': "&quot;", "'": "&apos;"})


def write_ts(path: Path, language: str, entries: Iterable[Entry]) -> None:
    """Write `entries` as a Qt Linguist .ts file (contexts sorted, messages in code order)."""
    by_context: dict[str, list[Entry]] = {}
    for entry in entries:
        by_context.setdefault(entry.context, []).append(entry)
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]
    lines.append(f'<TS version="2.1" language="{LANGUAGES[language]}" sourcelanguage="{SOURCE_LANGUAGE}">')
    for context in sorted(by_context):
        lines += ["<context>", f"    <name>{_text(context)}</name>"]
        for entry in by_context[context]:
            lines.append('    <message numerus="yes">' if entry.numerus else "    <message>")
            for file, line in entry.locations:
                relative = Path("../..", file).as_posix()
                lines.append(f'        <location filename={quoteattr(relative)} line="{line}"/>')
            lines.append(f"        <source>{_text(entry.source)}</source>")
            if entry.comment:
                lines.append(f"        <comment>{_text(entry.comment)}</comment>")
            state = "" if entry.finished else ' type="unfinished"'
            if entry.numerus:
                forms = entry.translation if isinstance(entry.translation, list) else []
                forms = (forms + [""] * PLURAL_FORMS[language])[: max(len(forms), PLURAL_FORMS[language])]
                lines.append(f"        <translation{state}>")
                lines += [f"            <numerusform>{_text(form)}</numerusform>" for form in forms]
                lines.append("        </translation>")
            else:
                text = entry.translation if isinstance(entry.translation, str) else ""
                lines.append(f"        <translation{state}>{_text(text)}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


_CHOICE = re.compile(r"\((\w*)\|(\w*)\)")


def english_plurals(source: str) -> list[str]:
    """The English forms (one, many) of a plural source text: "%n post(s)", "%n box(es)", "%n (reply|replies)";
    a text without such a mark is the same for one and many ("%n min", "%Ln retweeted")."""
    one = _CHOICE.sub(r"\1", source).replace("(s)", "").replace("(es)", "")
    many = _CHOICE.sub(r"\2", source).replace("(s)", "s").replace("(es)", "es")
    return [one, many]


def merged(language: str, code_entries: list[Entry]) -> list[Entry]:
    """The catalogue of `language` for the code's entries, keeping the translations it already has."""
    existing = read_ts(ts_path(language))
    out = []
    for fresh in code_entries:
        if language == SOURCE_LANGUAGE and not fresh.numerus:
            continue
        entry = Entry(fresh.context, fresh.source, fresh.comment, fresh.numerus, list(fresh.locations))
        old = existing.get(entry.key)
        if old is not None and old.numerus == entry.numerus:
            entry.translation, entry.finished = old.translation, old.finished
        if language == SOURCE_LANGUAGE:  # generated from the source text, every time
            entry.translation, entry.finished = english_plurals(entry.source), True
        out.append(entry)
    return out


# -- commands ------------------------------------------------------------------------------------------------------
def update() -> list[str]:
    """Refresh every catalogue from the code; returns what it did, one line per catalogue."""
    entries, errors = extract()
    if errors:
        raise I18nError("\n".join(errors))
    report = []
    for language in LANGUAGES:
        catalogue = merged(language, entries)
        write_ts(ts_path(language), language, catalogue)
        missing = sum(not e.translated() for e in catalogue)
        report.append(f"{ts_path(language).relative_to(ROOT)}: {len(catalogue)} entries, {missing} to translate")
    return report


def fill(files: Iterable[Path], language: str = "fr") -> list[str]:
    """Put the translations of JSON `files` ({context: {source: text or [forms]}}) into the catalogue."""
    path = ts_path(language)
    catalogue = read_ts(path)
    if not catalogue:
        raise I18nError(f"{path} is missing or empty: run `update` first")
    by_source: dict[tuple[str, str], list[Entry]] = {}
    for entry in catalogue.values():
        by_source.setdefault((entry.context, entry.source), []).append(entry)
    problems = []
    for file in files:
        data = json.loads(Path(file).read_text(encoding="utf-8"))
        for context, texts in data.items():
            for source, translation in texts.items():
                targets = by_source.get((context, source))
                if not targets:
                    problems.append(f"{file}: not in the code: [{context}] {source!r}")
                    continue
                for entry in targets:
                    if entry.numerus != isinstance(translation, list):
                        problems.append(f"{file}: [{context}] {source!r} wants {'forms' if entry.numerus else 'text'}")
                        continue
                    entry.translation, entry.finished = translation, True
    locations = {e.key: e.locations for e in extract()[0]}
    for entry in catalogue.values():
        entry.locations = locations.get(entry.key, entry.locations)
    write_ts(path, language, sorted(catalogue.values(), key=lambda e: (e.context, e.locations[:1])))
    return problems


def _placeholders(text: str) -> list[str]:
    return sorted(_FIELD.findall(text))


def problems(language: str, code_entries: list[Entry]) -> Iterator[str]:
    """What keeps the catalogue of `language` from being complete for the code."""
    catalogue = read_ts(ts_path(language))
    for entry in code_entries:
        if language == SOURCE_LANGUAGE and not entry.numerus:
            continue
        where = f"{entry.locations[0][0]}:{entry.locations[0][1]}"
        found = catalogue.get(entry.key)
        label = f"[{entry.context}] {entry.source!r} ({where})"
        if found is None or found.numerus != entry.numerus:
            yield f"{language}: not in the catalogue (run update): {label}"
        elif not found.translated():
            yield f"{language}: untranslated: {label}"
        else:
            forms = found.translation if isinstance(found.translation, list) else [found.translation]
            wanted = [p for p in _placeholders(entry.source) if p != "%n"]
            for form in forms:
                if [p for p in _placeholders(form) if p != "%n"] != wanted:
                    yield f"{language}: placeholders differ in {form!r}: {label}"


def check() -> list[str]:
    entries, errors = extract()
    return errors + [problem for language in LANGUAGES for problem in problems(language, entries)]


def lrelease() -> str:
    """The path of Qt's lrelease: PySide6's, else pyside6-lrelease or lrelease on PATH."""
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        for name in ("lrelease", "lrelease.exe"):
            candidate = Path(folder) / name
            if candidate.exists():
                return str(candidate)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise I18nError("Qt's lrelease was not found: install PySide6-Essentials")
    return found


def compile_catalogues(outdir: Path | None = None, ts_dir: Path = TS_DIR) -> list[Path]:
    """Compile every exec_desk_*.ts of `ts_dir` to a .qm in `outdir` (default: beside it)."""
    target = outdir or ts_dir
    target.mkdir(parents=True, exist_ok=True)
    tool = lrelease()
    written = []
    for ts in sorted(ts_dir.glob("exec_desk_*.ts")):
        qm = target / ts.with_suffix(".qm").name
        result = subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True)
        if result.returncode != 0 or not qm.exists():
            raise I18nError(f"lrelease failed on {ts}: {result.stdout}{result.stderr}")
        written.append(qm)
    return written


def main(argv: list[str]) -> int:
    command, args = (argv[0], argv[1:]) if argv else ("", [])
    try:
        if command == "update" and not args:
            print("\n".join(update()))
        elif command == "fill" and args:
            language = "fr"
            if args[0].startswith("--lang="):
                language, args = args[0].removeprefix("--lang="), args[1:]
            issues = fill([Path(a) for a in args], language)
            print("\n".join(issues) if issues else "filled")
            left = [p for p in problems(language, extract()[0]) if "untranslated" in p]
            print(f"{len(left)} entries still to translate in {language}")
        elif command == "compile" and len(args) <= 1:
            for qm in compile_catalogues(Path(args[0]) if args else None):
                print(qm)
        elif command == "check" and not args:
            found = check()
            if found:
                print("\n".join(found))
                print(f"{len(found)} problem(s)")
                return 1
            print("catalogues complete")
        else:
            print(__doc__)
            return 2
    except I18nError as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
