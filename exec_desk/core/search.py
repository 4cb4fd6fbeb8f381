"""Searching the posts of a session by words, as people expect a search box to work.

A query is cut into words; a post matches when every query word is a whole word of the post, or the start of one
("Val" finds "Valmont", "Tom" finds "Tom" and "Tomás" but not "automation"). Case and accents are folded on both
sides ("ecole" finds "École", "VALMONT" finds "valmont"): Unicode compatibility decomposition (NFKD), combining marks
dropped, then case folding ("ß" matches "ss"). Words are runs of letters, digits and underscores, so "@jweber" and
"#AIAct" are searched as "jweber" and "aiact", and punctuation never has to be typed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

_WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """`text` without case or accents: "École Ünïcode" → "ecole unicode"."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.casefold()


def words(text: str) -> tuple[str, ...]:
    """The folded words of `text`, in order (repeats kept)."""
    return tuple(_WORD.findall(fold(text)))


def query_words(query: str) -> tuple[str, ...]:
    """The words of a query, each once, in the order typed."""
    return tuple(dict.fromkeys(words(query)))


def matches(query: Sequence[str], haystack: Iterable[str]) -> bool:
    """Whether every folded query word is a word of `haystack`, or the start of one (an empty query matches)."""
    if not query:
        return True
    found = set(haystack)
    return all(any(word.startswith(wanted) for word in found) for wanted in query)
