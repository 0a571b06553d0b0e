"""The Comparisons section: the list of comparisons beside their editor, or the matrix of
practices across organisations, one toggle away (Ctrl+Shift+M).

Showing the section waits for the list only: the editor is made in the turns after the list
is first painted, a few fields at a time, the matrix when it is first chosen."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.domain.records import Record
from counsellor_app.services.drafts import Draft
from counsellor_app.services.workspace import Workspace
from counsellor_app.ui.common.choices import ChoiceSource
from counsellor_app.ui.common.operations import Changes, hub_for
from counsellor_app.ui.common.section import SectionPage
from counsellor_app.ui.common.settings import AppSettings
from counsellor_app.ui.comparisons.comparison_editor import ComparisonEditor
from counsellor_app.ui.records.record_list_page import RecordListPage

if TYPE_CHECKING:
    from counsellor_app.ui.comparisons.comparison_matrix import ComparisonMatrixView

MATRIX_SHORTCUT = "Ctrl+Shift+M"
# What the matrix shows: comparisons, their organisations, exchanges and themes.
MATRIX_KINDS = ("comparison", "organisation", "exchange", "theme")


class ComparisonsSection(SectionPage):
    """A list page of comparisons with a matrix view."""

    view_changed = Signal(str)
    """The section now shows ``list`` or ``matrix``."""

    def __init__(
        self,
        workspace: Workspace,
        choices: ChoiceSource,
        settings: AppSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # attributes
        self.kind = "comparison"
        self.workspace = workspace
        self._matrix_stale = True
        self._matrix: ComparisonMatrixView | None = None
        self._when_matrix_made: list[Callable[[ComparisonMatrixView], None]] = []
        # widgets
        self.setObjectName("comparison_section")
        self.list_page = RecordListPage(
            "comparison",
            workspace,
            choices,
            settings,
            self,
            make_detail=lambda: ComparisonEditor(workspace, choices, in_steps=True),
            split=(420, 680),
            remember_selection=True,
        )
        self._settings = settings
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("comparison_views")
        self.stack.addWidget(self.list_page)
        self.list_button = QToolButton(self)
        self.list_button.setObjectName("comparison_list_button")
        self.matrix_button = QToolButton(self)
        self.matrix_button.setObjectName("comparison_matrix_button")
        self.toggle_group = QButtonGroup(self)
        for button in (self.list_button, self.matrix_button):
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.toggle_group.addButton(button)
        self.list_button.setChecked(True)
        self.matrix_action = QAction(self)
        self.matrix_action.setObjectName("comparison_matrix_action")
        self.matrix_action.setShortcut(QKeySequence(MATRIX_SHORTCUT))
        self.matrix_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.matrix_action)
        # layout
        bar = QHBoxLayout()
        bar.setSpacing(0)
        bar.addWidget(self.list_button)
        bar.addWidget(self.matrix_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        # connections
        self.list_button.clicked.connect(self.show_list)
        self.matrix_button.clicked.connect(self.show_matrix)
        self.matrix_action.triggered.connect(self.toggle_view)
        self.list_page.sig_status_requested.connect(self.sig_status_requested.emit)
        self.list_page.list_pane_changed.connect(self.list_pane_changed.emit)
        self.view_changed.connect(lambda _view: self.list_pane_changed.emit())
        self.list_page.when_detail_made(self._connect_editor)
        hub_for(workspace).records_changed.connect(self._on_records_changed)
        self.retranslate_ui()
        if settings.comparison_view == "matrix":
            self.show_matrix()  # as the section was left

    def retranslate_ui(self) -> None:
        self.list_button.setText(self.tr("List"))
        self.list_button.setAccessibleName(self.tr("List of comparisons"))
        self.list_button.setToolTip(self.tr("Each comparison with its practices side by side"))
        self.matrix_button.setText(self.tr("Matrix"))
        self.matrix_button.setAccessibleName(self.tr("Matrix of practices"))
        self.matrix_button.setToolTip(
            self.tr("Aspects by organisation, with the gaps (%1)").replace("%1", MATRIX_SHORTCUT)
        )
        self.matrix_action.setText(self.tr("Switch between list and matrix"))

    # -- the editor and the matrix, made when first needed ----------------------------------

    @property
    def editor(self) -> ComparisonEditor:
        """The comparison editor beside the list (made now if it was not yet)."""
        editor = self.list_page.detail
        assert isinstance(editor, ComparisonEditor)
        return editor

    def _connect_editor(self, editor: ComparisonEditor) -> None:
        editor.sig_open_observation_requested.connect(
            lambda observation_id: self.sig_open_record_requested.emit(
                "observation", observation_id
            )
        )
        # Work in the editor (a draft recovered after a crash) is never hidden behind the matrix.
        editor.dirty_changed.connect(
            lambda dirty: self.show_list() if dirty and self.showing_matrix() else None
        )

    @property
    def matrix(self) -> ComparisonMatrixView:
        """The matrix of practices (made now if it was not yet)."""
        if self._matrix is None:
            from counsellor_app.ui.comparisons.comparison_matrix import ComparisonMatrixView

            matrix = ComparisonMatrixView(self.workspace, self, settings=self._settings)
            self._matrix = matrix
            self.stack.addWidget(matrix)
            matrix.sig_open_comparison_requested.connect(self.open_comparison)
            matrix.sig_status_requested.connect(self.sig_status_requested.emit)
            waiting, self._when_matrix_made = self._when_matrix_made, []
            for callback in waiting:
                callback(matrix)
        return self._matrix

    def when_matrix_made(self, callback: Callable[[ComparisonMatrixView], None]) -> None:
        """Calls ``callback`` with the matrix once it is made (now, if it is)."""
        if self._matrix is not None:
            callback(self._matrix)
        else:
            self._when_matrix_made.append(callback)

    # -- the views -----------------------------------------------------------------------------

    def showing_matrix(self) -> bool:
        return self._matrix is not None and self.stack.currentWidget() is self._matrix

    def show_matrix(self) -> bool:
        if not self.list_page.maybe_leave():
            self.list_button.setChecked(True)
            return False
        self.matrix_button.setChecked(True)
        self.stack.setCurrentWidget(self.matrix)
        if self._matrix_stale or self.matrix.source is None:
            self._matrix_stale = False
            self.matrix.refresh()
        self.matrix.table.setFocus()
        self._settings.comparison_view = "matrix"
        self.view_changed.emit("matrix")
        return True

    def show_list(self) -> None:
        self.list_button.setChecked(True)
        self.stack.setCurrentWidget(self.list_page)
        self._settings.comparison_view = "list"
        self.view_changed.emit("list")

    def toggle_view(self) -> None:
        if self.showing_matrix():
            self.show_list()
        else:
            self.show_matrix()

    def open_comparison(self, comparison_id: str) -> None:
        """Shows a comparison in the editor, the list selecting it."""
        self.show_list()
        if self.list_page.open_record(comparison_id):
            self.editor.form.focus_first()

    def _on_records_changed(self, changes: Changes, _operation: object) -> None:
        if not changes.touches(*MATRIX_KINDS):
            return
        self._matrix_stale = True
        if self.showing_matrix() and self.isVisible():
            self._matrix_stale = False
            self.matrix.refresh()

    # -- what the window asks ------------------------------------------------------------------

    @property
    def model(self) -> Any:
        return self.list_page.model

    @property
    def table(self) -> Any:
        return self.list_page.table

    @property
    def detail(self) -> ComparisonEditor:
        return self.editor

    def current_record(self) -> Record | None:
        return self.list_page.current_record()

    def shown(self) -> None:
        self.list_page.shown()
        if self._matrix_stale and self.showing_matrix():
            self._matrix_stale = False
            self.matrix.refresh()

    def maybe_leave(self) -> bool:
        return self.list_page.maybe_leave()

    def is_dirty(self) -> bool:
        return self.list_page.is_dirty()

    def can_fold_list(self) -> bool:
        return not self.showing_matrix() and self.list_page.can_fold_list()

    def list_folded(self) -> bool:
        return self.list_page.list_folded()

    def set_list_folded(self, folded: bool) -> None:
        self.list_page.set_list_folded(folded)

    def focus_filter(self) -> None:
        if self.showing_matrix():
            self.matrix.theme_box.setFocus()
            self.matrix.theme_box.text_edit.selectAll()
        else:
            self.list_page.focus_filter()

    def new_record(self) -> bool:
        self.show_list()
        return self.list_page.new_record()

    def save(self) -> bool:
        return self.list_page.save()

    def revert(self) -> None:
        self.list_page.revert()

    def delete_current(self) -> bool:
        return self.list_page.delete_current()

    def open_record(self, record_id: str) -> bool:
        self.open_comparison(record_id)
        return True

    def recover(self, draft: Draft) -> bool:
        self.show_list()
        return self.list_page.recover(draft)

    def refresh(self) -> None:
        self.list_page.refresh()
        self._matrix_stale = True
        if self.showing_matrix():
            self._matrix_stale = False
            self.matrix.refresh()

    def select_record(self, record_id: str) -> None:
        self.show_list()
        self.list_page.select_record(record_id)

    def report_filters(self) -> dict[str, Any]:
        """The theme, organisation and exchange chosen above the matrix, when it is shown."""
        return self.matrix.report_filters() if self.showing_matrix() else {}

    def report_theme(self) -> str | None:
        """The theme chosen above the matrix, when it is shown."""
        return self.report_filters().get("theme")

    def save_layout(self) -> None:
        self.list_page.save_layout()
