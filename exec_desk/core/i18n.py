"""Translatable text for the layers without Qt (core, backends, storage, services).

These layers never translate: they mark what reaches the screen, and the UI translates it when it shows it.
- `QT_TRANSLATE_NOOP(context, text)` marks a constant text: it returns `text` unchanged, and the translation tool
  (packaging/i18n.py) collects it; the UI calls `QCoreApplication.translate(context, text)` before showing it.
- `QT_TRANSLATE_N_NOOP(context, text)` marks a text with a count ("%n source(s)"): the UI translates it with
  `translate(context, text, "", n)`.
- `Message` is text made of `Phrase`s (a marked template and its fields): it *is* the English `str` (so it
  compares, logs and searches like one), and it remembers its phrases, so that the UI can show it in the user's
  language (`exec_desk.ui.i18n.message_text`). Parts are separated by " · " (or the message's own `separator`).
  A `Phrase` field is user content (a `str`, kept as it is), a whole number, a `Quantity` (a decimal number such
  as the 20.3 of "20.3 MB", shown with the locale's decimal sign), a `Moment` (a date or time, shown in the
  user's locale), an `Amount` (money, shown in the user's locale), another `Phrase` or a `Message` (translated
  too: e.g. a default group name in context "Groups", or the reason inside "{reason} It is back in your
  drafts."). A phrase made with `Phrase.counted` has a plural template (marked with `QT_TRANSLATE_N_NOOP`) and
  its count.

Exceptions that carry words for the user carry a `Message` (`XError.user_message`, `MediaError.message`...):
`str(exc)` would lose what the UI needs to translate it.

Stored messages (an outbox item's `last_error`) are JSON, written and read here only: `Message.to_json()` and
`Message.from_json(text)`; `stored_text(text)` gives back the `Message` a stored text holds, or the text as it is
(rows written before messages were stored as JSON, or plain words). The shape:

    {"message": [part, ...], "separator": " "}          ("separator" only when not " · ")
    part:   "user's own words"  |  {"phrase": phrase}  |  {"message": [part, ...], ...}
    phrase: {"context": "Outbox", "template": "{reason} It is back in your drafts.", "fields": {name: field},
             "count": 3}                                 ("fields" only when there are some, "count" when counted)
    field:  "text" | 12 | {"quantity": 20.3, "decimals": 1} | {"moment": "2026-11-26T09:33:00+01:00", "part":
            "time"} | {"amount": 150000} | {"phrase": phrase} | {"message": [part, ...], ...}
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

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


@dataclass(frozen=True, slots=True)
class Quantity:
    """A decimal number with `decimals` digits after the point (a size in MB, seconds), shown by the UI with the
    locale's decimal sign ("20.3", "20,3"); the unit is the template's ("{size} MB")."""

    value: float
    decimals: int = 1

    def english(self) -> str:
        return f"{self.value:.{self.decimals}f}"


#: A field of a phrase (a `str` may be a `Message`: it is then translated too).
Field = str | int | Quantity | Moment | Amount
_CHOICE = re.compile(r"\((\w*)\|(\w*)\)")
_COUNT = re.compile(r"%L?n")


def english_plural(template: str, count: int) -> str:
    """The English form of a plural template for `count`: "Fetching %n source(s)…" → "Fetching 1 source…",
    "Fetching 3 sources…" (the forms the English catalogue holds: see packaging/i18n.py `english_plurals`)."""
    if count == 1:
        form = _CHOICE.sub(r"\1", template).replace("(s)", "").replace("(es)", "")
    else:
        form = _CHOICE.sub(r"\2", template).replace("(s)", "s").replace("(es)", "es")
    return _COUNT.sub(str(count), form)


def _english(value: Field | Phrase) -> str:
    if isinstance(value, str):
        return value  # a Message is its English
    if isinstance(value, int):
        return str(value)
    return value.english()


@dataclass(frozen=True, slots=True)
class Phrase:
    """A marked `template` ("{group} · list {label}") of `context`, and the values of its fields; `count` for a
    plural template ("Fetching %n source(s)…")."""

    context: str
    template: str
    fields: tuple[tuple[str, Field | Phrase], ...] = ()
    count: int | None = None

    @classmethod
    def of(cls, context: str, template: str, **fields: Field | Phrase) -> Phrase:
        return cls(context, template, tuple(fields.items()))

    @classmethod
    def counted(cls, context: str, template: str, count: int, **fields: Field | Phrase) -> Phrase:
        """A plural `template` (marked with `QT_TRANSLATE_N_NOOP`) said of `count` things."""
        return cls(context, template, tuple(fields.items()), count)

    def field(self, name: str) -> Field | Phrase | None:
        """The value of the field `name`, or None."""
        return next((value for key, value in self.fields if key == name), None)

    def english(self) -> str:
        template = self.template if self.count is None else english_plural(self.template, self.count)
        values = {name: _english(value) for name, value in self.fields}
        return template.format(**values) if values else template


class Message(str):
    """English text made of parts, which the UI can translate (see the module docstring).

    A part is a `Phrase`, another `Message` (translated too), or a `str` of user content shown as it is; parts are
    joined with `separator`.
    """

    parts: tuple[Phrase | str, ...]
    separator: str

    def __new__(cls, *parts: Phrase | str, separator: str = SEPARATOR) -> Message:
        english = separator.join(part if isinstance(part, str) else part.english() for part in parts)
        message = super().__new__(cls, english)
        message.parts = parts
        message.separator = separator
        return message

    def __reduce__(self) -> tuple[object, ...]:
        return (_message, (self.parts, self.separator))

    @property
    def first(self) -> Phrase | str | None:
        """The first part (None for an empty message)."""
        return self.parts[0] if self.parts else None

    def to_json(self) -> str:
        """This message as JSON (the shape in the module docstring), to be stored."""
        return json.dumps(_message_json(self), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> Message:
        """The message `to_json` wrote; `ValueError` for any other text."""
        try:
            data = json.loads(text)
        except ValueError:
            raise ValueError("not a stored message") from None
        return _message_from(data)


def _message(parts: tuple[Phrase | str, ...], separator: str) -> Message:
    return Message(*parts, separator=separator)


def stored_text(text: str | None) -> str | None:
    """A stored text as the UI should have it: the `Message` it holds (JSON written by `Message.to_json`), else
    the text as it is (plain words, or a row written before messages were stored as JSON)."""
    if text is None or not text.startswith('{"message"'):
        return text
    try:
        return Message.from_json(text)
    except ValueError:
        return text


# -- JSON, both ways -----------------------------------------------------------------------------------------------
def _message_json(message: Message) -> dict[str, Any]:
    out: dict[str, Any] = {"message": [_value_json(part) for part in message.parts]}
    if message.separator != SEPARATOR:
        out["separator"] = message.separator
    return out


def _phrase_json(phrase: Phrase) -> dict[str, Any]:
    out: dict[str, Any] = {"context": phrase.context, "template": phrase.template}
    if phrase.fields:
        out["fields"] = {name: _value_json(value) for name, value in phrase.fields}
    if phrase.count is not None:
        out["count"] = phrase.count
    return out


def _value_json(value: Field | Phrase) -> object:
    if isinstance(value, Message):
        return _message_json(value)
    if isinstance(value, str | int):
        return value
    if isinstance(value, Phrase):
        return {"phrase": _phrase_json(value)}
    if isinstance(value, Quantity):
        return {"quantity": value.value, "decimals": value.decimals}
    if isinstance(value, Moment):
        return {"moment": value.value.isoformat(), "part": value.part}
    return {"amount": value.micro}


def _message_from(data: object) -> Message:
    if not isinstance(data, dict) or not isinstance(data.get("message"), list) or set(data) - {"message", "separator"}:
        raise ValueError("not a stored message")
    separator = data.get("separator", SEPARATOR)
    parts = [_value_from(part) for part in data["message"]]
    if not isinstance(separator, str) or not all(isinstance(p, str | Phrase) for p in parts):
        raise ValueError("not a stored message")
    return Message(*(p for p in parts if isinstance(p, str | Phrase)), separator=separator)


def _phrase_from(data: object) -> Phrase:
    if not isinstance(data, dict) or set(data) - {"context", "template", "fields", "count"}:
        raise ValueError("not a stored phrase")
    context, template = data.get("context"), data.get("template")
    fields, count = data.get("fields", {}), data.get("count")
    if not isinstance(context, str) or not isinstance(template, str) or not isinstance(fields, dict):
        raise ValueError("not a stored phrase")
    if count is not None and (not isinstance(count, int) or isinstance(count, bool)):
        raise ValueError("not a stored phrase")
    return Phrase(context, template, tuple((str(name), _value_from(value)) for name, value in fields.items()), count)


def _value_from(data: object) -> Field | Phrase:
    if isinstance(data, str):
        return data
    if isinstance(data, int) and not isinstance(data, bool):
        return data
    if not isinstance(data, dict):
        raise ValueError("not a stored field")
    if "message" in data:
        return _message_from(data)
    if set(data) == {"phrase"}:
        return _phrase_from(data["phrase"])
    quantity, decimals = data.get("quantity"), data.get("decimals")
    if set(data) == {"quantity", "decimals"} and isinstance(quantity, int | float) and isinstance(decimals, int):
        return Quantity(float(quantity), decimals)
    if set(data) == {"moment", "part"} and isinstance(data["moment"], str) and isinstance(data["part"], str):
        return Moment(datetime.fromisoformat(data["moment"]), data["part"])
    if set(data) == {"amount"} and isinstance(data["amount"], int):
        return Amount(data["amount"])
    raise ValueError("not a stored field")
