"""Benchmark of the theme dossier: one theme's 10,000 observations in a database of 100,000,
as PDF (and as Word), against a floor measured in the same run: ReportLab laying out the same
paragraphs in one plain TrueType font.

The floor's paragraphs are recorded while the dossier is made (every text it lays out, stored
or not), as in bench_reports.py. Target: under 10 s as PDF, and within 2× of the floor.

Run: ``.venv/bin/python tests/perf/bench_theme_dossier.py [--runs 3] [--observations 100000]``
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from counsellor_app.reports import ReportOptions
from counsellor_app.services.interchange import import_document
from counsellor_app.services.reporting import ReportSubject, report_bytes
from counsellor_app.services.workspace import Workspace
from counsellor_app.storage.open import open_database
from tests.perf.bench_reports import floor_pdf, made_paragraphs
from tests.perf.generate import generate_document

THEME = "Return in dignity"


def with_theme(document: dict[str, Any], every: int) -> int:
    """Adds a theme to every ``every``-th observation (first among its themes) and to every
    tenth comparison; returns how many observations have it."""
    theme_id = str(uuid.UUID(int=7, version=4))
    document["themes"].append(
        {"id": theme_id, "name": THEME, "description": "Dignity before, during and after."}
    )
    tagged = 0
    for index, observation in enumerate(document["observations"]):
        if index % every == 0:
            observation["themes"] = [theme_id, *observation["themes"]]
            tagged += 1
    for index, comparison in enumerate(document["comparisons"]):
        if index % 10 == 0:
            comparison["themes"] = [theme_id, *comparison["themes"]]
    return tagged


def page_count(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=3, help="runs per measure (median, ≥ 3)")
    parser.add_argument("--observations", type=int, default=100_000)
    parser.add_argument("--in-theme", type=int, default=10_000)
    args = parser.parse_args()
    runs = max(args.runs, 3)

    document = generate_document(args.observations, seed=3)
    tagged = with_theme(document, args.observations // args.in_theme)
    folder = Path(tempfile.mkdtemp(prefix="bench-dossier-"))
    database = open_database(folder / "notes.sqlite3")
    workspace = Workspace(database, actor="bench")
    began = time.perf_counter()
    import_document(workspace, document)
    print(f"{args.observations:,} observations imported in {time.perf_counter() - began:.1f} s")
    del document

    subject = ReportSubject("theme", theme=THEME)
    pdf_options = ReportOptions()
    word_options = ReportOptions(format="docx")

    def make_pdf() -> bytes:
        return report_bytes(workspace, subject, pdf_options)

    texts = made_paragraphs(make_pdf)
    pdf_seconds: list[float] = []
    floor_seconds: list[float] = []
    ratios: list[float] = []
    pages = floor_pages = 0
    for _ in range(runs):
        began = time.perf_counter()
        floor = floor_pdf(texts, A4)
        floor_seconds.append(time.perf_counter() - began)
        began = time.perf_counter()
        pdf = make_pdf()
        pdf_seconds.append(time.perf_counter() - began)
        ratios.append(pdf_seconds[-1] / floor_seconds[-1])
        pages, floor_pages = page_count(pdf), page_count(floor)
    word_seconds: list[float] = []
    for _ in range(runs):
        began = time.perf_counter()
        word = report_bytes(workspace, subject, word_options)
        word_seconds.append(time.perf_counter() - began)
    database.dispose()

    pdf_median = statistics.median(pdf_seconds)
    floor_median = statistics.median(floor_seconds)
    ratio = statistics.median(ratios)
    print(f"theme dossier: {tagged:,} observations of {args.observations:,}; median of {runs} runs")
    print(f"{'':<34}{'seconds':>8}{'pages':>7}{'pages/s':>9}{'× floor':>9}")
    print(
        f"{'floor: plain paragraphs, one font':<34}{floor_median:>8.2f}{floor_pages:>7}"
        f"{floor_pages / floor_median:>9.0f}"
    )
    print(
        f"{'dossier as PDF':<34}{pdf_median:>8.2f}{pages:>7}{pages / pdf_median:>9.0f}{ratio:>9.2f}"
    )
    print(
        f"{'dossier as Word':<34}{statistics.median(word_seconds):>8.2f}"
        f"{'':>7}{'':>9}{statistics.median(word_seconds) / floor_median:>9.2f}"
        f"   ({len(word) / 1e6:.1f} MB)"
    )
    verdict = "met" if pdf_median < 10 and ratio <= 2 else "NOT met"
    print(f"target (PDF under 10 s and within 2× of the floor): {verdict}")


if __name__ == "__main__":
    main()
