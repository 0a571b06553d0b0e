"""Screenshots of the forms with their list folded away (View ▸ List pane), at a laptop's
1366 × 768, in English and French: the comparison editor and an observation.

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots_folded.py \\
        [--out docs/screenshots] [--all]

The documentation keeps two of the four (``KEPT``); ``--all`` saves every one, to look at.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1366, 768)
KEPT = ("folded-comparison-1366x768-en", "folded-observation-1366x768-fr")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--all", action="store_true", help="save all four, not only KEPT")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

    from PySide6.QtCore import QCoreApplication, QSettings, QThreadPool
    from PySide6.QtWidgets import QApplication, QWidget

    temp = Path(tempfile.mkdtemp(prefix="exchange-notes-folded-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(temp))
    QCoreApplication.setOrganizationName("ExchangeNotesFolded")
    QCoreApplication.setApplicationName("folded")
    app = QApplication(sys.argv)

    from counsellor_app.services.example import prepare_example
    from counsellor_app.services.session import open_workspace
    from counsellor_app.ui.common.language import install_language
    from counsellor_app.ui.common.operations import write_pool
    from counsellor_app.ui.common.reads import read_pool
    from counsellor_app.ui.common.settings import AppSettings
    from counsellor_app.ui.shell.main_window import MainWindow

    def settle(seconds: float = 0.5) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)
        QThreadPool.globalInstance().waitForDone(5000)
        read_pool().waitForDone(5000)
        write_pool().waitForDone(5000)
        app.processEvents()

    def save(widget: QWidget, name: str) -> None:
        settle()
        if not args.all and name not in KEPT:
            return
        args.out.mkdir(parents=True, exist_ok=True)
        target = args.out / f"{name}.png"
        widget.grab().save(str(target))
        print(target)

    where = prepare_example(temp / "example.sqlite3", actor="Régis")
    settings = AppSettings()
    settings.user_name = "Régis"
    settings.agency = "Fedasil"
    width, height = SIZE
    for language in ("en", "fr"):
        settings.language = language
        install_language(language)
        workspace = open_workspace(where, actor="Régis")
        window = MainWindow(settings)
        window.resize(width, height)
        window.show()
        window.attach_workspace(workspace, str(where))
        settle()
        # The comparison "Who informs…", its list folded away.
        window.show_section("comparison")
        settle()
        section = window.pages["comparison"]
        informs = next(c for c in workspace.comparisons.all() if c.aspect.startswith("Who informs"))
        section.open_comparison(informs.id)
        section.set_list_folded(True)
        save(window, f"folded-comparison-{width}x{height}-{language}")
        # An observation with a speaker, its list folded away.
        window.show_section("observation")
        settle()
        observations = window.pages["observation"]
        quote = next(o for o in workspace.observations.all() if o.speaker)
        observations.open_record(quote.id)
        observations.set_list_folded(True)
        save(window, f"folded-observation-{width}x{height}-{language}")
        # Unfolded for the next language's window (the layout is saved on closing).
        section.set_list_folded(False)
        observations.set_list_folded(False)
        window.close()
        window.deleteLater()
        settle(0.2)
        workspace.database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
