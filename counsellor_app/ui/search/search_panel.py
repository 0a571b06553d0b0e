"""The Search section: one box that searches everything, results as you type, filters to
narrow them, Enter to open a result in its own section."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.domain.enums import ObservationKind
from counsellor_app.domain.errors import ValidationError
from counsellor_app.services.search import SearchFilters, SearchHit, search
from counsellor_app.services.workspace import Workspace
from counsellor_app.ui.common.choices import ID_ROLE, ChoiceSource
from counsellor_app.ui.common.date_field import OptionalDateField
from counsellor_app.ui.common.labels import choice_label, kind_label
from counsellor_app.ui.common.operations import Changes, error_message, hub_for
from counsellor_app.ui.common.problem_text import problem_sentence
from counsellor_app.ui.common.reads import LatestRead
from counsellor_app.ui.common.reference_box import ReferenceBox
from counsellor_app.ui.common.section import SectionPage
from counsellor_app.ui.common.settings import AppSettings
from counsellor_app.ui.search.search_model import (
    KIND_COLOURS,
    KIND_COLUMN,
    SNIPPET_COLUMN,
    TITLE_COLUMN,
    SearchResultsModel,
    SnippetDelegate,
)

SEARCH_DELAY_MS = 200
RESULT_LIMIT = 200
FILTERS = ("exchange", "theme", "organisation", "kind", "speaker", "since", "until")
# The filters chosen in a box of records, and the kind of record each box lists.
BOX_KINDS = {"exchange": "exchange", "theme": "theme", "organisation": "organisation"}
BOX_KINDS["speaker"] = "person"
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


@dataclass(frozen=True)
class SearchRequest:
    """One search as the panel asks for it: the text, and the filters by record id."""

    query: str
    exchange: str | None = None
    theme: str | None = None
    organisation: str | None = None
    kind: str | None = None
    speaker: str | None = None
    since: date | None = None
    until: date | None = None


def run_search(workspace: Workspace, request: SearchRequest) -> list[SearchHit]:
    """The hits of a request (runs in a worker): filters chosen by id are searched by name."""
    names: dict[str, str | None] = {}
    for name in ("theme", "organisation", "speaker"):
        record_id = getattr(request, name)
        if record_id is None:
            names[name] = None
            continue
        found = workspace.service_for(BOX_KINDS[name]).get_many([record_id]).get(record_id)
        if found is None:
            return []  # trashed meanwhile: nothing can be tagged with it or said by them
        names[name] = found.name
    filters = SearchFilters(
        exchange=request.exchange,
        theme=names["theme"],
        organisation=names["organisation"],
        kind=request.kind,
        speaker=names["speaker"],
        since=request.since,
        until=request.until,
    )
    return search(workspace, request.query, filters, limit=RESULT_LIMIT)


class SearchPanel(SectionPage):
    """A search box over everything, its filters and its ranked results."""

    results_changed = Signal(int)
    """A newer search answered with this many hits."""

    def __init__(
        self,
        workspace: Workspace,
        choices: ChoiceSource,
        settings: AppSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # attributes
        self.workspace = workspace
        self.choice_source = choices
        self.settings = settings
        self._reader = LatestRead(workspace, self)
        self._stale = False
        self._focus_results_when_found = False
        self._open_when_found = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        # widgets
        self.setObjectName("search_page")
        self.query_edit = QLineEdit(self)
        self.query_edit.setObjectName("search_query")
        self.query_edit.setClearButtonEnabled(True)
        self.exchange_box = ReferenceBox(self)
        self.theme_box = ReferenceBox(self)
        self.organisation_box = ReferenceBox(self)
        self.speaker_box = ReferenceBox(self)
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem("", None)
        for kind in ObservationKind:
            self.kind_combo.addItem("", kind.value)
        self.since_field = OptionalDateField(self, name="search_since")
        self.until_field = OptionalDateField(self, name="search_until")
        self.filter_widgets: dict[str, QWidget] = {
            "exchange": self.exchange_box,
            "theme": self.theme_box,
            "organisation": self.organisation_box,
            "kind": self.kind_combo,
            "speaker": self.speaker_box,
            "since": self.since_field,
            "until": self.until_field,
        }
        self.filter_labels: dict[str, QLabel] = {}
        self.filter_errors: dict[str, QLabel] = {}
        for name, widget in self.filter_widgets.items():
            widget.setObjectName(f"search_{name}_filter")
            label = QLabel(self)
            label.setObjectName(f"search_{name}_label")
            label.setBuddy(widget)
            self.filter_labels[name] = label
            error = QLabel(self)
            error.setObjectName(f"search_{name}_error")
            error.setWordWrap(True)
            error.setStyleSheet("color: #c0392b;")
            error.setVisible(False)
            self.filter_errors[name] = error
        self.clear_filters_button = QPushButton(self)
        self.clear_filters_button.setObjectName("search_clear_filters")
        self.model = SearchResultsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("search_results")
        self.table.setModel(self.model)
        self.delegate = SnippetDelegate(self.table)
        self.table.setItemDelegateForColumn(SNIPPET_COLUMN, self.delegate)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setHighlightSections(False)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("search_status")
        # layout
        filters = QGridLayout()
        filters.setHorizontalSpacing(8)
        filters.setVerticalSpacing(2)
        for column, name in enumerate(FILTERS):
            filters.addWidget(self.filter_labels[name], 0, column)
            filters.addWidget(self.filter_widgets[name], 1, column)
            filters.addWidget(self.filter_errors[name], 2, column)
            filters.setColumnStretch(column, 2 if name in BOX_KINDS else 1)
        filters.addWidget(self.clear_filters_button, 1, len(FILTERS))
        top = QHBoxLayout()
        top.addWidget(self.query_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        self.setFocusProxy(self.query_edit)
        # connections
        self._timer.timeout.connect(self.search_now)
        hub_for(workspace).records_changed.connect(self._on_records_changed)
        self.query_edit.textChanged.connect(self._schedule)
        self.query_edit.installEventFilter(self)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(self._open_index)
        for box in (self.exchange_box, self.theme_box, self.organisation_box, self.speaker_box):
            box.reference_changed.connect(self._schedule)
            box.text_edit.textEdited.connect(self._schedule)
        self.kind_combo.currentIndexChanged.connect(self._schedule)
        self.since_field.value_changed.connect(self._schedule)
        self.until_field.value_changed.connect(self._schedule)
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.fill_choices()
        self.retranslate_ui()
        self._restore_layout()

    def retranslate_ui(self) -> None:
        self.query_edit.setPlaceholderText(
            self.tr("Search notes, comparisons, exchanges, people, organisations (Ctrl+F)")
        )
        self.query_edit.setAccessibleName(self.tr("Search everything"))
        texts = {
            "exchange": self.tr("Exchange"),
            "theme": self.tr("Theme"),
            "organisation": self.tr("Organisation"),
            "kind": self.tr("Kind of note"),
            "speaker": self.tr("Speaker"),
            "since": self.tr("Since"),
            "until": self.tr("Until"),
        }
        for name, text in texts.items():
            self.filter_labels[name].setText(text)
            self.filter_labels[name].setAccessibleName(text)
            self.filter_errors[name].setAccessibleName(
                self.tr("Problem with the %1 filter").replace("%1", text.lower())
            )
            accessible = self.tr("Filter by %1").replace("%1", text.lower())
            widget = self.filter_widgets[name]
            if isinstance(widget, OptionalDateField):
                widget.set_accessible_name(accessible)
            widget.setAccessibleName(accessible)
        for box in (self.exchange_box, self.theme_box, self.organisation_box, self.speaker_box):
            box.text_edit.setPlaceholderText(self.tr("any"))
        self.kind_combo.setItemText(0, self.tr("any kind"))
        for row, kind in enumerate(ObservationKind, start=1):
            self.kind_combo.setItemText(row, choice_label(kind))
        self.kind_combo.setToolTip(self.tr("Only observations of this kind"))
        self.since_field.setToolTip(self.tr("Notes recorded, comparisons observed, from this day"))
        self.until_field.setToolTip(self.tr("Notes recorded, comparisons observed, until this day"))
        self.clear_filters_button.setText(self.tr("Clear filters"))
        self.clear_filters_button.setAccessibleName(self.tr("Clear the search filters"))
        self.table.setAccessibleName(self.tr("Search results"))
        self.status_label.setAccessibleName(self.tr("Search status"))
        self.model.retranslate()
        self._update_status()

    # -- layout remembered ---------------------------------------------------------------------

    def _restore_layout(self) -> None:
        header = self.table.horizontalHeader()
        widths = self.settings.column_widths("search") if self.settings is not None else []
        if len(widths) == self.model.columnCount():
            for column, width in enumerate(widths[:-1]):
                header.resizeSection(column, max(width, 30))
            return
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(kind_label(kind)) for kind in KIND_COLOURS)
        header.resizeSection(KIND_COLUMN, widest + metrics.height() + 24)
        header.resizeSection(TITLE_COLUMN, metrics.horizontalAdvance("M") * 20)

    def save_layout(self) -> None:
        if self.settings is None:
            return
        header = self.table.horizontalHeader()
        self.settings.set_column_widths(
            "search", [header.sectionSize(c) for c in range(self.model.columnCount())]
        )

    # -- what the window asks ------------------------------------------------------------------

    @property
    def searching(self) -> bool:
        """True from a keystroke until the newest search has answered."""
        return self._reader.busy or self._timer.isActive()

    def focus_filter(self) -> None:
        """Ctrl+F: the search box, its text selected so typing replaces it."""
        self.query_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query_edit.selectAll()

    def refresh(self) -> None:
        """Records changed elsewhere: fresh choices for the filters, fresh results."""
        self._stale = False
        self.fill_choices()
        if self.query_edit.text().strip():
            self.search_now()

    def shown(self) -> None:
        if self._stale:
            self.refresh()

    def _on_records_changed(self, changes: Changes, _operation: object) -> None:
        # Searched again when next shown: not for every note saved while it is hidden.
        self._stale = True
        if self.isVisible():
            self.refresh()

    def fill_choices(self) -> None:
        for name, box in self._boxes().items():
            box.set_choices(self.choice_source.choices(BOX_KINDS[name]))

    def clear_filters(self) -> None:
        for box in self._boxes().values():
            box.set_current_id(None, notify=False)
        self.kind_combo.blockSignals(True)
        self.kind_combo.setCurrentIndex(0)
        self.kind_combo.blockSignals(False)
        for field in (self.since_field, self.until_field):
            field.blockSignals(True)
            field.set_value(None)
            field.blockSignals(False)
        self.search_now()

    def current_hit(self) -> SearchHit | None:
        return self.model.hit_at(self.table.currentIndex().row())

    def open_current(self) -> None:
        self._open_index(self.table.currentIndex())

    # -- searching -----------------------------------------------------------------------------

    def _boxes(self) -> dict[str, ReferenceBox]:
        return {
            "exchange": self.exchange_box,
            "theme": self.theme_box,
            "organisation": self.organisation_box,
            "speaker": self.speaker_box,
        }

    def _schedule(self, *_args: object) -> None:
        self._timer.start()

    def _request(self) -> tuple[SearchRequest | None, dict[str, str]]:
        """The request the controls describe, or the problems of the filters that cannot be."""
        problems: dict[str, str] = {}
        ids: dict[str, str | None] = {}
        for name, box in self._boxes().items():
            text = box.currentText().strip()
            chosen = box.itemData(box.currentIndex(), ID_ROLE) or None
            # Typed text is read without resolving it in the box, which would rewrite the
            # text under the counsellor's fingers.
            same = chosen is not None and text == box.choices.title_of(chosen)
            ids[name] = chosen if same else box.choices.find(text)
            if text and ids[name] is None:
                problems[name] = (
                    self.tr("No %1 is called “%2”.")
                    .replace("%1", kind_label(BOX_KINDS[name]).lower())
                    .replace("%2", text)
                )
        since, until = self.since_field.value(), self.until_field.value()
        if problems:
            return None, problems
        return (
            SearchRequest(
                query=self.query_edit.text(),
                exchange=ids["exchange"],
                theme=ids["theme"],
                organisation=ids["organisation"],
                kind=self.kind_combo.currentData(),
                speaker=ids["speaker"],
                since=since if isinstance(since, date) else None,
                until=until if isinstance(until, date) else None,
            ),
            {},
        )

    def search_now(self) -> None:
        """Runs the search the controls describe; a search still running is superseded."""
        self._timer.stop()
        request, problems = self._request()
        self._show_problems(problems)
        if request is None or not request.query.strip():
            self._reader.drop()
            self.model.clear()
            self._update_status()
            return
        workspace = self.workspace
        self._reader.ask(
            lambda: run_search(workspace, request), self._on_found, failed=self._on_failed
        )
        self._update_status()

    def _on_found(self, hits: list[SearchHit]) -> None:
        self.model.set_hits(hits)
        if hits:
            self.table.selectRow(0)
            self.table.scrollToTop()
        if self._focus_results_when_found and hits:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self._focus_results_when_found = False
        if self._open_when_found and hits:
            self._open_when_found = False
            self.open_current()
        self._open_when_found = False
        self._update_status()
        self.results_changed.emit(len(hits))

    def _on_failed(self, error: BaseException) -> bool:
        """A filter the search refused is said under it; any other failure here and in the
        status bar."""
        self._focus_results_when_found = False
        self._open_when_found = False
        self.model.clear()
        handled = False
        if isinstance(error, ValidationError):
            shown = {
                name: " ".join(
                    problem_sentence(self.filter_labels[name].text(), problem)
                    for problem in error.problems_for(name)
                )
                for name in FILTERS
            }
            self._show_problems({k: v for k, v in shown.items() if v})
            if not any(shown.values()):
                self.status_label.setText(str(error))
            else:
                self._update_status()
            handled = True
        else:
            self.status_label.setText(
                self.tr("The search failed: %1").replace("%1", error_message(error))
            )
        self.results_changed.emit(0)
        return handled

    def _show_problems(self, problems: dict[str, str]) -> None:
        for name, label in self.filter_errors.items():
            message = problems.get(name, "")
            label.setText(message)
            label.setVisible(bool(message))

    def _update_status(self) -> None:
        count = self.model.rowCount()
        if self._reader.busy:
            text = self.tr("Searching…")
        elif any(label.text() for label in self.filter_errors.values()):
            text = self.tr("Correct the filter to search.")
        elif not self.query_edit.text().strip():
            text = self.tr(
                "Type a word or part of a word, in any script; accents need not be typed."
            )
        elif count == 0:
            text = self.tr("Nothing found.")
        elif count >= RESULT_LIMIT:
            text = self.tr("The %n best results; filters narrow them.", "", count)
        else:
            text = self.tr("%n result(s), best first — Enter opens the selected one.", "", count)
        self.status_label.setText(text)

    # -- opening a result ----------------------------------------------------------------------

    def _open_index(self, index: QModelIndex) -> None:
        hit = self.model.hit_at(index.row()) if index.isValid() else None
        if hit is not None:
            self.sig_open_record_requested.emit(hit.kind, hit.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.table and key in _ENTER:
                self.open_current()
                return True
            if watched is self.query_edit:
                if key in _ENTER:
                    self._open_first()
                    return True
                if key == Qt.Key.Key_Down:
                    self._go_to_results()
                    return True
                if key == Qt.Key.Key_Escape and self.query_edit.text():
                    self.query_edit.clear()
                    return True
        return super().eventFilter(watched, event)

    def _open_first(self) -> None:
        """Enter in the box: opens the selected result (the best one), once the newest
        search has answered."""
        if self.searching:
            self._open_when_found = True
            if self._timer.isActive():
                self.search_now()
            return
        if self.model.rowCount():
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)
            self.open_current()

    def _go_to_results(self) -> None:
        """Enter or Down in the box: to the results, once the newest search has answered."""
        if self.searching:
            self._focus_results_when_found = True
            if self._timer.isActive():
                self.search_now()
            return
        if self.model.rowCount():
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
