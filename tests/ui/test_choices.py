"""Lists to choose from: read ahead on the reading thread, so that a form opening a record
finds them read instead of asking the database on the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject

from counsellor_app.domain.records import Observation, ObservationKind, Person
from counsellor_app.ui.common.choices import SCOPED_KINDS, ChoiceListModel, ChoiceSource
from counsellor_app.ui.common.operations import Changes, hub_for
from counsellor_app.ui.records.record_editor import RecordEditor


@pytest.fixture
def gui_reads(monkeypatch) -> list[str]:
    """The kinds whose choices are read from the database on the GUI thread."""
    seen: list[str] = []
    real = ChoiceSource._read

    def read(self, kind, exchange):
        if threading.current_thread() is threading.main_thread():
            seen.append(kind)
        return real(self, kind, exchange)

    monkeypatch.setattr(ChoiceSource, "_read", read)
    return seen


def test_choices_read_ahead_are_found_read_and_read_ahead_again_after_a_change(
    qtbot, workspace, seeded, gui_reads
):
    source = ChoiceSource(workspace)
    owner = QObject()
    source.warm(["person", "theme"], owner)
    qtbot.waitUntil(lambda: source.is_read("person") and source.is_read("theme"))
    assert [title for _id, title in source.choices("person")] == ["Guillaume", "Isabelle"]
    assert gui_reads == []
    # A change to people: the list is read ahead again, with the new person in it.
    anna = workspace.people.create(Person(name="Anna"))
    hub_for(workspace).records_changed.emit(Changes.of({"person"}, [anna.id]), None)
    qtbot.waitUntil(lambda: source.is_read("person"))
    assert [title for _id, title in source.choices("person")] == [
        "Anna",
        "Guillaume",
        "Isabelle",
    ]
    assert gui_reads == []


def test_a_read_ahead_answered_after_a_change_is_not_kept(qtbot, workspace, seeded, gui_reads):
    source = ChoiceSource(workspace)
    owner = QObject()
    source.warm(["person"], owner)
    # Announced before the first read ahead is answered: that answer may predate the change.
    anna = workspace.people.create(Person(name="Anna"))
    hub_for(workspace).records_changed.emit(Changes.of({"person"}, [anna.id]), None)
    qtbot.waitUntil(lambda: source.is_read("person"))
    assert "Anna" in [title for _id, title in source.choices("person")]


def test_an_observation_form_opens_a_record_without_reading_its_lists_on_the_gui_thread(
    qtbot, workspace, seeded, gui_reads
):
    quote = workspace.observations.create(
        Observation(
            exchange=seeded.exchange.id,
            kind=ObservationKind.QUOTE,
            text="Counsellors inform.",
            speaker=seeded.guillaume.id,
            themes=(seeded.trust.id,),
        )
    )
    source = ChoiceSource(workspace)
    editor = RecordEditor("observation", workspace, source)
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: all(source.is_read(k) for k in ("exchange", "person", "theme")))
    editor.load(quote)
    # Only the exchange's own visits are read as the record opens (a short list).
    assert set(gui_reads) <= SCOPED_KINDS
    assert editor.form.editors["speaker"].value() == seeded.guillaume.id
    assert editor.form.editors["themes"].value() == (seeded.trust.id,)


def test_a_choice_list_given_the_same_list_again_keeps_its_rows(qtbot, workspace, seeded):
    source = ChoiceSource(workspace)
    model = ChoiceListModel(blank=True)
    people = source.choices("person")
    model.set_choices(people)
    assert [model.row_of(person_id) for person_id, _title in people] == [1, 2]
    assert model.row_of(None) == 0 and model.row_of("gone") == -1
    with qtbot.assertNotEmitted(model.modelReset):
        model.set_choices(people)
    assert model.title_of(seeded.isabelle.id) == "Isabelle"
