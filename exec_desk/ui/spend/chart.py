"""The Spend page's chart: one bar per UTC day of the month, painted with QPainter (no charting library).

Bars in the palette's highlight colour (a day above the daily pace in its red), the days of the month along the
bottom (every fifth labelled), the highest day's amount at the top left, and, with a budget, a dashed line at the
daily pace that spends the budget evenly over the month. Days to come in the current month are left empty. The
chart carries its own accessible description (the days with spend, in words), since a picture says nothing to a
screen reader.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from exec_desk.core.queue import ActionState
from exec_desk.services.spend.report import MonthSpend
from exec_desk.ui.composer.parts import small_font
from exec_desk.ui.i18n import usd
from exec_desk.ui.style import state_color

_MARGIN_LEFT, _MARGIN_TOP, _MARGIN_BOTTOM = 8, 22, 22


class DailyChart(QWidget):
    """Daily spend of a `MonthSpend` as bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("spend_chart")
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Spend by day"))
        self._report: MonthSpend | None = None

    def sizeHint(self) -> QSize:
        return QSize(560, 180)

    def set_report(self, report: MonthSpend) -> None:
        self._report = report
        spent = [d for d in report.days if d.micro]
        words = "; ".join(
            self.tr("{day}: {amount}").format(day=d.day.day, amount=usd(d.micro)) for d in spent
        ) or self.tr("No spend this month.")
        self.setAccessibleDescription(words)
        self.update()

    def pace_micro(self) -> int | None:
        """The daily spend that uses the budget evenly over the month (None without a budget)."""
        report = self._report
        if report is None or report.budget_micro <= 0:
            return None
        return report.budget_micro // report.days_in_month

    def paintEvent(self, event: QPaintEvent) -> None:
        report = self._report
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        if report is None:
            return
        font = small_font(self.font())
        painter.setFont(font)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        area = QRectF(
            _MARGIN_LEFT,
            _MARGIN_TOP,
            self.width() - 2 * _MARGIN_LEFT,
            self.height() - _MARGIN_TOP - _MARGIN_BOTTOM,
        )
        pace = self.pace_micro()
        top = max([d.micro for d in report.days] + [pace or 0, 1])
        slot = area.width() / report.days_in_month
        bar, over = palette.color(QPalette.ColorRole.Highlight), state_color(palette, ActionState.FAILED)
        for day in report.days:
            height = area.height() * day.micro / top
            x = area.left() + (day.day.day - 1) * slot
            rect = QRectF(x + slot * 0.15, area.bottom() - height, slot * 0.7, height)
            painter.fillRect(rect, over if pace is not None and day.micro > pace else bar)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        painter.setPen(muted)
        for number in range(1, report.days_in_month + 1):
            if number == 1 or number % 5 == 0:
                label = QRectF(area.left() + (number - 1) * slot - 10, area.bottom() + 2, slot + 20, _MARGIN_BOTTOM)
                painter.drawText(label, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), str(number))
        painter.drawText(
            QRectF(area.left(), 2, area.width(), _MARGIN_TOP - 4),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.tr("Highest day: {amount}").format(
                amount=usd(max(d.micro for d in report.days) if report.days else 0)
            ),
        )
        if pace is not None:
            y = area.bottom() - area.height() * pace / top
            pen = QPen(QColor(muted), 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(int(area.left()), int(y), int(area.right()), int(y))
            painter.drawText(
                QRectF(area.left(), 2, area.width(), _MARGIN_TOP - 4),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                self.tr("- - daily pace of the budget: {amount}").format(amount=usd(pace)),
            )
        painter.end()
