"""The trash (restore, empty) and the File menu's work in the background."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from tests.ui.conftest import wait_loaded


def test_delete_restore_and_empty_the_trash(qtbot, workspace, seeded, make_window, message_boxes):
    window = make_window(workspace)
    window.show_section("theme")
    themes = window.pages["theme"]
    wait_loaded(qtbot, themes.model)
    themes.select_record(seeded["trust"].id)
    qtbot.waitUntil(lambda: themes.detail.record is not None)
    assert themes.detail.record.name == "Trust"
    themes.table.setFocus()
    qtbot.keyClick(themes.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: themes.detail.record is None)
    assert themes.detail.status_label.text() == "Moved to the trash."
    assert [t.name for t in workspace.themes.all()] == ["Information"]
    qtbot.waitUntil(lambda: themes.model.rowCount() == 1)

    window.show_section("trash")
    trash = window.pages["trash"]
    wait_loaded(qtbot, trash.model)
    assert trash.model.rowCount() == 1
    assert trash.model.index(0, 0).data() == "Theme"
    assert trash.model.index(0, 1).data() == "Trust"
    trash.table.selectRow(0)
    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: trash.model.rowCount() == 0)
    assert sorted(t.name for t in workspace.themes.all()) == ["Information", "Trust"]
    assert trash.empty_label.isVisibleTo(trash)

    workspace.themes.delete(seeded["information"].id)
    trash.refresh()
    wait_loaded(qtbot, trash.model)
    message_boxes.answers = ["cancel_button"]
    assert trash.empty_trash() is None
    assert workspace.themes.count(trashed=True) == 1
    message_boxes.answers = ["confirm_button"]
    qtbot.mouseClick(trash.empty_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: workspace.themes.count(trashed=True) == 0)
    qtbot.waitUntil(lambda: trash.model.rowCount() == 0)


def test_deleting_an_exchange_takes_its_notes_to_the_trash(qtbot, workspace, seeded, make_window):
    from counsellor_app.domain.records import Observation

    workspace.observations.create(
        Observation(exchange=seeded["exchange"].id, kind="quote", text="A remark")
    )
    window = make_window(workspace)
    page = window.pages["exchange"]
    page.select_record(seeded["exchange"].id)
    qtbot.waitUntil(lambda: window.exchange_page.record is not None)
    window.delete_current()
    qtbot.waitUntil(lambda: workspace.exchanges.count() == 0)
    assert workspace.observations.count() == 0
    window.show_section("trash")
    trash = window.pages["trash"]
    wait_loaded(qtbot, trash.model)
    assert trash.model.rowCount() == 2


def test_import_of_a_bad_file_lists_problems_with_paths(
    qtbot, workspace, seeded, make_window, tmp_path
):
    bad = {
        "format": "counsellor-exchange-notes",
        "version": 1,
        "observations": [
            {
                "id": "0b4f6c0e-8a51-4f0b-9d56-0e7f1f8a0c11",
                "exchange": "9f3c1e52-1111-4222-8333-444455556666",
                "kind": "quote",
                "text": "",
            }
        ],
        "visits": [
            {
                "id": "1b4f6c0e-8a51-4f0b-9d56-0e7f1f8a0c11",
                "exchange": seeded["exchange"].id,
                "start": "2016-09-26",
                "end": "2016-09-20",
            }
        ],
    }
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    window = make_window(workspace)
    files = window.files
    with qtbot.waitSignal(files.task_finished, timeout=10000):
        files.import_file(path)
    dialog = files.problems_dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog.text_view.toPlainText()
    assert "observations[0].text" in text
    assert "visits[0].end" in text
    assert "bad.json" in dialog.intro_label.text()
    assert dialog.text_view.isReadOnly()
    assert workspace.visits.count() == 0
    dialog.close()


def test_export_and_csv_and_backup_run_in_the_background(
    qtbot, workspace, seeded, make_window, tmp_path
):
    window = make_window(workspace)
    files = window.files
    target = tmp_path / "out.json"
    with qtbot.waitSignal(files.task_finished, timeout=10000):
        files.export_file(target)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert [e["title"] for e in document["exchanges"]] == ["French-Belgian exchange"]
    with qtbot.waitSignal(files.task_finished, timeout=10000):
        files.export_csv(tmp_path / "out.csv")
    assert (tmp_path / "out.csv").exists()
    with qtbot.waitSignal(files.task_finished, timeout=10000):
        files.backup_now()
    assert "Backed up" in window.statusBar().currentMessage()


def test_import_can_be_cancelled(qtbot, workspace, make_window, tmp_path):
    from counsellor_app import paths

    window = make_window(workspace)
    files = window.files
    example = paths.example_file()
    with qtbot.waitSignal(files.task_finished, timeout=10000):
        task = files.import_file(example)
        assert task is not None
        task.cancel()
    assert workspace.exchanges.count() == 0
    assert "cancelled" in window.statusBar().currentMessage()


def test_an_export_over_the_database_is_refused_and_says_why(
    qtbot, sqlite_workspace, make_window, monkeypatch
):
    from counsellor_app.ui.common import prompts

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        prompts, "show_error", lambda _parent, title, text: shown.append((title, text))
    )
    window = make_window(sqlite_workspace)
    database = sqlite_workspace.database.path
    before = database.read_bytes()
    with qtbot.waitSignal(window.files.task_finished, timeout=10000):
        window.files.export_file(database)
    assert shown and "it is the database itself" in shown[0][1]
    assert database.read_bytes() == before
    assert sqlite_workspace.organisations.count() == 0  # still the database, still readable


def test_an_unexpected_error_shows_its_kind_not_the_statement_and_its_values(
    qtbot, sqlite_workspace, make_window, monkeypatch, tmp_path
):
    import sqlite3

    from sqlalchemy.exc import IntegrityError

    from counsellor_app.services import interchange
    from counsellor_app.ui.common import prompts

    def fail(*_args, **_kwargs):
        raise IntegrityError(
            "UPDATE people SET name=? WHERE people.id = ?",
            ("Zacharias Quenneville", "c0ffee00-0000-4000-8000-000000000000"),
            sqlite3.IntegrityError("UNIQUE constraint failed"),
        )

    shown: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(interchange, "export_file", fail)
    window = make_window(sqlite_workspace)
    with qtbot.waitSignal(window.files.task_finished, timeout=10000):
        window.files.export_file(tmp_path / "out.json")
    (text,) = shown
    assert "IntegrityError" in text
    for secret in ("Zacharias", "UPDATE", "c0ffee00"):
        assert secret not in text
