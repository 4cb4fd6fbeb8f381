"""Where a post's GIF or video stands on its way to X, in words and as a progress bar (outbox window, composer).

`stage_text` words an `media.MediaStage`: "Uploading the video… 40 %", "X is processing the video… 70 %",
"Waiting for X to process the video…" (translated; the number the locale's way). `UploadBar` is a progress bar
showing one: the share sent or processed, or an empty bar while X has not said how far it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QWidget

from exec_desk.services.outbox.media import MediaStage


def stage_text(stage: MediaStage) -> str:
    """The stage in a few words, in the user's language."""
    video = stage.kind == "video"
    percent = QLocale().toString(int(stage.percent or 0))
    if stage.step == "uploading":
        text = (
            QCoreApplication.translate("UploadProgress", "Uploading the video… {percent} %")
            if video
            else QCoreApplication.translate("UploadProgress", "Uploading the GIF… {percent} %")
        )
    elif stage.step == "processing":
        text = (
            QCoreApplication.translate("UploadProgress", "X is processing the video… {percent} %")
            if video
            else QCoreApplication.translate("UploadProgress", "X is processing the GIF… {percent} %")
        )
    else:
        text = (
            QCoreApplication.translate("UploadProgress", "Waiting for X to process the video…")
            if video
            else QCoreApplication.translate("UploadProgress", "Waiting for X to process the GIF…")
        )
    return text.format(percent=percent)


class UploadBar(QProgressBar):
    """A progress bar that shows a `MediaStage` (its words on the bar, for screen readers too). Its filled part is
    a shade darker than the selection colour, so that it still shows on a selected row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 100)
        self.setTextVisible(True)
        self.setAccessibleName(QCoreApplication.translate("UploadProgress", "Upload to X"))
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Highlight, palette.color(QPalette.ColorRole.Highlight).darker(135))
        self.setPalette(palette)

    def show_stage(self, stage: MediaStage) -> None:
        text = stage_text(stage)
        self.setValue(int(stage.percent or 0))
        self.setFormat(text)
        self.setToolTip(text)
        self.setAccessibleDescription(text)


def in_cell(bar: UploadBar) -> QWidget:
    """`bar` with a little room around it, to sit in a list's cell."""
    cell = QWidget()
    layout = QHBoxLayout(cell)
    layout.setContentsMargins(2, 2, 8, 2)
    layout.addWidget(bar)
    return cell
