"""Lists of records to choose from (id and title), for reference boxes and checkable lists."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from counsellor_app.domain.queries import PageQuery
from counsellor_app.domain.schema import BY_KEY
from counsellor_app.services.workspace import Workspace
from counsellor_app.ui.common.labels import record_title
from counsellor_app.ui.common.operations import Changes, hub_for

Index = QModelIndex | QPersistentModelIndex
Choice = tuple[str, str]
ID_ROLE = Qt.ItemDataRole.UserRole + 1
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_ID = int(ID_ROLE)
_CHECK = int(Qt.ItemDataRole.CheckStateRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_CHECKED = Qt.CheckState.Checked
_UNCHECKED = Qt.CheckState.Unchecked
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_CHECKABLE_FLAGS = _FLAGS | Qt.ItemFlag.ItemIsUserCheckable
# Lists scoped to one exchange (its visits, its observations as evidence) stay this short.
SCOPED_LIMIT = 2000
# Kinds chosen among those of one exchange.
SCOPED_KINDS = frozenset({"visit", "observation", "comparison", "action"})


class ChoiceSource:
    """Reads (id, title) pairs of a kind, sorted by title; kept until an operation changes
    records of that kind."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self._cache: dict[tuple[str, str | None], list[Choice]] = {}
        # Kinds read ahead on the reading thread (see ``warm``), read ahead again once changed.
        self._warm: dict[str, QObject] = {}
        # Bumped when cached choices are dropped: a read ahead begun before is stale.
        self._generation = 0
        # Connected before any page: the choices are fresh when the pages hear of a change.
        hub_for(workspace).records_changed.connect(self._on_records_changed)

    def choices(self, kind: str, exchange: str | None = None) -> list[Choice]:
        """Every live record of ``kind`` (only those of ``exchange`` for visits, observations)."""
        key = self._key(kind, exchange)
        if key not in self._cache:
            self._cache[key] = self._read(kind, exchange)
        return self._cache[key]

    def is_read(self, kind: str, exchange: str | None = None) -> bool:
        """True when ``choices`` would answer without asking the database."""
        return self._key(kind, exchange) in self._cache

    def warm(self, kinds: Iterable[str], parent: QObject) -> None:
        """Reads the choices of ``kinds`` (not scoped to an exchange) on the reading thread,
        so that a form opening a record later finds them read; again whenever records of
        those kinds change, as long as ``parent`` lives."""
        for kind in kinds:
            if kind in SCOPED_KINDS or kind in self._warm:
                continue
            self._warm[kind] = parent
            parent.destroyed.connect(lambda _object=None, kind=kind: self._warm.pop(kind, None))
            self._read_ahead(kind)

    def read_scoped(
        self,
        exchange: str | None,
        parent: QObject,
        then: Callable[[], None],
        kinds: Iterable[str] = SCOPED_KINDS,
    ) -> None:
        """Reads the choices scoped to ``exchange`` (its visits, observations, comparisons,
        actions; only ``kinds`` of them) not read yet on the reading thread, then calls
        ``then`` on the GUI thread (at once when all are read): forms loaded in ``then`` find
        them read, unless a change announced meanwhile dropped them."""
        kinds = sorted(kind for kind in set(kinds) if not self.is_read(kind, exchange))
        if not kinds:
            then()
            return
        generation = self._generation

        def keep(read: dict[str, list[Choice]]) -> None:
            # Read before a change was announced: the forms read them again themselves.
            if generation == self._generation:
                for kind, pairs in read.items():
                    self._cache.setdefault(self._key(kind, exchange), pairs)
            then()

        from counsellor_app.ui.common.reads import read_in_background

        read_in_background(
            self.workspace,
            parent,
            lambda: {kind: self._read(kind, exchange) for kind in kinds},
            keep,
        )

    def invalidate(self) -> None:
        self._generation += 1
        self._cache.clear()

    def _key(self, kind: str, exchange: str | None) -> tuple[str, str | None]:
        return (kind, exchange if kind in SCOPED_KINDS else None)

    def _read(self, kind: str, exchange: str | None) -> list[Choice]:
        """(id, title) pairs read from the database (on whichever thread asks)."""
        spec = BY_KEY[kind]
        service = self.workspace.service_for(kind)
        if kind in SCOPED_KINDS:
            where = (("exchange", exchange),) if exchange else ()
            sort = "start" if kind == "visit" else None
            records: Any = service.page(PageQuery(limit=SCOPED_LIMIT, where=where, sort=sort)).items
            return [(r.id, record_title(spec, r)) for r in records]
        pairs = [(r.id, record_title(spec, r)) for r in service.all()]
        pairs.sort(key=lambda pair: pair[1].casefold())
        return pairs

    def _read_ahead(self, kind: str) -> None:
        key = self._key(kind, None)
        parent = self._warm.get(kind)
        if parent is None or key in self._cache:
            return
        generation = self._generation

        def keep(pairs: list[Choice]) -> None:
            # Read before a change was announced: the next read ahead brings it.
            if generation == self._generation and key not in self._cache:
                self._cache[key] = pairs

        from counsellor_app.ui.common.reads import read_in_background

        read_in_background(self.workspace, parent, lambda: self._read(kind, None), keep)

    def _on_records_changed(self, changes: Changes, _operation: object) -> None:
        gone = [key for key in self._cache if changes.touches(key[0])]
        if gone or any(changes.touches(kind) for kind in self._warm):
            self._generation += 1
        for key in gone:
            del self._cache[key]
        for kind in list(self._warm):
            if changes.touches(kind):
                self._read_ahead(kind)


