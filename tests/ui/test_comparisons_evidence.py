"""“Use as evidence for…”: an observation attached to a practice from its list."""

from __future__ import annotations

from counsellor_app.ui.common.choices import ChoiceSource
from counsellor_app.ui.comparisons import evidence_picker
from counsellor_app.ui.comparisons.evidence_picker import EvidencePickerDialog
from tests.ui.comparison_data import add_comparisons, add_quotes
from tests.ui.conftest import wait_loaded


def observations_page(qtbot, window, observation_id):
    window.show_section("observation")
    page = window.pages["observation"]
    wait_loaded(qtbot, page.model)
    page.select_record(observation_id)
    qtbot.waitUntil(lambda: page.detail.record is not None)
    assert page.detail.record.id == observation_id
    return page


def test_an_observation_becomes_evidence_of_an_existing_practice(
    qtbot, workspace, seeded, make_window, monkeypatch
):
    quotes = add_quotes(workspace, seeded)
    made = add_comparisons(workspace, seeded)
    window = make_window(workspace)
    page = observations_page(qtbot, window, quotes["officials"].id)
    seen = {}

    def answer(dialog):
        qtbot.keyClicks(dialog.find_edit, "who informs")
        assert dialog.proxy.rowCount() == 1
        dialog._choose_first()
        seen["columns"] = dialog.column_box.choices.choice_ids()
        dialog.choose_column(seeded["ofii"].id)
        assert not dialog.description_edit.isEnabled()
        return dialog.attach().wait()

    monkeypatch.setattr(evidence_picker, "run_dialog", answer)
    action = page.findChild(type(window.menus.new_action), "use_as_evidence_action")
    assert action in page.table.actions()  # in the list's context menu
    action.trigger()
    stored = workspace.comparisons.get(made["informs"].id)
    assert stored.practices[1].evidence == (quotes["officials"].id,)
    assert seen["columns"][:2] == [seeded["fedasil"].id, seeded["ofii"].id]
    assert "Attached as evidence" in window.statusBar().currentMessage()


def test_a_new_column_needs_its_description(qtbot, workspace, seeded):
    quotes = add_quotes(workspace, seeded)
    made = add_comparisons(workspace, seeded)
    dialog = EvidencePickerDialog(workspace, ChoiceSource(workspace), quotes["trust"])
    qtbot.addWidget(dialog)
    dialog.choose_comparison(made["countries"].id)
    dialog.choose_column(seeded["fedasil"].id)
    assert dialog.description_edit.isEnabled()
    assert not dialog.attach().wait()
    assert "describe it first" in dialog.error_label.text()
    dialog.description_edit.setPlainText("Through partner organisations.")
    assert dialog.attach().wait()
    stored = workspace.comparisons.get(made["countries"].id)
    assert stored.practices[1].organisation == seeded["fedasil"].id
    assert stored.practices[1].description == "Through partner organisations."
    assert stored.practices[1].evidence == (quotes["trust"].id,)


def test_nothing_chosen_attaches_nothing(qtbot, workspace, seeded):
    quotes = add_quotes(workspace, seeded)
    add_comparisons(workspace, seeded)
    dialog = EvidencePickerDialog(workspace, ChoiceSource(workspace), quotes["trust"])
    qtbot.addWidget(dialog)
    assert dialog.attach() is None
    assert dialog.error_label.text() == "Choose a comparison and a column first."
    assert dialog.stored is None


def test_the_evidence_picker_opens_whole_on_the_screen(qtbot, workspace, seeded):
    from PySide6.QtGui import QGuiApplication

    quotes = add_quotes(workspace, seeded)
    dialog = EvidencePickerDialog(workspace, ChoiceSource(workspace), quotes["trust"])
    qtbot.addWidget(dialog)
    area = QGuiApplication.primaryScreen().availableGeometry()
    dialog.resize(dialog.width(), area.height() + 400)
    dialog.move(area.left() + 10, area.bottom() - 100)
    dialog.show()
    qtbot.waitExposed(dialog)
    frame = dialog.frameGeometry()
    assert area.contains(frame), (area, frame)
