"""Using an observation as evidence for a practice: "Use as evidence for…" on a list of
observations opens a small dialog to pick a comparison and one of its organisation columns."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.domain.records import Comparison, Observation
from counsellor_app.services.comparisons import attach_evidence, quotes_of
from counsellor_app.services.workspace import Workspace
from counsellor_app.ui.common.choices import ID_ROLE, ChoiceListModel, ChoiceSource
from counsellor_app.ui.common.field_editors import long_text_edit, make_error_label
from counsellor_app.ui.common.on_screen import fit_on_screen
from counsellor_app.ui.common.operations import Changes, Operation, error_message
from counsellor_app.ui.common.reference_box import ReferenceBox
from counsellor_app.ui.comparisons.comparison_quotes import format_quote

USE_AS_EVIDENCE_SHORTCUT = "Ctrl+Shift+E"


def run_dialog(dialog: QDialog) -> int:
    """Shows a dialog modally (tests replace this function to drive it)."""
    return dialog.exec()


class EvidencePickerDialog(QDialog):
    """Pick a comparison (type to find it) and a column: a practice it has, or a new one."""

    comparison_changed = Signal(str)
    """Another comparison was chosen (its id, empty for none)."""

    def __init__(
        self,
        workspace: Workspace,
        choices: ChoiceSource,
        observation: Observation,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # attributes
        self.workspace = workspace
        self.choices = choices
        self.observation = observation
        self.comparison: Comparison | None = None
        self.stored: Comparison | None = None
        self.existing: set[str] = set()
        # widgets
        self.setObjectName("evidence_picker")
        self.quote_label = QLabel(self)
        self.quote_label.setObjectName("evidence_quote")
        self.quote_label.setWordWrap(True)
        quote = quotes_of(workspace, [observation.id]).get(observation.id)
        self.quote_label.setText(format_quote(quote, 400) if quote else observation.text[:400])
        self.find_edit = QLineEdit(self)
        self.find_edit.setObjectName("evidence_comparison_filter")
        self.find_edit.setClearButtonEnabled(True)
        self.comparison_model = ChoiceListModel(self)
        self.comparison_model.set_choices(self._comparison_choices())
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.comparison_model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.comparison_view = QListView(self)
        self.comparison_view.setObjectName("evidence_comparison_list")
        self.comparison_view.setModel(self.proxy)
        self.comparison_view.setUniformItemSizes(True)
        self.column_box = ReferenceBox(self)
        self.column_box.setObjectName("evidence_column_box")
        self.description_edit: QPlainTextEdit = long_text_edit(self, 3)
        self.description_edit.setObjectName("evidence_description_editor")
        self.description_label = QLabel(self)
        self.description_label.setObjectName("evidence_description_label")
        self.description_label.setBuddy(self.description_edit)
        self.column_label = QLabel(self)
        self.column_label.setObjectName("evidence_column_label")
        self.column_label.setBuddy(self.column_box)
        self.find_label = QLabel(self)
        self.find_label.setObjectName("evidence_comparison_label")
        self.find_label.setBuddy(self.find_edit)
        self.error_label = make_error_label(self, "evidence")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("evidence_buttons")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("evidence_ok_button")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName(
            "evidence_cancel_button"
        )
        # layout
        layout = QVBoxLayout(self)
        layout.addWidget(self.quote_label)
        layout.addWidget(self.find_label)
        layout.addWidget(self.find_edit)
        layout.addWidget(self.comparison_view, 1)
        form = QFormLayout()
        form.addRow(self.column_label, self.column_box)
        form.addRow(self.description_label, self.description_edit)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        # connections
        self.find_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.find_edit.returnPressed.connect(self._choose_first)
        self.comparison_view.selectionModel().currentChanged.connect(self._on_comparison_picked)
        self.column_box.reference_changed.connect(self._update_description)
        self.buttons.accepted.connect(self.attach)
        self.buttons.rejected.connect(self.reject)
        self.retranslate_ui()
        self._update_description()
        self.resize(self.fontMetrics().horizontalAdvance("M") * 48, self.sizeHint().height())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_on_screen(self)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Use as evidence for…"))
        self.setAccessibleName(self.tr("Use an observation as evidence"))
        self.quote_label.setAccessibleName(self.tr("The observation"))
        self.find_label.setText(self.tr("&Comparison:"))
        self.find_edit.setPlaceholderText(self.tr("Type words of its aspect"))
        self.find_edit.setAccessibleName(self.tr("Find a comparison"))
        self.comparison_view.setAccessibleName(self.tr("Comparisons"))
        self.column_label.setText(self.tr("Co&lumn:"))
        self.column_box.setAccessibleName(self.tr("Organisation column"))
        self.description_label.setText(self.tr("&Description:"))
        self.description_edit.setAccessibleName(self.tr("Description of the new practice"))
        self.description_edit.setPlaceholderText(
            self.tr("A new column needs its practice described")
        )
        self.ok_button.setText(self.tr("Attach"))
        self.ok_button.setAccessibleName(self.tr("Attach as evidence"))

    def _comparison_choices(self) -> list[tuple[str, str]]:
        # The comparisons of the observation's own exchange come first.
        own = self.choices.choices("comparison", self.observation.exchange)
        own_ids = {i for i, _t in own}
        others = [c for c in self.choices.choices("comparison") if c[0] not in own_ids]
        return own + others

    # -- choosing ------------------------------------------------------------------------------

    def choose_comparison(self, comparison_id: str) -> None:
        row = self.comparison_model.row_of(comparison_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.comparison_model.index(row, 0))
            self.comparison_view.setCurrentIndex(index)

    def choose_column(self, organisation_id: str) -> None:
        self.column_box.set_current_id(organisation_id)

    def _choose_first(self) -> None:
        if self.proxy.rowCount():
            self.comparison_view.setCurrentIndex(self.proxy.index(0, 0))
            self.column_box.setFocus()

    def _on_comparison_picked(self, current: Any, _previous: Any) -> None:
        comparison_id = current.data(ID_ROLE) if current.isValid() else None
        self.comparison = self.workspace.comparisons.get(comparison_id) if comparison_id else None
        organisations = self.choices.choices("organisation")
        titles = dict(organisations)
        practices = self.comparison.practices if self.comparison else ()
        self.existing = {p.organisation for p in practices}
        columns = [
            (
                p.organisation,
                self.tr("%1 — add to its practice").replace("%1", titles.get(p.organisation, "?")),
            )
            for p in practices
        ]
        columns += [
            (i, self.tr("%1 — a new column").replace("%1", t))
            for i, t in organisations
            if i not in self.existing
        ]
        self.column_box.set_choices(columns)
        self.column_box.set_current_id(practices[0].organisation if practices else None)
        self._update_description()
        self.comparison_changed.emit(comparison_id or "")

    def _update_description(self) -> None:
        column = self.column_box.current_id()
        new = column is not None and column not in self.existing
        self.description_edit.setEnabled(new)
        self.description_label.setEnabled(new)

    # -- attaching -----------------------------------------------------------------------------

    def attach(self) -> Operation | None:
        """Attaches the observation where chosen, in the background; problems stay in the
        dialog, which closes once it is done. None when nothing was chosen."""
        column = self.column_box.current_id()
        if self.comparison is None or column is None:
            self.error_label.setText(self.tr("Choose a comparison and a column first."))
            self.error_label.setVisible(True)
            return None
        description = self.description_edit.toPlainText().strip() or None
        workspace, comparison, observation = self.workspace, self.comparison, self.observation
        self.ok_button.setEnabled(False)
        operation = Operation(
            self,
            workspace,
            lambda: attach_evidence(
                workspace,
                comparison.id,
                column,
                observation.id,
                description=description if column not in self.existing else None,
            ),
            Changes.of({"comparison"}, {comparison.id}),
        )
        operation.success(self._attached)
        operation.failure(self._not_attached)
        return operation.run()

    def _attached(self, stored: Comparison) -> None:
        self.stored = stored
        self.ok_button.setEnabled(True)
        self.accept()

    def _not_attached(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self.error_label.setText(error_message(error))
        self.error_label.setVisible(True)


class UseAsEvidence(QObject):
    """The "Use as evidence for…" action of a list of observations (context menu, Ctrl+Shift+E)."""

    sig_status_requested = Signal(str)
    """A short message for the status bar."""

    def __init__(self, workspace: Workspace, choices: ChoiceSource, page: Any) -> None:
        super().__init__(page)
        # attributes
        self.workspace = workspace
        self.choices = choices
        self.page = page
        # widgets
        self.action = QAction(page)
        self.action.setObjectName("use_as_evidence_action")
        self.action.setShortcut(QKeySequence(USE_AS_EVIDENCE_SHORTCUT))
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        page.addAction(self.action)
        page.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        page.table.addAction(self.action)
        # connections
        self.action.triggered.connect(self.trigger)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.action.setText(self.tr("Use as evidence for…"))
        self.action.setToolTip(
            self.tr("Attach this observation to a practice of a comparison (%1)").replace(
                "%1", USE_AS_EVIDENCE_SHORTCUT
            )
        )

    def observation(self) -> Observation | None:
        record = self.page.detail.record
        if not isinstance(record, Observation):
            record = self.page.current_record()
        return record if isinstance(record, Observation) else None

    def trigger(self) -> bool:
        observation = self.observation()
        if observation is None:
            self.sig_status_requested.emit(self.tr("Select a saved observation first."))
            return False
        dialog = EvidencePickerDialog(self.workspace, self.choices, observation, self.page)
        try:
            if not run_dialog(dialog) or dialog.stored is None:
                return False
            self.sig_status_requested.emit(
                self.tr("Attached as evidence to “%1”.").replace("%1", dialog.stored.aspect[:60])
            )
            return True
        finally:
            dialog.deleteLater()
