"""The order of the start: the window shows once its first page is built, except where the
database may take a while to open, where it shows first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from counsellor_app.app import quick_to_open, run_window
from counsellor_app.domain.records import Theme
from counsellor_app.services.session import open_workspace
from counsellor_app.ui import startup_dialog
from counsellor_app.ui.main_window import MainWindow


class FirstPaint(QObject):
    """Notes, at the main window's first paint, which page it shows."""

    def __init__(self) -> None:
        super().__init__()
        self.page: Any = "not painted"
        self.exchanges: Any = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.page == "not painted":
            window = getattr(watched, "window", lambda: None)()
            if isinstance(window, MainWindow):
                self.page = window.stack.currentWidget()
                self.exchanges = window.pages.get("exchange")
                QTimer.singleShot(0, window.close)
        return False


def test_a_database_file_is_opened_and_its_page_built_before_the_window_shows(
    qtbot, tmp_path, monkeypatch
):
    notes = tmp_path / "notes.sqlite3"
    workspace = open_workspace(notes, actor="tester")
    workspace.themes.create(Theme(name="Trust"))
    workspace.database.dispose()
    visible_at_attach: list[bool] = []
    real_attach = MainWindow.attach_workspace

    def attach(self, workspace, where=""):
        visible_at_attach.append(self.isVisible())
        real_attach(self, workspace, where)

    monkeypatch.setattr(MainWindow, "attach_workspace", attach)
    watch = FirstPaint()
    QApplication.instance().installEventFilter(watch)
    try:
        assert run_window(notes) == 0
    finally:
        QApplication.instance().removeEventFilter(watch)
    assert visible_at_attach == [False]
    # The first paint is the page of the section shown last (Exchanges on a first start),
    # never an empty frame filled in afterwards.
    assert watch.exchanges is not None and watch.page is watch.exchanges


def test_a_new_file_shows_the_window_before_it_is_made(qtbot, tmp_path, monkeypatch):
    notes = tmp_path / "new" / "notes.sqlite3"
    notes.parent.mkdir()
    assert not quick_to_open(notes)
    seen: list[bool] = []
    real_open = startup_dialog.open_with_recovery

    def open_with_recovery(where, **kwargs):
        seen.append(kwargs["parent"].isVisible())
        opened = real_open(where, **kwargs)
        QTimer.singleShot(0, kwargs["parent"].close)
        return opened

    monkeypatch.setattr(startup_dialog, "open_with_recovery", open_with_recovery)
    assert run_window(notes) == 0
    assert seen == [True]
    assert notes.exists()


def test_a_server_may_be_slow_to_answer_so_its_window_shows_first() -> None:
    assert not quick_to_open("postgresql+psycopg://someone@db.example/notes")


def test_an_existing_file_is_quick_to_open(tmp_path) -> None:
    notes = tmp_path / "notes.sqlite3"
    notes.write_bytes(b"")
    assert quick_to_open(notes)
    assert not quick_to_open(tmp_path)  # a folder is no database file
