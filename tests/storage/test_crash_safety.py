"""A killed process or a second writer never damages the database or half-applies a change."""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from counsellor_app.services.interchange import FORMAT, VERSION
from counsellor_app.storage.backup import integrity_problems
from tests.builders import bulk_document

WRITER = """
import sys
from pathlib import Path
from counsellor_app.domain import Theme
from counsellor_app.services.session import open_workspace
workspace = open_workspace(Path(sys.argv[1]), actor=sys.argv[2])
for i in range(int(sys.argv[3])):
    workspace.themes.create(Theme(name=f"{sys.argv[2]} {i}"))
"""


def _count(db: Path, table: str) -> int:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _wait_for_write_lock(db: Path, process: subprocess.Popen[bytes], limit: float = 60) -> bool:
    """Waits until ``process`` holds the database's write lock (is inside its transaction)."""
    deadline = time.monotonic() + limit
    probe = sqlite3.connect(db, timeout=0, isolation_level=None)
    try:
        while time.monotonic() < deadline and process.poll() is None:
            try:
                probe.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError:
                return True  # locked: the import's transaction has begun
            probe.execute("ROLLBACK")
            time.sleep(0.005)
        return False
    finally:
        probe.close()


def test_an_import_killed_midway_leaves_all_or_none_of_the_file(tmp_path: Path) -> None:
    source = tmp_path / "big.json"
    source.write_text(json.dumps(bulk_document(30_000)), encoding="utf-8")
    command = [sys.executable, "-m", "counsellor_app", "--db"]
    db = tmp_path / "notes.sqlite3"
    empty = tmp_path / "empty.json"
    empty.write_text(json.dumps({"format": FORMAT, "version": VERSION}), encoding="utf-8")
    subprocess.run([*command, str(db), "import", str(empty)], check=True, capture_output=True)
    rng = random.Random(26)
    for _ in range(3):
        process = subprocess.Popen(
            [*command, str(db), "import", str(source)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        assert _wait_for_write_lock(db, process), "the import never began its transaction"
        time.sleep(rng.uniform(0.0, 0.3))
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert integrity_problems(db) == []
        assert _count(db, "observations") == 0, "a killed import left part of the file"
    # The next run finishes the job: nothing was left half-written in the way.
    subprocess.run([*command, str(db), "import", str(source)], check=True, capture_output=True)
    assert _count(db, "observations") == 30_000
    assert integrity_problems(db) == []


def test_two_processes_writing_at_once_both_succeed(tmp_path: Path) -> None:
    db = tmp_path / "notes.sqlite3"
    subprocess.run([sys.executable, "-c", WRITER, str(db), "warm", "1"], check=True, timeout=60)
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db), name, "60"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("first", "second")
    ]
    for writer in writers:
        _, err = writer.communicate(timeout=90)
        assert writer.returncode == 0, err
    assert _count(db, "themes") == 121
    assert integrity_problems(db) == []
