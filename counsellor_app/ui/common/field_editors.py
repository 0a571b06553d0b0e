"""One editor per kind of field of the domain's field table, all with the same small interface."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.domain.records import Practice
from counsellor_app.domain.schema import PRACTICE_FIELDS, FieldSpec, FieldType
from counsellor_app.ui.common.checkable_list import CheckableList
from counsellor_app.ui.common.choices import Choice
from counsellor_app.ui.common.code_lists import (
    CountryBox,
    LanguageBox,
    country_problem,
    language_problem,
)
from counsellor_app.ui.common.date_field import OptionalDateField
from counsellor_app.ui.common.labels import choice_label, field_label
from counsellor_app.ui.common.reference_box import ReferenceBox
from counsellor_app.ui.common.text_edit import LongTextEdit

# The red of what is wrong, under a field.
ERROR_COLOUR = QColor("#d32f2f")


def make_error_label(parent: QWidget, name: str) -> QLabel:
    """The red line under a field that says what is wrong with it."""
    label = QLabel(parent)
    label.setObjectName(f"{name}_error")
    label.setWordWrap(True)
    # Its colour in its palette, not a style sheet: a widget with a style sheet of its own
    # costs a style of its own, worked out again as it is polished and painted.
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, ERROR_COLOUR)
    label.setPalette(palette)
    label.setVisible(False)
    return label


def long_text_edit(parent: QWidget, lines: int) -> QPlainTextEdit:
    """A box for a long text, ``lines`` tall at first, taller as its text grows."""
    return LongTextEdit(parent, lines)


def window_language() -> str:
    """The window's language ("fr"), in which language names are shown."""
    return QLocale().name().split("_")[0]


# Kinds a reference field may create from a name typed in it: a name is all they need.
CREATABLE = frozenset({"theme", "organisation", "person"})

# Long texts that deserve more room than a note.
_TALL = {"text": 6, "summary": 5, "description": 4, "translation": 4}


