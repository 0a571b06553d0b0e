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
from PySide6.QtGui import QShowEvent
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

from counsellor_app.services.workspace import Workspace
from counsellor_app.ui.common import prompts
from counsellor_app.ui.common.labels import format_timestamp, kind_label, one_line
from counsellor_app.ui.common.operations import (
    TRASH,
    Changes,
    Operation,
    error_message,
    hub_for,
)
from counsellor_app.ui.common.reads import LatestRead
from counsellor_app.ui.common.section import SectionPage

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
        self._reader = LatestRead(workspace, self)
        self._reader.busy_changed.connect(self.loading_changed.emit)

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
        return self._reader.busy

    def item_at(self, row: int) -> TrashItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def reload(self) -> None:
        workspace = self.workspace
        self._reader.ask(workspace.trash, self._on_loaded)

    def _on_loaded(self, items: list[TrashItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()


class TrashPage(SectionPage):
    """The trash as a list with Restore and Empty the trash."""

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, days: int = 0
    ) -> None:
        super().__init__(parent)
        # attributes
        self.workspace = workspace
        # Days a record stays in the trash (0: until the trash is emptied).
        self.days = days
        # Changes announced while the page was hidden, read once it shows.
        self._stale = False
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
        hub_for(workspace).records_changed.connect(self._on_records_changed)
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
        self._stale = False
        self.model.reload()

    def shown(self) -> None:
        if self._stale:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown()

    def _on_records_changed(self, changes: Changes, _operation: object) -> None:
        if not changes.touches(TRASH):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def restore_current(self) -> Operation | None:
        """Brings the selected record back, with what was trashed with it."""
        item = self.model.item_at(self.table.currentIndex().row())
        if item is None or self.workspace.database.read_only:
            return None
        kind, record_id, title, _deleted = item
        service = self.workspace.service_for(kind)

        def restored(count: int) -> None:
            self.sig_status_requested.emit(
                self.tr("Restored “%1”; records back from the trash: %n", "", count).replace(
                    "%1", one_line(title, 60)
                )
            )

        operation = Operation(
            self,
            self.workspace,
            lambda: service.restore(record_id),
            Changes.trash(kind, {record_id}),
            error_title=self.tr("Not restored"),
            description=self.tr("Restore “%1”").replace("%1", one_line(title, 60)),
            reverse=lambda _count: lambda: service.delete(record_id),
        )
        return operation.success(restored).run()

    def empty_trash(self) -> Operation | None:
        count = self.model.rowCount()
        if not count or self.workspace.database.read_only:
            return None
        if not prompts.confirm(
            self,
            self.tr("Empty the trash"),
            self.tr(
                "Records in the trash: %n. Delete them for good? This cannot be undone.", "", count
            ),
            self.tr("Empty the trash"),
        ):
            return None
        operation = Operation(
            self,
            self.workspace,
            self.workspace.empty_trash,
            Changes.of({TRASH}),
            error_title=self.tr("The trash was not emptied"),
        )
        operation.success(
            lambda removed: self.sig_status_requested.emit(
                self.tr("Records deleted for good: %n", "", removed)
            )
        )
        return operation.run()

    def _update_state(self) -> None:
        has_items = self.model.rowCount() > 0
        writable = not self.workspace.database.read_only
        self.table.setVisible(has_items)
        self.empty_label.setVisible(not has_items)
        self.empty_button.setEnabled(writable and has_items)
        self.restore_button.setEnabled(writable and self.table.currentIndex().isValid())


def purge_expired_in_background(window: Any) -> Operation | None:
    """At start: deletes for good, in the background, what has stayed in the trash longer
    than the settings allow; the status bar says how much went."""
    workspace = window.workspace
    days = window.settings.trash_days
    if workspace is None or workspace.database.read_only or days <= 0:
        return None

    def work() -> int:
        from counsellor_app.services.personal_data import purge_expired_trash

        return purge_expired_trash(workspace, days)

    def done(removed: int) -> None:
        if removed:
            window.show_status(
                QCoreApplication.translate(
                    "TrashPage",
                    "Records kept in the trash for more than %1 days were deleted for good: %n",
                    "",
                    removed,
                ).replace("%1", str(days))
            )

    def failed(error: BaseException) -> None:
        window.show_status(
            QCoreApplication.translate("TrashPage", "The trash could not be cleared: %1").replace(
                "%1", error_message(error)
            )
        )

    def changes(removed: int) -> Changes:
        return Changes.of({TRASH}) if removed else Changes()

    return Operation(window, workspace, work, changes).success(done).failure(failed).run()
