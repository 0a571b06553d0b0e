"""Ticking several records (themes, participants, organisations): type to find, Enter to tick."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QPushButton, QVBoxLayout, QWidget

from counsellor_app.ui.common.choices import ID_ROLE, Choice, ChoiceListModel


class CheckableList(QWidget):
    """A filter box over a list with check boxes; the ticked ids are the value."""

    checked_changed = Signal()
    """A record was ticked or unticked."""
    create_requested = Signal(str)
    """The user asked for a new record of this name (none has it yet)."""

    def __init__(self, parent: QWidget | None = None, *, name: str = "checkable_list") -> None:
        super().__init__(parent)
        # attributes
        self.can_create = False
        self.model = ChoiceListModel(self, checkable=True)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # widgets
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName(f"{name}_filter")
        self.filter_edit.setClearButtonEnabled(True)
        self.create_button = QPushButton(self)
        self.create_button.setObjectName(f"{name}_create")
        self.create_button.setFlat(True)
        self.create_button.setVisible(False)
        self.create_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list_view = QListView(self)
        self.list_view.setObjectName(f"{name}_list")
        self.list_view.setModel(self.proxy)
        self.list_view.setUniformItemSizes(True)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName(f"{name}_summary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # layout
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.list_view)
        layout.addWidget(self.summary_label)
        self.setFocusProxy(self.filter_edit)
        # connections
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter_edit.textChanged.connect(self._update_create_button)
        self.create_button.clicked.connect(self._request_create)
        self.filter_edit.returnPressed.connect(self._tick_first)
        self.filter_edit.installEventFilter(self)
        self.model.checked_changed.connect(self._on_checked_changed)
        self.set_visible_rows(5)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Type to find, Enter to tick"))
        self._update_summary()
        self._update_create_button()

    def new_name(self) -> str:
        """The name typed, when no record has it (what "Create" would make); else ""."""
        text = self.filter_edit.text().strip()
        if not self.can_create or not text:
            return ""
        needle = text.casefold()
        for row in range(self.model.rowCount()):
            if str(self.model.index(row, 0).data() or "").strip().casefold() == needle:
                return ""
        return text

    def _update_create_button(self, *_args: object) -> None:
        name = self.new_name()
        self.create_button.setVisible(bool(name))
        if name:
            self.create_button.setText(self.tr("Create “%1”").replace("%1", name))
            self.create_button.setAccessibleName(self.create_button.text())

    def _request_create(self) -> None:
        name = self.new_name()
        if name:
            self.create_requested.emit(name)

    def add_created(self, choices: list[Choice], created_id: str) -> None:
        """The record asked for was made: it is among the choices now, and ticked."""
        self.set_choices(choices)
        self.model.set_checked(created_id, True)
        self.filter_edit.clear()

    def set_accessible_name(self, text: str) -> None:
        self.filter_edit.setAccessibleName(self.tr("Find in %1").replace("%1", text))
        self.list_view.setAccessibleName(text)

    def set_visible_rows(self, rows: int) -> None:
        height = self.list_view.fontMetrics().height() + 6
        self.list_view.setMinimumHeight(min(rows, 3) * height)
        self.list_view.setMaximumHeight(rows * height + 8)

    def set_choices(self, choices: list[Choice]) -> None:
        keep = self.model.checked()
        self.model.set_choices(choices)
        self.model.set_all_checked(keep)

    def checked(self) -> tuple[str, ...]:
        return self.model.checked()

    def set_checked(self, ids: tuple[str, ...]) -> None:
        self.model.set_all_checked(ids)

    def _tick_first(self) -> None:
        if not self.filter_edit.text().strip():
            return
        index = self.list_view.currentIndex()
        if not index.isValid():
            index = self.proxy.index(0, 0)
        if not index.isValid() and self.new_name():
            self._request_create()  # nothing of that name: Enter makes it
            return
        if index.isValid():
            choice_id = index.data(ID_ROLE)
            self.model.set_checked(choice_id, choice_id not in self.model.checked())
        self.filter_edit.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up and Down move through the list while typing; Enter ticks what is highlighted.
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.proxy.rowCount():
                row = self.list_view.currentIndex().row()
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                row = max(0, min(self.proxy.rowCount() - 1, row + step))
                self.list_view.setCurrentIndex(self.proxy.index(row, 0))
                return True
        return super().eventFilter(watched, event)

    def _on_checked_changed(self) -> None:
        self._update_summary()
        self.checked_changed.emit()

    def _update_summary(self) -> None:
        titles = [self.model.title_of(i) for i in self.model.checked()]
        self.summary_label.setText(", ".join(t for t in titles if t))
        self.summary_label.setVisible(bool(titles))
