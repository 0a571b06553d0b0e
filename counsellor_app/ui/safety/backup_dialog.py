"""Backups in the window: the daily backup on start, the list of backups with their record
counts, and restoring one after confirmation."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.domain.errors import DomainError
from counsellor_app.services import backups
from counsellor_app.services.backups import BackupInfo
from counsellor_app.ui.common import prompts
from counsellor_app.ui.common.labels import count_label, format_timestamp
from counsellor_app.ui.common.operations import Changes, Operation
from counsellor_app.ui.common.tasks import BackgroundTask, run_in_background

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class BackupRow:
    """A backup as listed: the file and how many records of each kind it holds."""

    info: BackupInfo
    counts: dict[str, int]


def read_backups(folder: Path | None, key: Any = None) -> list[BackupRow]:
    """The backups of a folder with their record counts (meant for a worker thread); ``key``
    reads those of an encrypted database."""
    if folder is None:
        return []
    return [
        BackupRow(info, backups.record_counts(info.path, key))
        for info in backups.list_backups(folder)
    ]


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(size / 1024, 0.1):.0f} kB" if size >= 1024 else f"{size} B"
    return f"{size / 1024 / 1024:.1f} MB"


class BackupTableModel(QAbstractTableModel):
    """Backups, newest first: when, why, how big, what they hold."""

    COLUMNS = ("taken_at", "reason", "size", "records")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[BackupRow] = []

    def set_rows(self, rows: list[BackupRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def backup_at(self, row: int) -> BackupRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def reason_text(self, reason: str) -> str:
        return {
            "daily": self.tr("daily"),
            "manual": self.tr("made by hand"),
            "before-upgrade": self.tr("before an upgrade"),
            "before-restore": self.tr("before a restore"),
        }.get(reason, reason)

    def counts_text(self, counts: dict[str, int]) -> str:
        if not counts:
            return self.tr("cannot be read")
        held = [count_label(_singular(plural), count) for plural, count in counts.items() if count]
        return ", ".join(held) if held else self.tr("empty")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if not 0 <= index.column() < len(self.COLUMNS):
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == "taken_at":
                return format_timestamp(row.info.taken_at)
            if column == "reason":
                return self.reason_text(row.info.reason)
            if column == "size":
                return size_text(row.info.size)
            return self.counts_text(row.counts)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(row.info.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "size":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (self.tr("Taken"), self.tr("Why"), self.tr("Size"), self.tr("Holds"))[section]


def _singular(plural: str) -> str:
    from counsellor_app.domain.schema import ENTITIES

    return next((spec.key for spec in ENTITIES if spec.plural == plural), plural)


class BackupList(QWidget):
    """The table of a folder's backups, read off the GUI thread; one can be chosen."""

    backups_loaded = Signal(int)
    """The list arrived (how many backups)."""
    selection_changed = Signal(bool)
    """A backup is (or is no longer) chosen."""

    def __init__(
        self, folder: Path | None, parent: QWidget | None = None, *, key: Any = None
    ) -> None:
        super().__init__(parent)
        # attributes
        self.folder = folder
        self.key = key  # of an encrypted database, whose backups it opens
        self.task: BackgroundTask | None = None
        # widgets
        self.setObjectName("backup_list")
        self.model = BackupTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("backup_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.folder_label = QLabel(self)
        self.folder_label.setObjectName("backup_folder_label")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # layout
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.folder_label)
        # connections
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit(self.chosen() is not None)
        )
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.table.setAccessibleName(self.tr("Backups, newest first"))
        self.folder_label.setAccessibleName(self.tr("Backups folder"))
        self._update_label()

    def load(self) -> None:
        folder, key = self.folder, self.key
        self.task = run_in_background(
            lambda _p, _c: read_backups(folder, key), parent=self, on_done=self._arrived
        )

    def _arrived(self, rows: list[BackupRow]) -> None:
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        self._update_label()
        self.backups_loaded.emit(len(rows))

    def _update_label(self) -> None:
        if self.folder is None:
            self.folder_label.setText(self.tr("This database has no backups folder."))
        elif self.task is not None and self.task.done and self.model.rowCount() == 0:
            self.folder_label.setText(
                self.tr("No backups were found in %1.").replace("%1", str(self.folder))
            )
        else:
            self.folder_label.setText(self.tr("Backups folder: %1").replace("%1", str(self.folder)))

    def chosen(self) -> BackupRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup_at(rows[0].row()) if rows else None

    def choose_row(self, row: int) -> None:
        self.table.selectRow(row)


