"""User settings, declared once with a type, a default and a description, stored in a JSON file.

`SETTINGS` lists every declaration; the settings dialog and the documentation can be generated from it. `Settings`
loads the file (a bad value is reported in `problems` and replaced by its default, never a crash), validates every
change (`SettingError` with a plain message; nothing is saved), saves atomically (temporary file + `os.replace`),
only values that differ from their default, and tells subscribers about changes. `update(mapping)` changes several
settings at once (all validated before the one save), as the settings dialog does.

Another process may change the file (`exec-desk config set` while the app runs): every save holds a lock on the
settings folder (`flock`, POSIX) and starts from what the file holds then, so neither side loses the other's change;
`reload()` reads the file again and tells subscribers what changed (the app calls it when `exec-desk config` asks).

Environment override: `EXEC_DESK_API_URL` replaces `api_base_url` at read time (never saved).

Why one module: a setting is declared once, here, beside the others (the dialog, `exec-desk config` and the docs
read this one list), and the store of their values is the class that validates them against it.
"""

from __future__ import annotations

import builtins
import contextlib
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
from exec_desk.core.i18n import QT_TRANSLATE_NOOP, Field, Message, Phrase
from exec_desk.core.signal.watch import STARTER_WORDS
from exec_desk.storage.settings_file import locked, read_file, saved_values, write_file

log = logging.getLogger(__name__)

T = TypeVar("T")

