"""Starting the window: show it first, then open the database, then fill it."""

from __future__ import annotations

import sys
import threading
from pathlib import Path


def _import_database_layers() -> None:
    # SQLAlchemy and the layers above it take about as long to import as Qt takes to show
    # the window: done on another thread meanwhile, they are ready when the window needs
    # them. Nothing here touches Qt, so nothing here needs the GUI thread.
    import counsellor_app.services.session
    import counsellor_app.services.ui_queries  # noqa: F401


def run_window(target: Path | str) -> int:
    """Runs the window on the database at ``target`` (a SQLite file or a URL); the exit code."""
    threading.Thread(target=_import_database_layers, name="imports", daemon=True).start()
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
    attach(opened)
    window.sig_open_database_requested.connect(open_another)
    return int(app.exec())