class BackupDialog(QDialog):
    """File ▸ Restore from backup…: pick a backup of the open database."""

    def __init__(
        self, folder: Path | None, parent: QWidget | None = None, *, key: Any = None
    ) -> None:
        super().__init__(parent)
        # widgets
        self.setObjectName("backup_dialog")
        self.intro_label = QLabel(self)
        self.intro_label.setObjectName("backup_intro")
        self.intro_label.setWordWrap(True)
        self.backups = BackupList(folder, self, key=key)
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("backup_restore_button")
        self.restore_button.setEnabled(False)
        self.restore_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("backup_cancel_button")
        # layout
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.backups, 1)
        layout.addLayout(buttons)
        m = self.fontMetrics().horizontalAdvance("M")
        self.resize(m * 70, self.fontMetrics().height() * 24)
        # connections
        self.backups.selection_changed.connect(self.restore_button.setEnabled)
        self.restore_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self.retranslate_ui()
        self.backups.load()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.intro_label.setText(
            self.tr(
                "Choose the backup to go back to. What the database holds now is first set "
                "aside as a backup of its own, so restoring can be undone."
            )
        )
        self.restore_button.setText(self.tr("Restore…"))
        self.restore_button.setAccessibleName(self.tr("Restore the chosen backup"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))


def choose(dialog: BackupDialog) -> Path | None:
    """Shows the dialog; the backup chosen, or None (tests replace this function)."""
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen = dialog.backups.chosen()
    return chosen.info.path if chosen is not None else None


def ask_restore(window: Any) -> Operation | None:
    """File ▸ Restore from backup…: choose, confirm, restore, then reopen the database."""
    workspace = window.workspace
    if workspace is None:
        return None
    folder = backups.backup_folder(workspace)
    if folder is None:
        prompts.show_error(
            window,
            QCoreApplication.translate("BackupDialog", "No backups here"),
            QCoreApplication.translate(
                "BackupDialog",
                "This database is on a server: restore it with the server's own tools.",
            ),
        )
        return None
    dialog = BackupDialog(folder, window, key=workspace.database.key)
    backup = choose(dialog)
    dialog.deleteLater()
    if backup is None:
        return None
    if not prompts.confirm(
        window,
        QCoreApplication.translate("BackupDialog", "Restore this backup?"),
        QCoreApplication.translate(
            "BackupDialog",
            "The database goes back to the backup %1. What it holds now is kept as a backup first.",
        ).replace("%1", backup.name),
        QCoreApplication.translate("BackupDialog", "Restore"),
    ):
        return None
    if not window.maybe_leave():
        return None
    return restore_into_window(window, backup)


def restore_into_window(window: Any, backup: Path) -> Operation:
    """Restores ``backup`` over the open database in the background, then reopens it."""
    from counsellor_app.services.session import open_workspace

    workspace = window.workspace
    where = window.database_label_text
    source = workspace.database.path

    def reopen(aside: Path) -> None:
        try:
            reopened = open_workspace(source, actor=workspace.actor, key=workspace.database.key)
        except DomainError as error:
            prompts.show_error(
                window,
                QCoreApplication.translate("BackupDialog", "The database cannot be opened"),
                str(error),
            )
            return
        window.attach_workspace(reopened, where)
        window.show_status(
            QCoreApplication.translate(
                "BackupDialog", "Restored %1. The previous content was kept in %2."
            )
            .replace("%1", backup.name)
            .replace("%2", aside.name)
        )

    # The database goes back as a whole: every page of the window reads it again (they are
    # built anew on the reopened database).
    operation = Operation(
        window,
        workspace,
        lambda: backups.restore_backup(workspace, backup),
        Changes.all(),
        label=QCoreApplication.translate("BackupDialog", "Restoring %1…").replace(
            "%1", backup.name
        ),
        error_title=QCoreApplication.translate("BackupDialog", "Not restored"),
    )
    return operation.success(reopen).run()


def start_daily_backup(window: Any) -> BackgroundTask | None:
    """After the window shows: the day's first backup, in the background, if one is due."""
    workspace = window.workspace
    if workspace is None or workspace.database.read_only:
        return None

    def done(taken: Path | None) -> None:
        if taken is not None:
            window.show_status(
                QCoreApplication.translate("BackupDialog", "Today's backup was taken: %1").replace(
                    "%1", taken.name
                )
            )

    def failed(error: Exception) -> None:
        window.show_status(
            QCoreApplication.translate("BackupDialog", "Today's backup failed: %1").replace(
                "%1", str(error)
            )
        )

    return run_in_background(
        lambda _p, _c: backups.daily_backup_if_due(workspace),
        parent=window,
        on_done=done,
        on_error=failed,
    )
