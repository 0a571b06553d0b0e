"""Choosing a record by typing part of its name: a value set by the program shows its title
(without the completer looking through every choice), typing still offers the names."""

from __future__ import annotations

from counsellor_app.ui.common.reference_box import ReferenceBox


def people(count: int) -> list[tuple[str, str]]:
    return [(f"id{n}", f"Person {n:04d}") for n in range(count)]


def test_a_value_set_shows_its_title_and_typing_still_offers_names(qtbot):
    box = ReferenceBox()
    qtbot.addWidget(box)
    box.show()
    box.set_choices(people(2000))
    completer = box.completer_
    for n in (1234, 7, 1999):
        box.set_current_id(f"id{n}", notify=False)
        assert box.currentText() == f"Person {n:04d}"
        assert box.current_id() == f"id{n}"
        assert box.currentIndex() == n + 1  # the blank choice first
    # Set by the program, the completer was not asked to look for the title.
    assert completer.completionPrefix() != "Person 1999"
    box.set_current_id(None, notify=False)
    assert box.currentText() == "" and box.current_id() is None
    box.text_edit.setFocus()
    qtbot.keyClicks(box.text_edit, "0042")
    assert completer.completionPrefix() == "0042"
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "Person 0042"


def test_a_value_awaiting_its_choices_is_kept_and_shown_once_they_come(qtbot):
    box = ReferenceBox()
    qtbot.addWidget(box)
    box.set_choices(people(3))
    box.await_choices()
    box.set_current_id("id9", notify=False)  # not among the choices yet
    assert box.current_id() == "id9"
    assert box.currentText() == ""
    box.set_choices(people(10))
    assert box.current_id() == "id9"
    assert box.currentText() == "Person 0009"
    box.await_choices()
    box.set_choices(people(3))  # came without it (moved to the trash meanwhile)
    assert box.current_id() is None
    assert box.currentText() == ""
