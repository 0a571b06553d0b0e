"""A list of records of one kind beside the form of the selected one: filter, sort, new, save."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.domain.records import Record
from counsellor_app.services.workspace import Workspace
from counsellor_app.ui.choices import ChoiceSource
from counsellor_app.ui.labels import count_label, kind_label, new_record_label
from counsellor_app.ui.record_editor import RecordEditor
from counsellor_app.ui.record_model import COLUMNS, RecordTableModel
from counsellor_app.ui.settings import AppSettings

FILTER_DELAY_MS = 250


class Detail(Protocol):
    """What a list page needs of the widget showing the selected record."""

    record_changed: Any
    record_removed: Any

    def load(self, record: Record | None) -> None: ...
    def new(self, defaults: dict[str, Any] | None = None) -> None: ...
    def maybe_leave(self) -> bool: ...
    def is_dirty(self) -> bool: ...
    def save(self) -> bool: ...
    def delete(self) -> bool: ...


class RecordListPage(QWidget):
    """Records of one kind in a table, the selected one's form beside it."""

    sig_status_requested = Signal(str)
    """A short message for the status bar."""
    records_changed = Signal(str)
    """Records of this kind (the key) were saved or trashed here."""

    def __init__(
        self,
        kind: str,
        workspace: Workspace,
        choices: ChoiceSource,
        settings: AppSettings,
        parent: QWidget | None = None,
        *,
        where: tuple[tuple[str, str | None], ...] = (),
        defaults: dict[str, Any] | None = None,
        detail: QWidget | None = None,
        read_only: bool = False,
        layout_key: str | None = None,
        orientation: Qt.Orientation = Qt.Orientation.Horizontal,
        split: tuple[int, int] = (600, 400),
        remember_selection: bool = False,
    ) -> None:
        super().__init__(parent)
        # attributes
        self.kind = kind
        self.workspace = workspace
        self.settings = settings
        self.defaults = dict(defaults or {})
        self.read_only = read_only
        self.layout_key = layout_key or kind
        # A section's list shows again, at the next start, the record shown when it was left.
        self.remember_selection = remember_selection
        self._restore_after_load: str | None = (
            settings.selected_record(self.layout_key) if remember_selection else None
        ) or None
        self._select_after_load: str | None = None
        self._select_first_after_load = False
        self._guarding = False
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        # widgets
        self.setObjectName(f"{self.layout_key}_page")
        # A list inside an exchange need not say, on every row, which exchange it is.
        scoped = any(name == "exchange" for name, _value in where)
        columns = tuple(c for c in COLUMNS[kind] if not (scoped and c == "exchange"))
        self.model = RecordTableModel(workspace, kind, self, where=where, columns=columns)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName(f"{self.layout_key}_filter")
        self.filter_edit.setClearButtonEnabled(True)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName(f"{self.layout_key}_new_button")
        self.new_button.setVisible(not read_only)
        self.count_label = QLabel(self)
        self.count_label.setObjectName(f"{self.layout_key}_count")
        self.table = QTableView(self)
        self.table.setObjectName(f"{self.layout_key}_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # The indicator first: enabling sorting sorts by whatever the header shows.
        column, order = self.model.sort_column
        self.table.horizontalHeader().setSortIndicator(column, order)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setHighlightSections(False)
        self.detail: Any = None
        if not read_only:
            self.detail = detail or RecordEditor(kind, workspace, choices, self)
            self.detail.defaults = dict(self.defaults)
        self.splitter = QSplitter(orientation, self)
        self.splitter.setObjectName(f"{self.layout_key}_splitter")
        self.splitter.setChildrenCollapsible(False)
        # layout
        list_side = QWidget(self.splitter)
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.new_button)
        self.action_bar = bar
        list_layout.addLayout(bar)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.count_label)
        self.splitter.addWidget(list_side)
        if self.detail is not None:
            self.splitter.addWidget(self.detail)
            self.splitter.setStretchFactor(0, 3)
            self.splitter.setStretchFactor(1, 2)
            self.splitter.setSizes(list(split))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        # connections
        self.filter_edit.textChanged.connect(lambda _text: self._filter_timer.start())
        self._filter_timer.timeout.connect(self._apply_filter)
        self.new_button.clicked.connect(self.new_record)
        self.model.modelReset.connect(self._on_model_reset)
        self.model.total_changed.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.model.sig_load_failed.connect(self.sig_status_requested.emit)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        if self.detail is not None:
            self.detail.record_changed.connect(self._on_saved)
            self.detail.record_removed.connect(self._on_removed)
        self.retranslate_ui()
        self.restore_layout()
        # Enabling sorting above has usually asked for the first page already (sorted as the
        # header shows); a second query would be thrown away.
        if not self.model.loading:
            self.model.reload()

    def retranslate_ui(self) -> None:
        plural = kind_label(self.kind, plural=True)
        placeholder = self.tr("Filter %1 (Ctrl+L)").replace("%1", plural.lower())
        # Where the language puts the kind first ("vergelijkingen filteren"), still a capital.
        self.filter_edit.setPlaceholderText(placeholder[:1].upper() + placeholder[1:])
        self.filter_edit.setAccessibleName(self.tr("Filter %1").replace("%1", plural.lower()))
        self.new_button.setText(new_record_label(self.kind))
        self.new_button.setAccessibleName(self.new_button.text())
        self.table.setAccessibleName(plural)
        self._update_count()

    def add_action(self, action: QAction) -> QToolButton:
        """Adds ``action`` beside "New" and to the list's context menu (e.g. a report on the
        record selected)."""
        button = QToolButton(self)
        button.setObjectName(f"{action.objectName() or 'list_action'}_button")
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.action_bar.addWidget(button)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addAction(action)
        return button

    # -- layout remembered ---------------------------------------------------------------------

    def restore_layout(self) -> None:
        widths = self.settings.column_widths(self.layout_key)
        header = self.table.horizontalHeader()
        if widths and len(widths) == self.model.columnCount():
            for column, width in enumerate(widths[:-1]):
                header.resizeSection(column, max(width, 30))
        else:
            first = self.fontMetrics().horizontalAdvance("M") * 24
            header.resizeSection(0, first)
            for column in range(1, self.model.columnCount()):
                header.resizeSection(column, self.fontMetrics().horizontalAdvance("M") * 9)
        state = self.settings.geometry(f"splitter/{self.layout_key}")
        if state is not None:
            self.splitter.restoreState(state)

    def save_layout(self) -> None:
        header = self.table.horizontalHeader()
        self.settings.set_column_widths(
            self.layout_key, [header.sectionSize(c) for c in range(self.model.columnCount())]
        )
        self.settings.set_geometry(f"splitter/{self.layout_key}", self.splitter.saveState())

    # -- what the window asks ------------------------------------------------------------------

    def current_record(self) -> Record | None:
        return self.model.record_at(self.table.currentIndex().row())

    def maybe_leave(self) -> bool:
        return self.detail is None or self.detail.maybe_leave()

    def is_dirty(self) -> bool:
        return self.detail is not None and self.detail.is_dirty()

    def focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def new_record(self) -> None:
        if self.detail is None or not self.detail.maybe_leave():
            return
        self._set_current_row(-1)
        self.detail.new(dict(self.defaults))

    def save(self) -> bool:
        return self.detail is not None and self.detail.save()

    def delete_current(self) -> bool:
        return self.detail is not None and self.detail.delete()

    def refresh(self) -> None:
        current = self.current_record()
        self._select_after_load = current.id if current else None
        self.model.reload()

    def select_record(self, record_id: str) -> None:
        """Selects a record once it is in the list (after the next page arrives)."""
        row = self.model.row_of(record_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        else:
            self._select_after_load = record_id

    def select_first_row(self) -> None:
        """Selects (and shows) the first record, now or once the list has loaded."""
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
        else:
            self._select_first_after_load = True

    # -- reactions -----------------------------------------------------------------------------

    def _apply_filter(self) -> None:
        self.model.set_filter_text(self.filter_edit.text())

    def _set_current_row(self, row: int) -> None:
        self._guarding = True
        try:
            selection = self.table.selectionModel()
            if row < 0:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
            else:
                index = self.model.index(row, 0)
                selection.setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
        finally:
            self._guarding = False

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._guarding or self.detail is None:
            return
        record = self.model.record_at(current.row())
        shown = self.detail.record
        if record is not None and shown is not None and record.id == shown.id:
            return
        if not self.detail.maybe_leave():
            self._set_current_row(previous.row() if previous.isValid() else -1)
            return
        self.detail.load(record)
        if self.remember_selection and record is not None:
            self.settings.set_selected_record(self.layout_key, record.id)

    def _on_model_reset(self) -> None:
        wanted = self._select_after_load
        if wanted is None and self.detail is not None and self.detail.record is not None:
            wanted = self.detail.record.id
        self._select_after_load = None
        row = self.model.row_of(wanted) if wanted else -1
        # A record shown that no longer matches the filter stays shown, unselected.
        self._set_current_row(row)
        if self._select_first_after_load and self.model.rowCount():
            self._select_first_after_load = False
            self.table.setCurrentIndex(self.model.index(0, 0))
        elif self._restore_after_load is not None:
            # Once, with the first page: the record shown when the section was left, if it
            # is among the first rows (one deleted or far down is not looked for).
            restored, self._restore_after_load = self._restore_after_load, None
            row = self.model.row_of(restored)
            if row >= 0 and self.detail is not None and self.detail.record is None:
                self.table.setCurrentIndex(self.model.index(row, 0))

    def _on_saved(self, record: Record) -> None:
        self._select_after_load = record.id
        self.model.reload()
        self.records_changed.emit(self.kind)

    def _on_removed(self, _record_id: str) -> None:
        self.model.reload()
        self.records_changed.emit(self.kind)

    def _update_count(self, *_args: object) -> None:
        total = self.model.total
        plural = kind_label(self.kind, plural=True).lower()
        if self.model.rowCount() < total:
            self.count_label.setText(
                self.tr("%1 of %2 %3 shown")
                .replace("%1", f"{self.model.rowCount():,}")
                .replace("%2", f"{total:,}")
                .replace("%3", plural)
            )
        else:
            self.count_label.setText(count_label(self.kind, total))
