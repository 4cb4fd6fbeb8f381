"""Outbox payloads are typed (`core.payloads`) and stored as the JSON earlier versions wrote, byte for byte; rows
of the older text form, and of kinds the app does not know, are read back."""

from __future__ import annotations

from pathlib import Path

from exec_desk.core.compose import ComposedPost
from exec_desk.core.media.checks import Attachment, MediaKind
from exec_desk.core.payloads import MediaRef, OtherPayload, Payload, PostPayload, RetweetPayload, payload_from_json
from exec_desk.storage.records import dumps
from exec_desk.storage.store import Store
from tests.support.factories import ACCOUNT, T0, make_account

CHART = Attachment("/tmp/chart.png", MediaKind.IMAGE, "image/png", 2048, "Revenue by quarter")


def _column(store: Store, item_id: int) -> str:
    with store.transaction() as conn:
        return str(conn.execute("SELECT payload FROM outbox WHERE id = ?", (item_id,)).fetchone()[0])


def test_a_queued_post_is_stored_as_before_byte_for_byte(tmp_path: Path) -> None:
    post = ComposedPost(("Q3 in one chart. 1/2", "Thanks, team. 2/2"), (CHART,), reply_to="41", quote_of=None)
    with Store(tmp_path / "db.sqlite3") as store:
        store.accounts.add(make_account())
        item = store.outbox.enqueue(ACCOUNT, post.payload(), now=T0)
        retweet = store.outbox.enqueue(ACCOUNT, RetweetPayload("77"), now=T0)
        assert _column(store, item.id) == (  # what earlier versions wrote for the same post
            '{"media":[{"alt_text":"Revenue by quarter","kind":"image","mime_type":"image/png",'
            '"path":"/tmp/chart.png"}],"op":"post","parts":["Q3 in one chart. 1/2","Thanks, team. 2/2"],'
            '"quote_of":null,"reply_to":"41"}'
        )
        assert _column(store, retweet.id) == '{"op":"retweet","post_id":"77"}'
        assert item.payload == PostPayload(
            ("Q3 in one chart. 1/2", "Thanks, team. 2/2"),
            (MediaRef("/tmp/chart.png", "image", "image/png", "Revenue by quarter"),),
            reply_to="41",
        )
        assert retweet.payload == RetweetPayload("77")


def test_rows_of_the_older_text_form_and_of_other_kinds_are_read(tmp_path: Path) -> None:
    older = '{"media_ids":["9001"],"op":"post","quote_of":null,"reply_to":"41","text":"Board at 9."}'
    other = '{"op":"create_post","text":"post"}'
    with Store(tmp_path / "db.sqlite3") as store:
        store.accounts.add(make_account())
        with store.transaction() as conn:
            for key, payload in (("older", older), ("other", other)):
                conn.execute(
                    """INSERT INTO outbox (account, payload, not_before, idempotency_key, created_at, updated_at)
                       VALUES (?, ?, ?, ?, ?, ?)""",
                    (ACCOUNT, payload, T0.isoformat(), key, T0.isoformat(), T0.isoformat()),
                )
        items = {i.idempotency_key: i for i in store.outbox.all(ACCOUNT)}
        read = items["older"].payload
        assert read == PostPayload(("Board at 9.",), (), reply_to="41", media_ids=("9001",))
        assert isinstance(read, PostPayload) and read.has_media
        assert items["other"].payload == OtherPayload("create_post", {"op": "create_post", "text": "post"})
        assert dumps(items["other"].payload.to_json()) == other  # an unknown kind is written back as it came
        assert [i.idempotency_key for i in store.outbox.posts_since(ACCOUNT, T0)] == ["older"]


def test_every_form_goes_to_json_and_back() -> None:
    forms: list[Payload] = [
        RetweetPayload("77"),
        PostPayload(("Hello.",)),
        PostPayload(("a 1/2", "b 2/2"), (MediaRef("/v.mp4", "video", "video/mp4", "A plant"),), quote_of="9"),
        PostPayload(("Board at 9.",), reply_to="41", media_ids=("9001",)),
        OtherPayload("create_post", {"op": "create_post", "text": "post"}),
    ]
    for payload in forms:
        assert payload_from_json(payload.to_json()) == payload
    assert payload_from_json({"op": "retweet"}) == OtherPayload("retweet", {"op": "retweet"})  # no post: not one
    assert payload_from_json({"op": "post"}) == OtherPayload("post", {"op": "post"})  # no text: not one
    assert MediaRef("/a.gif", mime_type="image/gif").category == "gif"  # older media carry no kind
    assert MediaRef("/a.mov", mime_type="video/quicktime").category == "video"
    assert MediaRef("/a.png", "image").category == "image"
