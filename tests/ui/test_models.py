"""Every table and list model obeys Qt's model rules (pytest-qt's model tester)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from counsellor_app import paths
from counsellor_app.services.interchange import import_file
from counsellor_app.ui.common.choices import ChoiceListModel, ChoiceSource
from counsellor_app.ui.records.record_model import COLUMNS, RecordTableModel
from counsellor_app.ui.safety.trash_page import TrashTableModel
from counsellor_app.ui.shell.sections import SectionListModel
from tests.ui.conftest import wait_loaded

EXAMPLE = paths.example_file()


@pytest.mark.parametrize("kind", sorted(COLUMNS))
def test_record_models(qtbot, qtmodeltester, workspace, kind):
    import_file(workspace, EXAMPLE)
    model = RecordTableModel(workspace, kind, page_size=3)
    model.reload()
    wait_loaded(qtbot, model)
    assert model.rowCount() == model.total == workspace.service_for(kind).count() > 0
    # The tester watches every signal from here on: rows read as they are asked for, the
    # list read again after a change, sorting.
    qtmodeltester.check(model, force_py=True)
    model.request_rows(0, model.rowCount() - 1)
    qtbot.waitUntil(lambda: model.rows_read(0, model.rowCount() - 1))
    assert all(model.index(row, 0).data() for row in range(model.rowCount()))
    model.refresh()
    wait_loaded(qtbot, model)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    wait_loaded(qtbot, model)
    assert model.rowCount() == workspace.service_for(kind).count()


def test_trash_model(qtbot, qtmodeltester, workspace, seeded):
    workspace.exchanges.delete(seeded["exchange"].id)
    model = TrashTableModel(workspace)
    model.reload()
    wait_loaded(qtbot, model)
    assert model.rowCount() == 1
    qtmodeltester.check(model, force_py=True)


def test_choice_and_section_models(qtmodeltester, workspace, seeded):
    source = ChoiceSource(workspace)
    model = ChoiceListModel(checkable=True)
    model.set_choices(source.choices("person"))
    model.set_checked(seeded["isabelle"].id, True)
    qtmodeltester.check(model, force_py=True)
    assert model.checked() == (seeded["isabelle"].id,)
    blank = ChoiceListModel(blank=True)
    blank.set_choices(source.choices("organisation"))
    qtmodeltester.check(blank, force_py=True)
    qtmodeltester.check(SectionListModel(), force_py=True)
