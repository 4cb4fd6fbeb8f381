"""Why a post is in the queue and how urgent it is, and the order that puts what needs the executive first.

`Reason` names each reason (the codes of `exec-desk queue --json`): it mentions you, replies to your post, comes
from a journalist, a client, a competitor, a colleague or the company, matches a watch word, is part of a spike,
is a company post not amplified yet. `Attention` is a post's reasons, its level and its deadline:

- level `FOCUS` (urgent): part of the spike the session was opened on (from the radar's notification);
- level `CLOCK` (urgent): a mention or reply from a journalist, a client or a group marked "answer within", with
  its response clock;
- level `SPIKE` (urgent): part of a spike of the radar;
- level `COMPANY`: a company post not amplified after `amplify_after` hours, offered at the top of the session;
- level `ORDINARY`: the rest, in group order (priority, then quota).

`Signals` is what the rules need to know about the account (who is who, its own posts, the watch list, the
spikes, the clocks' settings); `Signals.attention(candidate, shown)` applies them to one post.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import IntEnum, StrEnum

from exec_desk.core.i18n import QT_TRANSLATE_NOOP
from exec_desk.core.models import Post
from exec_desk.core.signal.clocks import WorkingHours, deadline
from exec_desk.core.signal.watch import WatchList
from exec_desk.core.sources import CLIENTS, COMPANY, COMPETITORS, JOURNALISTS


class Reason(StrEnum):
    """Why a post is here (stable codes: the JSON of `exec-desk queue`)."""

    MENTIONS_YOU = "mentions_you"
    REPLIES_TO_YOU = "replies_to_you"
    JOURNALIST = "journalist"
    CLIENT = "client"
    COMPETITOR = "competitor"
    COLLEAGUE = "colleague"
    COMPANY = "company"
    WATCH_WORD = "watch_word"
    SPIKE = "spike"
    NOT_AMPLIFIED = "company_not_amplified"


#: How each reason reads (context "Reasons"; the UI translates them).
REASON_WORDS: dict[Reason, str] = {
    Reason.MENTIONS_YOU: QT_TRANSLATE_NOOP("Reasons", "mentions you"),
    Reason.REPLIES_TO_YOU: QT_TRANSLATE_NOOP("Reasons", "replies to your post"),
    Reason.JOURNALIST: QT_TRANSLATE_NOOP("Reasons", "journalist"),
    Reason.CLIENT: QT_TRANSLATE_NOOP("Reasons", "client"),
    Reason.COMPETITOR: QT_TRANSLATE_NOOP("Reasons", "competitor"),
    Reason.COLLEAGUE: QT_TRANSLATE_NOOP("Reasons", "colleague"),
    Reason.COMPANY: QT_TRANSLATE_NOOP("Reasons", "your company"),
    Reason.WATCH_WORD: QT_TRANSLATE_NOOP("Reasons", "watch word"),
    Reason.SPIKE: QT_TRANSLATE_NOOP("Reasons", "part of a spike"),
    Reason.NOT_AMPLIFIED: QT_TRANSLATE_NOOP("Reasons", "company post not amplified yet"),
}

#: The role of an author, from the group of the lists (or accounts) that bring their posts.
ROLE_OF_GROUP: dict[str, Reason] = {
    JOURNALISTS: Reason.JOURNALIST,
    CLIENTS: Reason.CLIENT,
    COMPETITORS: Reason.COMPETITOR,
    COMPANY: Reason.COLLEAGUE,
}


class Level(IntEnum):
    """How soon a post needs the executive: higher first."""

    ORDINARY = 0
    COMPANY = 1
    SPIKE = 2
    CLOCK = 3
    FOCUS = 4  # the spike a session was opened on


#: Levels from which a post is urgent.
URGENT = Level.SPIKE


@dataclass(frozen=True, slots=True)
class Attention:
    """A post's reasons, how soon it needs the executive, and by when to answer it (a response clock)."""

    reasons: tuple[Reason, ...] = ()
    level: Level = Level.ORDINARY
    respond_by: datetime | None = None

    @property
    def urgent(self) -> bool:
        return self.level >= URGENT

    def closed(self) -> Attention:
        """The same reasons without the response clock (answered or dismissed): no deadline, and the level the
        reasons give without it (a session's focus stays; a spike's post is still a spike's)."""
        if self.respond_by is None and self.level is not Level.CLOCK:
            return self
        return Attention(self.reasons, level_of(self.reasons, focus=self.level is Level.FOCUS))


