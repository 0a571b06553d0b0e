"""The matrix of comparisons: filters, gaps marked, double-click to edit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QToolButton

from counsellor_app.services.comparisons import load_matrix_source
from counsellor_app.ui.comparisons.comparison_editor import ComparisonEditor
from counsellor_app.ui.comparisons.comparison_matrix import EMPTY_ROLE, ComparisonMatrixView
from tests.ui.comparison_data import add_comparisons


def make_view(qtbot, workspace):
    view = ComparisonMatrixView(workspace)
    qtbot.addWidget(view)
    view.resize(1000, 500)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: not view.loading, timeout=5000)
    return view


def aspects(view):
    return [view.model.index(r, 0).data() for r in range(view.model.rowCount())]


def organisations(view):
    model = view.model
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(1, model.columnCount())]


def test_the_matrix_filters_by_exchange_theme_and_organisation(qtbot, workspace, seeded):
    made = add_comparisons(workspace, seeded)
    view = make_view(qtbot, workspace)
    assert aspects(view) == [
        "In how many countries reintegration is organised",
        "Offices abroad",
        "Who informs asylum seekers about voluntary return",
    ]
    assert organisations(view) == ["Fedasil", "OFII"]
    assert "Comparisons: 3 ·" in view.summary_label.text()

    # The theme is found by typing part of its name, as in every reference box.
    qtbot.keyClicks(view.theme_box.text_edit, "tru")
    qtbot.keyClick(view.theme_box.text_edit, Qt.Key.Key_Return)
    assert view.theme_box.current_id() == seeded["trust"].id
    assert aspects(view) == ["Who informs asylum seekers about voluntary return"]

    view.set_filters(exchange_id=made["other"].id)
    assert aspects(view) == ["Offices abroad"]
    assert organisations(view) == ["OFII"]

    view.set_filters(organisation_id=seeded["fedasil"].id)
    assert organisations(view) == ["Fedasil"]
    assert len(aspects(view)) == 3
    assert view.summary_label.text().endswith("not recorded yet: 2")


def test_gaps_are_marked(qtbot, workspace, seeded):
    add_comparisons(workspace, seeded)
    view = make_view(qtbot, workspace)
    model = view.model
    # "In how many countries…": OFII has a practice, Fedasil (in the exchange) has none.
    gap = model.index(0, 1)
    assert gap.data(EMPTY_ROLE) is True
    assert gap.data() == "— no practice recorded —"
    assert "No practice of Fedasil" in gap.data(Qt.ItemDataRole.ToolTipRole)
    brush = gap.data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(brush, QBrush) and brush.style() == Qt.BrushStyle.BDiagPattern
    filled = model.index(2, 1)
    assert filled.data() == "Return counsellors in the centres."
    assert "Observed on 10/7/2016" in filled.data(Qt.ItemDataRole.ToolTipRole)
    assert filled.data(EMPTY_ROLE) is False
    view.table.viewport().repaint()  # the delegate draws both kinds of cell


def test_showing_comparisons_makes_the_editor_after_the_list_and_the_matrix_when_chosen(
    qtbot, workspace, seeded, make_window
):
    add_comparisons(workspace, seeded)
    window = make_window(workspace)
    window.show_section("comparison")
    section = window.pages["comparison"]
    # Showing the section builds the list only: the editor in the turn after it is painted.
    assert not section.findChildren(ComparisonEditor)
    qtbot.waitUntil(lambda: bool(section.findChildren(ComparisonEditor)), timeout=5000)
    assert not section.findChildren(ComparisonMatrixView)
    assert section.stack.count() == 1
    assert not section.showing_matrix()
    assert section.report_filters() == {}

    section.matrix_button.click()
    assert section.showing_matrix()
    (view,) = section.findChildren(ComparisonMatrixView)
    assert view is section.matrix
    qtbot.waitUntil(lambda: not view.loading and view.model.rowCount() == 3, timeout=5000)
    # Made late, the matrix still has its "Report on this theme…" button.
    theme_report = window.reports.theme_report_action
    assert any(b.defaultAction() is theme_report for b in view.findChildren(QToolButton))


def test_double_click_opens_the_editor(qtbot, workspace, seeded, make_window):
    made = add_comparisons(workspace, seeded)
    window = make_window(workspace)
    window.show_section("comparison")
    section = window.pages["comparison"]
    section.matrix_action.trigger()
    assert section.showing_matrix()
    view = section.matrix
    qtbot.waitUntil(lambda: not view.loading and view.model.rowCount() == 3, timeout=5000)
    row = view.model.row_of(made["informs"].id)
    rect = view.table.visualRect(view.model.index(row, 2))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert not section.showing_matrix()
    assert section.editor.record.id == made["informs"].id
    assert [c.title for c in section.editor.form.columns] == ["Fedasil", "OFII"]


def test_the_matrix_follows_saved_changes(qtbot, workspace, seeded, make_window):
    made = add_comparisons(workspace, seeded)
    window = make_window(workspace)
    window.show_section("comparison")
    section = window.pages["comparison"]
    section.open_comparison(made["countries"].id)
    qtbot.waitUntil(lambda: section.editor.record is not None)
    column = section.editor.form.add_column(seeded["fedasil"].id)
    qtbot.keyClicks(column.edits["description"], "Through partners.")
    assert section.save()
    qtbot.waitUntil(lambda: not section.editor.busy)
    section.show_matrix()
    view = section.matrix
    qtbot.waitUntil(lambda: not view.loading and view.model.rowCount() == 3, timeout=5000)
    assert view.model.matrix.gaps() == 1  # only "Offices abroad" has no Fedasil practice


def test_the_matrix_model_passes_the_model_tester(qtbot, qtmodeltester, workspace, seeded):
    add_comparisons(workspace, seeded)
    view = ComparisonMatrixView(workspace)
    qtbot.addWidget(view)
    qtmodeltester.check(view.model)
    view.set_source(load_matrix_source(workspace))
    qtmodeltester.check(view.model)
    view.set_filters(theme_id=seeded["information"].id)
    qtmodeltester.check(view.model)


def test_the_matrix_and_its_filters_are_as_they_were_left(
    qtbot, workspace, seeded, make_window, isolated_settings
):
    add_comparisons(workspace, seeded)
    window = make_window(workspace)
    window.show_section("comparison")
    section = window.pages["comparison"]
    section.show_matrix()
    view = section.matrix
    qtbot.waitUntil(lambda: not view.loading and view.model.rowCount() == 3, timeout=5000)
    view.theme_box.set_current_id(seeded["trust"].id)  # as a choice in the box signals it
    assert aspects(view) == ["Who informs asylum seekers about voluntary return"]
    window.close()

    # The next start: the Comparisons section opens on the matrix, filtered as it was left.
    again = make_window(workspace)
    again.show_section("comparison")
    section = again.pages["comparison"]
    assert section.showing_matrix()
    view = section.matrix
    qtbot.waitUntil(lambda: not view.loading and view.source is not None, timeout=5000)
    assert view.theme_box.current_id() == seeded["trust"].id
    assert aspects(view) == ["Who informs asylum seekers about voluntary return"]

    # A filtered record gone since is simply not chosen; the list view is remembered too.
    workspace.themes.delete(seeded["trust"].id)
    section.show_list()
    assert isolated_settings.comparison_view == "list"
    third = make_window(workspace)
    third.show_section("comparison")
    assert not third.pages["comparison"].showing_matrix()
    third.pages["comparison"].show_matrix()
    view = third.pages["comparison"].matrix
    qtbot.waitUntil(lambda: not view.loading and view.source is not None, timeout=5000)
    assert view.theme_box.current_id() is None
    assert len(aspects(view)) == 3


def test_filters_chosen_by_the_program_win_over_the_remembered_ones(
    qtbot, workspace, seeded, isolated_settings
):
    made = add_comparisons(workspace, seeded)
    isolated_settings.set_matrix_filters({"theme": seeded["trust"].id})
    view = ComparisonMatrixView(workspace, settings=isolated_settings)
    qtbot.addWidget(view)
    view.refresh()
    view.set_filters(exchange_id=made["other"].id)
    qtbot.waitUntil(lambda: not view.loading and view.source is not None, timeout=5000)
    assert view.theme_box.current_id() is None


def test_a_draft_recovered_is_not_hidden_behind_the_remembered_matrix(
    qtbot, workspace, seeded, make_window, message_boxes, isolated_settings
):
    from counsellor_app.domain.records import Comparison
    from counsellor_app.ui.common.drafts import draft_store, offer_drafts

    isolated_settings.comparison_view = "matrix"
    store = draft_store(workspace)
    store.keep("comparison:new", Comparison(aspect="Interpreters"))  # version 0: a new one
    window = make_window(workspace)
    message_boxes.answers = ["recover_button"]
    assert offer_drafts(window) == 1
    section = window.pages["comparison"]
    assert not section.showing_matrix()
    assert section.stack.currentWidget() is section.list_page
    assert section.editor.form.editors["aspect"].value() == "Interpreters"


def test_the_organisations_share_the_width_and_cells_show_three_lines(qtbot, workspace, seeded):
    from PySide6.QtGui import QFontMetrics

    from counsellor_app.ui.comparisons.comparison_matrix import CELL_LINES, wrapped_lines

    add_comparisons(workspace, seeded)
    view = make_view(qtbot, workspace)
    view.resize(1900, 600)
    qtbot.waitUntil(lambda: view.table.viewport().width() > 1500)
    header = view.table.horizontalHeader()
    used = sum(header.sectionSize(c) for c in range(view.model.columnCount()))
    assert used >= view.table.viewport().width() - 4
    assert view.table.verticalHeader().defaultSectionSize() >= 4 * view.fontMetrics().lineSpacing()
    metrics = QFontMetrics(view.font())
    width = metrics.horizontalAdvance("M") * 12
    long = "Counsellors of the reception centres inform every resident, in their language, " * 4
    lines = wrapped_lines(long, metrics, width, CELL_LINES)
    assert len(lines) == CELL_LINES
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)
    assert lines[-1].endswith("…")
    assert wrapped_lines("Short", metrics, width, CELL_LINES) == ["Short"]
