"""Benchmark: importing generated observations, against the least that work can cost.

Run: .venv/bin/python tests/perf/bench_import.py [--sizes 10000 100000] [--runs 3] [--light]

For each size, an interchange file of the realistic shape (``generate.py --realistic``: 400
characters of prose in six scripts, a quarter translated, 0-3 themes, 20 exchanges, 500
comparisons) is written to disk once; ``--light`` uses the older, lighter shape instead.
Each run imports it into a new SQLite database through the program's import (JSON parsing,
validation, references, bulk insert, links, search index, commit). The floor, timed in the
same run, is the least that work can cost with the standard library: ``json.loads`` of the
file, then in one transaction with the program's PRAGMAs, ``executemany`` of the observation
rows (same columns and indexes) and of their theme links, and an FTS5 word index of texts
and translations. Target: the import within 1.5x of the floor.
The last column is the time spent filling the search index: most of it on the import's
writer thread, at the same time as the file is read, so it is not a share of the whole.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from counsellor_app.services.interchange import import_file
from counsellor_app.services.workspace import Workspace
from counsellor_app.storage import search as search_index
from counsellor_app.storage.open import open_database
from tests.perf.generate import generate_document, write_realistic

COLUMNS = [
    "id",
    "exchange_id",
    "visit_id",
    "kind",
    "text",
    "language",
    "translation",
    "speaker_id",
    "recorded_by",
    "recorded_at",
    "created_at",
    "updated_at",
    "created_by",
    "updated_by",
    "version",
]


def floor_seconds(document: dict, folder: Path) -> float:
    """Raw sqlite3: the observation rows alone, in one transaction, into the same table."""
    schema = [
        "CREATE TABLE observations (id VARCHAR(36) PRIMARY KEY, exchange_id VARCHAR(36) NOT NULL,"
        " visit_id VARCHAR(36), kind VARCHAR(40) NOT NULL, text TEXT NOT NULL,"
        " language VARCHAR(35), translation TEXT, speaker_id VARCHAR(36), recorded_by VARCHAR(300),"
        " recorded_at VARCHAR(40), created_at VARCHAR(40), updated_at VARCHAR(40),"
        " created_by VARCHAR(300), updated_by VARCHAR(300), version INTEGER,"
        " deleted_at VARCHAR(40), trash_batch VARCHAR(36))",
        *(
            f"CREATE INDEX ix_{column} ON observations ({column})"
            for column in ("exchange_id", "speaker_id", "visit_id")
        ),
    ]
    rows = [
        (
            o["id"],
            o["exchange"],
            o.get("visit"),
            o["kind"],
            o["text"],
            o.get("language"),
            o.get("translation"),
            o.get("speaker"),
            o.get("recorded_by"),
            o.get("recorded_at"),
            "2016-01-01T00:00:00+00:00",
            "2016-01-01T00:00:00+00:00",
            "bench",
            "bench",
            1,
        )
        for o in document["observations"]
    ]
    insert = (
        f"INSERT INTO observations ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
    )
    return timed_write(folder, schema, insert, rows)


def whole_floor_seconds(source: Path, folder: Path) -> float:
    """Standard library only: parse the file, then the observation rows, their theme links
    and an FTS5 index of texts and translations, in one transaction."""
    schema = [
        "CREATE TABLE observations (id VARCHAR(36) PRIMARY KEY, exchange_id VARCHAR(36) NOT NULL,"
        " visit_id VARCHAR(36), kind VARCHAR(40) NOT NULL, text TEXT NOT NULL,"
        " language VARCHAR(35), translation TEXT, speaker_id VARCHAR(36), recorded_by VARCHAR(300),"
        " recorded_at VARCHAR(40), created_at VARCHAR(40), updated_at VARCHAR(40),"
        " created_by VARCHAR(300), updated_by VARCHAR(300), version INTEGER,"
        " deleted_at VARCHAR(40), trash_batch VARCHAR(36))",
        *(
            f"CREATE INDEX ix_{column} ON observations ({column})"
            for column in ("exchange_id", "speaker_id", "visit_id")
        ),
        "CREATE TABLE links (observation_id VARCHAR(36), theme_id VARCHAR(36),"
        " position INTEGER, PRIMARY KEY (observation_id, theme_id)) WITHOUT ROWID",
        "CREATE VIRTUAL TABLE words USING fts5(body, extra,"
        " tokenize='unicode61 remove_diacritics 2')",
    ]
    insert = (
        f"INSERT INTO observations ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
    )
    path = folder / f"floor-{time.monotonic_ns()}.sqlite3"
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA cache_size = -65536")
    for statement in schema:
        connection.execute(statement)
    began = time.perf_counter()
    observations = json.loads(source.read_bytes())["observations"]
    stamp = "2016-01-01T00:00:00+00:00"
    connection.execute("BEGIN IMMEDIATE")
    connection.executemany(
        insert,
        (
            (
                o["id"],
                o["exchange"],
                o.get("visit"),
                o["kind"],
                o["text"],
                o.get("language"),
                o.get("translation"),
                o.get("speaker"),
                o.get("recorded_by"),
                o.get("recorded_at"),
                stamp,
                stamp,
                "bench",
                "bench",
                1,
            )
            for o in observations
        ),
    )
    connection.executemany(
        "INSERT INTO links VALUES (?, ?, ?)",
        (
            (o["id"], theme, position)
            for o in observations
            for position, theme in enumerate(o.get("themes", ()))
        ),
    )
    connection.executemany(
        "INSERT INTO words (rowid, body, extra) VALUES (?, ?, ?)",
        ((n, o["text"], o.get("translation")) for n, o in enumerate(observations, 1)),
    )
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - began
    connection.close()
    _remove(path)
    return elapsed


def timed_write(folder: Path, schema: Sequence[str], insert: str, rows: list[tuple]) -> float:
    """Raw sqlite3 into a new file with the program's PRAGMAs: ``rows`` by one
    ``executemany`` in one transaction, commit included."""
    path = folder / f"floor-{time.monotonic_ns()}.sqlite3"
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA cache_size = -65536")
    for statement in schema:
        connection.execute(statement)
    began = time.perf_counter()
    connection.execute("BEGIN IMMEDIATE")
    connection.executemany(insert, rows)
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - began
    connection.close()
    _remove(path)
    return elapsed


def _remove(path: Path) -> None:
    """Each run starts with the disk as the last left it: no gigabytes of earlier runs."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


