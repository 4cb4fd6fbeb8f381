"""Entities of a post's text: @mentions, #hashtags, $cashtags and links (shortened to t.co, as X does)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from exec_desk.fakex.ids import tco
from exec_desk.fakex.model import Mention, Tag, UrlEntity

MENTION_RE = re.compile(r"(?<![\w@])@(\w{1,15})")
HASHTAG_RE = re.compile(r"(?<![\w#&])#(\w*[^\W\d]\w*)")
CASHTAG_RE = re.compile(r"(?<![\w$])\$([A-Za-z]{1,6})(?![\w])")


def display_url(url: str) -> str:
    """`https://www.site.example/a/long/path` → `site.example/a/long/pa…` as X displays it."""
    bare = re.sub(r"^https?://", "", url)
    bare = bare.removeprefix("www.")
    return bare if len(bare) <= 26 else bare[:25] + "…"


def mentions(text: str, resolve: Callable[[str], str | None]) -> list[Mention]:
    return [Mention(m.start(), m.end(), m.group(1), resolve(m.group(1))) for m in MENTION_RE.finditer(text)]


def hashtags(text: str) -> list[Tag]:
    return [Tag(m.start(), m.end(), m.group(1)) for m in HASHTAG_RE.finditer(text)]


def cashtags(text: str) -> list[Tag]:
    return [Tag(m.start(), m.end(), m.group(1)) for m in CASHTAG_RE.finditer(text)]


def find_urls(text: str) -> list[tuple[int, int, str]]:
    """Links as twitter-text finds them (so `example.com` is one), as (start, end, url)."""
    from exec_desk.core.twitter_text_lib import twitter_text  # lazily: its regexes take ~100 ms to compile

    found = twitter_text().extract_urls_with_indices(text)
    return [(int(u["indices"][0]), int(u["indices"][1]), str(u["url"])) for u in found]


def shorten(text: str, found: Iterable[tuple[int, int, str]], *salt: object) -> tuple[str, list[UrlEntity]]:
    """Replace each found link by a t.co link; return the new text and the URL entities."""
    out: list[str] = []
    entities: list[UrlEntity] = []
    cursor = 0
    for index, (start, end, url) in enumerate(sorted(found)):
        out.append(text[cursor:start])
        short = tco(*salt, index, url)
        begin = sum(len(part) for part in out)
        expanded = url if re.match(r"^https?://", url) else f"https://{url}"
        entities.append(UrlEntity(begin, begin + len(short), short, expanded, display_url(expanded)))
        out.append(short)
        cursor = end
    out.append(text[cursor:])
    return "".join(out), entities
