"""One organisation's column in a comparison: its practice's texts, then the quotes that back
it, attached by typing words of them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.domain.records import Practice
from counsellor_app.services.comparisons import Quote
from counsellor_app.ui.common.field_editors import long_text_edit, make_error_label
from counsellor_app.ui.common.labels import field_label
from counsellor_app.ui.comparisons.comparison_quotes import QuoteListModel

# The texts of a practice, one row each in every column.
PRACTICE_TEXTS = ("description", "strengths", "challenges")


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
        # Whether every quote the evidence names has been read (those missing are trashed).
        self.complete = True
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

    def set_value(
        self, practice: Practice | None, known: dict[str, Quote], *, complete: bool = True
    ) -> None:
        """Shows a practice; ``known`` holds the quotes read so far (see ``add_known``)."""
        for field in PRACTICE_TEXTS:
            edit = self.edits[field]
            edit.blockSignals(True)
            edit.setPlainText((getattr(practice, field) or "") if practice is not None else "")
            edit.blockSignals(False)
        self.known = known
        self.complete = complete
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

    def add_known(self, quotes: dict[str, Quote], *, complete: bool = False) -> None:
        """Quotes read since the column was filled; with ``complete``, an evidence id still
        unknown is an observation in the trash."""
        self.known.update(quotes)
        self.complete = self.complete or complete
        self._show_evidence()

    def _show_evidence(self) -> None:
        for quote in self.pool_quotes():
            self.known.setdefault(quote.observation_id, quote)
        missing = self.tr("(an observation in the trash)") if self.complete else "…"
        self.evidence_model.set_quotes(
            self.known.get(i) or Quote(i, missing) for i in self.evidence
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
