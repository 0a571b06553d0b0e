"""What a killed backup or export leaves behind is cleaned by the next one to the same place;
what a running one is writing is left alone."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from counsellor_app.services.backups import backup_now
from counsellor_app.services.files import write_atomically
from counsellor_app.services.workspace import Workspace
from counsellor_app.storage.partials import process_running


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    assert not process_running(process.pid)
    return process.pid


def _big(path: Path) -> Path:
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 1_000_000)
    return path


def test_the_next_backup_removes_what_killed_ones_left(sqlite_workspace: Workspace) -> None:
    database = sqlite_workspace.database.path
    assert database is not None
    folder = database.parent / f"{database.stem}-backups"
    folder.mkdir()
    dead = _dead_pid()
    killed = _big(folder / f"notes-20260101-090000-daily.sqlite3.{dead}.backup-partial")
    journal = _big(Path(f"{killed}-journal"))
    older = _big(folder / "notes-20250101-090000-daily.sqlite3.partial")  # an older release's
    an_hour_ago = time.time() - 7200
    os.utime(older, (an_hour_ago, an_hour_ago))
    runner = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        running = _big(folder / f"notes-20260101-100000-manual.sqlite3.{runner.pid}.backup-partial")
        recent = _big(folder / "notes-20260101-110000-daily.sqlite3.partial")
        someone_elses = _big(folder / "holiday.partial")

        taken = backup_now(sqlite_workspace)

        assert taken.exists()
        for gone in (killed, journal, older):
            assert not gone.exists(), gone
        for kept in (running, recent, someone_elses):
            assert kept.exists(), kept
    finally:
        runner.kill()
        runner.wait()


def test_the_next_export_to_a_name_removes_what_a_killed_one_left(tmp_path: Path) -> None:
    dead = _dead_pid()
    killed = _big(tmp_path / f".out.json.{dead}.k1ll3d_0.partial")
    other_name = _big(tmp_path / f".other.json.{dead}.k1ll3d_0.partial")
    write_atomically(tmp_path / "out.json", b"{}")
    assert (tmp_path / "out.json").read_bytes() == b"{}"
    assert not killed.exists()
    assert other_name.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [other_name.name, "out.json"]
