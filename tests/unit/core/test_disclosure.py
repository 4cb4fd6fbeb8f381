"""Quiet periods and disclosure words (issue 14, point 3): when a post is held, and the press-release rule."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from exec_desk.core.disclosure import QuietPeriod, hold_for, matching_words, parse_period, press_release_problem
from exec_desk.core.text import extract_urls

PARIS = timezone(timedelta(hours=1))
WORDS = ["ACME", "results", "guidance", "résultats", "chiffre d'affaires"]
Q3 = parse_period("2026-10-01..2026-10-28 Q3 results", PARIS)
PR = "https://ir.acme.com/press/q3-2026"


def test_a_period_covers_both_its_days_in_local_time() -> None:
    assert QuietPeriod(datetime(2026, 10, 1, tzinfo=PARIS), datetime(2026, 10, 29, tzinfo=PARIS), "Q3 results") == Q3
    assert Q3.covers(datetime(2026, 10, 28, 23, 59, tzinfo=PARIS))
    assert not Q3.covers(datetime(2026, 10, 29, 0, 0, tzinfo=PARIS))
    with pytest.raises(ValueError, match="ends before it starts"):
        parse_period("2026-10-28..2026-10-01")


def test_words_match_whole_in_any_case_with_or_without_accents() -> None:
    assert matching_words("Nos RESULTATS du trimestre", WORDS) == ["résultats"]
    assert matching_words("Our $ACME results", WORDS) == ["ACME", "results"]
    assert matching_words("Le chiffre  d’affaires progresse", WORDS) == ["chiffre d'affaires"]
    assert matching_words("acmesque resultsfoo guidances", WORDS) == []


def test_a_matching_post_in_a_quiet_period_is_held_until_its_end() -> None:
    inside = datetime(2026, 10, 15, 9, 0, tzinfo=UTC)
    hold = hold_for(["Strong guidance for Q4 1/2", "More soon 2/2"], inside, [Q3], WORDS)
    assert hold is not None and hold.words == ("guidance",) and hold.until == Q3.end
    assert hold.to_json() == {
        "reason": "“guidance” during the quiet period Q3 results, until 29 Oct 00:00: confirm with the press "
        "release's address.",
        "until": "2026-10-29T00:00:00+01:00",
        "words": ["guidance"],
    }
    assert hold_for(["Strong guidance"], datetime(2026, 11, 2, tzinfo=UTC), [Q3], WORDS) is None  # after it
    assert hold_for(["A nice team lunch"], inside, [Q3], WORDS) is None  # no disclosure word


@pytest.mark.parametrize(
    ("parts", "url", "problem"),
    [
        ([f"Our Q3 results: {PR} — thank you all"], PR, None),
        ([f"{PR}/ Q3 results are out", "More in 2/2"], PR, None),  # a trailing slash is the same address
        (["Q3 results: http://www.IR.ACME.com/press/q3-2026"], PR, None),
        (["Our Q3 results, see below", f"Press release: {PR}"], PR, "in the first post"),
        ([f"Live now https://acme.com/live then {PR}"], PR, "not https://acme.com/live"),
        ([f"Results {PR}"], "ir.acme.com/press", "must start with https://"),
    ],
)
def test_the_press_release_comes_first(parts: list[str], url: str, problem: str | None) -> None:
    found = press_release_problem(parts, url, extract_urls(parts[0]))
    assert (found is None) if problem is None else (found is not None and problem in found), found
