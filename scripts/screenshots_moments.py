"""Screenshots of the three moments the program must make easy (SPEC §8), at a laptop's
1366 × 768 and a desktop's 1920 × 1080, in English, French and Dutch.

    xvfb-run -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screenshots_moments.py \\
        [--out docs/screenshots]

Each moment is shown once per size, the languages taking turns, on the sample database made
from the example exchange:

1. a visit day: fast capture on the open exchange, a remark typed, its speaker, themes and
   language chosen;
2. after the visit: the comparison "Who informs…" with a column per agency and its quotes;
3. the Monday meeting: the matrix of the comparisons on trust, the gaps marked.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = ((1366, 768), (1920, 1080))
# (moment, language at 1366 × 768, language at 1920 × 1080)
MOMENTS = (("visit-day", "fr", "nl"), ("after-the-visit", "nl", "en"), ("monday", "en", "fr"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

    from PySide6.QtCore import QCoreApplication, QSettings, QThreadPool
    from PySide6.QtWidgets import QApplication, QWidget

    temp = Path(tempfile.mkdtemp(prefix="exchange-notes-moments-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(temp))
    QCoreApplication.setOrganizationName("ExchangeNotesMoments")
    QCoreApplication.setApplicationName("moments")
    app = QApplication(sys.argv)

    from counsellor_app.services.example import prepare_example
    from counsellor_app.services.session import open_workspace
    from counsellor_app.ui.common.language import install_language
    from counsellor_app.ui.common.operations import write_pool
    from counsellor_app.ui.common.reads import read_pool
    from counsellor_app.ui.common.settings import AppSettings
    from counsellor_app.ui.shell.main_window import MainWindow

    def settle(seconds: float = 0.4) -> None:
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
        args.out.mkdir(parents=True, exist_ok=True)
        target = args.out / f"{name}.png"
        widget.grab().save(str(target))
        print(target)

    where = prepare_example(temp / "example.sqlite3", actor="Régis")
    settings = AppSettings()
    settings.user_name = "Régis"
    settings.agency = "Fedasil"
    for moment, *languages in MOMENTS:
        for (width, height), language in zip(SIZES, languages, strict=True):
            settings.language = language
            install_language(language)
            workspace = open_workspace(where, actor="Régis")
            window = MainWindow(settings)
            window.resize(width, height)
            window.show()
            window.attach_workspace(workspace, str(where))
            settle()
            {"visit-day": visit_day, "after-the-visit": after_visit, "monday": monday}[moment](
                window, workspace, settle
            )
            save(window, f"{moment}-{width}x{height}-{language}")
            page = window.exchange_page
            if page is not None and page._capture is not None:
                page.capture.text_edit.clear()  # nothing to ask about on closing
            window.close()
            window.deleteLater()
            settle(0.2)
            workspace.database.dispose()
    return 0


def visit_day(window, workspace, settle) -> None:  # type: ignore[no-untyped-def]
    exchanges = window.pages["exchange"]
    first = next(e for e in workspace.exchanges.all() if e.title.startswith("French"))
    exchanges.select_record(first.id)
    settle()
    window.start_capture()
    capture = window.exchange_page.capture
    capture.text_edit.setPlainText(
        "Chez nous, ce sont les assistants sociaux des centres qui parlent du retour volontaire, "
        "dès les premières semaines, et toujours dans la langue de la personne."
    )
    guy = next(p for p in workspace.people.all() if p.name.startswith("Guillaume"))
    capture.speaker_box.set_current_id(guy.id)
    capture.themes_list.filter_edit.setText("tru")
    capture.language_edit.set_value("fr")
    capture.text_edit.setFocus()


def after_visit(window, workspace, settle) -> None:  # type: ignore[no-untyped-def]
    window.show_section("comparison")
    settle()
    section = window.pages["comparison"]
    informs = next(c for c in workspace.comparisons.all() if c.aspect.startswith("Who informs"))
    section.open_comparison(informs.id)
    settle()


def monday(window, workspace, settle) -> None:  # type: ignore[no-untyped-def]
    window.show_section("comparison")
    settle()
    section = window.pages["comparison"]
    section.show_matrix()
    settle(0.6)
    trust = next(t for t in workspace.themes.all() if t.name.casefold().startswith("trust"))
    section.matrix.set_filters(theme_id=trust.id)
    settle(0.6)


if __name__ == "__main__":
    sys.exit(main())
