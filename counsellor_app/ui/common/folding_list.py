"""A list beside its form that folds away and gives the form the whole width, as a mail
client's folder pane does: by a command, or by dragging the splitter's handle to the edge."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSplitter

from counsellor_app.ui.common.settings import AppSettings


class FoldingList(QObject):
    """Folds and unfolds the first pane of a two-pane splitter, remembering its width.

    A folded list is hidden, not merely squeezed to nothing: Tab never lands in it."""

    folded_changed = Signal(bool)
    """The list was folded away (True) or is shown again (False)."""

    def __init__(self, splitter: QSplitter, settings: AppSettings, key: str) -> None:
        super().__init__(splitter)
        # attributes
        self.splitter = splitter
        self.settings = settings
        self.key = key
        # The list's width when it was last shown: what unfolding gives it back.
        self._width = settings.list_width(key)
        self._folded = False
        # The form never folds; the list folds when its handle is dragged past its minimum.
        splitter.setCollapsible(0, True)
        splitter.setCollapsible(1, False)
        # connections
        splitter.splitterMoved.connect(self._on_moved)

    @property
    def folded(self) -> bool:
        return self._folded

    def set_folded(self, folded: bool) -> None:
        if folded == self._folded or self.splitter.count() != 2:
            return
        sizes = self.splitter.sizes()
        pane = self.splitter.widget(0)
        assert pane is not None
        if folded:
            if sizes[0] > 0 and pane.isVisible():  # laid out: not a width set before showing
                self._width = sizes[0]
            pane.hide()
        else:
            # What the two panes share once the handle between them shows again.
            total = self.splitter.contentsRect().width() - self.splitter.handleWidth()
            width = self._width if self._width > 0 else total * 2 // 5
            width = max(width, pane.minimumSizeHint().width())
            pane.show()
            self.splitter.setSizes([width, max(total - width, 0)])
        self._folded = folded
        self.folded_changed.emit(folded)

    def toggle(self) -> None:
        self.set_folded(not self._folded)

    def restored(self) -> None:
        """The splitter's sizes were just restored: folded as when the layout was saved."""
        sizes = self.splitter.sizes()
        squeezed = len(sizes) == 2 and sizes[0] == 0 and sizes[1] > 0
        if self.settings.list_folded(self.key) or squeezed:
            self.set_folded(True)

    def save(self) -> None:
        """Keeps whether the list is folded and the width it comes back with."""
        sizes = self.splitter.sizes()
        if not self._folded and len(sizes) == 2 and sizes[0] > 0:
            self._width = sizes[0]
        if self._width > 0:
            self.settings.set_list_width(self.key, self._width)
        self.settings.set_list_folded(self.key, self._folded)

    def _on_moved(self, _position: int, _index: int) -> None:
        sizes = self.splitter.sizes()
        if len(sizes) != 2:
            return
        if sizes[0] > 0:
            self._width = sizes[0]
        elif not self._folded:
            self.set_folded(True)  # dragged to the edge
