"""core.post_limits: the lower bound of a text's weight is never above twitter-text's count (conformance suite,
random texts of every kind), it refuses at once what no thread could hold, and the invisible class matches Unicode."""

from __future__ import annotations

import random
import unicodedata
from typing import Any

import pytest

from exec_desk.core.compose import PostChecker, parse_tweet
from exec_desk.core.post_limits import (
    NOTHING_VISIBLE,
    NUL,
    THREAD_CAP,
    far_beyond,
    text_problems,
    weight_floor,
)
from tests.support.conformance import conformance_cases


def _count(text: str) -> int:
    from exec_desk.core.compose import _unlimited

    return int(parse_tweet(text, _unlimited()).weightedLength)


@pytest.mark.parametrize("case", conformance_cases(), ids=lambda c: c["description"])
def test_the_bound_is_below_the_count_of_every_conformance_case(case: dict[str, Any]) -> None:
    assert weight_floor(case["text"]) <= _count(case["text"])


#: Pieces random texts are made of: words, CJK, emoji sequences (up to 8 code points), combining marks that NFC
#: composes, URLs short and of the longest kind, bare domains, CRLF, punctuation glued to links.
PIECES = [
    "board",
    "Lyon",
    "é",
    "e\u0301",
    "\u1100\u1161\u11a8",  # Hangul jamo: one syllable in NFC
    "日本語",
    "😷",
    "👩\u200d❤\ufe0f\u200d💋\u200d👨",
    "🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f",
    "👍🏽",
    "https://example.com/q3",
    "example.com",
    "x.co",
    "a.b",
    ",",
    ".",
    "\r\n",
    "\n",
    " ",
    "  ",
    "\t",
    "\u3000",
]


#: URLs of the longest kind (the lightest text there is), and one too long to be a URL.
LONG = ["https://example.com/" + "p" * 4000, "https://example.com/" + "p" * 5000]


def test_the_bound_is_below_the_count_of_random_texts() -> None:
    rng = random.Random(20261206)
    for _ in range(200):
        glue = rng.choice(["", " ", ",", "\n"])
        pieces = [rng.choice(LONG) if rng.random() < 0.04 else rng.choice(PIECES) for _ in range(rng.randint(1, 40))]
        text = glue.join(pieces)
        assert weight_floor(text) <= _count(text), repr(text[:200])


def test_prose_of_a_megabyte_is_refused_without_counting() -> None:
    text = ("Revenue grew 12% and we hired 40 engineers in Lyon. " * 20_000)[:1_000_000]
    floor = far_beyond(text, THREAD_CAP, 280)
    assert floor is not None and floor > THREAD_CAP * 280
    check = PostChecker().check(text, thread=True)
    assert not check.counted and check.parts == () and not check.sendable
    assert "it has 1000000 characters, and a thread of 25 posts" in check.problems[0]


def test_what_a_thread_within_the_cap_may_hold_is_counted() -> None:
    links = " ".join(f"https://example.com/{'x' * 4000}/{n}" for n in range(200))  # 800 kB, light: 200 × 24
    assert far_beyond(links, THREAD_CAP, 280) is None
    assert far_beyond("short", THREAD_CAP, 280) is None
    assert far_beyond("word " * 1500, THREAD_CAP, 280) is None  # 7,500: counted (and told it is 27 posts)
    assert far_beyond("word " * 3000, THREAD_CAP, 280) is not None  # 15,000: more than twice a thread


def test_nul_and_invisible_text() -> None:
    assert text_problems("\x00") == [NUL, NOTHING_VISIBLE]
    assert text_problems("Hi\x00there") == [NUL]
    for invisible in ("\u200b", "\u200e\u200f", "\u2066\u2069", "\ufeff", "\u3164", "\u2800", "\ufe0f", "\u034f"):
        assert text_problems(invisible) == [NOTHING_VISIBLE], repr(invisible)
    for visible in ("a", "😷", "\u0301", "\u0600", "日", "👩\u200d💻"):
        assert text_problems(visible) == [], repr(visible)
    assert text_problems("") == [] and text_problems("   \n") == []  # empty: compose.EMPTY says it


def test_every_control_separator_and_format_character_is_invisible() -> None:
    """The class is written by hand; it covers Unicode's Cc, Zs, Zl, Zp and Cf, except the prepended
    concatenation marks, which are drawn."""
    drawn = {0x600, 0x601, 0x602, 0x603, 0x604, 0x605, 0x6DD, 0x70F, 0x890, 0x891, 0x8E2, 0x110BD, 0x110CD}
    seen = [
        hex(code)
        for code in range(0x110000)
        if unicodedata.category(chr(code)) in ("Cc", "Cf", "Zs", "Zl", "Zp")
        and code not in drawn
        and not (0xD800 <= code <= 0xDFFF)
        and text_problems(chr(code)) not in ([NOTHING_VISIBLE], [NUL, NOTHING_VISIBLE])
        and chr(code).strip()
    ]
    assert seen == []
