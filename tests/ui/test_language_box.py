"""Languages are chosen from a list (names in the window's language, with codes), or typed
as a code; what is no language ("Ly") is refused, never saved."""

from __future__ import annotations

from PySide6.QtCore import Qt

from counsellor_app.ui.common.code_lists import LanguageBox, language_code, language_names
from tests.ui.conftest import wait_loaded


def test_the_list_names_languages_in_the_window_language():
    french = dict(language_names("fr"))
    dutch = dict(language_names("nl"))
    assert french["ti"] == "tigrigna" and dutch["ar"] == "Arabisch"
    assert dict(language_names("en"))["zh-Hans"] == "Simplified Chinese"
    assert "en-GB" not in french  # regions are not languages of their own


def test_a_language_is_given_by_name_or_code():
    assert language_code("français", "fr") == "fr"
    assert language_code("Arabic — ar") == "ar"
    assert language_code("FR") == "fr"
    assert language_code("zh-hans") == "zh-Hans"
    assert language_code("prs") == "prs"  # Dari, an ISO 639-3 code
    assert language_code("Ly") is None  # two letters that are no ISO 639-1 language
    assert language_code("not a language") is None


def test_the_box_chooses_by_typing_and_marks_what_is_no_language(qtbot):
    box = LanguageBox(None, "en")
    qtbot.addWidget(box)
    box.show()
    box.setFocus()
    qtbot.keyClicks(box.lineEdit(), "Tigrinya")
    assert box.value() == "ti" and box.is_valid()
    box.set_value("nl")
    assert box.currentText() == "Dutch — nl"
    box.setEditText("Ly")
    assert not box.is_valid() and box.property("invalid")


def test_a_note_with_no_language_is_not_saved(qtbot, workspace, seeded, make_window):
    window = make_window(workspace)
    page = window.pages["exchange"]
    wait_loaded(qtbot, page.model)
    page.select_record(seeded["exchange"].id)
    qtbot.waitUntil(lambda: window.exchange_page.record is not None)
    assert window.start_capture()
    capture = window.exchange_page.capture
    qtbot.keyClicks(capture.text_edit, "A remark")
    capture.language_edit.setEditText("Ly")
    assert not capture.save()
    assert capture.general_error.isVisible()
    assert "“Ly” is neither" in capture.general_error.text()
    assert workspace.observations.count() == 0
    capture.language_edit.setEditText("fr")
    assert capture.save()
    qtbot.waitUntil(lambda: capture.saved_count == 1)
    assert workspace.observations.all()[0].language == "fr"
    # The language stays for the next note, and the panel says so.
    assert "the next note is in" in capture.status_label.text()


def test_the_record_form_refuses_what_is_no_language(qtbot, workspace, seeded, make_window):
    window = make_window(workspace)
    window.show_section("observation")
    page = window.pages["observation"]
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    form = page.detail.form
    form.editors["exchange"].set_value(seeded["exchange"].id)
    qtbot.keyClicks(form.editors["text"].widget, "Said in some language")
    form.editors["language"].widget.setEditText("Ly")
    assert not page.detail.save()
    assert form.errors["language"].isVisible()
    assert "“Ly” is neither" in form.errors["language"].text()
    form.editors["language"].widget.setEditText("Dutch")
    assert not form.errors["language"].isVisible()
    assert form.editors["language"].value() == "nl"
