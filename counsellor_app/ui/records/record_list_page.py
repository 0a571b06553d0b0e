"""A list of records of one kind beside the form of the selected one: filter, sort, new, save."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, Protocol

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.domain.errors import NotFoundError
from counsellor_app.domain.records import Record, Theme
from counsellor_app.services.drafts import Draft
from counsellor_app.services.workspace import Workspace
from counsellor_app.ui.common.choices import ChoiceSource
from counsellor_app.ui.common.folding_list import FoldingList
from counsellor_app.ui.common.labels import count_label, kind_label, new_record_label
from counsellor_app.ui.common.operations import Changes, Operation, hub_for
from counsellor_app.ui.common.reads import LatestRead
from counsellor_app.ui.common.section import SectionPage
from counsellor_app.ui.common.settings import AppSettings
from counsellor_app.ui.records.record_editor import RecordEditor
from counsellor_app.ui.records.record_model import COLUMNS, RecordTableModel, shown_kinds

FILTER_DELAY_MS = 250
_BUILT = object()
# View ▸ List pane: the list beside a form folds away, and comes back.
FOLD_LIST_SHORTCUT = "Ctrl+Shift+L"


class Detail(Protocol):
    """What a list page needs of the widget showing the selected record."""

    record_changed: Any
    record_removed: Any

    @property
    def record(self) -> Record | None: ...
    def load(self, record: Record | None) -> None: ...
    def new(self, defaults: dict[str, Any] | None = None) -> None: ...
    def recover(self, draft: Draft) -> None: ...
    def maybe_leave(self) -> bool: ...
    def is_dirty(self) -> bool: ...
    def save(self) -> bool: ...
    def revert(self) -> None: ...
    def delete(self) -> Operation | None: ...


class RecordListPage(SectionPage):
    """Records of one kind in a table, the selected one's form beside it."""

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
        make_detail: Callable[[], QWidget] | None = None,
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
        # A record to select once the list's ids are in (one just saved, or asked for).
        self._select_when_listed: str | None = None
        self._select_first_after_load = False
        # A record whose row is being read, to show in the form once it is.
        self._awaited: str | None = None
        self._was_reset = False
        # Changes announced while the page was hidden, read once it shows.
        self._stale = False
        self._guarding = False
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._reader = LatestRead(workspace, self)
        # widgets
        self.setObjectName(f"{self.layout_key}_page")
        # A list inside an exchange need not say, on every row, which exchange it is.
        scoped = any(name == "exchange" for name, _value in where)
        columns = tuple(c for c in COLUMNS[kind] if not (scoped and c == "exchange"))
        self.model = RecordTableModel(workspace, kind, self, where=where, columns=columns)
        self.shown_kinds = shown_kinds(self.model.spec, columns)
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
        # The form beside the list: given, or made (by ``make_detail``, else a record editor)
        # over the turns after the list is first painted (or at once when first asked for),
        # so showing a section waits for the list only: made in one turn, its fields a few
        # at a time in the next ones (when it builds in steps), polished in another, and
        # placed beside the list in the last.
        self._detail: Any = None
        self._building: Any = None
        self._build_steps: Iterator[None] | None = None
        self._polished = False
        self._step_due = False
        self._sizes_before_edit: list[int] | None = None
        self._when_detail_made: list[Callable[[Any], None]] = []
        self._make_detail: Callable[[], QWidget] | None = None
        self._split = split
        if not read_only and detail is None:
            self._make_detail = make_detail or (
                lambda: RecordEditor(kind, workspace, choices, in_steps=True)
            )
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
        if not read_only:
            # Holds the form's place (and the splitter's sizes) until the form is made.
            self.splitter.addWidget(detail or QWidget(self.splitter))
            self.splitter.setStretchFactor(0, 3)
            self.splitter.setStretchFactor(1, 2)
            self.splitter.setSizes(list(split))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        # A list beside its form folds away, the form taking the whole width; a button in
        # the form's heading (when it has one) folds and unfolds it.
        self.folding: FoldingList | None = None
        self.fold_button: QToolButton | None = None
        if not read_only and orientation == Qt.Orientation.Horizontal:
            self.folding = FoldingList(self.splitter, settings, f"{self.layout_key}")
            self.fold_button = QToolButton(self)
            self.fold_button.setObjectName(f"{self.layout_key}_fold_button")
            self.fold_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.fold_button.setAutoRaise(True)
            self.fold_button.setVisible(False)  # until the form takes it
            self.fold_button.clicked.connect(lambda: self.set_list_folded(not self.list_folded()))
            self.folding.folded_changed.connect(self._on_folded)
        # connections
        self.filter_edit.textChanged.connect(lambda _text: self._filter_timer.start())
        self._filter_timer.timeout.connect(self._apply_filter)
        self.new_button.clicked.connect(self.new_record)
        self.model.modelReset.connect(self._on_model_reset)
        self.model.ids_arrived.connect(self._on_ids_arrived)
        self.model.rows_arrived.connect(self._on_rows_arrived)
        self.model.total_changed.connect(self._update_count)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.clicked.connect(self._on_clicked)
        hub_for(workspace).records_changed.connect(self._on_records_changed)
        if detail is not None:
            self._attach_detail(detail)
        self.retranslate_ui()
        self.restore_layout()
        # Enabling sorting above has usually asked for the list already (sorted as the header
        # shows); a second query would be thrown away.
        if not self.model.loading:
            self.model.reload()

    def retranslate_ui(self) -> None:
        plural = kind_label(self.kind, plural=True)
        self._update_fold_button()
        placeholder = self.tr("Filter %1 (Ctrl+L)").replace("%1", plural.lower())
        # Where the language puts the kind first ("vergelijkingen filteren"), still a capital.
        self.filter_edit.setPlaceholderText(placeholder[:1].upper() + placeholder[1:])
        self.filter_edit.setAccessibleName(self.tr("Filter %1").replace("%1", plural.lower()))
        self.new_button.setText(new_record_label(self.kind))
        self.new_button.setAccessibleName(self.new_button.text())
        self.table.setAccessibleName(plural)
        self._update_count()

    # -- the form ------------------------------------------------------------------------------

    @property
    def detail(self) -> Any:
        """The form showing the selected record (made now if it was not yet); None for a
        list that only lists."""
        if self._detail is None and (self._make_detail is not None or self._building is not None):
            self._start_detail()
            for _step in self._build_steps or ():
                pass
            self._place_detail()
        return self._detail

    def _start_detail(self) -> None:
        """Makes the form (its fields perhaps not yet: see ``_build_steps``)."""
        if self._building is not None or self._make_detail is None:
            return
        make, self._make_detail = self._make_detail, None
        self._building = make()
        steps = getattr(self._building, "build_steps", None)
        self._build_steps = steps() if steps is not None else None

    def _place_detail(self) -> None:
        detail, self._building, self._build_steps = self._building, None, None
        placeholder = self.splitter.replaceWidget(1, detail)
        if placeholder is not None:
            placeholder.deleteLater()
        self._attach_detail(detail)

    def _schedule_detail_step(self) -> None:
        if not self._step_due:
            self._step_due = True
            QTimer.singleShot(0, self, self._detail_step)

    def _detail_step(self) -> None:
        """One step of making the form, in a turn of its own; the next one is scheduled."""
        self._step_due = False
        if self._detail is not None:
            return
        if self._building is None:
            self._start_detail()
        elif self._build_steps is not None:
            if next(self._build_steps, _BUILT) is _BUILT:
                self._build_steps = None
        elif not self._polished:
            # Its style's fonts and sizes for every field, while still hidden: placing it
            # then lays it out and paints it only.
            self._polished = True
            self._building.ensurePolished()
        else:
            self._place_detail()
            return
        self._schedule_detail_step()

    def _attach_detail(self, detail: Any) -> None:
        self._detail = detail
        detail.defaults = dict(self.defaults)
        add_heading_widget = getattr(detail, "add_heading_widget", None)
        if self.fold_button is not None and add_heading_widget is not None:
            add_heading_widget(self.fold_button)
            self.fold_button.setVisible(True)
        detail.record_changed.connect(self._on_saved)
        dirty_changed = getattr(detail, "dirty_changed", None)
        if dirty_changed is not None:
            dirty_changed.connect(self._on_detail_dirty)
        waiting, self._when_detail_made = self._when_detail_made, []
        for callback in waiting:
            callback(detail)
        # A row chosen while it was made (the one shown when the section was left, say).
        row = self.table.currentIndex().row()
        if row >= 0 and detail.record is None and not detail.is_dirty():
            self._show_row(row)

    def when_detail_made(self, callback: Callable[[Any], None]) -> None:
        """Calls ``callback`` with the form once it is made (now, if it is): what adds to the
        form does not make it before the list is painted."""
        if self._detail is not None:
            callback(self._detail)
        else:
            self._when_detail_made.append(callback)

    def _on_detail_dirty(self, dirty: bool) -> None:
        """While a form under its list is being edited, the list gives it its room (a few
        rows stay, to see where one is); saved or reverted, the list comes back."""
        if self.splitter.orientation() != Qt.Orientation.Vertical:
            return
        if dirty and self._sizes_before_edit is None:
            sizes = self.splitter.sizes()
            compact = self.compact_list_height()
            if len(sizes) == 2 and sizes[0] > compact:
                self._sizes_before_edit = sizes
                self.splitter.setSizes([compact, sum(sizes) - compact])
        elif not dirty and self._sizes_before_edit is not None:
            self.splitter.setSizes(self._sizes_before_edit)
            self._sizes_before_edit = None

    def compact_list_height(self) -> int:
        """The list's height while its form is edited: its filter bar and three rows."""
        rows = self.table.verticalHeader().defaultSectionSize() * 3
        header = self.table.horizontalHeader().sizeHint().height()
        bar = self.filter_edit.sizeHint().height()
        return bar + header + rows + self.count_label.sizeHint().height() + 16

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._make_detail is not None:
            # Not in this turn of the event loop: its paint of the list held the GUI thread.
            self._schedule_detail_step()

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

    def column_width(self, column: int) -> int:
        """A column's first width: nine letters, or its heading whole ("Overdraagbaarheid")."""
        metrics = self.table.horizontalHeader().fontMetrics()
        title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
        return max(metrics.horizontalAdvance("M") * 9, metrics.horizontalAdvance(title) + 32)

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
                header.resizeSection(column, self.column_width(column))
        state = self.settings.geometry(f"splitter/{self.layout_key}")
        if state is not None:
            self.splitter.restoreState(state)
        if self.folding is not None:
            self.folding.restored()

    def save_layout(self) -> None:
        header = self.table.horizontalHeader()
        self.settings.set_column_widths(
            self.layout_key, [header.sectionSize(c) for c in range(self.model.columnCount())]
        )
        editing = self.splitter.sizes()
        if self._sizes_before_edit is not None:  # the sizes the user chose, not the edit's
            self.splitter.setSizes(self._sizes_before_edit)
        self.settings.set_geometry(f"splitter/{self.layout_key}", self.splitter.saveState())
        if self._sizes_before_edit is not None:
            self.splitter.setSizes(editing)
        if self.folding is not None:
            self.folding.save()

    # -- the list folded away ------------------------------------------------------------------

    def can_fold_list(self) -> bool:
        return self.folding is not None

    def list_folded(self) -> bool:
        return self.folding is not None and self.folding.folded

    def set_list_folded(self, folded: bool) -> None:
        if self.folding is not None:
            self.folding.set_folded(folded)

    def _on_folded(self, folded: bool) -> None:
        self._update_fold_button()
        if not folded and self._detail is not None and self.table.currentIndex().isValid():
            self.table.scrollTo(self.table.currentIndex())
        self.list_pane_changed.emit()

    def _update_fold_button(self) -> None:
        button = self.fold_button
        if button is None:
            return
        folded = self.list_folded()
        pixmaps = QStyle.StandardPixmap
        arrow = pixmaps.SP_ArrowRight if folded else pixmaps.SP_ArrowLeft
        button.setIcon(self.style().standardIcon(arrow))
        if folded:
            button.setText(self.tr("Show list"))
            tip = self.tr("Show the list beside the form again (%1)")
        else:
            button.setText(self.tr("Hide list"))
            tip = self.tr("Hide the list: the form takes the whole width (%1)")
        button.setToolTip(tip.replace("%1", FOLD_LIST_SHORTCUT))
        button.setAccessibleName(button.text())

    # -- what the window asks ------------------------------------------------------------------

    def current_record(self) -> Record | None:
        """The record of the row selected, as read."""
        return self.model.record_at(self.table.currentIndex().row())

    def report_theme(self) -> str | None:
        """The theme selected, in the list of themes."""
        record = self.current_record() if self.kind == "theme" else None
        return record.name if isinstance(record, Theme) else None

    def maybe_leave(self) -> bool:
        return self._detail is None or self._detail.maybe_leave()

    def is_dirty(self) -> bool:
        return self._detail is not None and self._detail.is_dirty()

    def focus_filter(self) -> None:
        self.set_list_folded(False)
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def new_record(self) -> bool:
        if self.detail is None or not self.detail.maybe_leave():
            return False
        self._set_current_row(-1)
        self.detail.new(dict(self.defaults))
        return True

    def save(self) -> bool:
        return self.detail is not None and self.detail.save()

    def revert(self) -> None:
        if self.detail is not None:
            self.detail.revert()

    def delete_current(self) -> bool:
        return self.detail is not None and self.detail.delete() is not None

    def recover(self, draft: Draft) -> bool:
        if self.detail is None:
            return False
        self.detail.recover(draft)
        if not draft.is_new:
            self.select_record(draft.record.id)
        return True

    def refresh(self) -> None:
        """Reads the list again; the selection and the place in it stay."""
        self._stale = False
        self.model.refresh()

    def shown(self) -> None:
        if self._stale:
            self.refresh()

    def select_record(self, record_id: str) -> None:
        """Selects a record wherever it is in the list (once the list's ids are in)."""
        row = self.model.row_of(record_id)
        if row >= 0:
            self._select_row(row)
        if row < 0 or self.model.loading:
            self._select_when_listed = record_id

    def select_first_row(self) -> None:
        """Selects (and shows) the first record, now or once the list has loaded."""
        if self.model.rowCount():
            self._select_row(0)
        else:
            self._select_first_after_load = True

    def open_record(self, record_id: str) -> bool:
        """Shows a record in the form and selects it in the list, the filter cleared."""
        if self.detail is not None and not self.detail.maybe_leave():
            return False
        if self.filter_edit.text():
            self.filter_edit.clear()
            self._filter_timer.stop()
            self._apply_filter()
        self.select_record(record_id)
        shown = self.detail.record if self.detail is not None else None
        if self.detail is not None and (shown is None or shown.id != record_id):
            self._show_by_id(record_id)
        self.table.setFocus()
        return True

    # -- reactions -----------------------------------------------------------------------------

    def _apply_filter(self) -> None:
        self.model.set_filter_text(self.filter_edit.text())

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def _set_current_row(self, row: int) -> None:
        """Moves the selection without showing another record in the form."""
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
        if self._guarding or self.model.following:
            return
        if self._detail is None:
            # Still to be made (the list is being shown): it shows the current row once made.
            return
        record_id = self.model.id_at(current.row())
        shown = self.detail.record
        if record_id is not None and shown is not None and record_id == shown.id:
            return
        if not self.detail.maybe_leave():
            self._set_current_row(previous.row() if previous.isValid() else -1)
            return
        self._show_row(current.row())

    def _on_clicked(self, index: QModelIndex) -> None:
        """A click on the row already highlighted (its form left for a new record, say)
        shows that row's record again."""
        if self._guarding or self.detail is None or not index.isValid():
            return
        if index.row() != self.table.currentIndex().row():
            return  # a new current row: shown by _on_current_changed
        record_id = self.model.id_at(index.row())
        shown = self.detail.record
        if record_id is None or (shown is not None and shown.id == record_id):
            return
        if self.detail.maybe_leave():
            self._show_row(index.row())

    def _show_row(self, row: int) -> None:
        """Shows the record of a row in the form: at once if its row is read, else once it
        is (a row reached by the keyboard before it was painted)."""
        record_id = self.model.id_at(row)
        record = self.model.fresh_record(row)
        if record_id is None or record is not None:
            self._awaited = None
            self.detail.load(record)
            self._remember(record)
            return
        self._awaited = record_id
        self.model.request_rows(row, row)

    def _on_rows_arrived(self, ids: list[str]) -> None:
        awaited = self._awaited
        if awaited is None or awaited not in ids or self.detail is None:
            return
        self._awaited = None
        row = self.model.row_of(awaited)
        if row != self.table.currentIndex().row() or self.detail.is_dirty():
            return  # moved on meanwhile, or typing already into the form shown
        record = self.model.fresh_record(row)
        self.detail.load(record)
        self._remember(record)

    def _show_by_id(self, record_id: str) -> None:
        """Reads one record and shows it in the form (it may be missing from the list)."""
        service = self.workspace.service_for(self.kind)

        def fetch() -> Record | None:
            try:
                return service.get(record_id)  # type: ignore[no-any-return]
            except NotFoundError:
                return None

        self._reader.ask(fetch, lambda record: self._shown_by_id(record_id, record))

    def _shown_by_id(self, record_id: str, record: Record | None) -> None:
        if record is None:
            self.sig_status_requested.emit(self.tr("That record is in the trash."))
            return
        shown = self.detail.record
        if (shown is None or shown.id != record_id) and not self.detail.is_dirty():
            self.detail.load(record)

    def _remember(self, record: Record | None) -> None:
        if self.remember_selection and record is not None:
            self.settings.set_selected_record(self.layout_key, record.id)

    def _on_model_reset(self) -> None:
        self._was_reset = True

    def _on_ids_arrived(self) -> None:
        reset, self._was_reset = self._was_reset, False
        wanted, self._select_when_listed = self._select_when_listed, None
        shown = self._detail.record if self._detail is not None else None
        row = self.model.row_of(shown.id) if shown is not None else -1
        if reset or row != self.table.currentIndex().row():
            # The record shown stays selected if it is listed (one that no longer matches
            # the filter, or went to the trash, stays shown, unselected).
            self._set_current_row(row)
        if wanted is not None and self.model.row_of(wanted) >= 0:
            self._select_row(self.model.row_of(wanted))
        elif self._select_first_after_load and self.model.rowCount():
            self._select_first_after_load = False
            self._select_row(0)
        elif self._restore_after_load is not None:
            # Once: the record shown when the section was left, wherever it is now.
            restored, self._restore_after_load = self._restore_after_load, None
            row = self.model.row_of(restored)
            if row >= 0 and (self._detail is None or self._detail.record is None):
                self._select_row(row)

    def _on_saved(self, record: Record) -> None:
        # A new record is selected once the list, read again, holds it.
        if self.model.row_of(record.id) < 0:
            self._select_when_listed = record.id

    def _on_records_changed(self, changes: Changes, _operation: object) -> None:
        if not changes.touches(*self.shown_kinds):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _update_count(self, *_args: object) -> None:
        self.count_label.setText(count_label(self.kind, self.model.total))
