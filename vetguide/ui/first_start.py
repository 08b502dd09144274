"""The first-start screen: shown instead of the three panes while there is no shortlist.

One primary action (find the actions for my organisation: the guide's wizard), a second one
(open a shortlist a colleague sent: import) and a quiet way to look around the catalogue
first. The window shows it again when the last shortlist is deleted.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from vetguide.ui.i18n import tr


class FirstStartPanel(QScrollArea):
    """Welcome text and the two ways to start; scrolls on a small screen."""

    find_requested = Signal()
    import_requested = Signal()
    browse_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_start")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        inner.setObjectName("first_start_inner")
        row = QHBoxLayout(inner)
        column = QWidget()
        column.setObjectName("first_start_column")
        column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row.addStretch(1)
        row.addWidget(column, 4)
        row.addStretch(1)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(14)
        layout.addStretch(1)

        self.heading = QLabel()
        self.heading.setObjectName("first_start_heading")
        self.heading.setWordWrap(True)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel()
        self.intro.setObjectName("first_start_intro")
        self.intro.setWordWrap(True)
        self.intro.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column.setMaximumWidth(self.intro.fontMetrics().averageCharWidth() * 90)

        self.find_button = QPushButton()
        self.find_button.setObjectName("first_start_find")
        self.find_button.setDefault(True)
        self.find_button.setAutoDefault(True)
        big = self.find_button.font()
        big.setPointSizeF(big.pointSizeF() * 1.25)
        big.setBold(True)
        self.find_button.setFont(big)
        self.find_button.setMinimumHeight(self.find_button.fontMetrics().height() * 2 + 12)
        self.import_button = QPushButton()
        self.import_button.setObjectName("first_start_import")
        self.import_button.setAutoDefault(True)
        self.browse_button = QPushButton()
        self.browse_button.setObjectName("first_start_browse")
        self.browse_button.setFlat(True)
        self.browse_button.setAutoDefault(True)

        for widget in (self.heading, self.intro):
            layout.addWidget(widget)  # full width of the column, text centred
        layout.addSpacing(8)
        for button in (self.find_button, self.import_button, self.browse_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.setWidget(inner)

        self.find_button.clicked.connect(self.find_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.browse_button.clicked.connect(self.browse_requested)
        self.setTabOrder(self.find_button, self.import_button)
        self.setTabOrder(self.import_button, self.browse_button)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(tr("Erasmus+ for your school, step by step"))
        self.intro.setText(
            tr(
                "Answer a few questions about your organisation and its goals: the guide "
                "shows which Erasmus+ actions are open to you and why, and keeps the ones "
                "you choose in a shortlist you can share and print for your director."
            )
        )
        self.find_button.setText(tr("Find the Erasmus+ actions for my organisation"))
        self.find_button.setAccessibleName(tr("Find the Erasmus+ actions for my organisation"))
        self.import_button.setText(tr("Open a shortlist a colleague sent…"))
        self.import_button.setAccessibleName(tr("Open a shortlist a colleague sent"))
        self.browse_button.setText(tr("Look through all actions first"))
        self.browse_button.setAccessibleName(tr("Look through all actions first"))
