"""Editing one practice comparison side by side: a column per organisation, each practice with
the quotes that back it, picked from the exchange's observations by typing."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.domain.errors import (
    ConflictError,
    DomainError,
    NotFoundError,
    Problem,
    ValidationError,
)
from counsellor_app.domain.records import Comparison, Practice, Record
from counsellor_app.domain.schema import COMPARISON
from counsellor_app.services.comparisons import Quote, exchange_quotes, quotes_of
from counsellor_app.services.drafts import Draft
from counsellor_app.services.workspace import Workspace
from counsellor_app.ui import prompts
from counsellor_app.ui.choices import ChoiceSource
from counsellor_app.ui.drafts import DraftKeeper, draft_store, save_base, stored_under
from counsellor_app.ui.field_editors import (
    FieldEditor,
    long_text_edit,
    make_editor,
    make_error_label,
)
from counsellor_app.ui.labels import field_label, kind_label, one_line, record_title
from counsellor_app.ui.problem_text import problem_line, problem_sentence
from counsellor_app.ui.reference_box import ReferenceBox

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
# The fields above the columns, in the order shown.
HEAD_FIELDS = ("aspect", "exchange", "observed_on", "transferability", "themes", "summary")
# The texts of a practice, one row each in every column.
PRACTICE_TEXTS = ("description", "strengths", "challenges")
QUOTE_LENGTH = 220


def format_quote(quote: Quote, limit: int = QUOTE_LENGTH) -> str:
    """A quote as evidence shows it: « text » — Name, role."""
    text = f"« {one_line(quote.text, limit)} »"
    who = ", ".join(part for part in (quote.speaker, quote.role) if part)
    return f"{text} — {who}" if who else text


class QuoteListModel(QAbstractListModel):
    """Quotes (observations with their speaker), narrowed by typed words and by ids left out."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[Quote] = []
        self._shown: list[Quote] = []
        self._needle = ""
        self._left_out: set[str] = set()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._shown)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._shown):
            return None
        quote = self._shown[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return format_quote(quote)
        if role == Qt.ItemDataRole.ToolTipRole:
            return format_quote(quote, 2000)
        if role == ID_ROLE:
            return quote.observation_id
        return None

    def set_quotes(self, quotes: Iterable[Quote]) -> None:
        self._all = list(quotes)
        self._refilter()

    def set_filter(self, text: str) -> None:
        self._needle = " ".join(text.casefold().split())
        self._refilter()

    def set_left_out(self, ids: Iterable[str]) -> None:
        self._left_out = set(ids)
        self._refilter()

    def quote_at(self, row: int) -> Quote | None:
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def ids(self) -> list[str]:
        return [q.observation_id for q in self._shown]

    def _matches(self, quote: Quote) -> bool:
        if quote.observation_id in self._left_out:
            return False
        if not self._needle:
            return True
        haystack = " ".join(p for p in (quote.text, quote.speaker, quote.role) if p).casefold()
        return all(word in haystack for word in self._needle.split())

    def _refilter(self) -> None:
        self.beginResetModel()
        self._shown = [q for q in self._all if self._matches(q)]
        self.endResetModel()


class PracticeColumn(QFrame):
    """One organisation's practice: its texts, then the quotes that back it."""

    changed = Signal()
    """A text or the evidence changed."""
    sig_move_requested = Signal(int)
    """The user asked to move this column left (-1) or right (+1)."""
    sig_remove_requested = Signal()
    """The user asked to remove this column."""
    sig_open_observation_requested = Signal(str)
    """The user activated a quote: show that observation (its id)."""

    def __init__(
        self, organisation_id: str, title: str, pool: QuoteListModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        # attributes
        self.organisation_id = organisation_id
        self.title = title
        self.pool = pool
        # Set by the editor: fills the shared pool of quotes the first time one is needed.
        self.before_picking: Callable[[], None] = lambda: None
        self.evidence: list[str] = []
        self.known: dict[str, Quote] = {}
        self.edits: dict[str, QPlainTextEdit] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        name = f"practice_{organisation_id[:8]}"
        # widgets
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 24)
        self.title_label = QLabel(self)
        self.title_label.setObjectName(f"{name}_title")
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.left_button = self._tool_button(f"{name}_left_button", "◀")
        self.right_button = self._tool_button(f"{name}_right_button", "▶")
        self.remove_button = self._tool_button(f"{name}_remove_button", "✕")
        self.general_error = make_error_label(self, name)
        for field in PRACTICE_TEXTS:
            label = QLabel(self)
            label.setObjectName(f"{name}_{field}_label")
            edit = long_text_edit(self, 4 if field == "description" else 3)
            edit.setObjectName(f"{name}_{field}_editor")
            label.setBuddy(edit)
            self.labels[field] = label
            self.edits[field] = edit
            self.errors[field] = make_error_label(self, f"{name}_{field}")
        self.evidence_label = QLabel(self)
        self.evidence_label.setObjectName(f"{name}_evidence_label")
        self.evidence_model = QuoteListModel(self)
        self.evidence_view = self._quote_view(f"{name}_evidence_list")
        self.evidence_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.evidence_view.setSizeAdjustPolicy(QListView.SizeAdjustPolicy.AdjustToContents)
        self.evidence_view.setModel(self.evidence_model)
        self.detach_button = QPushButton(self)
        self.detach_button.setObjectName(f"{name}_detach_button")
        self.attach_button = QPushButton(self)
        self.attach_button.setObjectName(f"{name}_attach_button")
        self.attach_button.setCheckable(True)
        self.find_edit = QLineEdit(self)
        self.find_edit.setObjectName(f"{name}_evidence_filter")
        self.find_edit.setClearButtonEnabled(True)
        self.pick_model = QuoteListModel(self)
        self.pick_view = self._quote_view(f"{name}_evidence_choices")
        self.pick_view.setModel(self.pick_model)
        self.pick_view.setMaximumHeight(self.fontMetrics().lineSpacing() * 9)
        self.picker = QWidget(self)
        self.picker.setObjectName(f"{name}_evidence_picker")
        self.picker.setVisible(False)
        self.move_left_action = QAction(self)
        self.move_left_action.setShortcut(QKeySequence("Alt+Shift+Left"))
        self.move_right_action = QAction(self)
        self.move_right_action.setShortcut(QKeySequence("Alt+Shift+Right"))
        for action in (self.move_left_action, self.move_right_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.left_button.setDefaultAction(self.move_left_action)
        self.right_button.setDefaultAction(self.move_right_action)
        # layout
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.left_button)
        header.addWidget(self.right_button)
        header.addWidget(self.remove_button)
        layout.addLayout(header)
        layout.addWidget(self.general_error)
        for field in PRACTICE_TEXTS:
            layout.addWidget(self.labels[field])
            layout.addWidget(self.edits[field])
            layout.addWidget(self.errors[field])
        layout.addWidget(self.evidence_label)
        layout.addWidget(self.evidence_view)
        evidence_buttons = QHBoxLayout()
        evidence_buttons.addWidget(self.attach_button)
        evidence_buttons.addWidget(self.detach_button)
        evidence_buttons.addStretch(1)
        layout.addLayout(evidence_buttons)
        picker_layout = QVBoxLayout(self.picker)
        picker_layout.setContentsMargins(0, 0, 0, 0)
        picker_layout.addWidget(self.find_edit)
        picker_layout.addWidget(self.pick_view)
        layout.addWidget(self.picker)
        # connections
        for edit in self.edits.values():
            edit.textChanged.connect(self.changed.emit)
        self.move_left_action.triggered.connect(lambda: self.sig_move_requested.emit(-1))
        self.move_right_action.triggered.connect(lambda: self.sig_move_requested.emit(1))
        self.remove_button.clicked.connect(self.sig_remove_requested.emit)
        self.evidence_view.activated.connect(self._on_evidence_activated)
        self.evidence_view.doubleClicked.connect(self._on_evidence_activated)
        self.detach_button.clicked.connect(self.detach_current)
        self.attach_button.toggled.connect(self._show_picker)
        self.find_edit.textChanged.connect(self.pick_model.set_filter)
        self.find_edit.returnPressed.connect(self._attach_highlighted)
        self.find_edit.installEventFilter(self)
        self.pick_view.activated.connect(self._on_pick_activated)
        self.pick_view.doubleClicked.connect(self._on_pick_activated)
        self.evidence_model.modelReset.connect(self._update_buttons)
        self.evidence_view.selectionModel().currentChanged.connect(self._update_buttons)
        self.retranslate_ui()

    def _tool_button(self, name: str, text: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setAutoRaise(True)
        return button

    def _quote_view(self, name: str) -> QListView:
        view = QListView(self)
        view.setObjectName(name)
        view.setWordWrap(True)
        view.setTextElideMode(Qt.TextElideMode.ElideNone)
        view.setResizeMode(QListView.ResizeMode.Adjust)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSpacing(2)
        return view

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.title)
        self.setAccessibleName(self.tr("Practice of %1").replace("%1", self.title))
        for field in PRACTICE_TEXTS:
            required = field == "description"
            self.labels[field].setText(field_label(field) + (" *" if required else ""))
            self.edits[field].setAccessibleName(
                self.tr("%1 — %2").replace("%1", field_label(field)).replace("%2", self.title)
            )
        self.evidence_label.setText(field_label("evidence"))
        self.evidence_view.setAccessibleName(
            self.tr("Evidence for %1 (Enter opens the observation)").replace("%1", self.title)
        )
        self.move_left_action.setText(self.tr("Move column left"))
        self.move_left_action.setIconText("◀")
        self.move_left_action.setToolTip(self.tr("Move this column left (Alt+Shift+Left)"))
        self.move_right_action.setText(self.tr("Move column right"))
        self.move_right_action.setIconText("▶")
        self.move_right_action.setToolTip(self.tr("Move this column right (Alt+Shift+Right)"))
        self.left_button.setAccessibleName(self.tr("Move %1 left").replace("%1", self.title))
        self.right_button.setAccessibleName(self.tr("Move %1 right").replace("%1", self.title))
        self.remove_button.setToolTip(self.tr("Remove this column"))
        self.remove_button.setAccessibleName(self.tr("Remove %1").replace("%1", self.title))
        self.attach_button.setText(self.tr("Attach evidence…"))
        self.attach_button.setAccessibleName(
            self.tr("Attach evidence to %1").replace("%1", self.title)
        )
        self.detach_button.setText(self.tr("Remove quote"))
        self.detach_button.setAccessibleName(self.tr("Remove the selected quote"))
        self.find_edit.setPlaceholderText(self.tr("Type words or a name, Enter attaches"))
        self.find_edit.setAccessibleName(
            self.tr("Find an observation for %1").replace("%1", self.title)
        )
        self.pick_view.setAccessibleName(self.tr("Observations of the exchange"))

    # -- value ---------------------------------------------------------------------------------

    def value(self) -> Practice:
        texts = {f: self.edits[f].toPlainText() for f in PRACTICE_TEXTS}
        return Practice(
            organisation=self.organisation_id,
            description=texts["description"],
            strengths=texts["strengths"] if texts["strengths"].strip() else None,
            challenges=texts["challenges"] if texts["challenges"].strip() else None,
            evidence=tuple(self.evidence),
        )

    def set_value(self, practice: Practice | None, known: dict[str, Quote]) -> None:
        for field in PRACTICE_TEXTS:
            edit = self.edits[field]
            edit.blockSignals(True)
            edit.setPlainText((getattr(practice, field) or "") if practice is not None else "")
            edit.blockSignals(False)
        self.known = known
        self.evidence = list(practice.evidence) if practice is not None else []
        self._show_evidence()

    def attach(self, observation_id: str) -> None:
        """Adds an observation to the evidence (nothing if it is there already)."""
        if observation_id in self.evidence:
            return
        self.evidence.append(observation_id)
        self._show_evidence()
        self.changed.emit()

    def detach_current(self) -> None:
        quote = self.evidence_model.quote_at(self.evidence_view.currentIndex().row())
        if quote is None:
            return
        self.evidence.remove(quote.observation_id)
        self._show_evidence()
        self.changed.emit()

    def refresh_pool(self) -> None:
        """The choices follow the exchange's observations, leaving out those attached."""
        self.pick_model.set_quotes(self.pool_quotes())
        self.pick_model.set_left_out(self.evidence)

    def pool_quotes(self) -> list[Quote]:
        return [q for q in (self.pool.quote_at(r) for r in range(self.pool.rowCount())) if q]

    def show_problems(self, problems: list[tuple[str, str]]) -> None:
        """``problems`` are (field name, sentence already in the window's language) pairs."""
        for label in (*self.errors.values(), self.general_error):
            label.setVisible(False)
        general = []
        for name, sentence in problems:
            if name in self.errors:
                self.errors[name].setText(sentence)
                self.errors[name].setVisible(True)
            else:
                general.append(sentence)
        if general:
            self.general_error.setText("\n".join(general))
            self.general_error.setVisible(True)

    def set_edges(self, first: bool, last: bool) -> None:
        self.move_left_action.setEnabled(not first)
        self.move_right_action.setEnabled(not last)

    # -- reactions -----------------------------------------------------------------------------

    def _show_evidence(self) -> None:
        for quote in self.pool_quotes():
            self.known.setdefault(quote.observation_id, quote)
        self.evidence_model.set_quotes(
            self.known.get(i) or Quote(i, self.tr("(an observation in the trash)"))
            for i in self.evidence
        )
        self.pick_model.set_left_out(self.evidence)
        self.evidence_view.setVisible(bool(self.evidence))
        # Quotes are read whole: room for about four lines each, up to three quotes.
        lines = 4 * min(max(len(self.evidence), 1), 3)
        self.evidence_view.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 16)

    def _show_picker(self, shown: bool) -> None:
        self.picker.setVisible(shown)
        if shown:
            self.before_picking()
            self.refresh_pool()
            self.find_edit.setFocus()
        else:
            self.find_edit.clear()

    def _attach_highlighted(self) -> None:
        row = self.pick_view.currentIndex().row()
        quote = self.pick_model.quote_at(row if row >= 0 else 0)
        if quote is not None:
            self.attach(quote.observation_id)
            self.find_edit.clear()

    def _on_pick_activated(self, index: QModelIndex) -> None:
        quote = self.pick_model.quote_at(index.row())
        if quote is not None:
            self.attach(quote.observation_id)

    def _on_evidence_activated(self, index: QModelIndex) -> None:
        quote = self.evidence_model.quote_at(index.row())
        if quote is not None:
            self.sig_open_observation_requested.emit(quote.observation_id)

    def _update_buttons(self, *_args: object) -> None:
        self.detach_button.setEnabled(self.evidence_view.currentIndex().isValid())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up and Down move through the choices while typing; Escape closes the picker.
        if watched is self.find_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            rows = self.pick_model.rowCount()
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and rows:
                row = self.pick_view.currentIndex().row()
                row = max(0, min(rows - 1, row + (1 if event.key() == Qt.Key.Key_Down else -1)))
                self.pick_view.setCurrentIndex(self.pick_model.index(row, 0))
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.attach_button.setChecked(False)
                return True
        return super().eventFilter(watched, event)