API_URL_ENV = "EXEC_DESK_API_URL"
TIME_PATTERN = r"([01]\d|2[0-3]):[0-5]\d"
URL_PATTERN = r"https?://[^\s/?#]+(/[^\s?#]*)?"
#: A calendar: an http(s), webcal or file: address, or an absolute path (~ allowed); empty for none.
_CALENDAR_PATTERN = r"((https?|webcals?)://[^\s/?#]+\S*|file:///\S*|[/~].*|[A-Za-z]:[\\/].*)?"
_EMAIL_PATTERN = r"([^\s@:]+@[^\s@]+\.[^\s@]+)?"
#: A folder: an absolute path (~ allowed), or empty for none.
_FOLDER_PATTERN = r"([/~].*|[A-Za-z]:[\\/].*)?"
#: A quiet period: `YYYY-MM-DD..YYYY-MM-DD`, both days included, then an optional name.
QUIET_PERIOD_PATTERN = r"\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}( +\S.*)?"
#: The words of a post that disclose: English and French, as listed in the README (a company adds its ticker).
DEFAULT_DISCLOSURE_WORDS = [
    "results",
    "earnings",
    "revenue",
    "guidance",
    "forecast",
    "outlook",
    "acquisition",
    "merger",
    "dividend",
    "résultats",
    "chiffre d'affaires",
    "prévisions",
    "perspectives",
    "objectifs",
    "fusion",
    "rachat",
    "dividende",
]


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
    pattern=URL_PATTERN,
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
    "reminder_every_minutes",
    int,
    180,
    "Minutes between two reminders (every 3 hours by default: three five-minute sessions fit a working day in 15 "
    "minutes, and a mention waits less than the 4 working hours of its response clock).",
    minimum=15,
    maximum=24 * 60,
)
WORK_START = Setting("work_start", str, "09:00", "Start of the working day (HH:MM, local time).", pattern=TIME_PATTERN)
WORK_END = Setting("work_end", str, "18:00", "End of the working day (HH:MM, local time).", pattern=TIME_PATTERN)
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
KEEP_POSTS_DAYS = Setting(
    "keep_posts_days",
    int,
    30,
    "Days cached posts are kept before they are forgotten (what you read stays marked read; a session looks back "
    "one week).",
    minimum=8,
    maximum=365,
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
CALENDAR = Setting(
    "calendar",
    str,
    "",
    "Your calendar, read only: an .ics file (its absolute path), an ICS address (http:// or https://, as Outlook "
    "and Google publish it) or a CalDAV calendar's address. Sessions are then proposed in its free gaps; empty: "
    "reminders come every reminder_every_minutes.",
    pattern=_CALENDAR_PATTERN,
)
CALENDAR_PROTOCOL = Setting(
    "calendar_protocol",
    str,
    "ics",
    "How a calendar address is read: ics (a published ICS address) or caldav (a CalDAV server).",
    choices=("ics", "caldav"),
)
CALENDAR_USERNAME = Setting(
    "calendar_username", str, "", "User name on the CalDAV server (its password stays in the system keyring)."
)
CALENDAR_EMAIL = Setting(
    "calendar_email",
    str,
    "",
    "Your address in meeting invitations: a meeting you declined is free time. Empty: the address the CalDAV "
    "server gives for you, if any (else declined meetings count as busy).",
    pattern=_EMAIL_PATTERN,
)
CALENDAR_ALL_DAY_BUSY = Setting(
    "calendar_all_day_busy", bool, False, "All-day events count as busy (by default they leave the day free)."
)
CALENDAR_MARGIN_MINUTES = Setting(
    "calendar_margin_minutes",
    int,
    5,
    "Minutes kept free after a session before the next meeting: a gap is proposed only if it fits both.",
    minimum=1,
    maximum=60,
)
CALENDAR_PROPOSALS_PER_DAY = Setting(
    "calendar_proposals_per_day", int, 4, "Most sessions proposed in a day's calendar gaps.", minimum=1, maximum=20
)
DECK_FOLDER = Setting(
    "deck_folder",
    str,
    "",
    "The approval deck: a folder your team shares (OneDrive, Dropbox, Nextcloud, Syncthing) where they drop "
    "proposals as Markdown or JSON files; decisions are written beside them. Empty: no deck.",
    pattern=_FOLDER_PATTERN,
)
QUIET_PERIODS = Setting(
    "quiet_periods",
    list,
    [],
    "Quiet periods (before results): YYYY-MM-DD..YYYY-MM-DD, both days included, then an optional name. A post "
    "with a disclosure word is held during one.",
    item_type=str,
    pattern=QUIET_PERIOD_PATTERN,
)
QUIET_CALENDAR = Setting(
    "quiet_calendar",
    str,
    "",
    "An investor-relations calendar (an .ics file or address): each of its events is a quiet period.",
    pattern=_CALENDAR_PATTERN,
)
QUIET_DAYS_BEFORE = Setting(
    "quiet_days_before",
    int,
    0,
    "Days before each event of the investor-relations calendar that are quiet too (e.g. 30 before annual results).",
    minimum=0,
    maximum=90,
)
DISCLOSURE_WORDS = Setting(
    "disclosure_words",
    list,
    DEFAULT_DISCLOSURE_WORDS,
    "Words of a post that may disclose (your ticker, results, guidance…): during a quiet period such a post is "
    "held until confirmed with the press release's link.",
    item_type=str,
)
BLOG_FEEDS = Setting(
    "blog_feeds",
    list,
    [],
    "RSS or Atom feeds of your blog or your company's newsroom: each new article becomes a proposal in the deck.",
    item_type=str,
    pattern=URL_PATTERN,
)
FEED_EVERY_MINUTES = Setting(
    "feed_every_minutes", int, 30, "Minutes between two reads of a feed.", minimum=5, maximum=24 * 60
)
# -- the radar, the response clock and the corporate voice (issue 13) -----------------------------------------------
WATCH_NAMES = Setting(
    "watch_names",
    list,
    [],
    "What the radar watches on X: your company's and products' names, your name, the ticker ($ALDR). One recent "
    "search looks for them, within its share of the budget (watch_budget_share).",
    item_type=str,
)
WATCH_WORDS = Setting(
    "watch_words",
    list,
    list(STARTER_WORDS),
    'Crisis words that qualify a watched name ("Aldercrest recall"), English and French; a post that holds one '
    'is marked "watch word".',
    item_type=str,
)
WATCH_BUDGET_SHARE = Setting(
    "watch_budget_share",
    float,
    0.2,
    "Share of the monthly API budget the watch-names search may spend (0.2: a fifth); once spent, it waits for "
    "next month.",
    minimum=0.0,
    maximum=1.0,
)
RADAR_SPIKE_POSTS = Setting(
    "radar_spike_posts", int, 10, "A spike: at least this many posts about a term in the last hour.", minimum=2,
    maximum=10_000,
)  # fmt: skip
RADAR_SPIKE_FACTOR = Setting(
    "radar_spike_factor",
    float,
    4.0,
    "A spike: and at least this many times the usual count of that hour (its baseline).",
    minimum=1.0,
    maximum=100.0,
)
RADAR_POLL_MINUTES = Setting(
    "radar_poll_minutes",
    int,
    15,
    "Between sessions, during working hours, your mentions (and the watch search) are read this often; less often "
    "when the month's budget runs low.",
    minimum=5,
    maximum=24 * 60,
)
RESPOND_WITHIN_HOURS = Setting(
    "respond_within_hours",
    float,
    4.0,
    "Working hours to answer a mention from a group in answer_groups (its response clock).",
    minimum=0.5,
    maximum=80.0,
)
ANSWER_GROUPS = Setting(
    "answer_groups",
    list,
    ["Journalists", "Clients"],
    "Groups whose mentions get a response clock (answer within respond_within_hours).",
    item_type=str,
)
COMPANY_ACCOUNTS = Setting(
    "company_accounts",
    list,
    [],
    "Your company's X accounts (usernames): a source of their own; a draft that repeats their recent posts is "
    "flagged, and their posts you have not amplified come back at the top of a session.",
    item_type=str,
)
COMPANY_SIMILARITY = Setting(
    "company_similarity",
    float,
    0.7,
    "How alike (word for word, 0 to 1) a draft and a recent company post must be for the composer to suggest "
    "amplifying the company's post instead.",
    minimum=0.3,
    maximum=1.0,
)
AMPLIFY_AFTER_HOURS = Setting(
    "amplify_after_hours",
    int,
    3,
    "A company post you have not amplified this many hours after it was posted is offered at the top of your next "
    "session (once).",
    minimum=1,
    maximum=72,
)
SIGNAL_SETTINGS: tuple[Setting[Any], ...] = (
    WATCH_NAMES,
    WATCH_WORDS,
    WATCH_BUDGET_SHARE,
    RADAR_SPIKE_POSTS,
    RADAR_SPIKE_FACTOR,
    RADAR_POLL_MINUTES,
    RESPOND_WITHIN_HOURS,
    ANSWER_GROUPS,
    COMPANY_ACCOUNTS,
    COMPANY_SIMILARITY,
    AMPLIFY_AFTER_HOURS,
)

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
    KEEP_POSTS_DAYS,
    LANGUAGE,
    SHORTCUTS,
    ACTIVE_ACCOUNT,
    OPEN_AT_LOGIN,
    CALENDAR,
    CALENDAR_PROTOCOL,
    CALENDAR_USERNAME,
    CALENDAR_EMAIL,
    CALENDAR_ALL_DAY_BUSY,
    CALENDAR_MARGIN_MINUTES,
    CALENDAR_PROPOSALS_PER_DAY,
    DECK_FOLDER,
    BLOG_FEEDS,
    FEED_EVERY_MINUTES,
    QUIET_PERIODS,
    QUIET_CALENDAR,
    QUIET_DAYS_BEFORE,
    DISCLOSURE_WORDS,
    *SIGNAL_SETTINGS,
)

