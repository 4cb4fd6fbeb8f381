"""The Settings dialog, generated from the declared settings, with the sources-and-groups and shortcuts pages.

`SettingsDialog(settings, runner, sources=..., parent=None)`: a list of pages on the left (Sessions,
Reminders, Posting, Sources and groups, Shortcuts, Connection, General, Calendar, Team and disclosure), the page on
the right. Each declared setting placed in `PAGES` gets the editor its declaration calls for (`fields.make_field`); a
declared setting in no page and not `INTERNAL` lands on a "More" page, so none is ever missing. A setting overridden
by an environment variable is shown read-only with the reason.

Save checks everything first: each value against its declaration, the rules between settings
(`storage.setting_checks.together`, which `exec-desk config` applies too: start before end, at least one day when
reminders are on), the shortcuts (no key doing two things), text typed in "add a source" but not added.
Any problem: a message at the top of the dialog, the page of the first problem shown and its field focused, and
nothing saved at all. Otherwise the group and source changes are written on the runner (off the GUI thread), then
the settings in one write (`Settings.update`), then `saved` is emitted and the dialog closes.

Signals of SettingsDialog:
    saved(list): the names of the settings that changed (plus "sources" when groups or sources changed).
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from exec_desk.core.i18n import QT_TRANSLATE_NOOP
from exec_desk.services.sources import SourceBook
from exec_desk.services.tasks import Runner
from exec_desk.storage.setting_checks import together
from exec_desk.storage.settings import SHORTCUTS as KEY_BINDINGS
from exec_desk.storage.settings import SettingError, Settings
from exec_desk.ui.i18n import phrase_text
from exec_desk.ui.settings.fields import (
    Field,
    NumberField,
    bounds_text,
    has_editor,
    hint_of,
    make_field,
    show_as_error,
)
from exec_desk.ui.settings.keys_page import ShortcutsPage
from exec_desk.ui.settings.sources_page import SourcesPage
from exec_desk.ui.style import mute, scaled_font

SOURCES, SHORTCUTS, MORE = "sources", "shortcuts", "more"
#: (page key, title, settings shown on it), in the order of the page list.
PAGES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "sessions",
        QT_TRANSLATE_NOOP("SettingsDialog", "Sessions"),
        ("session_minutes", "session_cap", "session_extend_minutes", "retweet_undo_seconds"),
    ),
    (
        "reminders",
        QT_TRANSLATE_NOOP("SettingsDialog", "Reminders"),
        ("reminders_enabled", "reminder_every_minutes", "work_start", "work_end", "work_days"),
    ),
    ("posting", QT_TRANSLATE_NOOP("SettingsDialog", "Posting"), ("cooloff_minutes", "thread_cap", "confirm_cost_usd")),
    (SOURCES, QT_TRANSLATE_NOOP("SettingsDialog", "Sources and groups"), ()),
    (SHORTCUTS, QT_TRANSLATE_NOOP("SettingsDialog", "Shortcuts"), ("shortcuts",)),
    (
        "connection",
        QT_TRANSLATE_NOOP("SettingsDialog", "Connection"),
        ("api_base_url", "monthly_budget_usd", "redirect_port"),
    ),
    ("general", QT_TRANSLATE_NOOP("SettingsDialog", "General"), ("language", "open_at_login", "keep_posts_days")),
    (
        "calendar",
        QT_TRANSLATE_NOOP("SettingsDialog", "Calendar"),
        (
            "calendar",
            "calendar_protocol",
            "calendar_username",
            "calendar_email",
            "calendar_all_day_busy",
            "calendar_margin_minutes",
            "calendar_proposals_per_day",
        ),
    ),
    (
        "office",
        QT_TRANSLATE_NOOP("SettingsDialog", "Team and disclosure"),
        (
            "deck_folder",
            "blog_feeds",
            "feed_every_minutes",
            "quiet_periods",
            "quiet_calendar",
            "quiet_days_before",
            "disclosure_words",
        ),
    ),
    (
        "radar",
        QT_TRANSLATE_NOOP("SettingsDialog", "Radar and company"),
        (
            "watch_names",
            "watch_words",
            "watch_budget_share",
            "radar_spike_posts",
            "radar_spike_factor",
            "radar_poll_minutes",
            "respond_within_hours",
            "answer_groups",
            "company_accounts",
            "company_similarity",
            "amplify_after_hours",
        ),
    ),
)
#: Declared settings the app keeps for itself: no editor.
INTERNAL = frozenset({"active_account"})


def _scrolling(page: QWidget) -> QScrollArea:
    """`page` in a frameless scroll area that follows the dialog's width."""
    area = QScrollArea()
    area.setObjectName(f"{page.objectName()}_scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the page list to the page's first field
    area.setWidget(page)
    # as wide as the page needs (it never scrolls sideways): its boxes and hints are never cut on the right
    area.setMinimumWidth(page.minimumSizeHint().width() + area.verticalScrollBar().sizeHint().width())
    return area


def _note(text: str, name: str) -> QLabel:
    """A muted line of explanation under a field."""
    note = QLabel(text)
    note.setObjectName(name)
    note.setWordWrap(True)
    note.setFont(scaled_font(note.font(), 0.9))
    note.setContentsMargins(0, 0, 0, 8)
    mute(note)
    return note


def _check_live(field: Field, note: QLabel, hint: str) -> None:
    """The note under a number: its problem in the error colour while it has one, else its hint and bounds."""
    problem = field.problem()
    note.setText(problem or hint)
    show_as_error(note, problem is not None)


class SettingsDialog(QDialog):
    """Edits the settings (and the groups and sources of an account, through its `SourceBook`, when given)."""

    saved = Signal(list)

    def __init__(
        self,
        settings: Settings,
        runner: Runner,
        *,
        sources: SourceBook | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Exec Desk — Settings"))
        self.resize(760, 540)
        self._settings = settings
        self._busy = False
        self.fields: dict[str, Field] = {}
        self._page_of: dict[str, str] = {}
        self._pages: dict[str, QWidget] = {}
        root = QVBoxLayout(self)
        root.addWidget(self._make_banner())
        body = QHBoxLayout()
        root.addLayout(body, 1)
        self.page_list = QListWidget()
        self.page_list.setObjectName("settings_pages")
        self.page_list.setAccessibleName(self.tr("Settings pages"))
        self.stack = QStackedWidget()
        self.stack.setObjectName("settings_stack")
        body.addWidget(self.page_list)
        body.addWidget(self.stack, 1)
        bindings: dict[str, str] = settings.value(KEY_BINDINGS) or {}
        self.shortcuts_page = ShortcutsPage(dict(bindings))
        self.sources_page = SourcesPage(runner, sources)
        placed = {name for _key, _title, names in PAGES for name in names}
        more = tuple(d.name for d in settings.declarations if d.name not in placed | INTERNAL and has_editor(d))
        for key, title, names in (*PAGES, (MORE, QT_TRANSLATE_NOOP("SettingsDialog", "More"), more)):
            if key == MORE and not names:
                continue
            self._add_page(key, QCoreApplication.translate("SettingsDialog", title), names)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("settings_buttons")
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save_settings")
        self.save_button.setText(self.tr("&Save"))  # not left to Qt's own catalogue, which may not be installed
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancel_settings")
        self.cancel_button.setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        root.addWidget(self.buttons)
        self.save_button.setDefault(True)  # once in the dialog: Enter in a field saves
        self.page_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        widest = max(self.page_list.fontMetrics().horizontalAdvance(t) for t in self._titles())
        self.page_list.setFixedWidth(widest + 2 * self.page_list.frameWidth() + 24)  # every title in full
        self.page_list.setCurrentRow(0)
        self._chain_focus()
        self.page_list.setFocus()

    # -- building ----------------------------------------------------------------------------------------------
    def _make_banner(self) -> QFrame:
        self.banner = QFrame()
        self.banner.setObjectName("settings_banner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self.banner)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(24, 24))
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        self.message = QLabel()
        self.message.setObjectName("settings_message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        show_as_error(self.message)
        row.addWidget(self.message, 1)
        self.banner.hide()
        return self.banner

    def _add_page(self, key: str, title: str, names: tuple[str, ...]) -> None:
        page = QWidget()
        page.setObjectName(f"page_{key}")
        layout = QVBoxLayout(page)
        heading = QLabel(title)
        heading.setFont(scaled_font(heading.font(), 1.25, bold=True))
        layout.addWidget(heading)
        if key == SOURCES:
            layout.addWidget(self.sources_page, 1)
        elif key == SHORTCUTS:
            layout.addWidget(self.shortcuts_page, 1)
            self._page_of["shortcuts"] = key
        else:
            form = QGridLayout()
            form.setColumnStretch(1, 1)
            form.setVerticalSpacing(2)
            for name in names:
                self._add_field(form, key, name)
            layout.addLayout(form)
            if key == "general":
                layout.addWidget(
                    _note(self.tr("A new language applies the next time Exec Desk starts."), "language_note")
                )
            layout.addStretch(1)
            page = _scrolling(page)  # a long page (the radar's) keeps each row's height and scrolls
        self._pages[key] = page
        self.stack.addWidget(page)
        item = QListWidgetItem(title)
        item.setSizeHint(QSize(0, self.page_list.fontMetrics().height() + 12))
        self.page_list.addItem(item)

    def _add_field(self, form: QGridLayout, page: str, name: str) -> None:
        decl = self._settings.declaration(name)
        field = make_field(decl)
        if field is None:
            return
        field.set_value(self._settings.get(name))
        row = form.rowCount()
        if field.shows_own_label:
            form.addWidget(field.widget, row, 0, 1, 2)
        else:
            label = QLabel(field.label)
            label.setBuddy(field.focusables()[0])
            form.addWidget(label, row, 0)
            short = field.widget.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Fixed
            form.addWidget(field.widget, row, 1, Qt.AlignmentFlag.AlignLeft if short else Qt.AlignmentFlag(0))
        hint = " ".join(part for part in (hint_of(decl), bounds_text(decl)) if part)
        note = _note(hint, f"hint_{name}")
        form.addWidget(note, row + 1, 1)
        if isinstance(field, NumberField):  # a number out of its bounds is said under it at once
            field.spin.valueChanged.connect(lambda _value, f=field, n=note, h=hint: _check_live(f, n, h))
        env = self._settings.overridden_by(name)
        if env is not None:
            field.set_read_only()
            why = self.tr("Set by the environment variable {name}; it cannot be changed here.").format(name=env)
            form.addWidget(_note(why, f"overridden_{name}"), row + 2, 1)
            for part in field.focusables():
                part.setAccessibleDescription(why)
        self.fields[name] = field
        self._page_of[name] = page

    def _chain_focus(self) -> None:
        chain: list[QWidget] = [self.page_list]
        for key in self._pages:
            if key == SOURCES:
                chain += self.sources_page.focusables()
            elif key == SHORTCUTS:
                chain += self.shortcuts_page.focusables()
            else:
                chain += [w for name, f in self.fields.items() if self._page_of[name] == key for w in f.focusables()]
        chain += [self.save_button, self.cancel_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- queries (tests, the app) ------------------------------------------------------------------------------
    def _titles(self) -> list[str]:
        return [self.page_list.item(row).text() for row in range(self.page_list.count())]

    def page_keys(self) -> list[str]:
        return list(self._pages)

    def show_page(self, key: str) -> None:
        self.page_list.setCurrentRow(list(self._pages).index(key))

    def current_page(self) -> str:
        return list(self._pages)[self.stack.currentIndex()]

    def editor(self, name: str) -> QWidget:
        """The editor of setting `name` (the shortcuts page for "shortcuts"); KeyError if it has none."""
        if name == "shortcuts":
            return self.shortcuts_page
        return self.fields[name].widget

    def error_text(self) -> str:
        """The problems shown at the top, or "" when none is shown."""
        return "" if self.banner.isHidden() else self.message.text()

    # -- saving ------------------------------------------------------------------------------------------------
    def _values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            name: field.value() for name, field in self.fields.items() if self._settings.overridden_by(name) is None
        }
        values["shortcuts"] = self.shortcuts_page.overrides()
        return values

    def problems(self) -> list[tuple[str, QWidget]]:
        """Every problem that stops saving, as (message, widget to focus), in page order."""
        found: list[tuple[str, QWidget]] = []
        for name, field in self.fields.items():
            problem = None if self._settings.overridden_by(name) else field.problem()
            if problem is not None:
                found.append((problem, field.focusables()[0]))
        found += self._working_day_problems()
        for page_problem in (self.shortcuts_page.problem(), self.sources_page.problem()):
            if page_problem is not None:
                found.append(page_problem)
        pages = list(self._pages.values())
        return sorted(
            found,
            key=lambda problem: next((n for n, page in enumerate(pages) if page.isAncestorOf(problem[1])), len(pages)),
        )

    def _working_day_problems(self) -> list[tuple[str, QWidget]]:
        """The rules between settings (`storage.setting_checks.together`, as `exec-desk config` checks them), on the
        values typed here that are valid on their own."""
        values = {name: field.value() for name, field in self.fields.items() if field.problem() is None}
        return [
            (phrase_text(problem.phrase), self.fields[problem.focus].focusables()[0])
            for problem in together(values, {decl.name: decl for decl in self._settings.declarations})
            if problem.focus in self.fields
        ]

    def save(self) -> None:
        """Check everything; show the problems and save nothing, or save it all and close."""
        if self._busy:
            return
        problems = self.problems()
        if problems:
            self._show_problems([text for text, _widget in problems], problems[0][1])
            return
        self.banner.hide()
        values = self._values()
        changed = {name: value for name, value in values.items() if value != self._settings.get(name)}
        self._set_busy(True)  # before submitting: a runner may call back at once
        if not self.sources_page.submit(lambda: self._save_settings(changed, sources=True), self._sources_failed):
            self._save_settings(changed, sources=False)

    def _save_settings(self, changed: dict[str, Any], *, sources: bool) -> None:
        self._set_busy(False)
        try:
            self._settings.update(changed)
        except (SettingError, OSError) as exc:  # checked above; a full disk or a read-only file remain
            failed = self.tr("The settings could not be saved: {error}").format(error=exc)
            self._show_problems([failed], self.save_button, intro=False)
            return
        self.saved.emit([*changed, *(["sources"] if sources else [])])
        self.accept()

    def _sources_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        failed = self.tr("Your groups and sources could not be saved, so nothing was saved: {error}")
        self._show_problems([failed.format(error=error)], self.save_button, intro=False)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.save_button.setEnabled(not busy)

    def _show_problems(self, messages: list[str], focus: QWidget, *, intro: bool = True) -> None:
        """Show `messages` at the top, turn to the page of `focus` and focus it; tell screen readers."""
        if len(messages) > 1:
            text = self.tr("Nothing was saved. Please correct these:") + "\n" + "\n".join(f"• {m}" for m in messages)
        elif intro:
            text = self.tr("Nothing was saved. {problem}").format(problem=messages[0])
        else:
            text = messages[0]
        show_as_error(self.message)  # the colour of the current palette (light or dark)
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.banner.show()
        for key, page in self._pages.items():
            if page.isAncestorOf(focus):
                self.show_page(key)
                if isinstance(page, QScrollArea):
                    page.ensureWidgetVisible(focus)
        focus.setFocus(Qt.FocusReason.OtherFocusReason)
        QAccessible.updateAccessibility(QAccessibleEvent(self.message, QAccessible.Event.Alert))
