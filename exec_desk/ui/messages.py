"""Texts that reach the composer, drafts and outbox windows from `core` and `services`, in the user's language.

`core` and `services` never import Qt: their messages are English templates marked with
`QT_TRANSLATE_NOOP(context, template)` and filled in with `str.format` ("{name} is empty."). Some are stored (an
outbox item's `last_error`) or put together ("{reason} It is back in your drafts."), so by the time a window shows
them only the English text is left. `shown(text, catalogue)` finds the template the text was made from, translates
it and fills it in again with its parts, each one shown the same way (a size "5 MB", a reason inside a reason) and
decimal numbers written the locale's way. A text made from no known template (an exception's own words, a reply of
X) is shown as it is.

Catalogues: `MEDIA` (the checks of `core.media`, and the draft service's failures; `ui.composer` adds those of
`core.compose`), `OUTBOX` (what the outbox sender writes). Why a sign-in failed is said by `services.diagnosis`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QLocale

from exec_desk.core import errors
from exec_desk.core.media import checks as media
from exec_desk.services import drafts
from exec_desk.services.outbox import media as outbox_media
from exec_desk.services.outbox import operations as outbox_ops
from exec_desk.services.outbox import post as outbox_post

#: (context, English template) pairs, most specific first.
Catalogue = tuple[tuple[str, str], ...]
_FIELD = re.compile(r"\{(\w+)\}")
_DECIMAL = re.compile(r"\d+\.\d+")


def catalogue(*groups: tuple[str, Iterable[str]]) -> Catalogue:
    """The templates of each (context, templates) group; those with more fixed words are tried first."""
    pairs = dict.fromkeys((context, template) for context, templates in groups for template in templates)
    return tuple(sorted(pairs, key=lambda pair: -len(_FIELD.sub("", pair[1]))))


@lru_cache(maxsize=512)
def _pattern(template: str) -> re.Pattern[str] | None:
    """A regular expression that matches the texts made from `template`, one named group per field."""
    if "{" not in template:
        return None
    out, at = [], 0
    for match in _FIELD.finditer(template):
        out.append(re.escape(template[at : match.start()]))
        name = match.group(1)
        out.append(f"(?P={name})" if f"(?P<{name}>" in "".join(out) else f"(?P<{name}>.+?)")
        at = match.end()
    out.append(re.escape(template[at:]))
    return re.compile("".join(out), re.DOTALL)


def shown(text: str, known: Catalogue, depth: int = 0) -> str:
    """`text` in the user's language when it was made from a template of `known`, else `text` as it is."""
    if not text or depth > 4:
        return text
    for context, template in known:
        pattern = _pattern(template)
        if pattern is None:
            if text == template:
                return QCoreApplication.translate(context, template)
            continue
        match = pattern.fullmatch(text)
        if match is not None:
            parts = {name: _part(value, known, depth) for name, value in match.groupdict().items()}
            return QCoreApplication.translate(context, template).format(**parts)
    return text


def _part(value: str, known: Catalogue, depth: int) -> str:
    if _DECIMAL.fullmatch(value):
        decimals = len(value) - value.index(".") - 1
        return QLocale().toString(float(value), "f", decimals)
    return shown(value, known, depth + 1)


#: What the outbox sender writes on its items (and the media checks a file may fail again at sending).
OUTBOX = catalogue(
    ("Outbox", (*outbox_ops.MESSAGES, *outbox_post.MESSAGES, *outbox_media.MESSAGES)),
    ("Errors", errors.MESSAGES),
    ("Media", media.MESSAGES),
)
#: What a media check says (the composer adds `core.compose`'s problems: see `ui.composer`).
MEDIA = catalogue(("Media", media.MESSAGES), ("Drafts", drafts.MESSAGES))
