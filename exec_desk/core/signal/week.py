"""The week along the path leaders follow on X (watch → amplify → speak): figures from the log, the mix of own
posts to amplified ones against the 4-1-1 guide, the stage, and one gentle suggestion for the next step.

The 4-1-1 guide (Andrew Davis, popularised by the Content Marketing Institute): for every post about yourself,
share one post of others' and four pieces of others' content — about five amplified for one of your own. Here
"own" is a post or thread the user wrote (a reply is counted apart), "amplified" a retweet.

The stage: **speak** once the user wrote a post of their own that week, **amplify** once they retweeted at least
`AMPLIFY_FROM` posts, else **watch**. The suggestion leads to the next stage, or, at the last one, to the balance
of the mix (or to keeping the clocks when mentions waited too long).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum

from exec_desk.core.i18n import QT_TRANSLATE_NOOP, Message, Phrase
from exec_desk.core.signal.clocks import ResponseClock

#: Retweets in a week from which the user is amplifying, not only watching.
AMPLIFY_FROM = 2
#: Above this share of own posts the mix leans on self-promotion.
OWN_HEAVY = 1 / 3


class Stage(StrEnum):
    WATCH = "watch"
    AMPLIFY = "amplify"
    SPEAK = "speak"


class ActKind(StrEnum):
    POST = "post"
    REPLY = "reply"
    RETWEET = "retweet"


@dataclass(frozen=True, slots=True)
class SessionLine:
    """One session of the log."""

    started_at: datetime
    ended_at: datetime | None
    read: int = 0


@dataclass(frozen=True, slots=True)
class Act:
    """Something the user did on X: a post, a reply or a retweet, when they did it."""

    at: datetime
    kind: ActKind


@dataclass(frozen=True, slots=True)
class DayFigures:
    """One day of the week."""

    day: date
    sessions: int = 0
    minutes: float = 0.0
    read: int = 0
    amplified: int = 0
    written: int = 0
    replies: int = 0


@dataclass(frozen=True, slots=True)
class WeekFigures:
    """The week from Monday `start` to Sunday `end` (local days)."""

    start: date
    end: date
    days: tuple[DayFigures, ...]
    mentions_due: int
    mentions_in_time: int
    mentions_overdue: int
    stage: Stage
    suggestion: Message

    @property
    def sessions(self) -> int:
        return sum(d.sessions for d in self.days)

    @property
    def minutes(self) -> float:
        return round(sum(d.minutes for d in self.days), 1)

    @property
    def read(self) -> int:
        return sum(d.read for d in self.days)

    @property
    def amplified(self) -> int:
        return sum(d.amplified for d in self.days)

    @property
    def written(self) -> int:
        return sum(d.written for d in self.days)

    @property
    def replies(self) -> int:
        return sum(d.replies for d in self.days)

    @property
    def own_share(self) -> float | None:
        """Own posts among own and amplified (None when neither)."""
        total = self.written + self.amplified
        return None if total == 0 else round(self.written / total, 3)

    @property
    def mix(self) -> str:
        """ "balanced", "own_heavy", "amplify_only" or "none" against the 4-1-1 guide."""
        share = self.own_share
        if share is None:
            return "none"
        if share == 0:
            return "amplify_only"
        return "own_heavy" if share > OWN_HEAVY else "balanced"


SUGGESTIONS = {
    "start": QT_TRANSLATE_NOOP("Week", "Start small: one five-minute session on two days next week."),
    Stage.WATCH: QT_TRANSLATE_NOOP(
        "Week", "Next step: amplify. Retweet one post a session that your clients or your team would want to see."
    ),
    Stage.AMPLIFY: QT_TRANSLATE_NOOP(
        "Week", "Next step: speak. Write one short post next week about what you amplified most."
    ),
    "own_heavy": QT_TRANSLATE_NOOP(
        "Week", "Share others' work a little more: about five retweets for each post of your own (4-1-1)."
    ),
    "clocks": QT_TRANSLATE_NOOP(
        "Week",
        "Mentions that waited past their clock this week: {count}. Open clocks come first in a session: answer "
        "them there.",
    ),
    "keep": QT_TRANSLATE_NOOP("Week", "Keep the rhythm: a post of your own and a few retweets a week."),
}


def week_start(moment: datetime, tz: tzinfo | None = None) -> date:
    """The Monday of `moment`'s week, in local days."""
    local = moment.astimezone(tz) if tz is not None else moment.astimezone()
    return local.date() - timedelta(days=local.weekday())


def stage_of(written: int, amplified: int) -> Stage:
    if written >= 1:
        return Stage.SPEAK
    return Stage.AMPLIFY if amplified >= AMPLIFY_FROM else Stage.WATCH


def suggestion(stage: Stage, sessions: int, mix: str, overdue: int) -> Message:
    """One gentle suggestion for the next step."""
    if sessions == 0:
        return Message(Phrase.of("Week", SUGGESTIONS["start"]))
    if stage is not Stage.SPEAK:
        return Message(Phrase.of("Week", SUGGESTIONS[stage]))
    if overdue:
        return Message(Phrase.of("Week", SUGGESTIONS["clocks"], count=overdue))
    return Message(Phrase.of("Week", SUGGESTIONS["own_heavy" if mix == "own_heavy" else "keep"]))


def week_figures(
    start: date,
    sessions: Iterable[SessionLine],
    acts: Iterable[Act],
    clocks: Sequence[ResponseClock],
    now: datetime,
    tz: tzinfo | None = None,
) -> WeekFigures:
    """The figures of the week that begins on `start` (a Monday), from the log."""

    def day_of(moment: datetime) -> date:
        return (moment.astimezone(tz) if tz is not None else moment.astimezone()).date()

    days = {start + timedelta(days=n): {"sessions": 0, "minutes": 0.0, "read": 0, "amp": 0, "own": 0, "rep": 0}
            for n in range(7)}  # fmt: skip
    for line in sessions:
        day = days.get(day_of(line.started_at))
        if day is None:
            continue
        day["sessions"] += 1
        day["read"] += line.read
        if line.ended_at is not None:
            day["minutes"] += max(0.0, (line.ended_at - line.started_at).total_seconds() / 60)
    keys = {ActKind.RETWEET: "amp", ActKind.POST: "own", ActKind.REPLY: "rep"}
    for act in acts:
        day = days.get(day_of(act.at))
        if day is not None:
            day[keys[act.kind]] += 1
    figures = tuple(
        DayFigures(d, int(v["sessions"]), round(v["minutes"], 1), int(v["read"]), int(v["amp"]), int(v["own"]),
                   int(v["rep"]))
        for d, v in sorted(days.items())
    )  # fmt: skip
    due = [c for c in clocks if c.respond_by is not None and start <= day_of(c.created_at) < start + timedelta(7)]
    in_time = sum(c.in_time() for c in due)
    overdue = sum(c.overdue(now) for c in due)
    written = sum(d.written for d in figures)
    amplified = sum(d.amplified for d in figures)
    stage = stage_of(written, amplified)
    partial = WeekFigures(start, start + timedelta(days=6), figures, len(due), in_time, overdue, stage, Message())
    advice = suggestion(stage, partial.sessions, partial.mix, overdue)
    return WeekFigures(start, start + timedelta(days=6), figures, len(due), in_time, overdue, stage, advice)
