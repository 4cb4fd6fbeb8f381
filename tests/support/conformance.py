"""twitter-text's conformance suite (tests/data/twitter-text-validate.yml): the cases of the weighted length."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

CONFORMANCE = Path(__file__).resolve().parents[1] / "data" / "twitter-text-validate.yml"
SUITE = "WeightedTweetsWithDiscountedEmojiCounterTest"


def conformance_cases() -> list[dict[str, Any]]:
    """The v3 weighted-length cases (the 280 rule in force); a missing file fails the tests, never skips them."""
    assert CONFORMANCE.is_file(), f"the conformance suite is missing: {CONFORMANCE}"
    data = yaml.safe_load(CONFORMANCE.read_text(encoding="utf-8"))
    cases: list[dict[str, Any]] = data["tests"][SUITE]
    assert len(cases) >= 20, f"only {len(cases)} cases in {SUITE}"
    return cases
