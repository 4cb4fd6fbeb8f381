"""Limits on what a post may hold before it is counted: visible text, no NUL, and threads of a bounded length.

- `text_problems`: a text that holds a NUL character is refused (X cannot take it, and it ends C strings on the
  way); so is a text that is empty once invisible and control characters are removed — spaces, line breaks, zero
  width characters, direction marks, the byte order mark, variation selectors, fillers: `INVISIBLE` — because it
  would be sent as a post nobody can see. A text left empty (or only whitespace) is `compose.EMPTY`'s business.
- A thread holds at most `THREAD_CAP` posts unless the `thread_cap` setting raises it (`compose.PostChecker`
  refuses more, with `TOO_MANY_POSTS`).
- `weight_floor(text)` is a lower bound of twitter-text's weighted length, worked out in one pass without the
  library; `far_beyond` uses it to refuse at once a text of more than twice what the longest thread holds, before
  it is counted: 1 MB of prose is refused in milliseconds instead of tens of seconds of parsing.

Why the bound holds: twitter-text counts every code point of the NFC text (with `\\r\\n` as one) at least 1,
except an emoji sequence (at most 8 code points, counted 2) and a URL (at most 4,096 characters, counted 23).
Neither crosses whitespace, so each whitespace character counts at least 1, and a run of `n` characters without
whitespace holding `d` dots (every URL has one in its domain; URLs do not share them) counts at least
`23 u + (n - 4096 u) / 8` for the number `u ≤ d` of URLs that makes it least — `/ 1` when the run is ASCII,
since every emoji sequence of several code points holds one beyond ASCII. The tests check the bound against
the library on the conformance suite and on random texts.

Problems are `core.i18n.Message`s of templates marked with `QT_TRANSLATE_NOOP("Compose", ...)` (`said`).
"""

from __future__ import annotations

import math
import re
import unicodedata

from exec_desk.core.i18n import QT_TRANSLATE_NOOP, Field, Message, Phrase

#: The most posts in a thread, unless the `thread_cap` setting raises it.
THREAD_CAP = 25
#: Above this estimated cost (US dollars) the composer and `exec-desk post` ask before queueing (setting
#: `confirm_cost_usd`).
CONFIRM_COST_USD = 1.0
#: twitter-text: the longest URL it counts as one (23), and the most code points of an emoji it counts as 2.
URL_MAX = 4096
URL_WEIGHT = 23
CODE_POINTS_PER_UNIT = 8
#: "Far beyond" a thread: this many times what the longest thread holds.
FAR = 2
_DOTS = ".\u3002\uff0e\uff61"
_RUN = re.compile(r"\S+")
#: What does not show: controls, spaces and separators, format characters (zero width, direction marks, BOM, tags),
#: and the default-ignorable or blank characters that are not of those categories (fillers, variation selectors,
#: the combining grapheme joiner, the blank braille pattern). The tests compare it with Unicode's categories: only
#: the prepended concatenation marks (U+0600–0605, 06DD, 070F, 0890, 0891, 08E2, 110BD, 110CD), which are drawn,
#: count as visible.
INVISIBLE = (
    "\x00-\x20\x7f-\xa0\xad\u034f\u061c\u115f\u1160\u1680\u17b4\u17b5\u180b-\u180f\u2000-\u200f\u2028-\u202f"
    "\u205f-\u206f\u2800\u3000\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb\U00013430-\U0001343f\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0000-\U000e0fff"
)
_VISIBLE = re.compile(f"[^{INVISIBLE}]")

NUL = QT_TRANSLATE_NOOP("Compose", "The text holds a NUL character (U+0000), which X does not accept; remove it.")
NOTHING_VISIBLE = QT_TRANSLATE_NOOP(
    "Compose",
    "The text holds only invisible characters (spaces, zero-width or direction marks, control characters): "
    "nothing would show. Write something, or clear it.",
)
TOO_MANY_POSTS = QT_TRANSLATE_NOOP(
    "Compose",
    "This would be a thread of {parts} posts; a thread holds at most {cap} (Settings → Posting). Shorten it.",
)
FAR_TOO_LONG = QT_TRANSLATE_NOOP(
    "Compose",
    "This text is far too long: it has {chars} characters, and a thread of {cap} posts (the most; Settings → "
    "Posting) holds at most {most}. Shorten it.",
)


def said(template: str, **fields: Field | Phrase) -> Message:
    """A problem of a text: `template` is marked with `QT_TRANSLATE_NOOP("Compose", ...)` (here or in `compose`)."""
    return Message(Phrase.of("Compose", template, **fields))


def text_problems(text: str) -> list[Message]:
    """NUL anywhere; a text that is not empty but shows nothing."""
    problems = []
    if "\x00" in text:
        problems.append(said(NUL))
    if text.strip() and _VISIBLE.search(text) is None:
        problems.append(said(NOTHING_VISIBLE))
    return problems


def _run_floor(run: str) -> int:
    """The least a run of characters without whitespace can count (see the module docstring)."""
    n = len(run)
    dots = sum(run.count(d) for d in _DOTS)
    per_unit = 1 if run.isascii() else CODE_POINTS_PER_UNIT  # every emoji sequence holds a code point past ASCII
    best = math.ceil(n / per_unit)
    for urls in {min(dots, n // URL_MAX), min(dots, -(-n // URL_MAX))}:
        rest = max(0, n - URL_MAX * urls)
        best = min(best, URL_WEIGHT * urls + math.ceil(rest / per_unit))
    return max(1, best)


def weight_floor(text: str, stop_above: int | None = None) -> int:
    """A lower bound of the text's weighted length; with `stop_above`, it stops counting once past it."""
    normalized = unicodedata.normalize("NFC", text).replace("\r\n", "\n")
    total, end = 0, 0
    for match in _RUN.finditer(normalized):
        total += match.start() - end + _run_floor(match.group())  # the whitespace before it, then the run
        end = match.end()
        if stop_above is not None and total > stop_above:
            return total
    return total + len(normalized) - end


def far_beyond(text: str, max_parts: int, max_weight: int) -> int | None:
    """The lower bound of the text's length when it is `FAR` times more than a thread of `max_parts` posts of
    `max_weight` could hold (refuse it without counting), else None: a text just past the cap is counted, and told
    how many posts it would make. Texts shorter than that cost nothing."""
    far = FAR * max_parts * max_weight
    if len(text) <= far:
        return None
    floor = weight_floor(text, stop_above=far)
    return floor if floor > far else None
