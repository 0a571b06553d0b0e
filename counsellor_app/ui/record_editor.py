"""Editing one record: the form with Save, Revert and Delete, and what happens on each —
problems next to fields, conflicts resolved in a dialog, drafts kept while typing, the
record's history in a tab, nothing lost without asking."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from counsellor_app.domain.errors import (
    ConflictError,
    DomainError,
    NotFoundError,
    ValidationError,
)
from counsellor_app.domain.records import Record
from counsellor_app.services.drafts import Draft
from counsellor_app.services.workspace import Workspace
from counsellor_app.ui import conflict_dialog, prompts
from counsellor_app.ui.choices import ChoiceSource
from counsellor_app.ui.drafts import DraftKeeper, draft_store, save_base, stored_under
from counsellor_app.ui.history import HistoryPanel
from counsellor_app.ui.labels import kind_label, new_record_label, record_title
from counsellor_app.ui.record_form import RecordForm


class RecordEditor(QWidget):
    """A record's form and its buttons; talks to the record service of its kind."""

    record_changed = Signal(object)
    """A record was saved (the stored record) — lists showing it should refresh."""
    record_removed = Signal(str)
    """A record went to the trash (its id)."""
    dirty_changed = Signal(bool)
    """The form has (or no longer has) unsaved changes."""

    def __init__(
        self,
        kind: str,
        workspace: Workspace,
        choices: ChoiceSource,
        parent: QWidget | None = None,
        *,
        hidden: tuple[str, ...] = (),
    ) -> None:
        super().__init__(parent)
        # attributes
        self.kind = kind
        self.workspace = workspace
        self.service = workspace.service_for(kind)
        self.defaults: dict[str, Any] = {}
        self.read_only = workspace.database.read_only
        self.drafts = DraftKeeper(draft_store(workspace), self._draft_record, self)
        # widgets
        self.setObjectName(f"{kind}_editor")
        self.heading_label = QLabel(self)
        self.heading_label.setObjectName(f"{kind}_heading")
        font = self.heading_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading_label.setFont(font)
        self.heading_label.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName(f"{kind}_editor_tabs")
        self.tabs.setDocumentMode(True)
        self.form = RecordForm(kind, choices, self.tabs, hidden=hidden)
        self.form.setEnabled(not self.read_only)
        self.history_panel = HistoryPanel(workspace, self.tabs, name=f"{kind}_history")
        self.tabs.addTab(self.form, "")
        self.tabs.addTab(self.history_panel, "")
        self.status_label = QLabel(self)
        self.status_label.setObjectName(f"{kind}_status")
        self.status_label.setWordWrap(True)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName(f"{kind}_save_button")
        self.revert_button = QPushButton(self)
        self.revert_button.setObjectName(f"{kind}_revert_button")
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName(f"{kind}_delete_button")
        # layout
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.tabs, 1)
        # The status on a line of its own: beside three buttons (wider in French or Dutch)
        # a narrow pane left it a word per line.
        layout.addWidget(self.status_label)
        buttons = QHBoxLayout()
        self.button_row = buttons
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        # connections
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.delete_button.clicked.connect(self.delete)
        self.form.dirty_changed.connect(self._on_dirty_changed)
        for editor in self.form.editors.values():
            editor.value_changed.connect(self.drafts.mark_changed)
        self.tabs.currentChanged.connect(lambda _index: self._show_history())
        self.retranslate_ui()
        self._update_buttons()

    def retranslate_ui(self) -> None:
        self.save_button.setText(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        self.revert_button.setText(self.tr("Revert"))
        self.revert_button.setAccessibleName(self.tr("Revert the changes"))
        self.delete_button.setText(self.tr("Move to trash"))
        self.delete_button.setAccessibleName(self.tr("Move to trash"))
        self.tabs.setTabText(0, self.tr("Details"))
        self.tabs.setTabText(1, self.tr("History"))
        self.tabs.setAccessibleName(self.tr("Details and history of the record"))
        self.form.retranslate_ui()
        self._update_heading()

    # -- what the page asks --------------------------------------------------------------------

    @property
    def record(self) -> Record | None:
        return self.form.record

    def is_dirty(self) -> bool:
        return self.form.is_dirty()

    def load(self, record: Record | None) -> None:
        self.form.load(record, self.defaults)
        self.drafts.key = f"{self.kind}:{record.id if record else 'new-' + uuid.uuid4().hex[:12]}"
        self.status_label.clear()
        self._update_heading()
        self._update_buttons()
        self._show_history()

    def recover(self, draft: Draft) -> None:
        """Fills the form with a draft left by a crash; saving it goes through the usual
        checks, a conflict included when the record changed meanwhile."""
        stored = stored_under(self.service, draft)
        self.load(stored)
        self.form.record = save_base(stored, draft)
        self.drafts.key = draft.key
        self.form.set_values({name: getattr(draft.record, name) for name in self.form.editors})
        self.drafts.mark_changed()
        self.status_label.setText(self.tr("Recovered unsaved work — check it, then save."))

    def new(self, defaults: dict[str, Any] | None = None) -> None:
        """An empty form for a new record, the cursor in its first field."""
        if defaults is not None:
            self.defaults = defaults
        self.load(None)
        self.form.first_editor.setFocus()

    def reload(self) -> None:
        """Reads the record again from the database (after a conflict, or to undo)."""
        record = self.record
        if record is None:
            self.load(None)
            return
        try:
            self.load(self.service.get(record.id))
        except NotFoundError:
            self.load(None)

    def what(self) -> str:
        """The record named for messages: "Person “Guillaume”"."""
        record = self.record
        label = kind_label(self.kind)
        if record is None:
            return self.tr("The new %1").replace("%1", label.lower())
        return f"{label} “{record_title(self.service.spec, record, 40)}”"

    def maybe_leave(self) -> bool:
        """Before the form shows something else: True when it may (saved or discarded)."""
        if not self.is_dirty():
            return True
        choice = prompts.ask_save_changes(self, self.what())
        if choice is prompts.Choice.SAVE:
            return self.save()
        if choice is prompts.Choice.DISCARD:
            self.revert()
            return True
        return False

    # -- actions -------------------------------------------------------------------------------

    def save(self) -> bool:
        """Saves the form; problems go next to their fields. True when saved."""
        record = self.form.build()
        if self.record is None:
            return self._store(record, lambda: self.service.create(record))
        return self._store(record, lambda: self.service.update(record))

    def _store(self, record: Record, write: Callable[[], Record]) -> bool:
        """Runs a write; on failure the form keeps what was typed (and stays dirty)."""
        try:
            stored = write()
        except ValidationError as error:
            self.form.show_problems(error.problems)
            self.status_label.setText(self.tr("Not saved: see the messages in red."))
            return False
        except ConflictError as error:
            self.status_label.setText(self.tr("Not saved: changed by someone else."))
            return self._resolve_conflict(record, error)
        except DomainError as error:
            self.status_label.setText(self.tr("Not saved — what you typed is still here."))
            prompts.show_error(self, self.tr("Not saved"), str(error))
            return False
        self.drafts.discard()
        self.form.choices.invalidate()
        self.load(stored)
        self.status_label.setText(self.tr("Saved."))
        self.record_changed.emit(stored)
        return True

    def _resolve_conflict(self, mine: Record, error: ConflictError) -> bool:
        """Shows both versions; keeps mine, takes theirs or saves mine as a new record."""
        theirs = error.current if isinstance(error.current, Record) else None
        if theirs is not None and theirs.deleted_at is not None:
            theirs = None
        dialog = conflict_dialog.ConflictDialog(
            self.service.spec, mine, theirs, str(error), self.form.choices, self
        )
        choice = conflict_dialog.ask(dialog)
        dialog.deleteLater()
        Choice = conflict_dialog.ConflictChoice
        if choice is Choice.KEEP_MINE and theirs is not None:
            overwrite = dataclasses.replace(mine, version=theirs.version)
            return self._store(overwrite, lambda: self.service.update(overwrite))
        if choice is Choice.SAVE_AS_NEW:
            copy = dataclasses.replace(mine, id="", version=0)
            return self._store(copy, lambda: self.service.create(copy))
        if choice is Choice.TAKE_THEIRS:
            self.drafts.discard()
            self.load(theirs)
            self.status_label.setText(self.tr("The stored version is shown; yours was dropped."))
        return False

    def revert(self) -> None:
        self.drafts.discard()
        self.load(self.record)

    def delete(self) -> bool:
        record = self.record
        if record is None:
            self.load(None)
            return False
        try:
            moved = self.service.delete(record.id)
        except DomainError as error:
            prompts.show_error(self, self.tr("Not moved to the trash"), str(error))
            return False
        self.form.choices.invalidate()
        self.load(None)
        if moved > 1:
            self.status_label.setText(
                self.tr("Moved to the trash, with the records that belong to it: %n", "", moved - 1)
            )
        else:
            self.status_label.setText(self.tr("Moved to the trash."))
        self.record_removed.emit(record.id)
        return True

    # -- state ---------------------------------------------------------------------------------

    def _on_dirty_changed(self, dirty: bool) -> None:
        if dirty:
            self.status_label.setText(self.tr("Changed — not saved yet."))
        self._update_buttons()
        self.dirty_changed.emit(dirty)

    def add_button(self, button: QWidget) -> None:
        """Adds a button of the section's own at the start of the form's row of buttons."""
        self.button_row.insertWidget(0, button)

    def _update_buttons(self) -> None:
        dirty = self.is_dirty()
        writable = not self.read_only
        self.save_button.setEnabled(writable and (dirty or self.record is None))
        self.revert_button.setEnabled(dirty)
        self.delete_button.setEnabled(writable and self.record is not None)

    def _draft_record(self) -> Record | None:
        """What the draft keeps: the form as typed, or None once it matches what is stored."""
        return self.form.build() if self.form.is_dirty() else None

    def _show_history(self) -> None:
        if self.tabs.currentWidget() is self.history_panel:
            record = self.record
            self.history_panel.show_record(record.id if record is not None else None)

    def _update_heading(self) -> None:
        record = self.record
        if record is None:
            self.heading_label.setText(new_record_label(self.kind))
        else:
            self.heading_label.setText(record_title(self.service.spec, record, 120))
