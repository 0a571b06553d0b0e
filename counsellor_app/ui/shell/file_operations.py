"""The File menu's work — import, export, CSV, backup — run off the GUI thread with a progress
dialog that can be cancelled; problems of a bad file shown with their places in the file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from counsellor_app.domain.errors import ValidationError
from counsellor_app.services.workspace import Workspace
from counsellor_app.ui.common.operations import Changes, Operation, show_error
from counsellor_app.ui.common.tasks import BackgroundTask, run_in_background
from counsellor_app.ui.shell.problems_dialog import ProblemsDialog

if TYPE_CHECKING:
    # Imported when a file is first read or written, not when the window starts.
    from counsellor_app.services.interchange import ImportReport


class FileOperations(QObject):
    """Starts file work for the window and reports how it ended."""

    sig_status_requested = Signal(str)
    """A short message for the status bar."""
    task_finished = Signal()
    """A file task ended, one way or another (tests wait on it)."""

    def __init__(self, workspace: Workspace, window: QWidget) -> None:
        super().__init__(window)
        # attributes
        self.workspace = workspace
        self.window = window
        self.task: BackgroundTask | None = None
        self.problems_dialog: ProblemsDialog | None = None

    @property
    def busy(self) -> bool:
        return self.task is not None and not self.task.done

    # -- asking for a file ---------------------------------------------------------------------

    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import a file"), "", self.tr("Exchange Notes files (*.json)")
        )
        if path:
            self.import_file(Path(path))

    def ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export everything"),
            "exchange-notes.json",
            self.tr("Exchange Notes files (*.json)"),
        )
        if path:
            self.export_file(Path(path))

    def ask_export_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export observations for a spreadsheet"),
            "observations.csv",
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.export_csv(Path(path))

    # -- the work ------------------------------------------------------------------------------

    def import_file(self, path: Path, *, example: bool = False) -> Operation | None:
        """Imports a file in the background, with a progress dialog that can cancel it; a
        bad file's problems are listed with their places in it."""
        from counsellor_app.services import interchange

        if self.busy:
            self.sig_status_requested.emit(self.tr("Wait for the current task to finish."))
            return None
        workspace = self.workspace
        operation = Operation(
            self.window,
            workspace,
            lambda progress, cancelled: interchange.import_file(
                workspace, path, progress=progress, cancelled=cancelled
            ),
            Changes.all(),
            label=self.tr("Importing %1…").replace("%1", path.name),
            progress=True,
        )
        operation.success(lambda report: self._finish(self._imported, report, example))
        operation.failure(lambda error: self._failed(error, path.name))
        self.task = operation.run().task
        return operation

    def export_file(self, path: Path) -> BackgroundTask | None:
        from counsellor_app.services import interchange

        workspace = self.workspace
        return self._start(
            lambda _p, _c: interchange.export_file(workspace, path),
            self.tr("Exporting to %1…").replace("%1", path.name),
            on_done=lambda _count: self._done(
                self.tr("Exported everything to %1.").replace("%1", str(path))
            ),
        )

    def export_csv(self, path: Path) -> BackgroundTask | None:
        from counsellor_app.services import interchange

        workspace = self.workspace
        return self._start(
            lambda _p, _c: interchange.export_csv(workspace, path),
            self.tr("Exporting observations to %1…").replace("%1", path.name),
            on_done=lambda count: self._done(
                self.tr("Observations exported to %1: %n", "", int(count or 0)).replace(
                    "%1", str(path)
                )
            ),
        )

    def backup_now(self) -> BackgroundTask | None:
        from counsellor_app.services import backups

        workspace = self.workspace
        return self._start(
            lambda _p, _c: backups.backup_now(workspace),
            self.tr("Backing up the database…"),
            on_done=lambda target: self._done(
                self.tr("Backed up to %1.").replace("%1", str(target))
            ),
        )

    # -- endings -------------------------------------------------------------------------------

    def _start(
        self, work: Any, label: str, *, on_done: Any, file_name: str = ""
    ) -> BackgroundTask | None:
        if self.busy:
            self.sig_status_requested.emit(self.tr("Wait for the current task to finish."))
            return None
        self.task = run_in_background(
            work,
            parent=self,
            label=label,
            dialog_parent=self.window,
            on_done=lambda result: self._finish(on_done, result),
            on_error=lambda error: self._failed(error, file_name),
        )
        return self.task

    def _finish(self, on_done: Any, result: Any, *args: Any) -> None:
        on_done(result, *args)
        self.task_finished.emit()

    def _done(self, message: str) -> None:
        self.sig_status_requested.emit(message)

    def _imported(self, report: ImportReport, example: bool) -> None:
        if example:
            self.sig_status_requested.emit(self.tr("The example exchange is loaded."))
        else:
            self.sig_status_requested.emit(report.summary())

    def _failed(self, error: BaseException, file_name: str) -> None:
        from counsellor_app.services.interchange import ImportCancelled

        if isinstance(error, ImportCancelled):
            self.sig_status_requested.emit(str(error))
        elif isinstance(error, ValidationError):
            self.problems_dialog = ProblemsDialog(error.problems, file_name, self.window)
            self.problems_dialog.open()
        else:
            show_error(self.window, error)
        self.task_finished.emit()
