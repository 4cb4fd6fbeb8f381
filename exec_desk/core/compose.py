"""What a post may hold, counted by twitter-text v3: weighted length, the part past the limit, threads and prices.

`count(text)` is twitter-text-parser's own verdict on a whole text (`parse_tweet`), for one-off checks (the CLI).

`PostChecker` is the composer's incremental checker, one per editor. Parsing 5,000 characters takes ~30 ms, too slow
for a keystroke, so `check` cuts the text into words and whitespace runs, has the library weigh each (cached by its
text: a keystroke re-parses only the word it touched) and adds them up. The sum is exact: nothing twitter-text
counts as one unit (URL, emoji sequence, `\r\n`) crosses whitespace, whitespace is a valid character before a URL
and after a domain, and NFC never composes across it. A word is weighed after a space, as it stands in the text; a
word opening a post is weighed again alone (see `_opener`). The tests compare the sums with `parse_tweet` on the
conformance suite and on random texts.

`split_thread(text)` cuts a long text into numbered posts (" 2/5" appended) at sentence ends, else between words,
else (a run with no space, e.g. Chinese) where the library says the limit falls. Every part is checked.
A thread holds at most `max_parts` posts (`post_limits.THREAD_CAP`, the `thread_cap` setting); a text no such
thread could hold is refused before it is counted, and text that shows nothing or holds NUL is refused
(`core.post_limits`). Prices come from `exec_desk.core.pricing`: $0.015 a post, $0.20 with a URL. The problems a
check reports are `core.i18n.Message`s of templates marked with `QT_TRANSLATE_NOOP("Compose", ...)`; the UI
translates them.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from exec_desk.core import pricing
from exec_desk.core.i18n import QT_TRANSLATE_NOOP, Message, Phrase
from exec_desk.core.media.checks import Attachment
from exec_desk.core.payloads import PostPayload
from exec_desk.core.post_limits import FAR_TOO_LONG, THREAD_CAP, TOO_MANY_POSTS, far_beyond, said, text_problems
from exec_desk.core.text import has_url
from exec_desk.core.twitter_text_lib import twitter_text


def parse_tweet(text: str, options: dict[str, Any]) -> Any:
    """twitter-text's `parse_tweet`. The library (~8 MiB of compiled regexes, ~130 ms) loads on first use, so an
    idle app that never composes does not carry it; an empty text is checked without it."""
    return twitter_text().parse_tweet(text, options)


@functools.cache
def _v3() -> dict[str, Any]:
    return dict(twitter_text().config.config["defaults"])


@functools.cache
def _unlimited() -> dict[str, Any]:
    return {**_v3(), "max_weighted_tweet_length": 10**9}


MAX_WEIGHT = 280
_TOKEN = re.compile(r"\s+|\S+")
_SENTENCE_END = re.compile(r"(?:[.!?…]+|[。！？]+)[\"'”’»)\]]*$")
_ABBREVIATION = re.compile(r"(?i)^(?:mr|mrs|ms|dr|prof|st|vs|e\.g|i\.e|jr|sr|no|fig|approx|[a-z])\.$")
_NUMBERING = re.compile(r"\s+\d{1,3}/\d{1,3}$")
#: Where a run with no space may be cut, best first: after these characters.
_SOFT_BREAKS = "。！？!?.…，、,;；:："
_CACHE_SLACK = 2000
EMPTY = QT_TRANSLATE_NOOP("Compose", "Write something first.")
TOO_LONG = QT_TRANSLATE_NOOP(
    "Compose",
    "This is {length} characters; one post holds {max}. Shorten it by {over}, or send it as a thread of {parts} posts.",
)
REFUSED = QT_TRANSLATE_NOOP("Compose", "The text holds a character X does not accept ({name}); remove it.")
INVISIBLE = QT_TRANSLATE_NOOP("Compose", "an invisible character")


@dataclass(frozen=True, slots=True)
class Count:
    """twitter-text's verdict on one text; ranges are inclusive UTF-16 offsets, as the library gives them."""

    weighted_length: int
    valid: bool
    permillage: int
    valid_range: tuple[int, int]
    display_range: tuple[int, int]


