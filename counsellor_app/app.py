"""Starting the window: show it first, then open the database, then fill it."""

from __future__ import annotations

import sys
from pathlib import Path


def run_window(target: Path | str) -> int:
    """Runs the window on the database at ``target`` (a SQLite file or a URL); the exit code."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from counsellor_app.ui.settings import APPLICATION, ORGANISATION, AppSettings

    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or QApplication(sys.argv)
    QApplication.setApplicationDisplayName("Exchange Notes")
    settings = AppSettings()

    from counsellor_app.ui.main_window import MainWindow

    window = MainWindow(settings)
    window.show()
    # The empty window paints before SQLAlchemy is even imported.
    app.processEvents()

    from counsellor_app import paths
    from counsellor_app.domain.errors import DatabaseProblem
    from counsellor_app.services.session import open_workspace

    if isinstance(target, Path) and target == paths.default_database() and settings.database:
        target = settings.database

    def open_target(where: Path | str) -> bool:
        try:
            workspace = open_workspace(where, actor=settings.user_name or None)
        except DatabaseProblem as problem:
            QMessageBox.critical(
                window,
                QCoreApplication.translate("Startup", "The database cannot be opened"),
                str(problem),
            )
            return False
        window.attach_workspace(workspace, str(where))
        return True

    def open_another(path: str) -> None:
        if window.maybe_leave() and open_target(Path(path)):
            settings.database = Path(path)

    if not open_target(target):
        window.close()
        return 2
    window.sig_open_database_requested.connect(open_another)
    return int(app.exec())
