"""The keyboard actions of the session window: declared once, rebindable, checked for collisions.

`DEFAULT_SHORTCUTS` declares every action (id, default keys, label, description, help section). The "shortcuts"
setting maps an action id to a key string; several keys are separated by ";" (`"U; Ctrl+Z"`), an empty string
unbinds the action. `resolve_bindings` merges the two and refuses collisions with a plain message;
`save_binding` checks a new binding before it is saved, so a colliding one never reaches the settings file.

`ShortcutRegistry` gives each action a `QAction` on the host window (context: the window and its children), with
the handler the host registers; the same `QAction` serves the toolbar button, the menus and the help overlay.
Single-key shortcuts (no Ctrl, Alt or Meta) do nothing while a text field has focus: `guard(widget)` makes the
field take such keys itself (Esc still reaches the window).

Signals of ShortcutRegistry:
    changed(): the key bindings changed (menus and the help overlay show the new keys).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QKeyCombination, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from exec_desk.core.i18n import QT_TRANSLATE_NOOP
from exec_desk.ui.session.ports import SettingsPort

PORTABLE = QKeySequence.SequenceFormat.PortableText
_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
translate = QCoreApplication.translate
TEXT_FIELDS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)
SETTING = "shortcuts"


class ShortcutError(ValueError):
    """A key binding that cannot be used; the message is plain words for the user."""


@dataclass(frozen=True, slots=True)
class ShortcutSpec:
    """One action of the session window."""

    id: str
    keys: tuple[str, ...]
    label: str
    description: str
    section: str
    #: Where the action works: "" on every page of the session window, POST_PAGE on the timeline's current post,
    #: DECK_PAGE on the team's proposal shown. Actions of two different pages may share a key (one is off while
    #: the other's page shows).
    page: str = ""


MOVE = QT_TRANSLATE_NOOP("Shortcuts", "Move")
ACT = QT_TRANSLATE_NOOP("Shortcuts", "Act on the post")
VIEW = QT_TRANSLATE_NOOP("Shortcuts", "Session")
DECK = QT_TRANSLATE_NOOP("Shortcuts", "The team's proposals")
POST_PAGE = "post"
DECK_PAGE = "deck"
# fmt: off
DEFAULT_SHORTCUTS: tuple[ShortcutSpec, ...] = (
    ShortcutSpec("next", ("J", "Down"), QT_TRANSLATE_NOOP("Shortcuts", "Next"),
                 QT_TRANSLATE_NOOP("Shortcuts", "Next post"), MOVE),
    ShortcutSpec("previous", ("K", "Up"), QT_TRANSLATE_NOOP("Shortcuts", "Previous"),
                 QT_TRANSLATE_NOOP("Shortcuts", "Previous post"), MOVE),
    ShortcutSpec("page_down", ("Space",), QT_TRANSLATE_NOOP("Shortcuts", "Page down"),
                 QT_TRANSLATE_NOOP("Shortcuts", "Scroll one page down"), MOVE),
    ShortcutSpec("page_up", ("Shift+Space",), QT_TRANSLATE_NOOP("Shortcuts", "Page up"),
                 QT_TRANSLATE_NOOP("Shortcuts", "Scroll one page up"), MOVE),
    ShortcutSpec("next_group", ("]",), QT_TRANSLATE_NOOP("Shortcuts", "Next group"),
                 QT_TRANSLATE_NOOP("Shortcuts", "Show the next group"), MOVE),
    ShortcutSpec("previous_group", ("[",), QT_TRANSLATE_NOOP("Shortcuts", "Previous group"),
                 QT_TRANSLATE_NOOP("Shortcuts", "Show the previous group"), MOVE),
    ShortcutSpec("search", ("/",), QT_TRANSLATE_NOOP("Shortcuts", "Search"),
                 QT_TRANSLATE_NOOP("Shortcuts", "Filter the posts by words"), MOVE),
    ShortcutSpec("retweet", ("T",), QT_TRANSLATE_NOOP("Shortcuts", "Retweet"),
                 QT_TRANSLATE_NOOP("Shortcuts", "Retweet, or retry a failed one"), ACT, POST_PAGE),
    ShortcutSpec("undo", ("U", "Ctrl+Z"), QT_TRANSLATE_NOOP("Shortcuts", "Undo"),
                 QT_TRANSLATE_NOOP("Shortcuts", "Undo a pending retweet"), ACT, POST_PAGE),
    ShortcutSpec("like", ("L",), QT_TRANSLATE_NOOP("Shortcuts", "Like"),
                 QT_TRANSLATE_NOOP("Shortcuts", "Like the post"), ACT, POST_PAGE),
    ShortcutSpec("reply", ("R",), QT_TRANSLATE_NOOP("Shortcuts", "Reply"),
                 QT_TRANSLATE_NOOP("Shortcuts", "Reply to the post"), ACT, POST_PAGE),
    ShortcutSpec("quote", ("Q",), QT_TRANSLATE_NOOP("Shortcuts", "Quote"),
                 QT_TRANSLATE_NOOP("Shortcuts", "Quote the post"), ACT, POST_PAGE),
    ShortcutSpec("dismiss", ("X",), QT_TRANSLATE_NOOP("Shortcuts", "Dismiss"),
                 QT_TRANSLATE_NOOP("Shortcuts", "Close the post's response clock without answering"), ACT, POST_PAGE),
    ShortcutSpec("compose", ("N", "Ctrl+N"), QT_TRANSLATE_NOOP("Shortcuts", "New post"),
                 QT_TRANSLATE_NOOP("Shortcuts", "Write a new post"), ACT),
    ShortcutSpec("open_detail", ("Return", "Enter"), QT_TRANSLATE_NOOP("Shortcuts", "Thread"),
                 QT_TRANSLATE_NOOP("Shortcuts", "Open the post and its thread"), ACT, POST_PAGE),
    ShortcutSpec("fetch_thread", ("F",), QT_TRANSLATE_NOOP("Shortcuts", "Fetch the rest"),
                 QT_TRANSLATE_NOOP("Shortcuts", "In a thread: fetch what is missing, its cost shown first"), ACT,
                 POST_PAGE),
    ShortcutSpec("open_on_x", ("O",), QT_TRANSLATE_NOOP("Shortcuts", "Open on x.com"),
                 QT_TRANSLATE_NOOP("Shortcuts", "Open the post on x.com"), ACT, POST_PAGE),
    ShortcutSpec("help", ("?", "F1"), QT_TRANSLATE_NOOP("Shortcuts", "Shortcuts"),
                 QT_TRANSLATE_NOOP("Shortcuts", "Show every shortcut"), VIEW),
    ShortcutSpec("close", ("Escape",), QT_TRANSLATE_NOOP("Shortcuts", "Close"),
                 QT_TRANSLATE_NOOP("Shortcuts", "Close help or thread; else hide"), VIEW),
    ShortcutSpec("extend", ("+",), "+2 min",
                 QT_TRANSLATE_NOOP("Shortcuts", "Add time to the session"), VIEW),
    ShortcutSpec("end", ("Ctrl+E",), QT_TRANSLATE_NOOP("Shortcuts", "End"),
                 QT_TRANSLATE_NOOP("Shortcuts", "End the session now"), VIEW),
    ShortcutSpec("proposals", ("P",), QT_TRANSLATE_NOOP("Shortcuts", "Proposals"),
                 QT_TRANSLATE_NOOP("Shortcuts", "Show the team's proposals"), DECK),
    ShortcutSpec("approve", ("A",), QT_TRANSLATE_NOOP("Shortcuts", "Approve"),
                 QT_TRANSLATE_NOOP("Shortcuts", "Approve the proposal: to the outbox, after the cool-off"), DECK,
                 DECK_PAGE),
    ShortcutSpec("edit_proposal", ("E",), QT_TRANSLATE_NOOP("Shortcuts", "Edit"),
                 QT_TRANSLATE_NOOP("Shortcuts", "Edit the proposal in the composer"), DECK, DECK_PAGE),
    ShortcutSpec("reject", ("X",), QT_TRANSLATE_NOOP("Shortcuts", "Reject"),
                 QT_TRANSLATE_NOOP("Shortcuts", "Reject the proposal, with a reason"), DECK, DECK_PAGE),
)
# fmt: on

Bindings = dict[str, tuple[QKeySequence, ...]]


def label_text(spec: ShortcutSpec) -> str:
    """The action's name as shown in buttons and menus, in the user's language."""
    return translate("Shortcuts", spec.label)


def description_text(spec: ShortcutSpec) -> str:
    """What the action does, in the user's language (tooltips, the help overlay)."""
    return translate("Shortcuts", spec.description)


