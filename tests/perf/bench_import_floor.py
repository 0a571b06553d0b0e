"""Benchmark: how fast an import could be at best, from raw parts measured in the same run.

Run: .venv/bin/python tests/perf/bench_import_floor.py [--size 100000] [--runs 3]

An import is one transaction on SQLite's single write connection, and keeps the search
index filled (issue: search). Each line below is one piece of that work done as fast as
Python's sqlite3 allows, on the same generated file as ``bench_import.py``:

- the observation rows (``bench_import``'s own floor);
- an FTS5 word index of the same texts, with the program's tokenizer;
- the observations' theme links, into a table without rowid like the program's;
- an FTS5 trigram index of the texts written in scripts without spaces, their runs of such
  text only, as the program holds them (migration 0007);
- reading the file: the program's JSON parsing, decoding and validation alone.

The writes add up on the one connection; the reading runs beside them on another core but
shares the interpreter lock. Their sum, against the time a given rate allows, tells whether
that rate can be reached on this machine at all.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from counsellor_app.services.decoding import decode_document
from counsellor_app.services.interchange import parse_json
from counsellor_app.storage.search import HAS_UNSPACED
from counsellor_app.storage.unspaced_scripts import unspaced_runs
from tests.perf.bench_import import floor_seconds, timed_write
from tests.perf.generate import generate_document


def pieces(document: dict, source: Path, folder: Path) -> dict[str, Callable[[], float]]:
    observations = document["observations"]
    texts = [(n, o["text"], o.get("translation")) for n, o in enumerate(observations, 1)]
    spaceless = [
        (n, unspaced_runs(body), unspaced_runs(extra))
        for n, body, extra in texts
        if HAS_UNSPACED.search(f"{body} {extra or ''}")
    ]
    links = [(o["id"], theme) for o in observations for theme in o.get("themes", [])]

    def read() -> float:
        began = time.perf_counter()
        decode_document(parse_json(source.read_bytes()), datetime.now(UTC), "bench")
        return time.perf_counter() - began

    return {
        "observation rows": lambda: floor_seconds(document, folder),
        "word index (FTS5)": lambda: timed_write(
            folder,
            [
                "CREATE VIRTUAL TABLE w USING fts5(body, extra,"
                " tokenize='unicode61 remove_diacritics 2')"
            ],
            "INSERT INTO w (rowid, body, extra) VALUES (?, ?, ?)",
            texts,
        ),
        f"theme links ({len(links):,})": lambda: timed_write(
            folder,
            [
                "CREATE TABLE l (observation_id VARCHAR(36), theme_id VARCHAR(36),"
                " PRIMARY KEY (observation_id, theme_id)) WITHOUT ROWID"
            ],
            "INSERT INTO l VALUES (?, ?)",
            links,
        ),
        f"trigram index ({len(spaceless):,} texts)": lambda: timed_write(
            folder,
            ["CREATE VIRTUAL TABLE t USING fts5(body, extra, tokenize='trigram')"],
            "INSERT INTO t (rowid, body, extra) VALUES (?, ?, ?)",
            spaceless,
        ),
        "reading: parse, decode, validate": read,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rate", type=int, default=45_000, help="observations per second")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        document: dict[str, Any] = generate_document(args.size)
        source = folder / f"generated-{args.size}.json"
        source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        timed = pieces(document, source, folder)
        runs: dict[str, list[float]] = {name: [] for name in timed}
        for _ in range(args.runs):  # interleaved, so that a drift of the machine hits all
            for name, piece in timed.items():
                runs[name].append(piece())
    print(f"{args.size:,} observations, {args.runs} runs, medians")
    writes = 0.0
    for name, seconds in runs.items():
        median = statistics.median(seconds)
        each = " ".join(f"{s:.2f}" for s in seconds)
        print(f"  {name:<36} {median:6.2f} s   (runs: {each})")
        if not name.startswith("reading"):
            writes += median
    budget = args.size / args.rate
    print(f"  {'writes on the one connection':<36} {writes:6.2f} s")
    print(f"  {f'time {args.rate:,}/s allows':<36} {budget:6.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
