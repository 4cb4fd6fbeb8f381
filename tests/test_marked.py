"""The layers below the UI (core, services, storage, backends) say nothing to the user that is not marked.

What is checked mechanically, by reading their code:
- every `Phrase`, `Phrase.of` and `Phrase.counted` is made of a template that the translation tool extracts in
  the same context (with the plural mark when counted) and that the French catalogue translates. A template may
  be written in place, be a module constant (a dict or tuple of them: each), be chosen (`A if x else B`,
  `TEMPLATES[kind]`, a local variable, a loop over a local tuple), or be handed to a helper that makes the
  phrase (`said(TEMPLATE, ...)`: then each call of the helper is checked the same way); the few that come from
  data are named in `FROM_DATA`, with where their values are;
- no `Message(...)` part and no signal (`.emit(...)`) carries text built in English: a string literal, an
  f-string, `%`, `+` or `.format()`.
"""

from __future__ import annotations

import ast
import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from exec_desk.core.sources import DEFAULT_GROUPS
from exec_desk.services.accounts.diagnosis import CHECKS
from tests.support.catalogues import ROOT, tool

LAYERS = ("core", "services", "storage", "backends")
MARKERS = ("QT_TRANSLATE_NOOP", "QT_TRANSLATE_N_NOOP")
#: core.i18n defines Phrase and reads stored ones back: its Phrase(...) calls are not messages.
SKIPPED = {"exec_desk/core/i18n.py"}
#: Templates that come from data, by (module, expression as written): where their values are.
FROM_DATA: dict[tuple[str, str], Callable[[], list[str]]] = {
    # A default group's name is translated; the user's own group names are their words (looked up, never marked).
    ("exec_desk/core/queue.py", "candidate.group.name"): lambda: [spec.name for spec in DEFAULT_GROUPS],
    ("exec_desk/services/fetcher.py", "label"): lambda: [spec.name for spec in DEFAULT_GROUPS],
    # The label of a kind of file people attach by mistake (`_OTHER_KINDS`).
    ("exec_desk/core/media/checks.py", "what"): lambda: [
        label for _magic, label in importlib.import_module("exec_desk.core.media.checks")._OTHER_KINDS
    ],
    # The checklist's texts (`CHECKS`, each marked where it is written).
    ("exec_desk/services/accounts/diagnosis.py", "self.title"): lambda: [check.title for check in CHECKS],
    ("exec_desk/services/accounts/diagnosis.py", "self.how"): lambda: [check.how for check in CHECKS],
}


@dataclass(frozen=True)
class Module:
    path: str
    tree: ast.Module
    module: ModuleType
    parents: dict[ast.AST, ast.AST]

    def enclosing(self, node: ast.AST, kind: type[ast.AST] | tuple[type[ast.AST], ...]) -> Any:
        while node in self.parents:
            node = self.parents[node]
            if isinstance(node, kind):
                return node
        return None


@dataclass(frozen=True)
class Use:
    """A template as a phrase (or a helper making one) gets it: the context, and whether it is counted."""

    context: str
    counted: bool


def _modules() -> list[Module]:
    found = []
    for layer in LAYERS:
        for file in sorted((ROOT / "exec_desk" / layer).rglob("*.py")):
            path = file.relative_to(ROOT).as_posix()
            if path in SKIPPED:
                continue
            tree = ast.parse(file.read_text(encoding="utf-8"), filename=path)
            parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
            name = path.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
            found.append(Module(path, tree, importlib.import_module(name), parents))
    return found


def _phrase_call(node: ast.Call) -> str | None:
    """ "of", "counted" or "new" when `node` makes a `Phrase`."""
    func = node.func
    if isinstance(func, ast.Name) and func.id == "Phrase":
        return "new"
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "Phrase":
        return func.attr if func.attr in ("of", "counted") else None
    return None


