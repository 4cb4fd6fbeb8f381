"""Splitting a long text into a thread: numbering, sentence boundaries first, words next, runs with no space last;
every part valid by the library's own count; order and content kept."""

from __future__ import annotations

import re

from exec_desk.core.compose import PostChecker, count, join_parts, split_thread

BOARD = (
    "Our third quarter closed strong. Revenue grew 12% year over year, and margins held despite the new plant. "
    "We hired 40 engineers, most of them in Lisbon and Nairobi. Customer churn fell to its lowest level in five "
    "years! What comes next? A focus on the mid-market, where our product wins on service. Thank you to every team "
    "that made this happen. More at our investor day in March."
)
_NUMBER = re.compile(r" (\d+)/(\d+)$")


def _words(text: str) -> list[str]:
    return text.split()


def test_a_text_that_fits_is_one_post_without_numbering() -> None:
    assert split_thread("  Short and sweet.  ") == ["Short and sweet."]


def test_long_text_is_numbered_in_order_and_loses_nothing() -> None:
    text = " ".join([BOARD] * 3)
    parts = split_thread(text)
    assert len(parts) >= 3
    numbers = [_NUMBER.search(p) for p in parts]
    assert all(numbers)
    assert [(int(m.group(1)), int(m.group(2))) for m in numbers if m] == [
        (i, len(parts)) for i in range(1, len(parts) + 1)
    ]
    assert _words(join_parts(parts)) == _words(text)  # same words, same order
    for part in parts:
        verdict = count(part)
        assert verdict.valid and verdict.weighted_length <= 280, part


def test_parts_end_at_sentence_ends() -> None:
    parts = split_thread(" ".join([BOARD] * 3))
    for part in parts[:-1]:
        body = _NUMBER.sub("", part)
        assert body.endswith((".", "!", "?")), body


def test_abbreviations_and_initials_are_not_sentence_ends() -> None:
    sentence = "The plan, e.g. the Lisbon site, was approved by Dr. Smith and J. Doe after a long review of costs"
    parts = split_thread(". ".join([sentence] * 4) + ".")
    for part in parts[:-1]:
        assert not _NUMBER.sub("", part).endswith(("e.g.", "Dr.", "J.")), part


def test_a_sentence_longer_than_a_post_is_cut_between_words() -> None:
    long_sentence = " ".join(["consequential"] * 60)  # ~840 characters, no full stop
    parts = split_thread(long_sentence)
    assert len(parts) == 4
    assert all(count(p).valid for p in parts)
    assert all(set(_NUMBER.sub("", p).split()) == {"consequential"} for p in parts)  # no word cut in two


def test_line_breaks_are_good_places_to_cut() -> None:
    lines = "\n".join(f"- point {i}: we will keep investing in the team and the product" for i in range(12))
    for part in split_thread(lines)[:-1]:
        assert _NUMBER.sub("", part).endswith("product")


def test_a_run_with_no_space_is_cut_where_the_library_says_the_limit_falls() -> None:
    poem = "故人西辞黄鹤楼，烟花三月下扬州。孤帆远影碧空尽，唯见长江天际流。" * 8  # CJK weighs 2 each
    parts = split_thread(poem)
    assert len(parts) == 2  # 256 characters of weight 2
    assert "".join(_NUMBER.sub("", p) for p in parts) == poem
    assert all(count(p).valid for p in parts)
    assert all(_NUMBER.sub("", p).endswith(("。", "，")) for p in parts[:-1])  # a soft break near the limit


def test_ten_parts_or_more_use_two_digit_numbering_and_stay_valid() -> None:
    text = " ".join([BOARD] * 9)
    parts = split_thread(text)
    assert len(parts) >= 10
    assert parts[0].endswith(f" 1/{len(parts)}") and parts[-1].endswith(f" {len(parts)}/{len(parts)}")
    assert all(count(p).valid for p in parts)


def test_links_are_priced_per_part() -> None:
    text = BOARD + " Details: https://example.com/q3. " + BOARD
    check = PostChecker().check(text, thread=True)
    assert check.thread and len(check.parts) >= 3
    with_link = [p for p in check.parts if "https://example.com/q3" in p.text]
    assert [p.price_micro for p in with_link] == [200_000]
    assert check.price_micro == 200_000 + 15_000 * (len(check.parts) - 1)


def test_part_spans_point_into_the_text() -> None:
    text = "\n\n  " + " ".join([BOARD] * 2)
    for part in PostChecker().check(text, thread=True).parts:
        assert part.text.startswith(text[part.start : part.end])


def test_join_parts_reverses_the_split() -> None:
    assert join_parts(["First part. 1/2", "Second part. 2/2"]) == "First part.\n\nSecond part."
