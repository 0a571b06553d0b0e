"""A writer killed at random moments: every change is fully in or fully out, 20 times over."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from counsellor_app.storage.backup import integrity_problems

# Each change is one observation with three themes and one audit line, plus an update of
# an earlier observation's text with its own audit line: several rows in several tables.
WRITER = """
import sys
from datetime import UTC, datetime
import dataclasses
from pathlib import Path
from counsellor_app.domain import Exchange, Observation, ObservationKind, Theme
from counsellor_app.services.session import open_workspace

workspace = open_workspace(Path(sys.argv[1]), actor="writer")
exchange = next(iter(workspace.exchanges.all()), None) or workspace.exchanges.create(
    Exchange(title="Killed writer")
)
themes = workspace.themes.all() or [workspace.themes.create(Theme(name=f"T{i}")) for i in range(3)]
print("ready", flush=True)
made = []
for i in range(100000):
    note = workspace.observations.create(
        Observation(exchange=exchange.id, kind=ObservationKind.LESSON, text=f"lesson {i} " * 50,
                    themes=tuple(t.id for t in themes[:3]))
    )
    made.append(note)
    if len(made) > 3:
        old = workspace.observations.get(made[-3].id)
        workspace.observations.update(dataclasses.replace(old, text=old.text + " (edited)"))
"""


def _consistent(db: Path) -> tuple[int, int]:
    """Checks that every stored change is whole; returns (observations, edited ones)."""
    assert integrity_problems(db) == []
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        observations = connection.execute("SELECT id, version, text FROM observations").fetchall()
        links = dict(
            connection.execute(
                "SELECT observation_id, count(*) FROM observation_themes GROUP BY observation_id"
            ).fetchall()
        )
        audit: dict[tuple[str, str], int] = {}
        for record_id, action in connection.execute(
            "SELECT record_id, action FROM audit_log WHERE entity = 'observation'"
        ):
            audit[(record_id, action)] = audit.get((record_id, action), 0) + 1
        search_rows = connection.execute(
            "SELECT count(*) FROM search_documents WHERE kind = 'observation'"
        ).fetchone()[0]
    finally:
        connection.close()
    edited = 0
    for record_id, version, text in observations:
        assert links.get(record_id) == 3, "an observation without all its themes"
        assert audit.get((record_id, "create")) == 1, "an observation without its audit line"
        assert audit.get((record_id, "update"), 0) == version - 1
        assert text.endswith("(edited)") == (version == 2)
        edited += version == 2
    assert set(links) <= {row[0] for row in observations}, "themes of a missing observation"
    assert {r for r, _ in audit} <= {row[0] for row in observations}
    assert search_rows == len(observations), "the search index is out of step"
    return len(observations), edited


def test_a_writer_killed_at_random_moments_leaves_each_change_whole(tmp_path: Path) -> None:
    db = tmp_path / "notes.sqlite3"
    rng = random.Random(20161007)
    seen = []
    for _ in range(20):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready", (
            writer.stderr.read() if writer.stderr else ""
        )
        time.sleep(rng.uniform(0.0, 0.4))
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        seen.append(_consistent(db))
    counts = [count for count, _ in seen]
    assert counts == sorted(counts) and counts[-1] > counts[0], "the writers made progress"
    assert seen[-1][1] > 0
