"""The form beside a list is made after the list is painted, a few fields per turn of the
event loop, so that showing a section never holds the window for a whole form."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import pytest

from counsellor_app.domain.records import Observation, ObservationKind
from counsellor_app.ui.records.record_form import FIELDS_PER_STEP
from counsellor_app.ui.records.record_list_page import RecordListPage
from tests.ui.conftest import wait_loaded


@pytest.fixture
def steps(monkeypatch) -> list[tuple[str, int, bool]]:
    """Each turn spent making a page's form: (the page's kind, the fields made so far,
    whether the form is placed beside the list)."""
    seen: list[tuple[str, int, bool]] = []
    real = RecordListPage._detail_step

    def step(self: RecordListPage) -> None:
        real(self)
        form = self._building if self._detail is None else self._detail
        if form is not None:
            seen.append((self.kind, len(form.form.editors), self._detail is not None))

    monkeypatch.setattr(RecordListPage, "_detail_step", step)
    return seen


def quotes(workspace: Any, exchange_id: str, count: int) -> list[Observation]:
    return [
        workspace.observations.create(
            Observation(exchange=exchange_id, kind=ObservationKind.QUOTE, text=f"Quote {n}.")
        )
        for n in range(count)
    ]


def test_the_form_is_made_after_its_list_a_few_fields_per_turn(
    qtbot, workspace, seeded, make_window, steps
):
    window = make_window(workspace)
    window.show_section("observation")
    page = window.pages["observation"]
    assert page._detail is None  # not in the turn that shows the list
    qtbot.waitUntil(lambda: page._detail is not None)
    form = page.detail.form
    made = [count for kind, count, _placed in steps if kind == "observation"]
    # One turn makes the editor without its fields, each of the next ones a few of them,
    # and the form is placed beside the list in a turn of its own.
    assert made[0] == 0
    assert len(set(made)) >= 3
    assert all(b - a <= FIELDS_PER_STEP for a, b in pairwise(made))
    assert made[-1] == len(form.editors) == len(form.labels) == len(form.errors)
    assert [placed for kind, _count, placed in steps if kind == "observation"][-1]
    assert page.splitter.widget(1) is page.detail
    assert page.splitter.count() == 2
    # Every field is there, in the order of the field table, and works.
    assert list(form.editors) == [f.name for f in form.spec.fields if f.name in form.editors]
    qtbot.waitUntil(lambda: all(form.choices.is_read(k) for k in ("exchange", "person", "theme")))


def test_the_record_remembered_is_shown_once_the_form_is_made_and_stays_selected(
    qtbot, workspace, seeded, make_window, isolated_settings, steps
):
    notes = quotes(workspace, seeded.exchange.id, 5)
    isolated_settings.set_selected_record("observation", notes[2].id)
    window = make_window(workspace)
    window.show_section("observation")
    page = window.pages["observation"]
    wait_loaded(qtbot, page.model)
    qtbot.waitUntil(lambda: page._detail is not None and page.detail.record is not None)
    assert page.detail.record.id == notes[2].id
    row = page.model.row_of(notes[2].id)
    assert page.table.currentIndex().row() == row
    assert page.table.selectionModel().isRowSelected(row)
    assert not page.detail.is_dirty()
    # Selecting the record did not make the whole form at once.
    assert len({count for kind, count, _placed in steps if kind == "observation"}) >= 3


def test_a_form_asked_for_before_it_is_made_is_made_at_once(qtbot, workspace, seeded, make_window):
    window = make_window(workspace)
    window.show_section("observation")
    page = window.pages["observation"]
    assert page._detail is None
    assert page.new_record()  # File ▸ New at once: the form is made whole, then emptied
    form = page.detail.form
    assert page.splitter.widget(1) is page.detail
    assert len(form.editors) == len([f for f in form.spec.fields if f.name not in form._hidden])
    assert page.detail.record is None


def test_the_comparison_editor_too_is_made_a_few_fields_per_turn(
    qtbot, workspace, seeded, make_window, steps
):
    window = make_window(workspace)
    window.show_section("comparison")
    section = window.pages["comparison"]
    assert section.list_page._detail is None
    qtbot.waitUntil(lambda: section.list_page._detail is not None)
    made = [count for kind, count, _placed in steps if kind == "comparison"]
    assert made[0] == 0
    assert len(set(made)) >= 3
    assert all(b - a <= FIELDS_PER_STEP for a, b in pairwise(made))
    editor = section.editor
    assert made[-1] == len(editor.form.editors)
    assert editor.record is None and not editor.is_dirty()  # an empty comparison, ready
    assert editor.form.practices_label.text()  # its texts put in once made
