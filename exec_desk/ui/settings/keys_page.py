"""The "Shortcuts" page of the settings dialog: a key editor per action and key, checked for collisions.

Each action of `DEFAULT_SHORTCUTS` gets a row with its translated name and two key boxes (more when it has more
keys). A key box records the next key pressed; Tab and Shift+Tab move on as everywhere else (Qt's editor would
record Shift+Tab), Backspace or Delete empties the box. `overrides()` gives the "shortcuts" setting to save (only
the actions whose keys differ from the defaults) and `problem()` the first collision in plain translated words, with
the key box to focus.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from exec_desk.ui.settings.fields import show_as_error
from exec_desk.ui.shortcuts import (
    DEFAULT_SHORTCUTS,
    PORTABLE,
    ShortcutError,
    ShortcutSpec,
    description_text,
    find_collisions,
    key_name,
    parse_keys,
    section_text,
)
from exec_desk.ui.style import mute, scaled_font

_CLEAR_KEYS = (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)


class _KeyBoxKeys(QObject):
    """Tab and Shift+Tab leave a key box; Backspace and Delete (without modifiers) empty it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(watched, QKeySequenceEdit):
            return False
        key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not (mods & ~Qt.KeyboardModifier.ShiftModifier):
            watched.window().focusNextPrevChild(key == Qt.Key.Key_Tab and not shift)
            return True
        if key in _CLEAR_KEYS and not mods:
            watched.clear()
            return True
        return False


