"""The "Sources and groups" page of the settings dialog: the groups (added, renamed, removed), the priority and
quota of each, and its sources.

The groups and sources are read through the account's `services.sources.SourceBook` on the task runner when the
page opens. Changes (a group added, renamed or removed with its sources, a group's priority or per-session quota,
sources added or removed) stay on the page until the dialog saves: `changes()` lists them and `submit()` writes
them on the runner in one transaction. A group needs a name of its own (at most `NAME_MAX` characters), and one
group at least stays: `problem()` says what stops saving. What can be added as a source, and how the typed text is
read, is in `source_kinds`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from exec_desk.services.sources import NewGroup, NewSource, SourceBook, SourceChanges
from exec_desk.services.tasks import Runner
from exec_desk.storage.records import Group, Source, SourceKind
from exec_desk.ui.settings.fields import show_as_error
from exec_desk.ui.settings.source_kinds import (
    ADDABLE,
    group_title,
    parse_source,
    source_title,
    translated,
)
from exec_desk.ui.style import note_label

#: The longest group name (it shows in a session's filter and on each post's badge).
NAME_MAX = 40


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


class _SourceLine(QLineEdit):
    """The "add a source" field: Enter adds the source instead of saving the whole dialog."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class SourcesPage(QWidget):
    """Groups on the left; the selected group's priority, quota and sources on the right."""

    def __init__(self, runner: Runner, book: SourceBook | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sources_page")
        self._runner, self._book = runner, book
        self._original: dict[int, Group] = {}
        self._groups: dict[int, Group] = {}
        self._sources: list[Source] = []
        self._removed: set[int] = set()
        self._added: list[NewSource] = []
        self._removed_groups: set[int] = set()
        self._next_key = -1  # the page's ids of new groups: negative, never a stored group's
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        self.status = note_label("sources_status", left=0)
        root.addWidget(self.status)
        body = QHBoxLayout()
        root.addLayout(body, 1)
        left = QVBoxLayout()
        body.addLayout(left)
        self.group_list = QListWidget()
        self.group_list.setObjectName("group_list")
        self.group_list.setAccessibleName(self.tr("Groups"))
        self.group_list.setMaximumWidth(190)
        self.group_list.currentRowChanged.connect(self._show_group)
        left.addWidget(self.group_list, 1)
        self.group_name = QLineEdit()
        self.group_name.setObjectName("group_name")
        self.group_name.setAccessibleName(self.tr("Name of the group"))
        self.group_name.setPlaceholderText(self.tr("Name of the group"))
        self.group_name.setMaxLength(NAME_MAX + 20)  # a little over: too long is said, not cut silently
        self.group_name.setMaximumWidth(190)
        self.group_name.textEdited.connect(self._renamed)
        left.addWidget(_buddy(self.tr("Name"), self.group_name))
        left.addWidget(self.group_name)
        self.new_group_button = QPushButton(self.tr("New group"))
        self.new_group_button.setObjectName("new_group")
        self.new_group_button.setToolTip(self.tr("Add a group; name it, then add its sources."))
        self.new_group_button.clicked.connect(self.new_group)
        self.remove_group_button = QPushButton(self.tr("Remove the group"))
        self.remove_group_button.setObjectName("remove_group")
        self.remove_group_button.setToolTip(self.tr("Remove the selected group and its sources."))
        self.remove_group_button.clicked.connect(self.remove_group)
        for button in (self.new_group_button, self.remove_group_button):
            button.setAccessibleDescription(button.toolTip())
            left.addWidget(button)
        right = QVBoxLayout()
        body.addLayout(right, 1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        right.addLayout(form)
        self.priority = self._spin("group_priority", self.tr("Priority"), 0, 999)
        self.priority.setToolTip(self.tr("Groups with a higher priority come first in a session."))
        self.priority.setAccessibleDescription(self.priority.toolTip())
        form.addRow(self.tr("Priority"), self.priority)
        self.quota = self._spin("group_quota", self.tr("Most posts per session"), 0, 999)
        self.quota.setSpecialValueText(self.tr("No limit"))
        self.quota.setToolTip(self.tr("The most posts of this group in one session; 0 means no limit."))
        self.quota.setAccessibleDescription(self.quota.toolTip())
        form.addRow(self.tr("Most posts per session"), self.quota)
        self.source_list = QListWidget()
        self.source_list.setObjectName("source_list")
        self.source_list.setAccessibleName(self.tr("Sources of the group"))
        right.addWidget(_buddy(self.tr("Sources of the group"), self.source_list))
        right.addWidget(self.source_list, 1)
        self.source_list.currentRowChanged.connect(self._source_chosen)
        self.remove_button = QPushButton(self.tr("Remove the source"))
        self.remove_button.setObjectName("remove_source")
        self.remove_button.clicked.connect(self.remove_source)
        self.replace_button = QPushButton(self.tr("Replace"))
        self.replace_button.setObjectName("replace_source")
        self.replace_button.setToolTip(self.tr("Adds the source typed below and removes the selected one."))
        self.replace_button.clicked.connect(self.replace_source)
        self.replace_button.setVisible(False)  # shown for a source X says is gone
        removing = QHBoxLayout()
        removing.addStretch(1)
        removing.addWidget(self.replace_button)
        removing.addWidget(self.remove_button)
        right.addLayout(removing)
        self.kind = QComboBox()
        self.kind.setObjectName("source_kind")
        self.kind.setAccessibleName(self.tr("Kind of source to add"))
        for kind, name, _hint in ADDABLE:
            self.kind.addItem(translated(name), kind.value)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.source_text = _SourceLine()
        self.source_text.setObjectName("source_text")
        self.source_text.setAccessibleName(self.tr("Source to add"))
        self.source_text.submitted.connect(self.add_source)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName("add_source")
        self.add_button.setAccessibleName(self.tr("Add the source to the group"))
        self.add_button.clicked.connect(self.add_source)
        right.addWidget(_buddy(self.tr("Add a source to the group"), self.kind))
        adding = QHBoxLayout()
        adding.addWidget(self.kind)
        adding.addWidget(self.source_text, 1)
        adding.addWidget(self.add_button)
        right.addLayout(adding)
        self.message = note_label("sources_message", left=0)
        right.addWidget(self.message)
        self._kind_changed()
        self._set_usable(False)
        if book is None:
            self.status.setText(self.tr("Sources and groups can be changed once Exec Desk has started."))
            return
        self.status.setText(self.tr("Reading your groups…"))
        runner.submit(book.read, self._loaded, self._load_failed)

    def _spin(self, name: str, accessible: str, low: int, high: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setAccessibleName(accessible)
        spin.valueChanged.connect(self._edited)
        return spin

    def focusables(self) -> list[QWidget]:
        return [
            self.group_list,
            self.group_name,
            self.new_group_button,
            self.remove_group_button,
            self.priority,
            self.quota,
            self.source_list,
            self.replace_button,
            self.remove_button,
            self.kind,
            self.source_text,
            self.add_button,
        ]

    # -- loading ---------------------------------------------------------------------------------------------
    def _loaded(self, loaded: tuple[list[Group], list[Source]]) -> None:
        groups, self._sources = loaded
        self._original = {g.id: g for g in groups}
        self._groups = dict(self._original)
        self._removed.clear()
        self._added.clear()
        self._removed_groups.clear()
        self.group_list.clear()
        for group in groups:
            self._add_item(group)
        if not groups:
            self.status.setText(self.tr("No groups yet: your first session sets them up."))
            return
        self.status.setText(
            self.tr("Choose a group to rename it, change its priority, its share of each session and its sources.")
        )
        self._set_usable(True)
        self.group_list.setCurrentRow(0)

    def _add_item(self, group: Group) -> QListWidgetItem:
        item = QListWidgetItem(group_title(group))
        item.setData(Qt.ItemDataRole.UserRole, group.id)
        item.setSizeHint(QSize(0, self.group_list.fontMetrics().height() + 12))
        self.group_list.addItem(item)
        return item

    def _load_failed(self, error: BaseException) -> None:
        self.status.setText(self.tr("Your groups could not be read: {error}").format(error=error))

    def _set_usable(self, usable: bool) -> None:
        for widget in self.focusables()[1:]:
            widget.setEnabled(usable)

    # -- editing ---------------------------------------------------------------------------------------------
    def current_group(self) -> Group | None:
        item = self.group_list.currentItem()
        return None if item is None else self._groups.get(int(item.data(Qt.ItemDataRole.UserRole)))

    def _show_group(self, _row: int) -> None:
        group = self.current_group()
        if group is None:
            return
        self.group_name.setText(group_title(group))
        for spin, value in ((self.priority, group.priority), (self.quota, group.quota)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self._say("")
        self._fill_sources(group.id)

    def _fill_sources(self, group_id: int) -> None:
        self.source_list.clear()
        for source in self._sources:
            if source.group_id == group_id and source.id not in self._removed:
                title = source_title(source.kind, source.label, source.ref)
                if source.gone_at is not None:
                    title = self.tr("{source} — gone from X").format(source=title)
                item = QListWidgetItem(title)
                item.setData(Qt.ItemDataRole.UserRole, ("saved", source.id))
                if source.gone_at is not None:
                    item.setToolTip(source.gone_reason or "")
                    item.setIcon(self.style().standardIcon(self.style().StandardPixmap.SP_MessageBoxWarning))
                self.source_list.addItem(item)
        for n, new in enumerate(self._added):
            if new.group_id == group_id:
                title = self.tr("{source} (new)").format(source=source_title(new.kind, new.label, new.ref))
                item = QListWidgetItem(title)
                item.setData(Qt.ItemDataRole.UserRole, ("new", n))
                self.source_list.addItem(item)
        if self.source_list.count():
            self.source_list.setCurrentRow(0)

    def _selected_gone(self) -> Source | None:
        """The selected saved source when X said it no longer exists."""
        item = self.source_list.currentItem()
        if item is None:
            return None
        where, key = item.data(Qt.ItemDataRole.UserRole)
        found = next((s for s in self._sources if where == "saved" and s.id == key), None)
        return found if found is not None and found.gone_at is not None else None

    def _source_chosen(self, _row: int) -> None:
        gone = self._selected_gone()
        self.replace_button.setVisible(gone is not None)
        if gone is not None:
            self._say(
                self.tr("X says: {reason} Remove it, or type its replacement below and choose Replace.").format(
                    reason=gone.gone_reason or self.tr("it no longer exists.")
                ),
                error=True,
            )

    # -- groups ----------------------------------------------------------------------------------------------
    def _renamed(self, text: str) -> None:
        """The name typed for the selected group (checked when saving, and said here at once)."""
        group, item = self.current_group(), self.group_list.currentItem()
        if group is None or item is None:
            return
        self._groups[group.id] = replace(group, name=text.strip())
        item.setText(text.strip() or self.tr("(no name)"))
        problem = self._name_problem(self._groups[group.id])
        self._say(problem or "", error=problem is not None)

    def _name_problem(self, group: Group) -> str | None:
        """What is wrong with a group's name, or None."""
        if not group.name:
            return self.tr("Give the group a name.")
        if len(group.name) > NAME_MAX:
            return self.tr("A group's name has at most {count} characters.").format(count=NAME_MAX)
        same = [g for g in self._groups.values() if g.id != group.id and _key(g) == _key(group)]
        if same:
            return self.tr("There is already a group named {name}.").format(name=group_title(same[0]))
        return None

    def new_group(self) -> None:
        """Add a group (saved with the dialog), selected with its name ready to type."""
        if self._book is None:
            return
        names = {_key(g) for g in self._groups.values()}
        base = self.tr("New group")
        name = next(n for n in (base, *(f"{base} {i}" for i in range(2, 100))) if n.casefold() not in names)
        group = Group(id=self._next_key, account=self._book.account, name=name, priority=20, quota=5)
        self._next_key -= 1
        self._groups[group.id] = group
        self.group_list.setCurrentItem(self._add_item(group))
        self._set_usable(True)
        self._say(self.tr("Added; name it, then add its sources. It is saved with the settings."))
        self.group_name.setFocus()
        self.group_name.selectAll()

    def remove_group(self) -> None:
        """Remove the selected group and its sources (saved with the dialog); one group at least stays."""
        group, row = self.current_group(), self.group_list.currentRow()
        if group is None:
            return
        if len(self._groups) <= 1:
            self._say(self.tr("Keep at least one group: sessions show the posts of your groups."), error=True)
            return
        sources = [s for s in self._sources if s.group_id == group.id and s.id not in self._removed]
        self._added = [n for n in self._added if n.group_id != group.id]
        del self._groups[group.id]
        if group.id > 0:
            self._removed_groups.add(group.id)
        self.group_list.takeItem(row)
        self.group_list.setCurrentRow(min(row, self.group_list.count() - 1))
        words = QCoreApplication.translate(
            "SourcesPage", "Removed, with its %n source(s); it is saved with the settings.", None, len(sources)
        )
        self._say(words)

    def _edited(self) -> None:
        group = self.current_group()
        if group is not None:
            self._groups[group.id] = replace(group, priority=self.priority.value(), quota=self.quota.value())

    def _kind_changed(self) -> None:
        hint = ADDABLE[max(self.kind.currentIndex(), 0)][2]
        self.source_text.setPlaceholderText(translated(hint))
        self.source_text.setAccessibleDescription(translated(hint))
        self.source_text.setToolTip(translated(hint))

    def _say(self, text: str, *, error: bool = False) -> None:
        show_as_error(self.message, error)
        self.message.setText(text)

    def add_source(self) -> None:
        """Add the typed source to the selected group (saved with the dialog); says what is wrong otherwise."""
        group = self.current_group()
        if group is None:
            return
        kind = SourceKind(self.kind.currentData())
        try:
            ref, label = parse_source(kind, self.source_text.text())
        except ValueError as exc:
            self._say(str(exc), error=True)
            return
        taken = {(s.kind, s.ref): s.group_id for s in self._sources if s.id not in self._removed}
        taken.update({(n.kind, n.ref): n.group_id for n in self._added})
        if (kind, ref) in taken:
            owner = self._groups.get(taken[(kind, ref)] or -1)
            where = group_title(owner) if owner is not None else "—"
            self._say(self.tr("This source is already in the group {group}.").format(group=where), error=True)
            return
        self._added.append(NewSource(group.id, kind, ref, label))
        self.source_text.clear()
        self._say(self.tr("Added; it is saved with the settings."))
        self._fill_sources(group.id)
        self.source_list.setCurrentRow(self.source_list.count() - 1)

    def replace_source(self) -> None:
        """Add the typed source in place of the selected gone one (both saved with the dialog)."""
        gone = self._selected_gone()
        if gone is None:
            return
        before = len(self._added)
        self.add_source()
        if len(self._added) == before:
            return  # the typed source could not be added: the message says why
        self._removed.add(gone.id)
        group = self.current_group()
        self._say(self.tr("Replaced; it is saved with the settings."))
        if group is not None:
            self._fill_sources(group.id)

    def remove_source(self) -> None:
        item = self.source_list.currentItem()
        group = self.current_group()
        if item is None or group is None:
            return
        where, key = item.data(Qt.ItemDataRole.UserRole)
        if where == "saved":
            self._removed.add(int(key))
        else:
            del self._added[int(key)]
        self._say(self.tr("Removed; it is saved with the settings."))
        self._fill_sources(group.id)

    # -- saving ----------------------------------------------------------------------------------------------
    def problem(self) -> tuple[str, QWidget] | None:
        """A group without a usable name (its name box then shows it), or text typed in the "add" field but not
        added: saving would silently drop it."""
        for row in range(self.group_list.count()):
            group = self._groups.get(int(self.group_list.item(row).data(Qt.ItemDataRole.UserRole)))
            problem = None if group is None else self._name_problem(group)
            if problem is not None:
                self.group_list.setCurrentRow(row)
                return problem, self.group_name
        if self.source_text.isEnabled() and self.source_text.text().strip():
            return self.tr("Press Add to add the source you typed, or empty its box."), self.source_text
        return None

    def changes(self) -> SourceChanges:
        groups = tuple(g for gid, g in self._groups.items() if gid > 0 and g != self._original.get(gid))
        new = tuple(NewGroup(g.id, g.name, g.priority, g.quota) for gid, g in self._groups.items() if gid < 0)
        removed = tuple(sorted(i for i in self._removed if self._source_group(i) not in self._removed_groups))
        return SourceChanges(groups, tuple(self._added), removed, new, tuple(sorted(self._removed_groups)))

    def _source_group(self, source_id: int) -> int | None:
        return next((s.group_id for s in self._sources if s.id == source_id), None)

    def submit(self, on_done: Callable[[], None], on_error: Callable[[BaseException], None]) -> bool:
        """Write the changes on the runner; `on_done()` or `on_error(exc)` follow. False when there is nothing to do."""
        changes, book = self.changes(), self._book
        if not changes or book is None:
            return False

        def done(_result: object) -> None:
            self._original = {gid: g for gid, g in self._groups.items() if gid > 0}
            on_done()

        self._runner.submit(lambda: book.apply(changes), done, on_error)
        return True


def _key(group: Group) -> str:
    """A group's name as compared for uniqueness (case ignored; a default group by its shown name too)."""
    return group_title(group).casefold()
