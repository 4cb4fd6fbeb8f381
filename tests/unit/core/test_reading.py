"""The rule of what counts as read (core.reading): half a row on screen, for the time its words take to read."""

from __future__ import annotations

import pytest

from exec_desk.core.reading import FLOOR_SECONDS, WORDS_PER_MINUTE, reading_seconds, visible_enough, word_count


def test_reading_time_follows_the_words_with_a_floor() -> None:
    assert WORDS_PER_MINUTE == 238 and FLOOR_SECONDS == 1.0
    assert reading_seconds("Yes.") == 1.0  # one word: the floor
    forty = " ".join(["word"] * 40)
    assert reading_seconds(forty) == pytest.approx(40 * 60 / 238)  # about ten seconds
    assert reading_seconds(forty, quoted=forty) == pytest.approx(80 * 60 / 238)  # the quoted post is read too
    assert word_count("今日は良い天気ですね。明日も晴れるでしょう。") == 10  # no spaces: one word per 2 characters
    assert word_count("See https://example.com/a-long-path-to-read") == 2


@pytest.mark.parametrize(
    ("row", "view", "expected"),
    [
        ((0, 100), (0, 500), True),  # whole row
        ((450, 550), (0, 500), True),  # exactly half
        ((451, 551), (0, 500), False),  # just under half
        ((-60, 40), (0, 500), False),  # 40 % at the top
        ((-1000, 1000), (0, 500), True),  # taller than the list, filling it
        ((-1000, 240), (0, 500), False),  # taller than the list, under half of it
        ((600, 700), (0, 500), False),  # below
    ],
)
def test_half_of_the_row_or_half_of_the_list(row: tuple[int, int], view: tuple[int, int], expected: bool) -> None:
    assert visible_enough(*row, *view) is expected
