"""Lists to choose from: read ahead on the reading thread, so that a form opening a record
finds them read instead of asking the database on the GUI thread."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtCore import QObject

from counsellor_app.domain.records import Observation, ObservationKind, Person, Visit
from counsellor_app.ui.common.choices import ChoiceListModel, ChoiceSource
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
    assert editor.form.editors["speaker"].value() == seeded.guillaume.id
    assert editor.form.editors["themes"].value() == (seeded.trust.id,)
    # The exchange's own visits too are read on the reading thread.
    qtbot.waitUntil(lambda: source.is_read("visit", seeded.exchange.id))
    assert gui_reads == []


@pytest.fixture
def no_gui_reads(monkeypatch) -> None:
    """Choices read from the database on the GUI thread fail, as a test of where they are
    read."""
    real = ChoiceSource._read

    def read(self, kind, exchange):
        if threading.current_thread() is threading.main_thread():
            raise AssertionError(f"the choices of {kind} read on the GUI thread")
        return real(self, kind, exchange)

    monkeypatch.setattr(ChoiceSource, "_read", read)


def test_a_visit_read_later_keeps_the_value_loaded_and_is_shown_once_read(
    qtbot, workspace, seeded, no_gui_reads
):
    visit = workspace.visits.create(
        Visit(exchange=seeded.exchange.id, place="Bobigny", country="FR", start=date(2016, 9, 26))
    )
    quote = workspace.observations.create(
        Observation(
            exchange=seeded.exchange.id,
            kind=ObservationKind.QUOTE,
            text="Counsellors inform.",
            visit=visit.id,
        )
    )
    source = ChoiceSource(workspace)
    editor = RecordEditor("observation", workspace, source)
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: all(source.is_read(k) for k in ("exchange", "person", "theme")))
    editor.load(quote)
    box = editor.form.editors["visit"]
    # Not read yet: the field keeps the record's visit, and nothing counts as changed.
    assert not source.is_read("visit", seeded.exchange.id)
    assert box.value() == visit.id
    assert not editor.is_dirty()
    assert editor.form.build().visit == visit.id
    # Once read, the visit is shown by its name, still the value, still unchanged.
    qtbot.waitUntil(lambda: box.box.currentText().startswith("Bobigny"))
    assert box.value() == visit.id
    assert not editor.is_dirty()
    assert box.box.choices.choice_ids() == [visit.id]


def test_a_visit_read_after_another_record_was_shown_is_not_put_in_its_form(
    qtbot, workspace, seeded, no_gui_reads
):
    from counsellor_app.domain.records import Exchange

    other = workspace.exchanges.create(Exchange(title="Chinese delegation"))
    ours = workspace.visits.create(Visit(exchange=seeded.exchange.id, place="Bobigny"))
    theirs = workspace.visits.create(Visit(exchange=other.id, place="Brussels"))
    first = workspace.observations.create(
        Observation(
            exchange=seeded.exchange.id, kind=ObservationKind.QUOTE, text="One.", visit=ours.id
        )
    )
    second = workspace.observations.create(
        Observation(exchange=other.id, kind=ObservationKind.QUOTE, text="Two.", visit=theirs.id)
    )
    source = ChoiceSource(workspace)
    editor = RecordEditor("observation", workspace, source)
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: all(source.is_read(k) for k in ("exchange", "person", "theme")))
    editor.load(first)
    editor.load(second)  # before the first's visits are read
    box = editor.form.editors["visit"]
    qtbot.waitUntil(lambda: source.is_read("visit", seeded.exchange.id))
    qtbot.waitUntil(lambda: box.box.currentText() == "Brussels")
    assert box.box.choices.choice_ids() == [theirs.id]
    assert box.value() == theirs.id
    assert not editor.is_dirty()


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
