"""The comparison editor: columns per organisation, practices, evidence quotes, saving."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from counsellor_app.services.comparisons import exchange_quotes
from counsellor_app.ui.common.choices import ChoiceSource
from counsellor_app.ui.comparisons.comparison_editor import ComparisonEditor
from counsellor_app.ui.comparisons.comparison_quotes import QuoteListModel
from tests.ui.comparison_data import add_comparisons, add_quotes


def make_editor(qtbot, workspace, **kwargs):
    editor = ComparisonEditor(workspace, ChoiceSource(workspace), **kwargs)
    qtbot.addWidget(editor)
    editor.resize(1100, 900)
    editor.show()
    return editor


def add_column(qtbot, editor, organisation):
    editor.form.organisation_box.set_current_id(organisation.id)
    qtbot.mouseClick(editor.form.add_column_button, Qt.MouseButton.LeftButton)
    return editor.form.columns[-1]


def open_picker(qtbot, editor, column):
    """Attach evidence…: the exchange's observations are read in the background."""
    if not column.attach_button.isChecked():
        qtbot.mouseClick(column.attach_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.form.pool_loaded)


def saved(qtbot, editor):
    """Clicks Save and waits for the save to end; True when stored."""
    with qtbot.waitSignal(editor.controller.save_finished) as ended:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    return ended.args[0]


def attach_by_typing(qtbot, editor, column, words):
    open_picker(qtbot, editor, column)
    qtbot.keyClicks(column.find_edit, words)
    qtbot.keyClick(column.find_edit, Qt.Key.Key_Return)


def test_a_comparison_is_built_side_by_side_and_comes_back(qtbot, workspace, seeded):
    quotes = add_quotes(workspace, seeded)
    editor = make_editor(qtbot, workspace)
    editor.new({"exchange": seeded["exchange"].id})
    qtbot.keyClicks(editor.form.editors["aspect"].widget, "Who informs about voluntary return")
    editor.form.editors["transferability"].widget.setCurrentIndex(1)  # high
    fedasil = add_column(qtbot, editor, seeded["fedasil"])
    qtbot.keyClicks(fedasil.edits["description"], "Return counsellors in the centres.")
    qtbot.keyClicks(fedasil.edits["strengths"], "Trust already built.")
    ofii = add_column(qtbot, editor, seeded["ofii"])
    qtbot.keyClicks(ofii.edits["description"], "State officials.")
    # The list of observations narrows as one types; Enter attaches the first left.
    open_picker(qtbot, editor, fedasil)
    assert fedasil.pick_model.rowCount() == 3
    qtbot.keyClicks(fedasil.find_edit, "guillaume months")
    assert fedasil.pick_model.rowCount() == 1
    qtbot.keyClick(fedasil.find_edit, Qt.Key.Key_Return)
    attach_by_typing(qtbot, editor, fedasil, "not the state")
    attach_by_typing(qtbot, editor, ofii, "prefecture")
    assert editor.is_dirty()
    assert fedasil.evidence_model.rowCount() == 2
    shown = fedasil.evidence_model.index(1, 0).data()
    assert shown.startswith("« At Fedasil it's the counsellors")
    assert shown.endswith("» — Guillaume, return counsellor")

    assert saved(qtbot, editor)
    assert editor.status_label.text() == "Saved."
    assert not editor.is_dirty()

    stored = workspace.comparisons.get(editor.record.id)
    assert stored.aspect == "Who informs about voluntary return"
    assert stored.exchange == seeded["exchange"].id
    assert stored.transferability.value == "high"
    assert [p.organisation for p in stored.practices] == [seeded["fedasil"].id, seeded["ofii"].id]
    assert stored.practices[0].strengths == "Trust already built."
    assert stored.practices[0].evidence == (quotes["trust"].id, quotes["counsellors"].id)
    assert stored.practices[1].evidence == (quotes["officials"].id,)
    assert workspace.history(stored.id)[0]["action"] == "create"

    again = make_editor(qtbot, workspace)
    again.load(stored)
    assert [c.title for c in again.form.columns] == ["Fedasil", "OFII"]
    # The quotes of the evidence are read in the background.
    qtbot.waitUntil(lambda: all(c.complete for c in again.form.columns))
    assert again.form.columns[0].edits["description"].toPlainText() == (
        "Return counsellors in the centres."
    )
    texts = [again.form.columns[0].evidence_model.index(r, 0).data() for r in range(2)]
    assert "Trust takes months" in texts[0]
    assert (
        again.form.columns[1]
        .evidence_model.index(0, 0)
        .data()
        .endswith("Isabelle, return official")
    )
    assert not again.is_dirty()


