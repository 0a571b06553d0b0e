"""Background tasks outlive the page that started them without an error."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool

from counsellor_app.ui.common.tasks import BackgroundTask, run_in_background


def test_a_task_whose_parent_went_reports_nothing_and_lets_go(qtbot, capsys):
    parent = QObject()
    go_on = threading.Event()
    finished: list[object] = []

    def work(progress, cancelled):
        go_on.wait(5)
        progress(1, 2)  # the parent is gone by now
        return "done"

    task = run_in_background(work, parent=parent, on_done=finished.append)
    parent.deleteLater()
    qtbot.waitUntil(lambda: not task_is_valid(task))
    assert task not in BackgroundTask._running
    go_on.set()
    pool = QThreadPool.globalInstance()
    qtbot.waitUntil(lambda: pool.activeThreadCount() == 0)
    QCoreApplication.processEvents()
    assert finished == []
    assert "Traceback" not in capsys.readouterr().err


def task_is_valid(task: BackgroundTask) -> bool:
    from shiboken6 import isValid

    return isValid(task)
