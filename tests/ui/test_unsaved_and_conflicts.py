"""Changes are never lost silently, and a record changed elsewhere is never overwritten."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from counsellor_app.services.session import open_workspace
from tests.ui.conftest import saving, wait_loaded


def person_page(qtbot, window):
    window.show_section("person")
    page = window.pages["person"]
    wait_loaded(qtbot, page.model)
    return page


def click_row(qtbot, page, row):
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    # The row clicked is painted, so read: its record shows at once (unless the form asks).
    qtbot.waitUntil(lambda: page.detail.record is not None)


def test_leaving_a_changed_form_asks_cancel_keeps_the_edit(
    qtbot, workspace, seeded, make_window, message_boxes
):
    window = make_window(workspace)
    page = person_page(qtbot, window)
    click_row(qtbot, page, 0)
    assert page.detail.record.name == "Guillaume"
    name = page.detail.form.editors["name"].widget
    qtbot.keyClicks(name, " B.")
    message_boxes.answers = ["cancel_button"]
    click_row(qtbot, page, 1)
    assert message_boxes.shown and message_boxes.shown[-1][0] == "Unsaved changes"
    assert name.text() == "Guillaume B."
    assert page.current_record().name == "Guillaume"
    assert workspace.people.get(seeded["guillaume"].id).name == "Guillaume"
    # Switching section is refused too.
    message_boxes.answers = ["cancel_button"]
    assert not window.show_section("theme")
    assert window.section == "person"


def test_leaving_a_changed_form_discard_drops_the_edit(
    qtbot, workspace, seeded, make_window, message_boxes
):
    window = make_window(workspace)
    page = person_page(qtbot, window)
    click_row(qtbot, page, 0)
    qtbot.keyClicks(page.detail.form.editors["name"].widget, " B.")
    message_boxes.answers = ["discard_button"]
    click_row(qtbot, page, 1)
    assert page.detail.record.name == "Isabelle"
    assert page.detail.form.editors["name"].widget.text() == "Isabelle"
    assert workspace.people.get(seeded["guillaume"].id).name == "Guillaume"


def test_leaving_a_changed_form_save_saves(qtbot, workspace, seeded, make_window, message_boxes):
    window = make_window(workspace)
    page = person_page(qtbot, window)
    click_row(qtbot, page, 0)
    qtbot.keyClicks(page.detail.form.editors["name"].widget, " B.")
    message_boxes.answers = ["save_button"]
    assert window.show_section("theme")
    assert workspace.people.get(seeded["guillaume"].id).name == "Guillaume B."


def test_closing_the_window_asks(qtbot, workspace, seeded, make_window, message_boxes):
    window = make_window(workspace)
    page = person_page(qtbot, window)
    click_row(qtbot, page, 1)
    qtbot.keyClicks(page.detail.form.editors["office"].widget, "Marseille")
    message_boxes.answers = ["cancel_button"]
    window.close()
    assert window.isVisible()
    message_boxes.answers = ["save_button"]
    window.close()
    assert not window.isVisible()
    assert workspace.people.get(seeded["isabelle"].id).office == "Marseille"


def test_conflict_is_shown_and_reload_offered(qtbot, workspace, seeded, make_window, monkeypatch):
    from counsellor_app.ui.common import conflict_dialog
    from counsellor_app.ui.common.conflict_dialog import ConflictChoice

    window = make_window(workspace)
    page = person_page(qtbot, window)
    click_row(qtbot, page, 0)
    # Someone else, on another workstation, renames the same person.
    other = open_workspace(workspace.database.path, actor="Isabelle at OFII")
    try:
        current = other.people.get(seeded["guillaume"].id)
        other.people.update(dataclasses.replace(current, role="team leader"))
    finally:
        other.database.dispose()
    qtbot.keyClicks(page.detail.form.editors["office"].widget, "Brussels")
    answers = [ConflictChoice.KEEP_EDITING, ConflictChoice.TAKE_THEIRS]
    shown = []

    def answer(dialog):
        shown.append((dialog.windowTitle(), dialog.heading_label.text()))
        return answers.pop(0)

    monkeypatch.setattr(conflict_dialog, "ask", answer)
    with saving(qtbot, page.detail) as saved:
        page.detail.save()
    assert not saved.args[0]
    title, text = shown[-1]
    assert title == "Changed by someone else"
    assert "Isabelle at OFII" in text
    assert page.detail.form.editors["office"].widget.text() == "Brussels"
    assert workspace.people.get(seeded["guillaume"].id).office is None
    with saving(qtbot, page.detail) as saved:
        page.detail.save()
    assert not saved.args[0]
    assert page.detail.form.editors["role"].widget.text() == "team leader"
    assert page.detail.form.editors["office"].widget.text() == ""
    assert not page.detail.is_dirty()


def test_new_exchange_from_a_changed_form_asks_first(
    qtbot, workspace, seeded, make_window, message_boxes
):
    window = make_window(workspace)
    page = person_page(qtbot, window)
    click_row(qtbot, page, 0)
    qtbot.keyClicks(page.detail.form.editors["name"].widget, " B.")
    message_boxes.answers = ["cancel_button"]
    window.new_exchange()
    assert message_boxes.shown and message_boxes.shown[-1][0] == "Unsaved changes"
    assert window.section == "person"
    assert window.stack.currentWidget() is page
    assert page.detail.form.editors["name"].widget.text() == "Guillaume B."
