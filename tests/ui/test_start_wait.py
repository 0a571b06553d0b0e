"""While the database layers are imported on another thread, the window stays alive."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QTimer

from counsellor_app.app import DatabaseLayers


class SlowLayers(DatabaseLayers):
    def __init__(self, seconds: float, error: Exception | None = None) -> None:
        super().__init__()
        self.seconds = seconds
        self.error = error
        self.thread_name = ""

    def load(self) -> None:
        self.thread_name = threading.current_thread().name
        time.sleep(self.seconds)
        if self.error is not None:
            raise self.error


def test_the_gui_thread_handles_events_while_it_waits(qtbot):
    layers = SlowLayers(0.4)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    began = time.monotonic()
    layers.start()
    layers.wait()
    waited = time.monotonic() - began
    timer.stop()
    assert layers.done.is_set()
    assert layers.thread_name == "imports"
    assert 0.35 < waited < 3
    # Events kept coming the whole time. A blocking wait would leave one gap of 0.4 s; the
    # bound leaves room for a busy test machine.
    assert len(ticks) >= 5
    gaps = [b - a for a, b in zip([began, *ticks], ticks, strict=False)]
    assert max(gaps) < 0.2


def test_waiting_returns_at_once_when_the_layers_are_already_there(qtbot):
    layers = SlowLayers(0)
    layers.start()
    assert layers.done.wait(5)
    began = time.monotonic()
    layers.wait()
    assert time.monotonic() - began < 0.05


def test_a_failed_import_does_not_leave_the_window_waiting_or_print_a_traceback(qtbot, capsys):
    layers = SlowLayers(0.05, ImportError("no module named nothing"))
    layers.start()
    layers.wait()
    assert layers.done.is_set()
    assert "Traceback" not in capsys.readouterr().err


def test_a_window_closed_while_it_opens_ends_the_program(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from counsellor_app import app as start
    from counsellor_app.ui.main_window import MainWindow

    monkeypatch.setattr(start.DatabaseLayers, "load", lambda self: time.sleep(0.4))

    def close_the_window() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                widget.close()

    QTimer.singleShot(100, close_the_window)
    began = time.monotonic()
    assert start.run_window(tmp_path / "notes.sqlite3") == 0
    assert time.monotonic() - began < 5
    assert not (tmp_path / "notes.sqlite3").exists()  # nothing was opened, nor created


def test_the_page_is_built_in_the_event_loop_after_the_window_shows(qtbot, tmp_path, monkeypatch):
    """Built in a turn of its own, and painted in the next: the window answers in between."""
    from PySide6.QtCore import QThread

    from counsellor_app import app as start
    from counsellor_app.ui.main_window import MainWindow

    levels: list[int] = []
    real = MainWindow.attach_workspace

    def attach(self, workspace, where=""):
        levels.append(QThread.currentThread().loopLevel())
        real(self, workspace, where)
        QTimer.singleShot(0, self.close)

    monkeypatch.setattr(MainWindow, "attach_workspace", attach)
    assert start.run_window(tmp_path / "notes.sqlite3") == 0
    assert levels and levels[0] >= 1  # inside app.exec(), not before it