def count(text: str) -> Count:
    """Parse the whole text with twitter-text v3 (280 weighted characters, URLs 23, most CJK and emoji 2)."""
    r = parse_tweet(text, _v3())
    valid_range, display_range = (r.validRangeStart, r.validRangeEnd), (r.displayRangeStart, r.displayRangeEnd)
    return Count(int(r.weightedLength), bool(r.valid), int(r.permillage), valid_range, display_range)


@dataclass(frozen=True, slots=True)
class Part:
    """One post of a thread (or the single post): `text` as it will be sent, numbering included."""

    number: int
    text: str
    #: The span of its words in the composed text (Python indices), numbering excluded.
    start: int
    end: int
    weighted_length: int
    valid: bool
    has_url: bool
    price_micro: int


@dataclass(frozen=True, slots=True)
class Check:
    """The composer's verdict on a text: as one post (`weighted_length`, `valid`, `over_from`) and as `parts`."""

    text: str
    weighted_length: int
    valid: bool
    #: UTF-16 offset where the text stops being a valid single post (past the limit, or a refused character);
    #: None when it is valid, or when it is checked as a thread.
    over_from: int | None
    has_url: bool
    #: The thread split: one part when the text fits in one post, none when there is nothing to send.
    parts: tuple[Part, ...]
    thread: bool
    problems: tuple[Message, ...]
    max_weight: int = MAX_WEIGHT
    #: The most posts a thread may have (the `thread_cap` setting).
    max_parts: int = THREAD_CAP
    #: False when the text was refused before twitter-text counted it (`post_limits.far_beyond`): then
    #: `weighted_length` is only a lower bound and there are no parts.
    counted: bool = True

    @property
    def sendable(self) -> bool:
        return not self.problems

    @property
    def price_micro(self) -> int:
        """What sending the parts would cost."""
        return sum(p.price_micro for p in self.parts)

    @property
    def counter_text(self) -> str:
        """`243/280`."""
        return f"{self.weighted_length}/{self.max_weight}"


#: What the library says of one word or whitespace run: (weight, clean, has URL, is space, holds a newline, ends a
#: sentence). "clean": no character twitter-text refuses.
_Piece = tuple[int, bool, bool, bool, bool, bool]
#: A word in the text: (start, end, weight, weight of the whitespace before it, a good place to end a part, glued
#: (the rest of a cut run: starts a new part), clean, has URL). Plain tuples: built for every word on every keystroke.
_Word = tuple[int, int, int, int, bool, bool, bool, bool]
_START, _END, _WEIGHT, _SEP, _ENDS, _GLUED, _CLEAN, _URL = range(8)


