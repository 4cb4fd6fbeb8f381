"""Curated source groups: the defaults, and which group each of the user's X Lists probably belongs to.

`DEFAULT_GROUPS` are created on first run (Journalists, Competitors, Clients, Company, Home, Mentions), each with
a priority (higher first in a session) and a per-session quota. `suggest_mapping` guesses a group for each X List
from its name (English and French keywords; accents and case ignored), then from its description; a list that
matches nothing gets no suggestion (following it would cost a request per session for posts the user did not
ask for).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from exec_desk.core.models import XList

JOURNALISTS = "Journalists"
COMPETITORS = "Competitors"
CLIENTS = "Clients"
COMPANY = "Company"
HOME = "Home"
MENTIONS = "Mentions"


@dataclass(frozen=True, slots=True)
class GroupSpec:
    """A group to create: `priority` orders groups in a session, `quota` caps its posts per session (0: none)."""

    name: str
    priority: int
    quota: int


DEFAULT_GROUPS: tuple[GroupSpec, ...] = (
    GroupSpec(JOURNALISTS, 80, 6),
    GroupSpec(COMPETITORS, 60, 4),
    GroupSpec(CLIENTS, 70, 5),
    GroupSpec(COMPANY, 50, 4),
    GroupSpec(HOME, 10, 0),
    GroupSpec(MENTIONS, 90, 8),
)

#: Word stems (accents removed, lower case) that point a list to a group; a word matches a stem it starts with.
KEYWORDS: dict[str, tuple[str, ...]] = {
    JOURNALISTS: (
        "press",  # press, presse
        "journalist",  # journalist(s), journaliste(s)
        "journalism",
        "reporter",
        "media",  # media, médias
        "redaction",  # rédaction
        "newsroom",
        "editor",
        "redacteur",
    ),
    COMPETITORS: ("competitor", "competition", "concurren", "rival"),
    CLIENTS: ("client", "customer"),
    COMPANY: (
        "team",
        "equipe",
        "company",
        "entreprise",
        "societe",
        "staff",
        "employe",
        "colleague",
        "collegue",
        "coworker",
        "internal",
        "interne",
    ),
}
#: Description words are weaker evidence: "companies moving robotics" does not make a list the user's company.
DESCRIPTION_GROUPS = (JOURNALISTS, COMPETITORS, CLIENTS)
_WORD = re.compile(r"[a-z0-9]+")


def normalise(text: str) -> list[str]:
    """Lower-case words without accents: "Équipe Clientèle" → ["equipe", "clientele"]."""
    stripped = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return _WORD.findall(stripped.casefold())


def _match(words: Iterable[str], groups: Sequence[str]) -> str | None:
    for word in words:
        for group in groups:
            if any(word.startswith(stem) for stem in KEYWORDS[group]):
                return group
    return None


def suggest_group(x_list: XList) -> str | None:
    """The group a list probably belongs to, or None."""
    return _match(normalise(x_list.name), tuple(KEYWORDS)) or _match(normalise(x_list.description), DESCRIPTION_GROUPS)


def suggest_mapping(lists: Iterable[XList]) -> dict[str, str]:
    """`{list id: group name}` for every list a group could be guessed for."""
    mapping: dict[str, str] = {}
    for x_list in lists:
        group = suggest_group(x_list)
        if group is not None:
            mapping[x_list.id] = group
    return mapping