def _strings(value: object) -> Iterator[str]:
    """The strings of a constant: itself, or those inside a dict's values or a tuple or list."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _strings(item)


def _parameter(module: Module, node: ast.expr) -> tuple[ast.FunctionDef, int, str] | None:
    """(the function, position, name) when `node` is a parameter of the function it is in."""
    if not isinstance(node, ast.Name):
        return None
    function = module.enclosing(node, (ast.FunctionDef, ast.AsyncFunctionDef))
    if function is None:
        return None
    names = [a.arg for a in (*function.args.posonlyargs, *function.args.args)]
    return (function, names.index(node.id), node.id) if node.id in names else None


def _local(module: Module, node: ast.Name) -> list[ast.expr]:
    """Every value assigned plainly (`name = value`) to the local name `node` in its function."""
    function = module.enclosing(node, (ast.FunctionDef, ast.AsyncFunctionDef))
    if function is None:
        return []
    values = [
        n.value
        for n in ast.walk(function)
        if isinstance(n, ast.Assign) and any(isinstance(t, ast.Name) and t.id == node.id for t in n.targets)
    ]
    for loop in (n for n in ast.walk(function) if isinstance(n, ast.For)):
        if not isinstance(loop.iter, ast.Name):
            continue
        # `for read, words in readers:` over a local tuple of tuples: the `words` of each
        names = loop.target.elts if isinstance(loop.target, ast.Tuple) else [loop.target]
        index = next((i for i, t in enumerate(names) if isinstance(t, ast.Name) and t.id == node.id), None)
        if index is None:
            continue
        for rows in _local(module, loop.iter):
            for row in rows.elts if isinstance(rows, ast.Tuple | ast.List) else []:
                if isinstance(loop.target, ast.Tuple) and isinstance(row, ast.Tuple) and index < len(row.elts):
                    values.append(row.elts[index])
                elif not isinstance(loop.target, ast.Tuple):
                    values.append(row)
    return values


class Templates:
    """Every template below the UI, resolved to its strings: (module, line, context, counted, template)."""

    def __init__(self, modules: list[Module]) -> None:
        self.modules = modules
        self.found: list[tuple[str, int, str, bool, str]] = []
        self.problems: list[str] = []
        #: Helpers: (module name, qualified name) → {parameter position: (name, use)}.
        self.helpers: dict[tuple[str, str], dict[int, tuple[str, Use]]] = {}

    def run(self) -> None:
        for module in self.modules:
            for node in ast.walk(module.tree):
                if isinstance(node, ast.Call) and (kind := _phrase_call(node)) is not None:
                    if len(node.args) < 2:
                        self.problems.append(f"{module.path}:{node.lineno}: a Phrase without its template")
                        continue
                    context = self._context(module, node.args[0])
                    if context is None:
                        self.problems.append(f"{module.path}:{node.lineno}: the context is not a constant")
                        continue
                    self._resolve(module, node.args[1], Use(context, kind == "counted"))
        checked: set[tuple[str, str, int]] = set()
        while True:  # helpers found make their callers' arguments templates, which may find more helpers
            pending = [
                (key, position, name, use)
                for key, positions in self.helpers.items()
                for position, (name, use) in positions.items()
                if (key[0], key[1], position) not in checked
            ]
            if not pending:
                return
            for key, position, name, use in pending:
                checked.add((key[0], key[1], position))
                for module, call in self._calls(key):
                    argument = self._argument(call, position, name, key)
                    if argument is not None:
                        self._resolve(module, argument, use)

    def _context(self, module: Module, node: ast.expr) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.Name) and isinstance(getattr(module.module, node.id, None), str):
            return str(getattr(module.module, node.id))
        return None

    def _resolve(self, module: Module, node: ast.expr, use: Use) -> None:
        where = f"{module.path}:{node.lineno}"
        written = ast.unparse(node)
        if (module.path, written) in FROM_DATA:
            for text in FROM_DATA[module.path, written]():
                self.found.append((module.path, node.lineno, use.context, use.counted, text))
            return
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            self.found.append((module.path, node.lineno, use.context, use.counted, node.value))
        elif isinstance(node, ast.Call) and ast.unparse(node.func) in MARKERS and len(node.args) > 1:
            self._resolve(module, node.args[1], use)  # QT_TRANSLATE_NOOP(context, text): marked where it is used
        elif isinstance(node, ast.IfExp):
            self._resolve(module, node.body, use)
            self._resolve(module, node.orelse, use)
        elif isinstance(node, ast.Subscript):
            self._resolve(module, node.value, use)
        elif isinstance(node, ast.Name) and (parameter := _parameter(module, node)) is not None:
            function, position, name = parameter
            key = (module.module.__name__, self._qualname(module, function))
            self.helpers.setdefault(key, {})[position] = (name, use)
        elif isinstance(node, ast.Name) and hasattr(module.module, node.id):
            texts = list(_strings(getattr(module.module, node.id)))
            if not texts:
                self.problems.append(f"{where}: {written} holds no text")
            for text in texts:
                self.found.append((module.path, node.lineno, use.context, use.counted, text))
        elif isinstance(node, ast.Name) and (values := _local(module, node)):
            for value in values:  # each value it may have
                self._resolve(module, value, use)
        else:
            self.problems.append(f"{where}: the template {written!r} cannot be traced to marked text")

    def _qualname(self, module: Module, function: ast.FunctionDef) -> str:
        owner = module.enclosing(function, ast.ClassDef)
        return f"{owner.name}.{function.name}" if owner is not None else function.name

    def _calls(self, key: tuple[str, str]) -> Iterator[tuple[Module, ast.Call]]:
        """The calls of the helper `key` below the UI: by its name (as imported where it is called), or as a
        method of its own class (`self.name(...)`)."""
        owner, _, name = key[1].rpartition(".")
        for module in self.modules:
            for node in ast.walk(module.tree):
                if not isinstance(node, ast.Call):
                    continue
                func = node.func
                if isinstance(func, ast.Name) and func.id == name and not owner:
                    target = getattr(module.module, name, None)
                    if (getattr(target, "__module__", None), getattr(target, "__qualname__", None)) == key:
                        yield module, node
                elif isinstance(func, ast.Attribute) and func.attr == name and owner:
                    within = module.enclosing(node, ast.ClassDef)
                    if module.module.__name__ == key[0] and within is not None and within.name == owner:
                        yield module, node

    @staticmethod
    def _argument(call: ast.Call, position: int, name: str, key: tuple[str, str]) -> ast.expr | None:
        index = position - (1 if "." in key[1] else 0)  # a method's `self` is not written at the call
        if 0 <= index < len(call.args) and not any(isinstance(a, ast.Starred) for a in call.args[: index + 1]):
            return call.args[index]
        return next((k.value for k in call.keywords if k.arg == name), None)


def _unmarked(found: list[tuple[str, int, str, bool, str]]) -> list[str]:
    """What of `found` the translation tool does not extract as used, or French does not translate."""
    i18n = tool()
    extracted = {(e.context, e.source): e.numerus for e in i18n.extract()[0]}
    french = i18n.read_ts(i18n.ts_path("fr"))
    translated = {(e.context, e.source) for e in french.values() if e.translated()}
    problems = []
    for path, line, context, counted, text in found:
        label = f"{path}:{line}: [{context}] {text!r}"
        if (context, text) not in extracted:
            problems.append(f"{label} is not marked (packaging/i18n.py does not extract it)")
        elif extracted[context, text] != counted:
            problems.append(f"{label} is {'not ' if counted else ''}marked as a plural but used as one")
        elif (context, text) not in translated:
            problems.append(f"{label} has no French translation")
    return problems


def test_every_phrase_below_the_ui_is_made_of_marked_translated_text() -> None:
    templates = Templates(_modules())
    templates.run()
    assert templates.problems == []
    assert _unmarked(templates.found) == []
    assert len(templates.found) > 150  # the check saw the templates (of media, compose, outbox, fetcher, ...)
    helpers = {name for _module, name in templates.helpers}
    assert {"said", "_said", "say", "refusal", "Settings._problem"} <= helpers


def _english_built(node: ast.expr) -> bool:
    """Text put together in English: a non-empty string literal, an f-string, `%`, `+` or `.format()`."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and bool(node.value)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod | ast.Add):
        return _english_built(node.left) or _english_built(node.right)
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format"


