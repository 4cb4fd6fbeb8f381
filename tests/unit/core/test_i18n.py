"""Messages as data: `Message` to JSON and back (every field kind, nested phrases and messages, moments with their
time zones, counted phrases), what is not a stored message, and a message read back shown as the original."""

from __future__ import annotations

import json
import pickle
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from exec_desk.core.i18n import Amount, Message, Moment, Phrase, Quantity, stored_text
from exec_desk.core.media import checks as media
from exec_desk.services.fetcher import RETRYING, fetching, said
from exec_desk.services.outbox import operations
from exec_desk.ui.i18n import message_text

PARIS = datetime(2026, 11, 26, 9, 33, tzinfo=ZoneInfo("Europe/Paris"))
NEW_YORK = datetime(2026, 3, 8, 23, 5, tzinfo=timezone(timedelta(hours=-5)))


def _every_kind() -> Message:
    """A message with a field of every kind, a nested phrase, a nested message with its own separator, a counted
    phrase and a plain part."""
    size = Phrase.of("Media", media.MEGABYTES, size=Quantity(20.3, 1))
    reasons = Message(Phrase.of("Outbox", operations.GONE), "X's own words", separator=" ")
    return Message(
        Phrase.of(
            "Tests",
            "{name} {count} {size} {when} {day} {price} {group} {reason}",
            name="notes.txt",
            count=1280,
            size=size,
            when=Moment(PARIS),
            day=Moment(NEW_YORK, "datetime"),
            price=Amount(1_650_000),
            group=Phrase.of("Groups", "Journalists"),
            reason=reasons,
        ),
        fetching(3),
        "plain words · kept",
    )


def _structure(message: Message) -> object:
    """What a message holds, all the way down (`==` on a Message compares its English only)."""

    def field(value: object) -> object:
        if isinstance(value, Message):
            return ("message", value.separator, tuple(field(p) for p in value.parts))
        if isinstance(value, Phrase):
            fields = tuple((name, field(v)) for name, v in value.fields)
            return ("phrase", value.context, value.template, fields, value.count)
        if isinstance(value, Moment):
            return ("moment", value.value, value.value.utcoffset(), value.value.strftime("%H:%M"), value.part)
        return (type(value).__name__, value)

    return field(message)


def test_a_message_goes_to_json_and_back_with_every_field_kind() -> None:
    message = _every_kind()
    again = Message.from_json(message.to_json())
    assert _structure(again) == _structure(message)
    assert (
        str(again)
        == str(message)
        == (
            "notes.txt 1280 20.3 MB 09:33 8 Mar 23:05 $1.65 Journalists That post no longer exists. X's own words"
            " · Fetching 3 sources… · plain words · kept"
        )
    )
    assert again.to_json() == message.to_json()  # one shape, written the same way every time
    assert _structure(pickle.loads(pickle.dumps(message))) == _structure(message)  # queued signals copy it


def test_the_stored_shape() -> None:
    stored = json.loads(operations.said(operations.RETURNED_WORDS, reason=operations.said(operations.GONE)).to_json())
    assert stored == {
        "message": [
            {
                "phrase": {
                    "context": "Outbox",
                    "template": "{reason} It is back in your drafts.",
                    "fields": {
                        "reason": {
                            "message": [{"phrase": {"context": "Outbox", "template": "That post no longer exists."}}]
                        }
                    },
                }
            }
        ]
    }
    moment = json.loads(Message(Phrase.of("Outbox", operations.RETRYING, time=Moment(PARIS))).to_json())
    assert moment["message"][0]["phrase"]["fields"]["time"] == {"moment": "2026-11-26T09:33:00+01:00", "part": "time"}
    counted = json.loads(fetching(2).to_json())["message"][0]["phrase"]
    assert counted == {"context": "Fetcher", "template": "Fetching %Ln source(s)…", "count": 2}


@pytest.mark.parametrize(
    "text",
    [
        "X did not answer; trying again at 09:33.",  # a row written before messages were stored as JSON
        "{reason} It is back in your drafts.",
        '{"message": 3}',
        '{"message": [{"phrase": {"context": "Outbox"}}]}',
        '{"message": [], "extra": 1}',
        '{"message": [{"quantity": 1.5, "decimals": "one"}]}',
        '{"message": [true]}',
        '{"message": [',
    ],
)
def test_any_other_text_is_not_a_stored_message(text: str) -> None:
    with pytest.raises(ValueError):
        Message.from_json(text)
    kept = stored_text(text)
    assert kept == text and not isinstance(kept, Message)  # shown as it is
    assert stored_text(None) is None


def test_a_message_read_back_is_shown_like_the_original_in_french(french: str) -> None:
    message = _every_kind()
    again = stored_text(message.to_json())
    assert isinstance(again, Message)
    shown = message_text(again)
    assert shown == message_text(message)
    assert shown.startswith("notes.txt 1280 20,3 Mo 09:33 8 mars 23:05 1,65 $ Journalistes ")
    assert "Cette publication n'existe plus. X's own words · Récupération de 3 sources… · plain words · kept" in shown
    assert message_text(said(RETRYING, "Tech press")) == "Tech press\u00a0: X est lent, nouvel essai…"
    assert message_text(Message(Phrase.of("Media", media.SECONDS, seconds=Quantity(0.5, 1)))) == "0,5 s"


def test_moments_keep_the_wall_clock_of_their_time_zone() -> None:
    utc = Message(Phrase.of("Outbox", operations.RETRYING, time=Moment(datetime(2026, 11, 26, 23, 30, tzinfo=UTC))))
    paris = Message.from_json(Message(Phrase.of("Outbox", operations.RETRYING, time=Moment(PARIS))).to_json())
    assert str(Message.from_json(utc.to_json())) == "X did not answer; trying again at 23:30."
    assert str(paris) == "X did not answer; trying again at 09:33."
