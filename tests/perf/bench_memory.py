"""Benchmark of the memory the command line takes for large databases: import, export and
CSV export, as peak resident memory (RSS) against a floor measured in the same run.

Each command runs in a process of its own (the program's own ``main``), which reports its
peak RSS as it ends. The floor is the same kind of process importing the modules those
commands load, without data. Exports read a page of records at a time: their memory
should stay near the floor whatever the number of records (the target: under 400 MB at
1,000,000 observations). An import reads its file as a stream and keeps ids, not
records, for the checks across records, whether the file is good or has problems.

Run: ``.venv/bin/python tests/perf/bench_memory.py [--observations 100000] [--runs 3]``
(1,000,000 observations take about half an hour and some 5 GB of memory in all).
``--realistic`` imports the realistic shape of ``generate.py``; ``--spoil value`` or
``--spoil reference`` spoils one observation near the end of the file (a date that is no
date, a reference to no exchange) and measures only the import, which must then refuse
the file (exit 2) after naming its problem.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.perf.generate import generate_document, write_realistic  # noqa: E402

# Runs a command of the program, then prints its peak RSS (kB) and the seconds it took. The
# peak is read from /proc (VmHWM): getrusage's keeps the parent's across fork and exec.
_MEASURED = """
import sys, time
started = time.perf_counter()
{body}
seconds = time.perf_counter() - started
status = open("/proc/self/status").read().split("VmHWM:")[1].split()[0]
print(status, seconds, file=sys.stderr)
"""
_COMMAND = """
from counsellor_app.cli import main
code = main({argv!r})
assert code == {expected}, code
"""
_FLOOR = """
import counsellor_app.cli, counsellor_app.services.interchange, counsellor_app.services.exporting
import counsellor_app.services.session
"""


def measure(body: str) -> tuple[float, float]:
    """(peak RSS in MB, seconds) of a process running ``body``."""
    result = subprocess.run(
        [sys.executable, "-c", _MEASURED.format(body=body)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    kilobytes, seconds = result.stderr.split()[-2:]
    return int(kilobytes) / 1024, float(seconds)


def command(*argv: str, expected: int = 0) -> str:
    return _COMMAND.format(argv=list(argv), expected=expected)


def spoil(source: Path, how: str) -> None:
    """Spoils the observation 100 from the end of the file (see the module's note)."""
    document = json.loads(source.read_text(encoding="utf-8"))
    observation = document["observations"][-100]
    if how == "value":
        observation["recorded_at"] = "yesterday"
    else:
        observation["exchange"] = "00000000-0000-4000-8000-000000000000"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--observations", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--realistic", action="store_true")
    parser.add_argument("--spoil", choices=["value", "reference"])
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-memory-") as name:
        folder = Path(name)
        source = folder / "notes.json"
        started = time.perf_counter()
        if args.realistic:
            write_realistic(source, args.observations)
        else:
            source.write_text(json.dumps(generate_document(args.observations)), encoding="utf-8")
        if args.spoil:
            spoil(source, args.spoil)
        size = source.stat().st_size / 1024**2
        print(
            f"{args.observations:,} observations, a {size:,.0f} MB file "
            f"(made in {time.perf_counter() - started:.0f} s); medians of {args.runs} runs"
            + (f"; one observation spoilt ({args.spoil})" if args.spoil else "")
        )
        names = ["floor", "import"] + ([] if args.spoil else ["export", "export-csv"])
        results: dict[str, list[tuple[float, float]]] = {name: [] for name in names}
        for run in range(args.runs):
            db = folder / f"notes-{run}.sqlite3"
            results["floor"].append(measure(_FLOOR))
            importing = command(
                "--db", str(db), "import", str(source), expected=2 * bool(args.spoil)
            )
            results["import"].append(measure(importing))
            if args.spoil:
                continue
            out = folder / "out.json"
            results["export"].append(measure(command("--db", str(db), "export", str(out))))
            out = folder / "out.csv"
            results["export-csv"].append(measure(command("--db", str(db), "export-csv", str(out))))
            for leftover in folder.glob(f"notes-{run}.sqlite3*"):
                leftover.unlink()
        floor = statistics.median(rss for rss, _ in results["floor"])
        print(f"{'':12} {'peak RSS':>10} {'× floor':>8} {'seconds':>8}")
        for name, measured in results.items():
            rss = statistics.median(r for r, _ in measured)
            seconds = statistics.median(s for _, s in measured)
            print(f"{name:12} {rss:8,.0f} MB {rss / floor:8.1f} {seconds:8.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
