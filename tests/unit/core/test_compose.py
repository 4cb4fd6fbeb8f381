"""Counting through core/compose.py: the whole v3 conformance suite, the incremental checker against the library on
random texts, the part past the limit, prices, and the cost of a keystroke (only touched words are re-parsed)."""

from __future__ import annotations

import random
import unicodedata
from typing import Any

import pytest

from exec_desk.core import compose
from exec_desk.core.compose import PostChecker, count
from exec_desk.core.twitter_text_lib import twitter_text
from tests.support.conformance import conformance_cases

CASES = conformance_cases()


@pytest.mark.parametrize("case", CASES, ids=[c["description"] for c in CASES])
def test_conformance_through_count(case: dict[str, Any]) -> None:
    expected = case["expected"]
    got = count(case["text"])
    assert got.weighted_length == expected["weightedLength"]
    assert got.valid == expected["valid"]
    assert got.permillage == expected["permillage"]
    assert got.valid_range == (expected["validRangeStart"], expected["validRangeEnd"])
    assert got.display_range == (expected["displayRangeStart"], expected["displayRangeEnd"])


@pytest.mark.parametrize("case", CASES, ids=[c["description"] for c in CASES])
def test_conformance_through_the_incremental_checker(case: dict[str, Any]) -> None:
    expected = case["expected"]
    checker = PostChecker()
    checker.check("warm the cache with other words first.")
    check = checker.check(case["text"])
    assert check.weighted_length == expected["weightedLength"]
    assert check.valid == expected["valid"]
    assert check.counter_text == f"{expected['weightedLength']}/280"
    if expected["valid"]:
        assert check.over_from is None
    else:  # the highlight starts right after the library's valid range
        assert check.over_from == expected["validRangeEnd"] + 1


FRAGMENTS = [
    "word", "Hello.", "e.g.", "https://example.com/a?b=1", "example.com", "x.co/path", "éxample.com", "\u0301e.co",
    "ñ.com", "😷", "👨‍👩‍👧‍👦", "🏴󠁧󠁢󠁥󠁮󠁧󠁿", "1⃣", "日本語", "故人西辞黄鹤楼，烟花三月。", "e\u0301", "\u0301", "ｈｔｔｐ",
    "@jack", "#tag", "$TSLA", "\uffff", "\u202a", "—", "“quoted.”", "a" * 40, "http://あいう.com", "t.co/abcdef",
    "end?!", "x" * 300, "日" * 200, "😷" * 150, "https://t.co/" + "a" * 50, "🙋🏽", "(https://x.com/a)", "Dr.",
]  # fmt: skip
SEPARATORS = [" ", "  ", "\n", "\r\n", "\t", "\u3000", "\u2028", " \n\n ", ""]


def _random_text(rng: random.Random) -> str:
    text = "".join(rng.choice(FRAGMENTS) + rng.choice(SEPARATORS) for _ in range(rng.randrange(1, 50)))
    return (" " + text) if rng.random() < 0.1 else text


@pytest.mark.parametrize("seed", range(3))
def test_word_sums_equal_the_library_on_random_texts(seed: int) -> None:
    """The incremental sum must be the library's own answer: URLs, emoji, CJK, NFC, CRLF, refused characters."""
    rng = random.Random(seed)
    checker = PostChecker()
    for _ in range(80):
        text = _random_text(rng)
        exact, check = count(text), checker.check(text)
        assert (check.weighted_length, check.valid) == (exact.weighted_length, exact.valid), ascii(text)
        plain = "\r" not in text and unicodedata.is_normalized("NFC", text)
        if not exact.valid and exact.weighted_length and plain:  # the library adds NFC/CRLF offsets of the whole
            assert check.over_from == exact.valid_range[1] + 1, ascii(text)
        for part in checker.check(text, thread=True).parts:  # every part checked by the library itself
            verdict = count(part.text)
            assert (part.weighted_length, part.valid) == (verdict.weighted_length, verdict.valid), ascii(part.text)
            assert part.valid or "\uffff" in part.text


def test_url_counts_23_whatever_its_length() -> None:
    short, long = "see https://a.co", "see https://example.com/" + "path/" * 60
    assert PostChecker().check(short).weighted_length == PostChecker().check(long).weighted_length == 4 + 23


def test_prices_per_post_and_with_a_url() -> None:
    checker = PostChecker()
    assert checker.check("Hello.").price_micro == 15_000
    assert checker.check("Read https://example.com").price_micro == 200_000
    assert checker.check("Read example.com").has_url  # X prices links without a scheme too
    assert checker.check("Thanks!", reply=True).price_micro == 10_000
    assert checker.check("").parts == ()
    assert checker.check("", has_media=True).price_micro == 15_000


def test_problems_are_plain_words() -> None:
    checker = PostChecker()
    assert checker.check("  \n ").problems == ("Write something first.",)
    assert checker.check("", has_media=True).sendable
    over = checker.check("word " * 70)
    assert not over.sendable and "one post holds 280" in over.problems[0] and "thread of 2 posts" in over.problems[0]
    assert checker.check("word " * 70, thread=True).sendable
    refused = checker.check("bad \uffff char")
    assert "does not accept" in refused.problems[0] and not refused.sendable


def test_a_keystroke_reparses_only_the_word_it_touched(monkeypatch: pytest.MonkeyPatch) -> None:
    text = " ".join(f"Sentence {i} tells the board about quarter results and hiring plans." for i in range(75))
    assert len(text) > 5000
    checker = PostChecker()
    before = checker.check(text, thread=True)
    parsed: list[str] = []
    real = twitter_text().parse_tweet

    def spy(value: str, *args: object) -> Any:
        parsed.append(value)
        return real(value, *args)

    monkeypatch.setattr(compose, "parse_tweet", spy)
    middle = text.index("Sentence 35") + len("Sentence 35 tells")
    after = checker.check(text[:middle] + "X" + text[middle:], thread=True)
    assert parsed == [" tellsX"], parsed  # one new word, weighed after a space; nothing else parsed
    assert after.weighted_length == before.weighted_length + 1
    changed = [b.number for a, b in zip(before.parts, after.parts, strict=True) if a.text != b.text]
    assert len(after.parts) == len(before.parts) and len(changed) == 1