def test_a_practice_problem_shows_under_its_column(qtbot, workspace, seeded):
    editor = make_editor(qtbot, workspace)
    editor.new({"exchange": seeded["exchange"].id})
    qtbot.keyClicks(editor.form.editors["aspect"].widget, "Who delivers reintegration")
    first = add_column(qtbot, editor, seeded["fedasil"])
    qtbot.keyClicks(first.edits["description"], "Partners abroad.")
    second = add_column(qtbot, editor, seeded["ofii"])
    assert not saved(qtbot, editor)
    assert editor.record is None
    assert editor.status_label.text() == "Not saved: see the messages in red."
    assert second.errors["description"].isVisible()
    assert "Description" in second.errors["description"].text()
    assert not first.errors["description"].isVisible()
    assert workspace.comparisons.count() == 0
    # An aspect left empty is said under the aspect.
    editor.form.editors["aspect"].widget.clear()
    qtbot.keyClicks(second.edits["description"], "Its own offices.")
    assert not saved(qtbot, editor)
    assert editor.form.errors["aspect"].isVisible()
    assert not second.errors["description"].isVisible()


def test_columns_move_and_go(qtbot, workspace, seeded):
    made = add_comparisons(workspace, seeded)
    editor = make_editor(qtbot, workspace)
    editor.load(made["informs"])
    first, second = editor.form.columns
    assert not first.move_left_action.isEnabled()
    first.move_right_action.trigger()
    assert editor.form.columns == [second, first]
    assert editor.is_dirty()
    # The organisation of a column is not offered again.
    offered = editor.form.organisation_box.choices.choice_ids()
    assert seeded["fedasil"].id not in offered and seeded["ofii"].id not in offered
    assert saved(qtbot, editor)
    stored = workspace.comparisons.get(made["informs"].id)
    assert [p.organisation for p in stored.practices] == [seeded["ofii"].id, seeded["fedasil"].id]
    qtbot.mouseClick(editor.form.columns[0].remove_button, Qt.MouseButton.LeftButton)
    assert [c.title for c in editor.form.columns] == ["Fedasil"]
    assert seeded["ofii"].id in editor.form.organisation_box.choices.choice_ids()
    assert saved(qtbot, editor)
    stored = workspace.comparisons.get(made["informs"].id)
    assert [p.organisation for p in stored.practices] == [seeded["fedasil"].id]


def test_leaving_unsaved_changes_asks(qtbot, workspace, seeded, message_boxes):
    made = add_comparisons(workspace, seeded)
    editor = make_editor(qtbot, workspace)
    editor.load(made["informs"])
    qtbot.keyClicks(editor.form.columns[0].edits["challenges"], "Few counsellors.")
    message_boxes.answers = ["cancel_button"]
    assert not editor.maybe_leave()
    assert message_boxes.shown[-1][0] == "Unsaved changes"
    message_boxes.answers = ["save_button"]
    assert editor.maybe_leave()  # waits for the save, the window painting meanwhile
    assert workspace.comparisons.get(made["informs"].id).practices[0].challenges == (
        "Few counsellors."
    )


def test_a_comparison_changed_elsewhere_meets_the_conflict_dialog(
    qtbot, workspace, seeded, monkeypatch
):
    from counsellor_app.ui.common import conflict_dialog
    from counsellor_app.ui.common.conflict_dialog import ConflictChoice

    made = add_comparisons(workspace, seeded)
    editor = make_editor(qtbot, workspace)
    editor.load(made["informs"])
    workspace.comparisons.update(dataclasses.replace(made["informs"], summary="Elsewhere."))
    qtbot.keyClicks(editor.form.columns[1].edits["strengths"], "Neutral.")
    shown = []

    def answer(dialog):
        shown.append((dialog.windowTitle(), dialog.model.changed_fields()))
        return ConflictChoice.TAKE_THEIRS

    monkeypatch.setattr(conflict_dialog, "ask", answer)
    assert not saved(qtbot, editor)
    assert shown == [("Changed by someone else", ["summary", "practices"])]
    assert editor.record.summary == "Elsewhere."
    assert not editor.is_dirty()
    assert workspace.comparisons.get(made["informs"].id).practices[1].strengths is None


def test_keep_mine_saves_over_a_comparison_changed_elsewhere(qtbot, workspace, seeded, monkeypatch):
    from counsellor_app.ui.common import conflict_dialog
    from counsellor_app.ui.common.conflict_dialog import ConflictChoice

    made = add_comparisons(workspace, seeded)
    editor = make_editor(qtbot, workspace)
    editor.load(made["informs"])
    workspace.comparisons.update(dataclasses.replace(made["informs"], summary="Elsewhere."))
    qtbot.keyClicks(editor.form.columns[1].edits["strengths"], "Neutral.")
    monkeypatch.setattr(conflict_dialog, "ask", lambda _dialog: ConflictChoice.KEEP_MINE)
    assert saved(qtbot, editor)
    stored = workspace.comparisons.get(made["informs"].id)
    assert stored.practices[1].strengths == "Neutral."
    assert stored.summary is None  # mine, as the conflict dialog said


