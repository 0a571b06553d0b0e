"""The trash: what was deleted, by kind and date; restore it, or empty the trash for good; and
what has stayed there longer than the settings allow, deleted for good at start."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.domain.errors import DomainError
from counsellor_app.services.workspace import Workspace
from counsellor_app.ui import prompts
from counsellor_app.ui.labels import format_timestamp, kind_label, one_line
from counsellor_app.ui.problem_text import error_text
from counsellor_app.ui.tasks import run_in_background

Index = QModelIndex | QPersistentModelIndex
TrashItem = tuple[str, str, str, datetime]


class TrashTableModel(QAbstractTableModel):
    """Records in the trash, newest first: kind, title, when deleted."""

    loading_changed = Signal(bool)
    """True while the trash is being read."""

    HEADERS = ("Kind", "Title", "Deleted")

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._items: list[TrashItem] = []
        self._loading = False
        self._generation = 0

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        kind, _record_id, title, deleted_at = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (kind_label(kind), one_line(title, 120), format_timestamp(deleted_at))[
                index.column()
            ]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return self.tr(self.HEADERS[section])
        return None

    @property
    def loading(self) -> bool:
        return self._loading

    def item_at(self, row: int) -> TrashItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        self._loading = True
        self.loading_changed.emit(True)
        workspace = self.workspace
        run_in_background(
            lambda _p, _c: workspace.trash(),
            parent=self,
            on_done=lambda items: self._on_loaded(generation, items),
            on_error=lambda _error: self._on_loaded(generation, []),
        )

    def _on_loaded(self, generation: int, items: list[TrashItem]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()
        self._loading = False
        self.loading_changed.emit(False)


class TrashPage(QWidget):
    """The trash as a list with Restore and Empty the trash."""

    records_changed = Signal(str)
    """Records came back from the trash or were deleted for good ("" for every kind)."""
    sig_status_requested = Signal(str)
    """A short message for the status bar."""

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, days: int = 0
    ) -> None:
        super().__init__(parent)
        # attributes
        self.workspace = workspace
        # Days a record stays in the trash (0: until the trash is emptied).
        self.days = days
        # widgets
        self.setObjectName("trash_page")
        self.model = TrashTableModel(workspace, self)
        self.intro_label = QLabel(self)
        self.intro_label.setObjectName("trash_intro")
        self.intro_label.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setObjectName("trash_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents
        )
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("restore_button")
        self.empty_button = QPushButton(self)
        self.empty_button.setObjectName("empty_trash_button")
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("trash_empty_label")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # layout
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.empty_button)
        layout.addLayout(buttons)
        # connections
        self.restore_button.clicked.connect(self.restore_current)
        self.empty_button.clicked.connect(self.empty_trash)
        self.model.modelReset.connect(self._update_state)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_state())
        self.retranslate_ui()
        self.model.reload()

    def retranslate_ui(self) -> None:
        if self.days > 0:
            intro = self.tr(
                "Deleted records stay here for %n days, then are deleted for good when Exchange "
                "Notes starts (Settings ▸ Security). Restoring a record brings back what was "
                "deleted with it.",
                "",
                self.days,
            )
        else:
            intro = self.tr(
                "Deleted records stay here until the trash is emptied. Restoring a record "
                "brings back what was deleted with it."
            )
        self.intro_label.setText(intro)
        self.table.setAccessibleName(self.tr("Records in the trash"))
        self.restore_button.setText(self.tr("Restore"))
        self.restore_button.setAccessibleName(self.tr("Restore the selected record"))
        self.empty_button.setText(self.tr("Empty the trash…"))
        self.empty_button.setAccessibleName(self.tr("Empty the trash"))
        self.empty_label.setText(self.tr("The trash is empty."))

    def refresh(self) -> None:
        self.model.reload()

    def restore_current(self) -> bool:
        item = self.model.item_at(self.table.currentIndex().row())
        if item is None:
            return False
        kind, record_id, title, _deleted = item
        try:
            count = self.workspace.service_for(kind).restore(record_id)
        except DomainError as error:
            prompts.show_error(self, self.tr("Not restored"), error_text(error))
            return False
        self.sig_status_requested.emit(
            self.tr("Restored “%1”; records back from the trash: %n", "", count).replace(
                "%1", one_line(title, 60)
            )
        )
        self.model.reload()
        self.records_changed.emit(kind)
        return True

    def empty_trash(self) -> bool:
        count = self.model.rowCount()
        if not count:
            return False
        if not prompts.confirm(
            self,
            self.tr("Empty the trash"),
            self.tr(
                "Records in the trash: %n. Delete them for good? This cannot be undone.", "", count
            ),
            self.tr("Empty the trash"),
        ):
            return False
        try:
            removed = self.workspace.empty_trash()
        except DomainError as error:
            prompts.show_error(self, self.tr("The trash was not emptied"), str(error))
            return False
        self.sig_status_requested.emit(self.tr("Records deleted for good: %n", "", removed))
        self.model.reload()
        self.records_changed.emit("")
        return True

    def _update_state(self) -> None:
        has_items = self.model.rowCount() > 0
        self.table.setVisible(has_items)
        self.empty_label.setVisible(not has_items)
        self.empty_button.setEnabled(has_items)
        self.restore_button.setEnabled(self.table.currentIndex().isValid())


def purge_expired_in_background(window: Any) -> Any:
    """At start: deletes for good, in the background, what has stayed in the trash longer
    than the settings allow; the status bar says how much went."""
    workspace = window.workspace
    days = window.settings.trash_days
    if workspace is None or workspace.database.read_only or days <= 0:
        return None

    def work(_progress: Any, _cancelled: Any) -> int:
        from counsellor_app.services.personal_data import purge_expired_trash

        return purge_expired_trash(workspace, days)

    def done(removed: int) -> None:
        if not removed:
            return
        window.show_status(
            QCoreApplication.translate(
                "TrashPage",
                "Records kept in the trash for more than %1 days were deleted for good: %n",
                "",
                removed,
            ).replace("%1", str(days))
        )
        page = window.pages.get("trash")
        if page is not None:
            page.refresh()

    def failed(error: Exception) -> None:
        window.show_status(
            QCoreApplication.translate("TrashPage", "The trash could not be cleared: %1").replace(
                "%1", str(error)
            )
        )

    return run_in_background(work, parent=window, on_done=done, on_error=failed)
