"""Benchmark of the window's start: empty window, then the first page of 100,000 observations.

    .venv/bin/python tests/perf/bench_window.py [--rows 100000] [--runs 5] [--db PATH]

Builds (once) a database of ``--rows`` observations through the import service, then starts
fresh processes and measures, from process start: the empty main window painted (the floor),
and the first page of the observations list painted; and the resident memory after that.
Runs offscreen unless QT_QPA_PLATFORM says otherwise (e.g. ``xcb`` under xvfb-run).
Not collected by pytest (its name does not start with ``test_``).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEXT = (
    "Chez Fedasil, ce sont les conseillers, et pas des fonctionnaires de l’État, qui informent "
    "les demandeurs d’asile. Ce sont aussi des travailleurs sociaux : la relation de confiance "
    "existe déjà. Observation {n}: the return interview happens in the office, the migrant first "
    "has to come to a state office before anyone explains what voluntary return involves, and "
    "that shapes the whole conversation about reintegration. "
)


def build_database(path: Path, rows: int) -> None:
    from counsellor_app.services.interchange import import_document
    from counsellor_app.services.session import open_workspace

    started = time.perf_counter()
    workspace = open_workspace(path, actor="bench")
    org = str(uuid.uuid4())
    person = str(uuid.uuid4())
    theme = str(uuid.uuid4())
    exchange = str(uuid.uuid4())
    kinds = ("observation", "quote", "lesson", "recommendation", "question")
    document = {
        "format": "counsellor-exchange-notes",
        "version": 1,
        "organisations": [{"id": org, "name": "Fedasil", "country": "BE"}],
        "people": [{"id": person, "name": "Guillaume", "organisation": org}],
        "themes": [{"id": theme, "name": "Trust"}],
        "exchanges": [{"id": exchange, "title": "Benchmark exchange", "organisations": [org]}],
        "observations": [
            {
                "id": str(uuid.uuid4()),
                "exchange": exchange,
                "kind": kinds[n % len(kinds)],
                "text": TEXT.format(n=n),
                "speaker": person if n % 3 == 0 else None,
                "recorded_by": "bench",
                "recorded_at": f"2016-{1 + n % 12:02d}-{1 + n % 28:02d}T{n % 24:02d}:00:00+02:00",
                "themes": [theme] if n % 2 == 0 else [],
            }
            for n in range(rows)
        ],
    }
    import_document(workspace, document)
    workspace.database.dispose()
    print(f"built {rows:,} observations in {time.perf_counter() - started:.1f} s", file=sys.stderr)


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def child(mode: str, database: str) -> None:
    """Runs in a fresh process; prints one JSON line of wall-clock timestamps."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    marks: dict[str, float] = {}
    settings_dir = tempfile.mkdtemp(prefix="bench-settings-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    app = QApplication(sys.argv[:1])

    class PaintWatch(QObject):
        def __init__(self, key: str) -> None:
            super().__init__()
            self.key = key

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and self.key not in marks:
                marks[self.key] = time.time()
            return False

    from counsellor_app.ui.main_window import MainWindow

    window = MainWindow()
    window_watch = PaintWatch("window_painted")
    window.installEventFilter(window_watch)
    window.show()
    app.processEvents()
    marks.setdefault("window_painted", time.time())
    if mode == "empty":
        print(json.dumps({**marks, "rss_mb": rss_mb()}))
        return

    from counsellor_app.services.session import open_workspace

    marks["services_imported"] = time.time()
    workspace = open_workspace(Path(database), actor="bench")
    marks["database_opened"] = time.time()
    window.attach_workspace(workspace, database)
    window.show_section("observation")
    marks["section_shown"] = time.time()
    page = window.pages["observation"]
    table_watch = PaintWatch("page_painted")

    def first_page_arrived() -> None:
        if page.model.rowCount() and "page_loaded" not in marks:
            marks["page_loaded"] = time.time()
            page.table.viewport().installEventFilter(table_watch)
            page.table.viewport().update()

    page.model.modelReset.connect(first_page_arrived)
    deadline = time.time() + 30
    while "page_painted" not in marks and time.time() < deadline:
        app.processEvents()
        time.sleep(0.001)
    marks["rows_shown"] = page.model.rowCount()
    marks["rows_total"] = page.model.total
    QTimer.singleShot(0, app.quit)
    print(json.dumps({**marks, "rss_mb": rss_mb()}))


def run(mode: str, database: Path) -> dict[str, float]:
    started = time.time()
    output = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--db", str(database)],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    ).stdout
    marks = json.loads(output.strip().splitlines()[-1])
    return {
        key: (value - started) * 1000 if not key.startswith(("rss", "rows")) else value
        for key, value in marks.items()
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path, help="database to use (built if missing)")
    parser.add_argument("--child", choices=("empty", "observations"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, str(args.db))
        return 0
    database = args.db or Path(tempfile.gettempdir()) / f"bench-window-{args.rows}.sqlite3"
    if not database.exists():
        build_database(database, args.rows)
    empty = [run("empty", database) for _ in range(args.runs)]
    full = [run("observations", database) for _ in range(args.runs)]
    floor = statistics.median(r["window_painted"] for r in empty)
    window = statistics.median(r["window_painted"] for r in full)
    page = statistics.median(r["page_painted"] for r in full)
    rss = statistics.median(r["rss_mb"] for r in full)
    print(f"database: {database} ({full[0]['rows_total']:,} observations)")
    platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    print(f"runs: {args.runs} each, medians; platform {platform}")
    print(f"empty window painted:          {floor:7.0f} ms after process start (floor)")
    print(f"window painted (full start):   {window:7.0f} ms  ({window / floor:.2f} × floor)")
    print(f"first page of the list shown:  {page:7.0f} ms  ({page / floor:.2f} × floor)")
    print(f"  of which after the window:   {page - window:7.0f} ms  (target < 300 ms)")
    for stage in ("services_imported", "database_opened", "section_shown", "page_loaded"):
        median = statistics.median(r[stage] for r in full)
        print(f"  {stage.replace('_', ' '):28s} {median:7.0f} ms")
    print(f"RSS after the first page:      {rss:7.0f} MB  (target < 250 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
