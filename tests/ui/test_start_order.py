"""The order of the start: the window shows once its first page is built, except where the
database may take a while to open, where it shows first."""

from __future__ import annotations

import gc
import sqlite3
import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from counsellor_app import paths
from counsellor_app.app import quick_to_open, run_window
from counsellor_app.domain.records import Theme
from counsellor_app.services.session import open_workspace
from counsellor_app.storage import migrate
from counsellor_app.ui.shell import startup_dialog
from counsellor_app.ui.shell.main_window import MainWindow
from tests.migrations import migrate_file


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


def shown_while_opening(notes, monkeypatch) -> str | None:
    """Runs the window on ``notes``, closing it once open: what it showed while the database
    opened, or None if it did not show."""
    seen: list[str | None] = []
    real_open = startup_dialog.open_with_recovery

    def open_with_recovery(where, **kwargs):
        window = kwargs["parent"]
        shown = window.isVisible() and window.stack.currentWidget() is window.loading_label
        seen.append(window.loading_label.text() if shown else None)
        opened = real_open(where, **kwargs)
        QTimer.singleShot(0, window.close)
        return opened

    monkeypatch.setattr(startup_dialog, "open_with_recovery", open_with_recovery)
    assert run_window(notes) == 0
    assert len(seen) == 1
    return seen[0]


def test_a_new_file_shows_the_window_before_it_is_made(qtbot, tmp_path, monkeypatch):
    notes = tmp_path / "new" / "notes.sqlite3"
    notes.parent.mkdir()
    assert not quick_to_open(notes)
    assert shown_while_opening(notes, monkeypatch) == "Opening the database…"
    assert notes.exists()


def test_a_server_may_be_slow_to_answer_so_its_window_shows_first() -> None:
    assert not quick_to_open("postgresql+psycopg://someone@db.example/notes")


def _at_revision(path, revision: str) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))


def test_a_file_at_the_programs_schema_is_quick_to_open(tmp_path) -> None:
    notes = tmp_path / "notes.sqlite3"
    open_workspace(notes, actor="tester").database.dispose()
    assert quick_to_open(notes)
    missing = tmp_path / "missing.sqlite3"
    assert not quick_to_open(missing)
    assert not migrate.file_at_head(missing)
    assert not missing.exists()  # the look creates no file
    assert not quick_to_open(tmp_path)  # a folder is no database file
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    assert not quick_to_open(empty)  # laid out first
    text = tmp_path / "notes.txt"
    text.write_text("not a database\n" * 100)
    assert not quick_to_open(text)  # refused, with its dialog, the careful way
    _at_revision(notes, "9999")
    assert not quick_to_open(notes)  # refused as too new, the careful way
    assert not migrate.is_older(migrate.file_revision(notes))
    _at_revision(notes, migrate.REVISIONS[-2])
    assert not quick_to_open(notes)  # backed up and upgraded first
    assert migrate.is_older(migrate.file_revision(notes))
    assert not migrate.is_older(migrate.file_revision(text))


def test_a_file_busy_with_a_writer_is_not_waited_for(tmp_path) -> None:
    notes = tmp_path / "notes.sqlite3"
    open_workspace(notes, actor="tester").database.dispose()
    writer = sqlite3.connect(notes, isolation_level=None)
    try:
        writer.execute("PRAGMA journal_mode = DELETE")
        writer.execute("BEGIN EXCLUSIVE")
        started = time.monotonic()
        assert not quick_to_open(notes)
        assert time.monotonic() - started < 1.0
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_an_older_file_shows_the_window_before_it_is_backed_up_and_upgraded(
    qtbot, tmp_path, monkeypatch
):
    notes = tmp_path / "notes.sqlite3"
    open_workspace(notes, actor="tester").database.dispose()
    migrate_file(notes, migrate.REVISIONS[-2], down=True)
    shown = shown_while_opening(notes, monkeypatch)
    assert shown is not None and shown.startswith("Backing up the database, then bringing it up")
    assert migrate.file_at_head(notes)
    backups = list(paths.backup_dir_for(notes).glob("*-before-upgrade.sqlite3"))
    assert len(backups) == 1