def section_text(section: str) -> str:
    """A help section's title ("Move", "Act on the post", "Session"), in the user's language."""
    return translate("Shortcuts", section)


def parse_keys(text: str, *, label: str = "") -> tuple[QKeySequence, ...]:
    """Keys from a setting string ("U; Ctrl+Z"); raise `ShortcutError` on anything Qt does not understand."""
    label = label or translate("Shortcuts", "this action")
    keys: list[QKeySequence] = []
    for part in (p.strip() for p in text.split(";")):
        if not part:
            continue
        seq = QKeySequence.fromString(part, PORTABLE)
        if seq.isEmpty() or any(c.key() == Qt.Key.Key_unknown for c in _combos(seq)):
            problem = translate("Shortcuts", "“{key}” is not a key Exec Desk understands (for {action}).")
            raise ShortcutError(problem.format(key=part, action=label))
        keys.append(seq)
    return tuple(keys)


def _combos(seq: QKeySequence) -> list[QKeyCombination]:
    return [seq[i] for i in range(seq.count())]  # type: ignore[index]  # the stubs miss __getitem__


def key_name(seq: QKeySequence | str) -> str:
    """A key as the platform writes it (`QKeySequence.toString(NativeText)`: "T", "Ctrl+Z", "Return", or "⌘Z" on
    a Mac): the one way keys are named everywhere (the help, the settings' key boxes, the composer's hints). A
    string is read as Qt's portable text ("Ctrl+Return")."""
    key = QKeySequence.fromString(seq, PORTABLE) if isinstance(seq, str) else seq
    return key.toString(QKeySequence.SequenceFormat.NativeText)


