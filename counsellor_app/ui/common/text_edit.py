"""The box for long texts (a note, a summary, a practice): it grows with its text, and takes
what is pasted as plain text, from a web page or a mail as well as from a text editor."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QPlainTextEdit, QWidget

MOST_LINES = 16
"""A text longer than this scrolls inside its box rather than pushing the form away."""


class LongTextEdit(QPlainTextEdit):
    """Plain text over at least ``lines`` lines, taller as the text grows (up to
    ``MOST_LINES``); Tab moves on to the next field."""

    def __init__(self, parent: QWidget | None = None, lines: int = 3) -> None:
        super().__init__(parent)
        self.fewest = max(2, lines)
        self.setTabChangesFocus(True)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def lines_shown(self) -> int:
        """How many lines the box is tall now."""
        wrapped = int(self.document().documentLayout().documentSize().height())
        return min(max(wrapped, self.fewest), MOST_LINES)

    def _fit(self, *_args: object) -> None:
        margins = self.contentsMargins()
        spacing = self.fontMetrics().lineSpacing()
        height = (
            self.lines_shown() * spacing
            + int(2 * self.document().documentMargin())
            + margins.top()
            + margins.bottom()
            + 2
        )
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)

    # -- pasting -------------------------------------------------------------------------------

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText() or source.hasHtml() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        # A web page or a mail may put only HTML on the clipboard: its text is what is kept.
        if not source.hasText() and source.hasHtml():
            text = QTextDocumentFragment.fromHtml(source.html()).toPlainText()
            self.textCursor().insertText(text.replace("\u2029", "\n").replace("\u2028", "\n"))
            self.ensureCursorVisible()
            return
        super().insertFromMimeData(source)
