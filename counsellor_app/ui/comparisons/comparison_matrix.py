"""The matrix of practice comparisons: aspects as rows, organisations as columns, the gaps marked,
filtered by exchange, theme and organisation without asking the database again."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFontMetrics, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.domain.records import Comparison
from counsellor_app.services.comparisons import (
    ComparisonMatrix,
    MatrixSource,
    build_matrix,
    load_matrix_source,
)
from counsellor_app.services.workspace import Workspace
from counsellor_app.ui.common.labels import field_label, format_date, one_line
from counsellor_app.ui.common.reads import LatestRead
from counsellor_app.ui.common.reference_box import ReferenceBox
from counsellor_app.ui.common.settings import AppSettings

Index = QModelIndex | QPersistentModelIndex
COMPARISON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
DATE_ROLE = Qt.ItemDataRole.UserRole + 2
EMPTY_ROLE = Qt.ItemDataRole.UserRole + 3
TOOLTIP_LENGTH = 1500


def muted_colour(palette: QPalette) -> QColor:
    """Text that should be seen but not read first: between the text and its background."""
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    return QColor(
        (text.red() * 3 + base.red() * 2) // 5,
        (text.green() * 3 + base.green() * 2) // 5,
        (text.blue() * 3 + base.blue() * 2) // 5,
    )


class ComparisonMatrixModel(QAbstractTableModel):
    """Column 0 is the aspect; then one column per organisation with its practice or a gap."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.matrix = ComparisonMatrix((), (), ())
        self._hatch = QBrush(QColor(128, 128, 128, 45), Qt.BrushStyle.BDiagPattern)
        self._muted = QColor(128, 128, 128)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.matrix.comparisons)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.matrix.organisations) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < self.rowCount():
                return str(section + 1)
            return None
        if not 0 <= section < self.columnCount():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if section == 0:
                return field_label("aspect")
            return self.matrix.organisations[section - 1].name
        if role == Qt.ItemDataRole.ToolTipRole and section > 0:
            organisation = self.matrix.organisations[section - 1]
            return organisation.full_name or organisation.name
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self.rowCount()):
            return None
        if not 0 <= index.column() < self.columnCount():
            return None
        comparison = self.matrix.comparisons[index.row()]
        if index.column() == 0:
            return self._aspect_data(comparison, role)
        cell = self.matrix.cells[index.row()][index.column() - 1]
        empty = cell.description is None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("— no practice recorded —") if empty else one_line(cell.description, 400)
        if role == Qt.ItemDataRole.ToolTipRole:
            organisation = self.matrix.organisations[index.column() - 1].name
            if empty:
                return self.tr("No practice of %1 recorded yet for this aspect").replace(
                    "%1", organisation
                )
            text = one_line(cell.description, TOOLTIP_LENGTH)
            if cell.observed_on is not None:
                text += "\n" + self.tr("Observed on %1").replace(
                    "%1", format_date(cell.observed_on)
                )
            return text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if empty:
                return self.tr("no practice recorded")
            return f"{one_line(cell.description)} {format_date(cell.observed_on)}".strip()
        if role == DATE_ROLE:
            return format_date(cell.observed_on) if not empty else ""
        if role == EMPTY_ROLE:
            return empty
        if role == COMPARISON_ID_ROLE:
            return cell.comparison_id
        if role == Qt.ItemDataRole.BackgroundRole and empty:
            return self._hatch
        if role == Qt.ItemDataRole.ForegroundRole and empty:
            return self._muted
        return None

    def _aspect_data(self, comparison: Comparison, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return one_line(comparison.aspect)
        if role == Qt.ItemDataRole.ToolTipRole:
            return comparison.aspect
        if role == DATE_ROLE:
            return format_date(comparison.observed_on)
        if role == EMPTY_ROLE:
            return False
        if role == COMPARISON_ID_ROLE:
            return comparison.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- what the view asks --------------------------------------------------------------------

    def set_matrix(self, matrix: ComparisonMatrix) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self.endResetModel()

    def comparison_id(self, row: int) -> str | None:
        if 0 <= row < len(self.matrix.comparisons):
            return self.matrix.comparisons[row].id
        return None

    def row_of(self, comparison_id: str) -> int:
        for row, comparison in enumerate(self.matrix.comparisons):
            if comparison.id == comparison_id:
                return row
        return -1


# Combined once: combining Qt's flags in Python makes a new enumeration member each time.
_CENTRED_LEFT = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
_TOP_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


CELL_LINES = 3
"""Lines of a practice's text a cell shows; the rest is in its tooltip and its comparison."""


def wrapped_lines(text: str, metrics: QFontMetrics, width: int, most: int) -> list[str]:
    """``text`` broken at spaces into lines of at most ``width`` pixels, at most ``most``
    of them, the last one ending in "…" when text is left over."""
    lines: list[str] = []
    words = text.split()
    current = ""
    while words:
        candidate = f"{current} {words[0]}" if current else words[0]
        if metrics.horizontalAdvance(candidate) <= width or not current:
            current = candidate
            words.pop(0)
            continue
        lines.append(current)
        current = ""
        if len(lines) == most - 1:
            break
    rest = " ".join([current, *words] if current else words)
    if rest:
        lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]


