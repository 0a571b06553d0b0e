"""What every editor shows around its fields: the record's name above, a status line and
Save, Revert and Move to trash below — all driven by its ``EditController``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from counsellor_app.domain.records import Record
from counsellor_app.services.drafts import Draft
from counsellor_app.services.workspace import Workspace
from counsellor_app.ui.common.editing import EditableForm, EditController
from counsellor_app.ui.common.labels import new_record_label, record_title
from counsellor_app.ui.common.operations import Operation


class EditorFrame(QWidget):
    """A record's editor; subclasses make the fields and hand them to ``set_up``."""

    record_changed = Signal(object)
    """A record was saved (the stored record)."""
    record_removed = Signal(str)
    """A record went to the trash (its id)."""
    dirty_changed = Signal(bool)
    """The editor has (or no longer has) unsaved changes."""

    controller: EditController

    def __init__(self, kind: str, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.kind = kind
        self.workspace = workspace
        self.read_only = workspace.database.read_only
        # widgets
        self.setObjectName(f"{kind}_editor")
        self.heading_label = QLabel(self)
        self.heading_label.setObjectName(f"{kind}_heading")
        font = self.heading_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading_label.setFont(font)
        self.heading_label.setWordWrap(True)
        self.status_label = QLabel(self)
        self.status_label.setObjectName(f"{kind}_status")
        self.status_label.setWordWrap(True)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName(f"{kind}_save_button")
        self.revert_button = QPushButton(self)
        self.revert_button.setObjectName(f"{kind}_revert_button")
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName(f"{kind}_delete_button")
        self.button_row = QHBoxLayout()
        self.heading_row = QHBoxLayout()

    def set_up(self, form: EditableForm, body: QWidget) -> None:
        """Lays out the heading, ``body`` (holding the form) and the buttons, and puts the
        form under a controller. Subclasses call it before ``retranslate_ui``."""
        self.controller = EditController(self.kind, self.workspace, form, self)
        # layout
        layout = QVBoxLayout(self)
        self.heading_row.addWidget(self.heading_label, 1)
        layout.addLayout(self.heading_row)
        layout.addWidget(body, 1)
        # The status on a line of its own: beside three buttons (wider in French or Dutch)
        # a narrow pane left it a word per line.
        layout.addWidget(self.status_label)
        self.button_row.addStretch(1)
        self.button_row.addWidget(self.delete_button)
        self.button_row.addWidget(self.revert_button)
        self.button_row.addWidget(self.save_button)
        layout.addLayout(self.button_row)
        # connections
        controller = self.controller
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.delete_button.clicked.connect(self.delete)
        controller.state_changed.connect(self._update_state)
        controller.status_changed.connect(self.status_label.setText)
        controller.dirty_changed.connect(self.dirty_changed.emit)
        controller.record_changed.connect(self.record_changed.emit)
        controller.record_removed.connect(self.record_removed.emit)
        self._update_state()

    def retranslate_ui(self) -> None:
        self.save_button.setText(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        self.revert_button.setText(self.tr("Revert"))
        self.revert_button.setAccessibleName(self.tr("Revert the changes"))
        self.delete_button.setText(self.tr("Move to trash"))
        self.delete_button.setAccessibleName(self.tr("Move to trash"))
        self._update_heading()

    # -- what a page asks ----------------------------------------------------------------------

    @property
    def record(self) -> Record | None:
        return self.controller.record

    @property
    def defaults(self) -> dict[str, Any]:
        return self.controller.defaults

    @defaults.setter
    def defaults(self, values: dict[str, Any]) -> None:
        self.controller.defaults = dict(values)

    @property
    def busy(self) -> bool:
        return self.controller.busy

    def is_dirty(self) -> bool:
        return self.controller.is_dirty()

    def load(self, record: Record | None) -> None:
        self.controller.load(record)

    def new(self, defaults: dict[str, Any] | None = None) -> None:
        self.controller.new(defaults)

    def recover(self, draft: Draft) -> None:
        self.controller.recover(draft)

    def revert(self) -> None:
        self.controller.revert()

    def save(self) -> bool:
        """Starts saving (see ``EditController.save``)."""
        return self.controller.save()

    def save_and_wait(self) -> bool:
        return self.controller.save_and_wait()

    def delete(self) -> Operation | None:
        return self.controller.delete()

    def maybe_leave(self) -> bool:
        return self.controller.maybe_leave()

    def what(self) -> str:
        return self.controller.what()

    def add_heading_widget(self, widget: QWidget) -> None:
        """Puts a control of the page's own at the end of the heading (e.g. "Hide list")."""
        self.heading_row.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)

    def add_button(self, button: QWidget) -> None:
        """Adds a button of the section's own at the start of the editor's row of buttons."""
        self.button_row.insertWidget(0, button)

    # -- state ---------------------------------------------------------------------------------

    def _update_state(self) -> None:
        controller = self.controller
        self.save_button.setEnabled(controller.can_save())
        self.revert_button.setEnabled(controller.can_revert())
        self.delete_button.setEnabled(controller.can_delete())
        self._update_heading()

    def _update_heading(self) -> None:
        record = self.record
        if record is None:
            self.heading_label.setText(new_record_label(self.kind))
        else:
            self.heading_label.setText(record_title(self.controller.spec, record, 120))
