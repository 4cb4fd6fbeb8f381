"""Does a draft repeat a recent company post? Word-level similarity, by rapidfuzz's token-set ratio.

Both texts are compared as words: case, accents, links, @ and # signs left out, order ignored, a word repeated
counted once (rapidfuzz `token_set_ratio`: the words both share, against each one's rest). A draft or a post of
fewer than `MIN_WORDS` words is never flagged: "Thank you!" repeats nobody. The threshold is the
`company_similarity` setting (0.7: 70 %).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

from exec_desk.core.signal.watch import normalise

MIN_WORDS = 4


@dataclass(frozen=True, slots=True)
class CompanyPost:
    """A recent post of the company's account."""

    id: str
    text: str
    author: str = ""  # the company account's username


@dataclass(frozen=True, slots=True)
class Similar:
    """The company post a draft repeats, and how alike they are (0 to 1)."""

    post: CompanyPost
    similarity: float


def _words(text: str) -> str:
    return normalise(text.replace("@", " ").replace("#", " "))


def similarity(draft: str, post: str) -> float:
    """How alike two texts are, word for word, from 0 to 1 (0 when either has fewer than `MIN_WORDS` words)."""
    a, b = _words(draft), _words(post)
    if len(a.split()) < MIN_WORDS or len(b.split()) < MIN_WORDS:
        return 0.0
    return round(fuzz.token_set_ratio(a, b) / 100, 3)


def most_similar(draft: str, posts: Iterable[CompanyPost], threshold: float) -> Similar | None:
    """The company post the draft is most like, if at least `threshold` alike (ties: the first given)."""
    best: Similar | None = None
    for post in posts:
        score = similarity(draft, post.text)
        if score >= threshold and (best is None or score > best.similarity):
            best = Similar(post, score)
    return best
