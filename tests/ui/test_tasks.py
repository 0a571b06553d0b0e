"""Background tasks outlive the page that started them without an error."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool

from counsellor_app.ui.common.tasks import BackgroundTask, run_in_background


def test_a_task_whose_parent_went_reports_nothing_and_lets_go(qtbot, capsys):
    parent = QObject()
    go_on = threading.Event()
    finished: list[object] = []

    told_to_stop: list[bool] = []

    def work(progress, cancelled):
        go_on.wait(5)
        told_to_stop.append(cancelled())  # nobody waits for the answer any more
        progress(1, 2)  # the parent is gone by now
        return "done"

    task = run_in_background(work, parent=parent, on_done=finished.append)
    parent.deleteLater()
    qtbot.waitUntil(lambda: not task_is_valid(task))
    assert task not in BackgroundTask._running.values()
    go_on.set()
    pool = QThreadPool.globalInstance()
    qtbot.waitUntil(lambda: pool.activeThreadCount() == 0)
    QCoreApplication.processEvents()
    assert finished == []
    assert told_to_stop == [True]
    assert "Traceback" not in capsys.readouterr().err


def task_is_valid(task: BackgroundTask) -> bool:
    from shiboken6 import isValid

    return isValid(task)


def test_a_worker_holds_no_qt_object_of_its_own_task(qtbot):
    """A worker left as the last owner of a task's QObject would delete it on its own thread,
    while it lives on the GUI thread: the one Qt object a worker holds is the program's relay,
    which is never deleted."""
    from counsellor_app.ui.common import tasks

    started: list[object] = []

    class RecordingPool:
        def start(self, runnable: object) -> None:
            started.append(runnable)

    parent = QObject()
    task = BackgroundTask(lambda _progress, _cancelled: None, parent=parent, pool=RecordingPool())
    task.start()
    try:
        (runnable,) = started
        held = [value for value in vars(runnable).values() if isinstance(value, QObject)]
        assert held == [tasks._the_relay()]
    finally:
        BackgroundTask._running.pop(task._number, None)
