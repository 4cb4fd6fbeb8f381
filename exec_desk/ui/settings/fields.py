"""Editors generated from the declared settings, for the settings dialog.

`make_field(decl)` picks the editor from the declaration: a `bool` gets a check box, an `int` or `float` a spin box
bounded by `minimum`/`maximum`, a `str` with `choices` a combo box, any other `str` a line edit (checked against the
`pattern` when saving), a `list` of bounded whole numbers (the working days) a row of check boxes, a `list` of texts
a box of lines (one item a line). A `dict` (the shortcuts) has its own page (`keys_page`). Visible labels, hints,
units and choice names come from the translatable tables below, keyed by setting name (the declarations'
descriptions stay English, for the docs); a setting missing from them falls back to its description.

`Field.problem()` says, translated and in plain words, what is wrong with the value typed, or None. A number is
never silently replaced: a spin box takes any number typed (Qt's would quietly put back the last value in range,
so typing 0 for a session length became 9), the hint under it names its bounds (`bounds_text`), and a value out
of them is explained, there and when saving, and nothing is saved.

Why one module: most of its length is the translatable tables of labels, hints and units, one entry per setting,
beside the editors that show them; the editors themselves are short.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from exec_desk.core.i18n import QT_TRANSLATE_NOOP
from exec_desk.core.queue import ActionState
from exec_desk.storage.settings import Setting, SettingError
from exec_desk.ui.style import mute, state_color

CONTEXT = "SettingsFields"


_LABELS: dict[str, str] = {
    "session_minutes": QT_TRANSLATE_NOOP("SettingsFields", "Session length"),
    "session_cap": QT_TRANSLATE_NOOP("SettingsFields", "Most posts in a session"),
    "session_extend_minutes": QT_TRANSLATE_NOOP("SettingsFields", "Time added when extending"),
    "retweet_undo_seconds": QT_TRANSLATE_NOOP("SettingsFields", "Time to undo a retweet"),
    "reminders_enabled": QT_TRANSLATE_NOOP("SettingsFields", "Remind me to take a session during working hours"),
    "reminder_every_minutes": QT_TRANSLATE_NOOP("SettingsFields", "Remind me every"),
    "work_start": QT_TRANSLATE_NOOP("SettingsFields", "Working day starts at"),
    "work_end": QT_TRANSLATE_NOOP("SettingsFields", "Working day ends at"),
    "work_days": QT_TRANSLATE_NOOP("SettingsFields", "Working days"),
    "cooloff_minutes": QT_TRANSLATE_NOOP("SettingsFields", "Cool-off before a post is sent"),
    "thread_cap": QT_TRANSLATE_NOOP("SettingsFields", "Most posts in a thread"),
    "confirm_cost_usd": QT_TRANSLATE_NOOP("SettingsFields", "Ask before sending above"),
    "monthly_budget_usd": QT_TRANSLATE_NOOP("SettingsFields", "Monthly X API budget"),
    "api_base_url": QT_TRANSLATE_NOOP("SettingsFields", "X API address"),
    "redirect_port": QT_TRANSLATE_NOOP("SettingsFields", "Sign-in port"),
    "language": QT_TRANSLATE_NOOP("SettingsFields", "Language"),
    "open_at_login": QT_TRANSLATE_NOOP("SettingsFields", "Open Exec Desk when I log in"),
    "keep_posts_days": QT_TRANSLATE_NOOP("SettingsFields", "Keep cached posts for"),
    "calendar": QT_TRANSLATE_NOOP("SettingsFields", "Calendar"),
    "calendar_protocol": QT_TRANSLATE_NOOP("SettingsFields", "Calendar address type"),
    "calendar_username": QT_TRANSLATE_NOOP("SettingsFields", "CalDAV user name"),
    "calendar_email": QT_TRANSLATE_NOOP("SettingsFields", "My address in invitations"),
    "calendar_all_day_busy": QT_TRANSLATE_NOOP("SettingsFields", "All-day events make me busy"),
    "calendar_margin_minutes": QT_TRANSLATE_NOOP("SettingsFields", "Margin before the next meeting"),
    "calendar_proposals_per_day": QT_TRANSLATE_NOOP("SettingsFields", "Most sessions proposed a day"),
    "deck_folder": QT_TRANSLATE_NOOP("SettingsFields", "Team's proposals folder"),
    "blog_feeds": QT_TRANSLATE_NOOP("SettingsFields", "Blog and newsroom feeds"),
    "feed_every_minutes": QT_TRANSLATE_NOOP("SettingsFields", "Read the feeds every"),
    "quiet_periods": QT_TRANSLATE_NOOP("SettingsFields", "Quiet periods"),
    "quiet_calendar": QT_TRANSLATE_NOOP("SettingsFields", "Investor-relations calendar"),
    "quiet_days_before": QT_TRANSLATE_NOOP("SettingsFields", "Quiet days before each event"),
    "disclosure_words": QT_TRANSLATE_NOOP("SettingsFields", "Disclosure words"),
    "watch_names": QT_TRANSLATE_NOOP("SettingsFields", "Names to watch on X"),
    "watch_words": QT_TRANSLATE_NOOP("SettingsFields", "Crisis words"),
    "watch_budget_share": QT_TRANSLATE_NOOP("SettingsFields", "Share of the budget for watching"),
    "radar_spike_posts": QT_TRANSLATE_NOOP("SettingsFields", "A spike: at least, in an hour"),
    "radar_spike_factor": QT_TRANSLATE_NOOP("SettingsFields", "A spike: times the usual count"),
    "radar_poll_minutes": QT_TRANSLATE_NOOP("SettingsFields", "Read mentions between sessions every"),
    "respond_within_hours": QT_TRANSLATE_NOOP("SettingsFields", "Answer mentions within (working hours)"),
    "answer_groups": QT_TRANSLATE_NOOP("SettingsFields", "Groups to answer within that time"),
    "company_accounts": QT_TRANSLATE_NOOP("SettingsFields", "Your company's X accounts"),
    "company_similarity": QT_TRANSLATE_NOOP("SettingsFields", "Flag a draft this alike to a company post"),
    "amplify_after_hours": QT_TRANSLATE_NOOP("SettingsFields", "Offer a company post not amplified after (hours)"),
}
_HINTS: dict[str, str] = {
    "session_minutes": QT_TRANSLATE_NOOP("SettingsFields", "How long a reading session lasts."),
    "session_cap": QT_TRANSLATE_NOOP("SettingsFields", "A session adds no more posts once it shows this many."),
    "session_extend_minutes": QT_TRANSLATE_NOOP("SettingsFields", "Minutes added when you extend a session."),
    "retweet_undo_seconds": QT_TRANSLATE_NOOP(
        "SettingsFields", "A retweet waits this long before it is sent, so that you can undo it."
    ),
    "reminders_enabled": QT_TRANSLATE_NOOP(
        "SettingsFields", "A notification suggests a session now and then during your working hours."
    ),
    "reminder_every_minutes": QT_TRANSLATE_NOOP("SettingsFields", "Time between two reminders."),
    "work_start": QT_TRANSLATE_NOOP("SettingsFields", "Local time, as HH:MM (for example 09:00)."),
    "work_end": QT_TRANSLATE_NOOP("SettingsFields", "Local time, as HH:MM (for example 18:00)."),
    "work_days": QT_TRANSLATE_NOOP("SettingsFields", "Reminders come only on these days."),
    "cooloff_minutes": QT_TRANSLATE_NOOP(
        "SettingsFields",
        "A new post waits this long in the outbox before it is sent; you can change or cancel it until then.",
    ),
    "thread_cap": QT_TRANSLATE_NOOP(
        "SettingsFields", "A longer text is refused: shorten it, or raise this if you really mean a long thread."
    ),
    "confirm_cost_usd": QT_TRANSLATE_NOOP(
        "SettingsFields",
        "A post or thread whose estimated cost is above this is sent only once you confirm it. 0: always ask.",
    ),
    "monthly_budget_usd": QT_TRANSLATE_NOOP(
        "SettingsFields",
        "Once this month's X API spending reaches it, sessions show what is already here and fetch nothing new; "
        "your retweets and posts still go out. 0: no budget.",
    ),
    "api_base_url": QT_TRANSLATE_NOOP(
        "SettingsFields", "Where Exec Desk sends its X API requests: https://api.x.com, or your company's gateway."
    ),
    "redirect_port": QT_TRANSLATE_NOOP(
        "SettingsFields",
        "After you approve Exec Desk on X, X sends your browser back to http://127.0.0.1:<port>/callback: that "
        "exact address must be registered on your X app. Change it only if another program uses the port.",
    ),
    "language": QT_TRANSLATE_NOOP("SettingsFields", "The language of Exec Desk's windows and menus."),
    "open_at_login": QT_TRANSLATE_NOOP("SettingsFields", "Exec Desk starts in the tray when you log in."),
    "keep_posts_days": QT_TRANSLATE_NOOP(
        "SettingsFields",
        "Posts fetched longer ago are forgotten, to keep the local database small; what you read stays marked read.",
    ),
    "calendar": QT_TRANSLATE_NOOP(
        "SettingsFields",
        "An .ics file, or the address of a published calendar (ICS) or of a CalDAV calendar; read only. Sessions "
        "are then proposed in its free gaps. Empty: a reminder every interval instead.",
    ),
    "calendar_protocol": QT_TRANSLATE_NOOP("SettingsFields", "How an address is read: ICS or CalDAV."),
    "calendar_username": QT_TRANSLATE_NOOP(
        "SettingsFields", "For a CalDAV server; its password stays in the system keyring."
    ),
    "calendar_email": QT_TRANSLATE_NOOP(
        "SettingsFields",
        "A meeting you declined leaves you free. Empty: the address your CalDAV server gives, if any.",
    ),
    "calendar_all_day_busy": QT_TRANSLATE_NOOP(
        "SettingsFields", "By default an all-day event (a holiday, a trip) leaves the day's gaps free."
    ),
    "calendar_margin_minutes": QT_TRANSLATE_NOOP(
        "SettingsFields", "A gap is proposed only if a session and this margin fit before the next meeting."
    ),
    "calendar_proposals_per_day": QT_TRANSLATE_NOOP("SettingsFields", "At most this many gaps are proposed a day."),
    "deck_folder": QT_TRANSLATE_NOOP(
        "SettingsFields",
        "A folder your team shares (OneDrive, Dropbox, Nextcloud, Syncthing): their proposals come first in each "
        "session; your decisions are written beside them. Empty: no deck.",
    ),
    "blog_feeds": QT_TRANSLATE_NOOP(
        "SettingsFields", "One RSS or Atom address a line: each new article becomes a proposal in the deck."
    ),
    "feed_every_minutes": QT_TRANSLATE_NOOP("SettingsFields", "A feed is read at most this often."),
    "quiet_periods": QT_TRANSLATE_NOOP(
        "SettingsFields",
        "One a line: 2026-10-01..2026-10-28 Q3 results (both days included). A post with a disclosure word is "
        "held during one.",
    ),
    "quiet_calendar": QT_TRANSLATE_NOOP(
        "SettingsFields", "An .ics file or address: each of its events is a quiet period. Empty: none."
    ),
    "quiet_days_before": QT_TRANSLATE_NOOP(
        "SettingsFields", "The quiet period starts this many days before each event of that calendar."
    ),
    "disclosure_words": QT_TRANSLATE_NOOP(
        "SettingsFields",
        "One a line (add your ticker). During a quiet period a post with one of them waits for your confirmation "
        "and the press release's link.",
    ),
    "watch_names": QT_TRANSLATE_NOOP(
        "SettingsFields",
        "What the radar watches on X: your company's and products' names, your name, the ticker. One "
        "search looks for them, within its share of the budget.",
    ),
    "watch_words": QT_TRANSLATE_NOOP(
        "SettingsFields", "Crisis words that qualify a watched name (“Aldercrest recall”), in English and French."
    ),
    "watch_budget_share": QT_TRANSLATE_NOOP(
        "SettingsFields", "Share of the monthly API budget the watch search may spend (0.2: a fifth)."
    ),
    "radar_spike_posts": QT_TRANSLATE_NOOP(
        "SettingsFields", "A spike: at least this many posts about a term in the last hour."
    ),
    "radar_spike_factor": QT_TRANSLATE_NOOP(
        "SettingsFields", "A spike: and at least this many times the usual count of that hour."
    ),
    "radar_poll_minutes": QT_TRANSLATE_NOOP(
        "SettingsFields",
        "Between sessions, in working hours, your mentions and the watch search are read this often; "
        "less often when the budget runs low.",
    ),
    "respond_within_hours": QT_TRANSLATE_NOOP(
        "SettingsFields", "Working hours to answer a mention from a group below (its response clock)."
    ),
    "answer_groups": QT_TRANSLATE_NOOP("SettingsFields", "Groups whose mentions get a response clock."),
    "company_accounts": QT_TRANSLATE_NOOP(
        "SettingsFields", "Your company's X accounts: a source of their own, and the posts a draft is compared with."
    ),
    "company_similarity": QT_TRANSLATE_NOOP(
        "SettingsFields",
        "How alike (0 to 1) a draft and a recent company post must be for the composer to suggest "
        "amplifying the company's post instead.",
    ),
    "amplify_after_hours": QT_TRANSLATE_NOOP(
        "SettingsFields",
        "A company post you have not amplified this many hours after it was posted is offered at the "
        "top of your next session.",
    ),
}
_SUFFIXES: dict[str, str] = {
    "session_minutes": QT_TRANSLATE_NOOP("SettingsFields", " min"),
    "session_extend_minutes": QT_TRANSLATE_NOOP("SettingsFields", " min"),
    "reminder_every_minutes": QT_TRANSLATE_NOOP("SettingsFields", " min"),
    "cooloff_minutes": QT_TRANSLATE_NOOP("SettingsFields", " min"),
    "retweet_undo_seconds": QT_TRANSLATE_NOOP("SettingsFields", " s"),
    "calendar_margin_minutes": QT_TRANSLATE_NOOP("SettingsFields", " min"),
    "feed_every_minutes": QT_TRANSLATE_NOOP("SettingsFields", " min"),
    "quiet_days_before": QT_TRANSLATE_NOOP("SettingsFields", " days"),
    "session_cap": QT_TRANSLATE_NOOP("SettingsFields", " posts"),
    "monthly_budget_usd": QT_TRANSLATE_NOOP("SettingsFields", " USD"),
    "keep_posts_days": QT_TRANSLATE_NOOP("SettingsFields", " days"),
    "thread_cap": QT_TRANSLATE_NOOP("SettingsFields", " posts"),
    "confirm_cost_usd": QT_TRANSLATE_NOOP("SettingsFields", " USD"),
}
#: Text a spin box shows at its minimum, when that value means something special.
_AT_MINIMUM: dict[str, str] = {
    "retweet_undo_seconds": QT_TRANSLATE_NOOP("SettingsFields", "No undo: send at once"),
    "cooloff_minutes": QT_TRANSLATE_NOOP("SettingsFields", "None: send at once"),
    "confirm_cost_usd": QT_TRANSLATE_NOOP("SettingsFields", "Always ask"),
}
_CHOICES: dict[tuple[str, object], str] = {
    ("language", "system"): QT_TRANSLATE_NOOP("SettingsFields", "System language"),
    ("language", "en"): QT_TRANSLATE_NOOP("SettingsFields", "English"),
    ("language", "fr"): QT_TRANSLATE_NOOP("SettingsFields", "French (Français)"),
    ("calendar_protocol", "ics"): QT_TRANSLATE_NOOP("SettingsFields", "Published calendar (ICS)"),
    ("calendar_protocol", "caldav"): QT_TRANSLATE_NOOP("SettingsFields", "CalDAV server"),
}
_PLACEHOLDERS: dict[str, str] = {
    "work_start": QT_TRANSLATE_NOOP("SettingsFields", "HH:MM"),
    "work_end": QT_TRANSLATE_NOOP("SettingsFields", "HH:MM"),
    "api_base_url": "https://api.x.com",
    "calendar": QT_TRANSLATE_NOOP("SettingsFields", "/home/me/calendar.ics or https://…"),
    "calendar_email": QT_TRANSLATE_NOOP("SettingsFields", "you@company.com"),
    "deck_folder": QT_TRANSLATE_NOOP("SettingsFields", "/home/me/Dropbox/Proposals"),
    "quiet_calendar": QT_TRANSLATE_NOOP("SettingsFields", "/home/me/ir.ics or https://…"),
}
#: What a value in the wrong format should look like, keyed by setting name.
_FORMATS: dict[str, str] = {
    "work_start": QT_TRANSLATE_NOOP("SettingsFields", "{label}: enter a time as HH:MM, for example 09:00."),
    "work_end": QT_TRANSLATE_NOOP("SettingsFields", "{label}: enter a time as HH:MM, for example 18:00."),
    "api_base_url": QT_TRANSLATE_NOOP(
        "SettingsFields",
        "{label}: enter a web address that starts with http:// or https://, for example https://api.x.com.",
    ),
    "calendar": QT_TRANSLATE_NOOP(
        "SettingsFields", "{label}: enter the full path of an .ics file, or an address that starts with https://."
    ),
    "calendar_email": QT_TRANSLATE_NOOP("SettingsFields", "{label}: enter an e-mail address, or leave it empty."),
    "deck_folder": QT_TRANSLATE_NOOP("SettingsFields", "{label}: enter the full path of a folder, or leave it empty."),
    "quiet_calendar": QT_TRANSLATE_NOOP(
        "SettingsFields", "{label}: enter the full path of an .ics file, or an address that starts with https://."
    ),
    "quiet_periods": QT_TRANSLATE_NOOP(
        "SettingsFields", "{label}: write each period as 2026-10-01..2026-10-28, then a name if you like."
    ),
    "blog_feeds": QT_TRANSLATE_NOOP(
        "SettingsFields", "{label}: each line must be an address that starts with http:// or https://."
    ),
}
_WIDE_RANGE = 1_000_000_000
#: Text settings that need a wide box (addresses); the others (times) keep a short one.
_WIDE = frozenset({"api_base_url", "calendar", "calendar_email", "deck_folder", "quiet_calendar"})


def _t(text: str) -> str:
    """`text` (a source string from the tables above) in the interface language."""
    return QCoreApplication.translate(CONTEXT, text)


def show_as_error(label: QLabel, error: bool = True) -> None:
    """Draw `label` in the palette's error colour (light and dark themes), or as muted secondary text."""
    if not error:
        mute(label)
        return
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, state_color(palette, ActionState.FAILED))
    label.setPalette(palette)
    label.setForegroundRole(QPalette.ColorRole.WindowText)


