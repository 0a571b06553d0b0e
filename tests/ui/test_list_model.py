"""Lists hold the ids of their query and read rows as they are shown: a save keeps the place,
the selection and the sort; any record can be selected, however far down."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt

from counsellor_app.domain.records import Theme
from counsellor_app.services.interchange import FORMAT, VERSION, import_document
from counsellor_app.ui.records.record_model import RecordTableModel
from tests.ui.conftest import saving, wait_loaded


def document(**lists: list[dict[str, Any]]) -> dict[str, Any]:
    return {"format": FORMAT, "version": VERSION, **lists}


def many_themes(workspace: Any, count: int) -> list[str]:
    """Themes "Theme 0000"…, their ids in the order of their names."""
    themes = [{"id": str(uuid.uuid4()), "name": f"Theme {n:04d}"} for n in range(count)]
    import_document(workspace, document(themes=themes))
    return [t["id"] for t in themes]


def shown(qtbot: Any, model: Any, row: int) -> str:
    """The first cell of a row, once read."""
    model.request_rows(row, row)
    qtbot.waitUntil(lambda: model.rows_read(row, row))
    return str(model.index(row, 0).data())


def test_after_saving_row_900_the_same_record_stays_selected_there(qtbot, workspace, make_window):
    ids = many_themes(workspace, 1000)
    window = make_window(workspace)
    window.show_section("theme")
    page = window.pages["theme"]
    wait_loaded(qtbot, page.model)
    assert page.model.rowCount() == 1000  # every id, whatever has been read
    page.select_record(ids[899])
    qtbot.waitUntil(lambda: page.detail.record is not None)
    assert page.table.currentIndex().row() == 899
    resets: list[int] = []
    page.model.modelReset.connect(lambda: resets.append(1))
    qtbot.keyClicks(page.detail.form.editors["description"].widget, "What builds trust")
    with saving(qtbot, page.detail) as saved:
        window.save_current()
    assert saved.args[0]
    qtbot.waitUntil(lambda: not page.model.loading)
    assert resets == []  # the rows were read again, not the list reset
    assert page.table.currentIndex().row() == 899
    assert page.model.id_at(899) == ids[899]
    assert page.detail.record.id == ids[899]
    assert page.table.selectionModel().isRowSelected(899)
    assert page.table.horizontalHeader().sortIndicatorSection() == 0
    assert page.model.rowCount() == 1000
    assert shown(qtbot, page.model, 999) == "Theme 0999"
    assert workspace.themes.get(ids[899]).description == "What builds trust"


def test_a_search_hit_on_row_5000_is_selected_in_its_list(qtbot, workspace, seeded, make_window):
    exchange = seeded["exchange"].id
    start = datetime(2016, 9, 26, 9, 0, tzinfo=UTC)
    observations = [
        {
            "id": str(uuid.uuid4()),
            "exchange": exchange,
            "kind": "observation",
            # Newest first: the list's row n is the note recorded n minutes before the first.
            "text": "A zebra crossing outside the office." if n == 4999 else f"Note {n}",
            "recorded_at": (start - timedelta(minutes=n)).isoformat(),
        }
        for n in range(5200)
    ]
    import_document(workspace, document(observations=observations))
    window = make_window(workspace)
    assert window.show_section("search")
    panel = window.pages["search"]
    qtbot.keyClicks(panel.query_edit, "zebra")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and not panel.searching)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert window.section == "observation"
    page = window.pages["observation"]
    qtbot.waitUntil(lambda: page.table.currentIndex().row() == 4999, timeout=10000)
    assert page.model.id_at(4999) == observations[4999]["id"]
    qtbot.waitUntil(lambda: page.detail.record is not None)
    assert page.detail.record.id == observations[4999]["id"]
    # Scrolled to it: the row is on screen.
    viewport = page.table.viewport().rect()
    assert viewport.intersects(page.table.visualRect(page.model.index(4999, 0)))


def test_rows_follow_changes_without_a_reset(qtbot, qtmodeltester, workspace, seeded):
    """A record made, one trashed, one renamed (moving it): rows are inserted, removed and
    moved, as Qt's model rules want them (the tester watches every signal)."""
    model = RecordTableModel(workspace, "theme", page_size=2)
    model.reload()
    wait_loaded(qtbot, model)
    qtmodeltester.check(model, force_py=True)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))

    def names() -> list[str]:
        model.request_rows(0, model.rowCount() - 1)
        qtbot.waitUntil(lambda: model.rows_read(0, model.rowCount() - 1))
        return [model.index(row, 0).data() for row in range(model.rowCount())]

    assert names() == ["Information", "Trust"]
    workspace.themes.create(Theme(name="Accountability"))
    model.refresh()
    wait_loaded(qtbot, model)
    assert names() == ["Accountability", "Information", "Trust"]
    workspace.themes.delete(seeded["information"].id)
    model.refresh()
    wait_loaded(qtbot, model)
    assert names() == ["Accountability", "Trust"]
    trust = workspace.themes.get(seeded["trust"].id)
    workspace.themes.update(Theme(**{**trust.__dict__, "name": "A trust that lasts"}))
    model.refresh()
    wait_loaded(qtbot, model)
    assert names() == ["A trust that lasts", "Accountability"]
    assert resets == []
    model.sort(0, Qt.SortOrder.DescendingOrder)  # a new question: the model is reset
    wait_loaded(qtbot, model)
    assert names() == ["Accountability", "A trust that lasts"]
    assert resets == [1]


def test_a_row_shows_the_new_name_of_a_record_it_refers_to(qtbot, workspace, seeded):
    """Cells are worked out once per record read, and again once a name they show changed."""
    from counsellor_app.domain.records import Observation, ObservationKind, Person

    workspace.observations.create(
        Observation(
            exchange=seeded.exchange.id,
            kind=ObservationKind.QUOTE,
            text="Counsellors inform.",
            speaker=seeded.guillaume.id,
        )
    )
    model = RecordTableModel(workspace, "observation")
    model.reload()
    wait_loaded(qtbot, model)
    speaker = model.columns.index("speaker")

    def speaker_shown() -> str:
        model.request_rows(0, 0)
        qtbot.waitUntil(lambda: model.rows_read(0, 0))
        return str(model.index(0, speaker).data())

    assert speaker_shown() == "Guillaume"
    assert model.index(0, speaker).data() == "Guillaume"  # asked again: the same cell
    person = workspace.people.get(seeded.guillaume.id)
    workspace.people.update(Person(**{**person.__dict__, "name": "Guillaume Martin"}))
    model.refresh()
    wait_loaded(qtbot, model)
    assert speaker_shown() == "Guillaume Martin"
