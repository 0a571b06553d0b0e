"""Starting the window: load the layers, build the window on the open database, then show it.

The window is shown once its first page is built, so its first paint is the page rather than
an empty frame filled in later. Importing SQLAlchemy and the layers above it on another
thread while Qt showed an empty window saved nothing: both need the interpreter lock, and the
first page came later (about 650 ms from the start, against 550 ms one after the other, with
100,000 observations). A database that may take a while to open (a server, or a file still
to be created) gets the window first, so that the wait is seen.
"""

from __future__ import annotations

import gc
import importlib
import sys
import threading
from pathlib import Path
from typing import Any

# The window's modules that need the database layers, loaded with them before the window is
# built. Importing them defines classes only: no widget, pixmap or font is made (nothing
# here needs a QApplication yet).
UI_MODULES = (
    "counsellor_app.ui.shell.startup_dialog",
    "counsellor_app.ui.common.choices",
    "counsellor_app.ui.shell.file_operations",
    "counsellor_app.ui.records.record_list_page",
    "counsellor_app.ui.exchanges.exchanges_section",
)

# How long after the window shows the later sections' modules are imported ahead.
IMPORT_AHEAD_MS = 500
# How long after the window shows the shipped fonts for scripts the system lacks are added:
# after the first page is painted, so the start does not wait for them.
SCRIPT_FONTS_MS = 200


def load_layers() -> None:
    """Imports the services (and SQLAlchemy under them), then the window's modules on them."""
    importlib.import_module("counsellor_app.services.session")
    importlib.import_module("counsellor_app.services.ui_queries")
    # The record services (the ORM and the repository under them) are loaded when first
    # used, which for the window would be on the thread that opens the database or reads
    # the list's first rows: here, before the window is built, as every page needs them.
    importlib.import_module("counsellor_app.services.records")
    for module in UI_MODULES:
        importlib.import_module(module)


def quick_to_open(target: Path | str) -> bool:
    """True for a SQLite file that exists at the program's schema: opening it takes
    milliseconds.

    A server may take a while to answer; a new file is laid out and migrated first, and an
    older one is backed up and upgraded (seconds, for a large file).
    """
    from counsellor_app.storage.migrate import file_at_head

    return isinstance(target, Path) and file_at_head(target)


def open_for_window(where: Path | str, **options: Any) -> Any:
    """``open_workspace`` for the window: at once for a file that exists, otherwise on a
    thread of its own while the GUI thread waits in an event loop.

    A server may take a while to reach, and a new file is laid out and migrated (about
    180 ms, Alembic included): the window repaints, moves and closes meanwhile. Problems (a
    ``DatabaseProblem``, for the start-up dialog) are raised here, on the GUI thread.
    """
    from PySide6.QtCore import QEventLoop, QMetaObject, Qt

    from counsellor_app.services.session import open_workspace

    if quick_to_open(where):
        return open_workspace(where, **options)
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            outcome["workspace"] = open_workspace(where, **options)
        except BaseException as error:  # raised again on the GUI thread
            outcome["error"] = error
        finally:
            # Queued: delivered once the loop runs, even if the work is done before it does.
            QMetaObject.invokeMethod(loop, "quit", Qt.ConnectionType.QueuedConnection)

    thread = threading.Thread(target=work, name="open-database", daemon=True)
    thread.start()
    loop.exec()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["workspace"]


def run_window(target: Path | str) -> int:
    """Runs the window on the database at ``target`` (a SQLite file or a URL); the exit code."""
    global _collector
    # What the start makes lives as long as the window: no collection pays to look at it, not
    # while it is made (the collector is off) nor after (it is frozen once the window shows).
    # A full collection looks at every object the collector tracks, on whichever thread
    # happens to allocate: with the start's objects in its scans, one during a read on the
    # reading thread held the interpreter lock, and so the window, for a fifth of a second.
    # After the start, collections run on the GUI thread only (``GuiThreadCollector``): one
    # run by the reading or writing thread could delete a Qt object of the GUI thread there.
    gc.disable()
    try:
        return _run_window(target)
    finally:
        if _collector is not None:
            _collector.stop()
            _collector = None
        gc.unfreeze()
        gc.enable()


_collector: Any = None


def _add_script_fonts() -> None:
    from counsellor_app.ui.common.script_fonts import add_missing_script_fonts

    add_missing_script_fonts()


