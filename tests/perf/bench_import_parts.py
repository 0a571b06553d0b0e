"""Benchmark: an import's parts timed one by one, to see which grows with the data.

Run: .venv/bin/python tests/perf/bench_import_parts.py FILE [--every 10] [--db DB]

Imports FILE (an interchange file, e.g. ``generate.py --realistic``) into a new SQLite
database through ``import_file``, with its steps timed as they run: each part the writer
thread writes (the rows and links, then the word index of the part), the size of the
database's write-ahead log after it (pages the cache could not hold are written there before
the commit), the checks across the file, the indexes made again, the search index's fill at
the end (the pending trigram entries, the other kinds' entries) and the commit. Every
``--every`` parts a line gives the mean time of the parts since the last line: with a cost
in step with the data, part 200 takes as long as part 1.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from counsellor_app.services import import_checks, interchange
from counsellor_app.services.workspace import Workspace
from counsellor_app.storage import repository as repo
from counsellor_app.storage import search as search_index
from counsellor_app.storage.open import open_database
from counsellor_app.storage.search import upkeep


class Timings:
    def __init__(self, wal: Path, every: int) -> None:
        self.wal = wal
        self.every = every
        self.began = time.perf_counter()
        self.steps: dict[str, float] = {}
        self.rows: list[float] = []
        self.words: list[float] = []
        self.line: list[tuple[float, float]] = []

    def wal_mb(self) -> float:
        try:
            return self.wal.stat().st_size / 1e6
        except FileNotFoundError:
            return 0.0

    def step(self, name: str, seconds: float) -> None:
        self.steps[name] = self.steps.get(name, 0.0) + seconds
        print(
            f"  {name}: {seconds:.2f} s (at {time.perf_counter() - self.began:.1f} s)", flush=True
        )

    def part(self, rows: float, words: float, count: int) -> None:
        self.rows.append(rows)
        self.words.append(words)
        self.line.append((rows, words))
        if len(self.line) == self.every:
            n = len(self.rows)
            mean_rows = statistics.mean(r for r, _ in self.line) * 1e6 / count
            mean_words = statistics.mean(w for _, w in self.line) * 1e6 / count
            print(
                f"  parts {n - self.every + 1:>4}-{n:<4} rows {mean_rows:6.1f} µs/obs,"
                f" word index {mean_words:6.1f} µs/obs, log {self.wal_mb():8.1f} MB,"
                f" at {time.perf_counter() - self.began:7.1f} s",
                flush=True,
            )
            self.line.clear()


def timed(timings: Timings, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        began = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            timings.step(name, time.perf_counter() - began)

    return wrapper


@contextmanager
def instrumented(timings: Timings) -> Iterator[None]:
    saved = {
        "insert_part": interchange._insert_part,
        "restore": repo.restore_indexes,
        "after": search_index.after_bulk_insert,
        "pending": upkeep._fill_pending_trigrams,
        "fill": upkeep._fill_trigrams,
        "checks": import_checks.StreamChecks.any_problem,
    }
    insert_rows, index_inserted = repo.insert_rows, search_index.index_inserted

    def insert_part(session: Any, rows: Any, records: Any, tally: Any) -> None:
        if not records:
            return
        began = time.perf_counter()
        insert_rows(session, rows)
        written = time.perf_counter()
        tally.added[rows.spec.plural] += len(records)
        if index_inserted(session, rows.spec.key, records):
            tally.indexed.add(rows.spec.key)
        if rows.spec.key == "observation":
            timings.part(written - began, time.perf_counter() - written, len(records))

    interchange._insert_part = insert_part  # type: ignore[assignment]
    repo.restore_indexes = timed(timings, "indexes made again", repo.restore_indexes)
    search_index.after_bulk_insert = timed(
        timings, "search index at the end (whole)", search_index.after_bulk_insert
    )
    upkeep._fill_pending_trigrams = timed(
        timings, "of which pending trigrams", upkeep._fill_pending_trigrams
    )
    upkeep._fill_trigrams = timed(timings, "of which other kinds' trigrams", upkeep._fill_trigrams)
    import_checks.StreamChecks.any_problem = timed(  # type: ignore[method-assign]
        timings, "checks across the file", import_checks.StreamChecks.any_problem
    )
    try:
        yield
    finally:
        interchange._insert_part = saved["insert_part"]  # type: ignore[assignment]
        repo.restore_indexes = saved["restore"]
        search_index.after_bulk_insert = saved["after"]
        upkeep._fill_pending_trigrams = saved["pending"]
        upkeep._fill_trigrams = saved["fill"]
        import_checks.StreamChecks.any_problem = saved["checks"]  # type: ignore[method-assign]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--every", type=int, default=10)
    parser.add_argument(
        "--db", type=Path, help="the new database (kept); by default a temporary one"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "parts.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        database = open_database(path)
        timings = Timings(Path(f"{path}-wal"), args.every)
        workspace = Workspace(database, actor="bench")
        began = time.perf_counter()
        with instrumented(timings):
            report = interchange.import_file(workspace, args.file)
        whole = time.perf_counter() - began
        count = report.added.get("observations", 0) or 1
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"whole import {whole:.1f} s ({whole * 1e6 / count:.0f} µs/obs), "
            f"parts' rows {sum(timings.rows):.1f} s, word index {sum(timings.words):.1f} s, "
            f"log at the end {timings.wal_mb():.0f} MB, database "
            f"{os.path.getsize(path) / 1e6:.0f} MB, peak {peak:.0f} MB"
        )
        database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
