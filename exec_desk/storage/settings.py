"""User settings, declared once with a type, a default and a description, stored in a JSON file.

`SETTINGS` lists every declaration; the settings dialog and the documentation can be generated from it. `Settings`
loads the file (a bad value is reported in `problems` and replaced by its default, never a crash), validates every
change (`SettingError` with a plain message; nothing is saved), saves atomically (temporary file + `os.replace`),
only values that differ from their default, and tells subscribers about changes. `update(mapping)` changes several
settings at once (all validated before the one save), as the settings dialog does.

Environment override: `EXEC_DESK_API_URL` replaces `api_base_url` at read time (never saved).
"""

from __future__ import annotations

import builtins
import contextlib
import json
import logging
import os
import re
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from exec_desk.core import post_limits
from exec_desk.core.callback import DEFAULT_REDIRECT_PORT, PORT_MAXIMUM, PORT_MINIMUM

log = logging.getLogger(__name__)

T = TypeVar("T")

API_URL_ENV = "EXEC_DESK_API_URL"
_TIME_PATTERN = r"([01]\d|2[0-3]):[0-5]\d"
_URL_PATTERN = r"https?://[^\s/?#]+(/[^\s?#]*)?"


class SettingError(ValueError):
    """An invalid value for a setting, or an unknown setting; the message is plain words for the user."""


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One declared setting.

    `type` is the Python type of the value (`str`, `int`, `float`, `bool`, `list` or `dict`). For a `list`,
    `item_type`, `choices`, `minimum` and `maximum` apply to each item; for a `dict`, keys and values are strings.
    `pattern` is a regular expression a `str` value must match in full. `env` names an environment variable that
    overrides the value at read time.
    """

    name: str
    type: builtins.type[T]
    default: T
    description: str
    choices: tuple[object, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None
    item_type: builtins.type | None = None
    pattern: str | None = None
    env: str | None = None

    def validate(self, value: object) -> T:
        """Return `value` normalised (an int for a float setting becomes a float), or raise `SettingError`."""
        if self.type is list:
            if not isinstance(value, list | tuple):
                raise SettingError(f"{self.name}: expected a list, got {_shown(value)}")
            items = [self._check_scalar(item, self.item_type or str, what="item") for item in value]
            if len(set(map(repr, items))) != len(items):
                raise SettingError(f"{self.name}: the list has duplicate items")
            return cast(T, items)
        if self.type is dict:
            if not isinstance(value, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in value.items()
            ):
                raise SettingError(f"{self.name}: expected a mapping of text to text, got {_shown(value)}")
            return cast(T, dict(value))
        return cast(T, self._check_scalar(value, self.type, what="value"))

    def _check_scalar(self, value: object, kind: builtins.type, *, what: str) -> object:
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise SettingError(f"{self.name}: expected {_type_name(kind)} {what}, got {_shown(value)}")
        if self.choices is not None and value not in self.choices:
            allowed = ", ".join(repr(c) for c in self.choices)
            raise SettingError(f"{self.name}: {_shown(value)} is not one of {allowed}")
        if isinstance(value, int | float) and not isinstance(value, bool):
            if self.minimum is not None and value < self.minimum:
                raise SettingError(f"{self.name}: {value} is below the minimum {_num(self.minimum)}")
            if self.maximum is not None and value > self.maximum:
                raise SettingError(f"{self.name}: {value} is above the maximum {_num(self.maximum)}")
        if self.pattern is not None and isinstance(value, str) and not re.fullmatch(self.pattern, value):
            raise SettingError(f"{self.name}: {_shown(value)} is not in the expected format")
        return value


def _type_name(kind: type) -> str:
    return {str: "a text", int: "a whole-number", float: "a number", bool: "a true/false"}.get(kind, kind.__name__)


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


API_BASE_URL = Setting(
    "api_base_url",
    str,
    "https://api.x.com",
    f"Base URL of the X API (fake server, proxy or gateway). The environment variable {API_URL_ENV} overrides it.",
    pattern=_URL_PATTERN,
    env=API_URL_ENV,
)
REDIRECT_PORT = Setting(
    "redirect_port",
    int,
    DEFAULT_REDIRECT_PORT,
    "Loopback port of the OAuth 2.0 sign-in: X sends the browser back to http://127.0.0.1:<port>/callback, which "
    "must be registered exactly on your X developer app.",
    minimum=PORT_MINIMUM,
    maximum=PORT_MAXIMUM,
)
SESSION_MINUTES = Setting("session_minutes", int, 5, "Length of a reading session, in minutes.", minimum=1, maximum=60)
SESSION_CAP = Setting("session_cap", int, 30, "Most posts shown in one session.", minimum=5, maximum=200)
SESSION_EXTEND_MINUTES = Setting(
    "session_extend_minutes", int, 2, "Minutes added when a session is extended.", minimum=1, maximum=30
)
RETWEET_UNDO_SECONDS = Setting(
    "retweet_undo_seconds",
    int,
    8,
    "Seconds during which a retweet can be undone before it is sent.",
    minimum=0,
    maximum=60,
)
REMINDERS_ENABLED = Setting("reminders_enabled", bool, True, "Remind me to take a session during work hours.")
REMINDER_EVERY_MINUTES = Setting(
    "reminder_every_minutes", int, 120, "Minutes between two reminders.", minimum=15, maximum=24 * 60
)
WORK_START = Setting("work_start", str, "09:00", "Start of the working day (HH:MM, local time).", pattern=_TIME_PATTERN)
WORK_END = Setting("work_end", str, "18:00", "End of the working day (HH:MM, local time).", pattern=_TIME_PATTERN)
WORK_DAYS = Setting(
    "work_days",
    list,
    [0, 1, 2, 3, 4],
    "Working days (0 = Monday … 6 = Sunday).",
    item_type=int,
    minimum=0,
    maximum=6,
)
COOLOFF_MINUTES = Setting(
    "cooloff_minutes",
    int,
    10,
    "Cool-off: minutes a new post waits in the outbox before it is sent (you can undo until then; 0 sends at once).",
    minimum=0,
    maximum=240,
)
MONTHLY_BUDGET_USD = Setting(
    "monthly_budget_usd",
    float,
    20.0,
    "Monthly X API budget in US dollars: once reached, sessions fetch nothing new (0: no budget).",
    minimum=0.0,
    maximum=100_000.0,
)
THREAD_CAP = Setting(
    "thread_cap",
    int,
    post_limits.THREAD_CAP,
    "Most posts in one thread: a longer text is refused (by the composer and `exec-desk post`).",
    minimum=2,
    maximum=200,
)
CONFIRM_COST_USD = Setting(
    "confirm_cost_usd",
    float,
    post_limits.CONFIRM_COST_USD,
    "Estimated cost in US dollars above which a post or thread is sent only once confirmed (the composer asks; "
    "`exec-desk post` needs --yes). 0: always ask.",
    minimum=0.0,
    maximum=10_000.0,
)
LANGUAGE = Setting("language", str, "system", "Language of the interface.", choices=("system", "en", "fr"))
SHORTCUTS = Setting(
    "shortcuts", dict, {}, "Keyboard shortcuts, action name → key sequence; empty means the built-in defaults."
)
ACTIVE_ACCOUNT = Setting("active_account", str, "", "Key of the account in use (empty: none yet).")
OPEN_AT_LOGIN = Setting("open_at_login", bool, False, "Start Exec Desk when I log in.")

SETTINGS: tuple[Setting[Any], ...] = (
    API_BASE_URL,
    REDIRECT_PORT,
    SESSION_MINUTES,
    SESSION_CAP,
    SESSION_EXTEND_MINUTES,
    RETWEET_UNDO_SECONDS,
    REMINDERS_ENABLED,
    REMINDER_EVERY_MINUTES,
    WORK_START,
    WORK_END,
    WORK_DAYS,
    COOLOFF_MINUTES,
    THREAD_CAP,
    CONFIRM_COST_USD,
    MONTHLY_BUDGET_USD,
    LANGUAGE,
    SHORTCUTS,
    ACTIVE_ACCOUNT,
    OPEN_AT_LOGIN,
)

Subscriber = Callable[[str, object], None]


class Settings:
    """The user's settings, backed by a JSON file. Thread-safe; subscribers are called on the caller's thread.

    `problems` lists, in plain words, what was wrong with the file when it was loaded (the UI may show it).
    """

    def __init__(
        self,
        path: Path,
        *,
        env: Mapping[str, str] = os.environ,
        declarations: Sequence[Setting[Any]] = SETTINGS,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.path = path
        self._env = env
        self._clock = clock
        self._decls = {d.name: d for d in declarations}
        self._lock = threading.RLock()
        self._values: dict[str, object] = {}
        self._unknown: dict[str, object] = {}
        self._subscribers: list[Subscriber] = []
        self.problems: list[str] = []
        self._load()
        for decl in self._decls.values():
            raw = self._env.get(decl.env) if decl.env else None
            if raw:
                try:
                    decl.validate(raw)
                except SettingError as exc:
                    self._problem(f"The environment variable {decl.env} is ignored: {exc}")

    @property
    def declarations(self) -> tuple[Setting[Any], ...]:
        return tuple(self._decls.values())

    def declaration(self, name: str) -> Setting[Any]:
        try:
            return self._decls[name]
        except KeyError:
            raise SettingError(f"There is no setting named {name!r}.") from None

    def get(self, name: str) -> Any:
        """The value of `name`: environment override, else the saved value, else the default."""
        return self._current(self.declaration(name))

    def value(self, setting: Setting[T]) -> T:
        """Typed read: `settings.value(SESSION_MINUTES)` is an `int`."""
        return cast(T, self._current(self.declaration(setting.name)))

    def overridden_by(self, name: str) -> str | None:
        """The environment variable currently overriding `name`, if any (the UI greys the field out)."""
        decl = self.declaration(name)
        return decl.env if self._override(decl) is not None else None

    def set(self, name: str, value: object) -> None:
        """Validate, save and notify; on invalid input raise `SettingError` and change nothing."""
        decl = self.declaration(name)
        checked = decl.validate(value)
        self._change(decl, checked)

    def update(self, changes: Mapping[str, object]) -> None:
        """Several settings at once: validate every value first, then save the file once and notify.

        On the first invalid value (or unknown name) raise `SettingError` and change nothing at all.
        """
        checked: list[tuple[Setting[Any], object]] = []
        for name, value in changes.items():
            decl = self.declaration(name)
            checked.append((decl, decl.validate(value)))
        self._apply(checked)

    def reset(self, name: str) -> None:
        """Back to the default value."""
        decl = self.declaration(name)
        self._change(decl, decl.default)

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Call `callback(name, new_value)` after each change; return a function that unsubscribes."""
        with self._lock:
            self._subscribers.append(callback)

        def unsubscribe() -> None:
            with self._lock, contextlib.suppress(ValueError):
                self._subscribers.remove(callback)

        return unsubscribe

    def _current(self, decl: Setting[Any]) -> object:
        override = self._override(decl)
        if override is not None:
            return override
        with self._lock:
            return _copy(self._values.get(decl.name, decl.default))

    def _override(self, decl: Setting[Any]) -> object | None:
        raw = self._env.get(decl.env) if decl.env else None
        if not raw:
            return None
        try:
            return cast(object, decl.validate(raw))
        except SettingError:
            return None  # reported once in `problems` when loading

    def _change(self, decl: Setting[Any], value: object) -> None:
        self._apply([(decl, value)])

    def _apply(self, checked: Sequence[tuple[Setting[Any], object]]) -> None:
        """Save the validated values that differ from the current ones in one write, then notify for each."""
        with self._lock:
            values = dict(self._values)
            changed: list[tuple[str, object]] = []
            for decl, value in checked:
                if values.get(decl.name, decl.default) == value:
                    continue
                if value == decl.default:
                    values.pop(decl.name, None)
                else:
                    values[decl.name] = value
                changed.append((decl.name, value))
            if not changed:
                return
            self._save(values)
            self._values = values
            subscribers = list(self._subscribers)
        for name, value in changed:
            for callback in subscribers:
                callback(name, _copy(value))

    def _load(self) -> None:
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return
        except OSError as exc:
            self._problem(f"The settings file {self.path} could not be read ({exc}); defaults are used.")
            return
        try:
            data = json.loads(raw)
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
        except ValueError as exc:
            aside = self.path.with_name(f"{self.path.name}.corrupt-{self._clock().astimezone(UTC):%Y%m%dT%H%M%SZ}")
            os.replace(self.path, aside)
            self._problem(f"The settings file was unreadable ({exc}); it was moved to {aside} and defaults are used.")
            return
        for name, value in data.items():
            decl = self._decls.get(name)
            if decl is None:
                self._unknown[name] = value
                log.info("settings: keeping unknown setting %r (from a newer version?)", name)
                continue
            try:
                self._values[name] = decl.validate(value)
            except SettingError as exc:
                self._problem(f"{exc}; the default {decl.default!r} is used instead.")

    def _problem(self, message: str) -> None:
        log.warning("settings: %s", message)
        self.problems.append(message)

    def _save(self, values: Mapping[str, object]) -> None:
        data = {**self._unknown, **values}
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        import tempfile  # only when saving: keeps start-up lean

        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle, indent=2, sort_keys=True, ensure_ascii=False)
                handle.write("\n")
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise


def _copy(value: object) -> object:
    """Lists and dicts are handed out as copies so callers cannot change the stored value behind our back."""
    if isinstance(value, list):
        return list(value)
    if isinstance(value, dict):
        return dict(value)
    return value