def _freeze_the_start() -> None:
    from counsellor_app.ui.common.collector import GuiThreadCollector

    global _collector
    gc.freeze()
    if _collector is None:
        _collector = GuiThreadCollector()


def _run_window(target: Path | str) -> int:
    load_layers()
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    from counsellor_app import paths
    from counsellor_app.ui.common.drafts import offer_drafts
    from counsellor_app.ui.common.identity import present_to_desktop
    from counsellor_app.ui.common.language import install_language
    from counsellor_app.ui.common.settings import APPLICATION, ORGANISATION, AppSettings
    from counsellor_app.ui.safety.backup_dialog import start_daily_backup
    from counsellor_app.ui.shell.startup_dialog import (
        Opened,
        open_with_recovery,
        warn_if_on_network,
    )

    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or QApplication(sys.argv)
    QApplication.setApplicationDisplayName("Exchange Notes")
    present_to_desktop()
    settings = AppSettings()
    # Before the first widget, so that every text is made in the chosen language.
    install_language(settings.language)
    from counsellor_app.ui.shell.first_start import ensure_user_identity

    # Before anything else, a first start asks who the user is: every note carries the name.
    if not ensure_user_identity(settings):
        return 0

    from counsellor_app.ui.shell.main_window import MainWindow
    from counsellor_app.ui.shell.sections import import_ahead

    window = MainWindow(settings)
    if isinstance(target, Path) and target == paths.default_database() and settings.database:
        target = settings.database

    def attach(opened: Opened) -> None:
        window.attach_workspace(opened.workspace, str(opened.where))
        if opened.read_only:
            window.mark_read_only()

    def after_shown(opened: Opened) -> None:
        warn_if_on_network(window, opened.where)
        start_daily_backup(window)
        # The trash's expired records go in the background (its module, not its page).
        from counsellor_app.ui.safety.trash_page import purge_expired_in_background

        purge_expired_in_background(window)
        # Asked once the window has painted its pages.
        QTimer.singleShot(0, lambda: offer_drafts(window))
        # Once the first page's rows are in: what later sections import is imported ahead.
        QTimer.singleShot(
            IMPORT_AHEAD_MS,
            window,
            lambda: import_ahead(opened.workspace, window, window.choices),
        )

    def open_target(where: Path | str) -> Opened | None:
        return open_with_recovery(
            where, actor=settings.user_name or None, parent=window, opener=open_for_window
        )

    def open_another(path: str) -> None:
        if not window.maybe_leave():
            return
        opened = open_target(Path(path))
        if opened is not None:
            attach(opened)
            after_shown(opened)
            if isinstance(opened.where, Path) and opened.where != paths.example_database():
                settings.database = opened.where

    def open_example() -> None:
        """The sample database, made from the shipped example the first time; the user's own
        stays the one opened at the next start."""
        from counsellor_app.services.example import prepare_example
        from counsellor_app.ui.common.operations import show_error

        if not window.maybe_leave():
            return
        try:
            where = prepare_example(actor=settings.user_name or None)
        except Exception as error:  # told in plain words; the open database stays
            show_error(window, error)
            return
        opened = open_target(where)
        if opened is not None:
            attach(opened)
            after_shown(opened)

    from counsellor_app.storage import migrate

    revision = migrate.file_revision(target) if isinstance(target, Path) else None
    quick = revision == migrate.head_revision()
    if not quick:
        if migrate.is_older(revision):
            window.show_upgrading()
        window.show()
        app.processEvents()
    opened = open_target(target)
    if opened is None:
        window.close()
        return 2
    if not quick and not window.isVisible():
        opened.workspace.database.dispose()  # closed while the database was being opened
        return 0
    if opened.where != target and isinstance(opened.where, Path):
        # A restored copy or another file was chosen: it is the one to open next time.
        settings.database = opened.where
    # Built before the window shows: its first paint is the page, and the list's first rows
    # are read (on the list's own thread) while the window is being shown.
    attach(opened)
    window.show()
    QTimer.singleShot(0, window, lambda: after_shown(opened))
    QTimer.singleShot(0, window, _freeze_the_start)
    # Once the first page is painted: fonts for the scripts the system has none for.
    QTimer.singleShot(SCRIPT_FONTS_MS, window, _add_script_fonts)
    window.sig_open_database_requested.connect(open_another)
    window.sig_open_example_requested.connect(open_example)
    return int(app.exec())
