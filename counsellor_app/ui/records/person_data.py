"""A person's data from the People section: "Export this person's data…" and "Erase this
person…", the latter after a dialog that lists what it will change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.domain.errors import DomainError
from counsellor_app.domain.records import Person
from counsellor_app.ui.common import prompts
from counsellor_app.ui.common.labels import format_timestamp, kind_label, one_line
from counsellor_app.ui.common.operations import Changes, Operation, error_message
from counsellor_app.ui.common.tasks import run_in_background


class ErasureDialog(QDialog):
    """Says what erasing a person changes, and asks whether to go on."""

    def __init__(self, plan: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.plan = plan
        # widgets
        self.setObjectName("erasure_dialog")
        self.heading_label = QLabel(self)
        self.heading_label.setObjectName("erasure_heading")
        self.heading_label.setWordWrap(True)
        font = self.heading_label.font()
        font.setBold(True)
        self.heading_label.setFont(font)
        self.changes_label = QLabel(self)
        self.changes_label.setObjectName("erasure_changes")
        self.changes_label.setWordWrap(True)
        self.changes_label.setTextFormat(Qt.TextFormat.PlainText)
        self.with_quotes_box = QCheckBox(self)
        self.with_quotes_box.setObjectName("erase_quotes_box")
        self.with_quotes_box.setVisible(plan.observations_spoken > 0)
        self.mentions_label = QLabel(self)
        self.mentions_label.setObjectName("erasure_mentions_label")
        self.mentions_label.setWordWrap(True)
        # Read once and never chosen from: plain lines of text.
        self.mentions_list = QPlainTextEdit(self)
        self.mentions_list.setObjectName("erasure_mentions")
        self.mentions_list.setReadOnly(True)
        self.mentions_list.setPlainText(
            "\n".join(
                f"{kind_label(kind)}: {one_line(title, 80)}"
                for kind, _record_id, title in plan.mentions[:200]
            )
        )
        self.mentions_label.setVisible(bool(plan.mentions))
        self.mentions_list.setVisible(bool(plan.mentions))
        self.backups_label = QLabel(self)
        self.backups_label.setObjectName("erasure_backups_label")
        self.backups_label.setWordWrap(True)
        self.backups_label.setVisible(bool(plan.backups))
        self.purge_box = QCheckBox(self)
        self.purge_box.setObjectName("purge_backups_box")
        self.purge_box.setVisible(bool(plan.backups))
        self.buttons = QDialogButtonBox(self)
        self.erase_button = QPushButton(self)
        self.erase_button.setObjectName("erase_button")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("erase_cancel_button")
        self.cancel_button.setDefault(True)
        self.buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        # layout
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.changes_label)
        layout.addWidget(self.with_quotes_box)
        layout.addWidget(self.mentions_label)
        layout.addWidget(self.mentions_list, 1)
        layout.addWidget(self.backups_label)
        layout.addWidget(self.purge_box)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 52)
        # connections
        self.erase_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self.with_quotes_box.toggled.connect(lambda _on: self.retranslate_ui())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        plan = self.plan
        self.setWindowTitle(self.tr("Erase this person"))
        self.heading_label.setText(
            self.tr("Erase %1 and every trace of their name? This cannot be undone.").replace(
                "%1", f"“{plan.name}”"
            )
        )
        if self.with_quotes_box.isChecked():
            spoken = self.tr("Observations they said, erased: %n", "", plan.observations_spoken)
        else:
            spoken = self.tr(
                "Observations they said, kept with “speaker erased”: %n",
                "",
                plan.observations_spoken,
            )
        lines = [
            self.tr(
                "Their record in People, removed from the visits they took part in: %n",
                "",
                plan.visits,
            ),
            spoken,
            self.tr(
                "Observations they recorded, “recorded by” erased: %n",
                "",
                plan.observations_recorded,
            ),
            self.tr("Follow-up actions they own, owner erased: %n", "", plan.actions),
            self.tr("Lines of the history about them, values erased: %n", "", plan.audit_lines),
            self.tr("Unsaved drafts naming them, deleted: %n", "", plan.drafts),
        ]
        if self.with_quotes_box.isChecked() and plan.practices_citing:
            lines.append(
                self.tr(
                    "Comparisons citing their quotes, the quotes taken out: %n",
                    "",
                    plan.practices_citing,
                )
            )
        lines.append(
            self.tr("The search index forgets them.")
            if not plan.physical
            else self.tr(
                "The search index forgets them, and the database file is rewritten so that "
                "no byte of the name is left in it."
            )
        )
        self.changes_label.setText("\n".join(f"• {line}" for line in lines))
        self.with_quotes_box.setText(self.tr("Also erase the observations they said"))
        self.mentions_label.setText(
            self.tr(
                "These records mention the name in their text; they are not changed (edit them "
                "if they are about this person): %n",
                "",
                len(plan.mentions),
            )
        )
        self.mentions_list.setAccessibleName(self.tr("Records that mention the name"))
        newest = format_timestamp(plan.backups[0].taken_at) if plan.backups else ""
        self.backups_label.setText(
            self.tr(
                "Backups taken before still hold the name (the newest: %1): %n",
                "",
                len(plan.backups),
            ).replace("%1", newest)
        )
        self.purge_box.setText(self.tr("Delete those backups too"))
        self.erase_button.setText(self.tr("Erase for good"))
        self.erase_button.setAccessibleName(self.tr("Erase this person for good"))


def ask_erasure(dialog: ErasureDialog) -> tuple[bool, bool] | None:
    """(with quotes, purge backups) when the user confirms, else None (tests replace this)."""
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.with_quotes_box.isChecked(), dialog.purge_box.isChecked()


def ask_export_file(parent: QWidget | None, suggested: str) -> Path | None:
    """Where to write a person's data (tests replace this function)."""
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PersonDataActions", "Export this person's data"),
        suggested,
        "JSON (*.json)",
    )
    return Path(path) if path else None


