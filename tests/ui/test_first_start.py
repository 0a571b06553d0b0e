"""First start: an empty database welcomes the user; the example loads through import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from counsellor_app import paths
from counsellor_app.services.interchange import import_file
from tests.ui.conftest import saving, wait_loaded

EXAMPLE = paths.example_file()


def test_example_file_imports_cleanly(workspace):
    report = import_file(workspace, EXAMPLE)
    assert report.added["exchanges"] == 2
    assert report.added["comparisons"] == 3
    again = import_file(workspace, EXAMPLE)
    assert not again.added and not again.updated
    titles = {e.title for e in workspace.exchanges.all()}
    assert "French-Belgian exchange on voluntary return" in titles
    quotes = [o for o in workspace.observations.all() if o.language == "zh"]
    assert quotes and quotes[0].translation


def test_empty_database_shows_welcome_and_opens_example(qtbot, workspace, make_window):
    window = make_window(workspace)
    assert window.stack.currentWidget() is window.welcome
    qtbot.mouseClick(window.welcome.example_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.stack.currentWidget() is window.pages.get("exchange"), timeout=10000
    )
    page = window.pages["exchange"]
    wait_loaded(qtbot, page.model)
    shown = {page.model.index(r, 0).data() for r in range(page.model.rowCount())}
    assert "French-Belgian exchange on voluntary return" in shown
    assert workspace.observations.count() == 13
    # The first exchange is shown, not an empty "New exchange" form.
    qtbot.waitUntil(lambda: window.exchange_page.overview.record is not None, timeout=10000)
    assert window.exchange_page.overview.record.title in shown


def test_new_exchange_from_welcome(qtbot, workspace, make_window):
    window = make_window(workspace)
    qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
    page = window.pages["exchange"]
    assert window.stack.currentWidget() is page
    editor = window.exchange_page.overview
    title = editor.form.editors["title"].widget
    assert title.hasFocus() or title.isVisible()
    qtbot.keyClicks(title, "Study visit to OFII")
    with saving(qtbot, editor):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert [e.title for e in workspace.exchanges.all()] == ["Study visit to OFII"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)


def test_example_path_exists():
    assert Path(EXAMPLE).is_file()