def is_single_key(seq: QKeySequence) -> bool:
    """A key without Ctrl, Alt or Meta: inactive while a text field has focus."""
    return seq.count() == 1 and not (_combos(seq)[0].keyboardModifiers() & _MODIFIERS)


def find_collisions(
    bindings: Mapping[str, Sequence[QKeySequence]], pages: Mapping[str, str] | None = None
) -> list[tuple[str, str, str]]:
    """Each (key, action id, other action id) where one key (or a chord prefix) would trigger two actions; actions
    of two different `pages` (`ShortcutSpec.page`) never work at once, so they may share a key."""
    found: list[tuple[str, str, str]] = []
    pages = pages or {}
    flat = [(action, seq) for action, seqs in bindings.items() for seq in seqs]
    for i, (a, seq_a) in enumerate(flat):
        for b, seq_b in flat[i + 1 :]:
            if a == b or (pages.get(a) and pages.get(b) and pages.get(a) != pages.get(b)):
                continue
            if seq_a.matches(seq_b) != QKeySequence.SequenceMatch.NoMatch or seq_b.matches(seq_a) != (
                QKeySequence.SequenceMatch.NoMatch
            ):
                found.append((key_name(seq_a), a, b))
    return found


def resolve_bindings(overrides: Mapping[str, str], specs: Sequence[ShortcutSpec] = DEFAULT_SHORTCUTS) -> Bindings:
    """Default keys with the overrides applied; `ShortcutError` for an unknown action, a bad key or a collision."""
    by_id = {s.id: s for s in specs}
    bindings: Bindings = {s.id: tuple(QKeySequence.fromString(k, PORTABLE) for k in s.keys) for s in specs}
    for action_id, text in overrides.items():
        spec = by_id.get(action_id)
        if spec is None:
            problem = translate("Shortcuts", "There is no action named “{action}” to bind a key to.")
            raise ShortcutError(problem.format(action=action_id))
        bindings[action_id] = parse_keys(text, label=f"“{label_text(spec)}”")
    collisions = find_collisions(bindings, {s.id: s.page for s in specs})
    if collisions:
        key, a, b = collisions[0]
        problem = translate(
            "Shortcuts", "The key {key} cannot do two things: “{one}” and “{other}”. Choose another key."
        )
        raise ShortcutError(problem.format(key=key, one=label_text(by_id[a]), other=label_text(by_id[b])))
    return bindings


