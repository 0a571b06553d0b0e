"""Benchmark: what a user waits for at 100,000 and at 1,000,000 observations, and memory.

Run: .venv/bin/python tests/perf/bench_scale.py [--sizes 100000 1000000] [--folder DIR]

For each size, a file of the realistic shape (``generate.py --realistic``, streamed: memory
stays flat) is written once, then each step runs as a user runs it, in a process of its
own, timed from start to exit with its peak resident memory: the import (the command
line's ``import``), search (the six shapes of ``bench_search.py``, medians of 5), the
observations list's first page (as the window asks for it: newest first, with the count),
one exchange's report (PDF) and the export of everything (JSON). The last column says how
each step grew against the data: 10 means in step with ten times the observations.
``--folder`` keeps the files (several gigabytes at a million); by default a temporary one.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.perf.generate import write_realistic  # noqa: E402

SEARCH = """
import statistics, sys, time
from pathlib import Path
from counsellor_app.services.search import search
from counsellor_app.services.workspace import Workspace
from counsellor_app.storage.open import open_database
from tests.perf.bench_search import QUERIES
workspace = Workspace(open_database(Path(sys.argv[1])), actor="bench")
for label, text, filters in QUERIES:
    search(workspace, text, filters, limit=50)
    times = []
    for _ in range(5):
        began = time.perf_counter()
        search(workspace, text, filters, limit=50)
        times.append((time.perf_counter() - began) * 1000)
    print(f"{label}={statistics.median(times):.1f}")
"""

FIRST_PAGE = """
import sys, time
from pathlib import Path
began = time.perf_counter()
from counsellor_app.domain.queries import PageQuery
from counsellor_app.services.workspace import Workspace
from counsellor_app.storage.open import open_database
workspace = Workspace(open_database(Path(sys.argv[1])), actor="bench")
query = PageQuery(limit=200, sort="recorded_at", descending=True)
opened = time.perf_counter()
page = workspace.observations.page(query)
print(f"page={(time.perf_counter() - opened) * 1000:.1f} rows={len(page.items)} of={page.total}")
"""


def measured(argv: list[str]) -> tuple[float, float, str]:
    """(seconds, peak resident MB, standard output) of a process run to its end."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    began = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - began
    out = process.stdout.read().decode() if process.stdout else ""
    err = process.stderr.read().decode() if process.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(argv[:6])} failed:\n{err}")
    return elapsed, usage.ru_maxrss / 1024, out


def run_size(size: int, folder: Path) -> dict[str, tuple[float, float]]:
    source = folder / f"realistic-{size}.json"
    database = folder / f"scale-{size}.sqlite3"
    results: dict[str, tuple[float, float]] = {}
    if not source.exists():
        began = time.perf_counter()
        write_realistic(source, size)
        print(
            f"  {size:,}: file of {source.stat().st_size / 1e6:,.0f} MB written in "
            f"{time.perf_counter() - began:.0f} s",
            flush=True,
        )
    program = [sys.executable, "-m", "counsellor_app", "--db", str(database)]
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    seconds, rss, _ = measured([*program, "import", str(source)])
    results["import"] = (seconds, rss)
    print(f"  {size:,}: import {seconds:.1f} s, {rss:,.0f} MB", flush=True)
    seconds, rss, out = measured([sys.executable, "-c", SEARCH, str(database)])
    searches = dict(line.rsplit("=", 1) for line in out.splitlines())
    results["search (slowest shape, ms)"] = (max(float(v) for v in searches.values()), rss)
    print(f"  {size:,}: search medians (ms) {searches}", flush=True)
    seconds, rss, out = measured([sys.executable, "-c", FIRST_PAGE, str(database)])
    page_ms = float(out.split()[0].split("=")[1])
    results["first page (ms)"] = (page_ms, rss)
    print(f"  {size:,}: first page {out.strip()} ms, process {seconds:.1f} s", flush=True)
    with sqlite3.connect(database) as connection:
        exchange = connection.execute("SELECT id FROM exchanges ORDER BY start LIMIT 1").fetchone()
    seconds, rss, _ = measured(
        [*program, "report", "exchange", "-o", str(folder / "report.pdf"), exchange[0]]
    )
    results["exchange report"] = (seconds, rss)
    print(f"  {size:,}: one exchange's report {seconds:.1f} s, {rss:,.0f} MB", flush=True)
    seconds, rss, _ = measured([*program, "export", str(folder / "export.json")])
    results["export"] = (seconds, rss)
    print(f"  {size:,}: export {seconds:.1f} s, {rss:,.0f} MB", flush=True)
    (folder / "export.json").unlink(missing_ok=True)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--folder", type=Path)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.folder or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        table = {size: run_size(size, folder) for size in args.sizes}
    first, last = args.sizes[0], args.sizes[-1]
    print(f"\n{'step':<28} {first:>14,} {last:>15,}  growth (data ×{last // first})")
    for step in table[first]:
        (a, a_rss), (b, b_rss) = table[first][step], table[last][step]
        print(
            f"{step:<28} {a:>8.1f} {a_rss:>5.0f}MB {b:>8.1f} {b_rss:>6.0f}MB  ×{b / a:.1f} "
            f"(memory ×{b_rss / a_rss:.1f})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
