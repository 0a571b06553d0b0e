"""Benchmark: filling the SQLite trigram index with whole texts, or with their runs only.

Run: .venv/bin/python tests/perf/bench_trigram_fill.py [--size 100000] [--runs 3]

A realistic file (``generate.py --realistic``) is imported once; then, in turns and each in
a transaction rolled back afterwards, a new external-content FTS5 trigram table is filled
by one ``INSERT … SELECT``, as the import's last statement does:

- *whole*: the records with a script without spaces, their whole texts (``search_content``),
  as before migration 0007;
- *runs*: the same records, only the tokens holding such a character
  (``search_trigram_content``), as the program does now.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from counsellor_app.services.interchange import import_file
from counsellor_app.services.workspace import Workspace
from counsellor_app.storage.open import open_database
from tests.perf.generate import write_realistic

SHAPES = {
    "whole": ("search_content", " WHERE search_unspaced(title, body, extra)"),
    "runs": ("search_trigram_content", ""),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "realistic.json"
        write_realistic(source, args.size)
        database = open_database(folder / "notes.sqlite3")
        import_file(Workspace(database, actor="bench"), source)
        with database.reading() as session:
            entries, whole = session.execute(
                text(
                    "SELECT count(*), sum(length(coalesce(title, '') || coalesce(body, '')"
                    " || coalesce(extra, ''))) FROM search_content"
                    " WHERE search_unspaced(title, body, extra)"
                )
            ).one()
            runs = session.execute(
                text(
                    "SELECT sum(length(coalesce(title, '') || coalesce(body, '')"
                    " || coalesce(extra, ''))) FROM search_trigram_content"
                )
            ).scalar()
        print(f"{entries:,} entries: whole {whole:,} characters, runs {runs:,}")
        seconds: dict[str, list[float]] = {shape: [] for shape in SHAPES}
        for _ in range(args.runs):
            for shape, (view, where) in SHAPES.items():
                connection = database.engine.raw_connection()
                try:
                    connection.execute("BEGIN IMMEDIATE")
                    connection.execute(
                        "CREATE VIRTUAL TABLE bench_trigram USING fts5(title, body, extra,"
                        f" content='{view}', content_rowid='doc', tokenize='trigram')"
                    )
                    began = time.perf_counter()
                    connection.execute(
                        "INSERT INTO bench_trigram (rowid, title, body, extra)"
                        f" SELECT doc, title, body, extra FROM {view}{where}"
                    )
                    seconds[shape].append(time.perf_counter() - began)
                    connection.execute("ROLLBACK")
                finally:
                    connection.close()
        for shape, each in seconds.items():
            runs_text = " ".join(f"{s:.2f}" for s in each)
            print(f"{shape:>6}: median {statistics.median(each):.2f} s ({runs_text})")
        database.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