def test_no_message_part_or_signal_below_the_ui_is_english_built_in_place() -> None:
    problems = []
    for module in _modules():
        for node in ast.walk(module.tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name in ("Message", "emit"):
                for argument in node.args:
                    if _english_built(argument):
                        problems.append(f"{module.path}:{node.lineno}: {name}({ast.unparse(argument)})")
    assert problems == []


def test_the_checks_catch_unmarked_text() -> None:
    """The checks above fail on what they are meant to catch."""
    code = ast.parse(
        "def f(n):\n"
        "    status.emit(f'Fetching {n} sources…')\n"
        "    Message('Up to date')\n"
        "    Message(Phrase.of('Fetcher', LOCAL))\n"
    )
    calls = [ast.unparse(n.func) for n in ast.walk(code) if isinstance(n, ast.Call) and n.args]
    built = [ast.unparse(n.func) for n in ast.walk(code) if isinstance(n, ast.Call) and _english_built(n.args[0])]
    assert calls == ["status.emit", "Message", "Message", "Phrase.of"]
    assert built == ["status.emit", "Message", "Phrase.of"]  # (a literal template is fine: it is extracted)
    parents = {child: node for node in ast.walk(code) for child in ast.iter_child_nodes(node)}
    templates = Templates([Module("exec_desk/services/probe.py", code, ModuleType("probe"), parents)])
    templates.run()
    assert templates.problems == ["exec_desk/services/probe.py:4: the template 'LOCAL' cannot be traced to marked text"]
    found = [("probe.py", 1, "Fetcher", False, "Up to date"), ("probe.py", 2, "Fetcher", False, "Not marked")]
    found.append(("probe.py", 3, "Fetcher", False, "Fetching %Ln source(s)…"))  # a plural used as a plain text
    assert _unmarked(found) == [
        "probe.py:2: [Fetcher] 'Not marked' is not marked (packaging/i18n.py does not extract it)",
        "probe.py:3: [Fetcher] 'Fetching %Ln source(s)…' is marked as a plural but used as one",
    ]