def label_of(decl: Setting[Any]) -> str:
    """The visible label of a setting (its description when the tables do not know it)."""
    return _t(_LABELS[decl.name]) if decl.name in _LABELS else decl.description


def hint_of(decl: Setting[Any]) -> str:
    return _t(_HINTS[decl.name]) if decl.name in _HINTS else decl.description


def bounds_text(decl: Setting[Any]) -> str:
    """ "From 1 to 60 min.": the bounds of a number setting, with its unit (the locale's numbers); "" otherwise."""
    if decl.type not in (int, float) or decl.minimum is None or decl.maximum is None:
        return ""
    locale, unit = QLocale(), _t(_SUFFIXES[decl.name]) if decl.name in _SUFFIXES else ""
    low, high = (locale.toString(float(v), "f", 2) if decl.type is float else locale.toString(int(v))
                 for v in (decl.minimum, decl.maximum))  # fmt: skip
    return QCoreApplication.translate("SettingsFields", "From {low} to {high}{unit}.").format(
        low=low, high=high, unit=unit
    )


class Field:
    """The editor of one declared setting: `widget` goes in the form, `value()` is what the user chose."""

    def __init__(self, decl: Setting[Any], widget: QWidget) -> None:
        self.decl = decl
        self.widget = widget
        self.label = label_of(decl)
        widget.setObjectName(f"setting_{decl.name}")
        widget.setToolTip(hint_of(decl))
        if isinstance(widget, QAbstractSpinBox | QComboBox) or (
            isinstance(widget, QLineEdit) and decl.name not in _WIDE
        ):  # short values keep a short box; the hints under them take the width
            widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        for part in self.focusables():
            if not part.accessibleName():
                part.setAccessibleName(self.label)
            part.setAccessibleDescription(hint_of(decl))

    @property
    def shows_own_label(self) -> bool:
        """A check box carries its label; the form puts no label before it."""
        return False

    def focusables(self) -> list[QWidget]:
        """The widgets that take keyboard focus, in tab order."""
        return [self.widget]

    def value(self) -> object:
        raise NotImplementedError

    def set_value(self, value: object) -> None:
        raise NotImplementedError

    def set_read_only(self) -> None:
        """Shown but not editable (an environment variable sets it)."""
        for part in self.focusables():
            if isinstance(part, QLineEdit | QAbstractSpinBox):
                part.setReadOnly(True)
            else:
                part.setEnabled(False)

    def problem(self) -> str | None:
        """What is wrong with the value, in plain translated words; None when it can be saved."""
        value = self.value()
        try:
            self.decl.validate(value)
        except SettingError:
            return self._explain(value)
        return None

    def _explain(self, value: object) -> str:
        decl = self.decl
        texts = value if isinstance(value, list) else [value]
        if decl.pattern is not None and any(isinstance(t, str) and not re.fullmatch(decl.pattern, t) for t in texts):
            if decl.name in _FORMATS:
                return _t(_FORMATS[decl.name]).format(label=self.label)
            return QCoreApplication.translate("SettingsFields", "{label}: this is not in the expected format.").format(
                label=self.label
            )
        if decl.minimum is not None and decl.maximum is not None:
            locale = QLocale()
            return QCoreApplication.translate("SettingsFields", "{label} must be between {low} and {high}.").format(
                label=self.label, low=locale.toString(decl.minimum), high=locale.toString(decl.maximum)
            )
        return QCoreApplication.translate("SettingsFields", "{label}: this value cannot be used.").format(
            label=self.label
        )


