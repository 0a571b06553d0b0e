"""Undo and redo (Edit menu, Ctrl+Z / Ctrl+Shift+Z) of moves to the trash, restores and saves;
Del on a record in use says what uses it and asks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from counsellor_app.domain.records import Observation
from tests.ui.conftest import saving, wait_loaded


def undo_and_wait(qtbot, window, *, redo: bool = False) -> None:
    with qtbot.waitSignal(window.history.ran, timeout=5000) as ran:
        if redo:
            qtbot.keySequence(window, QKeySequence.StandardKey.Redo)
        else:
            qtbot.keySequence(window, QKeySequence.StandardKey.Undo)
    assert ran.args == [True]


def open_theme(qtbot, window, theme_id):
    window.show_section("theme")
    themes = window.pages["theme"]
    wait_loaded(qtbot, themes.model)
    themes.select_record(theme_id)
    qtbot.waitUntil(lambda: themes.detail.record is not None)
    return themes


def test_a_move_to_the_trash_is_undone_and_redone(qtbot, workspace, seeded, make_window):
    window = make_window(workspace)
    themes = open_theme(qtbot, window, seeded["trust"].id)
    themes.table.setFocus()
    qtbot.keyClick(themes.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.history.can_undo())
    assert workspace.themes.count() == 1
    assert window.menus.undo_action.text() == "&Undo Move theme “Trust” to the trash"
    undo_and_wait(qtbot, window)
    assert sorted(t.name for t in workspace.themes.all()) == ["Information", "Trust"]
    qtbot.waitUntil(lambda: themes.model.rowCount() == 2)
    assert window.menus.redo_action.text().startswith("&Redo Move theme")
    undo_and_wait(qtbot, window, redo=True)
    assert [t.name for t in workspace.themes.all()] == ["Information"]
    qtbot.waitUntil(lambda: themes.model.rowCount() == 1)


def test_a_restore_from_the_trash_is_undone(qtbot, workspace, seeded, make_window):
    workspace.themes.delete(seeded["trust"].id)
    window = make_window(workspace)
    window.show_section("trash")
    trash = window.pages["trash"]
    wait_loaded(qtbot, trash.model)
    trash.table.selectRow(0)
    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.history.can_undo())
    assert workspace.themes.count() == 2
    window.sidebar.setFocus()
    undo_and_wait(qtbot, window)
    assert workspace.themes.count() == 1
    qtbot.waitUntil(lambda: trash.model.rowCount() == 1)


def test_a_save_is_undone_and_redone(qtbot, workspace, seeded, make_window):
    window = make_window(workspace)
    themes = open_theme(qtbot, window, seeded["trust"].id)
    name = themes.detail.form.editors["name"].widget
    name.selectAll()
    qtbot.keyClicks(name, "Confidence")
    with saving(qtbot, themes.detail):
        qtbot.keySequence(window, QKeySequence.StandardKey.Save)
    assert workspace.themes.get(seeded["trust"].id).name == "Confidence"
    # Ctrl+Z in the list undoes the save, not the typing.
    themes.table.setFocus()
    undo_and_wait(qtbot, window)
    assert workspace.themes.get(seeded["trust"].id).name == "Trust"
    qtbot.waitUntil(lambda: themes.detail.form.editors["name"].value() == "Trust")
    undo_and_wait(qtbot, window, redo=True)
    assert workspace.themes.get(seeded["trust"].id).name == "Confidence"


def test_a_new_record_is_undone_to_the_trash(qtbot, workspace, seeded, make_window):
    window = make_window(workspace)
    window.show_section("theme")
    themes = window.pages["theme"]
    themes.new_record()
    qtbot.keyClicks(themes.detail.form.editors["name"].widget, "Housing")
    with saving(qtbot, themes.detail):
        themes.detail.save()
    assert workspace.themes.count() == 3
    themes.table.setFocus()
    undo_and_wait(qtbot, window)
    assert workspace.themes.count() == 2 and workspace.themes.count(trashed=True) == 1


def test_typing_is_undone_in_its_field_first(qtbot, workspace, seeded, make_window):
    window = make_window(workspace)
    themes = open_theme(qtbot, window, seeded["trust"].id)
    workspace_before = workspace.themes.get(seeded["trust"].id)
    name = themes.detail.form.editors["name"].widget
    name.setFocus()
    qtbot.keyClicks(name, "!")
    window.undo()
    assert name.text() == "Trust"
    assert workspace.themes.get(seeded["trust"].id) == workspace_before


def test_del_on_a_record_in_use_says_what_uses_it_and_asks(
    qtbot, workspace, seeded, make_window, message_boxes
):
    workspace.observations.create(
        Observation(
            exchange=seeded["exchange"].id,
            kind="quote",
            text="A remark",
            speaker=seeded["guillaume"].id,
        )
    )
    window = make_window(workspace)
    window.show_section("person")
    people = window.pages["person"]
    wait_loaded(qtbot, people.model)
    people.select_record(seeded["guillaume"].id)
    qtbot.waitUntil(lambda: people.detail.record is not None)
    people.table.setFocus()
    message_boxes.answers = ["cancel_button"]
    qtbot.keyClick(people.table, Qt.Key.Key_Delete)
    title, text = message_boxes.shown[-1]
    assert title == "Move to the trash?"
    assert "1 observation (as speaker)" in text
    assert workspace.people.count() == 2
    message_boxes.answers = ["confirm_button"]
    qtbot.keyClick(people.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.history.can_undo())
    assert workspace.people.count() == 1
    undo_and_wait(qtbot, window)
    assert workspace.people.count() == 2
