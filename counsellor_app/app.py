"""Starting the window: show it first, then open the database, then fill it."""

from __future__ import annotations

import importlib
import sys
import threading
from collections.abc import Callable
from pathlib import Path

UI_MODULES = (
    "counsellor_app.ui.startup_dialog",
    "counsellor_app.ui.choices",
    "counsellor_app.ui.file_operations",
    "counsellor_app.ui.record_list_page",
    "counsellor_app.ui.exchange_page",
)


class DatabaseLayers:
    """SQLAlchemy and the layers above it, imported on another thread.

    They take about as long to import as Qt takes to show the window: imported meanwhile,
    they are ready soon after the window needs them. Nothing here touches Qt's objects from
    that thread but one queued call, so nothing here needs the GUI thread.
    """

    def __init__(self) -> None:
        self.done = threading.Event()
        self._lock = threading.Lock()
        self._wake: Callable[[], object] | None = None

    def start(self) -> None:
        threading.Thread(target=self._run, name="imports", daemon=True).start()

    def _run(self) -> None:
        try:
            self.load()
        except Exception:
            pass  # the GUI thread imports the same modules next, and reports the error itself
        finally:
            with self._lock:
                self.done.set()
                wake = self._wake
            if wake is not None:
                wake()

    def load(self) -> None:
        import counsellor_app.services.session
        import counsellor_app.services.ui_queries  # noqa: F401

        # Then the window's modules that need those layers, so that the GUI thread does
        # not stop to import them when it opens the database and builds the first page.
        # Importing defines classes only: no widget is made here, nor anything of Qt but
        # value types (colours, dates).
        for module in UI_MODULES:
            importlib.import_module(module)

    def wait(self) -> None:
        """Returns once imported; meanwhile the window repaints, moves and resizes.

        The GUI thread sleeps in a Qt event loop, which leaves the interpreter lock to the
        importing thread (polling instead would take it back every few milliseconds), and
        is woken by one queued call.
        """
        from PySide6.QtCore import QEventLoop, QMetaObject, Qt

        loop = QEventLoop()
        with self._lock:
            if self.done.is_set():
                return
            self._wake = lambda: QMetaObject.invokeMethod(
                loop, "quit", Qt.ConnectionType.QueuedConnection
            )
        loop.exec()
        self._wake = None


def run_window(target: Path | str) -> int:
    """Runs the window on the database at ``target`` (a SQLite file or a URL); the exit code."""
    layers = DatabaseLayers()
    layers.start()
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    from counsellor_app.ui.language import install_language
    from counsellor_app.ui.settings import APPLICATION, ORGANISATION, AppSettings

    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or QApplication(sys.argv)
    QApplication.setApplicationDisplayName("Exchange Notes")
    settings = AppSettings()
    # Before the first widget, so that every text is made in the chosen language.
    install_language(settings.language)

    from counsellor_app.ui.main_window import MainWindow

    window = MainWindow(settings)
    window.show()
    # The empty window paints before SQLAlchemy is even imported.
    app.processEvents()
    layers.wait()
    if not window.isVisible():
        return 0  # closed before there was anything to show

    from counsellor_app import paths
    from counsellor_app.ui.startup_dialog import Opened, open_with_recovery, warn_if_on_network

    if isinstance(target, Path) and target == paths.default_database() and settings.database:
        target = settings.database

    def attach(opened: Opened) -> None:
        from counsellor_app.ui.backup_dialog import start_daily_backup
        from counsellor_app.ui.drafts import offer_drafts

        window.attach_workspace(opened.workspace, str(opened.where))
        if opened.read_only:
            window.mark_read_only()
        warn_if_on_network(window, opened.where)
        start_daily_backup(window)
        # Asked once the window has painted its pages.
        QTimer.singleShot(0, lambda: offer_drafts(window))

    def open_target(where: Path | str) -> Opened | None:
        return open_with_recovery(where, actor=settings.user_name or None, parent=window)

    def open_another(path: str) -> None:
        if not window.maybe_leave():
            return
        opened = open_target(Path(path))
        if opened is not None:
            attach(opened)
            if isinstance(opened.where, Path):
                settings.database = opened.where

    opened = open_target(target)
    if opened is None:
        window.close()
        return 2
    if opened.where != target and isinstance(opened.where, Path):
        # A restored copy or another file was chosen: it is the one to open next time.
        settings.database = opened.where
    # In the event loop, not before it: the page is built in one turn and painted in the
    # next, and the window answers in between (both in one go held it about 90 ms).
    QTimer.singleShot(0, window, lambda: attach(opened))
    window.sig_open_database_requested.connect(open_another)
    return int(app.exec())
