"""Who changed what and when: the History tab of a record and the overall audit view."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from PySide6.QtCore import Qt

from counsellor_app.services.session import open_workspace
from counsellor_app.ui.records.history import HistoryDialog
from tests.ui.conftest import wait_loaded


def change_role_elsewhere(workspace, person_id, role):
    other = open_workspace(workspace.database.path, actor="Isabelle at OFII")
    try:
        current = other.people.get(person_id)
        other.people.update(dataclasses.replace(current, role=role))
    finally:
        other.database.dispose()


def test_history_tab_shows_an_update_old_to_new(
    qtbot, qtmodeltester, workspace, seeded, make_window
):
    change_role_elsewhere(workspace, seeded["guillaume"].id, "team leader")
    window = make_window(workspace)
    window.show_section("person")
    page = window.pages["person"]
    wait_loaded(qtbot, page.model)
    page.select_record(seeded["guillaume"].id)
    editor = page.detail
    panel = editor.history_panel
    with qtbot.waitSignal(panel.history_loaded, timeout=5000):
        editor.tabs.setCurrentWidget(panel)
    model = panel.model
    qtmodeltester.check(model)
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header == ["When", "Who", "What", "Field", "Old → new"]
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    assert first[1:] == ["Isabelle at OFII", "changed", "Role", "return counsellor → team leader"]
    created = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert "created" in created
    # Another record shown: its own history.
    with qtbot.waitSignal(panel.history_loaded, timeout=5000):
        page.select_record(seeded["isabelle"].id)
    assert all(model.index(r, 1).data() == "tester" for r in range(model.rowCount()))


def test_overall_history_filtered_by_person_and_dates(qtbot, qtmodeltester, workspace, seeded):
    change_role_elsewhere(workspace, seeded["guillaume"].id, "team leader")
    dialog = HistoryDialog(workspace)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.history_loaded, timeout=5000):
        dialog.refresh()
    qtmodeltester.check(dialog.model)
    people = [dialog.person_combo.itemText(i) for i in range(dialog.person_combo.count())]
    assert people == ["Everyone", "Isabelle at OFII", "tester"]
    total = dialog.model.rowCount()
    dialog.set_person("Isabelle at OFII")
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 3).data().startswith("Person ")
    assert dialog.model.index(0, 5).data() == "return counsellor → team leader"
    dialog.set_person(None)
    assert dialog.model.rowCount() == total
    today = date.today()
    dialog.set_dates(today + timedelta(days=1), None)
    assert dialog.model.rowCount() == 0
    assert dialog.count_label.text() == "0 changes shown"
    dialog.set_dates(today - timedelta(days=1), today + timedelta(days=1))
    assert dialog.model.rowCount() == total


def test_history_menu_opens_the_dialog(qtbot, workspace, seeded, make_window):
    window = make_window(workspace)
    assert window.menus.history_action.text() == "&History…"
    window.menus.history_action.trigger()
    dialog = window.history_dialog
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=5000)
    assert dialog.isVisible()
    dialog.close()