class FieldEditor(QObject):
    """Edits one field: ``value()`` and ``set_value()`` speak the record's own types."""

    value_changed = Signal()
    """The user changed the value."""
    create_requested = Signal(str)
    """A reference field: the user asked for a new record of that name."""

    def __init__(self, field: FieldSpec, widget: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.widget = widget
        self.widget.setObjectName(f"{field.name}_editor")

    @property
    def target(self) -> str | None:
        return self.field.target

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def set_choices(self, choices: list[Choice]) -> None:
        """Records to choose from (reference fields only)."""

    def await_choices(self) -> None:
        """The records to choose from are being read (reference fields only): the value set
        meanwhile stays, and ``set_choices`` follows."""

    def local_problem(self) -> str | None:
        """What is wrong with the value that the record itself cannot tell (a language that
        is no language), in the window's language; None when nothing is."""
        return None

    def add_created(self, choices: list[Choice], created_id: str) -> None:
        """A record made from a name typed here: among the choices, and chosen."""

    def set_accessible_name(self, text: str) -> None:
        self.widget.setAccessibleName(text)

    def show_problems(self, problems: list[tuple[str, str]]) -> bool:
        """Shows problems with nested paths itself; False leaves them to the form.

        ``problems`` are (path, sentence) pairs, each sentence already in the window's
        language and naming the field it concerns."""
        return False

    def retranslate_ui(self) -> None:
        """Strings of the editor itself (labels come from the form)."""


class LineEditor(FieldEditor):
    def __init__(self, field: FieldSpec, parent: QWidget, *, lines: int | None = None) -> None:
        self.edit = QLineEdit(parent)
        super().__init__(field, self.edit, parent)
        self.edit.setMaxLength(field.limit)
        self.edit.textEdited.connect(lambda _text: self.value_changed.emit())

    def value(self) -> Any:
        text = self.edit.text()
        return text if (text.strip() or self.field.required) else None

    def set_value(self, value: Any) -> None:
        self.edit.setText(value or "")

    def _fit(self, sample: str) -> None:
        self.edit.setMaximumWidth(self.edit.fontMetrics().horizontalAdvance(sample) + 16)


class CountryEditor(FieldEditor):
    """A country from the list (names in the window's language), or its two-letter code;
    kept as the code in capitals."""

    def __init__(self, field: FieldSpec, parent: QWidget, *, lines: int | None = None) -> None:
        self.box = CountryBox(parent, window_language())
        super().__init__(field, self.box, parent)
        self.box.changed.connect(self.value_changed.emit)

    def value(self) -> Any:
        value = self.box.value()
        return value.upper() if isinstance(value, str) and len(value) == 2 else value

    def set_value(self, value: Any) -> None:
        self.box.set_value(value.upper() if isinstance(value, str) else value)

    def local_problem(self) -> str | None:
        return None if self.box.is_valid() else country_problem(self.box.currentText())

    def retranslate_ui(self) -> None:
        self.box.set_display_language(window_language())
        line = self.box.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Type a country or its code"))


class LanguageEditor(FieldEditor):
    """A language from the list (names in the window's language, with their codes), or the
    code of one not in it; what is not a language is refused under the field."""

    def __init__(self, field: FieldSpec, parent: QWidget, *, lines: int | None = None) -> None:
        self.box = LanguageBox(parent, window_language())
        super().__init__(field, self.box, parent)
        self.box.changed.connect(self.value_changed.emit)

    def value(self) -> Any:
        return self.box.value()

    def set_value(self, value: Any) -> None:
        self.box.set_value(value)

    def local_problem(self) -> str | None:
        if self.box.is_valid():
            return None
        return language_problem(self.box.currentText())

    def retranslate_ui(self) -> None:
        self.box.set_display_language(window_language())
        line = self.box.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Type a language or its code"))


class LongTextEditor(FieldEditor):
    def __init__(self, field: FieldSpec, parent: QWidget, *, lines: int | None = None) -> None:
        self.edit = long_text_edit(parent, lines or _TALL.get(field.name, 3))
        super().__init__(field, self.edit, parent)
        self.edit.textChanged.connect(self.value_changed.emit)

    def value(self) -> Any:
        text = self.edit.toPlainText()
        return text if (text.strip() or self.field.required) else None

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText(value or "")


class ChoiceEditor(FieldEditor):
    def __init__(self, field: FieldSpec, parent: QWidget, *, lines: int | None = None) -> None:
        self.combo = QComboBox(parent)
        super().__init__(field, self.combo, parent)
        assert field.choices is not None
        self._values: list[Any] = ([] if field.required else [None]) + list(field.choices)
        for _ in self._values:
            self.combo.addItem("")
        self.combo.currentIndexChanged.connect(lambda _row: self.value_changed.emit())
        self.retranslate_ui()

    def value(self) -> Any:
        return self._values[self.combo.currentIndex()] if self.combo.currentIndex() >= 0 else None

    def set_value(self, value: Any) -> None:
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(self._values.index(value) if value in self._values else 0)
        self.combo.blockSignals(False)

    def retranslate_ui(self) -> None:
        for row, value in enumerate(self._values):
            self.combo.setItemText(row, choice_label(value) if value is not None else "—")


class BoolEditor(FieldEditor):
    def __init__(self, field: FieldSpec, parent: QWidget, *, lines: int | None = None) -> None:
        self.check = QCheckBox(parent)
        super().__init__(field, self.check, parent)
        self.check.toggled.connect(lambda _on: self.value_changed.emit())

    def value(self) -> Any:
        return self.check.isChecked()

    def set_value(self, value: Any) -> None:
        self.check.setChecked(bool(value) if value is not None else True)

    def retranslate_ui(self) -> None:
        self.check.setText(self.tr("Use the name (otherwise role and organisation)"))


class DateEditor(FieldEditor):
    with_time = False

    def __init__(self, field: FieldSpec, parent: QWidget, *, lines: int | None = None) -> None:
        self.date_field = OptionalDateField(parent, with_time=self.with_time, name=field.name)
        super().__init__(field, self.date_field, parent)
        self.date_field.value_changed.connect(self.value_changed.emit)

    def value(self) -> Any:
        return self.date_field.value()

    def set_value(self, value: Any) -> None:
        self.date_field.blockSignals(True)
        self.date_field.set_value(value)
        self.date_field.blockSignals(False)

    def set_accessible_name(self, text: str) -> None:
        self.date_field.set_accessible_name(text)


class TimestampEditor(DateEditor):
    with_time = True


class ReferenceEditor(FieldEditor):
    def __init__(self, field: FieldSpec, parent: QWidget, *, lines: int | None = None) -> None:
        self.box = ReferenceBox(parent)
        super().__init__(field, self.box, parent)
        self.box.can_create = field.target in CREATABLE
        self.box.reference_changed.connect(self.value_changed.emit)
        self.box.create_requested.connect(self.create_requested.emit)

    def value(self) -> Any:
        return self.box.current_id()

    def set_value(self, value: Any) -> None:
        self.box.set_current_id(value, notify=False)

    def set_choices(self, choices: list[Choice]) -> None:
        self.box.set_choices(choices)

    def await_choices(self) -> None:
        self.box.await_choices()

    def add_created(self, choices: list[Choice], created_id: str) -> None:
        self.box.add_created(choices, created_id)

    def retranslate_ui(self) -> None:
        if self.box.can_create:
            self.box.text_edit.setToolTip(
                self.tr("Type to find; Enter on a name not in the list creates it")
            )


class ReferencesEditor(FieldEditor):
    def __init__(self, field: FieldSpec, parent: QWidget, *, lines: int | None = None) -> None:
        self.list = CheckableList(parent, name=field.name)
        super().__init__(field, self.list, parent)
        self.list.set_visible_rows(lines or 5)
        self.list.can_create = field.target in CREATABLE
        self.list.checked_changed.connect(self.value_changed.emit)
        self.list.create_requested.connect(self.create_requested.emit)

    def value(self) -> Any:
        return self.list.checked()

    def set_value(self, value: Any) -> None:
        self.list.blockSignals(True)
        self.list.set_checked(tuple(value or ()))
        self.list.blockSignals(False)

    def set_choices(self, choices: list[Choice]) -> None:
        self.list.blockSignals(True)
        self.list.set_choices(choices)
        self.list.blockSignals(False)

    def set_accessible_name(self, text: str) -> None:
        self.list.set_accessible_name(text)

    def add_created(self, choices: list[Choice], created_id: str) -> None:
        self.list.add_created(choices, created_id)


class PracticeEditor(QWidget):
    """One column of a comparison: an organisation's practice and the notes that back it."""

    changed = Signal()
    """Any part of the practice changed."""

    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.editors: dict[str, FieldEditor] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        # widgets and layout
        layout = QFormLayout(self)
        for field in PRACTICE_FIELDS:
            editor = make_editor(field, self, lines=3)
            editor.widget.setObjectName(f"practice{index}_{field.name}_editor")
            self.editors[field.name] = editor
            label = QLabel(self)
            label.setBuddy(editor.widget)
            self.labels[field.name] = label
            box = QWidget(self)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.setSpacing(1)
            box_layout.addWidget(editor.widget)
            error = make_error_label(box, f"practice{index}_{field.name}")
            box_layout.addWidget(error)
            self.errors[field.name] = error
            layout.addRow(label, box)
            editor.value_changed.connect(self.changed.emit)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for name, label in self.labels.items():
            text = field_label(name)
            required = any(f.required for f in PRACTICE_FIELDS if f.name == name)
            label.setText(text + (" *" if required else ""))
            self.editors[name].set_accessible_name(text)
            self.editors[name].retranslate_ui()

    def value(self) -> Practice:
        values = {name: editor.value() for name, editor in self.editors.items()}
        values["organisation"] = values["organisation"] or ""
        values["description"] = values["description"] or ""
        return Practice(**values)

    def set_value(self, practice: Practice | None) -> None:
        for name, editor in self.editors.items():
            editor.set_value(getattr(practice, name) if practice is not None else None)


class PracticesEditor(FieldEditor):
    """The practices of a comparison, one tab per organisation."""

    def __init__(self, field: FieldSpec, parent: QWidget, *, lines: int | None = None) -> None:
        self.container = QWidget(parent)
        super().__init__(field, self.container, parent)
        # attributes
        self._choices: dict[str, list[Choice]] = {"organisation": [], "observation": []}
        self.practices: list[PracticeEditor] = []
        # widgets
        self.tabs = QTabWidget(self.container)
        self.tabs.setObjectName("practices_tabs")
        self.add_button = QPushButton(self.container)
        self.add_button.setObjectName("add_practice_button")
        self.remove_button = QPushButton(self.container)
        self.remove_button.setObjectName("remove_practice_button")
        # layout
        layout = QVBoxLayout(self.container)
        layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs)
        # connections
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button.clicked.connect(self._remove_clicked)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("Add a practice"))
        self.add_button.setAccessibleName(self.tr("Add a practice"))
        self.remove_button.setText(self.tr("Remove this practice"))
        self.remove_button.setAccessibleName(self.tr("Remove this practice"))
        self._retitle()

    def set_choices_for(self, kind: str, choices: list[Choice]) -> None:
        self._choices[kind] = choices
        for practice in self.practices:
            practice.editors["organisation" if kind == "organisation" else "evidence"].set_choices(
                choices
            )

    def value(self) -> Any:
        return tuple(p.value() for p in self.practices)

    def set_value(self, value: Any) -> None:
        while self.practices:
            self._remove(len(self.practices) - 1)
        for practice in value or ():
            self._add(practice)
        self._retitle()

    def show_problems(self, problems: list[tuple[str, str]]) -> bool:
        for practice in self.practices:
            for label in practice.errors.values():
                label.setVisible(False)
        for path, sentence in problems:
            if not path.startswith("practices["):
                continue
            head, _, name = path.partition("].")
            row = int(head[len("practices[") :])
            name = name.split("[", 1)[0]
            if row < len(self.practices) and name in self.practices[row].errors:
                label = self.practices[row].errors[name]
                label.setText(sentence)
                label.setVisible(True)
                self.tabs.setCurrentIndex(row)
        return True

    def _add(self, practice: Practice | None) -> PracticeEditor:
        editor = PracticeEditor(len(self.practices), self.tabs)
        editor.editors["organisation"].set_choices(self._choices["organisation"])
        editor.editors["evidence"].set_choices(self._choices["observation"])
        editor.set_value(practice)
        editor.changed.connect(self._on_practice_changed)
        self.practices.append(editor)
        self.tabs.addTab(editor, "")
        return editor

    def _remove(self, row: int) -> None:
        editor = self.practices.pop(row)
        self.tabs.removeTab(row)
        editor.deleteLater()

    def _retitle(self) -> None:
        for row, practice in enumerate(self.practices):
            organisation = practice.editors["organisation"].value()
            title = next((t for i, t in self._choices["organisation"] if i == organisation), "")
            self.tabs.setTabText(row, title or self.tr("Practice %1").replace("%1", str(row + 1)))
        self.remove_button.setEnabled(bool(self.practices))

    def _on_practice_changed(self) -> None:
        self._retitle()
        self.value_changed.emit()

    def _add_clicked(self) -> None:
        editor = self._add(None)
        self.tabs.setCurrentWidget(editor)
        self._retitle()
        editor.editors["organisation"].widget.setFocus()
        self.value_changed.emit()

    def _remove_clicked(self) -> None:
        if self.practices:
            self._remove(self.tabs.currentIndex())
            self._retitle()
            self.value_changed.emit()


# The editor of each type of field of the domain's field table: the one place the window
# decides how a type is edited.
class EditorClass(Protocol):
    """What the registry holds: an editor class, made for a field inside ``parent``."""

    def __call__(
        self, field: FieldSpec, parent: QWidget, *, lines: int | None = None
    ) -> FieldEditor: ...


EDITORS: dict[FieldType, EditorClass] = {
    FieldType.SHORT: LineEditor,
    FieldType.LONG: LongTextEditor,
    FieldType.COUNTRY: CountryEditor,
    FieldType.LANGUAGE: LanguageEditor,
    FieldType.ENUM: ChoiceEditor,
    FieldType.BOOL: BoolEditor,
    FieldType.DATE: DateEditor,
    FieldType.TIMESTAMP: TimestampEditor,
    FieldType.REF: ReferenceEditor,
    FieldType.REFS: ReferencesEditor,
    FieldType.PRACTICES: PracticesEditor,
}


def make_editor(field: FieldSpec, parent: QWidget, *, lines: int | None = None) -> FieldEditor:
    """The editor for a field of the domain's field table (``lines``: the height of a long
    text or a list of references)."""
    return EDITORS[field.type](field, parent, lines=lines)