Subscriber = Callable[[str, object], None]


#: What `Settings.problems` says (the tray shows it, translated): the problem itself is the file's or the check's
#: own words.
FILE_SET_ASIDE = QT_TRANSLATE_NOOP(
    "Settings", "The settings file was unreadable ({problem}); it was moved to {path} and defaults are used."
)
FILE_UNREADABLE = QT_TRANSLATE_NOOP(
    "Settings", "The settings file {path} could not be read ({problem}); defaults are used."
)
ENV_IGNORED = QT_TRANSLATE_NOOP("Settings", "The environment variable {name} is ignored: {problem}")
VALUE_IGNORED = QT_TRANSLATE_NOOP("Settings", "{problem}; the default {default} is used instead.")


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
        self.problems: list[Message] = []
        self._load()
        for decl in self._decls.values():
            raw = self._env.get(decl.env) if decl.env else None
            if raw:
                try:
                    decl.validate(raw)
                except SettingError as exc:
                    self._problem(ENV_IGNORED, name=str(decl.env), problem=str(exc))

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

    def reload(self) -> list[str]:
        """Read the file again (another process saved it) and notify for each value that changed; their names."""
        with self._lock:
            read = self._read_values()
            if read is None:
                return []
            before, (self._values, self._unknown) = self._values, read
            changed = self._differences(before, [])
            subscribers = list(self._subscribers)
        self._notify(subscribers, changed)
        return [name for name, _value in changed]

    def _apply(self, checked: Sequence[tuple[Setting[Any], object]]) -> None:
        """Save the validated values in one write, starting from what the file holds now (another process may
        have changed it), then notify for each value that changed (ours first)."""
        with self._lock, locked(self.path):
            saved, unknown = self._read_values() or (dict(self._values), dict(self._unknown))
            values = dict(saved)
            for decl, value in checked:
                if value == decl.default:
                    values.pop(decl.name, None)
                else:
                    values[decl.name] = value
            if values != saved:
                write_file(self.path, {**unknown, **values})
            before, self._values, self._unknown = self._values, values, unknown
            changed = self._differences(before, [decl.name for decl, _value in checked])
            subscribers = list(self._subscribers)
        self._notify(subscribers, changed)

    def _differences(self, before: Mapping[str, object], first: Sequence[str]) -> list[tuple[str, object]]:
        """(name, new value) of each setting whose saved value is not `before`'s, the names in `first` first."""
        names = dict.fromkeys([*first, *self._decls])
        default = {name: decl.default for name, decl in self._decls.items()}
        return [
            (name, self._values.get(name, default[name]))
            for name in names
            if before.get(name, default[name]) != self._values.get(name, default[name])
        ]

    @staticmethod
    def _notify(subscribers: Sequence[Subscriber], changed: Sequence[tuple[str, object]]) -> None:
        for name, value in changed:
            for callback in subscribers:
                callback(name, _copy(value))

    def _read_values(self) -> tuple[dict[str, object], dict[str, object]] | None:
        """(valid saved values, unknown entries) as the file holds them now; None when it cannot be read."""
        return saved_values(read_file(self.path), self._decls)

    def _load(self) -> None:
        contents = read_file(self.path)
        if contents.corrupt:
            aside = self.path.with_name(f"{self.path.name}.corrupt-{self._clock().astimezone(UTC):%Y%m%dT%H%M%SZ}")
            os.replace(self.path, aside)
            self._problem(FILE_SET_ASIDE, problem=contents.problem or "", path=str(aside))
            return
        if contents.problem is not None:
            self._problem(FILE_UNREADABLE, path=str(self.path), problem=contents.problem)
            return
        for name, value in contents.data.items():
            decl = self._decls.get(name)
            if decl is None:
                self._unknown[name] = value
                log.info("settings: keeping unknown setting %r (from a newer version?)", name)
                continue
            try:
                self._values[name] = decl.validate(value)
            except SettingError as exc:
                self._problem(VALUE_IGNORED, problem=str(exc), default=repr(decl.default))

    def _problem(self, template: str, **fields: Field) -> None:
        message = Message(Phrase.of("Settings", template, **fields))
        log.warning("settings: %s", message)
        self.problems.append(message)


def _copy(value: object) -> object:
    """Lists and dicts are handed out as copies so callers cannot change the stored value behind our back."""
    if isinstance(value, list):
        return list(value)
    if isinstance(value, dict):
        return dict(value)
    return value
