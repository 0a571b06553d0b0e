"""The table model behind every list of records: the ordered ids of its query, sorted and
filtered in the database, with rows read a page at a time, off the GUI thread, as they are
shown.

As in Anki's browser table, the model holds ids only; a row's record is read when the view
first asks for it, with the rest of its page, and kept in a bounded cache. A change announced
by an operation marks the cached rows stale and asks for the ids again: rows that went are
removed, new ones inserted, a new order applied as a layout change, so the selection, the
current row and the place in the list survive; stale rows are repainted once read again.
A new question (another sort, filter or exchange) resets the model.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from counsellor_app.domain.queries import PageQuery
from counsellor_app.domain.records import Record
from counsellor_app.domain.schema import BY_KEY, ENTITIES, EntitySpec, FieldType
from counsellor_app.services.workspace import Workspace
from counsellor_app.ui.common.labels import field_label, format_value, record_title
from counsellor_app.ui.common.reads import LatestRead, read_in_background

Index = QModelIndex | QPersistentModelIndex

# The columns each list shows, in order, as the field table declares them; the first is the
# record's title.
COLUMNS: dict[str, tuple[str, ...]] = {spec.key: spec.list_columns for spec in ENTITIES}
# Where a list starts when nobody has clicked a header: the newest notes first.
DEFAULT_SORT: dict[str, tuple[str, bool]] = {
    "observation": ("recorded_at", True),
    "exchange": ("start", True),
    "action": ("due", False),
}
PAGE_SIZE = 200
# Rows kept once read; past this, those read longest ago are forgotten (and read again if shown).
CACHE_ROWS = 5000
ID_ROLE = Qt.ItemDataRole.UserRole + 1
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ID = int(ID_ROLE)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags


def _referenced(spec: EntitySpec, columns: tuple[str, ...], records: Iterable[Record]):
    wanted: dict[str, set[str]] = defaultdict(set)
    for name in columns:
        field = spec.field(name)
        for record in records:
            value = getattr(record, name)
            if field.type is FieldType.REF and value:
                wanted[field.target or ""].add(value)
            elif field.type is FieldType.REFS:
                wanted[field.target or ""].update(value)
            elif field.type is FieldType.PRACTICES:
                wanted["organisation"].update(p.organisation for p in value)
    return wanted


def shown_kinds(spec: EntitySpec, columns: tuple[str, ...]) -> set[str]:
    """The kinds a list shows something of: its own, and those whose titles its columns show
    (an observation's speaker): a change to any of them repaints the list."""
    kinds = {spec.key}
    for name in columns:
        field = spec.field(name)
        if field.type in (FieldType.REF, FieldType.REFS) and field.target:
            kinds.add(field.target)
        elif field.type is FieldType.PRACTICES:
            kinds.add("organisation")
    return kinds


def read_rows(
    workspace: Workspace, spec: EntitySpec, columns: tuple[str, ...], ids: Sequence[str]
) -> tuple[dict[str, Record], dict[str, str]]:
    """Records by id, and the titles of the records their columns refer to (runs on the
    reading thread)."""
    found = workspace.service_for(spec.key).get_many(list(ids))
    titles: dict[str, str] = {}
    for target, wanted in _referenced(spec, columns, found.values()).items():
        target_spec = BY_KEY[target]
        referred = workspace.service_for(target).get_many(sorted(wanted))
        titles.update({i: record_title(target_spec, r) for i, r in referred.items()})
    return found, titles


@dataclass(frozen=True)
class ListAnswer:
    """The ids of a list's query as read, with what the model needs to follow them, worked
    out on the reading thread (a list of 100,000 ids costs tens of milliseconds to index)."""

    ids: list[str]
    row_of: dict[str, int]
    records: dict[str, Record]
    titles: dict[str, str]
    # From the list shown before: runs of rows gone (last first), ids added at the end, and
    # whether the rows then need another order.
    gone: list[tuple[int, int]]
    added: list[str]
    reordered: bool


def read_ids(
    workspace: Workspace,
    spec: EntitySpec,
    columns: tuple[str, ...],
    query: PageQuery,
    first: int,
    shown: list[str] | None = None,
) -> ListAnswer:
    """The ordered ids of a query, with the records of its first ``first`` rows, and how to
    get there from the ids ``shown`` (runs on the reading thread)."""
    ids = workspace.service_for(spec.key).ids(query)
    row_of = {record_id: row for row, record_id in enumerate(ids)}
    records, titles = read_rows(workspace, spec, columns, ids[:first]) if first else ({}, {})
    gone: list[tuple[int, int]] = []
    added: list[str] = []
    reordered = False
    if shown is not None:
        gone = _runs([row for row in range(len(shown) - 1, -1, -1) if shown[row] not in row_of])
        kept = [record_id for record_id in shown if record_id in row_of]
        present = set(kept)
        added = [record_id for record_id in ids if record_id not in present]
        reordered = kept + added != ids
    return ListAnswer(ids, row_of, records, titles, gone, added, reordered)


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Rows (in descending order) as (first, last) runs of neighbours, last run first."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][0] == row + 1:
            runs[-1] = (row, runs[-1][1])
        else:
            runs.append((row, row))
    return runs


class RecordTableModel(QAbstractTableModel):
    """Records of one kind: every id the query finds, each row read when it is shown."""

    loading_changed = Signal(bool)
    """True while the ids of the list are being read."""
    total_changed = Signal(int)
    """How many records match the current filter, in all."""
    ids_arrived = Signal()
    """The ids of the newest question are in (their rows are read as they are shown)."""
    rows_arrived = Signal(object)
    """The records of these ids were read."""

    def __init__(
        self,
        workspace: Workspace,
        kind: str,
        parent: QObject | None = None,
        *,
        columns: tuple[str, ...] | None = None,
        where: tuple[tuple[str, str | None], ...] = (),
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.spec = BY_KEY[kind]
        self.columns = columns or COLUMNS[kind]
        self.page_size = page_size
        self._where = where
        self._text = ""
        self._sort, self._descending = DEFAULT_SORT.get(kind, (self.spec.title_field, False))
        self._ids: list[str] = []
        self._row_of: dict[str, int] = {}
        self._records: dict[str, Record] = {}
        self._fresh: set[str] = set()
        self._titles: dict[str, str] = {}
        # Each read record's cells as shown (worked out once, not at every paint).
        self._cells: dict[str, tuple[str, ...]] = {}
        self._wanted_pages: set[int] = set()
        self._reading: set[str] = set()
        # True while rows are removed, inserted and moved to follow a change: the view's
        # current row moving meanwhile is not the user choosing another record.
        self.following = False
        # Bumped when an operation changed what rows show: a read begun before is stale.
        self._epoch = 0
        # A new question (not a change): its answer resets the model.
        self._new_question = True
        self._ids_reader = LatestRead(workspace, self)
        self._read_timer = QTimer(self)
        self._read_timer.setSingleShot(True)
        self._read_timer.setInterval(0)
        # connections
        self._ids_reader.busy_changed.connect(self.loading_changed.emit)
        self._read_timer.timeout.connect(self._read_wanted)

    # -- what the view asks --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked for every role of every cell at each paint: the roles shown first, as ints.
        if role != _DISPLAY and role != _TOOLTIP and role != _ID:
            return None
        row = index.row()
        if not 0 <= row < len(self._ids):
            return None
        record_id = self._ids[row]
        if role == _ID:
            return record_id
        if record_id not in self._fresh:
            self._want(row)
        cells = self._cells.get(record_id)
        if cells is None:
            record = self._records.get(record_id)
            if record is None:
                return None
            cells = self._cells[record_id] = self._cell_texts(record)
        text = cells[index.column()]
        if role == _TOOLTIP:
            return text if len(text) > 40 else None
        return text

    def _cell_texts(self, record: Record) -> tuple[str, ...]:
        """A record's row as shown, kept until the record or a title it shows changes."""
        field, titles = self.spec.field, self._titles
        return tuple(format_value(field(n), getattr(record, n), titles) for n in self.columns)

    def retranslate(self) -> None:
        """Another language: dates and closed lists are worked out again as they are shown."""
        self._cells.clear()

    def _update_titles(self, titles: dict[str, str]) -> None:
        """Titles of referred records, as read: a row showing one that changed is worked out
        again."""
        known = self._titles
        if any(known.get(key, text) != text for key, text in titles.items()):
            self._cells.clear()
        known.update(titles)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return field_label(self.columns[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else _NO_FLAGS

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        name = self.columns[column]
        if self.spec.field(name).type in (FieldType.REFS, FieldType.PRACTICES):
            return  # a list of links has no order of its own
        self._sort = name
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # -- what the page asks --------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        """True while the ids of the list are being read."""
        return self._ids_reader.busy

    @property
    def total(self) -> int:
        return len(self._ids)

    @property
    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        column = self.columns.index(self._sort) if self._sort in self.columns else -1
        order = Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder
        return column, order

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: str | None) -> int:
        """Where a record is in the list (-1: not in it)."""
        return self._row_of.get(record_id, -1) if record_id else -1

    def record_at(self, row: int) -> Record | None:
        """The record of a row as read (None until it is: see ``request_rows``)."""
        record_id = self.id_at(row)
        return self._records.get(record_id) if record_id is not None else None

    def fresh_record(self, row: int) -> Record | None:
        """The record of a row, if read since it last changed."""
        record_id = self.id_at(row)
        return self._records.get(record_id) if record_id in self._fresh else None

    def request_rows(self, first: int, last: int) -> None:
        """Reads the rows ``first`` to ``last`` (their pages) unless read already."""
        last = min(last, len(self._ids) - 1)
        for row in (*range(max(first, 0), last + 1, self.page_size), last):
            if row >= 0:
                self._want(row)

    def rows_read(self, first: int, last: int) -> bool:
        return all(i in self._fresh for i in self._ids[max(first, 0) : last + 1])

    def set_filter_text(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.reload()

    def set_where(self, where: tuple[tuple[str, str | None], ...]) -> None:
        self._where = where
        self.reload()

    def reload(self) -> None:
        """Asks the list's question anew (another sort, filter or scope): the rows shown stay
        until the answer arrives, which resets the model."""
        self._new_question = True
        self._ask()

    def refresh(self) -> None:
        """Records shown may have changed: the rows read are stale (repainted once read
        again) and the ids are read again; place and selection stay."""
        self._epoch += 1
        self._fresh.clear()
        self._ask()

    # -- reading -------------------------------------------------------------------------------

    def _query(self) -> PageQuery:
        return PageQuery(
            limit=self.page_size,
            sort=self._sort,
            descending=self._descending,
            text=self._text,
            where=self._where,
        )

    def _ask(self) -> None:
        workspace, spec, columns, query = self.workspace, self.spec, self.columns, self._query()
        # The first page comes with the ids when the view will start from the top.
        first = self.page_size if self._new_question or not self._ids else 0
        # The list shown now is the one the answer applies to: only an answer changes it,
        # and a newer asking drops this one's answer.
        shown = None if self._new_question else self._ids
        self._ids_reader.ask(
            lambda: read_ids(workspace, spec, columns, query, first, shown),
            lambda answer: self._ids_answered(answer, shown),
        )

    def _ids_answered(self, answer: ListAnswer, shown: list[str] | None) -> None:
        self._update_titles(answer.titles)
        for record_id, record in answer.records.items():
            self._keep(record_id, record)
            self._fresh.add(record_id)
        if shown is None or shown is not self._ids:
            self._new_question = False
            self.beginResetModel()
            self._ids, self._row_of = answer.ids, answer.row_of
            self.endResetModel()
        else:
            self.following = True
            try:
                self._follow(answer)
            finally:
                self.following = False
            if self._ids:
                last = self.index(len(self._ids) - 1, len(self.columns) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
        self.total_changed.emit(len(self._ids))
        self.ids_arrived.emit()

    def _follow(self, answer: ListAnswer) -> None:
        """Turns the rows into the answer's by removing, inserting and moving rows, so that
        Qt keeps the selection and the current row on the same records. The list is never
        changed in place: an asking still out holds it."""
        for first, last in answer.gone:
            self.beginRemoveRows(QModelIndex(), first, last)
            self._ids = self._ids[:first] + self._ids[last + 1 :]
            self.endRemoveRows()
        if answer.added:
            start = len(self._ids)
            self.beginInsertRows(QModelIndex(), start, start + len(answer.added) - 1)
            self._ids = self._ids + answer.added
            self.endInsertRows()
        if answer.reordered:
            self.layoutAboutToBeChanged.emit()
            old = self._persistent_indexes()
            new = [self.index(answer.row_of[self._ids[i.row()]], i.column()) for i in old]
            self.changePersistentIndexList(old, new)
            self._ids = answer.ids
            self.layoutChanged.emit()
        self._ids, self._row_of = answer.ids, answer.row_of

    def _persistent_indexes(self) -> list[QModelIndex]:
        return [i for i in self.persistentIndexList() if i.isValid()]

    def _want(self, row: int) -> None:
        page = row // self.page_size
        if page not in self._wanted_pages:
            self._wanted_pages.add(page)
            if not self._read_timer.isActive():
                self._read_timer.start()

    def _read_wanted(self) -> None:
        """Reads, in one question, the rows of the pages asked for since the last one."""
        pages, self._wanted_pages = sorted(self._wanted_pages), set()
        size = self.page_size
        ids = [
            record_id
            for page in pages
            for record_id in self._ids[page * size : (page + 1) * size]
            if record_id not in self._fresh and record_id not in self._reading
        ]
        if not ids:
            return
        self._reading.update(ids)
        workspace, spec, columns, epoch = self.workspace, self.spec, self.columns, self._epoch

        def failed(_error: BaseException) -> bool:
            self._reading.difference_update(ids)
            return False  # said in the status bar like any read that failed

        read_in_background(
            workspace,
            self,
            lambda: read_rows(workspace, spec, columns, ids),
            lambda answer: self._rows_answered(epoch, ids, answer),
            failed=failed,
        )

    def _rows_answered(
        self, epoch: int, ids: list[str], answer: tuple[dict[str, Record], dict[str, str]]
    ) -> None:
        records, titles = answer
        self._reading.difference_update(ids)
        self._update_titles(titles)
        for record_id in ids:
            record = records.get(record_id)
            if record is not None:
                self._keep(record_id, record)
            # A record gone meanwhile is not asked for again: the next ids leave it out.
            if epoch == self._epoch:
                self._fresh.add(record_id)
        self._forget_oldest()
        rows = [self._row_of[i] for i in ids if i in self._row_of]
        if rows:
            last = len(self.columns) - 1
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), last))
        self.rows_arrived.emit(ids)

    def _keep(self, record_id: str, record: Record) -> None:
        self._records.pop(record_id, None)  # to the end: the last read is forgotten last
        self._records[record_id] = record
        self._cells.pop(record_id, None)

    def _forget_oldest(self) -> None:
        extra = len(self._records) - CACHE_ROWS
        if extra > 0:
            for record_id in list(self._records)[:extra]:
                del self._records[record_id]
                self._cells.pop(record_id, None)
                self._fresh.discard(record_id)
