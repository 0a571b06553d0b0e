"""Nothing typed is lost: conflicts resolved by choice, drafts recovered after a killed
process, a full disk or read-only folder reported with the input kept."""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import subprocess
import sys

import pytest

from counsellor_app.domain.errors import DatabaseProblem
from counsellor_app.services.session import open_workspace
from counsellor_app.ui.common import conflict_dialog
from counsellor_app.ui.common.conflict_dialog import ConflictChoice, ConflictDialog
from counsellor_app.ui.common.drafts import database_key, draft_store, drafts_folder, offer_drafts
from tests.ui.conftest import saving, wait_loaded


def person_editor(qtbot, window, person_id):
    window.show_section("person")
    page = window.pages["person"]
    wait_loaded(qtbot, page.model)
    page.select_record(person_id)
    qtbot.waitUntil(lambda: page.detail.record is not None)
    assert page.detail.record.id == person_id
    return page.detail


def saved(qtbot, editor):
    """Saves and waits for the end, the conflict dialog's answer included."""
    with saving(qtbot, editor) as ended:
        assert editor.save()
    return ended.args[0]


def changed_elsewhere(workspace, person_id, **changes):
    other = open_workspace(workspace.database.path, actor="Isabelle at OFII")
    try:
        current = other.people.get(person_id)
        return other.people.update(dataclasses.replace(current, **changes))
    finally:
        other.database.dispose()


@pytest.fixture
def conflict(qtbot, workspace, seeded, make_window, monkeypatch):
    """Guillaume's office typed here while his role was changed elsewhere; the dialog's
    answer is set by the test."""
    window = make_window(workspace)
    editor = person_editor(qtbot, window, seeded["guillaume"].id)
    changed_elsewhere(workspace, seeded["guillaume"].id, role="team leader")
    qtbot.keyClicks(editor.form.editors["office"].widget, "Brussels")
    seen = []

    def answer_with(choice):
        def answer(dialog):
            seen.append(dialog.model.changed_fields())
            return choice

        monkeypatch.setattr(conflict_dialog, "ask", answer)

    editor.qtbot = qtbot
    return editor, answer_with, seen


def test_conflict_keep_mine_overwrites(conflict, workspace, seeded):
    editor, answer_with, seen = conflict
    answer_with(ConflictChoice.KEEP_MINE)
    assert saved(editor.qtbot, editor)
    assert sorted(seen[0]) == ["office", "role"]
    stored = workspace.people.get(seeded["guillaume"].id)
    assert stored.office == "Brussels" and stored.role == "return counsellor"
    assert stored.version == 3
    assert not editor.is_dirty()


def test_conflict_take_theirs_reloads_the_stored_record(conflict, workspace, seeded):
    editor, answer_with, _seen = conflict
    answer_with(ConflictChoice.TAKE_THEIRS)
    assert not saved(editor.qtbot, editor)
    assert editor.form.editors["role"].widget.text() == "team leader"
    assert editor.form.editors["office"].widget.text() == ""
    assert not editor.is_dirty()
    stored = workspace.people.get(seeded["guillaume"].id)
    assert stored.office is None and stored.role == "team leader"


def test_conflict_save_mine_as_new_keeps_both(conflict, workspace, seeded):
    editor, answer_with, _seen = conflict
    answer_with(ConflictChoice.SAVE_AS_NEW)
    assert saved(editor.qtbot, editor)
    people = [p for p in workspace.people.all() if p.name == "Guillaume"]
    assert len(people) == 2
    original = workspace.people.get(seeded["guillaume"].id)
    assert original.role == "team leader" and original.office is None
    copy = next(p for p in people if p.id != original.id)
    assert copy.office == "Brussels" and copy.role == "return counsellor"
    assert editor.record.id == copy.id


def test_conflict_dialog_marks_the_fields_that_differ(qtbot, qtmodeltester, workspace, seeded):
    mine = dataclasses.replace(seeded["guillaume"], office="Brussels")
    theirs = dataclasses.replace(seeded["guillaume"], role="team leader", updated_by="Isabelle")
    dialog = ConflictDialog(workspace.people.spec, mine, theirs, "Changed by Isabelle.")
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    rows = {dialog.model.rows[r][0]: r for r in range(dialog.model.rowCount())}
    assert dialog.model.index(rows["office"], 1).data() == "Brussels"
    assert dialog.model.index(rows["office"], 2).data() == "—"
    assert dialog.model.is_changed(rows["role"]) and not dialog.model.is_changed(rows["name"])
    assert dialog.model.index(rows["role"], 0).data(0x08) is not None  # background
    assert "Isabelle" in dialog.heading_label.text()
    for button in (dialog.keep_mine_button, dialog.take_theirs_button, dialog.save_as_new_button):
        assert button.isEnabled() and button.accessibleName()


