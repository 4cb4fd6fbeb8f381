"""Test fakes with the faces of the review session and the image cache, and sample queue items.

`FakeSession` has exactly the signals and methods of `ReviewSession` (`SessionPort` in exec_desk/ui/session/ports.py)
and records every call in `calls`. Like the real one, `retweet` makes the state PENDING and emits `item_changed`
inside the call.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QImage, QPalette

from exec_desk.core.models import Media, Metrics, Post, User
from exec_desk.core.queue import ActionState, Candidate, GroupInfo, QueueItem, SessionSummary, reason_for
from exec_desk.services.session import actions

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)
LIKE_REFUSED, QUOTE_REFUSED, REPLY_REFUSED = actions.LIKE_REFUSED, actions.QUOTE_REFUSED, actions.REPLY_REFUSED


def clock() -> datetime:
    return NOW


class FakeSession(QObject):
    """A scripted review session: the test decides what happens and checks `calls`."""

    started = Signal(int)
    tick = Signal(int)
    items_inserted = Signal(int, list)
    item_changed = Signal(str)
    fetch_status = Signal(object)  # a `core.i18n.Message` (or plain words)
    ended = Signal(object)

    def __init__(self, items: list[QueueItem] | None = None, *, seconds: int = 300, me: str = "ceo") -> None:
        super().__init__()
        self._items = list(items or [])
        self._remaining = seconds
        self._planned = seconds
        self._active = True
        self._states: dict[str, ActionState] = {}
        self._errors: dict[str, str] = {}
        self.me = me
        self.undo_open = True
        self.cost_micro = 45_000
        self.forbidden = {"like": LIKE_REFUSED, "quote": QUOTE_REFUSED}
        self.calls: list[tuple[str, ...]] = []

    # -- the interface --------------------------------------------------------------------------------------
    @property
    def is_active(self) -> bool:
        return self._active

    @property
    def remaining_seconds(self) -> int:
        return self._remaining if self._active else 0

    def start(self, minutes: int | None = None) -> None:
        self.calls.append(("start",))
        self.started.emit(1)
        self.tick.emit(self._remaining)

    def extend(self, minutes: int | None = None) -> None:
        self.calls.append(("extend", str(minutes)))
        self._remaining += (minutes or 2) * 60
        self._planned += (minutes or 2) * 60
        self.tick.emit(self._remaining)

    def end(self) -> None:
        self.calls.append(("end",))
        if not self._active:
            return
        self._active = False
        used = self._planned - self._remaining
        self.tick.emit(0)
        self.ended.emit(self.summary(used))

    def items(self) -> list[QueueItem]:
        return list(self._items)

    def item(self, post_id: str) -> QueueItem | None:
        return next((i for i in self._items if i.post.id == post_id), None)

    def dismiss(self, post_id: str) -> bool:
        self.calls.append(("dismiss", post_id))
        item = self.item(post_id)
        if item is None or item.attention.respond_by is None:
            return False
        self._items[self._items.index(item)] = replace(item, attention=item.attention.closed())
        self.item_changed.emit(post_id)
        return True

    def mark_seen(self, post_id: str) -> None:
        self.calls.append(("mark_seen", post_id))

    def retweet(self, post_id: str) -> None:
        self.calls.append(("retweet", post_id))
        if self._states.get(post_id, ActionState.NONE) == ActionState.NONE:
            self._states[post_id] = ActionState.PENDING
            self.item_changed.emit(post_id)

    def undo(self, post_id: str) -> bool:
        self.calls.append(("undo", post_id))
        if self.undo_open and self._states.get(post_id) == ActionState.PENDING:
            del self._states[post_id]
            self.item_changed.emit(post_id)
            return True
        return False

    def retry(self, post_id: str) -> None:
        self.calls.append(("retry", post_id))
        self._states[post_id] = ActionState.PENDING
        self._errors.pop(post_id, None)
        self.item_changed.emit(post_id)

    def state_of(self, post_id: str) -> ActionState:
        return self._states.get(post_id, ActionState.NONE)

    def error_of(self, post_id: str) -> str | None:
        return self._errors.get(post_id)

    def capability(self, action: str, post_id: str) -> tuple[bool, str]:
        if action == "reply":
            post = next((i.post for i in self._items if i.post.id == post_id), None)
            summoned = post is not None and self.me in post.mentions
            return (True, "") if summoned else (False, REPLY_REFUSED)
        reason = self.forbidden.get(action)
        return (False, reason) if reason else (True, "")

    # -- scripting ------------------------------------------------------------------------------------------
    def append(self, items: list[QueueItem]) -> None:
        self.insert(len(self._items), items)

    def insert(self, row: int, items: list[QueueItem]) -> None:
        """Items inserted at `row`, as the engine inserts an open response clock ahead of the unread items."""
        self._items[row:row] = items
        self.items_inserted.emit(row, items)

    def restart(self, items: list[QueueItem], seconds: int = 300) -> None:
        """The next session on the same engine: a new queue, a fresh clock, `started` again."""
        self._items, self._states, self._errors = [], {}, {}
        self._active, self._remaining, self._planned = True, seconds, seconds
        self.start()
        self.append(items)

    def set_state(self, post_id: str, state: ActionState, error: str | None = None) -> None:
        self._states[post_id] = state
        if error:
            self._errors[post_id] = error
        self.item_changed.emit(post_id)

    def count_down(self, seconds: int) -> None:
        self._remaining = max(0, self._remaining - seconds)
        self.tick.emit(self._remaining)

    def summary(self, used: int) -> SessionSummary:
        amplified = sum(s in (ActionState.PENDING, ActionState.DONE) for s in self._states.values())
        seen = {c[1] for c in self.calls if c[0] == "mark_seen"}
        return SessionSummary(
            session_id=1,
            started_at=NOW,
            ended_at=NOW + timedelta(seconds=used),
            planned_seconds=self._planned,
            used_seconds=used,
            read_count=len(seen),
            amplified_count=amplified,
            posted_count=0,
            cost_micro=self.cost_micro,
        )

    def names(self, name: str) -> list[str]:
        """The post ids of the recorded calls of one method, in order."""
        return [c[1] for c in self.calls if c[0] == name]


class FakeImages(QObject):
    """Images by URL; `deliver` makes one available and emits `ready`, as the real cache does."""

    ready = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.images: dict[str, QImage] = {}
        self.asked: list[str] = []

    def get(self, url: str) -> QImage | None:
        self.asked.append(url)
        return self.images.get(url)

    def deliver(self, url: str, color: str = "#3b82f6", size: int = 96) -> None:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(QColor(color))
        self.images[url] = image
        self.ready.emit(url)


def user(uid: str, name: str, username: str) -> User:
    return User(id=uid, username=username, name=name, profile_image_url=f"http://127.0.0.1/avatars/{uid}.png")


PEOPLE = [
    user("11", "Maya Chen", "mayachen_tech"),
    user("12", "Jonas Weber", "jweber"),
    user("13", "Priya Raman", "priya_ft"),
    user("14", "Northwind Robotics", "northwind"),
    user("15", "Acme Corp", "acme"),
]
TEXTS = [
    "Exclusive: the EU's AI Act guidance lands next week, and enterprise buyers are already asking vendors for "
    "audit trails. Our full report: https://example.com/ai-act-guidance #AIAct",
    "Spoke with three CFOs this morning. The common thread: budgets are moving from pilots to production. "
    "@ceo, curious whether you see the same?",
    "Northwind ships its warehouse arm to 40 new sites. Interesting pricing move against @acme.",
    "We're hiring 20 engineers in Lisbon this quarter. Come build with us!",
    "Thread on what a good board update looks like, from someone who has read far too many of them (1/6)",
]
GROUPS = [(1, "Journalists"), (1, "Journalists"), (2, "Competitors"), (3, "Clients"), (4, "Company")]
_LISTS = {1: "Tech press", 2: "Competitors", 3: "Clients", 4: "Company"}  # the reason names the list


def make_item(n: int, **changes: object) -> QueueItem:
    """Sample item `n` (ids "100", "101"...); keyword arguments replace `QueueItem` fields."""
    k = n % len(PEOPLE)
    author = PEOPLE[k]
    text = TEXTS[k]
    post = Post(
        id=str(100 + n),
        author_id=author.id,
        text=text,
        created_at=NOW - timedelta(minutes=3 + 47 * n),
        urls=tuple(w for w in text.split() if w.startswith("http")),
        mentions=("ceo",) if "@ceo" in text else (),
        metrics=Metrics(retweet_count=12 * (n + 1), reply_count=3 + n, like_count=140 + 31 * n, quote_count=n),
    )
    group_id, group_name = GROUPS[k]
    fields: dict[str, object] = {
        "post": post,
        "author": author,
        "group_id": group_id,
        "group_name": group_name,
        "reason": reason_for(Candidate(post, GroupInfo(group_id, group_name), "list", _LISTS[group_id])),
        "url": f"https://x.com/{author.username}/status/{post.id}",
    }
    if k == 2:
        fields["media"] = (
            Media("m1", "photo", preview_image_url="http://127.0.0.1/media/m1.jpg"),
            Media("m2", "video", preview_image_url="http://127.0.0.1/media/m2.jpg"),
        )
    if k == 0:
        fields["retweeted_by"] = (PEOPLE[1], PEOPLE[3])
    if k == 4:
        quoted = Post(id="90", author_id="12", text="What should a quarterly board update contain?", created_at=NOW)
        fields["quoted"] = quoted
        fields["quoted_author"] = PEOPLE[1]
    fields.update(changes)
    return QueueItem(**fields)  # type: ignore[arg-type]


def sample_items(count: int = 5) -> list[QueueItem]:
    return [make_item(n) for n in range(count)]


def dark_palette() -> QPalette:
    """A dark palette like the ones desktop themes give (for screenshots and the dark-mode checks)."""
    colors = {
        QPalette.ColorRole.Window: "#1e1f22",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#17181a",
        QPalette.ColorRole.AlternateBase: "#26282c",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#2b2d31",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d7eff",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#6ea8ff",
        QPalette.ColorRole.Mid: "#44474d",
        QPalette.ColorRole.Midlight: "#33363b",
        QPalette.ColorRole.Dark: "#111214",
        QPalette.ColorRole.Light: "#3a3d42",
        QPalette.ColorRole.PlaceholderText: "#9a9ea6",
        QPalette.ColorRole.ToolTipBase: "#2b2d31",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
    }
    palette = QPalette()
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6b6f76"))
    return palette