class ShortcutsPage(QWidget):
    """Key boxes for every action; starts from `overrides` (the "shortcuts" setting) over the defaults."""

    def __init__(
        self,
        overrides: Mapping[str, str],
        specs: Sequence[ShortcutSpec] = DEFAULT_SHORTCUTS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_page")
        self._specs = list(specs)
        self._filter = _KeyBoxKeys(self)
        self.boxes: dict[str, list[QKeySequenceEdit]] = {}
        #: A problem found in the saved setting, in plain words (the defaults are shown instead), or "".
        self.load_problem = ""
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(
            self.tr(
                "Select a box and press the key to use. Backspace empties a box. Keys without Ctrl or Alt do nothing "
                "while you type in a text field."
            )
        )
        hint.setWordWrap(True)
        mute(hint)
        root.addWidget(hint)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("shortcuts_problem")
        self.problem_label.setWordWrap(True)
        show_as_error(self.problem_label)
        root.addWidget(self.problem_label)
        rows = QWidget()
        rows.setObjectName("shortcut_rows")
        grid = QGridLayout(rows)
        grid.setColumnStretch(0, 1)
        row = 0
        for column, title in enumerate((self.tr("Action"), self.tr("Key"), self.tr("Other key"))):
            heading = QLabel(title)
            heading.setFont(scaled_font(heading.font(), 1.0, bold=True))
            grid.addWidget(heading, row, column)
        section = ""
        for spec in self._specs:
            if spec.section != section:
                section = spec.section
                row += 1
                title = section_text(section)
                heading = QLabel(title)
                heading.setFont(scaled_font(heading.font(), 1.0, bold=True))
                heading.setContentsMargins(0, 8, 0, 0)
                grid.addWidget(heading, row, 0, 1, 3)
            row += 1
            self._add_row(grid, row, spec)
        scroll = QScrollArea()
        scroll.setObjectName("shortcuts_scroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(rows)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        root.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        self.defaults_button = QPushButton(self.tr("Restore the default keys"))
        self.defaults_button.setObjectName("restore_default_keys")
        self.defaults_button.clicked.connect(self.restore_defaults)
        buttons.addWidget(self.defaults_button)
        buttons.addStretch(1)
        root.addLayout(buttons)
        self.set_overrides(overrides)
        self.problem_label.setText(self.load_problem)
        self.problem_label.setVisible(bool(self.load_problem))

    def _add_row(self, grid: QGridLayout, row: int, spec: ShortcutSpec) -> None:
        name = description_text(spec)
        label = QLabel(name)
        label.setWordWrap(True)
        grid.addWidget(label, row, 0)
        boxes = []
        for n in range(max(2, len(spec.keys))):
            box = QKeySequenceEdit()
            box.setObjectName(f"keys_{spec.id}_{n}")
            box.setMaximumSequenceLength(1)
            box.setClearButtonEnabled(True)
            box.setMinimumWidth(120)
            self._keep_placeholder(box)
            box.installEventFilter(self._filter)
            which = self.tr("Key for “{action}”") if n == 0 else self.tr("Other key for “{action}”")
            box.setAccessibleName(which.format(action=name))
            box.setAccessibleDescription(self.tr("Press the key to use; Backspace empties the box."))
            boxes.append(box)
        grid.addWidget(boxes[0], row, 1)
        others = QHBoxLayout()  # a third key (none by default) shares the last column
        for box in boxes[1:]:
            others.addWidget(box)
        grid.addLayout(others, row, 2)
        self.boxes[spec.id] = boxes

    def _keep_placeholder(self, box: QKeySequenceEdit) -> None:
        """Show "No key" in an empty key box. Qt puts back its own "Press shortcut" (English without Qt's catalogue)
        each time the box is set, cleared or done recording: put ours back after it."""
        box.keySequenceChanged.connect(lambda _seq: self._put_placeholder(box))
        box.editingFinished.connect(lambda: self._put_placeholder(box))
        self._put_placeholder(box)

    def _put_placeholder(self, box: QKeySequenceEdit) -> None:
        inner = box.findChild(QLineEdit)
        if inner is not None:
            inner.setPlaceholderText(self.tr("No key"))

    def focusables(self) -> list[QWidget]:
        """The page's key boxes then its button, in tab order."""
        return [box for boxes in self.boxes.values() for box in boxes] + [self.defaults_button]

    def set_overrides(self, overrides: Mapping[str, str]) -> None:
        """Show the keys of the setting over the defaults (the defaults alone if the setting cannot be used)."""
        self.load_problem = ""
        keys: dict[str, tuple[QKeySequence, ...]] = {}
        for spec in self._specs:
            text = overrides.get(spec.id)
            try:
                keys[spec.id] = parse_keys("; ".join(spec.keys) if text is None else text)
            except ShortcutError:
                keys[spec.id] = parse_keys("; ".join(spec.keys))
                self.load_problem = self.tr("Some saved keys could not be read; the default keys are shown.")
        for spec in self._specs:
            self._show(spec.id, keys[spec.id])

    def restore_defaults(self) -> None:
        for spec in self._specs:
            self._show(spec.id, parse_keys("; ".join(spec.keys)))

    def _show(self, action_id: str, keys: Sequence[QKeySequence]) -> None:
        for n, box in enumerate(self.boxes[action_id]):
            box.setKeySequence(keys[n] if n < len(keys) else QKeySequence())
            self._put_placeholder(box)  # an unchanged box emits nothing, but Qt reset its placeholder

    def bindings(self) -> dict[str, tuple[QKeySequence, ...]]:
        """The keys chosen for each action (empty boxes left out)."""
        return {
            action_id: tuple(box.keySequence() for box in boxes if not box.keySequence().isEmpty())
            for action_id, boxes in self.boxes.items()
        }

    def overrides(self) -> dict[str, str]:
        """The "shortcuts" setting for these keys: only the actions whose keys differ from the defaults."""
        out: dict[str, str] = {}
        for spec in self._specs:
            chosen = "; ".join(seq.toString(PORTABLE) for seq in self.bindings()[spec.id])
            default = "; ".join(seq.toString(PORTABLE) for seq in parse_keys("; ".join(spec.keys)))
            if chosen != default:
                out[spec.id] = chosen
        return out

    def problem(self) -> tuple[str, QWidget] | None:
        """The first collision as (message, key box to focus), or None when the keys can all be used."""
        bindings = self.bindings()
        collisions = find_collisions(bindings, {s.id: s.page for s in self._specs})
        if not collisions:
            return None
        _key, first, second = collisions[0]
        specs = {s.id: s for s in self._specs}
        clash = next(
            seq
            for seq in bindings[second]
            if any(
                seq.matches(other) != QKeySequence.SequenceMatch.NoMatch
                or other.matches(seq) != QKeySequence.SequenceMatch.NoMatch
                for other in bindings[first]
            )
        )
        box = next(b for b in self.boxes[second] if b.keySequence() == clash)
        message = self.tr("The key {key} cannot do two things: “{first}” and “{second}”. Choose another key.").format(
            key=key_name(clash), first=description_text(specs[first]), second=description_text(specs[second])
        )
        return message, box
