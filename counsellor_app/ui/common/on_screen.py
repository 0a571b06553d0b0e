"""Windows placed whole on the screen they open on: a dialog taller than a laptop's screen
would open with its buttons below the visible area."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def fit_on_screen(widget: QWidget) -> None:
    """Shrinks ``widget`` to the screen's free area if it is larger, and moves it inside."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    frame = widget.frameGeometry()
    extra_width = frame.width() - widget.width()
    extra_height = frame.height() - widget.height()
    width = min(widget.width(), area.width() - extra_width)
    height = min(widget.height(), area.height() - extra_height)
    if (width, height) != (widget.width(), widget.height()):
        widget.resize(width, height)
        frame = widget.frameGeometry()
    x = min(max(frame.x(), area.left()), area.right() - frame.width() + 1)
    y = min(max(frame.y(), area.top()), area.bottom() - frame.height() + 1)
    if (x, y) != (frame.x(), frame.y()):
        widget.move(x, y)
