"""The composer's company-post flag: the draft repeats a recent post of the company's account, and amplifying
that post is one key away (Ctrl+Shift+A, or the button).

Signals of CompanyFlag:
    amplify(): "Amplify the company's post instead" was chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from exec_desk.core.signal.similarity import Similar
from exec_desk.ui.composer.parts import small_font, warning

KEY = "Ctrl+Shift+A"


class CompanyFlag(QFrame):
    """Hidden until `show_similar` is given a company post the draft repeats."""

    amplify = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("companyFlag")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(4)
        self.label = QLabel()
        self.label.setObjectName("company_similar")
        self.label.setWordWrap(True)
        self.label.setFont(small_font(self.label.font()))
        layout.addWidget(self.label)
        row = QHBoxLayout()
        self.button = QPushButton()
        self.button.setObjectName("amplify_company")
        self.button.setAccessibleName(self.tr("Amplify the company's post instead"))
        self.button.clicked.connect(self.amplify)
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)
        self.similar: Similar | None = None
        self.setVisible(False)

    def show_similar(self, similar: Similar | None) -> None:
        self.similar = similar
        self.setVisible(similar is not None)
        if similar is None:
            return
        post = similar.post
        text = " ".join(post.text.split())
        short = text if len(text) <= 110 else text[:109] + "…"
        percent = QLocale().toString(round(similar.similarity * 100))
        who = f"@{post.author}" if post.author else self.tr("your company")
        self.label.setText(
            self.tr("This repeats {who}'s recent post ({percent} % alike): “{text}”").format(
                who=who, percent=percent, text=short
            )
        )
        pal = self.label.palette()
        pal.setColor(QPalette.ColorRole.WindowText, warning(pal))
        self.label.setPalette(pal)
        self.button.setText(self.tr("Amplify the company's post instead ({key})").format(key=KEY))
        self.button.setToolTip(self.tr("Retweets it (your draft stays in Drafts)."))