class ChoiceListModel(QAbstractListModel):
    """(id, title) rows; optionally checkable, with the checked ids kept in order of ticking."""

    checked_changed = Signal()
    """A row was ticked or unticked."""

    def __init__(
        self, parent: QObject | None = None, *, checkable: bool = False, blank: bool = False
    ):
        super().__init__(parent)
        self.checkable = checkable
        self.blank = blank
        self._choices: list[Choice] = [("", "")] if blank else []
        self._rows: dict[str, int] = {"": 0} if blank else {}
        # The list last given (a ChoiceSource's cached list): given again, nothing changes.
        self._given: list[Choice] | None = None
        self._checked: list[str] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._choices)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked for every row at each keystroke of a completer: plain numbers compared first.
        row = index.row()
        if not 0 <= row < len(self._choices):
            return None
        choice_id, title = self._choices[row]
        if role in (_DISPLAY, _EDIT):
            return title
        if role == _ID:
            return choice_id
        if role == _CHECK and self.checkable:
            return _CHECKED if choice_id in self._checked else _UNCHECKED
        if role == _ACCESSIBLE:
            return title or "—"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return _NO_FLAGS
        return _CHECKABLE_FLAGS if self.checkable else _FLAGS

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not (self.checkable and index.isValid() and role == Qt.ItemDataRole.CheckStateRole):
            return False
        checked = (
            Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        )
        self.set_checked(self._choices[index.row()][0], checked)
        return True

    # -- what widgets ask ----------------------------------------------------------------------

    def set_choices(self, choices: list[Choice]) -> None:
        if choices is self._given:
            return
        self.beginResetModel()
        self._given = choices
        self._choices = ([("", "")] if self.blank else []) + list(choices)
        self._rows = {}
        for row, (cid, _title) in enumerate(self._choices):
            self._rows.setdefault(cid, row)
        self.endResetModel()

    def choice_ids(self) -> list[str]:
        return [c[0] for c in self._choices if c[0]]

    def row_of(self, choice_id: str | None) -> int:
        return self._rows.get(choice_id or "", -1)

    def title_of(self, choice_id: str) -> str:
        row = self.row_of(choice_id)
        return self._choices[row][1] if row >= 0 else ""

    def find(self, text: str) -> str | None:
        """The id whose title is ``text``, else the first containing it (case ignored)."""
        needle = text.strip().casefold()
        if not needle:
            return None
        for cid, title in self._choices:
            if cid and title.casefold() == needle:
                return cid
        for cid, title in self._choices:
            if cid and needle in title.casefold():
                return cid
        return None

    def checked(self) -> tuple[str, ...]:
        return tuple(self._checked)

    def set_checked(self, choice_id: str, checked: bool) -> None:
        if checked == (choice_id in self._checked):
            return
        if checked:
            self._checked.append(choice_id)
        else:
            self._checked.remove(choice_id)
        row = self.row_of(choice_id)
        if row >= 0:
            index = self.index(row, 0)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()

    def set_all_checked(self, ids: tuple[str, ...] | list[str]) -> None:
        self._checked = list(dict.fromkeys(ids))
        if self._choices:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._choices) - 1, 0),
                [Qt.ItemDataRole.CheckStateRole],
            )
        self.checked_changed.emit()
