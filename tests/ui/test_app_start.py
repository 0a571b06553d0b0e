"""Starting the window on a database that cannot be used: plain words, exit code 2."""

from __future__ import annotations

from counsellor_app.app import run_window
from counsellor_app.ui.shell import startup_dialog


def test_database_problem_at_start_is_told_and_exits_2(qtbot, tmp_path, monkeypatch):
    not_a_database = tmp_path / "notes.sqlite3"
    not_a_database.write_text("these are my notes, not a database", encoding="utf-8")
    shown: list[str] = []

    def quit_after_reading(dialog):
        shown.append(dialog.detail_label.text())
        return startup_dialog.StartupChoice.QUIT

    monkeypatch.setattr(startup_dialog, "ask", quit_after_reading)
    assert run_window(not_a_database) == 2
    assert shown and "not an Exchange Notes database" in shown[0]
    assert not_a_database.read_text(encoding="utf-8").startswith("these are my notes")