class _Stopwatch:
    """Adds up the time spent in one function while it is wrapped (to report a part)."""

    def __init__(self, module: Any, name: str) -> None:
        self.module, self.name, self.seconds = module, name, 0.0
        self.original = getattr(module, name)

    def __enter__(self) -> _Stopwatch:
        def timed(*args: Any, **kwargs: Any) -> Any:
            began = time.perf_counter()
            try:
                return self.original(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - began

        setattr(self.module, self.name, timed)
        return self

    def __exit__(self, *_exc: object) -> None:
        setattr(self.module, self.name, self.original)


def import_seconds(source: Path, folder: Path) -> tuple[float, float]:
    """(whole import, of which filling the search index)."""
    path = folder / f"notes-{time.monotonic_ns()}.sqlite3"
    database = open_database(path)
    workspace = Workspace(database, actor="bench")
    with (
        _Stopwatch(search_index, "index_inserted") as parts,
        _Stopwatch(search_index, "after_bulk_insert") as end,
    ):
        began = time.perf_counter()
        import_file(workspace, source)
        elapsed = time.perf_counter() - began
    database.dispose()
    _remove(path)
    return elapsed, parts.seconds + end.seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--light", action="store_true", help="the older, lighter shape")
    args = parser.parse_args()
    heads = ("observations", "MB", "import s", "obs/s", "floor s", "floor/s", "ratio", "index s")
    widths = (12, 6, 9, 9, 8, 9, 6, 8)
    print(" ".join(f"{h:>{w}}" for h, w in zip(heads, widths, strict=True)))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for size in args.sizes:
            source = folder / f"generated-{size}.json"
            if args.light:
                document = generate_document(size)
                source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
                del document
            else:
                write_realistic(source, size)
            ours, floor, index = [], [], []
            for _ in range(args.runs):
                floor.append(whole_floor_seconds(source, folder))
                whole, indexing = import_seconds(source, folder)
                ours.append(whole)
                index.append(indexing)
            each = " ".join(f"{o:.2f}" for o in ours)
            print(f"  each run: {each} s; floor: {' '.join(f'{f:.2f}' for f in floor)} s")
            ours_median, floor_median = statistics.median(ours), statistics.median(floor)
            ratio = ours_median / floor_median
            megabytes = source.stat().st_size / 1e6
            print(
                f"{size:>12,} {megabytes:>6.0f} {ours_median:>9.2f} {size / ours_median:>9,.0f} "
                f"{floor_median:>8.2f} {size / floor_median:>9,.0f} {ratio:>6.2f} "
                f"{statistics.median(index):>8.2f}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