DRAFT_WRITER = """
import dataclasses, json, sys, time
from datetime import datetime
from pathlib import Path
from counsellor_app.domain.records import Person
from counsellor_app.services.drafts import DraftStore

folder, database, raw = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
person = Person(**raw)
DraftStore(Path(folder), database).keep("person:" + person.id, person)
print("kept", flush=True)
time.sleep(60)
"""


def test_draft_recovered_after_a_killed_process(
    qtbot, workspace, seeded, make_window, message_boxes
):
    guillaume = seeded["guillaume"]
    raw = {
        "id": guillaume.id,
        "version": guillaume.version,
        "name": guillaume.name,
        "role": guillaume.role,
        "organisation": guillaume.organisation,
        "office": "Marseille, bureau 3",
    }
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            DRAFT_WRITER,
            str(drafts_folder()),
            database_key(workspace),
            json.dumps(raw),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout.readline().strip() == "kept"
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(10)
    assert process.returncode == -signal.SIGKILL

    window = make_window(workspace)
    message_boxes.answers = ["recover_button"]
    assert offer_drafts(window) == 1
    assert message_boxes.shown[-1][0] == "Recover unsaved work?"
    editor = window.pages["person"].detail
    assert window.section == "person"
    assert editor.record.id == guillaume.id
    assert editor.form.editors["office"].widget.text() == "Marseille, bureau 3"
    assert editor.is_dirty()
    assert saved(qtbot, editor)
    assert workspace.people.get(guillaume.id).office == "Marseille, bureau 3"
    assert draft_store(workspace).pending() == []


def test_drafts_kept_while_typing_and_dropped_on_save(qtbot, workspace, seeded, make_window):
    window = make_window(workspace)
    editor = person_editor(qtbot, window, seeded["isabelle"].id)
    store = draft_store(workspace)
    qtbot.keyClicks(editor.form.editors["office"].widget, "Paris")
    drafts = editor.controller.drafts
    assert drafts._timer.isActive()
    with qtbot.waitSignal(drafts.draft_kept, timeout=1000):
        drafts.keep_now()
    [draft] = store.pending()
    assert draft.record.office == "Paris" and draft.kind == "person"
    assert saved(qtbot, editor)
    assert store.pending() == []


def test_capture_drafts_and_the_discard_answer(
    qtbot, workspace, seeded, make_window, message_boxes
):
    window = make_window(workspace)
    window.show_section("exchange")
    window.pages["exchange"].select_record(seeded["exchange"].id)
    assert window.start_capture()
    capture = window.exchange_page.capture
    qtbot.keyClicks(capture.text_edit, "Les conseillers informent")
    capture.drafts.keep_now()
    [draft] = draft_store(workspace).pending()
    assert draft.kind == "observation" and draft.is_new
    assert draft.record.text == "Les conseillers informent"
    message_boxes.answers = ["discard_button"]
    assert offer_drafts(window) == 0
    assert draft_store(workspace).pending() == []


def test_disk_full_on_save_keeps_the_form(
    qtbot, workspace, seeded, make_window, message_boxes, monkeypatch
):
    window = make_window(workspace)
    editor = person_editor(qtbot, window, seeded["isabelle"].id)
    qtbot.keyClicks(editor.form.editors["office"].widget, "Lyon")

    def disk_full(_record):
        raise DatabaseProblem("disk-full", "The disk is full; nothing was saved.")

    monkeypatch.setattr(editor.controller.service, "update", disk_full)
    assert not saved(qtbot, editor)
    # Said as the window says it, not as the database layer wrote it.
    assert message_boxes.shown[-1] == (
        "Not saved",
        "The disk is full, so nothing was saved. Free some space and try again.",
    )
    assert editor.form.editors["office"].widget.text() == "Lyon"
    assert editor.is_dirty()
    assert "still here" in editor.status_label.text()


