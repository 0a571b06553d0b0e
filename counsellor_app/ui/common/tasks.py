"""Running slow work off the GUI thread, with progress, cancelling and a result on the GUI thread.

Like Anki's ``QueryOp``: the worker gets plain callables to report progress and to ask whether
it was cancelled; it never touches a widget. The result or the error comes back as a signal
delivered on the GUI thread.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from typing import Any, ClassVar, cast

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], Any]


class _Relay(QObject):
    """Carries what workers report across to the GUI thread: one for the program, made on the
    GUI thread and never deleted.

    A worker holds no Qt object of its own task. If it held one (a signals object per task),
    the task's page going while it worked would leave the worker the last owner of that
    object, and the worker thread would delete a QObject that lives on the GUI thread, with
    its signals perhaps still queued there: a crash now and then, in Qt, with no Python
    frame to show. The worker names its task by a number instead; the GUI thread looks the
    number up and drops what arrives for a task that is gone.
    """

    reported = Signal(int, str, object)
    """A task's number, what it reports ("progress", "finished", "failed") and its value."""

    def __init__(self) -> None:
        super().__init__()
        self.reported.connect(self._deliver)

    @Slot(int, str, object)
    def _deliver(self, number: int, kind: str, value: object) -> None:
        task = BackgroundTask._running.get(number)
        if task is None:
            return  # its page went while it worked: nobody waits for this any more
        if not isValid(task):
            BackgroundTask._running.pop(number, None)
            return
        if kind == "progress":
            done, total = cast(tuple[int, int], value)
            task._on_progress(done, total)
        elif kind == "finished":
            task._on_finished(value)
        else:
            task._on_failed(value)


_relay: _Relay | None = None


def _the_relay() -> _Relay:
    """The relay, made on first use (always on the GUI thread: tasks are made there)."""
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


class _Runnable(QRunnable):
    def __init__(self, work: Work, relay: _Relay, number: int, cancel: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._relay = relay
        self._number = number
        self._cancel = cancel

    def run(self) -> None:
        try:
            result = self._work(self._progress, self._cancel.is_set)
        except Exception as error:  # handed to the GUI thread, which decides what to show
            self._report("failed", error)
        else:
            self._report("finished", result)
        finally:
            self._work = _nothing  # what the work held goes now, not when Qt deletes this

    def _progress(self, done: int, total: int) -> None:
        self._report("progress", (done, total))

    def _report(self, kind: str, value: object) -> None:
        self._relay.reported.emit(self._number, kind, value)


def _nothing(_progress: Progress, _cancelled: Cancelled) -> None:
    return None


class BackgroundTask(QObject):
    """One piece of work on the thread pool; optionally shows a cancellable progress dialog."""

    sig_finished = Signal(object)
    """The result, on the GUI thread."""
    sig_failed = Signal(object)
    """The exception raised, on the GUI thread."""
    progress_changed = Signal(int, int)
    """Done and total, on the GUI thread."""

    _running: ClassVar[dict[int, BackgroundTask]] = {}
    """The tasks started and not yet answered, by number (see ``_Relay``)."""
    _numbers: ClassVar[itertools.count[int]] = itertools.count(1)

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
        self._number = next(BackgroundTask._numbers)
        self._relay = _the_relay()
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
        if self._dialog is not None:
            self._dialog.canceled.connect(self.cancel)
        # Deleted with its parent (a page dropped) while the work goes on: nothing is
        # reported any more, the task is let go, and work that asks whether it was
        # cancelled stops early (nobody waits for its answer).
        number, cancel = self._number, self._cancel

        def let_go() -> None:
            BackgroundTask._running.pop(number, None)
            cancel.set()

        self.destroyed.connect(let_go)

    def start(self) -> BackgroundTask:
        BackgroundTask._running[self._number] = self
        self._pool.start(_Runnable(self._work, self._relay, self._number, self._cancel))
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
        BackgroundTask._running.pop(self._number, None)
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        if not isValid(self):
            BackgroundTask._running.pop(self._number, None)
            return
        self._close()
        self.sig_finished.emit(result)

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        if not isValid(self):
            BackgroundTask._running.pop(self._number, None)
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
