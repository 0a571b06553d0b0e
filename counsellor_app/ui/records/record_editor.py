"""Editing one record: its form, with the record's history in a second tab, above Save,
Revert and Move to trash (what those do is the editing controller's)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from PySide6.QtWidgets import QTabWidget, QWidget

from counsellor_app.services.workspace import Workspace
from counsellor_app.ui.common.choices import ChoiceSource
from counsellor_app.ui.common.editor_frame import EditorFrame
from counsellor_app.ui.records.history import HistoryPanel
from counsellor_app.ui.records.record_form import RecordForm


class RecordEditor(EditorFrame):
    """A record's form and its history; talks to the record service of its kind."""

    def __init__(
        self,
        kind: str,
        workspace: Workspace,
        choices: ChoiceSource,
        parent: QWidget | None = None,
        *,
        hidden: tuple[str, ...] = (),
        in_steps: bool = False,
    ) -> None:
        """``in_steps``: the form's fields are made by ``build_steps``, not now."""
        super().__init__(kind, workspace, parent)
        # widgets
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName(f"{kind}_editor_tabs")
        self.tabs.setDocumentMode(True)
        self.form = RecordForm(kind, choices, self.tabs, hidden=hidden, in_steps=in_steps)
        self.history_panel = HistoryPanel(workspace, self.tabs, name=f"{kind}_history")
        self.tabs.addTab(self.form, "")
        self.tabs.addTab(self.history_panel, "")
        # layout
        self.set_up(self.form, self.tabs)
        # connections
        self.tabs.currentChanged.connect(lambda _index: self._show_history())
        self.controller.record_shown.connect(lambda _record: self._show_history())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.tabs.setTabText(0, self.tr("Details"))
        self.tabs.setTabText(1, self.tr("History"))
        self.tabs.setAccessibleName(self.tr("Details and history of the record"))
        self.form.retranslate_ui()

    def build_steps(self) -> Iterator[None]:
        """Makes the form's fields a few at a time (see ``RecordForm.build_steps``)."""
        return self.form.build_steps()

    def _show_history(self, *_args: Any) -> None:
        if self.tabs.currentWidget() is self.history_panel:
            record = self.record
            self.history_panel.show_record(record.id if record is not None else None)