class MatrixCellDelegate(QStyledItemDelegate):
    """Draws a cell as its text on the first line and its date, muted, on the second;
    a gap as a muted italic note over the hatched background."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The muted colour of each palette drawn with (a few hundred cells are painted at once).
        self._muted: dict[int, QColor] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None:
            super().paint(painter, option, index)
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        palette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = palette.color(role)
        if selected:
            muted = colour
        else:
            key = palette.cacheKey()
            muted = self._muted.get(key) or self._muted.setdefault(key, muted_colour(palette))
        rect = opt.rect.adjusted(6, 3, -6, -3)
        metrics = opt.fontMetrics
        painter.save()
        if index.data(EMPTY_ROLE):
            font = opt.font
            font.setItalic(True)
            painter.setFont(font)
            painter.setPen(muted)
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(rect, _CENTRED_LEFT, elided)
        else:
            line = metrics.lineSpacing()
            painter.setPen(colour)
            lines = wrapped_lines(text, metrics, rect.width(), CELL_LINES)
            for row, shown in enumerate(lines):
                place = QRect(rect.left(), rect.top() + row * line, rect.width(), line)
                painter.drawText(place, _TOP_LEFT, shown)
            date = index.data(DATE_ROLE)
            if date:
                painter.setPen(muted)
                below = QRect(rect.left(), rect.top() + len(lines) * line, rect.width(), line)
                painter.drawText(below, _TOP_LEFT, date)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = option.fontMetrics
        return QSize(
            metrics.horizontalAdvance("M") * 18, metrics.lineSpacing() * (CELL_LINES + 1) + 8
        )


class ComparisonMatrixView(QWidget):
    """Filters above the matrix; double-click (or Enter) on a row opens its comparison."""

    sig_open_comparison_requested = Signal(str)
    """The user asked to edit a comparison (its id)."""
    sig_status_requested = Signal(str)
    """A short message for the status bar."""
    matrix_changed = Signal()
    """The matrix shown changed (new data or other filters)."""

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        settings: AppSettings | None = None,
    ) -> None:
        super().__init__(parent)
        # attributes
        self.workspace = workspace
        self.settings = settings
        # The filters of the last session, chosen again once their records are known.
        self._saved_filters = settings.matrix_filters() if settings is not None else {}
        self.source: MatrixSource | None = None
        self._reader = LatestRead(workspace, self)
        # widgets
        self.setObjectName("comparison_matrix")
        self.model = ComparisonMatrixModel(self)
        self.exchange_box = self._filter_box("matrix_exchange_filter")
        self.theme_box = self._filter_box("matrix_theme_filter")
        self.organisation_box = self._filter_box("matrix_organisation_filter")
        self.exchange_label = self._label("matrix_exchange_label", self.exchange_box)
        self.theme_label = self._label("matrix_theme_label", self.theme_box)
        self.organisation_label = self._label("matrix_organisation_label", self.organisation_box)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("matrix_summary")
        self.table = QTableView(self)
        self.table.setObjectName("matrix_table")
        self.table.setModel(self.model)
        self.table.setItemDelegate(MatrixCellDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        line = self.fontMetrics().lineSpacing()
        self.table.verticalHeader().setDefaultSectionSize(line * (CELL_LINES + 1) + 10)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setDefaultSectionSize(
            self.fontMetrics().horizontalAdvance("M") * 16
        )
        # layout
        filters = QHBoxLayout()
        self.filter_bar = filters
        for label, box in (
            (self.exchange_label, self.exchange_box),
            (self.theme_label, self.theme_box),
            (self.organisation_label, self.organisation_box),
        ):
            filters.addWidget(label)
            filters.addWidget(box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary_label)
        # connections
        for box in (self.exchange_box, self.theme_box, self.organisation_box):
            box.reference_changed.connect(self._on_filter_chosen)
        self.table.activated.connect(self._on_activated)
        self.model.modelReset.connect(self._size_columns)
        self.retranslate_ui()

    def add_action(self, action: QAction) -> QToolButton:
        """Adds a button for ``action`` after the filters (e.g. a report on the theme chosen)."""
        button = QToolButton(self)
        button.setObjectName(f"{action.objectName() or 'matrix_action'}_button")
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.filter_bar.addWidget(button)
        return button

    def _filter_box(self, name: str) -> ReferenceBox:
        box = ReferenceBox(self)
        box.setObjectName(name)
        box.setMinimumContentsLength(14)
        return box

    def _label(self, name: str, buddy: QWidget) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setBuddy(buddy)
        return label

    def retranslate_ui(self) -> None:
        self.exchange_label.setText(self.tr("E&xchange:"))
        self.theme_label.setText(self.tr("T&heme:"))
        self.organisation_label.setText(self.tr("Or&ganisation:"))
        self.exchange_box.text_edit.setPlaceholderText(self.tr("All exchanges"))
        self.theme_box.text_edit.setPlaceholderText(self.tr("All themes"))
        self.organisation_box.text_edit.setPlaceholderText(self.tr("All organisations"))
        self.exchange_box.setAccessibleName(self.tr("Matrix of one exchange"))
        self.theme_box.setAccessibleName(self.tr("Matrix on one theme"))
        self.organisation_box.setAccessibleName(self.tr("Matrix of one organisation"))
        self.table.setAccessibleName(self.tr("Practices by aspect and organisation"))
        self.summary_label.setAccessibleName(self.tr("What the matrix shows"))
        self._update_summary()

    # -- data ----------------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._reader.busy

    def refresh(self) -> None:
        """Reads the comparisons again, off the GUI thread, and lays out the matrix there
        too (for the filters chosen); the filters stay."""
        workspace = self.workspace
        saved = self._saved_filters
        filters = {
            name: saved.get(name) if saved else box.current_id()
            for name, box in self._boxes().items()
        }

        def read() -> tuple[MatrixSource, ComparisonMatrix, dict[str, str | None]]:
            source = load_matrix_source(workspace)
            return source, self._build(source, filters), filters

        self._reader.ask(read, self._on_loaded, failed=self._on_failed)
        self._update_summary()

    @staticmethod
    def _build(source: MatrixSource, filters: dict[str, str | None]) -> ComparisonMatrix:
        return build_matrix(
            source,
            exchange_id=filters.get("exchange"),
            theme_id=filters.get("theme"),
            organisation_id=filters.get("organisation"),
        )

    def set_source(
        self,
        source: MatrixSource,
        matrix: ComparisonMatrix | None = None,
        built_for: dict[str, str | None] | None = None,
    ) -> None:
        """Shows a matrix read elsewhere (and fills the filters' choices); ``matrix``, laid
        out already for the filters ``built_for``, is shown as it is if they still hold."""
        self.source = source
        for box, choices in (
            (self.exchange_box, [(e.id, e.title) for e in source.exchanges]),
            (self.theme_box, [(t.id, t.name) for t in source.themes]),
            (self.organisation_box, [(o.id, o.name) for o in source.organisations]),
        ):
            box.set_choices(choices)
        if self._saved_filters:
            saved, self._saved_filters = self._saved_filters, {}
            for name, box in self._boxes().items():
                if name in saved:
                    box.set_current_id(saved[name], notify=False)  # gone: stays empty
        chosen = {name: box.current_id() for name, box in self._boxes().items()}
        if matrix is not None and built_for is not None and chosen == built_for:
            self._show(matrix)
        else:
            self.apply_filters()

    def _boxes(self) -> dict[str, ReferenceBox]:
        return {
            "exchange": self.exchange_box,
            "theme": self.theme_box,
            "organisation": self.organisation_box,
        }

    def _on_filter_chosen(self) -> None:
        self.apply_filters()
        if self.settings is not None:
            self.settings.set_matrix_filters(
                {name: box.current_id() for name, box in self._boxes().items()}
            )

    def apply_filters(self) -> None:
        if self.source is None:
            return
        chosen = {name: box.current_id() for name, box in self._boxes().items()}
        self._show(self._build(self.source, chosen))

    def _show(self, matrix: ComparisonMatrix) -> None:
        self.model.set_matrix(matrix)
        self._update_summary()
        self.matrix_changed.emit()

    def set_filters(
        self,
        *,
        exchange_id: str | None = None,
        theme_id: str | None = None,
        organisation_id: str | None = None,
    ) -> None:
        self._saved_filters = {}  # chosen here: the last session's filters give way
        for box, wanted in (
            (self.exchange_box, exchange_id),
            (self.theme_box, theme_id),
            (self.organisation_box, organisation_id),
        ):
            box.set_current_id(wanted, notify=False)
        self.apply_filters()

    def report_filters(self) -> dict[str, str | None]:
        """The filters chosen, as the comparisons digest takes them: the theme and the
        organisation by name, the exchange by id."""
        found: dict[str, str | None] = {}
        for key, box in (("theme", self.theme_box), ("organisation", self.organisation_box)):
            chosen = box.current_id()
            if chosen:
                found[key] = box.choices.title_of(chosen)
        exchange = self.exchange_box.current_id()
        if exchange:
            found["exchange_id"] = exchange
        return found

    def _on_loaded(
        self, answer: tuple[MatrixSource, ComparisonMatrix, dict[str, str | None]]
    ) -> None:
        self.set_source(*answer)

    def _on_failed(self, _error: BaseException) -> bool:
        self._update_summary()
        return False  # told in the status bar, like any read that failed

    # -- reactions -----------------------------------------------------------------------------

    def _on_activated(self, index: QModelIndex) -> None:
        comparison_id = self.model.comparison_id(index.row())
        if comparison_id:
            self.sig_open_comparison_requested.emit(comparison_id)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._size_columns()

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        em = self.fontMetrics().horizontalAdvance("M")
        header.resizeSection(0, em * 24)
        viewport = self.table.viewport().width() - em * 24
        columns = self.model.columnCount() - 1
        if columns > 0:
            # The organisations share the width the window gives; narrow, it scrolls.
            width = max(em * 14, viewport // columns)
            for column in range(1, columns + 1):
                header.resizeSection(column, width)

    def _update_summary(self) -> None:
        if self.loading and self.source is None:
            self.summary_label.setText(self.tr("Reading the comparisons…"))
            return
        matrix = self.model.matrix
        rows, columns, gaps = len(matrix.comparisons), len(matrix.organisations), matrix.gaps()
        self.summary_label.setText(
            self.tr("Comparisons: %1 · organisations: %2 · practices not recorded yet: %3")
            .replace("%1", f"{rows:,}")
            .replace("%2", f"{columns:,}")
            .replace("%3", f"{gaps:,}")
        )
