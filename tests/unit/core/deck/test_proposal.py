"""Proposals of the team as files (issue 14, point 2): the Markdown header and the JSON form, threads split by
`---` lines or by the composer's rules, retweets, files cut short by a sync tool, and the names sync tools give."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from exec_desk.core.deck.names import conflict_of, decision_name, split_name
from exec_desk.core.deck.proposal import MediaRef, ProposalError, parse_proposal, post_id_of

PARIS = timezone(timedelta(hours=1))
MARKDOWN = """---
kind: post
by: Claire Martin
for: 2026-11-20 09:30
media: stage.jpg | The team on stage, at the launch
media: chart.png, map.png
# a comment
Owner: comms
---
We launched Atlas today. Thank you to the whole team!
"""


def test_a_markdown_post_with_its_header() -> None:
    p = parse_proposal("launch.md", MARKDOWN.encode(), PARIS)
    assert (p.id, p.kind, p.by) == ("launch", "post", "Claire Martin")
    assert p.wished == datetime(2026, 11, 20, 9, 30, tzinfo=PARIS)
    assert p.text == "We launched Atlas today. Thank you to the whole team!"
    assert p.media == (
        MediaRef("stage.jpg", "The team on stage, at the launch"),
        MediaRef("chart.png"),
        MediaRef("map.png"),
    )
    assert p.parts == () and p.extra == {"owner": "comms"}  # unknown keys are kept aside, not refused


def test_a_markdown_thread_split_by_lines_of_dashes_and_one_left_to_the_composer() -> None:
    data = "---\nkind: thread\nby: Claire\n---\nFirst post.\n---\nSecond post,\nover two lines.\n---\n\n"
    p = parse_proposal("q3.md", data.encode(), PARIS)
    assert p.parts == ("First post.", "Second post,\nover two lines.")
    unsplit = parse_proposal("long.md", b"---\nkind: thread\n---\nA long text. " * 1, PARIS)
    assert unsplit.parts == () and unsplit.text == "A long text."
    post = parse_proposal("p.md", b"---\nkind: post\n---\nAbove\n---\nBelow", PARIS)
    assert post.parts == () and post.text == "Above\n---\nBelow"  # in a post, --- is text


def test_the_same_as_json() -> None:
    data = (
        '{"kind": "thread", "by": "Claire", "for": "2026-11-20T09:30:00+01:00", "parts": ["One.", "Two."],'
        ' "media": ["a.png", {"file": "b.jpg", "alt": "Bee"}]}'
    )
    p = parse_proposal("t.json", data.encode(), UTC)
    assert (p.kind, p.by, p.parts, p.text) == ("thread", "Claire", ("One.", "Two."), "One.\n\nTwo.")
    assert p.wished == datetime(2026, 11, 20, 8, 30, tzinfo=UTC)
    assert p.media == (MediaRef("a.png"), MediaRef("b.jpg", "Bee"))


def test_a_retweet_names_the_post_by_its_address() -> None:
    p = parse_proposal("rt.md", b"---\nkind: retweet\nurl: https://x.com/acme/status/1234567890\n---\nWorth it.", UTC)
    assert (p.kind, p.post_id, p.text) == ("retweet", "1234567890", "Worth it.")
    assert post_id_of("https://twitter.com/i/web/status/42?s=20") == "42"
    with pytest.raises(ProposalError, match="is not the address of a post"):
        parse_proposal("rt.json", b'{"kind": "retweet", "url": "https://example.com/42"}', UTC)


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("cut.md", b"---\nkind: post\nby: Cla", "not closed by a line of ---"),  # still being written
        ("cut.json", b'{"kind": "post", "text": "We laun', "not whole JSON"),
        ("none.md", b"Just text", "does not start with its header"),
        ("kindless.md", b"---\nby: Claire\n---\nText", "has no “kind:”"),
        ("odd.md", b"---\nkind: poll\n---\nText", "“kind: poll” is not post, thread or retweet"),
        ("bad.md", b"---\nkind: post\nthis line\n---\nText", "Line 3 of the header"),
        ("when.md", b"---\nkind: post\nfor: tomorrow\n---\nText", "“for: tomorrow” is not a date"),
        ("empty.md", b"---\nkind: post\n---\n\n", "has no text"),
        ("path.md", b"---\nkind: post\nmedia: ../secret.png\n---\nText", "must be the name of a file beside"),
        ("latin.md", "---\nkind: post\n---\nCafé".encode("latin-1"), "not UTF-8"),
    ],
)
def test_a_file_that_is_not_a_whole_proposal_says_why(name: str, data: bytes, words: str) -> None:
    with pytest.raises(ProposalError) as caught:
        parse_proposal(name, data, UTC)
    assert words in str(caught.value) and caught.value.message.parts  # translatable in the UI


@pytest.mark.parametrize(
    ("name", "expected", "copy_of"),
    [
        ("launch.md", ("launch", ".md"), None),
        ("Launch.JSON", ("Launch", ".JSON"), None),
        ("launch (conflicted copy 2026-12-01).md", ("launch (conflicted copy 2026-12-01)", ".md"), "launch"),
        (
            "launch (Claire's conflicted copy 2026-12-01).md",
            ("launch (Claire's conflicted copy 2026-12-01)", ".md"),
            "launch",
        ),
        (
            "launch (conflicted copy 2026-12-01 101530).md",
            ("launch (conflicted copy 2026-12-01 101530)", ".md"),
            "launch",
        ),  # fmt: skip  (Nextcloud)
        ("launch-DESKTOP-4FJ3K2L.md", ("launch-DESKTOP-4FJ3K2L", ".md"), "launch"),
        (
            "launch.sync-conflict-20261201-101530-ABCDEFG.md",
            ("launch.sync-conflict-20261201-101530-ABCDEFG", ".md"),
            "launch",
        ),
        ("launch-q3.md", ("launch-q3", ".md"), None),
        ("launch.decision.json", None, None),
        ("launch.decision (conflicted copy 2026-12-01).json", None, None),
        ("launch.decision.sync-conflict-20261201-101530-ABCDEFG.json", None, None),
        (".syncthing.launch.md.tmp", None, None),
        ("~$launch.md", None, None),
        ("launch.md.part", None, None),
        ("stage.jpg", None, None),
    ],
)
def test_names_sync_tools_give(name: str, expected: tuple[str, str] | None, copy_of: str | None) -> None:
    assert split_name(name) == expected
    if expected is not None:
        assert conflict_of(expected[0]) == copy_of


def test_the_decision_file_is_beside_the_proposal() -> None:
    assert decision_name("launch") == "launch.decision.json"