def test_read_only_folder_on_capture_keeps_the_text(
    qtbot, workspace, seeded, make_window, message_boxes, monkeypatch
):
    window = make_window(workspace)
    window.show_section("exchange")
    window.pages["exchange"].select_record(seeded["exchange"].id)
    assert window.start_capture()
    capture = window.exchange_page.capture
    qtbot.keyClicks(capture.text_edit, "Une remarque")

    def read_only(_record):
        raise DatabaseProblem("read-only", "The database can only be read.")

    monkeypatch.setattr(workspace.observations, "create", read_only)
    assert capture.save()
    qtbot.waitUntil(lambda: not capture.busy)
    assert message_boxes.shown[-1][1] == (
        "This database can only be read: nothing can be saved in it."
    )
    assert capture.text_edit.toPlainText() == "Une remarque"


def test_comparison_drafts_kept_while_typing_and_recovered_with_their_columns(
    qtbot, workspace, seeded, make_window, message_boxes
):
    from tests.ui.comparison_data import add_comparisons, add_quotes

    made = add_comparisons(workspace, seeded)
    quotes = add_quotes(workspace, seeded)
    informs = made["informs"]
    window = make_window(workspace)
    window.show_section("comparison")
    section = window.pages["comparison"]
    section.open_comparison(informs.id)
    editor = section.editor
    qtbot.waitUntil(lambda: editor.record is not None)
    qtbot.keyClicks(editor.form.editors["aspect"].widget, " (2016)")
    fedasil_column = editor.form.columns[0]
    fedasil_column.attach(quotes["counsellors"].id)
    qtbot.keyClicks(fedasil_column.edits["strengths"], "Trust is already there.")
    drafts = editor.controller.drafts
    assert drafts._timer.isActive()
    with qtbot.waitSignal(drafts.draft_kept, timeout=1000):
        drafts.keep_now()
    [draft] = draft_store(workspace).pending()
    assert draft.kind == "comparison" and not draft.is_new
    assert draft.record.practices[0].evidence == (quotes["counsellors"].id,)

    # The program dies; the next start offers the draft back.
    drafts._timer.stop()
    window.close()
    again = make_window(workspace)
    message_boxes.answers = ["recover_button"]
    assert offer_drafts(again) == 1
    assert again.section == "comparison"
    recovered = again.pages["comparison"].editor
    assert recovered.record.id == informs.id
    assert recovered.form.editors["aspect"].value().endswith(" (2016)")
    assert recovered.form.organisation_ids() == [seeded["fedasil"].id, seeded["ofii"].id]
    first = recovered.form.columns[0]
    assert first.edits["strengths"].toPlainText() == "Trust is already there."
    assert first.evidence == [quotes["counsellors"].id]
    assert first.evidence_model.rowCount() == 1
    qtbot.waitUntil(lambda: first.complete)
    assert "counsellors" in first.evidence_model.index(0, 0).data()
    assert recovered.is_dirty()
    assert saved(qtbot, recovered)
    stored = workspace.comparisons.get(informs.id)
    assert stored.aspect.endswith(" (2016)")
    assert stored.practices[0].strengths == "Trust is already there."
    assert stored.practices[0].evidence == (quotes["counsellors"].id,)
    assert draft_store(workspace).pending() == []


def test_a_new_comparison_typed_then_reverted_leaves_no_draft(
    qtbot, workspace, seeded, make_window
):
    window = make_window(workspace)
    window.show_section("comparison")
    section = window.pages["comparison"]
    section.new_record()
    editor = section.editor
    qtbot.keyClicks(editor.form.editors["aspect"].widget, "Interpreters")
    editor.controller.drafts.keep_now()
    [draft] = draft_store(workspace).pending()
    assert draft.is_new and draft.record.aspect == "Interpreters"
    editor.revert()
    assert draft_store(workspace).pending() == []


def test_recovering_drafts_of_two_kinds_asks_nothing_more(
    qtbot, workspace, seeded, make_window, message_boxes
):
    from counsellor_app.domain.records import Person, Theme

    store = draft_store(workspace)
    store.keep("theme:new-1", Theme(name="Housing"))
    store.keep("person:new-2", Person(name="Marie Dupont"))
    window = make_window(workspace)
    message_boxes.answers = ["recover_button"]
    assert offer_drafts(window) == 2
    # Only the question "Recover unsaved work?": no "Unsaved changes" about the first form.
    assert [title for title, _text in message_boxes.shown] == ["Recover unsaved work?"]
    assert window.pages["theme"].detail.form.editors["name"].value() == "Housing"
    assert window.pages["person"].detail.form.editors["name"].value() == "Marie Dupont"
