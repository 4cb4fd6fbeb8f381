"""First run: offer to map the user's owned and followed X Lists to the curated groups.

`maybe_run_first_run(parent, book, runner)` reads the account's lists on the runner
(`services.sources.plan_first_run`: two owned reads, nothing at all if the account already has groups), then opens
a `FirstRunDialog`: one row per list with a group chosen for it (pre-filled from the suggestions; "Not used"
leaves it out, and costs nothing). "Use these groups" applies the choice on the runner (`apply_plan`); "Later"
applies nothing: the first session then sets up the suggested defaults by itself. An account without any list
gets the default groups at once, without a dialog; when the lists could not be read, nothing is applied, so that
the next attempt (or the first session) can still offer them.

`on_finished()` is called once the first run is settled (applied, put off, or not needed): start the first
session after it, so that the session's own set-up cannot take the place of the user's choice.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from exec_desk.core.i18n import QT_TRANSLATE_NOOP
from exec_desk.core.models import XList
from exec_desk.core.sources import DEFAULT_GROUPS, HOME, MENTIONS
from exec_desk.services.sources import FirstRunPlan, SourceBook
from exec_desk.services.tasks import Runner
from exec_desk.ui.i18n import group_name, message_text
from exec_desk.ui.style import note_label

log = logging.getLogger(__name__)

NOT_USED = QT_TRANSLATE_NOOP("FirstRunDialog", "Not used")
#: The groups a list can go to (Home and Mentions have their own sources).
LIST_GROUPS = tuple(spec.name for spec in DEFAULT_GROUPS if spec.name not in (HOME, MENTIONS))
INTRO = QT_TRANSLATE_NOOP(
    "FirstRunDialog",
    "Exec Desk shows what matters from your curated groups. Choose a group for each of your X Lists; "
    "the posts of a list then appear in your sessions under that group. “Not used” leaves a list out: "
    "each list used costs one request to X per session. Your home timeline and your mentions are always in.",
)


class FirstRunDialog(QDialog):
    """The user's lists, each with a group to choose; `mapping()` is the choice."""

    def __init__(self, plan: FirstRunPlan, *, user_id: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_run")
        self.setWindowTitle(self.tr("Exec Desk — Your X Lists"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(620, 460)
        self._combos: dict[str, QComboBox] = {}
        root = QVBoxLayout(self)
        intro = QLabel(self.tr(INTRO))
        intro.setWordWrap(True)
        root.addWidget(intro)
        if plan.problems:
            problems = note_label("problems", left=0, top=0, bottom=0)
            problems.setText("\n".join(message_text(problem) for problem in plan.problems))
            root.addWidget(problems)
        rows = QWidget()
        grid = QGridLayout(rows)
        grid.setColumnStretch(0, 1)
        for row, x_list in enumerate(plan.lists):
            grid.addWidget(self._describe(x_list, user_id), row, 0)
            combo = QComboBox()
            combo.setObjectName(f"group_for_{x_list.id}")
            combo.addItem(self.tr(NOT_USED), NOT_USED)
            for name in LIST_GROUPS:
                combo.addItem(group_name(name), name)
            combo.setCurrentIndex(max(0, combo.findData(plan.suggestions.get(x_list.id, NOT_USED))))
            combo.setAccessibleName(self.tr("Group for the list {name}").format(name=x_list.name))
            grid.addWidget(combo, row, 1, Qt.AlignmentFlag.AlignTop)
            self._combos[x_list.id] = combo
        if not plan.lists:
            none = self.tr("You have no X Lists yet: your sessions will show your home timeline and mentions.")
            grid.addWidget(QLabel(none))
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Your X Lists"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(rows)
        root.addWidget(scroll, 1)
        buttons = QDialogButtonBox()
        ok = buttons.addButton(self.tr("Use these groups"), QDialogButtonBox.ButtonRole.AcceptRole)
        later = buttons.addButton(self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole)
        ok.setObjectName("use_groups")
        later.setObjectName("later")
        later.setToolTip(self.tr("Your first session will use the suggested groups."))
        later.setAccessibleDescription(later.toolTip())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        root.addWidget(buttons)
        chain = [*self._combos.values(), ok, later]
        for first, then in itertools.pairwise(chain):
            QWidget.setTabOrder(first, then)
        ok.setDefault(True)

    def _describe(self, x_list: XList, user_id: str) -> QLabel:
        whose = self.tr("your list") if x_list.owner_id == user_id else self.tr("a list you follow")
        count = x_list.member_count
        members = " · " + self.tr("%Ln member(s)", "", count) if count is not None else ""
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        description = f"\n{x_list.description}" if x_list.description else ""
        label.setText(f"{x_list.name} ({whose}{members}){description}")
        return label

    def combo(self, list_id: str) -> QComboBox:
        """The group chooser of a list."""
        return self._combos[list_id]

    def mapping(self) -> dict[str, str]:
        """`{list id: group name}` for every list the user keeps."""
        chosen = {lid: str(combo.currentData()) for lid, combo in self._combos.items()}
        return {lid: name for lid, name in chosen.items() if name != NOT_USED}


def maybe_run_first_run(
    parent: QWidget | None,
    book: SourceBook,
    runner: Runner,
    *,
    on_finished: Callable[[], None] | None = None,
) -> None:
    """If the account of `book` has no groups yet, offer to map its X Lists to groups (see the module docstring).

    Never blocks: the lists are read and the choice applied on `runner`; the dialog is window-modal, not a
    nested event loop. `on_finished()` follows once it is settled.
    """
    finish = on_finished or (lambda: None)

    def failed(error: BaseException) -> None:
        log.warning("first run: %s", error)
        finish()

    def apply(plan: FirstRunPlan, mapping: dict[str, str] | None) -> None:
        runner.submit(lambda: book.apply_plan(plan, mapping), lambda _groups: finish(), failed)

    def planned(plan: FirstRunPlan | None) -> None:
        if plan is None:  # already set up
            finish()
        elif not plan.lists:
            if plan.problems:  # the lists could not be read: offer them another time
                log.warning("first run put off: %s", "; ".join(plan.problems))
                finish()
            else:
                apply(plan, None)
        else:
            dialog = FirstRunDialog(plan, user_id=book.user_id, parent=parent)
            dialog.accepted.connect(lambda: apply(plan, dialog.mapping()))
            dialog.rejected.connect(finish)
            dialog.finished.connect(lambda _result: dialog.deleteLater())
            dialog.open()

    runner.submit(book.plan_first_run, planned, failed)
