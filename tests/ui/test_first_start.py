"""First start: an empty database welcomes the user; the example loads through import."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from counsellor_app import paths
from counsellor_app.services.interchange import import_file
from tests.ui.conftest import program_settings, saving, wait_for_workers, wait_loaded

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


def test_the_example_opens_apart_from_the_users_database(qtbot, workspace, make_window):
    window = make_window(workspace)
    assert window.stack.currentWidget() is window.welcome
    with qtbot.waitSignal(window.sig_open_example_requested):
        qtbot.mouseClick(window.welcome.example_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.sig_open_example_requested):
        window.menus.example_action.trigger()
    # Nothing of the example went into the user's own database.
    assert window.stack.currentWidget() is window.welcome
    assert workspace.observations.count() == 0 and workspace.organisations.count() == 0


def test_the_example_database_is_a_file_of_its_own(tmp_path):
    from counsellor_app.services.example import prepare_example
    from counsellor_app.services.session import open_workspace

    where = prepare_example()
    assert where == paths.example_database()
    assert where != paths.default_database() and where.parent != paths.default_database().parent
    assert not paths.default_database().exists()
    sample = open_workspace(where)
    try:
        assert sample.observations.count() == 13
        assert "French-Belgian exchange on voluntary return" in {
            e.title for e in sample.exchanges.all()
        }
    finally:
        sample.database.dispose()
    # Opened again, it is the same sample, not the example imported twice.
    prepare_example()
    sample = open_workspace(where)
    try:
        assert sample.observations.count() == 13
    finally:
        sample.database.dispose()


def test_the_window_says_it_shows_the_example_and_offers_the_way_back(qtbot, make_window):
    from counsellor_app.services.example import prepare_example
    from counsellor_app.services.session import open_workspace

    where = prepare_example()
    sample = open_workspace(where, actor="tester")
    try:
        window = make_window(sample)
        window.attach_workspace(sample, str(where))
        assert window.on_example
        assert "example" in window.database_label.text()
        assert window.menus.own_database_action.isVisible()
        assert not window.menus.example_action.isVisible()
        assert window.menus.own_database_action.isEnabled()
        requested: list[str] = []
        window.sig_open_database_requested.connect(requested.append)
        window.menus.own_database_action.trigger()
        assert requested == [str(paths.default_database())]
        # Its pages show the example's exchanges.
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.pages.get("exchange"))
        page = window.pages["exchange"]
        wait_loaded(qtbot, page.model)
        shown = {page.model.index(r, 0).data() for r in range(page.model.rowCount())}
        assert "French-Belgian exchange on voluntary return" in shown
    finally:
        wait_for_workers()
        sample.database.dispose()


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


def test_first_start_asks_name_and_agency_before_the_window(qtbot, tmp_path, monkeypatch):
    from counsellor_app.app import run_window
    from counsellor_app.ui.shell import first_start, main_window

    program_settings().user_name = ""
    asked: list[str] = []

    def answer(dialog):
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        assert not ok.isEnabled()  # no name, no way on
        qtbot.keyClicks(dialog.name_edit, "  Marie Dupont ")
        qtbot.keyClicks(dialog.agency_edit, "Fedasil")
        assert ok.isEnabled()
        asked.append(dialog.windowTitle())
        dialog.accept()
        return False  # then quits: the window must not have been built yet

    built: list[object] = []
    monkeypatch.setattr(first_start, "run_dialog", answer)
    monkeypatch.setattr(main_window.MainWindow, "__init__", lambda *a: built.append(a))
    assert run_window(tmp_path / "db.sqlite3") == 0
    assert asked and not built
    settings = program_settings()
    assert (settings.user_name, settings.agency) == ("Marie Dupont", "Fedasil")
    assert not (tmp_path / "db.sqlite3").exists()


def test_a_known_user_is_not_asked_again(qtbot, isolated_settings, monkeypatch):
    from counsellor_app.ui.shell import first_start

    monkeypatch.setattr(first_start, "run_dialog", lambda dialog: pytest.fail("asked"))
    assert first_start.ensure_user_identity(isolated_settings)


def test_the_name_given_is_the_author_of_new_notes(qtbot, workspace, make_window):
    window = make_window(workspace)
    window.settings.user_name = "Marie Dupont"
    window.attach_workspace(workspace, "db")
    assert workspace.actor == "Marie Dupont"
