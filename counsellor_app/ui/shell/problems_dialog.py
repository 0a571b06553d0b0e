"""A file that could not be imported: every problem, each with its place in the file."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.domain.errors import Problem
from counsellor_app.ui.common.problem_text import file_problem_line


class ProblemsDialog(QDialog):
    """A read-only list of problems, one a line: ``observations[3].exchange: no exchange…``."""

    def __init__(self, problems: Sequence[Problem], file_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        # attributes
        self.problems = tuple(problems)
        self.file_name = file_name
        # widgets
        self.setObjectName("problems_dialog")
        self.intro_label = QLabel(self)
        self.intro_label.setObjectName("problems_intro")
        self.intro_label.setWordWrap(True)
        self.text_view = QPlainTextEdit(self)
        self.text_view.setObjectName("problems_text")
        self.text_view.setReadOnly(True)
        self.text_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text_view.setPlainText("\n".join(map(file_problem_line, self.problems)))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.setObjectName("problems_buttons")
        # layout
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.text_view, 1)
        layout.addWidget(self.buttons)
        self.resize(
            self.fontMetrics().horizontalAdvance("M") * 60, self.fontMetrics().height() * 24
        )
        # connections
        self.buttons.rejected.connect(self.reject)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("The file was not imported"))
        self.intro_label.setText(
            self.tr(
                "Nothing was changed. Problems found in %1: %n. Each line says where in the "
                "file and what is wrong.",
                "",
                len(self.problems),
            ).replace("%1", self.file_name)
        )
        self.text_view.setAccessibleName(self.tr("Problems found in the file"))
