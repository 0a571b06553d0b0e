"""The table model behind every list of records: pages fetched off the GUI thread, sorted and
filtered in the database query, never all rows at once."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    Signal,
)

from counsellor_app.domain.errors import error_in_words
from counsellor_app.domain.queries import PageQuery
from counsellor_app.domain.records import Record
from counsellor_app.domain.schema import BY_KEY, ENTITIES, EntitySpec, FieldType
from counsellor_app.services.workspace import Workspace
from counsellor_app.ui.labels import field_label, format_value, record_title
from counsellor_app.ui.tasks import BackgroundTask, run_in_background

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
_list_pool: QThreadPool | None = None


def list_pool() -> QThreadPool:
    """The one thread that reads pages for every list, one query after another.

    One reader keeps one database connection (and its page cache) warm instead of several
    competing for the same rows, the memory and the interpreter lock.
    """
    global _list_pool
    if _list_pool is None:
        _list_pool = QThreadPool()
        _list_pool.setObjectName("list_pool")
        _list_pool.setMaxThreadCount(1)
        _list_pool.setExpiryTimeout(-1)
    return _list_pool


ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _referenced(spec: EntitySpec, columns: tuple[str, ...], records: tuple[Record, ...]):
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


def load_page(workspace: Workspace, spec: EntitySpec, columns: tuple[str, ...], query: PageQuery):
    """One page of records and the titles of the records they refer to (runs in a worker)."""
    page = workspace.service_for(spec.key).page(query)
    titles: dict[str, str] = {}
    for target, ids in _referenced(spec, columns, page.items).items():
        target_spec = BY_KEY[target]
        found = workspace.service_for(target).get_many(sorted(ids))
        titles.update({i: record_title(target_spec, r) for i, r in found.items()})
    return page.items, page.total, titles


class RecordTableModel(QAbstractTableModel):
    """Records of one kind, a page at a time; rows are added as the view scrolls."""

    loading_changed = Signal(bool)
    """True while a page is being fetched."""
    total_changed = Signal(int)
    """How many records match the current filter, in all."""
    sig_load_failed = Signal(str)
    """A page could not be read; the message says why."""

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
        self._rows: list[Record] = []
        self._titles: dict[str, str] = {}
        self._total = 0
        self._generation = 0
        self._loading = False
        self._task: BackgroundTask | None = None

    # -- what the view asks --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        record = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            name = self.columns[index.column()]
            text = format_value(self.spec.field(name), getattr(record, name), self._titles)
            if role == Qt.ItemDataRole.ToolTipRole:
                return text if len(text) > 40 else None
            return text
        if role == ID_ROLE:
            return record.id
        return None

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
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._loading and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._load(len(self._rows))

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
        return self._loading

    @property
    def total(self) -> int:
        return self._total

    @property
    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        column = self.columns.index(self._sort) if self._sort in self.columns else -1
        order = Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder
        return column, order

    def record_at(self, row: int) -> Record | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: str) -> int:
        for row, record in enumerate(self._rows):
            if record.id == record_id:
                return row
        return -1

    def set_filter_text(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.reload()

    def set_where(self, where: tuple[tuple[str, str | None], ...]) -> None:
        self._where = where
        self.reload()

    def reload(self) -> None:
        """Fetches the first page again; the rows shown stay until the new ones arrive."""
        self._generation += 1
        self._load(0)

    # -- fetching ------------------------------------------------------------------------------

    def _query(self, offset: int) -> PageQuery:
        return PageQuery(
            offset=offset,
            limit=self.page_size,
            sort=self._sort,
            descending=self._descending,
            text=self._text,
            where=self._where,
        )

    def _set_loading(self, value: bool) -> None:
        if value != self._loading:
            self._loading = value
            self.loading_changed.emit(value)

    def _load(self, offset: int) -> None:
        generation = self._generation
        query = self._query(offset)
        workspace, spec, columns = self.workspace, self.spec, self.columns
        self._set_loading(True)
        if offset == 0 and self._task is not None and not self._task.done:
            self._task.cancel()  # a newer query replaces it; skip it if it has not started

        def work(_progress: Any, cancelled: Any) -> Any:
            return None if cancelled() else load_page(workspace, spec, columns, query)

        self._task = run_in_background(
            work,
            parent=self,
            pool=list_pool(),
            on_done=lambda result: self._on_page(generation, offset, result),
            on_error=lambda error: self._on_error(generation, error),
        )

    def _on_page(self, generation: int, offset: int, result: Any) -> None:
        if generation != self._generation or result is None:
            return
        items, total, titles = result
        self._titles.update(titles)
        if offset == 0:
            self.beginResetModel()
            self._rows = list(items)
            self._total = total
            self.endResetModel()
        elif items:
            self._total = total
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(items) - 1)
            self._rows.extend(items)
            self.endInsertRows()
        self._set_loading(False)
        self.total_changed.emit(total)

    def _on_error(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        self._set_loading(False)
        self.sig_load_failed.emit(error_in_words(error))
