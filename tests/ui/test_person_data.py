"""A person's data in the window: exported, or erased after a dialog that lists what goes; the
trash emptied of what it kept too long, and saying so."""

from __future__ import annotations

import json
from datetime import timedelta

from counsellor_app.domain.records import Observation, ObservationKind, Organisation
from counsellor_app.services import backups
from counsellor_app.services.personal_data import ERASED_SPEAKER_ID
from counsellor_app.ui.records import person_data
from counsellor_app.ui.records.person_data import ErasureDialog
from counsellor_app.ui.safety.trash_page import purge_expired_in_background
from tests.ui.conftest import wait_loaded


def _people_page(qtbot, window, person):
    assert window.show_section("person")
    page = window.pages["person"]
    wait_loaded(qtbot, page.model)
    page.select_record(person.id)
    qtbot.waitUntil(lambda: page.detail.record is not None, timeout=5000)
    return page


def test_export_this_persons_data_from_people(
    qtbot, workspace, seeded, make_window, tmp_path, monkeypatch
):
    guillaume = seeded["guillaume"]
    workspace.observations.create(
        Observation(
            exchange=seeded["exchange"].id,
            kind=ObservationKind.QUOTE,
            text="Counsellors inform.",
            speaker=guillaume.id,
        )
    )
    window = make_window(workspace)
    page = _people_page(qtbot, window, guillaume)
    actions = page.findChild(person_data.PersonDataActions)
    assert actions.button.parent() is not None
    assert actions.export_action in page.table.actions()
    target = tmp_path / "guillaume.json"
    monkeypatch.setattr(person_data, "ask_export_file", lambda _parent, suggested: target)
    with qtbot.waitSignal(actions.finished, timeout=10000):
        actions.export_action.trigger()
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["people"][0]["name"] == "Guillaume"
    assert [o["text"] for o in document["observations"]] == ["Counsellors inform."]
    assert "exported" in window.statusBar().currentMessage()


def test_erase_this_person_lists_what_goes_then_erases(
    qtbot, workspace, seeded, make_window, monkeypatch
):
    guillaume = seeded["guillaume"]
    quote = workspace.observations.create(
        Observation(
            exchange=seeded["exchange"].id,
            kind=ObservationKind.QUOTE,
            text="At Fedasil it's the counsellors who inform.",
            speaker=guillaume.id,
        )
    )
    workspace.organisations.create(Organisation(name="Team of Guillaume"))
    backups.backup_now(workspace)
    window = make_window(workspace)
    page = _people_page(qtbot, window, guillaume)
    actions = page.findChild(person_data.PersonDataActions)
    shown = []

    def confirm(dialog: ErasureDialog):
        shown.append(
            {
                "heading": dialog.heading_label.text(),
                "changes": dialog.changes_label.text(),
                "mentions": dialog.mentions_list.toPlainText(),
                "backups": dialog.backups_label.text(),
            }
        )
        return False, True  # keep their quotes; delete the older backups

    monkeypatch.setattr(person_data, "ask_erasure", confirm)
    with qtbot.waitSignal(actions.finished, timeout=20000):
        actions.erase_action.trigger()
    [seen] = shown
    assert "“Guillaume”" in seen["heading"]
    assert "kept with “speaker erased”: 1" in seen["changes"]
    assert "Team of Guillaume" in seen["mentions"]
    assert "Backups taken before still hold the name" in seen["backups"]
    assert workspace.observations.get(quote.id).speaker == ERASED_SPEAKER_ID
    assert "Guillaume" not in [p.name for p in workspace.people.all()]
    assert backups.list_backups(backups.backup_folder(workspace)) == []
    assert "was erased" in window.statusBar().currentMessage()
    # The list and the form follow: the erasure changed every kind.
    qtbot.waitUntil(lambda: page.model.row_of(guillaume.id) < 0, timeout=5000)
    assert page.model.row_of(seeded["isabelle"].id) >= 0
    qtbot.waitUntil(lambda: page.detail.record is None, timeout=5000)


def test_the_erasure_dialog_says_what_happens_to_their_quotes(qtbot, workspace, seeded):
    from counsellor_app.services.personal_data import plan_erasure

    workspace.observations.create(
        Observation(
            exchange=seeded["exchange"].id,
            kind=ObservationKind.QUOTE,
            text="A quote.",
            speaker=seeded["isabelle"].id,
        )
    )
    dialog = ErasureDialog(plan_erasure(workspace, seeded["isabelle"].id))
    qtbot.addWidget(dialog)
    assert dialog.with_quotes_box.isVisibleTo(dialog)
    assert "speaker erased" in dialog.changes_label.text()
    dialog.with_quotes_box.setChecked(True)
    assert "Observations they said, erased: 1" in dialog.changes_label.text()
    assert not dialog.purge_box.isVisibleTo(dialog)  # no backups yet
    assert dialog.cancel_button.isDefault()


def test_the_trash_says_how_long_it_keeps_records_and_expired_ones_go_at_start(
    qtbot, workspace, seeded, make_window, isolated_settings
):
    old = workspace.organisations.create(Organisation(name="Old agency"))
    workspace.organisations.delete(old.id)
    isolated_settings.trash_days = 7
    window = make_window(workspace)
    assert window.show_section("trash")
    page = window.pages["trash"]
    assert "for 7 days" in page.intro_label.text()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    # Nothing is due yet.
    operation = purge_expired_in_background(window)
    assert operation.wait()
    assert operation.result == 0
    workspace.clock = lambda: old.created_at + timedelta(days=8)
    operation = purge_expired_in_background(window)
    assert operation.wait()
    assert operation.result == 1
    assert "deleted for good: 1" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)
