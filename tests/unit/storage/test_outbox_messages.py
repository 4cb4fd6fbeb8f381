"""An outbox item's `last_error` keeps its `Message` across a restart: stored as the message's JSON in the same
column (no migration), read back as that `Message`; plain text (a row of an older version) read back as it is."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from exec_desk.core.i18n import Message, Moment, Phrase
from exec_desk.services.outbox.operations import GONE, RETRYING, RETURNED_WORDS, said
from exec_desk.storage.records import OutboxState
from exec_desk.storage.store import Store
from tests.support.factories import ACCOUNT, T0, make_account


def test_a_stored_reason_comes_back_as_its_message_after_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    reason = said(RETURNED_WORDS, reason=said(GONE))
    later = said(RETRYING, time=Moment(T0 + timedelta(minutes=3)))
    with Store(path) as store:
        store.accounts.add(make_account())
        failed = store.outbox.enqueue(ACCOUNT, {"op": "post", "parts": ["Gone."]}, now=T0)
        waiting = store.outbox.enqueue(ACCOUNT, {"op": "retweet", "post_id": "7"}, now=T0)
        updated = store.outbox.update(failed.id, OutboxState.FAILED, now=T0, last_error=reason)
        store.outbox.update(waiting.id, OutboxState.SCHEDULED, now=T0, last_error=later)
        assert updated is not None and isinstance(updated.last_error, Message)
        with store.transaction() as conn:
            column = conn.execute("SELECT last_error FROM outbox WHERE id = ?", (failed.id,)).fetchone()[0]
    assert json.loads(column) == json.loads(reason.to_json())  # the JSON of the message, in the existing column
    with Store(path) as store:
        again = store.outbox.get(failed.id)
        assert again is not None and isinstance(again.last_error, Message)
        assert again.last_error == "That post no longer exists. It is back in your drafts."
        [outer] = again.last_error.parts
        assert isinstance(outer, Phrase) and outer.template == RETURNED_WORDS
        inner = outer.field("reason")
        assert isinstance(inner, Message) and inner.parts == (Phrase.of("Outbox", GONE),)
        retry = store.outbox.get(waiting.id)
        assert retry is not None and isinstance(retry.last_error, Message)
        assert retry.last_error.parts == later.parts


def test_plain_text_and_older_rows_are_read_as_they_are(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    with Store(path) as store:
        store.accounts.add(make_account())
        item = store.outbox.enqueue(ACCOUNT, {"op": "post", "parts": ["Old."]}, now=T0)
        store.outbox.update(item.id, OutboxState.FAILED, now=T0, last_error="503")
        with store.transaction() as conn:  # what an older version wrote: the English, as it was
            old = "X did not answer after 5 tries. Try again later."
            conn.execute("UPDATE outbox SET last_error = ? WHERE id = ?", (old, item.id))
    with Store(path) as store:
        got = store.outbox.get(item.id)
        assert got is not None and got.last_error == old and not isinstance(got.last_error, Message)
        plain = store.outbox.update(item.id, OutboxState.FAILED, now=T0, last_error="503")
        assert plain is not None and plain.last_error == "503" and not isinstance(plain.last_error, Message)
        cleared = store.outbox.update(item.id, OutboxState.SENT, now=T0)
        assert cleared is not None and cleared.last_error is None