class PersonDataActions(QObject):
    """The People section's "Export this person's data…" and "Erase this person…": in the
    list's context menu and behind a "Personal data" button beside the form."""

    sig_status_requested = Signal(str)
    """A short message for the status bar."""
    finished = Signal()
    """An export or erasure ended (tests wait on it)."""

    def __init__(self, window: Any, page: Any) -> None:
        super().__init__(page)
        # attributes
        self.window = window
        self.page = page
        self.task: Any = None
        # widgets
        self.export_action = QAction(page)
        self.export_action.setObjectName("export_person_action")
        self.erase_action = QAction(page)
        self.erase_action.setObjectName("erase_person_action")
        self.menu = QMenu(page)
        self.menu.setObjectName("person_data_menu")
        self.menu.addAction(self.export_action)
        self.menu.addAction(self.erase_action)
        self.button = QToolButton(page)
        self.button.setObjectName("person_data_button")
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setMenu(self.menu)
        page.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        page.table.addAction(self.export_action)
        page.table.addAction(self.erase_action)
        page.detail.add_button(self.button)
        # connections
        self.export_action.triggered.connect(self.export_current)
        self.erase_action.triggered.connect(self.erase_current)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.export_action.setText(self.tr("Export this person's data…"))
        self.erase_action.setText(self.tr("Erase this person…"))
        self.button.setText(self.tr("Personal data"))
        self.button.setAccessibleName(self.tr("Export or erase this person's data"))

    def person(self) -> Person | None:
        record = self.page.detail.record
        if not isinstance(record, Person):
            record = self.page.current_record()
        return record if isinstance(record, Person) else None

    def _busy(self) -> bool:
        return self.task is not None and not self.task.done

    def export_current(self) -> Any:
        person = self.person()
        if person is None or self._busy():
            self.sig_status_requested.emit(self.tr("Select a saved person first."))
            return None
        target = ask_export_file(self.page, f"{person.name}.json")
        if target is None:
            return None
        workspace = self.window.workspace

        def work(_progress: Any, _cancelled: Any) -> Any:
            from counsellor_app.services.personal_data import export_person_file

            return export_person_file(workspace, person.id, target)

        def done(_count: Any) -> None:
            self.sig_status_requested.emit(
                self.tr("The data of %1 was exported to %2.")
                .replace("%1", person.name)
                .replace("%2", str(target))
            )
            self.finished.emit()

        self.task = run_in_background(
            work,
            parent=self,
            label=self.tr("Exporting…"),
            dialog_parent=self.window,
            on_done=done,
            on_error=self._failed,
        )
        return self.task

    def erase_current(self) -> Any:
        from counsellor_app.services.personal_data import plan_erasure

        person = self.person()
        if person is None or self._busy():
            self.sig_status_requested.emit(self.tr("Select a saved person first."))
            return None
        if not self.window.maybe_leave():
            return None
        workspace = self.window.workspace
        try:
            plan = plan_erasure(workspace, person.id)
        except DomainError as error:
            prompts.show_error(self.window, self.tr("Not erased"), str(error))
            return None
        dialog = ErasureDialog(plan, self.window)
        try:
            answer = ask_erasure(dialog)
        finally:
            dialog.deleteLater()
        if answer is None:
            return None
        with_quotes, purge_backups = answer

        def work() -> Any:
            from counsellor_app.services.personal_data import erase_person

            return erase_person(
                workspace, person.id, with_quotes=with_quotes, purge_backups=purge_backups
            )

        def done(report: Any) -> None:
            message = self.tr("%1 was erased.").replace("%1", person.name)
            if report.backups_purged:
                message += " " + self.tr("Backups deleted: %n.", "", len(report.backups_purged))
            elif report.plan.backups:
                message += " " + self.tr(
                    "Backups taken before still hold the name: %n.", "", len(report.plan.backups)
                )
            self.sig_status_requested.emit(message)

        # An erasure reaches into every kind (speakers, owners, the audit trail).
        self.task = Operation(
            self.window,
            workspace,
            work,
            Changes.all(),
            label=self.tr("Erasing…"),
            error_title=self.tr("That did not work"),
        )
        self.task.success(done)
        self.task.finished.connect(lambda _succeeded: self.finished.emit())
        return self.task.run()

    def _failed(self, error: Exception) -> None:
        prompts.show_error(
            self.window,
            self.tr("That did not work"),
            error_message(error),
        )
        self.finished.emit()
