"""Fast capture (a visit day, laptop on the knee): type what was said, pick the speaker by
three letters, tick themes, Ctrl+Enter — saved at once, and ready for the next remark."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.domain.enums import ObservationKind
from counsellor_app.domain.errors import ValidationError
from counsellor_app.domain.records import Observation, Record
from counsellor_app.services.workspace import Workspace
from counsellor_app.ui.common import prompts
from counsellor_app.ui.common.checkable_list import CheckableList
from counsellor_app.ui.common.choices import ChoiceSource
from counsellor_app.ui.common.code_lists import LanguageBox, language_problem
from counsellor_app.ui.common.create_named import create_named
from counsellor_app.ui.common.drafts import DraftKeeper, draft_store
from counsellor_app.ui.common.field_editors import (
    CREATABLE,
    long_text_edit,
    make_error_label,
    window_language,
)
from counsellor_app.ui.common.labels import choice_label, field_label
from counsellor_app.ui.common.operations import Changes, Operation, show_error
from counsellor_app.ui.common.problem_text import problem_line, problem_sentence
from counsellor_app.ui.common.reference_box import ReferenceBox
from counsellor_app.ui.common.settings import AppSettings

SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")


class CapturePanel(QFrame):
    """Records observations of one exchange, one after the other, from the keyboard only."""

    record_changed = Signal(object)
    """An observation was saved (the stored record)."""
    sig_close_requested = Signal()
    """The user pressed Escape or Close."""

    def __init__(
        self,
        workspace: Workspace,
        choices: ChoiceSource,
        settings: AppSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # attributes
        self.workspace = workspace
        self.choices = choices
        self.settings = settings
        self.exchange_id: str | None = None
        self.saved_count = 0
        self.busy = False
        self.last_save: Operation | None = None
        self._kinds = list(ObservationKind)
        self.drafts = DraftKeeper(draft_store(workspace), self._draft_record, self)
        # widgets
        self.setObjectName("capture_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("capture_title")
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.text_edit = long_text_edit(self, 4)
        self.text_edit.setObjectName("capture_text")
        self.text_error = make_error_label(self, "capture_text")
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("capture_kind")
        for _ in self._kinds:
            self.kind_combo.addItem("")
        self.kind_combo.setCurrentIndex(self._kinds.index(ObservationKind.QUOTE))
        self.speaker_box = ReferenceBox(self)
        self.speaker_box.setObjectName("capture_speaker")
        self.themes_list = CheckableList(self, name="capture_themes")
        self.themes_list.set_visible_rows(4)
        self.language_edit = LanguageBox(self, window_language())
        self.language_edit.setObjectName("capture_language")
        self.translation_edit = long_text_edit(self, 2)
        self.translation_edit.setObjectName("capture_translation")
        self.visit_box = ReferenceBox(self)
        self.visit_box.setObjectName("capture_visit")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("capture_status")
        self.general_error = make_error_label(self, "capture")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("capture_save_button")
        self.save_button.setDefault(False)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("capture_close_button")
        self.labels = {
            name: QLabel(self)
            for name in ("text", "kind", "speaker", "themes", "language", "translation", "visit")
        }
        buddies = {
            "text": self.text_edit,
            "kind": self.kind_combo,
            "speaker": self.speaker_box,
            "themes": self.themes_list.filter_edit,
            "language": self.language_edit,
            "translation": self.translation_edit,
            "visit": self.visit_box,
        }
        for name, label in self.labels.items():
            label.setBuddy(buddies[name])
        # layout
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        text_box = QVBoxLayout()
        text_box.setSpacing(1)
        text_box.addWidget(self.text_edit)
        text_box.addWidget(self.text_error)
        form.addRow(self.labels["text"], text_box)
        row = QHBoxLayout()
        row.addWidget(self.kind_combo)
        row.addWidget(self.labels["speaker"])
        row.addWidget(self.speaker_box, 1)
        form.addRow(self.labels["kind"], row)
        form.addRow(self.labels["themes"], self.themes_list)
        row = QHBoxLayout()
        row.addWidget(self.language_edit)
        row.addWidget(self.labels["visit"])
        row.addWidget(self.visit_box, 1)
        form.addRow(self.labels["language"], row)
        form.addRow(self.labels["translation"], self.translation_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.setTabOrder(self.text_edit, self.kind_combo)
        self.setTabOrder(self.kind_combo, self.speaker_box)
        self.setTabOrder(self.speaker_box, self.themes_list.filter_edit)
        self.setTabOrder(self.themes_list.filter_edit, self.themes_list.list_view)
        self.setTabOrder(self.themes_list.list_view, self.language_edit)
        self.setTabOrder(self.language_edit, self.visit_box)
        self.setTabOrder(self.visit_box, self.translation_edit)
        self.setTabOrder(self.translation_edit, self.save_button)
        self.setTabOrder(self.save_button, self.close_button)
        # connections
        for keys in SAVE_KEYS:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.sig_close_requested.emit)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.sig_close_requested.emit)
        for edit in (self.text_edit, self.translation_edit):
            edit.textChanged.connect(self.drafts.mark_changed)
        self.language_edit.changed.connect(self.drafts.mark_changed)
        self.language_edit.changed.connect(self._update_status)
        # A message about the text goes as soon as the text is changed.
        self.text_edit.textChanged.connect(lambda: self.text_error.setVisible(False))
        self.speaker_box.can_create = "person" in CREATABLE
        self.themes_list.can_create = "theme" in CREATABLE
        self.speaker_box.create_requested.connect(
            lambda name: self._create("person", name, self.speaker_box)
        )
        self.themes_list.create_requested.connect(
            lambda name: self._create("theme", name, self.themes_list)
        )
        self.kind_combo.currentIndexChanged.connect(self.drafts.mark_changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("Capture observations — Ctrl+Enter saves, Esc closes"))
        for name, label in self.labels.items():
            label.setText(field_label(name) + (" *" if name == "text" else ""))
        for row, kind in enumerate(self._kinds):
            self.kind_combo.setItemText(row, choice_label(kind))
        self.text_edit.setAccessibleName(self.tr("What was seen or said"))
        self.text_edit.setPlaceholderText(self.tr("What was seen or said, in its own language"))
        self.kind_combo.setAccessibleName(field_label("kind"))
        self.speaker_box.setAccessibleName(field_label("speaker"))
        self.speaker_box.text_edit.setPlaceholderText(self.tr("Type three letters of a name"))
        self.themes_list.set_accessible_name(field_label("themes"))
        self.language_edit.setAccessibleName(field_label("language"))
        self.language_edit.set_display_language(window_language())
        line = self.language_edit.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Type a language or its code"))
        self.translation_edit.setAccessibleName(field_label("translation"))
        self.visit_box.setAccessibleName(field_label("visit"))
        self.save_button.setText(self.tr("Save and next"))
        self.save_button.setAccessibleName(self.tr("Save and start the next observation"))
        self.save_button.setToolTip(self.tr("Ctrl+Enter"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close fast capture"))
        self._update_status()

    def start(self, exchange_id: str) -> None:
        """Opens the panel for an exchange, the cursor in the text box."""
        if exchange_id != self.exchange_id:
            self.saved_count = 0
            self.visit_box.set_current_id(None, notify=False)
        self.exchange_id = exchange_id
        self.drafts.key = f"capture:{exchange_id}"
        self.text_error.setVisible(False)
        self.general_error.setVisible(False)
        self.speaker_box.set_choices(self.choices.choices("person"))
        self.themes_list.set_choices(self.choices.choices("theme"))
        self.visit_box.set_choices(self.choices.choices("visit", exchange_id))
        self._update_status()
        self.show()
        self.text_edit.setFocus()

    def observation(self) -> Observation:
        """The observation the panel holds, stamped with who recorded it and when."""
        assert self.exchange_id is not None
        translation = self.translation_edit.toPlainText()
        language = self.language_edit.value()
        return Observation(
            exchange=self.exchange_id,
            kind=self._kinds[self.kind_combo.currentIndex()],
            text=self.text_edit.toPlainText(),
            visit=self.visit_box.current_id(),
            language=language or None,
            translation=translation if translation.strip() else None,
            speaker=self.speaker_box.current_id(),
            recorded_by=self.settings.user_name or self.workspace.actor,
            recorded_at=datetime.now().astimezone().replace(microsecond=0),
            themes=self.themes_list.checked(),
        )

    def save(self) -> bool:
        """Saves at once (nothing waits for a later Save) and clears for the next remark; True
        when a save was started."""
        if self.exchange_id is None or self.busy:
            return False
        if self.saved_count and self.is_pristine():
            return False  # a second press after a save: nothing was typed since
        self.text_error.setVisible(False)
        self.general_error.setVisible(False)
        if not self.language_edit.is_valid():
            self.general_error.setText(
                field_label("language") + " " + language_problem(self.language_edit.currentText())
            )
            self.general_error.setVisible(True)
            self.language_edit.setFocus()
            return False
        observation = self.observation()
        self.busy = True
        operation = Operation(
            self,
            self.workspace,
            lambda: self.workspace.observations.create(observation),
            lambda stored: Changes.of({"observation"}, {stored.id}),
        )
        operation.success(lambda stored: self._saved(observation, stored))
        operation.failure(self._not_saved)
        self.last_save = operation.run()
        return True

    def is_pristine(self) -> bool:
        """Nothing typed, chosen or ticked since the panel was cleared."""
        return (
            not self.text_edit.toPlainText().strip()
            and not self.translation_edit.toPlainText().strip()
            and self.speaker_box.current_id() is None
            and not self.themes_list.checked()
        )

    def has_unsaved(self) -> bool:
        """A remark is being typed, or saved right now."""
        return self.busy or bool(self.text_edit.toPlainText().strip())

    def maybe_leave(self) -> bool:
        """Before the window closes or the panel goes: a remark typed is saved or dropped as
        the user says, never lost silently nor left as a draft for a recovery."""
        if self.busy and self.last_save is not None:
            self.last_save.wait()
        if not self.text_edit.toPlainText().strip():
            self.drafts.discard()
            return True
        choice = prompts.ask_save_changes(self, self.tr("The note being captured"))
        if choice is prompts.Choice.SAVE:
            if not self.save() or self.last_save is None:
                return False
            return self.last_save.wait()
        if choice is prompts.Choice.DISCARD:
            self.drafts.discard()
            self.text_edit.clear()
            self.translation_edit.clear()
            self.speaker_box.set_current_id(None)
            self.themes_list.set_checked(())
            self.drafts.discard()
            return True
        return False

    def _create(self, kind: str, name: str, target: ReferenceBox | CheckableList) -> None:
        """A speaker or theme typed that does not exist yet: made, then chosen."""

        def created(stored: Record) -> None:
            target.add_created(self.choices.choices(kind), stored.id)

        create_named(self, self.workspace, kind, name, created)

    def _saved(self, sent: Observation, stored: Observation) -> None:
        self.busy = False
        self.saved_count += 1
        self.drafts.discard()
        # Cleared for the next remark, unless typing went on while it was being saved.
        if self.text_edit.toPlainText() == sent.text:
            self.text_edit.clear()
            self.translation_edit.clear()
            self.speaker_box.set_current_id(None)
            self.themes_list.set_checked(())
            self.themes_list.filter_edit.clear()
        self._update_status()
        self.text_edit.setFocus()
        self.record_changed.emit(stored)

    def _not_saved(self, error: BaseException) -> None:
        self.busy = False
        if not isinstance(error, ValidationError):
            show_error(self, error, self.tr("Not saved"))
            return
        label = field_label("text")
        text_problems = error.problems_for("text")
        if text_problems:
            self.text_error.setText("; ".join(problem_sentence(label, p) for p in text_problems))
            self.text_error.setVisible(True)
        others = [problem_line(p) for p in error.problems if p.path != "text"]
        if others:
            self.general_error.setText("\n".join(others))
            self.general_error.setVisible(True)
        self.text_edit.setFocus()

    def _draft_record(self) -> Observation | None:
        """The remark being typed, kept as a draft until it is saved (None when empty)."""
        if self.exchange_id is None or not self.text_edit.toPlainText().strip():
            return None
        return self.observation()

    def _update_status(self) -> None:
        text = self.tr("Saved since the panel opened: %n", "", self.saved_count)
        # The language stays from one note to the next: said, so no note is labelled unseen.
        language = self.language_edit.value() if self.language_edit.is_valid() else None
        if language and self.saved_count:
            text += " · " + self.tr("the next note is in %1 too").replace(
                "%1", self.language_edit.currentText()
            )
        self.status_label.setText(text)
