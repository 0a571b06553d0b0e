"""Who changed what and when: a record's history tab, and the whole audit trail filtered by
person and dates."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.services.workspace import Workspace
from counsellor_app.ui.common.labels import field_label, format_timestamp, kind_label, one_line
from counsellor_app.ui.common.operations import Changes, hub_for
from counsellor_app.ui.common.reads import LatestRead

Index = QModelIndex | QPersistentModelIndex
AUDIT_LIMIT = 5000
ARROW = " → "


@dataclass(frozen=True)
class HistoryRow:
    """One line of history: one field of one change (or the change itself when it names none)."""

    at: datetime
    actor: str
    action: str
    entity: str
    record_id: str
    field: str
    before: str
    after: str


def _text(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, str):
        return one_line(value, 200)
    if isinstance(value, bool):
        return "✓" if value else "✗"
    return one_line(json.dumps(value, ensure_ascii=False), 200)


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def history_rows(entries: list[dict[str, Any]]) -> list[HistoryRow]:
    """Audit entries (newest first) as rows: an update gives one row per field changed; a
    creation one row per field filled in."""
    rows: list[HistoryRow] = []
    for entry in entries:
        at = _aware(entry["at"])
        base = (at, entry.get("actor") or "", entry.get("action") or "", entry.get("entity") or "")
        record_id = entry.get("record_id") or ""
        changes = entry.get("changes")
        fields = []
        if isinstance(changes, dict):
            for name, pair in changes.items():
                if isinstance(pair, list) and len(pair) == 2:
                    before, after = pair
                    if before in (None, "", []) and after in (None, "", []):
                        continue
                    fields.append(HistoryRow(*base, record_id, name, _text(before), _text(after)))
                else:
                    fields.append(HistoryRow(*base, record_id, name, "", _text(pair)))
        rows.extend(fields or [HistoryRow(*base, record_id, "", "", "")])
    return rows


class HistoryTableModel(QAbstractTableModel):
    """Rows of history: when, who, what was done, to which record, the field and old → new."""

    ALL_COLUMNS = ("at", "actor", "action", "record", "field", "change")

    def __init__(self, parent: Any = None, *, with_record: bool = False) -> None:
        super().__init__(parent)
        self.columns = tuple(c for c in self.ALL_COLUMNS if with_record or c != "record")
        self.rows: list[HistoryRow] = []

    def set_rows(self, rows: list[HistoryRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def _action_label(self, action: str) -> str:
        labels = {
            "create": self.tr("created"),
            "update": self.tr("changed"),
            "delete": self.tr("moved to the trash"),
            "trash": self.tr("moved to the trash"),
            "erase": self.tr("erased"),
            "expire": self.tr("deleted for good after its time in the trash"),
            "restore": self.tr("restored"),
            "purge": self.tr("trash emptied"),
            "import": self.tr("imported"),
        }
        return labels.get(action, action)

    def text(self, row: HistoryRow, column: str) -> str:
        if column == "at":
            return format_timestamp(row.at)
        if column == "actor":
            return row.actor
        if column == "action":
            return self._action_label(row.action)
        if column == "record":
            kind = kind_label(row.entity) if row.entity != "trash" else self.tr("Trash")
            return f"{kind} {row.record_id[:8]}" if row.record_id else kind
        if column == "field":
            return field_label(row.field) if row.field else ""
        if column == "change":
            if not row.field:
                return ""
            if row.action == "create" or not row.before:
                return row.after
            return f"{row.before}{ARROW}{row.after}"
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return self.text(row, column)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.columns):
            return None
        titles = {
            "at": self.tr("When"),
            "actor": self.tr("Who"),
            "action": self.tr("What"),
            "record": self.tr("Record"),
            "field": self.tr("Field"),
            "change": self.tr("Old → new"),
        }
        return titles[self.columns[section]]


def _history_table(parent: QWidget, name: str, model: HistoryTableModel) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(model.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
    return table


class HistoryPanel(QWidget):
    """The History tab of a record's editor."""

    history_loaded = Signal(int)
    """The history of the record shown arrived (how many rows)."""

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, name: str = "history"
    ):
        super().__init__(parent)
        # attributes
        self.workspace = workspace
        self.record_id: str | None = None
        self._reader = LatestRead(workspace, self)
        # widgets
        self.setObjectName(f"{name}_panel")
        self.model = HistoryTableModel(self)
        self.table = _history_table(self, f"{name}_table", self.model)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName(f"{name}_empty")
        self.empty_label.setWordWrap(True)
        # layout
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        # connections
        hub_for(workspace).records_changed.connect(self._on_records_changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.table.setAccessibleName(self.tr("Changes to this record, newest first"))
        self.empty_label.setAccessibleName(self.tr("About the history"))
        self._update_empty()

    def show_record(self, record_id: str | None) -> None:
        """Loads the history of a record (off the GUI thread); None shows nothing."""
        self.record_id = record_id
        if record_id is None:
            self._reader.drop()
            self.model.set_rows([])
            self._update_empty()
            return
        workspace = self.workspace
        self._reader.ask(
            lambda: history_rows(workspace.history(record_id)),
            lambda rows: self._arrived(record_id, rows),
        )

    def _arrived(self, record_id: str, rows: list[HistoryRow]) -> None:
        if record_id != self.record_id:
            return
        self.model.set_rows(rows)
        self._update_empty()
        self.history_loaded.emit(len(rows))

    def _on_records_changed(self, changes: Changes, _operation: object) -> None:
        if self.isVisible() and changes.names(self.record_id):
            self.show_record(self.record_id)

    def _update_empty(self) -> None:
        if self.record_id is None:
            self.empty_label.setText(self.tr("A new record has no history until it is saved."))
        elif self.model.rowCount() == 0:
            self.empty_label.setText(self.tr("No changes recorded."))
        else:
            self.empty_label.setText(self.tr("Who changed what and when, newest first."))


class HistoryDialog(QDialog):
    """Every change made to the database, filtered by person and date range."""

    history_loaded = Signal(int)
    """The rows matching the filters arrived (how many)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.workspace = workspace
        self._reader = LatestRead(workspace, self)
        self._entries: list[dict[str, Any]] = []
        # widgets
        self.setObjectName("history_dialog")
        self.model = HistoryTableModel(self, with_record=True)
        self.table = _history_table(self, "history_table", self.model)
        self.person_label = QLabel(self)
        self.person_combo = QComboBox(self)
        self.person_combo.setObjectName("history_person_combo")
        self.person_combo.setMinimumContentsLength(16)
        self.person_label.setBuddy(self.person_combo)
        self.from_check = QCheckBox(self)
        self.from_check.setObjectName("history_from_check")
        self.from_edit = QDateEdit(self)
        self.from_edit.setObjectName("history_from_edit")
        self.from_edit.setCalendarPopup(True)
        self.from_edit.setDisplayFormat("yyyy-MM-dd")
        self.from_edit.setDate(QDate.currentDate().addMonths(-1))
        self.from_edit.setEnabled(False)
        self.to_check = QCheckBox(self)
        self.to_check.setObjectName("history_to_check")
        self.to_edit = QDateEdit(self)
        self.to_edit.setObjectName("history_to_edit")
        self.to_edit.setCalendarPopup(True)
        self.to_edit.setDisplayFormat("yyyy-MM-dd")
        self.to_edit.setDate(QDate.currentDate())
        self.to_edit.setEnabled(False)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("history_count")
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("history_refresh_button")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("history_close_button")
        # layout
        filters = QHBoxLayout()
        filters.addWidget(self.person_label)
        filters.addWidget(self.person_combo)
        filters.addSpacing(12)
        filters.addWidget(self.from_check)
        filters.addWidget(self.from_edit)
        filters.addWidget(self.to_check)
        filters.addWidget(self.to_edit)
        filters.addStretch(1)
        filters.addWidget(self.refresh_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        m = self.fontMetrics().horizontalAdvance("M")
        self.resize(m * 90, self.fontMetrics().height() * 36)
        # connections
        self.person_combo.currentIndexChanged.connect(lambda _row: self.apply_filters())
        self.from_check.toggled.connect(self.from_edit.setEnabled)
        self.to_check.toggled.connect(self.to_edit.setEnabled)
        self.from_check.toggled.connect(lambda _on: self.apply_filters())
        self.to_check.toggled.connect(lambda _on: self.apply_filters())
        self.from_edit.dateChanged.connect(lambda _d: self.apply_filters())
        self.to_edit.dateChanged.connect(lambda _d: self.apply_filters())
        self.refresh_button.clicked.connect(self.refresh)
        self.close_button.clicked.connect(self.accept)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("History of changes"))
        self.person_label.setText(self.tr("Person:"))
        self.person_combo.setAccessibleName(self.tr("Changes made by"))
        if self.person_combo.count() == 0:
            self.person_combo.addItem("", None)
        self.person_combo.setItemText(0, self.tr("Everyone"))
        self.from_check.setText(self.tr("From"))
        self.from_check.setAccessibleName(self.tr("Only changes from a date"))
        self.from_edit.setAccessibleName(self.tr("First day"))
        self.to_check.setText(self.tr("to"))
        self.to_check.setAccessibleName(self.tr("Only changes up to a date"))
        self.to_edit.setAccessibleName(self.tr("Last day"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Read the history again"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the history"))
        self.table.setAccessibleName(self.tr("Changes, newest first"))
        self.count_label.setAccessibleName(self.tr("How many changes are shown"))

    def refresh(self) -> None:
        """Reads the audit trail (off the GUI thread), then applies the filters."""
        workspace = self.workspace
        self.count_label.setText(self.tr("Reading the history…"))
        self._reader.ask(
            lambda: workspace.history(limit=AUDIT_LIMIT),
            self._arrived,
            failed=self._failed,
        )

    def _failed(self, _error: BaseException) -> bool:
        self.count_label.setText(self.tr("The history could not be read."))
        return False  # and the status bar says why

    def _arrived(self, entries: list[dict[str, Any]]) -> None:
        self._entries = entries
        chosen = self.person
        actors = sorted({e["actor"] for e in entries if e.get("actor")}, key=str.casefold)
        self.person_combo.blockSignals(True)
        while self.person_combo.count() > 1:
            self.person_combo.removeItem(1)
        for actor in actors:
            self.person_combo.addItem(actor, actor)
        row = self.person_combo.findData(chosen) if chosen else 0
        self.person_combo.setCurrentIndex(max(row, 0))
        self.person_combo.blockSignals(False)
        self.apply_filters()

    @property
    def person(self) -> str | None:
        value = self.person_combo.currentData()
        return str(value) if value else None

    def set_person(self, actor: str | None) -> None:
        row = self.person_combo.findData(actor) if actor else 0
        self.person_combo.setCurrentIndex(max(row, 0))

    def set_dates(self, first: date | None, last: date | None) -> None:
        for check, edit, day in (
            (self.from_check, self.from_edit, first),
            (self.to_check, self.to_edit, last),
        ):
            edit.blockSignals(True)
            if day is not None:
                edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
            check.setChecked(day is not None)
        self.apply_filters()

    def apply_filters(self) -> None:
        person = self.person
        first: date | None = None
        last: date | None = None
        if self.from_check.isChecked():
            first = _day(self.from_edit.date())
        if self.to_check.isChecked():
            last = _day(self.to_edit.date())
        kept = []
        for entry in self._entries:
            if person is not None and entry.get("actor") != person:
                continue
            day = _aware(entry["at"]).astimezone().date()
            if first is not None and day < first:
                continue
            if last is not None and day > last:
                continue
            kept.append(entry)
        rows = history_rows(kept)
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n change(s) shown", "", len(kept)))
        self.history_loaded.emit(len(rows))
