"""Encryption in the window: the passphrase at start with three tries, Settings ▸ Security to
encrypt, change the passphrase or remove the encryption, and drafts kept encrypted."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from counsellor_app import paths
from counsellor_app.app import run_window
from counsellor_app.domain.records import Person, Theme
from counsellor_app.services import backups
from counsellor_app.services.database_encryption import encrypt_database
from counsellor_app.services.session import open_workspace
from counsellor_app.ui.safety import security
from counsellor_app.ui.safety.security import (
    NewPassphraseDialog,
    PassphrasePrompt,
    SecuritySettings,
)
from counsellor_app.ui.shell import startup_dialog
from counsellor_app.ui.shell.settings_dialog import SettingsDialog
from counsellor_app.ui.shell.startup_dialog import open_with_recovery

pytest.importorskip("sqlcipher3")

PASSPHRASE = "correct horse battery staple"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def encrypted_database(path: Path) -> Path:
    workspace = open_workspace(path, actor="tester")
    workspace.themes.create(Theme(name="Trust"))
    workspace.people.create(Person(name="Guillaume"))
    workspace.database.dispose()
    encrypt_database(path, PASSPHRASE)
    return path


class Typed:
    """Stands in for the passphrase prompt: types the next answer, records what was shown."""

    def __init__(self, *answers: str | None) -> None:
        self.answers = list(answers)
        self.asked: list[dict[str, object]] = []

    def __call__(self, _parent, where, *, tries_left=3, wrong=False):
        self.asked.append({"where": where, "tries_left": tries_left, "wrong": wrong})
        return self.answers.pop(0)


def test_the_passphrase_is_asked_at_start_and_a_wrong_one_gets_another_try(
    qtbot, tmp_path, monkeypatch
):
    notes = encrypted_database(tmp_path / "notes.sqlite3")
    typed = Typed("not it at all", PASSPHRASE)
    monkeypatch.setattr(security, "ask_passphrase", typed)
    opened = open_with_recovery(notes, actor="tester", parent=None)
    assert opened is not None
    try:
        assert opened.workspace.database.encrypted
        assert [t.name for t in opened.workspace.themes.all()] == ["Trust"]
        assert typed.asked == [
            {"where": str(notes), "tries_left": 3, "wrong": False},
            {"where": str(notes), "tries_left": 2, "wrong": True},
        ]
    finally:
        opened.workspace.database.dispose()


def test_three_wrong_passphrases_end_in_the_start_up_dialog_and_the_file_is_as_it_was(
    qtbot, tmp_path, monkeypatch
):
    notes = encrypted_database(tmp_path / "notes.sqlite3")
    before = digest(notes)
    files = sorted(p.name for p in tmp_path.iterdir())
    typed = Typed("wrong one", "wrong two", "wrong three")
    monkeypatch.setattr(security, "ask_passphrase", typed)
    seen = []

    def quit_(dialog):
        seen.append((dialog.problem.kind, dialog.heading_label.text()))
        dialog.quit_button.click()
        return dialog.choice

    monkeypatch.setattr(startup_dialog, "ask", quit_)
    assert run_window(notes) == 2
    assert len(typed.asked) == 3
    assert seen == [("wrong-passphrase", "Wrong passphrase, or not an Exchange Notes database")]
    assert digest(notes) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == files


def test_the_prompt_says_how_many_tries_are_left(qtbot):
    prompt = PassphrasePrompt("/data/notes.sqlite3", tries_left=2, wrong=True)
    qtbot.addWidget(prompt)
    assert "notes.sqlite3" in prompt.intro_label.text()
    assert prompt.problem_label.isVisibleTo(prompt)
    assert "Tries left: 2" in prompt.problem_label.text()
    assert prompt.passphrase_edit.echoMode() == prompt.passphrase_edit.EchoMode.Password


def test_a_new_passphrase_twice_with_its_strength(qtbot):
    dialog = NewPassphraseDialog("Encrypt this database", "Choose one")
    qtbot.addWidget(dialog)
    dialog.first_edit.setText("short")
    assert not dialog.ok_button.isEnabled()
    assert dialog.strength_label.text().startswith("Weak")
    dialog.first_edit.setText("password")
    dialog.second_edit.setText("password")
    assert dialog.ok_button.isEnabled()  # allowed, but said to be weak
    assert dialog.strength_label.text().startswith("Weak")
    dialog.first_edit.setText(PASSPHRASE)
    assert not dialog.ok_button.isEnabled()
    assert "not the same" in dialog.problem_label.text()
    dialog.second_edit.setText(PASSPHRASE)
    assert dialog.ok_button.isEnabled()
    assert dialog.strength_label.text() in ("Good.", "Strong.")
    assert dialog.strength_bar.value() >= 3


def test_settings_have_a_security_tab_that_keeps_the_days_in_the_trash(
    qtbot, isolated_settings, workspace
):
    dialog = SettingsDialog(isolated_settings, "db", security_state="plain")
    qtbot.addWidget(dialog)
    assert dialog.tabs.tabText(1) == "Security"
    page = dialog.security_page
    assert isinstance(page, SecuritySettings)
    assert page.encrypt_button.isVisibleTo(page) and page.encrypt_button.isEnabled()
    assert not page.change_button.isVisibleTo(page)
    assert page.trash_days.value() == 30
    page.trash_days.setValue(90)
    dialog.accept()
    assert isolated_settings.trash_days == 90
    encrypted = SettingsDialog(isolated_settings, "db", security_state="encrypted")
    qtbot.addWidget(encrypted)
    page = encrypted.security_page
    assert page.change_button.isVisibleTo(page) and page.decrypt_button.isVisibleTo(page)
    assert not page.encrypt_button.isVisibleTo(page)


def test_encrypt_change_passphrase_and_decrypt_from_the_window(
    qtbot, workspace, make_window, monkeypatch, isolated_settings, message_boxes
):
    workspace.themes.create(Theme(name="Trust"))
    workspace.people.create(Person(name="Guillaume"))
    backups.backup_now(workspace)
    path = workspace.database.path
    window = make_window(workspace)
    asked = []
    answers = [("", PASSPHRASE), (PASSPHRASE, "a second long passphrase")]

    def new_passphrase(_parent, title, _intro, *, current=False):
        asked.append((title, current))
        return answers.pop(0)

    monkeypatch.setattr(security, "ask_new_passphrase", new_passphrase)

    def through_settings(button: str) -> None:
        def run(dialog):
            getattr(dialog.security_page, button).click()
            return True

        monkeypatch.setattr(window, "run_settings", run)
        with qtbot.waitSignal(window.security.finished, timeout=30000) as blocker:
            window.open_settings()
        assert blocker.args == [True], message_boxes.shown

    through_settings("encrypt_button")
    assert asked == [("Encrypt this database", False)]
    assert window.workspace is not workspace and window.workspace.database.encrypted
    assert not path.read_bytes().startswith(b"SQLite format 3")
    assert "(encrypted)" in window.database_label.text()
    assert "encrypted" in window.statusBar().currentMessage()
    assert window.workspace.themes.all()[0].name == "Trust"
    [backup] = backups.list_backups(backups.backup_folder(window.workspace))
    assert not backup.path.read_bytes().startswith(b"SQLite format 3")

    through_settings("change_button")
    assert asked[-1] == ("Change passphrase", True)
    reopened = open_workspace(path, passphrase="a second long passphrase")
    reopened.database.dispose()

    monkeypatch.setattr(security, "ask_passphrase", Typed("a second long passphrase"))
    message_boxes.answers = ["confirm_button"]
    through_settings("decrypt_button")
    assert path.read_bytes().startswith(b"SQLite format 3")
    assert not window.workspace.database.encrypted
    assert window.workspace.people.all()[0].name == "Guillaume"
    # Never written anywhere: not in the settings, not in a log.
    QSettings().sync()
    for folder in (Path(QSettings().fileName()).parent, paths.log_dir(), paths.data_dir()):
        for file in folder.rglob("*") if folder.exists() else []:
            if file.is_file():
                data = file.read_bytes()
                assert PASSPHRASE.encode() not in data, file
                assert b"a second long passphrase" not in data, file
    window.close()
    window.workspace.database.dispose()


def test_a_wrong_current_passphrase_changes_nothing(
    qtbot, tmp_path, make_window, monkeypatch, message_boxes
):
    notes = encrypted_database(tmp_path / "notes.sqlite3")
    workspace = open_workspace(notes, passphrase=PASSPHRASE, actor="tester")
    before = digest(notes)
    window = make_window(workspace)
    monkeypatch.setattr(
        security, "ask_new_passphrase", lambda *_a, **_k: ("not the one", "another long one")
    )
    assert window.security.change_passphrase() is None
    assert message_boxes.shown[-1][0] == "Passphrase not changed"
    assert window.workspace is workspace
    workspace.database.dispose()
    assert digest(notes) == before


def test_drafts_of_an_encrypted_database_are_encrypted(qtbot, tmp_path):
    from counsellor_app.ui.common.drafts import draft_store

    notes = encrypted_database(tmp_path / "notes.sqlite3")
    workspace = open_workspace(notes, passphrase=PASSPHRASE)
    store = draft_store(workspace)
    person = workspace.people.all()[0]
    store.keep(f"person:{person.id}", person)
    [draft] = store.pending()
    assert draft.record.name == "Guillaume"
    files = [p for p in paths.drafts_dir().rglob("*") if p.is_file()]
    assert files
    for file in files:
        assert b"Guillaume" not in file.read_bytes()
    workspace.database.dispose()


def test_an_encrypted_database_restores_a_backup_from_the_window(
    qtbot, tmp_path, make_window, monkeypatch, message_boxes
):
    from counsellor_app.ui.safety import backup_dialog

    notes = encrypted_database(tmp_path / "notes.sqlite3")
    workspace = open_workspace(notes, passphrase=PASSPHRASE, actor="tester")
    backups.backup_now(workspace)
    workspace.themes.create(Theme(name="Added after the backup"))
    window = make_window(workspace)
    counted = []

    def choose_newest(dialog):
        qtbot.waitUntil(lambda: dialog.backups.model.rowCount() == 1, timeout=5000)
        row = dialog.backups.chosen()
        counted.append(row.counts)
        return row.info.path

    monkeypatch.setattr(backup_dialog, "choose", choose_newest)
    message_boxes.answers = ["confirm_button"]
    window.ask_restore()
    qtbot.waitUntil(lambda: window.workspace is not workspace, timeout=10000)
    restored = window.workspace
    try:
        assert counted[0]["themes"] == 1  # read with the database's key
        assert restored.database.encrypted
        assert [t.name for t in restored.themes.all()] == ["Trust"]
        assert "Restored" in window.statusBar().currentMessage()
    finally:
        window.close()
        restored.database.dispose()
