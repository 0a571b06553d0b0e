"""The first thing seen on an empty database: what the program is for, and how to begin."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    """Two ways in: a new exchange, or the example of a French-Belgian exchange."""

    sig_new_exchange_requested = Signal()
    """The user wants to start a new exchange."""
    sig_open_example_requested = Signal()
    """The user wants to load the example exchange."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # widgets
        self.setObjectName("welcome_page")
        self.title_label = QLabel(self)
        self.title_label.setObjectName("welcome_title")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_label = QLabel(self)
        self.text_label.setObjectName("welcome_text")
        self.text_label.setWordWrap(True)
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_label.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 40)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("welcome_new_button")
        self.new_button.setDefault(True)
        self.example_button = QPushButton(self)
        self.example_button.setObjectName("welcome_example_button")
        for button in (self.new_button, self.example_button):
            button.setMinimumHeight(button.sizeHint().height() * 3 // 2)
        # layout
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.title_label)
        text_row = QHBoxLayout()
        text_row.addStretch(1)
        text_row.addWidget(self.text_label)
        text_row.addStretch(1)
        layout.addLayout(text_row)
        layout.addSpacing(self.fontMetrics().height() * 2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addSpacing(self.fontMetrics().height())
        buttons.addWidget(self.example_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(3)
        # connections
        self.new_button.clicked.connect(self.sig_new_exchange_requested.emit)
        self.example_button.clicked.connect(self.sig_open_example_requested.emit)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("Welcome to Exchange Notes"))
        self.text_label.setText(
            self.tr(
                "Record what you see and hear when your agency exchanges staff with another: "
                "quotes with their speakers, lessons, questions, and how each organisation "
                "does the same work. Start with an exchange."
            )
        )
        self.new_button.setText(self.tr("New exchange"))
        self.new_button.setAccessibleName(self.tr("Start a new exchange"))
        self.example_button.setText(self.tr("Open the example"))
        self.example_button.setAccessibleName(
            self.tr("Open the example of a French-Belgian exchange")
        )
