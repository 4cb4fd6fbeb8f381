"""Watch words: the names the radar watches on X, the crisis words that qualify them, and how a post matches.

Names (`watch_names`: the company and its products, the executive's name, the ticker) are what a recent search
looks for: one query, `("Aldercrest" OR "Aldercrest Flow" OR $ALDR) -is:retweet`, within X's 512 characters.
Words (`watch_words`: a starter list of crisis words in English and French) qualify a name: a post about
Aldercrest that says "recall" counts under the term "Aldercrest recall" as well as "Aldercrest". Matching ignores
case and accents and respects word boundaries ("grève" matches "greve", "recall" does not match "recalled").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

#: The starter crisis words, English and French (the `watch_words` setting's default).
STARTER_WORDS: tuple[str, ...] = (
    "recall",
    "rappel",
    "outage",
    "panne",
    "strike",
    "grève",
    "lawsuit",
    "procès",
    "layoffs",
    "licenciements",
    "data breach",
    "fuite de données",
)
#: The longest query recent search takes (X: 512 characters on self-serve plans).
QUERY_LIMIT = 512
_NOT_WORD = re.compile(r"[^\w$]+")
_URL = re.compile(r"\b[a-z][\w+.-]*://\S+", re.IGNORECASE)


class _Marks(dict[int, int | None]):
    """For `str.translate`: a combining mark's code point → None (dropped), any other → itself; filled as characters
    are met, so a text is stripped in C rather than character by character in Python."""

    def __missing__(self, ordinal: int) -> int | None:
        value = None if unicodedata.combining(chr(ordinal)) else ordinal
        self[ordinal] = value
        return value


_MARKS = _Marks()


def normalise(text: str) -> str:
    """Lower case, accents removed, links dropped, words separated by one space: "Grève à l'usine!" → "greve a l
    usine". (A session's queue normalises each of its ~1,000 candidates: ASCII text skips the decomposition.)"""
    stripped = _URL.sub(" ", text)
    if not stripped.isascii():
        stripped = unicodedata.normalize("NFKD", stripped).translate(_MARKS)
    return " ".join(_NOT_WORD.sub(" ", stripped.casefold()).split())


@lru_cache(maxsize=4096)
def _normalised_term(term: str) -> str:
    """A watched term, normalised once: a session's queue asks for each of them for each of its ~1,000 posts."""
    return normalise(term)


@lru_cache(maxsize=64)
def _matcher(names: tuple[str, ...], words: tuple[str, ...]) -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The watched terms normalised and padded with spaces, and a pattern finding any of their first words."""
    bare = [b for b in map(_normalised_term, (*names, *words)) if b]
    first = sorted({b.split(" ")[0] for b in bare}, key=len, reverse=True)
    return tuple(f" {b} " for b in bare), re.compile("|".join(map(re.escape, first)) or "(?!)")


def contains(normalised_text: str, term: str) -> bool:
    """The normalised text holds the term as whole words (a ticker's `$` is kept: "$ALDR" is not "ALDR")."""
    bare = _normalised_term(term)
    return bool(bare) and f" {bare} " in f" {normalised_text} "


@dataclass(frozen=True, slots=True)
class WatchList:
    """What the radar watches: `names` (searched on X) and `words` (crisis words that qualify a name)."""

    names: tuple[str, ...] = ()
    words: tuple[str, ...] = STARTER_WORDS

    @classmethod
    def of(cls, names: Iterable[str], words: Iterable[str]) -> WatchList:
        return cls(tuple(n.strip() for n in names if n.strip()), tuple(w.strip() for w in words if w.strip()))

    def __bool__(self) -> bool:
        return bool(self.names)

    def name_of(self, term: str) -> str:
        """The watched name a radar term is about: "Aldercrest" for "Aldercrest", "Aldercrest outage" and
        "Aldercrest panne" (the longest name it starts with: "Aldercrest Flow recall" is about "Aldercrest Flow");
        the term itself if no name is watched any more."""
        named = [n for n in self.names if term == n or term.startswith(f"{n} ")]
        return max(named, key=len, default=term)

    def terms_of(self, text: str) -> list[str]:
        """The radar's terms a post counts under: each name it holds, and "name word" for each crisis word."""
        normalised = normalise(text)
        found = [n for n in self.names if contains(normalised, n)]
        words = [w for w in self.words if contains(normalised, w)]
        return found + [f"{name} {word}" for name in found for word in words]

    def matches(self, text: str) -> bool:
        """The post holds a watched name, or a crisis word (a reason to show it: "matches a watch word")."""
        padded_terms, first_words = _matcher(self.names, self.words)
        if not padded_terms:
            return False
        # An ASCII text's normalised words are pieces of its lower case: without a term's first word in it, no
        # term can match, and the normalisation is skipped (a session's queue asks for ~1,000 posts, most of them
        # matching nothing).
        if text.isascii() and first_words.search(text.lower()) is None:
            return False
        padded = f" {normalise(text)} "
        return any(term in padded for term in padded_terms)

    def query(self, limit: int = QUERY_LIMIT) -> str | None:
        """The recent-search query of the names (as many as fit in `limit` characters), retweets left out; None
        without names."""
        tail = " -is:retweet"
        chosen: list[str] = []
        for name in self.names:
            term = name if name.startswith(("$", "#", "@")) and " " not in name else '"' + name.replace('"', "") + '"'
            candidate = [*chosen, term]
            text = f"({' OR '.join(candidate)}){tail}" if len(candidate) > 1 else f"{candidate[0]}{tail}"
            if len(text) > limit:
                break
            chosen = candidate
        if not chosen:
            return None
        return f"({' OR '.join(chosen)}){tail}" if len(chosen) > 1 else f"{chosen[0]}{tail}"