def slow_open(seconds: float, names: list[str], waited: list[tuple[float, float]] | None = None):
    """open_workspace, after ``seconds``, noting the thread it runs on (and, in ``waited``,
    when the wait began and ended)."""
    import threading
    import time

    from counsellor_app.services import session

    real = session.open_workspace

    def open_workspace(where, **options):
        names.append(threading.current_thread().name)
        began = time.monotonic()
        time.sleep(seconds)
        if waited is not None:
            waited.append((began, time.monotonic()))
        return real(where, **options)

    return open_workspace


def test_a_slow_open_leaves_the_window_answering(qtbot, tmp_path, monkeypatch):
    import time

    from counsellor_app.services import session

    threads: list[str] = []
    waited: list[tuple[float, float]] = []
    monkeypatch.setattr(session, "open_workspace", slow_open(0.4, threads, waited))
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()

    def close_once_open() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible() and widget.workspace:
                widget.close()
                return
        QTimer.singleShot(20, close_once_open)

    QTimer.singleShot(0, close_once_open)
    assert run_window(tmp_path / "new.sqlite3") == 0
    timer.stop()
    assert threads == ["open-database"]
    # The window's loop kept turning while the database took its time: a blocking open
    # would leave no tick at all in those 0.4 s, an answering window about twenty. Counted
    # during the wait only, so that a busy test machine slowing the rest of the start (the
    # file made, the page built) cannot fail it.
    ((began, ended),) = waited
    during = [tick for tick in ticks if began < tick < ended]
    assert len(during) >= 5


def test_a_window_closed_while_its_database_opens_ends_the_program(qtbot, tmp_path, monkeypatch):
    from counsellor_app.services import session

    threads: list[str] = []
    monkeypatch.setattr(session, "open_workspace", slow_open(0.4, threads))

    def close_the_window() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                widget.close()

    QTimer.singleShot(100, close_the_window)
    assert run_window(tmp_path / "new.sqlite3") == 0
    assert threads == ["open-database"]


def test_an_existing_file_is_opened_on_the_gui_thread(qtbot, tmp_path, monkeypatch):
    from counsellor_app.services import session

    notes = tmp_path / "notes.sqlite3"
    open_workspace(notes, actor="tester").database.dispose()
    threads: list[str] = []
    monkeypatch.setattr(session, "open_workspace", slow_open(0, threads))
    QTimer.singleShot(
        0, lambda: [w.close() for w in QApplication.topLevelWidgets() if w.isVisible()]
    )
    assert run_window(notes) == 0
    assert threads == ["MainThread"]


def test_the_upgrade_message_is_gone_once_the_database_is_open(
    qtbot, isolated_settings, sqlite_workspace
):
    window = MainWindow(isolated_settings)
    qtbot.addWidget(window)
    window.show_upgrading()
    assert window.loading_label.text().startswith("Backing up the database")
    window.attach_workspace(sqlite_workspace, "test database")
    assert window.loading_label.text() == "Opening the database…"  # for the next open


def test_the_start_is_kept_out_of_the_collectors_scans_while_the_window_runs(qtbot, tmp_path):
    import counsellor_app.app as app_module

    notes = tmp_path / "notes.sqlite3"
    open_workspace(notes, actor="tester").database.dispose()
    seen: list[tuple[bool, bool]] = []
    polls = {"left": 500}

    def look() -> None:
        windows = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        polls["left"] -= 1
        frozen = gc.get_freeze_count() > 0
        if windows and (frozen or polls["left"] <= 0):
            collector = app_module._collector
            seen.append(
                (gc.isenabled(), frozen, collector is not None and collector.timer.isActive())
            )
            timer.stop()
            windows[0].close()

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(look)
    timer.start()
    try:
        assert run_window(notes) == 0
    finally:
        timer.stop()
    # While the window runs: what the start made frozen, and the collections made on the GUI
    # thread by a timer, never by the automatic collector on whichever thread allocates;
    # after it, as before.
    assert seen == [(False, True, True)]
    assert app_module._collector is None
    assert gc.isenabled() and gc.get_freeze_count() == 0
