"""Choosing one record by typing part of its name: an editable combo box with a completer."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from counsellor_app.ui.common.choices import ID_ROLE, Choice, ChoiceListModel


class ReferenceBox(QComboBox):
    """An editable combo box of records; typing three letters offers the names containing them."""

    reference_changed = Signal()
    """The chosen record changed."""
    create_requested = Signal(str)
    """Enter on a name no record has: the user asks for a new record of that name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.can_create = False
        self.choices = ChoiceListModel(self, blank=True)
        self._current: str | None = None
        # The choices are being read: the record set meanwhile stays the value.
        self._awaiting = False
        # widgets
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setModel(self.choices)
        self.setMaxVisibleItems(15)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.completer_ = QCompleter(self.choices, self)
        self.completer_.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(self.completer_)
        # connections
        self.currentIndexChanged.connect(self._on_index_changed)
        self.completer_.activated.connect(self._on_completed)
        line_edit = self.lineEdit()
        assert line_edit is not None
        self.text_edit: QLineEdit = line_edit
        self.text_edit.installEventFilter(self)

    def await_choices(self) -> None:
        """The choices are being read: none is offered until ``set_choices`` gives them, and
        a record set meanwhile stays the value (shown by its title once they come)."""
        self._awaiting = True
        self.blockSignals(True)
        self.choices.set_choices([])
        self.blockSignals(False)
        self.set_current_id(self._current, notify=False)

    def set_choices(self, choices: list[Choice]) -> None:
        self._awaiting = False
        keep = self._current
        self.blockSignals(True)
        self.choices.set_choices(choices)
        self.blockSignals(False)
        self.set_current_id(keep, notify=False)

    def current_id(self) -> str | None:
        """The chosen record; text typed but not yet confirmed is resolved first."""
        self._resolve_text()
        return self._current

    def set_current_id(self, record_id: str | None, *, notify: bool = True) -> None:
        row = self.choices.row_of(record_id)
        if self._awaiting and record_id and row < 0:
            # Its title is not known yet: the box shows nothing until it is.
            self.blockSignals(True)
            self.setEditText("")
            self.setCurrentIndex(0)
            self.blockSignals(False)
            changed, self._current = self._current != record_id, record_id
            if changed and notify:
                self.reference_changed.emit()
            return
        title = self.choices.title_of(record_id) if record_id and row >= 0 else ""
        self.blockSignals(True)
        # The text first: the combo box then finds it shown already, and its completer does
        # not look for it among every choice, as it does when the combo box puts it in.
        self.setEditText(title)
        self.setCurrentIndex(max(row, 0))
        self.setEditText(title)
        self.text_edit.setCursorPosition(0)  # a long title shows its beginning
        self.blockSignals(False)
        changed = self._current != (record_id if row > 0 else None)
        self._current = record_id if row > 0 else None
        if changed and notify:
            self.reference_changed.emit()

    def _on_index_changed(self, row: int) -> None:
        new = self.itemData(row, ID_ROLE) or None
        if new != self._current:
            self._current = new
            self.reference_changed.emit()

    def _on_completed(self, text: str) -> None:
        self.set_current_id(self.choices.find(text))

    def _resolve_text(self) -> None:
        text = self.currentText()
        if text == self.choices.title_of(self._current or "") and (self._current or not text):
            return
        self.set_current_id(self.choices.find(text))

    def new_name(self) -> str:
        """The name typed, when no record has it or contains it; else ""."""
        text = self.currentText().strip()
        if not self.can_create or not text or self.choices.find(text) is not None:
            return ""
        return text

    def add_created(self, choices: list[Choice], created_id: str) -> None:
        """The record asked for was made: it is among the choices now, and chosen."""
        self.set_choices(choices)
        self.set_current_id(created_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text_edit and event.type() == QEvent.Type.FocusOut:
            self._resolve_text()
        if (
            watched is self.text_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            name = self.new_name()
            if name:
                self.create_requested.emit(name)
                return True
        return super().eventFilter(watched, event)
