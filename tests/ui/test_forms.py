"""Creating and editing records through the forms, as a user would with keyboard and mouse."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from counsellor_app.domain.enums import OrganisationKind
from tests.ui.conftest import saving, wait_loaded


def rows(model):
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_create_organisation_with_keyboard(qtbot, workspace, seeded, make_window):
    window = make_window(workspace)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.section == "organisation"
    page = window.pages["organisation"]
    qtbot.keySequence(window, QKeySequence.StandardKey.New)
    form = page.detail.form
    name = form.editors["name"].widget
    assert name.hasFocus()
    qtbot.keyClicks(name, "IOM")
    qtbot.keyClicks(form.editors["country"].widget, "ch")
    form.editors["kind"].widget.setCurrentIndex(
        form.editors["kind"]._values.index(OrganisationKind.INTERNATIONAL_ORGANISATION)
    )
    assert page.detail.is_dirty()
    with saving(qtbot, page.detail):
        qtbot.keySequence(window, QKeySequence.StandardKey.Save)
    stored = [o for o in workspace.organisations.all() if o.name == "IOM"]
    assert len(stored) == 1
    assert stored[0].country == "CH"
    assert stored[0].kind is OrganisationKind.INTERNATIONAL_ORGANISATION
    assert stored[0].created_by == "Tester"
    qtbot.waitUntil(lambda: "IOM" in rows(page.model))
    qtbot.waitUntil(lambda: page.current_record() is not None)
    assert page.current_record().name == "IOM"


def test_create_person_choosing_organisation_by_typing(qtbot, workspace, seeded, make_window):
    window = make_window(workspace)
    window.show_section("person")
    page = window.pages["person"]
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    form = page.detail.form
    # QTest types ASCII only; the accent is typed as an input method would insert it.
    qtbot.keyClicks(form.editors["name"].widget, "R")
    form.editors["name"].widget.insert("é")
    qtbot.keyClicks(form.editors["name"].widget, "gis")
    qtbot.keyClicks(form.editors["role"].widget, "return counsellor")
    box = form.editors["organisation"].widget
    box.setFocus()
    qtbot.keyClicks(box.lineEdit(), "eda")
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Tab)
    with saving(qtbot, page.detail):
        qtbot.mouseClick(page.detail.save_button, Qt.MouseButton.LeftButton)
    person = next(p for p in workspace.people.all() if p.name == "Régis")
    assert person.organisation == seeded["fedasil"].id
    qtbot.waitUntil(lambda: "Régis" in rows(page.model))


def test_create_exchange_with_dates_and_ticked_organisations(qtbot, workspace, seeded, make_window):
    window = make_window(workspace)
    page = window.pages["exchange"]
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    form = window.exchange_page.overview.form
    qtbot.keyClicks(form.editors["title"].widget, "Study visit of Chinese officials")
    form.editors["start"].widget.set_value(date(2016, 10, 22))
    form.editors["end"].widget.set_value(date(2016, 10, 25))
    ticks = form.editors["organisations"].widget
    qtbot.keyClicks(ticks.filter_edit, "fed")
    qtbot.keyClick(ticks.filter_edit, Qt.Key.Key_Return)
    assert ticks.checked() == (seeded["fedasil"].id,)
    with saving(qtbot, window.exchange_page.overview):
        qtbot.keySequence(window, QKeySequence.StandardKey.Save)
    exchange = next(e for e in workspace.exchanges.all() if e.title.startswith("Study"))
    assert exchange.start == date(2016, 10, 22)
    assert exchange.end == date(2016, 10, 25)
    assert exchange.organisations == (seeded["fedasil"].id,)
    qtbot.waitUntil(lambda: "Study visit of Chinese officials" in rows(page.model))


def test_create_observation_in_the_observations_section(qtbot, workspace, seeded, make_window):
    window = make_window(workspace)
    window.show_section("observation")
    page = window.pages["observation"]
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    form = page.detail.form
    exchange_box = form.editors["exchange"].widget
    exchange_box.setFocus()
    qtbot.keyClicks(exchange_box.lineEdit(), "French")
    qtbot.keyClick(exchange_box.lineEdit(), Qt.Key.Key_Tab)
    qtbot.keyClicks(form.editors["text"].widget, "They depend more on the state.")
    speaker = form.editors["speaker"].widget
    speaker.setFocus()
    qtbot.keyClicks(speaker.lineEdit(), "Gui")
    qtbot.keyClick(speaker.lineEdit(), Qt.Key.Key_Tab)
    themes = form.editors["themes"].widget
    qtbot.keyClicks(themes.filter_edit, "tru")
    qtbot.keyClick(themes.filter_edit, Qt.Key.Key_Return)
    with saving(qtbot, page.detail):
        qtbot.mouseClick(page.detail.save_button, Qt.MouseButton.LeftButton)
    [observation] = workspace.observations.all()
    assert observation.exchange == seeded["exchange"].id
    assert observation.speaker == seeded["guillaume"].id
    assert observation.themes == (seeded["trust"].id,)
    qtbot.waitUntil(lambda: rows(page.model) == ["They depend more on the state."])


def test_validation_message_next_to_the_field(qtbot, workspace, seeded, make_window):
    window = make_window(workspace)
    window.show_section("organisation")
    page = window.pages["organisation"]
    page.new_record()
    form = page.detail.form
    qtbot.keyClicks(form.editors["country"].widget, "b")
    with saving(qtbot, page.detail) as saved:
        page.detail.save()
    assert not saved.args[0]
    assert form.errors["name"].isVisible()
    assert "required" in form.errors["name"].text()
    assert form.errors["country"].isVisible()
    assert "country code" in form.errors["country"].text()
    assert not form.errors["full_name"].isVisible()
    assert workspace.organisations.count() == 2
    # A name already taken is refused next to the name too.
    qtbot.keyClicks(form.editors["name"].widget, "OFII")
    form.editors["country"].widget.setEditText("")
    with saving(qtbot, page.detail):
        page.detail.save()
    assert "already called" in form.errors["name"].text()
    assert not form.errors["country"].isVisible()


def test_header_click_sorts_in_the_query(qtbot, workspace, seeded, make_window):
    window = make_window(workspace)
    window.show_section("person")
    page = window.pages["person"]
    wait_loaded(qtbot, page.model)
    assert rows(page.model) == ["Guillaume", "Isabelle"]
    header = page.table.horizontalHeader()
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    wait_loaded(qtbot, page.model)
    assert rows(page.model) == ["Isabelle", "Guillaume"]
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_filter_as_you_type(qtbot, workspace, seeded, make_window):
    window = make_window(workspace)
    window.show_section("person")
    page = window.pages["person"]
    qtbot.keySequence(window, QKeySequence("Ctrl+L"))  # Ctrl+F searches everything
    assert page.filter_edit.hasFocus()
    qtbot.keyClicks(page.filter_edit, "isa")
    qtbot.waitUntil(lambda: rows(page.model) == ["Isabelle"])
    assert page.count_label.text().startswith("1 ")


def test_the_visits_to_choose_are_those_of_the_exchange_chosen(
    qtbot, workspace, seeded, make_window
):
    from counsellor_app.domain.records import Exchange, Visit

    other = workspace.exchanges.create(Exchange(title="Chinese delegation"))
    ours = workspace.visits.create(
        Visit(exchange=seeded["exchange"].id, place="Bobigny", country="FR")
    )
    theirs = workspace.visits.create(Visit(exchange=other.id, place="Brussels", country="BE"))
    window = make_window(workspace)
    window.show_section("observation")
    page = window.pages["observation"]
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    form = page.detail.form
    exchange_box = form.editors["exchange"].widget
    visit = form.editors["visit"]

    def visit_ids() -> set[str]:
        return set(visit.box.choices.choice_ids())

    # Read on the reading thread, the visits of every exchange (none is chosen yet).
    qtbot.waitUntil(lambda: {ours.id, theirs.id} <= visit_ids())

    exchange_box.setFocus()
    qtbot.keyClicks(exchange_box.lineEdit(), "French")
    # The typed text is resolved when the box is left (offscreen, focus does not move).
    assert form.editors["exchange"].value() == seeded["exchange"].id
    qtbot.waitUntil(lambda: visit_ids() == {ours.id})
    visit.set_value(ours.id)
    assert visit.value() == ours.id

    # Another exchange: its visits only, and the visit of the first one is no longer chosen.
    form.editors["exchange"].box.set_current_id(other.id)
    assert visit.value() is None
    qtbot.waitUntil(lambda: visit_ids() == {theirs.id})
    assert visit.value() is None
    assert page.detail.is_dirty()


def test_a_red_message_goes_once_the_field_is_right(qtbot, workspace, seeded, make_window):
    window = make_window(workspace)
    window.show_section("organisation")
    page = window.pages["organisation"]
    page.new_record()
    form = page.detail.form
    qtbot.keyClicks(form.editors["country"].widget, "b")
    with saving(qtbot, page.detail) as saved:
        page.detail.save()
    assert not saved.args[0]
    assert form.errors["name"].isVisible() and form.errors["country"].isVisible()
    qtbot.keyClicks(form.editors["name"].widget, "IOM")
    assert not form.errors["name"].isVisible()
    # Still wrong: the message stays, and says what is wrong now.
    assert form.errors["country"].isVisible()
    qtbot.keyClicks(form.editors["country"].widget, "e")
    assert not form.errors["country"].isVisible()


def test_changed_back_it_no_longer_says_not_saved(qtbot, workspace, seeded, make_window):
    window = make_window(workspace)
    window.show_section("theme")
    page = window.pages["theme"]
    wait_loaded(qtbot, page.model)
    page.select_record(seeded["trust"].id)
    qtbot.waitUntil(lambda: page.detail.record is not None)
    name = page.detail.form.editors["name"].widget
    qtbot.keyClicks(name, "!")
    assert page.detail.status_label.text() == "Changed — not saved yet."
    qtbot.keyClick(name, Qt.Key.Key_Backspace)
    assert page.detail.status_label.text() == ""


def test_a_theme_is_created_from_the_observation_form(qtbot, workspace, seeded, make_window):
    window = make_window(workspace)
    window.show_section("observation")
    page = window.pages["observation"]
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    form = page.detail.form
    themes = form.editors["themes"].widget
    qtbot.keyClicks(themes.filter_edit, "Housing")
    assert themes.create_button.isVisible()
    assert themes.create_button.text() == "Create “Housing”"
    qtbot.keyClick(themes.filter_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(form.editors["themes"].value()) == 1)
    [created] = [t for t in workspace.themes.all() if t.name == "Housing"]
    assert form.editors["themes"].value() == (created.id,)
    assert not themes.create_button.isVisible()
    # A name already taken is refused as any save would refuse it, and nothing is made.
    qtbot.keyClicks(themes.filter_edit, "trust ")
    assert not themes.create_button.isVisible()  # "Trust" exists: Enter ticks it
    themes.filter_edit.clear()
    # The speaker: a new person's name, Enter, and they are the speaker.
    speaker = form.editors["speaker"].widget
    speaker.setFocus()
    qtbot.keyClicks(speaker.lineEdit(), "Marie Dupont")
    qtbot.keyClick(speaker.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.editors["speaker"].value() is not None)
    [marie] = [p for p in workspace.people.all() if p.name == "Marie Dupont"]
    assert form.editors["speaker"].value() == marie.id
    assert page.detail.is_dirty()


def test_a_refused_new_name_is_said_and_nothing_is_made(
    qtbot, workspace, seeded, make_window, message_boxes
):
    window = make_window(workspace)
    window.show_section("person")
    page = window.pages["person"]
    page.new_record()
    form = page.detail.form
    operation = form.create_for("organisation", "x" * 400)
    assert operation is not None
    qtbot.waitUntil(lambda: operation.done)
    assert not operation.succeeded
    assert message_boxes.shown
    assert message_boxes.shown[-1][0].startswith("Not created: organisation “xxx")
    assert workspace.organisations.count() == 2


def test_clicking_the_highlighted_row_opens_it_again(qtbot, workspace, seeded, make_window):
    window = make_window(workspace)
    window.show_section("theme")
    page = window.pages["theme"]
    wait_loaded(qtbot, page.model)
    page.select_record(seeded["information"].id)
    qtbot.waitUntil(lambda: page.detail.record is not None)
    # The form is emptied (its record went to the trash, say) while a row stays highlighted.
    page.detail.load(None)
    assert page.table.currentIndex().isValid()
    row = page.table.currentIndex().row()
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.detail.record is not None)
    assert page.detail.record.id == page.model.id_at(row)
