"""The comparison editor: columns per organisation, practices, evidence quotes, saving."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from counsellor_app.services.comparisons import exchange_quotes
from counsellor_app.ui.choices import ChoiceSource
from counsellor_app.ui.comparison_editor import ComparisonEditor, QuoteListModel
from tests.ui.comparison_data import add_comparisons, add_quotes


def make_editor(qtbot, workspace, **kwargs):
    editor = ComparisonEditor(workspace, ChoiceSource(workspace), **kwargs)
    qtbot.addWidget(editor)
    editor.resize(1100, 900)
    editor.show()
    return editor


def add_column(qtbot, editor, organisation):
    editor.organisation_box.set_current_id(organisation.id)
    qtbot.mouseClick(editor.add_column_button, Qt.MouseButton.LeftButton)
    return editor.columns[-1]


def attach_by_typing(qtbot, column, words):
    if not column.attach_button.isChecked():
        qtbot.mouseClick(column.attach_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(column.find_edit, words)
    qtbot.keyClick(column.find_edit, Qt.Key.Key_Return)


def test_a_comparison_is_built_side_by_side_and_comes_back(qtbot, workspace, seeded):
    quotes = add_quotes(workspace, seeded)
    editor = make_editor(qtbot, workspace)
    editor.new({"exchange": seeded["exchange"].id})
    qtbot.keyClicks(editor.editors["aspect"].widget, "Who informs about voluntary return")
    editor.editors["transferability"].widget.setCurrentIndex(1)  # high
    fedasil = add_column(qtbot, editor, seeded["fedasil"])
    qtbot.keyClicks(fedasil.edits["description"], "Return counsellors in the centres.")
    qtbot.keyClicks(fedasil.edits["strengths"], "Trust already built.")
    ofii = add_column(qtbot, editor, seeded["ofii"])
    qtbot.keyClicks(ofii.edits["description"], "State officials.")
    # The list of observations narrows as one types; Enter attaches the first left.
    qtbot.mouseClick(fedasil.attach_button, Qt.MouseButton.LeftButton)
    assert fedasil.pick_model.rowCount() == 3
    qtbot.keyClicks(fedasil.find_edit, "guillaume months")
    assert fedasil.pick_model.rowCount() == 1
    qtbot.keyClick(fedasil.find_edit, Qt.Key.Key_Return)
    attach_by_typing(qtbot, fedasil, "not the state")
    attach_by_typing(qtbot, ofii, "prefecture")
    assert editor.is_dirty()
    assert fedasil.evidence_model.rowCount() == 2
    shown = fedasil.evidence_model.index(1, 0).data()
    assert shown.startswith("« At Fedasil it's the counsellors")
    assert shown.endswith("» — Guillaume, return counsellor")

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
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
    assert [c.title for c in again.columns] == ["Fedasil", "OFII"]
    assert again.columns[0].edits["description"].toPlainText() == (
        "Return counsellors in the centres."
    )
    texts = [again.columns[0].evidence_model.index(r, 0).data() for r in range(2)]
    assert "Trust takes months" in texts[0]
    assert again.columns[1].evidence_model.index(0, 0).data().endswith("Isabelle, return official")
    assert not again.is_dirty()


def test_a_practice_problem_shows_under_its_column(qtbot, workspace, seeded):
    editor = make_editor(qtbot, workspace)
    editor.new({"exchange": seeded["exchange"].id})
    qtbot.keyClicks(editor.editors["aspect"].widget, "Who delivers reintegration")
    first = add_column(qtbot, editor, seeded["fedasil"])
    qtbot.keyClicks(first.edits["description"], "Partners abroad.")
    second = add_column(qtbot, editor, seeded["ofii"])
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.record is None
    assert editor.status_label.text() == "Not saved: see the messages in red."
    assert second.errors["description"].isVisible()
    assert "Description" in second.errors["description"].text()
    assert not first.errors["description"].isVisible()
    assert workspace.comparisons.count() == 0
    # An aspect left empty is said under the aspect.
    editor.editors["aspect"].widget.clear()
    qtbot.keyClicks(second.edits["description"], "Its own offices.")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.errors["aspect"].isVisible()
    assert not second.errors["description"].isVisible()


def test_columns_move_and_go(qtbot, workspace, seeded):
    made = add_comparisons(workspace, seeded)
    editor = make_editor(qtbot, workspace)
    editor.load(made["informs"])
    first, second = editor.columns
    assert not first.move_left_action.isEnabled()
    first.move_right_action.trigger()
    assert editor.columns == [second, first]
    assert editor.is_dirty()
    # The organisation of a column is not offered again.
    offered = editor.organisation_box.choices.choice_ids()
    assert seeded["fedasil"].id not in offered and seeded["ofii"].id not in offered
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    stored = workspace.comparisons.get(made["informs"].id)
    assert [p.organisation for p in stored.practices] == [seeded["ofii"].id, seeded["fedasil"].id]
    qtbot.mouseClick(editor.columns[0].remove_button, Qt.MouseButton.LeftButton)
    assert [c.title for c in editor.columns] == ["Fedasil"]
    assert seeded["ofii"].id in editor.organisation_box.choices.choice_ids()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    stored = workspace.comparisons.get(made["informs"].id)
    assert [p.organisation for p in stored.practices] == [seeded["fedasil"].id]


def test_leaving_unsaved_changes_asks(qtbot, workspace, seeded, message_boxes):
    made = add_comparisons(workspace, seeded)
    editor = make_editor(qtbot, workspace)
    editor.load(made["informs"])
    qtbot.keyClicks(editor.columns[0].edits["challenges"], "Few counsellors.")
    message_boxes.answers = ["cancel_button"]
    assert not editor.maybe_leave()
    assert message_boxes.shown[-1][0] == "Unsaved changes"
    message_boxes.answers = ["save_button"]
    assert editor.maybe_leave()
    assert workspace.comparisons.get(made["informs"].id).practices[0].challenges == (
        "Few counsellors."
    )


def test_a_comparison_changed_elsewhere_is_not_overwritten(qtbot, workspace, seeded, message_boxes):
    made = add_comparisons(workspace, seeded)
    editor = make_editor(qtbot, workspace)
    editor.load(made["informs"])
    workspace.comparisons.update(dataclasses.replace(made["informs"], summary="Elsewhere."))
    qtbot.keyClicks(editor.columns[1].edits["strengths"], "Neutral.")
    message_boxes.answers = ["reload_button"]
    assert not editor.save()
    assert message_boxes.shown[-1][0] == "Changed by someone else"
    assert editor.record.summary == "Elsewhere."
    assert workspace.comparisons.get(made["informs"].id).practices[1].strengths is None


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
    column = section.editor.columns[0]
    with qtbot.waitSignal(section.sig_open_observation_requested):
        column.evidence_view.activated.emit(column.evidence_model.index(0, 0))
    assert window.section == "observation"
    assert window.pages["observation"].detail.record.id == quotes["counsellors"].id


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
    assert "exchange" not in tab.detail.editors
    assert page.new_in_tab()
    qtbot.keyClicks(tab.detail.editors["aspect"].widget, "Communication between offices")
    assert tab.save()
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
    editor.editors["exchange"].set_value(seeded["exchange"].id)
    qtbot.keyClicks(editor.editors["aspect"].widget, "Interpreters at the interview")
    assert section.save()

    assert window.show_section("exchange")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=5000)
    aspects = {tab.model.record_at(r).aspect for r in range(tab.model.rowCount())}
    assert "Interpreters at the interview" in aspects
