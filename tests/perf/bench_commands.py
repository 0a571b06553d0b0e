"""Benchmark: how long `search` and `check` take on a small database, against their floor.

Run: .venv/bin/python tests/perf/bench_commands.py [--runs 9]

Each figure is the wall time of a fresh process, from start to exit, median of ``--runs``
runs taken in turns (so that a drift of the machine hits all alike). The floor, measured in
the same run, is what no program on this stack can avoid: the interpreter with
``counsellor-app --help`` (argument parsing, the command line's own modules), plus importing
the part of SQLAlchemy the command needs — the ORM for ``search`` (it reads through a
session), SQLAlchemy's core for ``check`` (it reads the file with sqlite3 and names it with
an URL). Target: each command within its floor + 100 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def wall(argv: list[str], env: dict[str, str]) -> float:
    began = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True, env=env, cwd=ROOT)
    return time.perf_counter() - began


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        database = folder / "notes.sqlite3"
        from counsellor_app.services.interchange import import_document
        from counsellor_app.services.session import open_workspace
        from tests.perf.generate import generate_document

        workspace = open_workspace(database, actor="bench")
        import_document(workspace, generate_document(3))
        workspace.database.dispose()

        env = {**os.environ, "HOME": str(folder), "PYTHONPATH": str(ROOT)}
        python = sys.executable
        program = [python, "-m", "counsellor_app"]
        cases = {
            "bare interpreter": [python, "-c", "pass"],
            "--help": [*program, "--help"],
            "import sqlalchemy": [python, "-c", "import sqlalchemy"],
            "import sqlalchemy.orm": [python, "-c", "import sqlalchemy.orm"],
            "search": [*program, "--db", str(database), "search", "return"],
            "check": [*program, "--db", str(database), "check"],
        }
        times: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(args.runs):
            for name, command in cases.items():
                times[name].append(wall(command, env))
    median = {name: statistics.median(values) * 1000 for name, values in times.items()}
    bare = median["bare interpreter"]
    print(f"{args.runs} runs each, medians in ms")
    for name, value in median.items():
        print(f"  {name:<24} {value:7.0f}")
    for command, needs in (("search", "import sqlalchemy.orm"), ("check", "import sqlalchemy")):
        # The import's own price: its process less the bare interpreter's start.
        floor = median["--help"] + (median[needs] - bare)
        print(
            f"{command}: {median[command]:.0f} ms; floor (--help + {needs.split()[1]}) "
            f"{floor:.0f} ms; ratio {median[command] / floor:.2f}; "
            f"over the floor {median[command] - floor:+.0f} ms (target +100)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