def save_binding(
    settings: SettingsPort, action_id: str, keys: str, specs: Sequence[ShortcutSpec] = DEFAULT_SHORTCUTS
) -> None:
    """Bind `keys` to `action_id` in the settings, after checking it; raise `ShortcutError` and save nothing if not."""
    current = dict(settings.get(SETTING) or {})
    current[action_id] = keys
    resolve_bindings(current, specs)
    settings.set(SETTING, current)


class _TextFieldGuard(QObject):
    """Makes a text field keep the single keys typed into it instead of triggering window shortcuts."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and not (event.modifiers() & _MODIFIERS)
            and event.key() != Qt.Key.Key_Escape
        ):
            event.accept()
        return False


class ShortcutRegistry(QObject):
    """The host window's actions, one `QAction` each, bound to the resolved keys."""

    changed = Signal()

    def __init__(
        self,
        host: QWidget,
        overrides: Mapping[str, str] | None = None,
        specs: Sequence[ShortcutSpec] = DEFAULT_SHORTCUTS,
    ) -> None:
        super().__init__(host)
        self._host = host
        self._specs = {s.id: s for s in specs}
        self._actions: dict[str, QAction] = {}
        self._guard = _TextFieldGuard(self)
        self.problems: list[str] = []
        try:
            self._bindings = resolve_bindings(overrides or {}, specs)
        except ShortcutError as exc:
            self.problems.append(self.tr("{problem} The default keys are used.").format(problem=exc))
            self._bindings = resolve_bindings({}, specs)
        for widget in host.findChildren(QWidget):
            if isinstance(widget, TEXT_FIELDS):
                self.guard(widget)

    def specs(self) -> list[ShortcutSpec]:
        return list(self._specs.values())

    def spec(self, action_id: str) -> ShortcutSpec:
        return self._specs[action_id]

    def register(self, action_id: str, handler: Callable[[], object]) -> QAction:
        """Create the `QAction` of `action_id` on the host, calling `handler` when triggered."""
        spec = self._specs[action_id]
        action = QAction(label_text(spec), self._host)
        action.setObjectName(f"action_{action_id}")
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setShortcuts(list(self._bindings.get(action_id, ())))
        action.setToolTip(self._tooltip(spec))
        action.triggered.connect(lambda _checked=False: handler())
        self._host.addAction(action)
        self._actions[action_id] = action
        return action

    def action(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def keys(self, action_id: str) -> tuple[QKeySequence, ...]:
        return self._bindings.get(action_id, ())

    def key_hint(self, action_id: str) -> str:
        """The first key of an action as shown to people ("T"), or "" when it has none."""
        keys = self.keys(action_id)
        return key_name(keys[0]) if keys else ""

    def keys_text(self, action_id: str) -> str:
        return self.tr(" or ").join(key_name(k) for k in self.keys(action_id))

    def apply_overrides(self, overrides: Mapping[str, str]) -> None:
        """Rebind from the "shortcuts" setting; on `ShortcutError` nothing changes and the error is raised."""
        bindings = resolve_bindings(overrides, list(self._specs.values()))
        self._bindings = bindings
        for action_id, action in self._actions.items():
            action.setShortcuts(list(bindings.get(action_id, ())))
            action.setToolTip(self._tooltip(self._specs[action_id]))
        self.changed.emit()

    def trigger_unshifted(self, event: QKeyEvent) -> bool:
        """Run the action bound to a symbol typed with Shift ("?" is Shift+/ on many layouts), if any.

        Most platforms' key mappers already match "?" to Shift+?; for the others the view hands over the key
        presses no shortcut took. Returns whether an action ran.
        """
        key = event.key()
        if event.modifiers() != Qt.KeyboardModifier.ShiftModifier or not 0x20 < key < 0x7F or chr(key).isalnum():
            return False
        plain = QKeySequence(QKeyCombination(Qt.KeyboardModifier.NoModifier, Qt.Key(key)))
        for action_id, action in self._actions.items():
            if action.isEnabled() and any(
                k.matches(plain) == QKeySequence.SequenceMatch.ExactMatch for k in self.keys(action_id)
            ):
                action.trigger()
                return True
        return False

    def guard(self, widget: QWidget) -> None:
        """While `widget` (a text field) has focus, single-key shortcuts type into it instead."""
        widget.installEventFilter(self._guard)

    def _tooltip(self, spec: ShortcutSpec) -> str:
        keys = self.keys_text(spec.id)
        return f"{description_text(spec)} ({keys})" if keys else description_text(spec)