class CheckField(Field):
    def __init__(self, decl: Setting[Any]) -> None:
        self.box = QCheckBox(label_of(decl))
        super().__init__(decl, self.box)

    @property
    def shows_own_label(self) -> bool:
        return True

    def value(self) -> object:
        return self.box.isChecked()

    def set_value(self, value: object) -> None:
        self.box.setChecked(bool(value))


class NumberField(Field):
    """A spin box: whole numbers for an `int` setting, two decimals for a `float` one."""

    def __init__(self, decl: Setting[Any]) -> None:
        self.spin: QSpinBox | QDoubleSpinBox
        # Any number can be typed: one out of the declared bounds is explained (`problem`), never put back. Only a
        # minimum that means something ("No undo", "Always ask") stays the box's own, to show its words there.
        low = decl.minimum if decl.minimum is not None and decl.name in _AT_MINIMUM else -_WIDE_RANGE
        high = _WIDE_RANGE
        if decl.type is float:
            spin = QDoubleSpinBox()
            spin.setDecimals(2)
            spin.setRange(float(low), float(high))
            self.spin = spin
        else:
            whole = QSpinBox()
            whole.setRange(int(low), int(high))
            self.spin = whole
        self.spin.setMinimumWidth(140)
        self.spin.setGroupSeparatorShown(True)
        self.spin.setAccelerated(True)
        if decl.name in _SUFFIXES:
            self.spin.setSuffix(_t(_SUFFIXES[decl.name]))
        if decl.name in _AT_MINIMUM:
            self.spin.setSpecialValueText(_t(_AT_MINIMUM[decl.name]))
        super().__init__(decl, self.spin)

    def value(self) -> object:
        return float(self.spin.value()) if self.decl.type is float else int(self.spin.value())

    def set_value(self, value: object) -> None:
        if isinstance(self.spin, QDoubleSpinBox):
            self.spin.setValue(float(value))  # type: ignore[arg-type]
        else:
            self.spin.setValue(int(value))  # type: ignore[call-overload]


