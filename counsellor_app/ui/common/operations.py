"""Writes: each is an operation, run off the GUI thread, its failure told in the user's
language, and what it changed announced once to whoever shows it.

Like Anki's ``CollectionOp``: the window builds an ``Operation`` around a callable of the
services, chains ``success`` and ``failure`` callbacks, and runs it. The callable runs on the
one thread that writes (so writes keep their order and a database waiting for a lock freezes
nothing); its result, or the error it raised, comes back on the GUI thread. Then the
workspace's ``ChangeHub`` announces a ``Changes`` value — which kinds of record and which ids —
to every page, and each page decides what it must read again. No window refreshes its pages
itself.

An operation may carry what reverses it (``reverse``, given its result), what does it again
where running ``work`` once more would not (``again``), and a short description of what it
did: what the undo history (``ui.common.undo``) needs to offer "Undo".
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QThreadPool, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from counsellor_app.domain.errors import DatabaseProblem, DomainError, error_in_words
from counsellor_app.domain.schema import ENTITIES
from counsellor_app.services.workspace import Workspace
from counsellor_app.ui.common import prompts
from counsellor_app.ui.common.problem_text import error_text
from counsellor_app.ui.common.tasks import BackgroundTask, Cancelled, Progress, run_in_background

TRASH = "trash"
"""The kind named in ``Changes`` when the trash gained or lost records."""
HISTORY = "history"
"""The kind named in ``Changes`` when the audit trail gained lines (every write does)."""


@dataclass(frozen=True)
class Changes:
    """What one write changed: the kinds of record (and the trash), and the ids it touched.

    ``everything`` stands for writes that may change anything (an import, an erasure): every
    page reads again what it shows.
    """

    kinds: frozenset[str] = frozenset()
    ids: frozenset[str] = frozenset()
    everything: bool = False

    @classmethod
    def of(cls, kinds: Iterable[str], ids: Iterable[str] = ()) -> Changes:
        return cls(frozenset(kinds) | {HISTORY}, frozenset(i for i in ids if i))

    @classmethod
    def all(cls) -> Changes:
        return cls(everything=True)

    @classmethod
    def trash(cls, kind: str, ids: Iterable[str] = ()) -> Changes:
        """Records of ``kind`` went to the trash or came back, with those that follow them."""
        return cls.of({kind, TRASH, *followers(kind)}, ids)

    def touches(self, *kinds: str) -> bool:
        return self.everything or any(kind in self.kinds for kind in kinds)

    def names(self, record_id: str | None) -> bool:
        """True when the record ``record_id`` may have changed."""
        return record_id is not None and (self.everything or record_id in self.ids)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.kinds | other.kinds, self.ids | other.ids, self.everything or other.everything
        )

    def __bool__(self) -> bool:
        return self.everything or bool(self.kinds)


def followers(kind: str) -> set[str]:
    """The kinds that go to the trash with a record of ``kind`` (an exchange's observations)."""
    found = set()
    for spec in ENTITIES:
        if any(spec.field(name).target == kind for name in spec.follows):
            found.add(spec.key)
    return found


_write_pool: QThreadPool | None = None


def write_pool() -> QThreadPool:
    """The one thread that writes: operations run one after another, in the order asked."""
    global _write_pool
    if _write_pool is None:
        _write_pool = QThreadPool()
        _write_pool.setObjectName("write_pool")
        _write_pool.setMaxThreadCount(1)
        _write_pool.setExpiryTimeout(-1)
    return _write_pool


class ChangeHub(QObject):
    """Where the pages of one open database hear of its changes and of failed reads."""

    records_changed = Signal(object, object)
    """A write finished: what it changed (``Changes``) and the ``Operation`` that made it."""
    read_failed = Signal(str)
    """A background read failed; the sentence says why, in the user's language."""
    running_changed = Signal(int)
    """How many writes are running or waiting to run."""

    def __init__(self) -> None:
        super().__init__()
        self._running: set[Operation] = set()

    @property
    def running(self) -> int:
        return len(self._running)

    def announce(self, changes: Changes, operation: Operation | None = None) -> None:
        if changes:
            self.records_changed.emit(changes, operation)

    def report_read_error(self, error: BaseException) -> str:
        message = QCoreApplication.translate("Operations", "Reading failed: %1").replace(
            "%1", error_message(error)
        )
        self.read_failed.emit(message)
        return message

    def wait_for_writes(self) -> None:
        """Returns once no write is running: before the window closes or lets go of the
        database, so nothing asked for is lost. The window keeps painting meanwhile."""
        while self._running:
            next(iter(self._running)).wait()

    def _started(self, operation: Operation) -> None:
        self._running.add(operation)
        self.running_changed.emit(len(self._running))

    def _ended(self, operation: Operation) -> None:
        self._running.discard(operation)
        self.running_changed.emit(len(self._running))


_hubs: weakref.WeakKeyDictionary[Workspace, ChangeHub] = weakref.WeakKeyDictionary()


def hub_for(workspace: Workspace) -> ChangeHub:
    """The change hub of an open database (one per workspace, made when first asked)."""
    hub = _hubs.get(workspace)
    if hub is None:
        hub = ChangeHub()
        _hubs[workspace] = hub
    return hub


def error_message(error: BaseException) -> str:
    """What went wrong, in the user's language: a refused record's problems one a line, a
    database that cannot be written in plain words, an unexpected error by its kind only."""
    if isinstance(error, DatabaseProblem):
        return _database_problem(error)
    if isinstance(error, DomainError):
        return error_text(error)
    return QCoreApplication.translate(
        "Operations", "An unexpected error stopped it (%1). Nothing was changed."
    ).replace("%1", error_in_words(error))


def _database_problem(problem: DatabaseProblem) -> str:
    if problem.kind == "locked":
        return QCoreApplication.translate(
            "Operations",
            "Another program kept the database locked, so nothing was saved. Close the other "
            "program, then try again.",
        )
    if problem.kind == "read-only":
        return QCoreApplication.translate(
            "Operations", "This database can only be read: nothing can be saved in it."
        )
    if problem.kind == "damaged":
        return QCoreApplication.translate(
            "Operations",
            "The database is damaged, so nothing was saved. Restore a backup "
            "(File ▸ Restore from backup…).",
        )
    if problem.kind == "disk-full":
        return QCoreApplication.translate(
            "Operations", "The disk is full, so nothing was saved. Free some space and try again."
        )
    if problem.kind in ("missing", "unreachable"):
        return QCoreApplication.translate(
            "Operations",
            "The database cannot be reached, so nothing was saved. Check that its disk or "
            "server is there, then try again.",
        )
    return str(problem)


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    """The default answer to a failed operation: a message box in the user's language."""
    title = title or QCoreApplication.translate("Operations", "That did not work")
    prompts.show_error(
        parent if parent is not None and isValid(parent) else None, title, error_message(error)
    )


class Operation(QObject):
    """One write: ``work`` runs on the writing thread; then, on the GUI thread, the hub
    announces what changed, and the ``success`` callbacks run — or the ``failure`` callback,
    by default a message box titled ``error_title``.

    ``changes`` is the ``Changes`` the write makes, or a function of its result giving them.
    ``label`` shows a progress dialog (with Cancel) if the work lasts over 300 ms; with
    ``progress``, ``work`` is called as ``work(progress, cancelled)`` to report how far it is
    and to learn that Cancel was pressed.
    """

    finished = Signal(bool)
    """The operation ended: True when it succeeded."""

    _alive: ClassVar[set[Operation]] = set()

    def __init__(
        self,
        parent: QWidget | None,
        workspace: Workspace,
        work: Callable[..., Any],
        changes: Changes | Callable[[Any], Changes],
        *,
        label: str | None = None,
        progress: bool = False,
        error_title: str | None = None,
        description: str = "",
        reverse: Callable[[Any], Callable[[], Any]] | None = None,
        again: Callable[[Any], Callable[[], Any]] | None = None,
        origin: object = None,
    ) -> None:
        # No Qt parent: a page dropped while its write runs must not lose the announcement.
        super().__init__()
        self.widget = parent
        self.workspace = workspace
        self.hub = hub_for(workspace)
        self.work = work
        self.changes = changes
        self.label = label
        self.progress = progress
        self.error_title = error_title
        self.description = description
        self.reverse = reverse
        self.again = again
        self.origin = origin
        self.done = False
        self.succeeded = False
        self.result: Any = None
        self.error: BaseException | None = None
        self.task: BackgroundTask | None = None
        self._success: list[Callable[[Any], None]] = []
        self._failure: Callable[[BaseException], None] | None = None

    def success(self, callback: Callable[[Any], None]) -> Operation:
        self._success.append(callback)
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Operation:
        """Replaces the default message box."""
        self._failure = callback
        return self

    def run(self) -> Operation:
        Operation._alive.add(self)
        self.hub._started(self)
        work, progress = self.work, self.progress

        def in_background(report: Progress, cancelled: Cancelled) -> Any:
            return work(report, cancelled) if progress else work()

        self.task = run_in_background(
            in_background,
            parent=self,
            pool=write_pool(),
            label=self.label,
            dialog_parent=self.widget if self.widget is not None and isValid(self.widget) else None,
            on_done=self._on_done,
            on_error=self._on_error,
        )
        return self

    def cancel(self) -> None:
        """Asks the work to stop (what reports progress sees it; it may already be done)."""
        if self.task is not None:
            self.task.cancel()

    def wait(self) -> bool:
        """Waits for the end (the window repaints meanwhile; clicks and keys wait for it too);
        True when the operation succeeded."""
        if not self.done:
            loop = QEventLoop()
            self.finished.connect(loop.quit)
            if not self.done:
                loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        return self.succeeded

    def changes_made(self) -> Changes:
        return self.changes(self.result) if callable(self.changes) else self.changes

    def _end(self) -> None:
        self.done = True
        self.hub._ended(self)
        Operation._alive.discard(self)

    def _on_done(self, result: Any) -> None:
        self.result = result
        self.succeeded = True
        self._end()
        try:
            self.hub.announce(self.changes_made(), self)
            for callback in self._success:
                callback(result)
        finally:
            self.finished.emit(True)

    def _on_error(self, error: BaseException) -> None:
        self.error = error
        self._end()
        try:
            if self._failure is not None:
                self._failure(error)
            else:
                show_error(self.widget, error, self.error_title)
        finally:
            self.finished.emit(False)
