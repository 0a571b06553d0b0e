"""Memory of the exchange summary: peak resident memory of ``counsellor-app report exchange``
for one exchange of 100,000 (and, asked for, 1,000,000) observations, against the peak of the
same command that stops before the report (the program, its libraries and the open database).

Target: under 400 MB for 1,000,000 observations. The report reads its observations a batch at
a time; what still grows with the report is ReportLab's, which keeps every page (compressed)
until the file is written and then assembles the file in memory; the resident memory is
sampled as the report is made, to show that growth.

Run: ``.venv/bin/python tests/perf/bench_report_memory.py [--sizes 100000 1000000]
[--folder DIR] [--format pdf|docx]``; databases are kept in the folder for the next run.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.perf.generate import generate_document

# Each measured program reports its own peak (VmHWM) as it ends: a child's ru_maxrss on
# Linux also counts the parent it was forked from, a big one here.
_PEAK = """
import atexit, sys
def _peak():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            sys.stderr.write("peak-kb " + line.split()[1] + "\\n")
atexit.register(_peak)
"""

_COMMAND_LINE = """
import sys
from counsellor_app.cli import main
sys.exit(main(sys.argv[1:]))
"""

_BASELINE = """
import sys
from pathlib import Path
from counsellor_app.services.session import open_workspace
import counsellor_app.reports.render_pdf, counsellor_app.reports.render_docx
from counsellor_app.reports.fonts import register_fonts
from counsellor_app.services.reporting import ReportSubject
from counsellor_app.services.report_records import DatabaseRecords
register_fonts()
workspace = open_workspace(Path(sys.argv[1]), create=False)
with workspace.database.reading() as session:
    DatabaseRecords(session).directory()
"""


def one_exchange_document(observations: int) -> tuple[dict[str, Any], str]:
    """generate_document's records, every observation in its first exchange."""
    document = generate_document(observations, seed=5)
    exchange = document["exchanges"][0]["id"]
    legs = [v["id"] for v in document["visits"] if v["exchange"] == exchange]
    for index, observation in enumerate(document["observations"]):
        observation["exchange"] = exchange
        if "visit" in observation:
            observation["visit"] = legs[index % len(legs)]
    return document, exchange


def database_of(observations: int, folder: Path) -> tuple[Path, str]:
    path = folder / f"one-exchange-{observations}.sqlite3"
    marker = path.with_suffix(".exchange")
    if path.exists() and marker.exists():
        return path, marker.read_text().strip()
    from counsellor_app.services.interchange import import_document
    from counsellor_app.services.workspace import Workspace
    from counsellor_app.storage.open import open_database

    path.unlink(missing_ok=True)
    document, exchange = one_exchange_document(observations)
    database = open_database(path)
    began = time.perf_counter()
    import_document(Workspace(database, actor="bench"), document)
    database.dispose()
    print(f"  {observations:,} observations imported in {time.perf_counter() - began:.0f} s")
    marker.write_text(exchange)
    return path, exchange


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def run_measured(script: str, *args: str) -> tuple[float, float, list[tuple[float, float]]]:
    """(seconds, peak resident MB, samples of (seconds, MB)) of a Python script run to its end."""
    began = time.perf_counter()
    command = [sys.executable, "-c", _PEAK + script, *args]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    samples: list[tuple[float, float]] = []

    def sample() -> None:
        while process.poll() is None:
            samples.append((time.perf_counter() - began, _rss_mb(process.pid)))
            time.sleep(0.5)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _out, error = process.communicate()
    seconds = time.perf_counter() - began
    sampler.join()
    text = error.decode()
    if process.returncode != 0:
        raise SystemExit(f"{args[:4]} failed: {text}")
    peaks = [line.split()[1] for line in text.splitlines() if line.startswith("peak-kb ")]
    return seconds, int(peaks[-1]) / 1024 if peaks else 0.0, samples


def page_count(path: Path) -> str:
    result = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True)
    for line in result.stdout.splitlines():
        if line.startswith("Pages:"):
            return line.split()[1]
    return "?"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000])
    parser.add_argument("--folder", type=Path, default=Path(tempfile.gettempdir()) / "bench-mem")
    parser.add_argument("--format", choices=("pdf", "docx"), default="pdf")
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    print(f"exchange summary as {args.format.upper()}, one exchange; peak resident memory")
    print(
        f"{'observations':>12}{'seconds':>9}{'pages':>8}{'MB file':>9}"
        f"{'MB base':>9}{'MB peak':>9}   resident MB at each quarter of the time"
    )
    for observations in args.sizes:
        path, exchange = database_of(observations, args.folder)
        _seconds, base, _samples = run_measured(_BASELINE, str(path))
        target = args.folder / f"summary-{observations}.{args.format}"
        seconds, peak, samples = run_measured(
            _COMMAND_LINE,
            *("--db", str(path), "report", "exchange", exchange, "--language", "en"),
            *("-o", str(target)),
        )
        quarters = (
            [
                next((mb for at, mb in samples if at >= seconds * q / 4), samples[-1][1])
                for q in (1, 2, 3)
            ]
            if samples
            else []
        )
        pages = page_count(target) if args.format == "pdf" else "-"
        print(
            f"{observations:>12,}{seconds:>9.0f}{pages:>8}{target.stat().st_size / 1e6:>9.0f}"
            f"{base:>9.0f}{peak:>9.0f}   " + " · ".join(f"{mb:.0f}" for mb in quarters)
        )
        target.unlink()


if __name__ == "__main__":
    main()
