"""Choosing between your version of a record and the one someone else saved meanwhile."""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
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

from counsellor_app.domain.records import Record
from counsellor_app.domain.schema import EntitySpec, FieldSpec, FieldType
from counsellor_app.ui.common.choices import ChoiceSource
from counsellor_app.ui.common.labels import field_label, format_value, kind_label, one_line

Index = QModelIndex | QPersistentModelIndex
CHANGED_BACKGROUND = QColor("#fff1b8")
CHANGED_TEXT = QColor("#202020")


class ConflictChoice(Enum):
    KEEP_MINE = "keep-mine"
    TAKE_THEIRS = "take-theirs"
    SAVE_AS_NEW = "save-as-new"
    KEEP_EDITING = "keep-editing"


def describe(field: FieldSpec, value: Any, titles: dict[str, str]) -> str:
    """A value in full words for the comparison (long texts and practices not cut short)."""
    if value is None or value == () or value == "":
        return "—"
    if field.type is FieldType.LONG:
        return one_line(value, 400)
    if field.type is FieldType.PRACTICES:
        return "; ".join(
            f"{titles.get(p.organisation, '?')}: {one_line(p.description, 120)}" for p in value
        )
    return format_value(field, value, titles) or "—"


class ConflictTableModel(QAbstractTableModel):
    """One row per field: its name, your value, the stored value; differing rows marked."""

    COLUMNS = ("field", "mine", "theirs")

    def __init__(
        self,
        spec: EntitySpec,
        mine: Record,
        theirs: Record | None,
        titles: dict[str, str],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.rows: list[tuple[str, str, str, bool]] = []
        for field in spec.fields:
            mine_value = getattr(mine, field.name)
            their_value = getattr(theirs, field.name) if theirs is not None else None
            self.rows.append(
                (
                    field.name,
                    describe(field, mine_value, titles),
                    describe(field, their_value, titles) if theirs is not None else "",
                    theirs is not None and _normal(mine_value) != _normal(their_value),
                )
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def is_changed(self, row: int) -> bool:
        return self.rows[row][3]

    def changed_fields(self) -> list[str]:
        return [name for name, _m, _t, changed in self.rows if changed]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        name, mine, theirs, changed = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (field_label(name), mine, theirs)[column]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = (field_label(name), mine, theirs)[column]
            return text + (self.tr(" (differs)") if changed and column == 0 else "")
        if changed and role == Qt.ItemDataRole.BackgroundRole:
            return CHANGED_BACKGROUND
        if changed and role == Qt.ItemDataRole.ForegroundRole:
            return CHANGED_TEXT
        if changed and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (self.tr("Field"), self.tr("Your version"), self.tr("Stored version"))[section]


def _normal(value: Any) -> Any:
    return None if value in ("", ()) else value


class ConflictDialog(QDialog):
    """Your version beside the stored one, and the three ways out (or back to editing)."""

    def __init__(
        self,
        spec: EntitySpec,
        mine: Record,
        theirs: Record | None,
        message: str,
        choices: ChoiceSource | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # attributes
        self.spec = spec
        self.mine = mine
        self.theirs = theirs if theirs is not None and theirs.deleted_at is None else None
        self.message = message
        self.choice = ConflictChoice.KEEP_EDITING
        titles: dict[str, str] = {}
        if choices is not None:
            targets = {f.target for f in spec.fields if f.target}
            if any(f.type is FieldType.PRACTICES for f in spec.fields):
                targets.add("organisation")
            for target in targets:
                titles.update(dict(choices.choices(target)))
        # widgets
        self.setObjectName("conflict_dialog")
        self.heading_label = QLabel(self)
        self.heading_label.setObjectName("conflict_heading")
        font = self.heading_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading_label.setFont(font)
        self.heading_label.setWordWrap(True)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("conflict_message")
        self.message_label.setWordWrap(True)
        self.model = ConflictTableModel(spec, mine, self.theirs, titles, self)
        self.table = QTableView(self)
        self.table.setObjectName("conflict_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.keep_mine_button = QPushButton(self)
        self.keep_mine_button.setObjectName("keep_mine_button")
        self.take_theirs_button = QPushButton(self)
        self.take_theirs_button.setObjectName("take_theirs_button")
        self.save_as_new_button = QPushButton(self)
        self.save_as_new_button.setObjectName("save_as_new_button")
        self.keep_editing_button = QPushButton(self)
        self.keep_editing_button.setObjectName("keep_editing_button")
        self.keep_editing_button.setDefault(True)
        self.keep_mine_button.setEnabled(self.theirs is not None)
        self.take_theirs_button.setEnabled(self.theirs is not None)
        # layout
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_editing_button)
        buttons.addStretch(1)
        buttons.addWidget(self.take_theirs_button)
        buttons.addWidget(self.save_as_new_button)
        buttons.addWidget(self.keep_mine_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        m = self.fontMetrics().horizontalAdvance("M")
        self.resize(m * 80, self.fontMetrics().height() * 40)
        # connections
        self.keep_mine_button.clicked.connect(lambda: self._choose(ConflictChoice.KEEP_MINE))
        self.take_theirs_button.clicked.connect(lambda: self._choose(ConflictChoice.TAKE_THEIRS))
        self.save_as_new_button.clicked.connect(lambda: self._choose(ConflictChoice.SAVE_AS_NEW))
        self.keep_editing_button.clicked.connect(lambda: self._choose(ConflictChoice.KEEP_EDITING))
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.retranslate_ui()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        # Rows are measured once the columns have their final widths.
        self.table.resizeRowsToContents()
        changed = self.model.changed_fields()
        if changed:
            names = [row[0] for row in self.model.rows]
            self.table.scrollTo(self.model.index(names.index(changed[0]), 0))

    def retranslate_ui(self) -> None:
        label = kind_label(self.spec.key).lower()
        self.setWindowTitle(self.tr("Changed by someone else"))
        if self.theirs is None:
            self.heading_label.setText(
                self.tr("This %1 was deleted elsewhere while you edited it.").replace("%1", label)
            )
        else:
            who = self.theirs.updated_by or self.tr("someone")
            self.heading_label.setText(
                self.tr("%1 saved this %2 while you were editing it.")
                .replace("%1", who)
                .replace("%2", label)
            )
        changed = len(self.model.changed_fields())
        self.message_label.setText(
            self.message
            + "\n"
            + self.tr("Fields that differ are highlighted: %n.", "", changed)
            + " "
            + self.tr("Nothing is lost until you choose.")
        )
        self.table.setAccessibleName(self.tr("Your version and the stored version, by field"))
        self.keep_mine_button.setText(self.tr("Keep mine"))
        self.keep_mine_button.setAccessibleName(self.tr("Keep mine: save over the stored version"))
        self.keep_mine_button.setToolTip(self.tr("Save your version over the stored one"))
        self.take_theirs_button.setText(self.tr("Take theirs"))
        self.take_theirs_button.setAccessibleName(
            self.tr("Take theirs: show the stored version, dropping your changes")
        )
        self.take_theirs_button.setToolTip(self.tr("Show the stored version; your changes go"))
        self.save_as_new_button.setText(self.tr("Save mine as a new record"))
        self.save_as_new_button.setAccessibleName(self.tr("Save your version as a new record"))
        self.save_as_new_button.setToolTip(
            self.tr("Keep both: yours becomes a separate record, the stored one stays")
        )
        self.keep_editing_button.setText(self.tr("Keep editing"))
        self.keep_editing_button.setAccessibleName(self.tr("Keep editing, decide later"))

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        if choice is ConflictChoice.KEEP_EDITING:
            self.reject()
        else:
            self.accept()


def ask(dialog: ConflictDialog) -> ConflictChoice:
    """Shows the dialog and returns the choice (tests replace this function)."""
    dialog.exec()
    return dialog.choice
