"""Screenshots of the main screens, on a temporary database loaded with the example exchange.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--dark] [--scale 2]
        [--language fr]

Runs offscreen (no display needed) and saves PNGs grabbed from the window itself.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--dark", action="store_true", help="use a dark palette")
    parser.add_argument("--scale", type=float, default=1.0, help="QT_SCALE_FACTOR, e.g. 2")
    parser.add_argument("--suffix", default="", help="added to each file name, e.g. -dark")
    parser.add_argument("--language", default="en", choices=("en", "fr", "nl"))
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)

    from PySide6.QtCore import QCoreApplication, QSettings, QThreadPool
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication, QWidget

    temp = Path(tempfile.mkdtemp(prefix="exchange-notes-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(temp))
    QCoreApplication.setOrganizationName("ExchangeNotesScreenshots")
    QCoreApplication.setApplicationName("screenshots")
    app = QApplication(sys.argv)
    app.setStyle("Fusion")
    if args.dark:
        palette = QPalette()
        roles = QPalette.ColorRole
        for role, colour in (
            (roles.Window, "#2b2b2b"),
            (roles.WindowText, "#e6e6e6"),
            (roles.Base, "#1f1f1f"),
            (roles.AlternateBase, "#2a2a2a"),
            (roles.Text, "#e6e6e6"),
            (roles.Button, "#353535"),
            (roles.ButtonText, "#e6e6e6"),
            (roles.Highlight, "#2f65ca"),
            (roles.HighlightedText, "#ffffff"),
            (roles.ToolTipBase, "#353535"),
            (roles.ToolTipText, "#e6e6e6"),
            (roles.PlaceholderText, "#8a8a8a"),
        ):
            palette.setColor(role, QColor(colour))
        app.setPalette(palette)

    from counsellor_app import paths
    from counsellor_app.services.interchange import import_file
    from counsellor_app.services.session import open_workspace
    from counsellor_app.ui.common.language import install_language
    from counsellor_app.ui.common.operations import write_pool
    from counsellor_app.ui.common.reads import read_pool
    from counsellor_app.ui.common.settings import AppSettings
    from counsellor_app.ui.shell.main_window import MainWindow

    def settle(seconds: float = 0.3) -> None:
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
        target = args.out / f"{name}{args.suffix}.png"
        widget.grab().save(str(target))
        print(target)

    settings = AppSettings()
    settings.user_name = "Régis"
    settings.language = args.language
    install_language(args.language)
    window = MainWindow(settings)
    window.resize(1280, 800)
    window.show()

    empty = open_workspace(temp / "empty.sqlite3", actor="Régis")
    window.attach_workspace(empty, str(temp / "empty.sqlite3"))
    save(window, "welcome")

    workspace = open_workspace(temp / "example.sqlite3", actor="Régis")
    import_file(workspace, paths.example_file())
    window.attach_workspace(workspace, str(temp / "example.sqlite3"))
    settle()
    exchanges = window.pages["exchange"]
    first = exchanges.model.record_at(
        exchanges.model.row_of(
            next(e.id for e in workspace.exchanges.all() if e.title.startswith("French"))
        )
    )
    assert first is not None
    exchanges.select_record(first.id)
    save(window, "exchanges")

    page = window.exchange_page
    assert page is not None
    page.tabs.setCurrentIndex(2)
    settle()
    observations = page.pages["observation"]
    observations.table.selectRow(0)
    save(window, "exchange-page")

    window.start_capture()
    capture = page.capture
    capture.text_edit.setPlainText(
        "Chez Fedasil, ce sont les conseillers qui informent les demandeurs d’asile."
    )
    capture.speaker_box.text_edit.setText("Guy")
    capture.themes_list.filter_edit.setText("tru")
    capture.language_edit.set_value("fr")
    save(window, "fast-capture")
    page.stop_capture()

    window.show_section("observation")
    settle()
    window.pages["observation"].table.selectRow(2)  # the quote in Chinese
    save(window, "observations")

    window.show_section("comparison")
    settle()
    window.pages["comparison"].table.selectRow(0)
    save(window, "comparisons")

    # One comparison side by side with its quotes; then the matrix, gaps hatched.
    section = window.pages["comparison"]
    informs = next(c for c in workspace.comparisons.all() if c.aspect.startswith("Who informs"))
    section.open_comparison(informs.id)
    section.list_page.splitter.setSizes([300, 980])
    settle()
    practices_top = section.editor.form.practices_label.y() - 20
    section.editor.form.verticalScrollBar().setValue(practices_top)
    save(window, "comparison-editor")
    # A third agency joins the exchange for this picture only: its column shows the gaps.
    import dataclasses

    from counsellor_app.domain.records import Organisation

    exchange = workspace.exchanges.get(informs.exchange or "")
    iom = workspace.organisations.create(Organisation(name="IOM Brussels", country="BE"))
    joined = workspace.exchanges.update(
        dataclasses.replace(exchange, organisations=(*exchange.organisations, iom.id))
    )
    section.show_matrix()
    settle(0.6)
    section.matrix.table.setCurrentIndex(section.matrix.model.index(1, 1))
    save(window, "comparison-matrix")
    section.show_list()
    workspace.exchanges.update(dataclasses.replace(joined, organisations=exchange.organisations))
    workspace.organisations.delete(iom.id)
    workspace.empty_trash()

    # The PDF summary in its preview, names replaced by roles.
    from PySide6.QtCore import QEventLoop

    from counsellor_app.ui.reports.report_preview import ReportPreview, ReportRequest

    preview = ReportPreview(
        workspace, ReportRequest("exchange", first.title, exchange_id=first.id), settings, window
    )
    preview.resize(1000, 780)
    preview.redact_check.blockSignals(True)
    preview.redact_check.setChecked(True)
    preview.redact_check.blockSignals(False)
    loop = QEventLoop()
    preview.pdf_changed.connect(loop.quit)
    preview.show()
    preview.rebuild()
    loop.exec()
    save(preview, "report-preview")
    preview.close()

    # Someone else saved the same observation meanwhile.
    import dataclasses

    from counsellor_app.ui.common.conflict_dialog import ConflictDialog

    quote = next(o for o in workspace.observations.all() if o.speaker)
    theirs = dataclasses.replace(
        quote,
        translation="At Fedasil it is the counsellors, not state officials, who inform.",
        updated_by="Isabelle",
        version=quote.version + 1,
    )
    mine = dataclasses.replace(quote, language="fr-BE")
    assert window.choices is not None
    conflict = ConflictDialog(
        workspace.observations.spec,
        mine,
        theirs,
        "This observation was changed by Isabelle since you opened it; nothing was saved.",
        window.choices,
        window,
    )
    conflict.show()
    save(conflict, "conflict-dialog")
    conflict.close()

    # A damaged database at start-up, with its backups to choose from.
    from counsellor_app.domain.errors import DatabaseProblem
    from counsellor_app.services.backups import backup_now
    from counsellor_app.ui.shell.startup_dialog import StartupDialog

    backup_now(workspace)
    folder = paths.backup_dir_for(temp / "example.sqlite3")
    startup = StartupDialog(
        DatabaseProblem(
            "damaged",
            f"The database {temp / 'example.sqlite3'} is damaged. It was left as it is; "
            "restore a backup.",
        ),
        str(temp / "example.sqlite3"),
        folder,
        window,
    )
    startup.show()
    settle()
    save(startup, "startup-dialog")
    startup.close()

    window.show_search()
    search = window.pages["search"]
    search.query_edit.setText("reintegration")  # finds réintégration too
    search.search_now()
    settle()
    search.table.setFocus()
    save(window, "search")

    theme = next(t for t in workspace.themes.all() if t.name == "Readmission")
    workspace.themes.delete(theme.id)
    action = next(a for a in workspace.actions.all() if a.status and a.status.value == "done")
    workspace.actions.delete(action.id)
    window.show_section("trash")
    settle()
    window.pages["trash"].table.selectRow(0)
    save(window, "trash")

    # Personal data: the Security tab, the passphrase asked at start, erasing a person.
    from counsellor_app.services.personal_data import plan_erasure
    from counsellor_app.ui.records.person_data import ErasureDialog
    from counsellor_app.ui.safety.security import PassphrasePrompt
    from counsellor_app.ui.shell.settings_dialog import SettingsDialog

    dialog = SettingsDialog(
        settings,
        str(temp / "example.sqlite3"),
        window,
        backups_folder=folder,
        security_state="plain",
    )
    dialog.tabs.setCurrentWidget(dialog.security_page)
    dialog.show()
    save(dialog, "settings-security")
    dialog.close()
    prompt = PassphrasePrompt(str(temp / "example.sqlite3"), window, tries_left=2, wrong=True)
    prompt.show()
    save(prompt, "passphrase-prompt")
    prompt.close()
    speaker = next(o.speaker for o in workspace.observations.all() if o.speaker)
    erasure = ErasureDialog(plan_erasure(workspace, speaker), window)
    erasure.show()
    save(erasure, "erase-person")
    erasure.close()

    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