def test_a_read_only_database_cannot_save_a_comparison(qtbot, tmp_path, seeded, workspace):
    from counsellor_app.services.session import open_workspace

    made = add_comparisons(workspace, seeded)
    path = workspace.database.path
    reader = open_workspace(path, actor="reader", read_only=True)
    try:
        editor = make_editor(qtbot, reader)
        assert not editor.save_button.isEnabled()
        editor.new({"exchange": seeded["exchange"].id})
        assert not editor.save_button.isEnabled()  # not even a new one
        assert not editor.save()
        editor.load(made["informs"])
        assert not editor.save_button.isEnabled()
        assert not editor.delete_button.isEnabled()
        assert not editor.form.isEnabled()
        assert editor.delete() is None
        assert workspace.comparisons.count() == 3
    finally:
        reader.database.dispose()


def test_moving_a_comparison_to_the_trash_drops_its_draft(qtbot, workspace, seeded):
    made = add_comparisons(workspace, seeded)
    editor = make_editor(qtbot, workspace)
    editor.load(made["informs"])
    qtbot.keyClicks(editor.form.columns[0].edits["challenges"], "Few counsellors.")
    editor.controller.drafts.keep_now()
    store = editor.controller.drafts.store
    assert [d.key for d in store.pending()] == [f"comparison:{made['informs'].id}"]
    operation = editor.delete()
    assert operation.wait()
    assert editor.record is None
    assert store.pending() == []
    assert workspace.comparisons.count(trashed=True) == 1


def test_a_quote_opens_its_observation(qtbot, workspace, seeded, make_window):
    quotes = add_quotes(workspace, seeded)
    made = add_comparisons(workspace, seeded)
    practice = dataclasses.replace(
        made["informs"].practices[0], evidence=(quotes["counsellors"].id,)
    )
    workspace.comparisons.update(
        dataclasses.replace(made["informs"], practices=(practice, made["informs"].practices[1]))
    )
    window = make_window(workspace)
    window.show_section("comparison")
    section = window.pages["comparison"]
    section.open_comparison(made["informs"].id)
    qtbot.waitUntil(lambda: section.editor.record is not None)
    column = section.editor.form.columns[0]
    with qtbot.waitSignal(section.sig_open_record_requested):
        column.evidence_view.activated.emit(column.evidence_model.index(0, 0))
    assert window.section == "observation"
    observations = window.pages["observation"]
    qtbot.waitUntil(lambda: observations.detail.record is not None)
    assert observations.detail.record.id == quotes["counsellors"].id
    qtbot.waitUntil(lambda: observations.table.currentIndex().isValid())
    assert (
        observations.model.id_at(observations.table.currentIndex().row())
        == quotes["counsellors"].id
    )


def test_the_exchange_comparisons_tab_edits(qtbot, workspace, seeded, make_window):
    add_comparisons(workspace, seeded)
    window = make_window(workspace)
    exchanges = window.pages["exchange"]
    exchanges.select_record(seeded["exchange"].id)
    page = window.exchange_page
    tab = page.pages["comparison"]
    page.tabs.setCurrentIndex(3)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    assert isinstance(tab.detail, ComparisonEditor)
    assert "exchange" not in tab.detail.form.editors
    assert page.new_in_tab()
    qtbot.keyClicks(tab.detail.form.editors["aspect"].widget, "Communication between offices")
    assert tab.save()
    qtbot.waitUntil(lambda: tab.detail.record is not None)
    stored = tab.detail.record
    assert stored.exchange == seeded["exchange"].id
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3)


def test_quote_models_pass_the_model_tester(qtbot, qtmodeltester, workspace, seeded):
    add_quotes(workspace, seeded)
    model = QuoteListModel()
    model.set_quotes(exchange_quotes(workspace, seeded["exchange"].id))
    qtmodeltester.check(model)
    model.set_filter("officials")
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_a_comparison_saved_in_its_section_shows_in_the_exchange_tab(
    qtbot, workspace, seeded, make_window
):
    add_comparisons(workspace, seeded)
    window = make_window(workspace)
    window.pages["exchange"].select_record(seeded["exchange"].id)
    tab = window.exchange_page.pages["comparison"]
    window.exchange_page.tabs.setCurrentIndex(3)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)

    assert window.show_section("comparison")
    section = window.pages["comparison"]
    section.new_record()
    editor = section.list_page.detail
    editor.form.editors["exchange"].set_value(seeded["exchange"].id)
    qtbot.keyClicks(editor.form.editors["aspect"].widget, "Interpreters at the interview")
    assert section.save()
    qtbot.waitUntil(lambda: editor.record is not None)

    assert window.show_section("exchange")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=5000)
    tab.model.request_rows(0, 2)
    qtbot.waitUntil(lambda: tab.model.rows_read(0, 2))
    tab.model.request_rows(0, 2)
    qtbot.waitUntil(lambda: tab.model.rows_read(0, 2))
    aspects = {tab.model.record_at(r).aspect for r in range(tab.model.rowCount())}
    assert "Interpreters at the interview" in aspects
