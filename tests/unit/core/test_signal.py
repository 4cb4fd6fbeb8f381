"""The rules of issue 13 on constructed data (core.signal): reasons and urgency on a queue, spikes around the
threshold, response clocks over working hours across a weekend, a draft that repeats a company post (English and
French), and the week's figures from a log."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from exec_desk.core.queue import Candidate, GroupInfo, Lookup, build_queue
from exec_desk.core.signal.clocks import ResponseClock, WorkingHours, deadline
from exec_desk.core.signal.radar import Mention, SpikeRule, baseline_windows, counts, spikes
from exec_desk.core.signal.reasons import Attention, Level, Reason, Signals
from exec_desk.core.signal.similarity import CompanyPost, most_similar, similarity
from exec_desk.core.signal.watch import STARTER_WORDS, WatchList
from exec_desk.core.signal.week import Act, ActKind, SessionLine, Stage, week_figures
from tests.support.factories import make_post, make_user

PARIS = ZoneInfo("Europe/Paris")
HOURS = WorkingHours.of("09:00", "18:00", [0, 1, 2, 3, 4], PARIS)
NOW = datetime(2026, 11, 26, 15, 0, tzinfo=PARIS)  # a Thursday
ME, JOURNALIST, CLIENT, RIVAL, COMPANY_ID, STRANGER = "1000", "3001", "5001", "4001", "2000", "7001"

JOURNALISTS = GroupInfo(1, "Journalists", 80, 6, 0)
CLIENTS = GroupInfo(2, "Clients", 70, 5, 1)
COMPETITORS = GroupInfo(3, "Competitors", 60, 4, 2)
COMPANY = GroupInfo(4, "Company", 50, 4, 3)
HOME = GroupInfo(5, "Home", 10, 0, 4)
MENTIONS = GroupInfo(6, "Mentions", 90, 8, 5)
WATCH = WatchList.of(["Aldercrest"], STARTER_WORDS)


def _signals(**changes: object) -> Signals:
    base = Signals(
        user_id=ME,
        username="claire_exec",
        own_post_ids=frozenset({"500"}),
        author_groups={JOURNALIST: "Journalists", CLIENT: "Clients", RIVAL: "Competitors"},
        company_ids=frozenset({COMPANY_ID}),
        watch=WATCH,
        hours=HOURS,
        within=timedelta(hours=4),
    )
    return Signals(**{**{f: getattr(base, f) for f in base.__dataclass_fields__}, **changes})


def _at(hours_ago: float) -> datetime:
    return NOW - timedelta(hours=hours_ago)


def test_reasons_and_urgency_on_a_constructed_queue() -> None:
    posts = {
        "1": make_post("1", author_id=STRANGER, created_at=_at(0.1), text="Lovely weather in Lyon today, my friends"),
        "2": make_post("2", author_id=RIVAL, created_at=_at(0.2), text="Our new robot is out, the best one so far"),
        "3": make_post("3", author_id=JOURNALIST, created_at=_at(3), text="@claire_exec can you comment on the recall?",
                       mentions=("claire_exec",)),
        "4": make_post("4", author_id=CLIENT, created_at=_at(1), text="@claire_exec thanks for the visit!",
                       mentions=("claire_exec",), reply_to="500"),
        "5": make_post("5", author_id=STRANGER, created_at=_at(0.5), text="Is Aldercrest down? outage again"),
        "6": make_post("6", author_id=COMPANY_ID, created_at=_at(5), text="Introducing Flow 4.0, faster pick paths"),
        "7": make_post("7", author_id=STRANGER, created_at=_at(0.3), text="A reply to your post, kind stranger",
                       reply_to="500"),
    }  # fmt: skip
    candidates = [
        Candidate(posts["1"], HOME, "home"),
        Candidate(posts["2"], COMPETITORS, "list", "Competitors"),
        Candidate(posts["3"], MENTIONS, "mentions"),
        Candidate(posts["4"], MENTIONS, "mentions"),
        Candidate(posts["5"], GroupInfo(7, "Watch words", 40, 6, 6), "search", "Aldercrest"),
        Candidate(posts["6"], COMPANY, "user", "@Aldercrest"),
        Candidate(posts["7"], MENTIONS, "mentions"),
    ]
    signals = _signals(spike_posts={"5": "Aldercrest outage"}, unamplified=frozenset({"6"}))
    users = {uid: make_user(uid) for uid in (STRANGER, RIVAL, JOURNALIST, CLIENT, COMPANY_ID)}
    build = build_queue(
        candidates,
        Lookup(posts, users),
        cap=10,
        own_user_id=ME,
        attention=lambda c, shown: signals.attention(shown, via_mentions=c.source_kind == "mentions"),
    )
    order = [item.post.id for item in build.items]
    # Open clocks first (the earliest deadline first), then the spike, then the company post not amplified,
    # then the groups by priority (Mentions 90, Competitors 60, Home 10).
    assert order == ["3", "4", "5", "6", "7", "2", "1"]
    got = {item.post.id: item.attention for item in build.items}
    assert got["3"].reasons == (Reason.MENTIONS_YOU, Reason.JOURNALIST, Reason.WATCH_WORD)
    assert got["3"].level is Level.CLOCK and got["3"].urgent
    assert got["3"].respond_by == datetime(2026, 11, 26, 16, 0, tzinfo=PARIS)  # 12:00 + 4 working hours
    assert got["4"].reasons == (Reason.MENTIONS_YOU, Reason.REPLIES_TO_YOU, Reason.CLIENT)
    assert got["4"].respond_by == datetime(2026, 11, 26, 18, 0, tzinfo=PARIS)
    assert got["5"].reasons == (Reason.SPIKE, Reason.WATCH_WORD) and got["5"].urgent and got["5"].respond_by is None
    assert got["6"].reasons == (Reason.COMPANY, Reason.NOT_AMPLIFIED) and got["6"].level is Level.COMPANY
    assert not got["6"].urgent
    assert got["7"].reasons == (Reason.REPLIES_TO_YOU,) and got["7"].level is Level.ORDINARY  # no clock: a stranger
    assert got["2"].reasons == (Reason.COMPETITOR,) and got["1"].reasons == ()


def test_what_needs_the_executive_takes_no_group_quota_and_keeps_the_cap() -> None:
    mentions = [
        make_post(str(n), author_id=JOURNALIST, created_at=_at(n / 10), text=f"@claire_exec question {n} for you?",
                  mentions=("claire_exec",))
        for n in range(1, 6)
    ]  # fmt: skip
    tight = GroupInfo(6, "Mentions", 90, 2, 5)
    candidates = [Candidate(p, tight, "mentions") for p in mentions]
    signals = _signals()
    build = build_queue(
        candidates,
        Lookup({p.id: p for p in mentions}),
        cap=4,
        attention=lambda c, shown: signals.attention(shown, via_mentions=True),
    )
    assert len(build.items) == 4  # the quota of 2 does not hold them back, the cap of 4 does
    assert all(item.attention.urgent for item in build.items)


def _mentions(count: int, end: datetime, text: str = "Aldercrest recall announced") -> list[Mention]:
    return [Mention(f"{end.timestamp():.0f}{n}", end - timedelta(minutes=1 + n), text) for n in range(count)]


def test_a_spike_is_detected_at_the_threshold_and_not_below_it() -> None:
    rule = SpikeRule(min_posts=10, factor=4.0)
    history = NOW - timedelta(hours=20)  # no weekday history yet: the previous 12 hours make the baseline
    quiet = [m for h in range(1, 13) for m in _mentions(2 if h <= 6 else 3, NOW - timedelta(hours=h))]
    # baseline of "Aldercrest recall": (6 × 2 + 6 × 3) / 12 = 2.5 posts an hour; 4 × 2.5 = 10
    found = spikes([*quiet, *_mentions(10, NOW)], WATCH, NOW, rule, history_since=history)
    assert [(s.term, s.last_hour, s.baseline) for s in found] == [
        ("Aldercrest recall", 10, 2.5),
        ("Aldercrest", 10, 2.5),
    ]
    assert len(found[0].post_ids) == 10
    assert spikes([*quiet, *_mentions(9, NOW)], WATCH, NOW, rule, history_since=history) == []  # one short
    louder = [m for h in range(1, 13) for m in _mentions(3, NOW - timedelta(hours=h))]  # baseline 3: needs 12
    assert spikes([*louder, *_mentions(11, NOW)], WATCH, NOW, rule, history_since=history) == []
    assert [s.last_hour for s in spikes([*louder, *_mentions(12, NOW)], WATCH, NOW, rule, history_since=history)] == [
        12,
        12,
    ]


def test_the_baseline_is_the_same_hour_of_the_last_weekdays_once_there_is_history() -> None:
    windows = baseline_windows(NOW, NOW - timedelta(days=30))
    assert len(windows) == 5 and all(end.weekday() < 5 for _start, end in windows)
    assert [end for _s, end in windows][:2] == [NOW - timedelta(days=1), NOW - timedelta(days=2)]
    rule = SpikeRule(10, 4.0)
    usual = [m for start, end in windows for m in _mentions(4, end)]  # 4 a day at this hour: 16 needed
    assert spikes([*usual, *_mentions(15, NOW)], WATCH, NOW, rule, history_since=NOW - timedelta(days=30)) == []
    assert spikes([*usual, *_mentions(16, NOW)], WATCH, NOW, rule, history_since=NOW - timedelta(days=30))


def test_a_post_counts_under_its_name_and_its_name_with_a_crisis_word_accents_and_case_ignored() -> None:
    watch = WatchList.of(["Aldercrest", "$ALDR"], STARTER_WORDS)
    assert watch.terms_of("GRÈVE chez ALDERCREST ce matin") == ["Aldercrest", "Aldercrest grève"]
    assert watch.terms_of("$ALDR falls after the data breach") == ["$ALDR", "$ALDR data breach"]
    assert watch.terms_of("Aldercrest recalled its team") == ["Aldercrest"]  # "recalled" is not "recall"
    assert watch.query() == '("Aldercrest" OR $ALDR) -is:retweet'
    assert WatchList.of([], STARTER_WORDS).query() is None


def test_a_term_is_about_the_longest_watched_name_it_starts_with() -> None:
    watch = WatchList.of(["Aldercrest", "Aldercrest Flow", "$ALDR"], STARTER_WORDS)
    terms = ["Aldercrest", "Aldercrest outage", "Aldercrest grève", "Aldercrest Flow", "Aldercrest Flow recall"]
    assert [watch.name_of(t) for t in terms] == ["Aldercrest"] * 3 + ["Aldercrest Flow"] * 2
    assert watch.name_of("$ALDR data breach") == "$ALDR"
    assert watch.name_of("Aldercrestine recall") == "Aldercrestine recall"  # a name no longer watched: itself


def test_clocks_run_in_working_hours_across_a_weekend() -> None:
    friday_afternoon = datetime(2026, 11, 27, 16, 30, tzinfo=PARIS)
    due = deadline(friday_afternoon, HOURS, timedelta(hours=4))
    assert due == datetime(2026, 11, 30, 11, 30, tzinfo=PARIS)  # 1 h 30 on Friday, 2 h 30 on Monday
    saturday = datetime(2026, 11, 28, 11, 0, tzinfo=PARIS)
    assert deadline(saturday, HOURS, timedelta(hours=4)) == datetime(2026, 11, 30, 13, 0, tzinfo=PARIS)
    assert HOURS.between(friday_afternoon, due) == timedelta(hours=4)
    clock = ResponseClock("9", JOURNALIST, "Journalists", friday_afternoon, due)
    assert not clock.overdue(datetime(2026, 11, 29, 23, 0, tzinfo=PARIS))  # the weekend does not count
    assert clock.overdue(datetime(2026, 11, 30, 11, 31, tzinfo=PARIS))
    handled = ResponseClock("9", JOURNALIST, "Journalists", friday_afternoon, due, handled_at=due)
    assert handled.in_time() and not handled.overdue(due + timedelta(days=3))
    night = WorkingHours.of("22:00", "06:00", [0, 1, 2, 3, 4], UTC)  # a night shift runs past midnight
    start = datetime(2026, 11, 27, 23, 0, tzinfo=UTC)  # Friday 23:00
    assert night.add(start, timedelta(hours=8)) == datetime(2026, 11, 30, 23, 0, tzinfo=UTC)  # 7 h, then Mon 22:00
    assert WorkingHours.of("09:00", "18:00", [], UTC).add(start, timedelta(hours=1)) is None


COMPANY_EN = CompanyPost("71", "Introducing Aldercrest Flow 4.0: 30% faster pick paths and a new safety layer for "
                               "mixed fleets. https://t.co/abc", "Aldercrest")  # fmt: skip
COMPANY_FR = CompanyPost("72", "Nouveau : Aldercrest Flow disponible en français pour tous nos clients, avec une "
                               "couche de sécurité pour les flottes mixtes.", "Aldercrest_FR")  # fmt: skip


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        ("Aldercrest Flow 4.0 is here: 30% faster pick paths and a new safety layer for mixed fleets!", "71"),
        ("Aldercrest Flow est disponible en français pour tous nos clients, avec une couche de securite pour les "
         "flottes mixtes", "72"),
        ("Spent the morning with the night shift in Lyon: humans and robots in the same rhythm.", None),
        ("Merci à toute l'équipe de Lille pour cette belle journée sur le terrain.", None),
    ],
)  # fmt: skip
def test_a_draft_is_flagged_against_a_company_post_in_english_and_in_french(draft: str, expected: str | None) -> None:
    found = most_similar(draft, [COMPANY_EN, COMPANY_FR], threshold=0.7)
    assert (found.post.id if found else None) == expected
    if found is not None:
        assert 0.7 <= found.similarity <= 1.0


def test_short_texts_are_never_alike() -> None:
    assert similarity("Thank you!", "Thank you!") == 0.0
    assert similarity("Flow 4.0 is live today", "Flow 4.0 is live today") == 1.0


def test_the_week_from_a_constructed_log() -> None:
    monday = date(2026, 11, 23)

    def at(day: int, hour: int, minute: int = 0) -> datetime:
        return datetime(2026, 11, 23 + day, hour, minute, tzinfo=PARIS)

    sessions = [
        SessionLine(at(0, 9), at(0, 9, 5), read=12),
        SessionLine(at(0, 14), at(0, 14, 6), read=8),
        SessionLine(at(2, 11), at(2, 11, 4), read=10),
        SessionLine(at(7, 9), at(7, 9, 5), read=99),  # next Monday: another week
    ]
    acts = [Act(at(0, 9, 2), ActKind.RETWEET), Act(at(0, 14, 1), ActKind.RETWEET), Act(at(2, 11, 1), ActKind.RETWEET),
            Act(at(2, 11, 3), ActKind.POST), Act(at(2, 11, 3), ActKind.REPLY)]  # fmt: skip
    clocks = [
        ResponseClock("a", JOURNALIST, "Journalists", at(0, 10), at(0, 14), handled_at=at(0, 14)),  # in time
        ResponseClock("b", CLIENT, "Clients", at(1, 10), at(1, 14), handled_at=at(2, 11)),  # late
        ResponseClock("c", CLIENT, "Clients", at(3, 10), at(3, 14)),  # open, overdue at NOW + a day
    ]
    week = week_figures(monday, sessions, acts, clocks, at(4, 9), tz=PARIS)
    assert (week.start, week.end) == (monday, date(2026, 11, 29))
    assert (week.sessions, week.minutes, week.read) == (3, 15.0, 30)
    assert (week.amplified, week.written, week.replies) == (3, 1, 1)
    assert (week.mentions_due, week.mentions_in_time, week.mentions_overdue) == (3, 1, 2)
    assert [d.sessions for d in week.days] == [2, 0, 1, 0, 0, 0, 0]
    assert week.own_share == 0.25 and week.mix == "balanced"
    assert week.stage is Stage.SPEAK
    assert "waited past their clock" in week.suggestion and "2" in week.suggestion
    quiet = week_figures(monday, sessions[:1], acts[:1], [], at(4, 9), tz=PARIS)
    assert quiet.stage is Stage.WATCH and quiet.suggestion.startswith("Next step: amplify")
    amplifier = week_figures(monday, sessions, acts[:3], [], at(4, 9), tz=PARIS)
    assert amplifier.stage is Stage.AMPLIFY and amplifier.suggestion.startswith("Next step: speak")
    assert week_figures(monday, [], [], [], at(4, 9), tz=PARIS).suggestion.startswith("Start small")


def test_normalise_folds_case_accents_and_compatibility_forms_and_drops_links() -> None:
    from exec_desk.core.signal.watch import normalise

    assert normalise("Grève à l'usine! https://x.com/a/b") == "greve a l usine"
    assert normalise("ŒUVRE naïve, Straße; ﬁle ＡＢＣ") == "œuvre naive strasse file abc"
    assert normalise("x\u0301y\u20d0z $ALDR #tag") == "xyz $aldr tag"
    assert normalise("日本語のテキスト") == "日本語のテキスト"
    assert normalise("plain ascii, words") == "plain ascii words"


def test_a_cold_start_has_no_baseline_and_calls_no_spike_until_a_real_jump() -> None:
    rule = SpikeRule(10, 4.0)
    common = _mentions(12, NOW, text="Aldercrest at the trade fair")  # the name alone: talked about every hour
    # a first reading holds only the last hour: the baseline is unknown, the common name is not a spike
    [count] = counts(common, WATCH, NOW, NOW - timedelta(hours=1), held=[(NOW - timedelta(hours=1), NOW)])
    assert (count.term, count.last_hour, count.baseline) == ("Aldercrest", 12, None)
    assert spikes(common, WATCH, NOW, rule, history_since=None) == []
    assert spikes(common, WATCH, NOW, rule, history_since=NOW - timedelta(minutes=50)) == []
    # a later reading holds the 12 hours before: the name is as common as ever (no spike), the recall jumps
    later = NOW + timedelta(hours=12)
    usual = [m for h in range(13) for m in _mentions(12, NOW + timedelta(hours=h), text="Aldercrest at the fair")]
    crisis = _mentions(30, later + timedelta(hours=1), text="Aldercrest recall announced")
    held = [(NOW - timedelta(hours=1), later + timedelta(hours=1))]
    found = spikes([*usual, *crisis], WATCH, later + timedelta(hours=1), rule, history_since=held[0][0], held=held)
    assert [(s.term, s.last_hour, s.baseline) for s in found] == [("Aldercrest recall", 30, 0.0)]
    # the same posts with an hour in the middle not held: the baseline stops at the hole (the hours after it)
    holed = [(held[0][0], later - timedelta(hours=6)), (later - timedelta(hours=5), later + timedelta(hours=1))]
    assert baseline_windows(later + timedelta(hours=1), holed[0][0], holed) == [
        (later - timedelta(hours=h + 1), later - timedelta(hours=h)) for h in range(5)
    ]


def test_watch_matches_agrees_with_whole_words_of_the_normalised_text_on_random_texts() -> None:
    """`matches` skips the normalisation of an ASCII text holding no term's first word: it must say what the
    definition says (a term is whole words of the normalised text), here on texts built to straddle links,
    punctuation, case and accents."""
    import random

    from exec_desk.core.signal.watch import contains, normalise

    watch = WatchList.of(["Valmont", "$ALDR", "Jean-Luc Picard", "école"], ["strike", "data breach", "recall"])
    pieces = [
        "valmont", "VALMONT", "Valmonts", "$aldr", "ALDR", "jean luc", "Jean-Luc", "picard!", "ecole", "École",
        "strike", "strikes", "data", "breach", "data-breach", "recall,", "https://x.com/valmont", "a", "the", "—",
        "  ", "\n", "naïve",
    ]  # fmt: skip
    rng = random.Random(12)
    found = 0
    for _ in range(3000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        normalised = normalise(text)
        expected = any(contains(normalised, term) for term in (*watch.names, *watch.words))
        assert watch.matches(text) is expected, text
        found += expected
    assert 300 < found < 2700  # both answers are exercised
    assert not WatchList.of([], []).matches("valmont strike")


def test_a_closed_clock_leaves_the_level_the_other_reasons_give() -> None:
    due = NOW + timedelta(hours=2)
    mention = (Reason.MENTIONS_YOU, Reason.JOURNALIST)
    assert Attention(mention, Level.CLOCK, due).closed() == Attention(mention)
    assert Attention((*mention, Reason.SPIKE), Level.CLOCK, due).closed() == Attention(
        (*mention, Reason.SPIKE), Level.SPIKE
    )
    company = (Reason.MENTIONS_YOU, Reason.NOT_AMPLIFIED)
    assert Attention(company, Level.CLOCK, due).closed() == Attention(company, Level.COMPANY)
    assert Attention(mention, Level.FOCUS, due).closed() == Attention(mention, Level.FOCUS)  # the session's focus
    plain = Attention((Reason.WATCH_WORD,))
    assert plain.closed() is plain