class PostChecker:
    """Incremental checker: keep one per editor and call `check` on every change."""

    def __init__(self, max_weight: int = MAX_WEIGHT, max_parts: int = THREAD_CAP) -> None:
        self.max_weight = max_weight
        #: The most posts of a thread (may be changed between checks: the `thread_cap` setting).
        self.max_parts = max_parts
        self._pieces: dict[str, _Piece] = {}  # words as they count after whitespace
        self._openers: dict[str, int] = {}  # weights of words opening a post
        self._cuts: dict[tuple[str, int], tuple[int, ...]] = {}

    def check(self, text: str, *, thread: bool = False, has_media: bool = False, reply: bool = False) -> Check:
        """Count `text` as one post and split it into parts; `thread` says the user wants it sent as a thread."""
        floor = far_beyond(text, self.max_parts, self.max_weight)
        if floor is not None:  # no thread within the cap could hold it: refused before counting
            most = self.max_parts * self.max_weight
            problem = said(FAR_TOO_LONG, chars=len(text), cap=self.max_parts, most=most)
            return Check(
                text, floor, False, None, False, (), thread, (problem,), self.max_weight, self.max_parts, False
            )
        tokens: list[str] = _TOKEN.findall(text)
        known = self._pieces
        pieces = [known.get(t) or self._measure(t) for t in tokens]
        if tokens and not pieces[0][3]:  # the first word opens the text: it may count differently
            pieces[0] = (self._opener(tokens[0]), *pieces[0][1:])
        if len(known) > 2 * len(pieces) + _CACHE_SLACK:
            known.clear()
            self._openers.clear()
            self._cuts.clear()
        total = sum(p[0] for p in pieces)
        clean = all(p[1] for p in pieces)
        valid = clean and 0 < total <= self.max_weight
        over_from = None if valid or thread or not text else self._over_from(text, tokens, pieces)
        words = _words(tokens, pieces)
        parts = self._parts(text, words, fits=valid, reply=reply)
        if not words and has_media:  # a picture alone is a post
            price = pricing.write_price(pricing.Op.CREATE_POST, is_reply=reply)
            parts = (Part(1, "", 0, 0, 0, True, False, price),)
        problems: list[Message] = []
        if not words and not has_media:
            problems.append(said(EMPTY))
        problems.extend(text_problems(text))  # NUL; nothing visible
        if not clean:
            problems.append(_refused(text))
        elif len(parts) > self.max_parts:
            problems.append(said(TOO_MANY_POSTS, parts=len(parts), cap=self.max_parts))
        elif not valid and words and not thread:
            over = total - self.max_weight
            problems.append(said(TOO_LONG, length=total, max=self.max_weight, over=over, parts=len(parts)))
        has_link, threaded, found = any(p[2] for p in pieces), thread and len(parts) > 1, tuple(problems)
        return Check(text, total, valid, over_from, has_link, parts, threaded, found, self.max_weight, self.max_parts)

    def split(self, text: str) -> list[str]:
        """The texts of the parts `text` would be sent as."""
        return [p.text for p in self.check(text, thread=True).parts]

    def _measure(self, token: str) -> _Piece:
        """Weigh a word after a space, the way it counts inside the text (see `_opener`)."""
        space = token[0].isspace()
        r = parse_tweet(token if space else " " + token, _unlimited())
        ends = not space and bool(_SENTENCE_END.search(token)) and not _ABBREVIATION.match(token)
        url = not space and "." in token and has_url(token)
        weight = int(r.weightedLength) - (0 if space else 1)
        piece = (weight, bool(r.valid), url, space, space and "\n" in token, ends)
        self._pieces[token] = piece
        return piece

    def _opener(self, word: str) -> int:
        """Weight of a word opening a post. After a space `éxample.com` is one URL (23); at the start the URL regex
        takes `é` as the character before the URL `xample.com` (1 + 23)."""
        weight = self._openers.get(word)
        if weight is None:
            weight = self._openers[word] = int(parse_tweet(word, _unlimited()).weightedLength)
        return weight

    def _over_from(self, text: str, tokens: list[str], pieces: list[_Piece]) -> int:
        """UTF-16 offset of the first character past the limit, or of the first refused one."""
        used = at = 0
        for token, piece in zip(tokens, pieces, strict=True):
            if piece[1] and used + piece[0] <= self.max_weight:
                used += piece[0]
                at += len(token)
                continue
            if at == 0:  # the first token fails: the library's own answer, at the start of the text
                return int(parse_tweet(token, _v3()).validRangeEnd) + 1
            # A leading space (weight 1, always valid) keeps the library from counting the token's first
            # character as valid when even it does not fit, and gives the token its context in the text.
            r = parse_tweet(" " + token, {**_v3(), "max_weighted_tweet_length": self.max_weight - used + 1})
            return _utf16_len(text[:at]) + int(r.validRangeEnd)
        return _utf16_len(text)

    def _parts(self, text: str, words: list[_Word], *, fits: bool, reply: bool) -> tuple[Part, ...]:
        if not words:
            return ()
        if fits:
            return (self._part(1, text, words, "", reply),)
        digits, least = 1, sum(w[_WEIGHT] + w[_SEP] for w in words)
        while True:
            largest = 10**digits - 1
            budget = self.max_weight - len(f" {largest}/{largest}")
            if least > largest * budget:  # cannot fit in `largest` parts: skip the packing
                digits += 1
                continue
            expanded = self._expand(text, words, budget)
            ranges = _pack(expanded, budget, lambda w: self._opener(text[w[_START] : w[_END]]))
            if len(ranges) <= largest:
                break
            digits += 1
        n = len(ranges)
        return tuple(
            self._part(k, text, expanded[i : j + 1], f" {k}/{n}", reply and k == 1)
            for k, (i, j) in enumerate(ranges, 1)
        )

    def _part(self, number: int, text: str, group: list[_Word], suffix: str, reply: bool) -> Part:
        first, url = group[0], any(w[_URL] for w in group)
        opener = self._opener(text[first[_START] : first[_END]])
        weight = sum(w[_WEIGHT] + w[_SEP] for w in group) - first[_SEP] - first[_WEIGHT] + opener + len(suffix)
        return Part(
            number=number,
            text=text[first[_START] : group[-1][_END]] + suffix,
            start=first[_START],
            end=group[-1][_END],
            weighted_length=weight,
            valid=all(w[_CLEAN] for w in group) and 0 < weight <= self.max_weight,
            has_url=url,
            price_micro=pricing.write_price(pricing.Op.CREATE_POST, has_url=url, is_reply=reply),
        )

    def _expand(self, text: str, words: list[_Word], budget: int) -> list[_Word]:
        """Words heavier than `budget` (long runs with no space) cut where the library says the limit falls."""
        if all(w[_WEIGHT] <= budget for w in words):
            return words
        out: list[_Word] = []
        for w in words:
            if w[_WEIGHT] <= budget:
                out.append(w)
                continue
            start, token = w[_START], text[w[_START] : w[_END]]
            key = (token, budget)
            if key not in self._cuts:
                self._cuts[key] = _cut_points(token, budget)
            bounds = (0, *self._cuts[key], len(token))
            last = len(bounds) - 2
            for k in range(last + 1):
                a, b = bounds[k], bounds[k + 1]
                p = self._pieces.get(token[a:b]) or self._measure(token[a:b])
                ends = bool(w[_ENDS]) if k == last else True
                out.append((start + a, start + b, p[0], w[_SEP] if k == 0 else 0, ends, k > 0, p[1], p[2]))
        return out


