"""What decides how a proposal of the deck goes (`DeckRules`), apart from the deck itself: the quiet periods'
watch (`services.quiet`) makes them at start-up without importing the deck's folder, proposals and outbox."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from exec_desk.core.disclosure import QuietPeriod


@dataclass
class DeckRules:
    """What decides how a proposal goes: the cool-off, the longest thread, the quiet periods and their words."""

    cooloff_minutes: int = 10
    thread_cap: int = 25
    periods: Sequence[QuietPeriod] = ()
    words: Sequence[str] = ()
