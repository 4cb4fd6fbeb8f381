"""When a post shown in a session counts as read: on screen long enough to be read, or acted upon.

The rule (measured by `ui.timeline.reading.ReadTracker` from the list's viewport, with the app's clock):

- **On screen** means at least half of the post's row inside the visible part of the list (`VISIBLE_SHARE`; a row
  taller than the list counts when it fills half of it), in the session window while that window is the active
  one (not hidden, not minimised, not behind another application's window that has the keyboard) and its list is
  showing (not the detail pane or the summary).
- **Long enough** means continuously on screen for `reading_seconds(text)`: the time to read its words at
  `WORDS_PER_MINUTE`, and never less than `FLOOR_SECONDS`. Scrolling a post out of view (or leaving the window)
  starts its count again.
- **Acted upon** — retweeted, replied to, quoted, liked, opened in the detail pane (Enter) or on x.com (o) — is read
  at once, whatever the time on screen.

Why these numbers:
- `WORDS_PER_MINUTE` = 238: the average silent reading rate of adults reading non-fiction in English, from
  Brysbaert's meta-analysis of 190 studies (M. Brysbaert, "How many words do we read per minute? A review and
  meta-analysis of reading rate", Journal of Memory and Language 109, 2019, 104047). A post of 40 words then needs
  about 10 seconds; one of 12 words, 3 seconds.
- `VISIBLE_SHARE` = 0.5 and `FLOOR_SECONDS` = 1: the industry's definition of an item that was "viewable", at least
  50 % of its pixels in view for at least one continuous second (Media Rating Council / IAB, "MRC Viewable Ad
  Impression Measurement Guidelines", 2014). Below that, a post merely flew by.

Words are counted as a reader meets them: the post's words and those of the post it quotes; text without spaces
(Chinese, Japanese, Korean) counts one word per `CJK_CHARS_PER_WORD` characters, so it is never read "at once".
"""

from __future__ import annotations

import re

WORDS_PER_MINUTE = 238
FLOOR_SECONDS = 1.0
VISIBLE_SHARE = 0.5
#: Characters counted as one word in scripts without spaces. Readers of Chinese and Japanese read a few hundred
#: characters a minute, one to two characters in the time an English reader reads a word; 2 errs on the side of a
#: longer time, so a post is never counted read too early.
CJK_CHARS_PER_WORD = 2
_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def word_count(text: str) -> int:
    """Words of `text` as a reader meets them: its space-separated words (a link is one), and in scripts that do
    not separate words (Chinese, Japanese, Korean) one word for every `CJK_CHARS_PER_WORD` of their characters."""
    count = 0
    for token in text.split():
        wide = len(_CJK.findall(token))
        count += max(1, wide // CJK_CHARS_PER_WORD) if wide else 1
    return count


def reading_seconds(text: str, quoted: str = "") -> float:
    """How long a post must stay on screen to count as read: its words (and the quoted post's) at
    `WORDS_PER_MINUTE`, at least `FLOOR_SECONDS`."""
    words = word_count(text) + (word_count(quoted) if quoted else 0)
    return max(FLOOR_SECONDS, words * 60.0 / WORDS_PER_MINUTE)


def visible_enough(row_top: int, row_bottom: int, view_top: int, view_bottom: int) -> bool:
    """Whether a row spanning [row_top, row_bottom) is on screen enough in a list showing [view_top, view_bottom):
    at least `VISIBLE_SHARE` of the row, or, for a row taller than the list, of the list."""
    height = row_bottom - row_top
    shown = min(row_bottom, view_bottom) - max(row_top, view_top)
    if height <= 0 or shown <= 0:
        return False
    return shown >= VISIBLE_SHARE * min(height, view_bottom - view_top)