def _words(tokens: list[str], pieces: list[_Piece]) -> list[_Word]:
    words: list[_Word] = []
    append = words.append
    at = sep = 0
    for token, (weight, clean, url, space, newline, ends) in zip(tokens, pieces, strict=True):
        if space:
            sep = weight
            if newline and words:  # a line break is as good a place to end a part as a sentence end
                w = words[-1]
                words[-1] = (w[0], w[1], w[2], w[3], True, w[5], w[6], w[7])
        else:
            append((at, at + len(token), weight, sep if words else 0, ends, False, clean, url))
        at += len(token)
    return words


def _pack(words: list[_Word], budget: int, opener: Callable[[_Word], int]) -> list[tuple[int, int]]:
    """Greedy: as many words as fit, then back to the last sentence end in the part, if any (`opener`: see above)."""
    ranges: list[tuple[int, int]] = []
    i, n = 0, len(words)
    while i < n:
        j, total = i, opener(words[i])
        last_end = i if words[i][_ENDS] else None
        while j + 1 < n:
            nxt = words[j + 1]
            if nxt[_GLUED] or total + nxt[_SEP] + nxt[_WEIGHT] > budget:
                break
            j += 1
            total += nxt[_SEP] + nxt[_WEIGHT]
            if nxt[_ENDS]:
                last_end = j
        if j + 1 < n and last_end is not None and last_end < j:
            j = last_end
        ranges.append((i, j))
        i = j + 1
    return ranges


