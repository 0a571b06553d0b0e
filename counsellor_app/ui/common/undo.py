"""Undo and redo of what was done to records since the program started: moves to the trash,
restores and saves.

Every write is an operation (``ui.common.operations``); one that can be reversed carries
``reverse`` (what undoes it, given its result) and, where running it again would not do,
``again`` (what redoes it). The history listens to the open database's change hub and puts
each such operation on a ``QUndoStack``; undoing or redoing runs another operation, off the
GUI thread like any write, whose changes are announced the same way, so every page follows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from counsellor_app.services.workspace import Workspace
from counsellor_app.ui.common.operations import Changes, Operation, hub_for


class OperationCommand(QUndoCommand):
    """A write done once already: undo runs what reverses it, redo what does it again."""

    def __init__(
        self,
        history: UndoHistory,
        text: str,
        changes: Changes,
        undo_work: Callable[[], Any],
        redo_work: Callable[[], Any],
    ) -> None:
        super().__init__(text)
        self.history = history
        self.changes = changes
        self.undo_work = undo_work
        self.redo_work = redo_work
        self._done_once = False

    def undo(self) -> None:
        self.history.run(self.undo_work, self.changes, self.text())

    def redo(self) -> None:
        # Pushed once the operation has run: the first redo is the operation itself.
        if not self._done_once:
            self._done_once = True
            return
        self.history.run(self.redo_work, self.changes, self.text())


class UndoHistory(QObject):
    """The undo stack of one open database."""

    ran = Signal(bool)
    """An undo or redo ended: True when it worked."""

    def __init__(self, workspace: Workspace, window: QWidget | None = None) -> None:
        super().__init__(window)
        # attributes
        self.workspace = workspace
        self.window = window
        self.stack = QUndoStack(self)
        self.stack.setObjectName("undo_stack")
        self.last: Operation | None = None
        # connections
        hub_for(workspace).records_changed.connect(self._on_records_changed)

    def close(self) -> None:
        """The database is let go of: nothing of it can be undone any more."""
        hub_for(self.workspace).records_changed.disconnect(self._on_records_changed)
        self.stack.clear()

    def can_undo(self) -> bool:
        return self.stack.canUndo()

    def can_redo(self) -> bool:
        return self.stack.canRedo()

    def undo(self) -> None:
        self.stack.undo()

    def redo(self) -> None:
        self.stack.redo()

    def run(self, work: Callable[[], Any], changes: Changes, text: str) -> Operation:
        operation = Operation(
            self.window,
            self.workspace,
            work,
            changes,
            error_title=QCoreApplication.translate("UndoHistory", "Could not undo or redo %1")
            .replace("%1", text)
            .strip(),
            origin=self,
        )
        operation.success(lambda _result: self.ran.emit(True))
        operation.failure(lambda error: self._failed(operation, error))
        self.last = operation
        return operation.run()

    def _failed(self, operation: Operation, error: BaseException) -> None:
        from counsellor_app.ui.common.operations import show_error

        # What can no longer be undone (the record was changed since, or emptied from the
        # trash) leaves the history: the steps before it no longer follow from it.
        self.stack.clear()
        show_error(self.window, error, operation.error_title)
        self.ran.emit(False)

    def _on_records_changed(self, changes: Changes, operation: Operation | None) -> None:
        if operation is None or operation.origin is self or operation.reverse is None:
            return
        result = operation.result
        undo_work = operation.reverse(result)
        again = operation.again(result) if operation.again is not None else operation.work
        self.stack.push(OperationCommand(self, operation.description, changes, undo_work, again))
