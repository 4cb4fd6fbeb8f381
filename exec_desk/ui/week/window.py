""" "Your week": the week's figures, a chart of each day (QPainter), the mix against the 4-1-1 guide, the stage on
the path watch → amplify → speak, and one gentle suggestion.

The window shows a `core.signal.week.WeekFigures` handed to it (the app reads them on the task runner); it reads
nothing itself. Esc or Close hides it.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from exec_desk.core.signal.week import Stage, WeekFigures
from exec_desk.ui.i18n import message_text, short_date
from exec_desk.ui.style import Panel, is_dark, mute, scaled_font

STAGES = (Stage.WATCH, Stage.AMPLIFY, Stage.SPEAK)


def stage_name(stage: Stage) -> str:
    names = {
        Stage.WATCH: QCoreApplication.translate("Week", "Watch"),
        Stage.AMPLIFY: QCoreApplication.translate("Week", "Amplify"),
        Stage.SPEAK: QCoreApplication.translate("Week", "Speak"),
    }
    return names[stage]


def mix_text(week: WeekFigures) -> str:
    """The mix of own posts to amplified ones, against the 4-1-1 guide."""
    locale = QLocale()
    own, amplified = locale.toString(week.written), locale.toString(week.amplified)
    verdicts = {
        "none": QCoreApplication.translate("Week", "Nothing posted or amplified yet."),
        "amplify_only": QCoreApplication.translate("Week", "All amplified, none of your own yet."),
        "own_heavy": QCoreApplication.translate("Week", "More of your own than the guide suggests."),
        "balanced": QCoreApplication.translate("Week", "In line with the guide."),
    }
    text = QCoreApplication.translate("Week", "{own} of your own, {amplified} amplified (4-1-1: about one in six).")
    return text.format(own=own, amplified=amplified) + " " + verdicts[week.mix]


class WeekChart(QWidget):
    """Bars of each day: minutes in sessions (the tall bar), retweets and own posts (the two thin ones)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("week_chart")
        self.setMinimumSize(520, 200)
        self.week: WeekFigures | None = None
        self.setAccessibleName(self.tr("Each day of the week: minutes, retweets and posts"))

    def set_week(self, week: WeekFigures) -> None:
        self.week = week
        self.update()

    def colors(self) -> tuple[QColor, QColor, QColor]:
        dark = is_dark(self.palette())
        return (
            self.palette().color(QPalette.ColorRole.Highlight),
            QColor("#3fb950" if dark else "#1a7f37"),
            QColor("#e3a008" if dark else "#b35900"),
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        week = self.week
        if week is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        small = scaled_font(self.font(), 0.9)
        fm = QFontMetrics(small)
        legend_h = fm.height() + 8
        area = QRectF(8, legend_h + 6, self.width() - 16, self.height() - legend_h - fm.height() - 18)
        minutes_top = max([d.minutes for d in week.days] + [10.0])
        count_top = max([d.amplified for d in week.days] + [d.written for d in week.days] + [4])
        minutes_c, amplified_c, written_c = self.colors()
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(muted)
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        slot = area.width() / 7
        locale = QLocale()
        for n, day in enumerate(week.days):
            left = area.left() + n * slot + slot * 0.18
            bars = (
                (day.minutes / minutes_top, minutes_c, slot * 0.3),
                (day.amplified / count_top, amplified_c, slot * 0.16),
                (day.written / count_top, written_c, slot * 0.16),
            )
            x = left
            for share, color, width in bars:
                height = max(0.0, share) * area.height()
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(color)
                painter.drawRoundedRect(QRectF(x, area.bottom() - height, width, height), 2, 2)
                x += width + slot * 0.04
            painter.setFont(small)
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
            name = locale.dayName(day.day.isoweekday(), QLocale.FormatType.ShortFormat)
            label = QRectF(area.left() + n * slot, area.bottom() + 4, slot, fm.height())
            painter.drawText(label, Qt.AlignmentFlag.AlignCenter, name)
        x = 8.0
        for text, color in (
            (self.tr("Minutes in sessions"), minutes_c),
            (self.tr("Amplified"), amplified_c),
            (self.tr("Your posts"), written_c),
        ):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRoundedRect(QRectF(x, 6, 10, 10), 2, 2)
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
            painter.drawText(QRectF(x + 14, 2, fm.horizontalAdvance(text) + 4, fm.height() + 4), 0, text)
            x += fm.horizontalAdvance(text) + 32
        painter.end()


class WeekWindow(QWidget):
    """Shows one week (`show_week`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("week_window")
        self.setWindowTitle(self.tr("Your week — Exec Desk"))
        self.resize(640, 640)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 20)
        outer.setSpacing(12)
        self.title = QLabel(self.tr("Your week"))
        self.title.setFont(scaled_font(self.font(), 1.6, bold=True))
        outer.addWidget(self.title)
        self.dates = QLabel("")
        mute(self.dates)
        outer.addWidget(self.dates)
        self.path = QLabel("")
        self.path.setObjectName("week_path")
        self.path.setTextFormat(Qt.TextFormat.RichText)
        outer.addWidget(self.path)
        grid = QGridLayout()
        grid.setSpacing(10)
        self._values: dict[str, QLabel] = {}
        tiles = (
            ("sessions", self.tr("Sessions")),
            ("minutes", self.tr("Minutes")),
            ("read", self.tr("Posts read")),
            ("amplified", self.tr("Amplified")),
            ("written", self.tr("Written")),
            ("replies", self.tr("Replies")),
        )
        for n, (key, caption) in enumerate(tiles):
            grid.addWidget(self._tile(key, caption), n // 3, n % 3)
        outer.addLayout(grid)
        self.chart = WeekChart()
        outer.addWidget(self.chart, 1)
        self.clocks = QLabel("")
        self.clocks.setObjectName("week_clocks")
        self.clocks.setWordWrap(True)
        outer.addWidget(self.clocks)
        self.mix = QLabel("")
        self.mix.setObjectName("week_mix")
        self.mix.setWordWrap(True)
        outer.addWidget(self.mix)
        self.suggestion = QLabel("")
        self.suggestion.setObjectName("week_suggestion")
        self.suggestion.setWordWrap(True)
        bold = QFont(self.font())
        bold.setBold(True)
        self.suggestion.setFont(bold)
        outer.addWidget(self.suggestion)
        row = QHBoxLayout()
        row.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("week_close")
        self.close_button.clicked.connect(self.hide)
        row.addWidget(self.close_button)
        outer.addLayout(row)

    def _tile(self, key: str, caption: str) -> Panel:
        tile = Panel()
        box = QVBoxLayout(tile)
        box.setContentsMargins(12, 8, 12, 8)
        value = QLabel("–")
        value.setObjectName(f"week_{key}")
        value.setAccessibleName(caption)
        value.setFont(scaled_font(self.font(), 1.5, bold=True))
        label = QLabel(caption)
        mute(label)
        box.addWidget(value)
        box.addWidget(label)
        self._values[key] = value
        return tile

    def value_text(self, key: str) -> str:
        return self._values[key].text()

    def show_week(self, week: WeekFigures) -> None:
        locale = QLocale()
        self.dates.setText(
            self.tr("From {start} to {end}").format(
                start=short_date(_noon(week.start)), end=short_date(_noon(week.end))
            )
        )
        steps = []
        for stage in STAGES:
            name = stage_name(stage)
            steps.append(f"<b>[{name}]</b>" if stage is week.stage else name)
        self.path.setText(self.tr("Your stage: {path}").format(path=" → ".join(steps)))
        values = {
            "sessions": locale.toString(week.sessions),
            "minutes": locale.toString(round(week.minutes)),
            "read": locale.toString(week.read),
            "amplified": locale.toString(week.amplified),
            "written": locale.toString(week.written),
            "replies": locale.toString(week.replies),
        }
        for key, text in values.items():
            self._values[key].setText(text)
        self.chart.set_week(week)
        if week.mentions_due:
            self.clocks.setText(
                self.tr("Mentions answered within their clock: {in_time} of {due} ({overdue} overdue).").format(
                    in_time=locale.toString(week.mentions_in_time),
                    due=locale.toString(week.mentions_due),
                    overdue=locale.toString(week.mentions_overdue),
                )
            )
        else:
            self.clocks.setText(self.tr("No mention from a journalist or a client asked for an answer."))
        self.mix.setText(self.tr("Mix: {mix}").format(mix=mix_text(week)))
        self.suggestion.setText(message_text(week.suggestion))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
        else:
            super().keyPressEvent(event)


def _noon(day: date) -> datetime:
    return datetime.combine(day, time(12)).astimezone()
