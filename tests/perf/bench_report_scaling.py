"""Benchmark of how the exchange summary grows: pages per second at 1,000, 4,000 and 8,000
observations, made from the database as the program makes it. A report that takes twice the
pages should take twice the time: the 8,000-observation rate must stay within 1.5× of the
1,000-observation rate (no super-linear growth).

Each size is its own database of one exchange (bench_reports.big_snapshot: observations of
about 400 characters in seven languages, one comparison per 20 observations). The sizes are
measured in turns, so that each sees the same machine load; each is also given against its
floor (ReportLab laying out the same paragraphs in one plain font, as in bench_reports.py).

Run: ``.venv/bin/python tests/perf/bench_report_scaling.py [--runs 3] [--sizes 1000 4000 8000]``
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from counsellor_app.reports import ReportOptions
from counsellor_app.services.interchange import import_document, snapshot_to_document
from counsellor_app.services.reporting import ReportSubject, report_bytes
from counsellor_app.services.workspace import Workspace
from counsellor_app.storage.open import open_database
from tests.perf.bench_reports import big_snapshot, floor_pdf, made_paragraphs


@dataclass
class Size:
    observations: int
    workspace: Workspace
    subject: ReportSubject
    texts: list[str] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)
    floor_seconds: list[float] = field(default_factory=list)
    pages: int = 0

    def make(self) -> bytes:
        return report_bytes(self.workspace, self.subject, ReportOptions())

    @property
    def rate(self) -> float:
        return self.pages / statistics.median(self.seconds)


def prepared(observations: int, folder: Path) -> Size:
    snapshot, exchange_id = big_snapshot(
        observations=observations, comparisons=max(1, observations // 20)
    )
    database = open_database(folder / f"notes-{observations}.sqlite3")
    workspace = Workspace(database, actor="bench")
    import_document(workspace, snapshot_to_document(snapshot, datetime.now(UTC)))
    size = Size(observations, workspace, ReportSubject("exchange", exchange_id=exchange_id))
    size.texts = made_paragraphs(size.make)
    return size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=3, help="runs per measure (median, ≥ 3)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 4000, 8000])
    args = parser.parse_args()
    runs = max(args.runs, 3)
    folder = Path(tempfile.mkdtemp(prefix="bench-scaling-"))
    sizes = [prepared(n, folder) for n in args.sizes]
    for _ in range(runs):
        for size in sizes:
            began = time.perf_counter()
            pdf = size.make()
            size.seconds.append(time.perf_counter() - began)
            size.pages = len(PdfReader(io.BytesIO(pdf)).pages)
            began = time.perf_counter()
            floor_pdf(size.texts, A4)
            size.floor_seconds.append(time.perf_counter() - began)
    for size in sizes:
        size.workspace.database.dispose()
    first = sizes[0]
    print(f"exchange summary from the database; median of {runs} runs")
    print(
        f"{'observations':>12}{'seconds':>9}{'pages':>7}{'pages/s':>9}{'× floor':>9}"
        f"{f'rate ÷ {first.observations:,}':>14}"
    )
    for size in sizes:
        seconds = statistics.median(size.seconds)
        floor = statistics.median(size.floor_seconds)
        print(
            f"{size.observations:>12,}{seconds:>9.2f}{size.pages:>7}{size.rate:>9.0f}"
            f"{seconds / floor:>9.2f}{first.rate / size.rate:>14.2f}"
        )
    slowest = max(first.rate / size.rate for size in sizes)
    verdict = "met" if slowest <= 1.5 else "NOT met"
    print(f"target (every rate within 1.5× of the {first.observations:,} rate): {verdict}")


if __name__ == "__main__":
    main()
