"""The fields of one practice comparison: its aspect, date, summary and themes above a column
per organisation, each practice with the quotes that back it."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.domain.errors import Problem
from counsellor_app.domain.records import Comparison, Practice, Record
from counsellor_app.domain.schema import COMPARISON
from counsellor_app.services.comparisons import Quote, exchange_quotes, quotes_of
from counsellor_app.services.workspace import Workspace
from counsellor_app.ui.common.choices import ChoiceSource
from counsellor_app.ui.common.field_editors import FieldEditor, make_editor, make_error_label
from counsellor_app.ui.common.in_steps import MadeInSteps
from counsellor_app.ui.common.labels import field_label
from counsellor_app.ui.common.problem_text import problem_line, problem_sentence
from counsellor_app.ui.common.reads import LatestRead
from counsellor_app.ui.common.reference_box import ReferenceBox
from counsellor_app.ui.comparisons.comparison_quotes import QuoteListModel
from counsellor_app.ui.comparisons.practice_column import PracticeColumn

# The fields above the columns, in the order shown.
HEAD_FIELDS = ("aspect", "exchange", "observed_on", "transferability", "themes", "summary")
# Where the form is wide (its list folded away), these go beside the others: the practices
# then start higher up, and a laptop's screen shows them with the head.
HEAD_BESIDE = ("themes", "summary")
# Fields made in one turn of the event loop when the form is made in steps.
FIELDS_PER_STEP = 3
# The width, in letters, from which the head lies in two columns.
WIDE_HEAD_LETTERS = 80


class ComparisonForm(QScrollArea, MadeInSteps):
    """Editors for a comparison's fields and its practices side by side; knows whether
    anything was changed."""

    dirty_changed = Signal(bool)
    """The form now differs (True) or no longer differs (False) from what was loaded."""
    edited = Signal()
    """A value, a column or the evidence was changed by the user."""
    sig_open_observation_requested = Signal(str)
    """The user activated a quote of the evidence: show that observation (its id)."""

    def __init__(
        self,
        workspace: Workspace,
        choices: ChoiceSource,
        parent: QWidget | None = None,
        *,
        hidden: tuple[str, ...] = (),
        in_steps: bool = False,
    ) -> None:
        """``in_steps``: the fields are made by ``build_steps``, not now."""
        super().__init__(parent)
        # attributes
        self.workspace = workspace
        self.choices = choices
        self.record: Record | None = None
        self.columns: list[PracticeColumn] = []
        self.editors: dict[str, FieldEditor] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self._hidden = set(hidden)
        self._defaults: dict[str, Any] = {}
        self._baseline: dict[str, Any] = {}
        self._dirty = False
        self._loading = False
        # The exchange's observations, read (in the background) when evidence is first picked.
        self._pool_exchange: str | None = "\0"
        self._pool_loaded = False
        self._pool_reader = LatestRead(workspace, self)
        self._quote_reader = LatestRead(workspace, self)
        # widgets
        self.setObjectName("comparison_form_scroll")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.pool = QuoteListModel(self)
        inner = QWidget(self)
        inner.setObjectName("comparison_form")
        self.general_error = make_error_label(inner, "comparison_form")
        self.head_forms = (QFormLayout(), QFormLayout())
        for form in self.head_forms:
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.head = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        # The head's spacing is left alone: its forms take theirs from it.
        self.head_parts = (QVBoxLayout(), QVBoxLayout())
        for form, part in zip(self.head_forms, self.head_parts, strict=True):
            # Beside a taller neighbour, a part keeps its rows together at the top.
            part.addLayout(form)
            part.addStretch(1)
            self.head.addLayout(part, 1)
        self._inner = inner
        # The fields: all now, or a few at a time (see ``build_steps``).
        self._steps = self._build()
        if not in_steps:
            self.finish_building()

    def _add_head_field(self, name: str) -> None:
        inner = self._inner
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
        self.head_forms[name in HEAD_BESIDE].addRow(label, box)

    def _build(self) -> Iterator[None]:
        inner = self._inner
        names = [name for name in HEAD_FIELDS if name not in self._hidden]
        for made, name in enumerate(names):
            if made and made % FIELDS_PER_STEP == 0:
                yield
            self._add_head_field(name)
        yield
        self.practices_label = QLabel(inner)
        self.practices_label.setObjectName("practices_label")
        font = self.practices_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
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
        # layout
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.general_error)
        inner_layout.addLayout(self.head)
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
        self.setWidget(inner)
        # connections
        for editor in self.editors.values():
            editor.value_changed.connect(self._on_changed)
        self.add_column_button.clicked.connect(self.add_chosen_column)
        self.add_column_action.triggered.connect(self._focus_organisation_box)
        self.organisation_box.text_edit.returnPressed.connect(self.add_chosen_column)
        if "exchange" in self.editors:
            self.editors["exchange"].value_changed.connect(self._on_exchange_changed)
        self.retranslate_ui()

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
        for column in self.columns:
            column.retranslate_ui()
        # Stacked, the two parts of the head keep their labels in one column.
        width = max((label.sizeHint().width() for label in self.labels.values()), default=0)
        for label in self.labels.values():
            label.setMinimumWidth(width)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    # -- the head beside or above ----------------------------------------------------------

    @property
    def head_beside(self) -> bool:
        """True when the head's fields lie in two columns (a wide form)."""
        return self.head.direction() == QBoxLayout.Direction.LeftToRight

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wide = self.fontMetrics().horizontalAdvance("M") * WIDE_HEAD_LETTERS
        width = event.size().width()
        # A margin either way, so a scroll bar coming or going never flips it back and forth.
        if not self.head_beside and width >= wide:
            self.head.setDirection(QBoxLayout.Direction.LeftToRight)
            gap = self.fontMetrics().horizontalAdvance("M") * 2
            self.head_parts[1].setContentsMargins(gap, 0, 0, 0)
        elif self.head_beside and width < wide - 60:
            self.head.setDirection(QBoxLayout.Direction.TopToBottom)
            self.head_parts[1].setContentsMargins(0, 0, 0, 0)

    # -- loading and reading -------------------------------------------------------------------

    def load(self, record: Record | None, defaults: dict[str, Any]) -> None:
        """Shows a comparison, or an empty one (with ``defaults``) for a new record."""
        assert record is None or isinstance(record, Comparison)
        self._loading = True
        self.record = record
        self._defaults = dict(defaults)
        for name, editor in self.editors.items():
            if editor.target:
                editor.set_choices(self.choices.choices(editor.target))
            editor.set_value(getattr(record, name) if record is not None else defaults.get(name))
        self._load_pool(force=True)
        self._show_practices(record.practices if record is not None else ())
        self._loading = False
        self.clear_problems()
        self._baseline = self.values()
        self._set_dirty(False)

    def values_of(self, record: Record) -> dict[str, Any]:
        values = {name: getattr(record, name) for name in self.editors}
        values["practices"] = getattr(record, "practices", ())
        return values

    def set_values(self, values: dict[str, Any]) -> None:
        """Puts values in the editors and the columns as if typed (a recovered draft)."""
        self._loading = True
        for name, value in values.items():
            if name in self.editors:
                self.editors[name].set_value(value)
        if "practices" in values:
            self._show_practices(values["practices"])
        self._loading = False
        self._on_changed()

    def values(self) -> dict[str, Any]:
        values = {name: editor.value() for name, editor in self.editors.items()}
        if "themes" in values:
            values["themes"] = tuple(values["themes"] or ())
        values["practices"] = tuple(column.value() for column in self.columns)
        return values

    def is_dirty(self) -> bool:
        return self._dirty

    def build(self) -> Comparison:
        """The comparison as the form now says it should be (not yet validated)."""
        values = self.values()
        if isinstance(self.record, Comparison):
            return dataclasses.replace(self.record, **values)
        for name in self._hidden:
            values[name] = self._defaults.get(name)
        values["aspect"] = values.get("aspect") or ""
        return Comparison(**values)

    def focus_first(self) -> None:
        self.editors["aspect"].widget.setFocus()

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
        self.ensureWidgetVisible(column)
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

    def _show_practices(self, practices: Iterable[Practice]) -> None:
        """Columns for ``practices``; the quotes of their evidence not yet known are read in
        the background."""
        while self.columns:
            self._drop_column(self.columns[-1])
        practices = tuple(practices)
        known = {q.observation_id: q for q in self._pool_quotes()}
        missing = sorted({i for p in practices for i in p.evidence if i not in known})
        for practice in practices:
            self._add_column(practice.organisation, practice, known, complete=not missing)
        self._after_columns_changed()
        if missing:
            workspace = self.workspace
            self._quote_reader.ask(lambda: quotes_of(workspace, missing), self._quotes_arrived)
        else:
            self._quote_reader.drop()

    def _quotes_arrived(self, quotes: dict[str, Quote]) -> None:
        for column in self.columns:
            column.add_known(quotes, complete=True)

    def _add_column(
        self,
        organisation_id: str,
        practice: Practice | None,
        known: dict[str, Quote],
        *,
        complete: bool = True,
    ) -> PracticeColumn:
        title = self._organisation_title(organisation_id)
        column = PracticeColumn(organisation_id, title, self.pool, self.widget())
        column.before_picking = self._ensure_pool
        column.set_value(practice, dict(known), complete=complete)
        column.changed.connect(self._on_changed)
        column.sig_move_requested.connect(lambda step, c=column: self.move_column(c, step))
        column.sig_remove_requested.connect(lambda c=column: self.remove_column(c))
        column.sig_open_observation_requested.connect(self.sig_open_observation_requested.emit)
        column.attach_button.toggled.connect(
            lambda shown, c=column: self._reveal_picker(c) if shown else None
        )
        self.columns.append(column)
        self.columns_layout.addWidget(column, 1, Qt.AlignmentFlag.AlignTop)
        column.show()
        return column

    def _reveal_picker(self, column: PracticeColumn) -> None:
        """Scrolls the form just enough to show a column's evidence picker whole, once it is
        laid out (it opens under the column, often below the visible part of the form)."""

        def reveal() -> None:
            if column in self.columns and column.picker.isVisible():
                self.ensureWidgetVisible(column.picker, 0, 8)

        QTimer.singleShot(0, self, reveal)

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
        if isinstance(self.record, Comparison):
            return self.record.exchange
        return self._defaults.get("exchange")

    @property
    def pool_loaded(self) -> bool:
        """True once the observations of the exchange chosen are in the pool."""
        return self._pool_loaded

    def _pool_quotes(self) -> list[Quote]:
        return [q for q in (self.pool.quote_at(r) for r in range(self.pool.rowCount())) if q]

    def _load_pool(self, *, force: bool = False) -> None:
        """Marks the pool of quotes for the current exchange; it is read when first needed
        (up to thousands of observations: not merely because a comparison is shown)."""
        scope = self.exchange_scope()
        if not force and scope == self._pool_exchange:
            return
        self._pool_exchange = scope
        self._pool_loaded = False
        self._pool_reader.drop()
        self.pool.set_quotes([])
        if any(column.attach_button.isChecked() for column in self.columns):
            self._ensure_pool()

    def _ensure_pool(self) -> None:
        """Reads the exchange's observations in the background, once; the open pickers
        fill in when they arrive."""
        if self._pool_loaded or self._pool_reader.busy:
            return
        workspace, scope = self.workspace, self._pool_exchange
        self._pool_reader.ask(lambda: exchange_quotes(workspace, scope), self._pool_arrived)

    def _pool_arrived(self, quotes: list[Quote]) -> None:
        self.pool.set_quotes(quotes)
        self._pool_loaded = True
        for column in self.columns:
            column.add_known({q.observation_id: q for q in quotes})
            if column.attach_button.isChecked():
                column.refresh_pool()

    def _on_exchange_changed(self) -> None:
        if not self._loading:
            self._load_pool()

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
            self.ensureWidgetVisible(first)

    # -- changes -------------------------------------------------------------------------------

    def _on_changed(self) -> None:
        if self._loading:
            return
        self._set_dirty(self.values() != self._baseline)
        self.edited.emit()

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)
