"""Running slow work off the GUI thread, with progress, cancelling and a result on the GUI thread.

Like Anki's ``QueryOp``: the worker gets plain callables to report progress and to ask whether
it was cancelled; it never touches a widget. The result or the error comes back as a signal
delivered on the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], Any]


class _WorkerSignals(QObject):
    """Carries what the worker reports across to the GUI thread."""

    progress_changed = Signal(int, int)
    """Done and total so far."""
    finished = Signal(object)
    """The work returned this value."""
    failed = Signal(object)
    """The work raised this exception."""


class _Runnable(QRunnable):
    def __init__(self, work: Work, signals: _WorkerSignals, cancel: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._signals = signals
        self._cancel = cancel

    def run(self) -> None:
        try:
            result = self._work(self._progress, self._cancel.is_set)
        except Exception as error:  # handed to the GUI thread, which decides what to show
            self._emit(self._signals.failed, error)
        else:
            self._emit(self._signals.finished, result)

    def _progress(self, done: int, total: int) -> None:
        self._emit(self._signals.progress_changed, done, total)

    def _emit(self, signal: Any, *args: Any) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:
            # Whoever asked (a list, a page) was closed meanwhile: nobody waits for the answer.
            self._cancel.set()


class BackgroundTask(QObject):
    """One piece of work on the thread pool; optionally shows a cancellable progress dialog."""

    sig_finished = Signal(object)
    """The result, on the GUI thread."""
    sig_failed = Signal(object)
    """The exception raised, on the GUI thread."""
    progress_changed = Signal(int, int)
    """Done and total, on the GUI thread."""

    _running: ClassVar[set[BackgroundTask]] = set()

    def __init__(
        self,
        work: Work,
        *,
        parent: QObject | None = None,
        label: str | None = None,
        dialog_parent: QWidget | None = None,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        # attributes
        self._work = work
        self._pool = pool or QThreadPool.globalInstance()
        self._cancel = threading.Event()
        self._signals = _WorkerSignals()
        self._dialog: QProgressDialog | None = None
        self.done = False
        # widgets
        if label is not None:
            self._dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, dialog_parent)
            self._dialog.setObjectName("progress_dialog")
            self._dialog.setAccessibleName(label)
            self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self._dialog.setMinimumDuration(300)
            self._dialog.setAutoClose(False)
            self._dialog.setAutoReset(False)
        # connections
        self._signals.progress_changed.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        if self._dialog is not None:
            self._dialog.canceled.connect(self.cancel)
        # Deleted with its parent (a page dropped) while the work goes on: nothing is
        # reported any more, and the task is let go.
        self.destroyed.connect(lambda: BackgroundTask._running.discard(self))

    def start(self) -> BackgroundTask:
        BackgroundTask._running.add(self)
        self._pool.start(_Runnable(self._work, self._signals, self._cancel))
        return self

    @Slot()
    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if not isValid(self):
            return  # its parent went (a page dropped) while the work went on
        if self._dialog is not None:
            self._dialog.setMaximum(max(total, 1))
            self._dialog.setValue(min(done, max(total, 1)))
        try:
            self.progress_changed.emit(done, total)
        except RuntimeError:
            # Deleted between the check above and now (its parent going in the same turn):
            # a progress nobody will see.
            return

    def _close(self) -> None:
        self.done = True
        BackgroundTask._running.discard(self)
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        if not isValid(self):
            BackgroundTask._running.discard(self)
            return
        self._close()
        self.sig_finished.emit(result)

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        if not isValid(self):
            BackgroundTask._running.discard(self)
            return
        self._close()
        self.sig_failed.emit(error)


def run_in_background(
    work: Work,
    *,
    parent: QObject | None = None,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    label: str | None = None,
    dialog_parent: QWidget | None = None,
    pool: QThreadPool | None = None,
) -> BackgroundTask:
    """Starts ``work(progress, cancelled)`` on the pool; ``on_done``/``on_error`` run on the GUI
    thread. With a ``label``, a progress dialog with a Cancel button is shown after 300 ms.
    ``pool`` defaults to Qt's global thread pool."""
    task = BackgroundTask(work, parent=parent, label=label, dialog_parent=dialog_parent, pool=pool)
    if on_done is not None:
        task.sig_finished.connect(on_done)
    if on_error is not None:
        task.sig_failed.connect(on_error)
    return task.start()