class ChoiceField(Field):
    """A combo box of the declared choices, each with its translated name."""

    def __init__(self, decl: Setting[Any]) -> None:
        self.combo = QComboBox()
        for choice in decl.choices or ():
            key = (decl.name, choice)
            self.combo.addItem(_t(_CHOICES[key]) if key in _CHOICES else str(choice), choice)
        super().__init__(decl, self.combo)

    def value(self) -> object:
        return self.combo.currentData()

    def set_value(self, value: object) -> None:
        index = self.combo.findData(value)
        self.combo.setCurrentIndex(max(index, 0))


class TextField(Field):
    """A line edit; the declared pattern is checked when saving (with a message saying what is expected)."""

    def __init__(self, decl: Setting[Any]) -> None:
        self.edit = QLineEdit()
        if decl.name in _PLACEHOLDERS:
            self.edit.setPlaceholderText(_t(_PLACEHOLDERS[decl.name]))
        if decl.name in _WIDE:
            self.edit.setMinimumWidth(360)
        super().__init__(decl, self.edit)

    def value(self) -> object:
        return self.edit.text().strip()

    def set_value(self, value: object) -> None:
        self.edit.setText(str(value))


class ChecklistField(Field):
    """A list of whole numbers from `minimum` to `maximum`, one check box each (weekdays get their local names)."""

    def __init__(self, decl: Setting[Any]) -> None:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        low, high = int(decl.minimum or 0), int(decl.maximum if decl.maximum is not None else 0)
        self.boxes: dict[int, QCheckBox] = {}
        locale = QLocale()
        for item in range(low, high + 1):
            if decl.name == "work_days":  # 0 = Monday; Qt counts from 1 = Monday
                text = locale.dayName(item + 1, QLocale.FormatType.ShortFormat)
                name = locale.dayName(item + 1, QLocale.FormatType.LongFormat)
            else:
                text = name = locale.toString(item)
            box = QCheckBox(text)
            box.setObjectName(f"setting_{decl.name}_{item}")
            box.setAccessibleName(
                QCoreApplication.translate("SettingsFields", "{label}: {item}").format(label=label_of(decl), item=name)
            )
            layout.addWidget(box)
            self.boxes[item] = box
        layout.addStretch(1)
        super().__init__(decl, row)

    def focusables(self) -> list[QWidget]:
        return list(self.boxes.values())

    def value(self) -> object:
        return [item for item, box in self.boxes.items() if box.isChecked()]

    def set_value(self, value: object) -> None:
        chosen = set(value) if isinstance(value, list | tuple) else set()
        for item, box in self.boxes.items():
            box.setChecked(item in chosen)


