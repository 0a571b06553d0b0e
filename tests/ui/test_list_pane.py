"""View ▸ List pane: the list beside a form folds away, the form taking the whole width, and
comes back; the choice stays from record to record and from one start to the next."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeySequence, QMouseEvent
from PySide6.QtWidgets import QApplication

from counsellor_app.domain.records import Comparison, Observation, Practice
from counsellor_app.ui.shell.main_window import MainWindow
from tests.ui.comparison_data import add_quotes

BESIDE_A_FORM = ("exchange", "observation", "comparison", "person", "organisation", "theme")


def shown_page(qtbot, window, key):
    assert window.show_section(key)
    page = window.pages[key]
    list_page = getattr(page, "list_page", page)
    detail = list_page.detail
    qtbot.waitUntil(lambda: detail.isVisible() and detail.width() > 100)
    return page, list_page, detail


@pytest.mark.parametrize("key", [*BESIDE_A_FORM, "action"])
def test_the_list_folds_away_and_comes_back(qtbot, workspace, seeded, make_window, key):
    window = make_window(workspace)
    window.resize(1366, 768)
    page, list_page, detail = shown_page(qtbot, window, key)
    action = window.menus.list_pane_action
    assert action.isEnabled() and action.isChecked()
    assert action.shortcut() == QKeySequence("Ctrl+Shift+L")
    width = detail.width()

    action.trigger()  # View ▸ List pane, unchecked
    qtbot.waitUntil(lambda: detail.width() > width + 200)
    assert page.list_folded() and not action.isChecked()
    assert list_page.splitter.sizes()[0] == 0
    assert not list_page.table.isVisible()  # out of the way of Tab too
    assert list_page.fold_button.text() == "Show list"

    action.trigger()  # and back, as wide as it was
    qtbot.waitUntil(lambda: list_page.table.isVisible())
    assert not page.list_folded() and action.isChecked()
    qtbot.waitUntil(lambda: abs(detail.width() - width) <= 2)


def test_the_button_in_the_forms_heading_folds_and_unfolds_the_list(
    qtbot, workspace, seeded, make_window
):
    window = make_window(workspace)
    window.resize(1366, 768)
    page, list_page, detail = shown_page(qtbot, window, "observation")
    button = list_page.fold_button
    assert button.isVisible() and detail.isAncestorOf(button)
    assert button.text() == "Hide list" and "Ctrl+Shift+L" in button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.list_folded() and not window.menus.list_pane_action.isChecked()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not page.list_folded() and window.menus.list_pane_action.isChecked()


def test_dragging_the_handle_to_the_edge_folds_the_list(qtbot, workspace, seeded, make_window):
    window = make_window(workspace)
    window.resize(1366, 768)
    page, list_page, _detail = shown_page(qtbot, window, "person")
    splitter = list_page.splitter
    handle = splitter.handle(1)
    start = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=start)
    edge = handle.mapFromGlobal(splitter.mapToGlobal(splitter.rect().topLeft()))
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(edge.x(), start.y()),
        QPointF(handle.mapToGlobal(edge)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(handle, move)
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=edge)
    assert splitter.sizes()[0] == 0
    assert page.list_folded() and not window.menus.list_pane_action.isChecked()
    window.menus.list_pane_action.trigger()
    assert splitter.sizes()[0] > 100


def test_the_folded_list_stays_folded_from_record_to_record_and_section_to_section(
    qtbot, workspace, seeded, make_window
):
    first = workspace.observations.create(
        Observation(kind="observation", text="First remark", exchange=seeded.exchange.id)
    )
    second = workspace.observations.create(
        Observation(kind="observation", text="Second remark", exchange=seeded.exchange.id)
    )
    window = make_window(workspace)
    window.resize(1366, 768)
    page, _list_page, detail = shown_page(qtbot, window, "observation")
    page.set_list_folded(True)
    window.open_record("observation", first.id)
    qtbot.waitUntil(lambda: detail.record is not None and detail.record.id == first.id)
    window.open_record("observation", second.id)
    qtbot.waitUntil(lambda: detail.record is not None and detail.record.id == second.id)
    assert page.list_folded()
    # Another section has its own list, shown; coming back, this one is still folded.
    window.show_section("person")
    assert window.menus.list_pane_action.isChecked()
    window.show_section("observation")
    assert page.list_folded() and not window.menus.list_pane_action.isChecked()
    # Ctrl+L (filter the list) brings it back: the filter is in it.
    window.focus_filter()
    assert not page.list_folded()


def test_the_folded_list_is_remembered_with_the_layout(qtbot, workspace, seeded, isolated_settings):
    window = MainWindow(isolated_settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.attach_workspace(workspace, "test database")
    page, list_page, _detail = shown_page(qtbot, window, "observation")
    list_page.splitter.setSizes([500, 700])
    width = list_page.splitter.sizes()[0]
    page.set_list_folded(True)
    window.save_layout()
    window.close()

    again = MainWindow(isolated_settings)
    qtbot.addWidget(again)
    again.resize(1366, 768)
    again.show()
    again.attach_workspace(workspace, "test database")
    page, list_page, _detail = shown_page(qtbot, again, "observation")
    assert page.list_folded() and list_page.splitter.sizes()[0] == 0
    assert not again.menus.list_pane_action.isChecked()
    again.menus.list_pane_action.trigger()
    qtbot.waitUntil(lambda: abs(list_page.splitter.sizes()[0] - width) <= 2)


def test_the_matrix_has_no_list_to_fold(qtbot, workspace, seeded, make_window):
    window = make_window(workspace)
    page, _list_page, _detail = shown_page(qtbot, window, "comparison")
    assert window.menus.list_pane_action.isEnabled()
    page.show_matrix()
    assert not window.menus.list_pane_action.isEnabled()
    page.show_list()
    assert window.menus.list_pane_action.isEnabled()
    window.show_section("trash")
    assert not window.menus.list_pane_action.isEnabled()


def test_the_comparison_editor_at_a_laptops_size_gives_its_columns_room(
    qtbot, workspace, seeded, make_window
):
    comparison = workspace.comparisons.create(
        Comparison(
            aspect="Who informs asylum seekers about voluntary return",
            exchange=seeded.exchange.id,
            summary="In Belgium the counsellors of the reception network; in France OFII.",
            practices=(
                Practice(
                    organisation=seeded.fedasil.id,
                    description="Return counsellors inside the reception network.",
                    strengths="Trust already exists when return is first mentioned.",
                ),
                Practice(
                    organisation=seeded.ofii.id,
                    description="OFII return officials, outside the reception structures.",
                    challenges="Mistrust from social workers and migrants.",
                ),
            ),
        )
    )
    window = make_window(workspace)
    window.resize(1366, 768)
    page, _list_page, editor = shown_page(qtbot, window, "comparison")
    page.open_comparison(comparison.id)
    form = editor.form
    qtbot.waitUntil(lambda: len(form.columns) == 2 and form.columns[0].isVisible())
    beside = [column.width() for column in form.columns]
    assert not form.head_beside

    def practices_top():
        return form.columns[0].mapTo(form.widget(), form.columns[0].rect().topLeft()).y()

    top_beside_list = practices_top()

    window.menus.list_pane_action.trigger()
    qtbot.waitUntil(lambda: form.columns[0].width() > beside[0] + 150)
    widths = [column.width() for column in form.columns]
    assert all(width >= 450 for width in widths), widths
    # The form's head lies in two columns: the practices start higher up.
    assert form.head_beside
    qtbot.waitUntil(lambda: practices_top() < top_beside_list - 80)
    # No inner box scrolls in a column: each text shows whole.
    for column in form.columns:
        for edit in column.edits.values():
            assert not edit.verticalScrollBar().isVisible()


def test_an_evidence_picker_opened_below_the_visible_part_is_scrolled_into_view(
    qtbot, workspace, seeded, make_window
):
    add_quotes(workspace, seeded)
    comparison = workspace.comparisons.create(
        Comparison(
            aspect="Who informs",
            exchange=seeded.exchange.id,
            practices=(
                Practice(organisation=seeded.fedasil.id, description="Counsellors."),
                Practice(organisation=seeded.ofii.id, description="Officials."),
            ),
        )
    )
    window = make_window(workspace)
    window.resize(1366, 768)
    page, _list_page, editor = shown_page(qtbot, window, "comparison")
    page.open_comparison(comparison.id)
    form = editor.form
    qtbot.waitUntil(lambda: len(form.columns) == 2 and form.columns[1].isVisible())
    page.set_list_folded(True)
    column = form.columns[1]
    qtbot.mouseClick(column.attach_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.pool_loaded)
    viewport = form.viewport()

    def shown_whole(widget):
        top = widget.mapTo(viewport, widget.rect().topLeft()).y()
        bottom = widget.mapTo(viewport, widget.rect().bottomLeft()).y()
        return top >= 0 and bottom <= viewport.height()

    qtbot.waitUntil(lambda: shown_whole(column.find_edit) and shown_whole(column.pick_view))
    assert column.find_edit.hasFocus()
