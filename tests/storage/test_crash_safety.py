"""A killed process or a second writer never damages the database or half-applies a change."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

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


def test_an_import_killed_midway_leaves_all_or_none_of_the_file(tmp_path: Path) -> None:
    source = tmp_path / "big.json"
    source.write_text(json.dumps(bulk_document(30_000)), encoding="utf-8")
    command = [sys.executable, "-m", "counsellor_app", "--db"]
    # How long a whole import takes here, so the kills below land inside it.
    began = time.monotonic()
    subprocess.run([*command, str(tmp_path / "timing.sqlite3"), "import", str(source)], check=True)
    duration = time.monotonic() - began

    db = tmp_path / "notes.sqlite3"
    subprocess.run([*command, str(db), "export", str(tmp_path / "empty.json")], check=True)
    counts = []
    for fraction in (0.5, 0.7, 0.85):
        process = subprocess.Popen(
            [*command, str(db), "import", str(source)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(duration * fraction)
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert integrity_problems(db) == []
        counts.append(_count(db, "observations"))
        assert counts[-1] in (0, 30_000), counts
        if counts[-1]:
            break
    assert 0 in counts, "no kill landed inside an import"
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
