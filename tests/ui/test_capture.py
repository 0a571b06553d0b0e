"""Fast capture during a visit day: keyboard only, Ctrl+Enter saves and starts the next note."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from tests.ui.conftest import wait_loaded


def open_exchange(qtbot, window, exchange_id):
    page = window.pages["exchange"]
    wait_loaded(qtbot, page.model)
    page.select_record(exchange_id)
    qtbot.waitUntil(lambda: window.exchange_page.record is not None)


def test_three_observations_with_the_keyboard_only(qtbot, workspace, seeded, make_window):
    window = make_window(workspace)
    open_exchange(qtbot, window, seeded["exchange"].id)
    page = window.exchange_page
    qtbot.keyClick(
        window,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    capture = page.capture
    assert capture.isVisible()
    assert capture.text_edit.hasFocus()
    notes = [
        ("They depend more on the state.", "Gui", ["tru"]),
        ("We meet a lot of mistrust.", "Isa", ["tru", "inf"]),
        ("Voluntary return is a last resort.", "", []),
    ]
    for count, (text, speaker, themes) in enumerate(notes, start=1):
        qtbot.keyClicks(capture.text_edit, text)
        qtbot.keyClick(capture.text_edit, Qt.Key.Key_Tab)  # to the kind
        assert capture.kind_combo.hasFocus()
        qtbot.keyClick(capture.kind_combo, Qt.Key.Key_Tab)  # to the speaker
        assert capture.speaker_box.hasFocus()
        if speaker:
            qtbot.keyClicks(capture.speaker_box.text_edit, speaker)
        qtbot.keyClick(capture.speaker_box.text_edit, Qt.Key.Key_Tab)  # to the themes
        assert capture.themes_list.filter_edit.hasFocus()
        for theme in themes:
            qtbot.keyClicks(capture.themes_list.filter_edit, theme)
            qtbot.keyClick(capture.themes_list.filter_edit, Qt.Key.Key_Return)
        qtbot.keyClick(
            capture.themes_list.filter_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )
        qtbot.waitUntil(lambda count=count: capture.saved_count == count)
        assert capture.text_edit.hasFocus()
        assert capture.text_edit.toPlainText() == ""
    stored = sorted(workspace.observations.all(), key=lambda o: o.text)
    assert [o.text for o in stored] == [
        "They depend more on the state.",
        "Voluntary return is a last resort.",
        "We meet a lot of mistrust.",
    ]
    by_text = {o.text: o for o in stored}
    first = by_text["They depend more on the state."]
    assert first.speaker == seeded["guillaume"].id
    assert first.themes == (seeded["trust"].id,)
    second = by_text["We meet a lot of mistrust."]
    assert second.speaker == seeded["isabelle"].id
    assert second.themes == (seeded["trust"].id, seeded["information"].id)
    third = by_text["Voluntary return is a last resort."]
    assert third.speaker is None and third.themes == ()
    for observation in stored:
        assert observation.exchange == seeded["exchange"].id
        assert observation.recorded_by == "Tester"
        assert observation.recorded_at is not None
        assert observation.recorded_at.utcoffset() == datetime.now().astimezone().utcoffset()
        assert observation.kind.value == "quote"
    assert capture.saved_count == 3
    observations = page.pages["observation"]
    qtbot.waitUntil(lambda: observations.model.rowCount() == 3)


def test_empty_text_is_refused_next_to_the_text(qtbot, workspace, seeded, make_window):
    window = make_window(workspace)
    open_exchange(qtbot, window, seeded["exchange"].id)
    assert window.start_capture()
    capture = window.exchange_page.capture
    qtbot.keyClick(capture.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not capture.busy)
    assert capture.text_error.isVisible()
    assert "required" in capture.text_error.text()
    assert workspace.observations.count() == 0
    qtbot.keyClick(capture.text_edit, Qt.Key.Key_Escape)
    assert not capture.isVisible()


def test_capture_needs_an_open_exchange(qtbot, workspace, seeded, make_window):
    window = make_window(workspace)
    window.show_section("person")
    assert not window.start_capture()
    assert "exchange" in window.statusBar().currentMessage()


def test_a_double_press_saves_once_and_says_nothing_more(qtbot, workspace, seeded, make_window):
    window = make_window(workspace)
    open_exchange(qtbot, window, seeded["exchange"].id)
    assert window.start_capture()
    capture = window.exchange_page.capture
    qtbot.keyClicks(capture.text_edit, "One remark.")
    qtbot.mouseClick(capture.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(capture.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: capture.saved_count == 1 and not capture.busy)
    qtbot.mouseClick(capture.save_button, Qt.MouseButton.LeftButton)
    assert not capture.busy
    assert not capture.text_error.isVisible()
    assert workspace.observations.count() == 1


def test_an_old_message_is_gone_when_capture_opens_again(qtbot, workspace, seeded, make_window):
    window = make_window(workspace)
    open_exchange(qtbot, window, seeded["exchange"].id)
    assert window.start_capture()
    capture = window.exchange_page.capture
    capture.save()
    qtbot.waitUntil(lambda: not capture.busy)
    assert capture.text_error.isVisible()
    qtbot.keyClick(capture.text_edit, Qt.Key.Key_Escape)
    assert window.start_capture()
    assert not capture.text_error.isVisible()
    capture.save()
    qtbot.waitUntil(lambda: not capture.busy)
    qtbot.keyClicks(capture.text_edit, "x")
    assert not capture.text_error.isVisible()


def test_closing_the_window_with_a_remark_typed_asks_first(
    qtbot, workspace, seeded, make_window, message_boxes
):
    from counsellor_app.ui.common.drafts import draft_store

    window = make_window(workspace)
    open_exchange(qtbot, window, seeded["exchange"].id)
    assert window.start_capture()
    capture = window.exchange_page.capture
    qtbot.keyClicks(capture.text_edit, "Half a remark")
    capture.drafts.keep_now()
    assert [d for d in draft_store(workspace).pending() if d.key.startswith("capture:")]
    message_boxes.answers = ["cancel_button"]
    assert not window.close()
    assert message_boxes.shown[-1][0] == "Unsaved changes"
    assert window.isVisible() and capture.text_edit.toPlainText() == "Half a remark"
    message_boxes.answers = ["save_button"]
    assert window.close()
    [saved] = workspace.observations.all()
    assert saved.text == "Half a remark"
    # Nothing is left for a recovery at the next start.
    assert not [d for d in draft_store(workspace).pending() if d.key.startswith("capture:")]


def test_a_remark_dropped_on_closing_leaves_no_draft(
    qtbot, workspace, seeded, make_window, message_boxes
):
    from counsellor_app.ui.common.drafts import draft_store

    window = make_window(workspace)
    open_exchange(qtbot, window, seeded["exchange"].id)
    assert window.start_capture()
    capture = window.exchange_page.capture
    qtbot.keyClicks(capture.text_edit, "Never mind")
    message_boxes.answers = ["discard_button"]
    assert window.close()
    assert workspace.observations.count() == 0
    assert not [d for d in draft_store(workspace).pending() if d.key.startswith("capture:")]