class ComparisonEditor(QWidget):
    """A comparison's aspect, date, summary and themes above its practices side by side."""

    record_changed = Signal(object)
    """A comparison was saved (the stored record)."""
    record_removed = Signal(str)
    """A comparison went to the trash (its id)."""
    dirty_changed = Signal(bool)
    """The editor has (or no longer has) unsaved changes."""
    sig_open_observation_requested = Signal(str)
    """The user activated a quote of the evidence: show that observation (its id)."""

    def __init__(
        self,
        workspace: Workspace,
        choices: ChoiceSource,
        parent: QWidget | None = None,
        *,
        hidden: tuple[str, ...] = (),
    ) -> None:
        super().__init__(parent)
        # attributes
        self.kind = "comparison"
        self.workspace = workspace
        self.choices = choices
        self.service = workspace.comparisons
        self.defaults: dict[str, Any] = {}
        self.record: Comparison | None = None
        self.columns: list[PracticeColumn] = []
        self.editors: dict[str, FieldEditor] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self._hidden = set(hidden)
        self._baseline: dict[str, Any] = {}
        self._dirty = False
        self._loading = False
        # A crash loses nothing: the comparison as typed is kept on disk every few seconds.
        self.drafts = DraftKeeper(draft_store(workspace), self._draft_record, self)
        self._pool_exchange: str | None = "\0"
        self._pool_loaded = False
        # widgets
        self.setObjectName("comparison_editor")
        self.heading_label = QLabel(self)
        self.heading_label.setObjectName("comparison_heading")
        font = self.heading_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading_label.setFont(font)
        self.heading_label.setWordWrap(True)
        self.general_error = make_error_label(self, "comparison_form")
        self.pool = QuoteListModel(self)
        inner = QWidget(self)
        inner.setObjectName("comparison_form")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for name in HEAD_FIELDS:
            if name in self._hidden:
                continue
            editor = make_editor(COMPARISON.field(name), inner, lines=3)
            if name == "themes":
                editor.list.set_visible_rows(3)  # type: ignore[attr-defined]
            self.editors[name] = editor
            label = QLabel(inner)
            label.setObjectName(f"{name}_label")
            label.setBuddy(editor.widget)
            self.labels[name] = label
            box = QWidget(inner)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.setSpacing(1)
            box_layout.addWidget(editor.widget)
            self.errors[name] = make_error_label(box, name)
            box_layout.addWidget(self.errors[name])
            form.addRow(label, box)
        self.practices_label = QLabel(inner)
        self.practices_label.setObjectName("practices_label")
        self.practices_label.setFont(font)
        self.organisation_box = ReferenceBox(inner)
        self.organisation_box.setObjectName("add_organisation_box")
        self.add_column_button = QPushButton(inner)
        self.add_column_button.setObjectName("add_column_button")
        self.add_column_action = QAction(self)
        self.add_column_action.setObjectName("add_column_action")
        self.add_column_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.add_column_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.add_column_action)
        self.practices_error = make_error_label(inner, "practices")
        self.empty_label = QLabel(inner)
        self.empty_label.setObjectName("no_practices_label")
        self.empty_label.setWordWrap(True)
        self.empty_label.setEnabled(False)
        self.columns_layout = QHBoxLayout()
        self.columns_layout.setSpacing(8)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("comparison_form_scroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("comparison_status")
        self.status_label.setWordWrap(True)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("comparison_save_button")
        self.revert_button = QPushButton(self)
        self.revert_button.setObjectName("comparison_revert_button")
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("comparison_delete_button")
        # layout
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(form)
        adder = QHBoxLayout()
        adder.addWidget(self.practices_label)
        adder.addStretch(1)
        adder.addWidget(self.organisation_box)
        adder.addWidget(self.add_column_button)
        inner_layout.addLayout(adder)
        inner_layout.addWidget(self.practices_error)
        inner_layout.addWidget(self.empty_label)
        inner_layout.addLayout(self.columns_layout)
        inner_layout.addStretch(1)
        self.scroll_area.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.general_error)
        layout.addWidget(self.scroll_area, 1)
        # The status on a line of its own: beside three buttons (wider in French or Dutch)
        # a narrow pane left it a word per line.
        layout.addWidget(self.status_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        # connections
        for editor in self.editors.values():
            editor.value_changed.connect(self._on_changed)
        self.add_column_button.clicked.connect(self.add_chosen_column)
        self.add_column_action.triggered.connect(self._focus_organisation_box)
        self.organisation_box.text_edit.returnPressed.connect(self.add_chosen_column)
        if "exchange" in self.editors:
            self.editors["exchange"].value_changed.connect(self._on_exchange_changed)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.delete_button.clicked.connect(self.delete)
        self.retranslate_ui()
        self.load(None)

    def retranslate_ui(self) -> None:
        for name, label in self.labels.items():
            field = COMPARISON.field(name)
            text = field_label(name)
            label.setText(text + (" *" if field.required else ""))
            self.editors[name].set_accessible_name(text)
            self.editors[name].retranslate_ui()
        self.practices_label.setText(self.tr("Practices, side by side"))
        self.organisation_box.setAccessibleName(self.tr("Organisation of a new column"))
        self.organisation_box.text_edit.setPlaceholderText(self.tr("Organisation…"))
        self.organisation_box.setToolTip(self.tr("Type a few letters, Enter adds the column"))
        self.add_column_button.setText(self.tr("Add column"))
        self.add_column_button.setAccessibleName(self.tr("Add a column for the organisation"))
        self.add_column_button.setToolTip(self.tr("Add a column (Ctrl+Shift+O)"))
        self.add_column_action.setText(self.tr("Add an organisation column"))
        self.empty_label.setText(
            self.tr("No practice yet: choose an organisation above and add its column.")
        )
        self.save_button.setText(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        self.revert_button.setText(self.tr("Revert"))
        self.revert_button.setAccessibleName(self.tr("Revert the changes"))
        self.delete_button.setText(self.tr("Move to trash"))
        self.delete_button.setAccessibleName(self.tr("Move to trash"))
        for column in self.columns:
            column.retranslate_ui()
        self._update_heading()

    # -- what a list page asks -----------------------------------------------------------------

    def is_dirty(self) -> bool:
        return self._dirty

    def load(self, record: Record | None) -> None:
        """Shows a comparison, or an empty one (with ``defaults``) for a new record."""
        assert record is None or isinstance(record, Comparison)
        self._loading = True
        self.record = record
        for name, editor in self.editors.items():
            if editor.target:
                editor.set_choices(self.choices.choices(editor.target))
            editor.set_value(
                getattr(record, name) if record is not None else self.defaults.get(name)
            )
        self._load_pool(force=True)
        while self.columns:
            self._drop_column(self.columns[-1])
        practices = record.practices if record is not None else ()
        evidence = [i for p in practices for i in p.evidence]
        known = {q.observation_id: q for q in self._pool_quotes()}
        missing = [i for i in evidence if i not in known]
        if missing:
            known.update(quotes_of(self.workspace, missing))
        for practice in practices:
            self._add_column(practice.organisation, practice, known)
        self._loading = False
        self._after_columns_changed()
        self.clear_problems()
        self.status_label.clear()
        self._baseline = self.values()
        self._set_dirty(False)
        self._update_heading()
        self.drafts.key = f"comparison:{record.id if record else 'new-' + uuid.uuid4().hex[:12]}"

    def recover(self, draft: Draft) -> None:
        """Fills the editor with a draft left by a crash, columns and quotes included; saving
        it goes through the usual checks, a conflict included when the comparison changed
        meanwhile."""
        assert isinstance(draft.record, Comparison)
        stored = stored_under(self.service, draft)
        self.load(stored)
        base = save_base(stored, draft)
        assert base is None or isinstance(base, Comparison)
        self.record = base
        self._loading = True
        for name, editor in self.editors.items():
            editor.set_value(getattr(draft.record, name))
        while self.columns:
            self._drop_column(self.columns[-1])
        evidence = [i for p in draft.record.practices for i in p.evidence]
        known = quotes_of(self.workspace, evidence) if evidence else {}
        for practice in draft.record.practices:
            self._add_column(practice.organisation, practice, known)
        self._loading = False
        self._after_columns_changed()
        self.drafts.key = draft.key
        self._on_changed()
        self.drafts.mark_changed()
        self.status_label.setText(self.tr("Recovered unsaved work — check it, then save."))

    def new(self, defaults: dict[str, Any] | None = None) -> None:
        if defaults is not None:
            self.defaults = dict(defaults)
        self.load(None)
        self.editors["aspect"].widget.setFocus()

    def revert(self) -> None:
        self.drafts.discard()
        self.load(self.record)

    def reload(self) -> None:
        if self.record is None:
            self.load(None)
            return
        try:
            self.load(self.service.get(self.record.id))
        except NotFoundError:
            self.load(None)

    def what(self) -> str:
        if self.record is None:
            return self.tr("The new comparison")
        return f"{kind_label('comparison')} “{record_title(COMPARISON, self.record, 40)}”"

    def maybe_leave(self) -> bool:
        if not self.is_dirty():
            return True
        choice = prompts.ask_save_changes(self, self.what())
        if choice is prompts.Choice.SAVE:
            return self.save()
        if choice is prompts.Choice.DISCARD:
            self.revert()
            return True
        return False

    # -- values --------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        values = {name: editor.value() for name, editor in self.editors.items()}
        if "themes" in values:
            values["themes"] = tuple(values["themes"] or ())
        values["practices"] = tuple(column.value() for column in self.columns)
        return values

    def build(self) -> Comparison:
        values = self.values()
        if self.record is not None:
            return dataclasses.replace(self.record, **values)
        for name in self._hidden:
            values[name] = self.defaults.get(name)
        values["aspect"] = values.get("aspect") or ""
        return Comparison(**values)

    def organisation_ids(self) -> list[str]:
        return [column.organisation_id for column in self.columns]

    # -- columns -------------------------------------------------------------------------------

    def add_column(self, organisation_id: str) -> PracticeColumn | None:
        """Adds an empty column for an organisation (None if it has one already)."""
        if organisation_id in self.organisation_ids():
            return None
        column = self._add_column(organisation_id, None, {})
        self._after_columns_changed()
        self._on_changed()
        column.edits["description"].setFocus()
        self.scroll_area.ensureWidgetVisible(column)
        return column

    def add_chosen_column(self) -> None:
        organisation_id = self.organisation_box.current_id()
        if organisation_id:
            self.add_column(organisation_id)
            self.organisation_box.set_current_id(None, notify=False)

    def move_column(self, column: PracticeColumn, step: int) -> None:
        row = self.columns.index(column)
        target = row + step
        if not 0 <= target < len(self.columns):
            return
        self.columns.insert(target, self.columns.pop(row))
        self.columns_layout.removeWidget(column)
        self.columns_layout.insertWidget(target, column)
        self._after_columns_changed()
        self._on_changed()
        column.setFocus()

    def remove_column(self, column: PracticeColumn) -> None:
        self._drop_column(column)
        self._after_columns_changed()
        self._on_changed()

    def _add_column(
        self, organisation_id: str, practice: Practice | None, known: dict[str, Quote]
    ) -> PracticeColumn:
        title = self._organisation_title(organisation_id)
        column = PracticeColumn(organisation_id, title, self.pool, self.scroll_area.widget())
        column.before_picking = self._ensure_pool
        column.set_value(practice, dict(known))
        column.changed.connect(self._on_changed)
        column.sig_move_requested.connect(lambda step, c=column: self.move_column(c, step))
        column.sig_remove_requested.connect(lambda c=column: self.remove_column(c))
        column.sig_open_observation_requested.connect(self.sig_open_observation_requested.emit)
        self.columns.append(column)
        self.columns_layout.addWidget(column, 1, Qt.AlignmentFlag.AlignTop)
        column.show()
        return column

    def _drop_column(self, column: PracticeColumn) -> None:
        self.columns.remove(column)
        self.columns_layout.removeWidget(column)
        column.setParent(None)
        column.deleteLater()

    def _after_columns_changed(self) -> None:
        for row, column in enumerate(self.columns):
            column.set_edges(row == 0, row == len(self.columns) - 1)
        self.empty_label.setVisible(not self.columns)
        taken = set(self.organisation_ids())
        self.organisation_box.set_choices(
            [c for c in self.choices.choices("organisation") if c[0] not in taken]
        )

    def _organisation_title(self, organisation_id: str) -> str:
        for choice_id, title in self.choices.choices("organisation"):
            if choice_id == organisation_id:
                return title
        return self.tr("(an organisation in the trash)")

    def _focus_organisation_box(self) -> None:
        self.organisation_box.setFocus()
        self.organisation_box.text_edit.selectAll()

    # -- the observations evidence is picked from ----------------------------------------------

    def exchange_scope(self) -> str | None:
        if "exchange" in self.editors:
            return self.editors["exchange"].value()  # type: ignore[no-any-return]
        if self.record is not None:
            return self.record.exchange
        return self.defaults.get("exchange")

    def _pool_quotes(self) -> list[Quote]:
        return [q for q in (self.pool.quote_at(r) for r in range(self.pool.rowCount())) if q]

    def _load_pool(self, *, force: bool = False) -> None:
        """Marks the pool of quotes for the current exchange; it is read when first needed.

        Reading it (up to thousands of observations) when a comparison is merely shown cost
        a quarter of a second at start-up on a large database.
        """
        scope = self.exchange_scope()
        if not force and scope == self._pool_exchange:
            return
        self._pool_exchange = scope
        self._pool_loaded = False
        self.pool.set_quotes([])
        for column in self.columns:
            if column.attach_button.isChecked():
                self._ensure_pool()
                column.refresh_pool()

    def _ensure_pool(self) -> None:
        if not self._pool_loaded:
            self.pool.set_quotes(exchange_quotes(self.workspace, self._pool_exchange))
            self._pool_loaded = True

    def _on_exchange_changed(self) -> None:
        if not self._loading:
            self._load_pool()

    # -- actions -------------------------------------------------------------------------------

    def save(self) -> bool:
        """Saves through the service; problems go next to their fields. True when saved."""
        record = self.build()
        try:
            stored = self.service.update(record) if self.record else self.service.create(record)
        except ValidationError as error:
            self.show_problems(error.problems)
            self.status_label.setText(self.tr("Not saved: see the messages in red."))
            return False
        except ConflictError as error:
            self.status_label.setText(self.tr("Not saved: changed by someone else."))
            if prompts.ask_reload_after_conflict(self, str(error)):
                self.drafts.discard()
                self.reload()
            return False
        except DomainError as error:
            prompts.show_error(self, self.tr("Not saved"), str(error))
            return False
        self.drafts.discard()
        self.choices.invalidate()
        self.load(stored)
        self.status_label.setText(self.tr("Saved."))
        self.record_changed.emit(stored)
        return True

    def delete(self) -> bool:
        record = self.record
        if record is None:
            self.load(None)
            return False
        try:
            self.service.delete(record.id)
        except DomainError as error:
            prompts.show_error(self, self.tr("Not moved to the trash"), str(error))
            return False
        self.drafts.discard()
        self.choices.invalidate()
        self.load(None)
        self.status_label.setText(self.tr("Moved to the trash."))
        self.record_removed.emit(record.id)
        return True

    # -- problems ------------------------------------------------------------------------------

    def clear_problems(self) -> None:
        for label in (*self.errors.values(), self.general_error, self.practices_error):
            label.setVisible(False)
        for column in self.columns:
            column.show_problems([])

    def show_problems(self, problems: Iterable[Problem]) -> None:
        """Each message under its field, a practice's under its column."""
        self.clear_problems()
        by_field: dict[str, list[str]] = {}
        by_column: dict[int, list[tuple[str, str]]] = {}
        general: list[str] = []
        for problem in problems:
            head = problem.path.split("[", 1)[0].split(".", 1)[0]
            if head == "practices" and problem.path.startswith("practices["):
                index, _, rest = problem.path[len("practices[") :].partition("]")
                name = rest.lstrip(".").split("[", 1)[0]
                if index.isdigit() and int(index) < len(self.columns):
                    sentence = (
                        problem_sentence(field_label(name), problem) if name else problem.message
                    )
                    by_column.setdefault(int(index), []).append((name, sentence))
                    continue
            if head == "practices":
                self.practices_error.setText(
                    problem_line(problem) if problem.code else problem.message
                )
                self.practices_error.setVisible(True)
            elif head in self.errors:
                by_field.setdefault(head, []).append(problem_sentence(field_label(head), problem))
            else:
                general.append(problem_line(problem))
        first: QWidget | None = None
        for name, messages in by_field.items():
            self.errors[name].setText("\n".join(messages))
            self.errors[name].setVisible(True)
            first = first or self.editors[name].widget
        for row, found in sorted(by_column.items()):
            self.columns[row].show_problems(found)
            first = first or self.columns[row]
        if general:
            self.general_error.setText("\n".join(general))
            self.general_error.setVisible(True)
        if first is not None:
            self.scroll_area.ensureWidgetVisible(first)

    # -- state ---------------------------------------------------------------------------------

    def _on_changed(self) -> None:
        if self._loading:
            return
        self._set_dirty(self.values() != self._baseline)
        self.drafts.mark_changed()

    def _draft_record(self) -> Record | None:
        """What the draft keeps: the comparison as typed, or None once it matches what is
        stored."""
        return self.build() if self.is_dirty() else None

    def _set_dirty(self, dirty: bool) -> None:
        if dirty:
            self.status_label.setText(self.tr("Changed — not saved yet."))
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)
        self.save_button.setEnabled(dirty or self.record is None)
        self.revert_button.setEnabled(dirty)
        self.delete_button.setEnabled(self.record is not None)

    def _update_heading(self) -> None:
        if self.record is None:
            self.heading_label.setText(self.tr("New comparison"))
        else:
            self.heading_label.setText(record_title(COMPARISON, self.record, 120))
