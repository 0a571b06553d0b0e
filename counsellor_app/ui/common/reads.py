"""Reads in the background: one pattern for every list, panel and dialog that asks the
database something.

The question runs on the one reading thread (one connection kept warm, one query after
another, the GUI thread never waiting); the answer comes back on the GUI thread. A
``LatestRead`` is a question asked again and again (a list as the filter changes, a record's
history as another record is shown): only the newest asking is answered, an older answer
arriving late is dropped. A read that fails is reported in one place, the workspace's change
hub (the window shows it in the status bar), unless whoever asked shows it in place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from counsellor_app.services.workspace import Workspace
from counsellor_app.ui.common.operations import hub_for
from counsellor_app.ui.common.tasks import BackgroundTask, run_in_background

Failed = Callable[[BaseException], bool]
"""Shows a read's error in place; True when nothing more needs saying."""

_read_pool: QThreadPool | None = None
_SKIPPED = object()


def read_pool() -> QThreadPool:
    """The one thread that reads for the window's lists, panels and dialogs, one query after
    another: one database connection (and its page cache) kept warm instead of several
    competing for the same rows, the memory and the interpreter lock."""
    global _read_pool
    if _read_pool is None:
        _read_pool = QThreadPool()
        _read_pool.setObjectName("read_pool")
        _read_pool.setMaxThreadCount(1)
        _read_pool.setExpiryTimeout(-1)
    return _read_pool


def read_in_background(
    workspace: Workspace,
    parent: QObject,
    work: Callable[[], Any],
    answer: Callable[[Any], None],
    *,
    failed: Failed | None = None,
) -> BackgroundTask:
    """Asks one question; ``answer`` gets the result on the GUI thread (unless ``parent`` was
    deleted meanwhile)."""

    def report(error: BaseException) -> None:
        if failed is None or not failed(error):
            hub_for(workspace).report_read_error(error)

    return run_in_background(
        lambda _progress, _cancelled: work(),
        parent=parent,
        pool=read_pool(),
        on_done=answer,
        on_error=report,
    )


class LatestRead(QObject):
    """A question asked again and again: each asking replaces the one before, whose answer,
    if it still comes, is dropped."""

    busy_changed = Signal(bool)
    """True from an asking until its answer (or its error) arrives."""

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._generation = 0
        self._task: BackgroundTask | None = None
        self._busy = False

    @property
    def busy(self) -> bool:
        return self._busy

    def ask(
        self,
        work: Callable[[], Any],
        answer: Callable[[Any], None],
        *,
        failed: Failed | None = None,
    ) -> None:
        """Runs ``work`` in the background; ``answer`` gets its result unless asked again
        meanwhile. ``failed`` may show an error in place (see ``Failed``)."""
        self._generation += 1
        generation = self._generation
        if self._task is not None and not self._task.done:
            self._task.cancel()  # not started yet: it never will be

        def job(_progress: Any, cancelled: Callable[[], bool]) -> Any:
            return _SKIPPED if cancelled() else work()

        self._set_busy(True)
        self._task = run_in_background(
            job,
            parent=self,
            pool=read_pool(),
            on_done=lambda result: self._answered(generation, result, answer),
            on_error=lambda error: self._failed(generation, error, failed),
        )

    def drop(self) -> None:
        """Forgets the question asked: its answer will be dropped."""
        self._generation += 1
        if self._task is not None and not self._task.done:
            self._task.cancel()
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    def _answered(self, generation: int, result: Any, answer: Callable[[Any], None]) -> None:
        if generation != self._generation or result is _SKIPPED:
            return
        self._set_busy(False)
        answer(result)

    def _failed(self, generation: int, error: BaseException, failed: Failed | None) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        if failed is None or not failed(error):
            hub_for(self.workspace).report_read_error(error)
