"""A form for any kind of record, built from the domain's field table, with problems shown
next to the fields they concern."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from counsellor_app.domain.errors import DomainError, Problem, ValidationError
from counsellor_app.domain.records import Record
from counsellor_app.domain.schema import BY_KEY, FieldSpec, FieldType
from counsellor_app.domain.validation import validate
from counsellor_app.ui.common.choices import SCOPED_KINDS, ChoiceSource
from counsellor_app.ui.common.create_named import create_named
from counsellor_app.ui.common.field_editors import (
    DateEditor,
    FieldEditor,
    PracticesEditor,
    make_editor,
    make_error_label,
)
from counsellor_app.ui.common.in_steps import MadeInSteps
from counsellor_app.ui.common.labels import field_label
from counsellor_app.ui.common.operations import Operation
from counsellor_app.ui.common.problem_text import field_at, problem_line, problem_sentence

# Fields the window fills in itself and does not show (who recorded a note is in the settings).
HIDDEN: dict[str, tuple[str, ...]] = {}
# Fields made in one turn of the event loop when a form is made in steps.
FIELDS_PER_STEP = 3


def _field_of(problem: Problem) -> str:
    """The field a problem is about: "practices" for "practices[0].evidence[1]"."""
    return problem.path.split("[", 1)[0].split(".", 1)[0]


class RecordForm(QWidget, MadeInSteps):
    """Editors for every field of one kind of record; knows whether anything was changed."""

    dirty_changed = Signal(bool)
    """The form now differs (True) or no longer differs (False) from what was loaded."""
    edited = Signal()
    """A value was changed (by the user, not by loading a record)."""

    def __init__(
        self,
        kind: str,
        choices: ChoiceSource,
        parent: QWidget | None = None,
        *,
        hidden: Iterable[str] = (),
        in_steps: bool = False,
    ) -> None:
        """``in_steps``: the fields are made by ``build_steps``, not now."""
        super().__init__(parent)
        # attributes
        self.spec = BY_KEY[kind]
        self.choices = choices
        self.record: Record | None = None
        self.editors: dict[str, FieldEditor] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self._baseline: dict[str, Any] = {}
        self._defaults: dict[str, Any] = {}
        self._dirty = False
        self._loading = False
        self._hidden = set(hidden) | set(HIDDEN.get(kind, ()))
        # The newest asking for an exchange's records to choose from (older answers dropped).
        self._scope_asked: object | None = None
        # widgets
        self.setObjectName(f"{kind}_form")
        self.general_error = make_error_label(self, f"{kind}_form")
        self._inner = QWidget(self)
        self._rows = QFormLayout(self._inner)
        self._rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._rows.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName(f"{kind}_form_scroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QWidget(self)
        outer_layout = QVBoxLayout(outer)
        outer_layout.setContentsMargins(0, 0, 0, 0)
        outer_layout.addWidget(self._inner)
        outer_layout.addStretch(1)
        self.scroll_area.setWidget(outer)
        # layout
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.general_error)
        layout.addWidget(self.scroll_area)
        # The fields: all now, or a few at a time (see ``build_steps``).
        self._steps = self._build_fields()
        if not in_steps:
            self.finish_building()

    def _build_fields(self) -> Iterator[None]:
        made = 0
        for field in self.spec.fields:
            if field.name in self._hidden:
                continue
            if made and made % FIELDS_PER_STEP == 0:
                yield
            self._add_field(field)
            made += 1
        if "exchange" in self.editors:
            self.editors["exchange"].value_changed.connect(self._on_exchange_chosen)
        self.retranslate_ui()
        # The lists to choose from, read now on the reading thread: opening a record then
        # finds them read instead of reading them on the GUI thread.
        self.choices.warm(self._chosen_kinds(), self)

    def _add_field(self, field: FieldSpec) -> None:
        """A field's row: its label, its editor and the line under it for its problems."""
        inner = self._inner
        editor = make_editor(field, inner)
        self.editors[field.name] = editor
        label = QLabel(inner)
        label.setObjectName(f"{field.name}_label")
        label.setBuddy(editor.widget)
        self.labels[field.name] = label
        box = QWidget(inner)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.setSpacing(1)
        box_layout.addWidget(editor.widget)
        error = make_error_label(box, field.name)
        box_layout.addWidget(error)
        self.errors[field.name] = error
        self._rows.addRow(label, box)
        # connections
        editor.value_changed.connect(self._on_value_changed)
        editor.value_changed.connect(partial(self._recheck, field.name))
        editor.create_requested.connect(partial(self.create_for, field.name))
        if isinstance(editor, DateEditor):
            editor.date_field.set_hint(partial(self.date_hint, field.name))

    def _chosen_kinds(self) -> set[str]:
        kinds: set[str] = set()
        for editor in self.editors.values():
            if isinstance(editor, PracticesEditor):
                kinds.add("organisation")
            elif editor.target:
                kinds.add(editor.target)
        return kinds - SCOPED_KINDS

    def retranslate_ui(self) -> None:
        for name, label in self.labels.items():
            field = self.spec.field(name)
            text = field_label(name)
            label.setText(text + (" *" if field.required else ""))
            self.editors[name].set_accessible_name(text)
            self.editors[name].retranslate_ui()

    # -- loading and reading -------------------------------------------------------------------

    @property
    def first_editor(self) -> QWidget:
        return next(iter(self.editors.values())).widget

    def focus_first(self) -> None:
        self.first_editor.setFocus()

    def exchange_scope(self, defaults: dict[str, Any] | None = None) -> str | None:
        """The exchange whose visits and observations may be chosen in this form."""
        if self.spec.key == "exchange":
            return self.record.id if self.record else None
        if self.record is not None and getattr(self.record, "exchange", None):
            return str(self.record.exchange)  # type: ignore[attr-defined]
        return (defaults or {}).get("exchange")

    def date_hint(self, name: str) -> date | None:
        """Where the calendar of an empty date opens: an end just after its start; any other
        date of a record of an exchange (a visit, a comparison) at the exchange's dates."""
        if name == "end" and "start" in self.editors:
            start = self.editors["start"].value()
            if start is not None:
                return start if isinstance(start, date) else None
        if self.spec.key == "exchange":
            return None
        exchange_id = None
        if "exchange" in self.editors:
            exchange_id = self.editors["exchange"].value()
        exchange_id = exchange_id or self.exchange_scope(self._defaults)
        if not exchange_id:
            return None
        try:
            exchange = self.choices.workspace.exchanges.get(exchange_id)
        except DomainError:
            return None
        day = exchange.start or exchange.end
        return day if isinstance(day, date) else None

    def refresh_choices(self, defaults: dict[str, Any] | None = None) -> None:
        scope = self.exchange_scope(defaults)
        for editor in self.editors.values():
            if isinstance(editor, PracticesEditor):
                editor.set_choices_for("organisation", self.choices.choices("organisation"))
                editor.set_choices_for("observation", self.choices.choices("observation", scope))
            elif editor.target and editor.target not in SCOPED_KINDS:
                editor.set_choices(self.choices.choices(editor.target, scope))
        self._choose_within(scope)

    def _choose_within(self, scope: str | None, *, keep: bool = True) -> None:
        """The records of the exchange ``scope`` to choose from (its visits, say): at once
        when they are read, else read on the reading thread; meanwhile each field keeps its
        value (unless not ``keep``: one of another exchange), shown once they come."""
        self._scope_asked = asked = object()
        scoped = [
            e
            for e in self.editors.values()
            if e.target in SCOPED_KINDS and not isinstance(e, PracticesEditor)
        ]
        waiting = [e for e in scoped if not self.choices.is_read(e.target or "", scope)]
        for editor in scoped:
            if editor in waiting:
                editor.await_choices()
                if not keep:
                    editor.set_value(None)
            else:
                editor.set_choices(self.choices.choices(editor.target or "", scope))
        if not waiting:
            return

        def read() -> None:
            if asked is not self._scope_asked:
                return  # another record or exchange since
            if not all(self.choices.is_read(e.target or "", scope) for e in waiting):
                self._choose_within(scope)  # dropped by a change meanwhile: read again
                return
            self._fill(waiting, scope)

        kinds = {e.target or "" for e in waiting}
        self.choices.read_scoped(scope, self, read, kinds)

    def _fill(self, editors: list[FieldEditor], scope: str | None) -> None:
        """Gives fields the choices they waited for; what was loaded stays loaded (the form
        is no more changed than it was)."""
        before = self.values()
        loading, self._loading = self._loading, True
        try:
            for editor in editors:
                editor.set_choices(self.choices.choices(editor.target or "", scope))
        finally:
            self._loading = loading
        after = self.values()
        for name, value in after.items():
            if value != before[name] and self._baseline.get(name) == before[name]:
                self._baseline[name] = value  # a choice no longer there: not a change
        self._set_dirty(after != self._baseline)

    def create_for(self, name: str, title: str) -> Operation | None:
        """Makes a record of the kind the field ``name`` refers to, called ``title``, and
        chooses it there (a theme typed in an observation's themes)."""
        editor = self.editors[name]
        kind = editor.target
        if kind is None:
            return None

        def created(stored: Record) -> None:
            editor.add_created(self.choices.choices(kind, self.exchange_scope()), stored.id)

        return create_named(self, self.choices.workspace, kind, title, created)

    def _on_exchange_chosen(self) -> None:
        """Another exchange chosen: its visits (say) are the ones to choose from now; a visit
        of the exchange chosen before is no longer chosen."""
        if self._loading:
            return
        self._choose_within(self.editors["exchange"].value() or None, keep=False)
        self._on_value_changed()

    def load(self, record: Record | None, defaults: dict[str, Any] | None = None) -> None:
        """Shows a record, or an empty form (with ``defaults``) for a new one."""
        self._loading = True
        self.record = record
        self._defaults = dict(defaults or {})
        self.refresh_choices(defaults)
        for name, editor in self.editors.items():
            value = getattr(record, name) if record is not None else (defaults or {}).get(name)
            editor.set_value(value)
        self._loading = False
        self.clear_problems()
        # A new record counts as changed only once the user types something.
        self._baseline = self.values()
        self._set_dirty(False)

    def set_values(self, values: dict[str, Any]) -> None:
        """Puts values in the editors as if typed (a recovered draft); the form turns dirty
        where they differ from what was loaded."""
        for name, value in values.items():
            if name in self.editors:
                self.editors[name].set_value(value)
        self._set_dirty(self.values() != self._baseline)

    def values(self) -> dict[str, Any]:
        return {name: editor.value() for name, editor in self.editors.items()}

    def values_of(self, record: Record) -> dict[str, Any]:
        """A record's values as the editors hold them (to fill the form with a draft)."""
        return {name: getattr(record, name) for name in self.editors}

    def is_dirty(self) -> bool:
        return self._dirty

    def build(self) -> Record:
        """The record as the form now says it should be (not yet validated)."""
        values = self.values()
        for name, value in values.items():
            # A value left alone keeps its stored precision (e.g. seconds of a timestamp).
            if self.record is not None and value == self._baseline.get(name):
                values[name] = getattr(self.record, name)
            elif self.spec.field(name).type is FieldType.REFS:
                values[name] = tuple(value)
        for name in self._hidden:
            if name in self.spec.names and self.record is None:
                values[name] = self._defaults.get(name)
        if self.record is not None:
            return dataclasses.replace(self.record, **values)
        for field in self.spec.fields:
            if field.required and values.get(field.name) is None and field.name in values:
                values[field.name] = ""
        return self.spec.record(**values)

    # -- problems ------------------------------------------------------------------------------

    def clear_problems(self) -> None:
        self.general_error.setVisible(False)
        for label in self.errors.values():
            label.setVisible(False)
        for editor in self.editors.values():
            editor.show_problems([])

    def show_problems(self, problems: Iterable[Problem]) -> None:
        """Each message under its field; those about no field shown above the form."""
        self.clear_problems()
        by_field: dict[str, list[Problem]] = {}
        general: list[str] = []
        for problem in problems:
            name = _field_of(problem)
            if name in self.editors:
                by_field.setdefault(name, []).append(problem)
            else:
                general.append(problem_line(problem))
        first: QWidget | None = None
        for name, found in by_field.items():
            editor = self.editors[name]
            # An editor showing nested problems itself gets each as a sentence naming the
            # field it concerns (the organisation of a practice, say).
            sentences = [(p.path, self._sentence(field_at(p.path), p)) for p in found]
            if editor.show_problems(sentences):
                continue
            label = self.errors[name]
            label.setText("\n".join(self._sentence(name, p) for p in found))
            label.setVisible(True)
            first = first or editor.widget
        if general:
            self.general_error.setText("\n".join(general))
            self.general_error.setVisible(True)
        if first is not None:
            self.scroll_area.ensureWidgetVisible(first)

    def local_problems(self) -> list[Problem]:
        """Problems the editors see that the record cannot tell (a language that is none)."""
        found = []
        for name, editor in self.editors.items():
            problem = editor.local_problem()
            if problem is not None:
                found.append(Problem(name, problem))
        return found

    def _recheck(self, name: str) -> None:
        """A field showing a problem was changed: its message goes once the value is right,
        or says what is still wrong, without waiting for the next save."""
        label = self.errors.get(name)
        if self._loading or label is None or label.isHidden():
            return
        try:
            validate(self.build())
        except ValidationError as error:
            still = [p for p in error.problems if _field_of(p) == name]
        except Exception:  # a value the record cannot even hold: the save will tell
            return
        else:
            still = []
        still += [p for p in self.local_problems() if p.path == name]
        if still:
            label.setText("\n".join(self._sentence(name, p) for p in still))
        else:
            label.setVisible(False)

    def _sentence(self, name: str, problem: Problem) -> str:
        """The problem as a sentence about the field ``name``, in the window's language."""
        return problem_sentence(field_label(name), problem)

    # -- changes -------------------------------------------------------------------------------

    def _on_value_changed(self) -> None:
        if not self._loading:
            self._set_dirty(self.values() != self._baseline)
            self.edited.emit()

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)
