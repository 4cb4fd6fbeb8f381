"""Quiet periods and disclosure: when a post waits for an explicit confirmation, and what that confirmation needs.

A listed company keeps quiet before its results. During a quiet period (a `QuietPeriod`: declared dates, or an
event of the investor-relations calendar) a post whose text holds a disclosure word (the company's ticker,
"results", "guidance", "acquisition", "résultats", "prévisions"… — the `disclosure_words` setting) is **held**:
`hold_for` says why and until when. Words match whole, in any case, with or without accents (`resultats` matches
"Résultats"), a phrase word by word; `$ACME` matches the word ACME.

A held post goes only once confirmed with the official press release's address, and only if the post follows the
press-release rule (`press_release_problem`): **the first post (of a thread, its first part) carries the press
release's address, and no other link comes before it.** This is the regulators' line: the AMF's recommendation
DOC-2014-15 (social media may relay inside information only once a press release has published it in full, with a
link to that release), and the SEC's 2013 report on Netflix and Reed Hastings (Release 34-69279: social media are a
channel for material information only when investors were told so; the post at issue had no press release
beside it). See the README's "Quiet periods and disclosure".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from exec_desk.core.i18n import QT_TRANSLATE_NOOP, Message, Moment, Phrase

#: A period as the `quiet_periods` setting writes it: `2026-10-01..2026-10-28 Q3 results`.
_PERIOD = re.compile(r"(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})(?:\s+(.+))?")
HELD = QT_TRANSLATE_NOOP(
    "Disclosure", "“{words}” during the quiet period {period}, until {until}: confirm with the press release's address."
)
NO_LINK = QT_TRANSLATE_NOOP(
    "Disclosure", "Put the press release's address ({url}) in the first post, before any other link."
)
OTHER_FIRST = QT_TRANSLATE_NOOP(
    "Disclosure", "The first link of the post must be the press release's ({url}), not {other}."
)
NOT_A_LINK = QT_TRANSLATE_NOOP("Disclosure", "The press release's address must start with https:// or http:// ({url}).")
#: The templates above, in context "Disclosure" (the UI shows them translated).
MESSAGES = (HELD, NO_LINK, OTHER_FIRST, NOT_A_LINK)


@dataclass(frozen=True, slots=True)
class QuietPeriod:
    """From `start` (included) to `end` (excluded), aware datetimes; `name` says what it is before."""

    start: datetime
    end: datetime
    name: str = ""

    def covers(self, moment: datetime) -> bool:
        return self.start <= moment < self.end


@dataclass(frozen=True, slots=True)
class Hold:
    """Why a post is held: the words found, the quiet period, and when it ends."""

    words: tuple[str, ...]
    period: QuietPeriod

    @property
    def until(self) -> datetime:
        return self.period.end

    @property
    def reason(self) -> Message:
        shown = ", ".join(self.words)
        name = self.period.name or f"{self.period.start.date().isoformat()}"
        until = Moment(self.until, "datetime")
        return Message(Phrase.of("Disclosure", HELD, words=shown, period=name, until=until))

    def to_json(self) -> dict[str, object]:
        """`{"reason", "until"}` as `exec-desk post --dry-run --json` reports it (and the words found)."""
        return {"reason": str(self.reason), "until": self.until.isoformat(), "words": list(self.words)}


def parse_period(text: str, tz: tzinfo | None = None) -> QuietPeriod:
    """A period of the `quiet_periods` setting: both days included, local time (`tz`, else the system's)."""
    match = _PERIOD.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"{text!r} is not a period such as 2026-10-01..2026-10-28")
    first, last = date.fromisoformat(match.group(1)), date.fromisoformat(match.group(2))
    if last < first:
        raise ValueError(f"{text!r} ends before it starts")
    return QuietPeriod(_local(first, tz), _local(last + timedelta(days=1), tz), (match.group(3) or "").strip())


def _local(day: date, tz: tzinfo | None) -> datetime:
    moment = datetime.combine(day, time(0))
    return moment.replace(tzinfo=tz) if tz is not None else moment.astimezone()


def _folded(text: str) -> str:
    """Lower case, accents gone: "Résultats" → "resultats"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


def matching_words(text: str, words: Iterable[str]) -> list[str]:
    """The disclosure words (as listed) found whole in `text`."""
    folded = _folded(text)
    found = []
    for word in words:
        key = _folded(word).strip()
        if not key:
            continue
        pattern = r"(?<![\w])" + r"\s+".join(re.escape(w) for w in key.split()) + r"(?![\w])"
        if re.search(pattern, folded) and word not in found:
            found.append(word)
    return found


def hold_for(parts: Sequence[str], when: datetime, periods: Iterable[QuietPeriod], words: Iterable[str]) -> Hold | None:
    """The hold of a post sent at `when` (its parts), or None when it may go."""
    period = next((p for p in sorted(periods, key=lambda p: p.end) if p.covers(when)), None)
    if period is None:
        return None
    found = matching_words("\n".join(parts), words)
    return Hold(tuple(found), period) if found else None


def _normal(url: str) -> str:
    """An address as compared: no scheme, no `www.`, the host in lower case, no trailing slash."""
    bare = re.sub(r"^[a-z][a-z0-9+.-]*://", "", url.strip(), flags=re.IGNORECASE)
    host, slash, rest = bare.partition("/")
    host = host.lower().removeprefix("www.")
    return (host + slash + rest).rstrip("/")


def press_release_problem(parts: Sequence[str], url: str, links: Sequence[str]) -> Message | None:
    """What breaks the press-release rule for a post whose first part holds `links` (in order; `core.text`'s
    `extract_urls(parts[0])`), confirmed with the press release at `url`; None when the rule holds."""
    if not re.match(r"https?://\S+$", url.strip(), re.IGNORECASE):
        return Message(Phrase.of("Disclosure", NOT_A_LINK, url=url))
    wanted = _normal(url)
    if not parts or not any(_normal(link) == wanted for link in links):
        return Message(Phrase.of("Disclosure", NO_LINK, url=url))
    first = links[0]
    if _normal(first) != wanted:
        return Message(Phrase.of("Disclosure", OTHER_FIRST, url=url, other=first))
    return None