def level_of(reasons: tuple[Reason, ...], *, focus: bool = False, clock: bool = False) -> Level:
    """How soon a post with these reasons needs the executive: the spike a session was opened on, a running
    response clock, a spike, a company post not amplified, else ordinary."""
    if focus:
        return Level.FOCUS
    if clock:
        return Level.CLOCK
    if Reason.SPIKE in reasons:
        return Level.SPIKE
    return Level.COMPANY if Reason.NOT_AMPLIFIED in reasons else Level.ORDINARY


@dataclass(frozen=True, slots=True)
class Signals:
    """What the rules know of the account.

    `author_groups`: author id → the group whose lists (or accounts) bring their posts (their role: see
    `ROLE_OF_GROUP`); `answer_groups`: the groups whose mentions get a
    clock (their names; default journalists and clients); `company_ids`: the company account(s);
    `spike_posts`: post id → spike term; `unamplified`: company posts to offer again; `focus_posts`: the posts of
    the spike a session was opened on (first of all); `hours`/`within`: the response clock (None: no clocks).
    """

    user_id: str = ""
    username: str = ""
    own_post_ids: frozenset[str] = frozenset()
    author_groups: Mapping[str, str] = field(default_factory=dict)
    answer_groups: frozenset[str] = frozenset({JOURNALISTS, CLIENTS})
    company_ids: frozenset[str] = frozenset()
    watch: WatchList = field(default_factory=WatchList)
    spike_posts: Mapping[str, str] = field(default_factory=dict)
    unamplified: frozenset[str] = frozenset()
    focus_posts: frozenset[str] = frozenset()
    hours: WorkingHours | None = None
    within: timedelta = timedelta(hours=4)

    def summoned(self, post: Post) -> tuple[Reason, ...]:
        """Mentions you / replies to your post."""
        reasons: list[Reason] = []
        name = self.username.casefold().lstrip("@")
        if name and any(m.casefold().lstrip("@") == name for m in post.mentions):
            reasons.append(Reason.MENTIONS_YOU)
        if post.reply_to is not None and post.reply_to in self.own_post_ids:
            reasons.append(Reason.REPLIES_TO_YOU)
        return tuple(reasons)

    def attention(self, post: Post, *, via_mentions: bool = False) -> Attention:
        """The reasons, level and deadline of `post` (the one shown: a retweet's original)."""
        if post.author_id == self.user_id:
            return Attention()
        reasons = list(self.summoned(post))
        if via_mentions and Reason.MENTIONS_YOU not in reasons and Reason.REPLIES_TO_YOU not in reasons:
            reasons.insert(0, Reason.MENTIONS_YOU)
        group = self.author_groups.get(post.author_id)
        role = Reason.COMPANY if post.author_id in self.company_ids else ROLE_OF_GROUP.get(group or "")
        if role is not None:
            reasons.append(role)
        if post.id in self.spike_posts:
            reasons.append(Reason.SPIKE)
        if self.watch.matches(post.text):
            reasons.append(Reason.WATCH_WORD)
        if post.id in self.unamplified:
            reasons.append(Reason.NOT_AMPLIFIED)
        summoned = Reason.MENTIONS_YOU in reasons or Reason.REPLIES_TO_YOU in reasons
        due = None
        clock = summoned and group in self.answer_groups
        if clock and self.hours is not None:
            due = deadline(post.created_at, self.hours, self.within)
        level = level_of(tuple(reasons), focus=post.id in self.focus_posts, clock=clock)
        return Attention(tuple(reasons), level, due)  # due: only with a clock
