"""What a person may set, checked one way wherever it is set: the settings dialog and `exec-desk config`.

- `kind(decl)`: what a value is, for people and scripts: `bool`, `int`, `float`, `str`, `time` (HH:MM), `url`,
  `enum` (one of its choices), `list[int]`, `list[str]`, `dict`.
- `parse(decl, text)`: a value typed as text (a command line) read into the declared type, then validated by the
  declaration: a bool is true/false (yes/no, on/off, 1/0), a list "0,1,2" or a JSON array, a dict a JSON object;
  text is stripped of surrounding blanks, as the dialog's text fields do. `SettingError` in plain words otherwise.
- `as_text(decl, value)`: a value written the way `parse` reads it.
- `together(values)`: the rules between settings that hold before anything is saved: the working day ends after it
  starts; at least one working day while reminders are on. Each broken rule is a `Problem`: the settings involved,
  the one to correct, and a `Phrase` the UI translates (its English is the CLI's message).
- `check_changes(settings, changes)`: every value validated, then the rules on the values as they would be after
  the change; the first problem raises `SettingError`. Nothing is saved here.

Shortcut keys are the one check that needs Qt (its key-sequence parser): `exec_desk.ui.shortcuts.resolve_bindings`.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from exec_desk.core.i18n import Phrase
from exec_desk.storage.settings import TIME_PATTERN, URL_PATTERN, Setting, SettingError

if TYPE_CHECKING:
    from exec_desk.storage.settings import Settings

_KINDS: dict[type, str] = {bool: "bool", int: "int", float: "float", str: "str", dict: "dict"}
_TRUE = ("true", "yes", "on", "1")
_FALSE = ("false", "no", "off", "0")


def kind(decl: Setting[Any]) -> str:
    if decl.type is list:
        return f"list[{_KINDS.get(decl.item_type or str, 'str')}]"
    if decl.choices is not None:
        return "enum"
    return {TIME_PATTERN: "time", URL_PATTERN: "url"}.get(decl.pattern or "", _KINDS.get(decl.type, "str"))


def parse(decl: Setting[Any], text: str) -> object:
    """`text` as a value of `decl`, validated; `SettingError` when it is not one."""
    raw = text.strip()
    if decl.type is bool:
        if raw.lower() not in _TRUE + _FALSE:
            raise SettingError(f"{decl.name}: expected true or false, got {raw!r}")
        return decl.validate(raw.lower() in _TRUE)
    if decl.type is list:
        return decl.validate(_list(decl, raw))
    if decl.type is dict:
        try:
            value = json.loads(raw)
        except ValueError:
            raise SettingError(f'{decl.name}: expected a JSON object such as {{"retweet": "T"}}') from None
        return decl.validate(value)
    if decl.type in (int, float):
        return decl.validate(_number(decl, decl.type, raw))
    return decl.validate(raw)


def _number(decl: Setting[Any], kind: type, raw: str) -> object:
    try:
        value = int(raw) if kind is int else float(raw)
    except ValueError:
        what = "a whole number" if kind is int else "a number"
        raise SettingError(f"{decl.name}: expected {what}, got {raw!r}") from None
    if not math.isfinite(value):
        raise SettingError(f"{decl.name}: expected a finite number, got {raw!r}")
    return value


def _list(decl: Setting[Any], raw: str) -> object:
    if raw.startswith("["):
        try:
            return json.loads(raw)
        except ValueError:
            raise SettingError(f"{decl.name}: expected a list such as 0,1,2 or [0, 1, 2]") from None
    items = [item.strip() for item in raw.split(",")] if raw else []
    item_type = decl.item_type or str
    return [_number(decl, item_type, item) if item_type in (int, float) else item for item in items]


def as_text(decl: Setting[Any], value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ",".join(str(item) for item in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


@dataclass(frozen=True)
class Problem:
    """A rule between settings that the values break."""

    names: tuple[str, ...]
    focus: str
    phrase: Phrase


def _valid(values: Mapping[str, object], name: str, decl: Setting[Any]) -> bool:
    try:
        decl.validate(values.get(name))
    except SettingError:
        return False
    return True


def together(values: Mapping[str, object], declarations: Mapping[str, Setting[Any]]) -> list[Problem]:
    """The rules between settings that `values` (name → value; a missing one is not checked) break."""
    found: list[Problem] = []
    start, end = values.get("work_start"), values.get("work_end")
    if (
        all(name in values and _valid(values, name, declarations[name]) for name in ("work_start", "work_end"))
        and str(end) <= str(start)  # HH:MM compares as text
    ):
        phrase = Phrase.of(
            "SettingsDialog",
            "The working day must end after it starts: {end} is not after {start}.",
            start=str(start),
            end=str(end),
        )
        found.append(Problem(("work_start", "work_end"), "work_end", phrase))
    if values.get("reminders_enabled") is True and values.get("work_days", [0]) == []:
        phrase = Phrase.of("SettingsDialog", "Choose at least one working day, or turn reminders off.")
        found.append(Problem(("reminders_enabled", "work_days"), "work_days", phrase))
    return found


def check_changes(settings: Settings, changes: Mapping[str, object]) -> dict[str, object]:
    """`changes` validated (name → normalised value), the rules checked on the result; `SettingError` if not."""
    checked = {name: settings.declaration(name).validate(value) for name, value in changes.items()}
    after = {decl.name: settings.get(decl.name) for decl in settings.declarations} | checked
    problems = together(after, {decl.name: decl for decl in settings.declarations})
    if problems:
        raise SettingError(problems[0].phrase.english())
    return checked
