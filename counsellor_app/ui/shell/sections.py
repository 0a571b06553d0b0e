"""The sections of the window's sidebar, in order: what each is called and how its page is
built, its module imported when the section is first shown."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QFontMetrics, QGuiApplication

from counsellor_app.ui.common.labels import kind_label

if TYPE_CHECKING:
    from counsellor_app.services.workspace import Workspace
    from counsellor_app.ui.common.choices import ChoiceSource
    from counsellor_app.ui.common.section import SectionPage
    from counsellor_app.ui.common.settings import AppSettings
    from counsellor_app.ui.comparisons.comparison_matrix import ComparisonMatrixView
    from counsellor_app.ui.reports.report_actions import ReportActions

Index = QModelIndex | QPersistentModelIndex


class Shell(Protocol):
    """What a section's page may ask of the window it is built for."""

    workspace: Workspace | None
    choices: ChoiceSource | None
    settings: AppSettings
    reports: ReportActions

    def show_status(self, message: str) -> None: ...
    def maybe_leave(self) -> bool: ...


@dataclass(frozen=True)
class Section:
    """One entry of the sidebar: its key (a kind of record, or trash and search) and what
    builds its page."""

    key: str
    build: Callable[[Any], SectionPage]

    @property
    def label(self) -> str:
        """Its name in the sidebar and the Go menu."""
        if self.key == "trash":
            return QCoreApplication.translate("MainWindow", "Trash")
        if self.key == "search":
            return QCoreApplication.translate("MainWindow", "Search")
        return kind_label(self.key, plural=True)


def _records(kind: str) -> Callable[[Shell], SectionPage]:
    def build(shell: Shell) -> SectionPage:
        from counsellor_app.ui.records.record_list_page import RecordListPage

        assert shell.workspace is not None and shell.choices is not None
        return RecordListPage(
            kind, shell.workspace, shell.choices, shell.settings, remember_selection=True
        )

    return build


def _exchanges(shell: Shell) -> SectionPage:
    from counsellor_app.ui.exchanges.exchanges_section import ExchangesSection

    assert shell.workspace is not None and shell.choices is not None
    page = ExchangesSection(shell.workspace, shell.choices, shell.settings)
    exchange = page.exchange_page
    exchange.add_action(shell.reports.exchange_pdf_action)
    exchange.add_action(shell.reports.exchange_word_action)
    exchange.add_action(shell.reports.exchange_print_action)
    # "Export PDF" and "Print" beside the exchange work only with one shown.
    exchange.shown_changed.connect(shell.reports.update_enabled)
    shell.reports.update_enabled()
    return page


def _observations(shell: Shell) -> SectionPage:
    from counsellor_app.ui.comparisons.evidence_picker import UseAsEvidence

    page = _records("observation")(shell)
    assert shell.workspace is not None and shell.choices is not None
    evidence = UseAsEvidence(shell.workspace, shell.choices, page)
    evidence.sig_status_requested.connect(page.sig_status_requested.emit)
    return page


def _comparisons(shell: Shell) -> SectionPage:
    from counsellor_app.ui.comparisons.comparisons_section import ComparisonsSection

    assert shell.workspace is not None and shell.choices is not None
    page = ComparisonsSection(shell.workspace, shell.choices, shell.settings)
    reports = shell.reports

    def with_matrix(matrix: ComparisonMatrixView) -> None:
        # "Report on this theme…" for the theme chosen above the matrix.
        matrix.add_action(reports.theme_report_action)
        matrix.matrix_changed.connect(reports.update_enabled)

    page.when_matrix_made(with_matrix)
    page.view_changed.connect(lambda _view: shell.reports.update_enabled())
    return page


def _themes(shell: Shell) -> SectionPage:
    from counsellor_app.ui.records.record_list_page import RecordListPage

    page = _records("theme")(shell)
    assert isinstance(page, RecordListPage)
    page.add_action(shell.reports.theme_report_action)
    page.table.selectionModel().currentRowChanged.connect(
        lambda *_rows: shell.reports.update_enabled()
    )
    return page


def _people(shell: Shell) -> SectionPage:
    from counsellor_app.ui.records.person_data import PersonDataActions

    page = _records("person")(shell)
    actions = PersonDataActions(shell, page)
    actions.sig_status_requested.connect(page.sig_status_requested.emit)
    return page


def _trash(shell: Shell) -> SectionPage:
    from counsellor_app.ui.safety.trash_page import TrashPage

    assert shell.workspace is not None
    return TrashPage(shell.workspace, days=shell.settings.trash_days)


def _search(shell: Shell) -> SectionPage:
    from counsellor_app.ui.search.search_panel import SearchPanel

    assert shell.workspace is not None and shell.choices is not None
    return SearchPanel(shell.workspace, shell.choices, shell.settings)


SECTIONS: tuple[Section, ...] = (
    Section("exchange", _exchanges),
    Section("observation", _observations),
    Section("comparison", _comparisons),
    Section("person", _people),
    Section("organisation", _records("organisation")),
    Section("theme", _themes),
    Section("action", _records("action")),
    Section("trash", _trash),
    Section("search", _search),
)
KEYS = tuple(section.key for section in SECTIONS)
BY_KEY = {section.key: section for section in SECTIONS}

# The heavier modules of sections first shown later, imported ahead on the reading thread
# while the window is idle. Importing them defines classes only (no widget is made), and
# there the GUI thread takes the interpreter back between two of the reading thread's turns
# instead of waiting for the whole import.
AHEAD = ("counsellor_app.services.search", "counsellor_app.ui.search.search_panel")


def import_ahead(
    workspace: Workspace, parent: QObject, choices: ChoiceSource | None = None
) -> None:
    """Imports the search's modules ahead of its first show (about 80 ms, most of it the
    search's storage) on the reading thread, then has ``choices`` read there what its filters
    offer. Showing Search first then builds its panel only."""
    from counsellor_app.ui.common.reads import read_in_background

    def on_the_reading_thread() -> None:
        for name in AHEAD:
            importlib.import_module(name)

    def then(_result: object) -> None:
        if choices is not None:
            from counsellor_app.ui.search.search_panel import BOX_KINDS

            choices.warm(BOX_KINDS.values(), parent)

    read_in_background(workspace, parent, on_the_reading_thread, then)


def section_label(key: str) -> str:
    """The name of a section in the sidebar and the Go menu."""
    return BY_KEY[key].label


class SectionListModel(QAbstractListModel):
    """The sidebar: one row per section."""

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(SECTIONS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(SECTIONS):
            return None
        section = SECTIONS[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return section.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"Ctrl+{index.row() + 1}"
        if role == Qt.ItemDataRole.SizeHintRole:
            # Room above the capitals, so the highlight keeps the accent of "Échanges".
            metrics = QFontMetrics(QGuiApplication.font())
            return QSize(metrics.horizontalAdvance(section.label) + 16, metrics.height() + 10)
        return None

    def retranslate(self) -> None:
        if SECTIONS:
            self.dataChanged.emit(self.index(0, 0), self.index(len(SECTIONS) - 1, 0))