class LinesField(Field):
    """A list of texts, one a line (feeds, quiet periods, words); blank lines are ignored."""

    def __init__(self, decl: Setting[Any]) -> None:
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumWidth(360)
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 4 + 12)
        super().__init__(decl, self.edit)

    def value(self) -> object:
        return [line.strip() for line in self.edit.toPlainText().splitlines() if line.strip()]

    def set_value(self, value: object) -> None:
        self.edit.setPlainText("\n".join(str(item) for item in value) if isinstance(value, list) else "")

    def set_read_only(self) -> None:
        self.edit.setReadOnly(True)


def has_editor(decl: Setting[Any]) -> bool:
    """Whether `make_field` gives `decl` an editor."""
    return decl.type in (bool, int, float, str) or (
        decl.type is list
        and (
            decl.item_type in (None, str)
            or (decl.item_type is int and decl.minimum is not None and decl.maximum is not None)
        )
    )


def make_field(decl: Setting[Any]) -> Field | None:
    """The editor for `decl`, or None for a `dict` (it has a page of its own)."""
    if not has_editor(decl):
        return None
    if decl.type is bool:
        return CheckField(decl)
    if decl.type in (int, float):
        return NumberField(decl)
    if decl.type is str:
        return ChoiceField(decl) if decl.choices else TextField(decl)
    if decl.item_type in (None, str):
        return LinesField(decl)
    return ChecklistField(decl)