def _cut_points(token: str, budget: int) -> tuple[int, ...]:
    """Indices cutting `token` into pieces of at most `budget`, where the library says the limit falls.

    Only a window of the rest is parsed at a time (a few times `budget` characters, more if URLs make it light),
    so cutting a long run costs one pass, not one per piece. Soft breaks (。，.) close to the limit are preferred.
    """
    cuts: list[int] = []
    pos = 0
    while True:
        rest = token[pos:]
        window = min(len(rest), 3 * budget)
        while True:
            fits = parse_tweet(rest[:window], _unlimited()).weightedLength <= budget
            if not fits or window == len(rest):
                break
            window = min(len(rest), 2 * window)
        if fits:
            return tuple(cuts)
        r = parse_tweet(" " + rest[:window], {**_v3(), "max_weighted_tweet_length": budget + 1})
        cut = min(len(rest), max(1, _py_index(rest, int(r.validRangeEnd))))
        soft = max(rest.rfind(c, 0, cut) for c in _SOFT_BREAKS)
        if soft >= cut * 3 // 5:
            cut = soft + 1
        while 1 < cut < len(rest) and (_joins(rest[cut]) or rest[cut - 1] == "\u200d"):
            cut -= 1
        while cut > 1 and parse_tweet(rest[:cut], _unlimited()).weightedLength > budget:
            cut -= 1
        pos += cut
        cuts.append(pos)


def _joins(char: str) -> bool:
    """Whether `char` belongs to the character before it (a combining mark, a joiner, a variation selector)."""
    return bool(unicodedata.combining(char)) or char in "\u200d\ufe0e\ufe0f" or "\U0001f3fb" <= char <= "\U0001f3ff"


def _py_index(text: str, utf16_units: int) -> int:
    """Python index after the first `utf16_units` UTF-16 code units of `text`."""
    units = 0
    for index, char in enumerate(text):
        units += 2 if ord(char) > 0xFFFF else 1
        if units > utf16_units:
            return index
    return len(text)


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _refused(text: str) -> Message:
    match = twitter_text().regexp.invalid_chars.invalid_chars.search(text)
    if match is None:
        return said(REFUSED, name=Phrase.of("Compose", INVISIBLE))
    return said(REFUSED, name=unicodedata.name(match.group(), f"U+{ord(match.group()):04X}"))


def split_thread(text: str, max_weight: int = MAX_WEIGHT) -> list[str]:
    """Split a long text into numbered posts at sentence ends (else between words); one post if it fits."""
    return PostChecker(max_weight).split(text)


def join_parts(parts: list[str] | tuple[str, ...]) -> str:
    """The text a thread was split from, numbering removed (to reopen a returned thread in the composer)."""
    return "\n\n".join(_NUMBERING.sub("", p) for p in parts)


@dataclass(frozen=True, slots=True)
class ComposedPost:
    """What the composer hands over to be queued: the parts in order, media for the first part, when to send."""

    parts: tuple[str, ...]
    media: tuple[Attachment, ...] = ()
    reply_to: str | None = None
    quote_of: str | None = None
    #: None: as soon as possible.
    not_before: datetime | None = None
    estimated_cost_micro: int = 0
    #: The deck proposal it was written from (its id), if any: the deck follows the post.
    origin: str = ""
    #: The press release confirmed for a post held by a quiet period (`core.disclosure`), if any.
    press_release: str | None = None

    def payload(self) -> PostPayload:
        """The outbox payload: the parts, the media with their descriptions, what it replies to or quotes."""
        return PostPayload(self.parts, tuple(m.ref() for m in self.media), self.reply_to, self.quote_of)
