"""`exec-desk config list | get NAME | set NAME VALUE | unset NAME`: every declared setting from the command line,
for IT departments and scripts. Imports no Qt (but for checking shortcut keys, which needs Qt's key parser).

A value is read as its declaration's kind says (`storage.setting_checks.parse`: true/false, whole numbers, HH:MM,
`0,1,2` for a list, a JSON object for the shortcuts) and checked as the settings dialog checks it: the declaration,
the rules between settings (`setting_checks.together`), the shortcut keys (`ui.shortcuts.resolve_bindings`). Bad
input: a plain message on standard error, exit status 2, nothing saved. A good one is saved atomically under the
settings lock (`storage.settings_file`), so the running app's own saves never lose it, and the running Exec Desk of
the profile is asked to read its settings again (the request "settings" on its single-instance socket), so it
uses the new value at once.

`--json` (list, get) prints, for each setting, `{"name", "value", "default", "type", "description"}`: `value` is
the value in use (an environment variable's, when one overrides the setting), `type` its kind (`bool`, `int`,
`float`, `str`, `time`, `url`, `enum`, `list[int]`, `list[str]`, `dict`). A list prints a JSON array; get prints
one object.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from exec_desk.storage.paths import Paths
from exec_desk.storage.setting_checks import as_text, check_changes, kind, parse
from exec_desk.storage.settings import Setting, SettingError, Settings


def entry(settings: Settings, decl: Setting[Any]) -> dict[str, object]:
    """One setting as the `--json` contract writes it."""
    return {
        "name": decl.name,
        "value": settings.get(decl.name),
        "default": decl.default,
        "type": kind(decl),
        "description": decl.description,
    }


def config(
    *, basedir: Path | None, action: str, name: str | None = None, value: str | None = None, as_json: bool = False
) -> int:
    """Run one `exec-desk config` action; the exit status (0, or 2 on bad input, 1 when the file cannot be written)."""
    paths = Paths.resolve(basedir)
    settings = Settings(paths.settings_file)
    for problem in settings.problems:
        print(f"exec-desk: {problem}", file=sys.stderr)
    if action == "list":
        entries = [entry(settings, decl) for decl in settings.declarations]
        if as_json:
            print(json.dumps(entries, indent=2, ensure_ascii=False))
        for decl in [] if as_json else settings.declarations:
            print(f"{decl.name}={as_text(decl, settings.get(decl.name))}")
        return 0
    try:
        decl = settings.declaration(name or "")
        if action == "get":
            got = settings.get(decl.name)
            print(json.dumps(entry(settings, decl), indent=2, ensure_ascii=False) if as_json else as_text(decl, got))
            return 0
        new = decl.default if action == "unset" else parse(decl, value or "")
        if decl.name == "shortcuts":
            _check_keys(new)
        checked = check_changes(settings, {decl.name: new})[decl.name]
    except SettingError as exc:
        said = str(exc) if str(exc).endswith(".") else f"{exc}."
        print(f"exec-desk: {said} Nothing was saved.", file=sys.stderr)
        return 2
    try:
        settings.set(decl.name, checked)
    except OSError as exc:
        print(f"exec-desk: the settings could not be saved: {exc}", file=sys.stderr)
        return 1
    env = settings.overridden_by(decl.name)
    if env is not None:
        print(f"exec-desk: saved; the environment variable {env} overrides it while it is set.", file=sys.stderr)
    _tell_the_app(paths)
    return 0


def _check_keys(shortcuts: object) -> None:
    """The shortcut keys as the settings dialog checks them (Qt's key parser; no collisions)."""
    from exec_desk.ui.shortcuts import ShortcutError, resolve_bindings

    try:
        resolve_bindings(shortcuts if isinstance(shortcuts, dict) else {})
    except ShortcutError as exc:
        raise SettingError(f"shortcuts: {exc}") from None


def _tell_the_app(paths: Paths) -> None:
    """Ask the Exec Desk running with this profile, if any, to read its settings again."""
    from exec_desk.services.instance import InstanceError, SingleInstance

    instance = SingleInstance(paths.runtime_dir, profile_dir=paths.data_dir)
    try:
        if instance.hand_over("settings"):
            print("exec-desk: the running Exec Desk uses the new value now.", file=sys.stderr)
    except InstanceError as exc:
        print(f"exec-desk: saved; the running Exec Desk could not be told ({exc}): restart it.", file=sys.stderr)
    finally:
        instance.close()
