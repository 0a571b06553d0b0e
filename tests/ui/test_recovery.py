"""Start-up problems through the start-up dialog (the file is never changed), and restoring a
backup from the window."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from counsellor_app.app import run_window
from counsellor_app.domain.errors import DatabaseProblem
from counsellor_app.domain.records import Theme
from counsellor_app.services import backups
from counsellor_app.services.session import open_workspace
from counsellor_app.storage import database as storage_database
from counsellor_app.ui.safety import backup_dialog
from counsellor_app.ui.shell import startup_dialog
from counsellor_app.ui.shell.startup_dialog import StartupChoice, open_with_recovery


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_database(path: Path, themes: tuple[str, ...] = ("Trust", "Information")) -> None:
    workspace = open_workspace(path, actor="tester")
    for name in themes:
        workspace.themes.create(Theme(name=name))
    workspace.database.dispose()


def damage(path: Path) -> None:
    for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        extra.unlink(missing_ok=True)
    data = bytearray(path.read_bytes())
    data[100:8192] = b"\xff" * (8192 - 100)
    path.write_bytes(bytes(data))


class Answers:
    """Stands in for the modal start-up dialog: records what it offered, then presses."""

    def __init__(self, qtbot, *steps):
        self.qtbot = qtbot
        self.steps = list(steps)
        self.seen: list[dict] = []

    def __call__(self, dialog):
        offered = {
            name: getattr(dialog, f"{name}_button").isVisibleTo(dialog)
            for name in ("retry", "read_only", "restore", "open_other", "quit")
        }
        self.seen.append({"kind": dialog.problem.kind, "offered": offered, "dialog": dialog})
        step = self.steps.pop(0)
        return step(dialog)


def press(name):
    def step(dialog):
        getattr(dialog, f"{name}_button").click()
        return dialog.choice

    return step


def test_damaged_database_is_restored_beside_and_left_untouched(qtbot, tmp_path, monkeypatch):
    db = tmp_path / "notes.sqlite3"
    make_database(db)
    workspace = open_workspace(db)
    backups.backup_now(workspace)
    workspace.database.dispose()
    damage(db)
    before = digest(db)

    def restore_first(dialog):
        qtbot.waitUntil(lambda: dialog.backups.model.rowCount() == 1, timeout=5000)
        assert "2 themes" in dialog.backups.model.index(0, 3).data()
        dialog.backups.choose_row(0)
        assert dialog.restore_button.isEnabled()
        dialog.restore_button.click()
        return dialog.choice

    answers = Answers(qtbot, restore_first)
    monkeypatch.setattr(startup_dialog, "ask", answers)
    opened = open_with_recovery(db, actor="tester", parent=None)
    assert opened is not None
    try:
        assert answers.seen[0]["kind"] == "damaged"
        assert answers.seen[0]["offered"]["restore"] and not answers.seen[0]["offered"]["retry"]
        assert opened.where != db and opened.where.parent == db.parent
        assert "restored" in opened.where.name
        assert sorted(t.name for t in opened.workspace.themes.all()) == ["Information", "Trust"]
    finally:
        opened.workspace.database.dispose()
    assert digest(db) == before


def test_not_a_database_offers_another_file_and_stays_as_it_was(qtbot, tmp_path, monkeypatch):
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("these are my notes, not a database", encoding="utf-8")
    before = digest(notes)
    other = tmp_path / "other.sqlite3"
    make_database(other, ("Trust",))
    answers = Answers(qtbot, press("open_other"))
    monkeypatch.setattr(startup_dialog, "ask", answers)
    monkeypatch.setattr(startup_dialog, "ask_database_file", lambda _parent, _start: other)
    opened = open_with_recovery(notes, actor="tester", parent=None)
    assert opened is not None
    try:
        seen = answers.seen[0]
        assert seen["kind"] == "not-a-database"
        assert seen["offered"]["restore"] and seen["offered"]["open_other"]
        assert not seen["dialog"].restore_button.isEnabled()  # no backup to choose
        assert "not an Exchange Notes database" in seen["dialog"].heading_label.text()
        assert opened.where == other
    finally:
        opened.workspace.database.dispose()
    assert digest(notes) == before


def test_locked_database_try_again_once_it_is_free(qtbot, tmp_path, monkeypatch):
    db = tmp_path / "notes.sqlite3"
    make_database(db)
    before = digest(db)
    monkeypatch.setattr(storage_database, "BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")

    def release_and_retry(dialog):
        holder.execute("ROLLBACK")
        holder.close()
        dialog.retry_button.click()
        return dialog.choice

    answers = Answers(qtbot, release_and_retry)
    monkeypatch.setattr(startup_dialog, "ask", answers)
    opened = open_with_recovery(db, actor="tester", parent=None)
    assert opened is not None
    try:
        assert answers.seen[0]["kind"] == "locked"
        assert answers.seen[0]["offered"]["retry"]
        assert not opened.read_only
        assert len(opened.workspace.themes.all()) == 2
    finally:
        opened.workspace.database.dispose()
    assert digest(db) == before


def test_read_only_database_opens_read_only_and_the_window_says_so(
    qtbot, tmp_path, monkeypatch, make_window
):
    db = tmp_path / "notes.sqlite3"
    make_database(db)
    before = digest(db)

    def opener(where, *, actor=None, read_only=False):
        # The machine's permissions cannot be relied on (tests may run as root).
        if not read_only:
            raise DatabaseProblem("read-only", f"The database {where} can only be read.")
        return open_workspace(where, actor=actor, read_only=True)

    answers = Answers(qtbot, press("read_only"))
    monkeypatch.setattr(startup_dialog, "ask", answers)
    opened = open_with_recovery(db, actor="tester", parent=None, opener=opener)
    assert opened is not None and opened.read_only
    assert answers.seen[0]["offered"]["read_only"] and not answers.seen[0]["offered"]["restore"]
    window = make_window(opened.workspace)
    try:
        window.mark_read_only()
        assert "read-only" in window.database_label.text()
        assert not window.menus.new_action.isEnabled() and not window.menus.save_action.isEnabled()
        window.show_section("theme")
        editor = window.pages["theme"].detail
        assert not editor.form.isEnabled() and not editor.save_button.isEnabled()
    finally:
        window.close()
        opened.workspace.database.dispose()
    assert digest(db) == before


def test_quitting_at_start_exits_2_through_the_dialog(qtbot, tmp_path, monkeypatch):
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("these are my notes, not a database", encoding="utf-8")
    answers = Answers(qtbot, press("quit"))
    monkeypatch.setattr(startup_dialog, "ask", answers)
    assert run_window(notes) == 2
    assert answers.seen[0]["kind"] == "not-a-database"
    assert notes.read_text(encoding="utf-8").startswith("these are my notes")


def test_restore_round_trip_from_the_file_menu(
    qtbot, workspace, make_window, monkeypatch, message_boxes
):
    workspace.themes.create(Theme(name="Trust"))
    backups.backup_now(workspace)
    workspace.themes.create(Theme(name="Added after the backup"))
    window = make_window(workspace)
    chosen = []

    def choose_newest(dialog):
        qtbot.waitUntil(lambda: dialog.backups.model.rowCount() == 1, timeout=5000)
        row = dialog.backups.chosen()
        chosen.append(row)
        return row.info.path

    monkeypatch.setattr(backup_dialog, "choose", choose_newest)
    message_boxes.answers = ["confirm_button"]
    window.ask_restore()
    qtbot.waitUntil(lambda: window.workspace is not workspace, timeout=10000)
    restored = window.workspace
    try:
        assert chosen[0].counts["themes"] == 1
        assert message_boxes.shown[-1][0] == "Restore this backup?"
        assert [t.name for t in restored.themes.all()] == ["Trust"]
        reasons = {b.reason for b in backups.list_backups(backups.backup_folder(restored))}
        assert reasons == {"manual", "before-restore"}
        assert "Restored" in window.statusBar().currentMessage()
    finally:
        window.close()
        restored.database.dispose()


def test_daily_backup_runs_in_the_background(qtbot, workspace, make_window):
    workspace.themes.create(Theme(name="Trust"))
    window = make_window(workspace)
    task = backup_dialog.start_daily_backup(window)
    with qtbot.waitSignal(task.sig_finished, timeout=10000) as blocker:
        pass
    assert blocker.args[0] is not None and blocker.args[0].exists()
    assert "Today's backup" in window.statusBar().currentMessage()


@pytest.mark.parametrize("kind", ["locked", "read-only", "damaged", "not-a-database", "missing"])
def test_the_dialog_speaks_plainly_for_each_kind(qtbot, kind, qtmodeltester, tmp_path):
    dialog = startup_dialog.StartupDialog(
        DatabaseProblem(kind, "details"), "notes.sqlite3", tmp_path, None
    )
    qtbot.addWidget(dialog)
    assert dialog.heading_label.text() and dialog.advice_label.text()
    for choice, button in dialog._buttons():
        assert button.objectName() and button.accessibleName()
        assert button.isVisibleTo(dialog) == (
            choice in startup_dialog.CHOICES[kind] or choice is StartupChoice.QUIT
        )
    qtmodeltester.check(dialog.backups.model)
