"""Translatable text for the layers without Qt (core, backends, storage, services).

These layers never translate: they mark what reaches the screen, and the UI translates it when it shows it.
- `QT_TRANSLATE_NOOP(context, text)` marks a constant text: it returns `text` unchanged, and the translation tool
  (packaging/i18n.py) collects it; the UI calls `QCoreApplication.translate(context, text)` before showing it.
- `QT_TRANSLATE_N_NOOP(context, text)` marks a text with a count ("%n source(s)"): the UI translates it with
  `translate(context, text, "", n)`.
- `Message` is text made of `Phrase`s (a marked template and its fields): it *is* the English `str` (so it
  compares, logs and searches like one), and it remembers its phrases, so that the UI can show it in the user's
  language (`exec_desk.ui.i18n.message_text`). Parts are separated by " · ". A `Phrase` field is user
  content (kept as it is), a number, a `Moment` (a date or time, shown in the user's locale), an `Amount` (money,
  shown in the user's locale) or another `Phrase` (translated too: e.g. a default group name in context "Groups").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

SEPARATOR = " · "


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context`; returns it unchanged."""
    return text


def QT_TRANSLATE_N_NOOP(context: str, text: str) -> str:
    """Mark `text`, which has a count (%n), for translation in `context`; returns it unchanged."""
    return text


@dataclass(frozen=True, slots=True)
class Moment:
    """A date or time field of a phrase, shown in the user's locale by the UI (in the value's own time zone).

    `part`: "time" (14:05), "weekday" (Monday), "date" (26 Nov) or "datetime" (26 Nov 14:05).
    """

    value: datetime
    part: str = "time"

    def english(self) -> str:
        """As written in English: "09:05", "Monday", "6 Nov", "6 Nov 09:05" (in the value's own time zone)."""
        value = self.value
        date = f"{value.day} {value:%b}"
        return {"time": f"{value:%H:%M}", "weekday": f"{value:%A}", "date": date}.get(
            self.part, f"{date} {value:%H:%M}"
        )


@dataclass(frozen=True, slots=True)
class Amount:
    """A sum of money in micro-dollars, shown in the user's locale by the UI ("$20.00", "20,00 $")."""

    micro: int

    def english(self) -> str:
        """`$0.20`, `$20.00` from ten cents up in whole cents (as X's price list says them), else `$0.015`."""
        whole_cents = self.micro % 10_000 == 0 and self.micro >= 100_000
        return f"${self.micro / 1_000_000:,.{2 if whole_cents else 3}f}"


Field = str | int | Moment | Amount


@dataclass(frozen=True, slots=True)
class Phrase:
    """A marked `template` ("{group} · list {label}") of `context`, and the values of its fields."""

    context: str
    template: str
    fields: tuple[tuple[str, Field | Phrase], ...] = ()

    @classmethod
    def of(cls, context: str, template: str, **fields: Field | Phrase) -> Phrase:
        return cls(context, template, tuple(fields.items()))

    def english(self) -> str:
        values = {name: value if isinstance(value, str | int) else value.english() for name, value in self.fields}
        return self.template.format(**values) if values else self.template


class Message(str):
    """English text made of parts, which the UI can translate (see the module docstring).

    A part is a `Phrase`, or a `str` of user content shown as it is; parts are joined with " · ".
    """

    parts: tuple[Phrase | str, ...]

    def __new__(cls, *parts: Phrase | str) -> Message:
        english = SEPARATOR.join(part if isinstance(part, str) else part.english() for part in parts)
        message = super().__new__(cls, english)
        message.parts = parts
        return message

    def __reduce__(self) -> tuple[object, ...]:
        return (Message, self.parts)
