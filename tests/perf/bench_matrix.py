"""Benchmark of the comparison matrix: 500 comparisons × 10 organisations, offscreen.

    .venv/bin/python tests/perf/bench_matrix.py [--comparisons 500] [--organisations 10] [--runs 5]

Times, medians over the runs, each also as a ratio to painting an empty 500 × 10 table
(a QTableView over a trivial model) measured in the same run:
- open: read the comparisons off the GUI thread, build the matrix, show it and paint it;
- refilter: pick another theme and paint the narrowed matrix;
- and, for the record, the service calls alone (read once, build the filtered matrix).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def generated_document(comparisons: int, organisations: int, seed: int = 7) -> dict[str, Any]:
    """Organisations, themes, three exchanges and comparisons with about one gap in four."""
    from counsellor_app.services.interchange import FORMAT, VERSION

    rng = random.Random(seed)
    orgs = [{"id": str(uuid.uuid4()), "name": f"Agency {i:02d}"} for i in range(organisations)]
    org_ids = [o["id"] for o in orgs]
    themes = [{"id": str(uuid.uuid4()), "name": name} for name in ("Trust", "Information", "Work")]
    exchanges = [
        {"id": str(uuid.uuid4()), "title": f"Exchange {i}", "organisations": org_ids}
        for i in range(3)
    ]
    words = ["counsellors", "inform", "migrants", "about", "return", "in", "reception", "centres"]
    rows = []
    for i in range(comparisons):
        practices = [
            {
                "organisation": o["id"],
                "description": " ".join(rng.choice(words) for _ in range(rng.randint(8, 40))),
            }
            for o in orgs
            if rng.random() > 0.25
        ]
        rows.append(
            {
                "id": str(uuid.uuid4()),
                "aspect": f"Aspect {i:03d}: " + " ".join(rng.sample(words, 4)),
                "exchange": rng.choice(exchanges)["id"],
                "observed_on": f"2016-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                "themes": [rng.choice(themes)["id"]],
                "practices": practices,
            }
        )
    return {
        "format": FORMAT,
        "version": VERSION,
        "organisations": orgs,
        "themes": themes,
        "exchanges": exchanges,
        "comparisons": rows,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--comparisons", type=int, default=500)
    parser.add_argument("--organisations", type=int, default=10)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from PySide6.QtCore import QAbstractTableModel, QEvent, QEventLoop, QModelIndex, QObject, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    from counsellor_app.services.comparisons import build_matrix, load_matrix_source
    from counsellor_app.services.interchange import import_document
    from counsellor_app.services.session import open_workspace
    from counsellor_app.ui.comparisons.comparison_matrix import ComparisonMatrixView

    app = QApplication(sys.argv)
    folder = Path(tempfile.mkdtemp(prefix="bench-matrix-"))
    workspace = open_workspace(folder / "bench.sqlite3", actor="bench")
    document = generated_document(args.comparisons, args.organisations)
    import_document(workspace, document)
    trust, information = document["themes"][0]["id"], document["themes"][1]["id"]

    class PaintCounter(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.paints = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.paints += 1
            return False

    def wait_painted(view: QTableView, counter: PaintCounter, before: int) -> None:
        deadline = time.monotonic() + 10
        while counter.paints <= before and time.monotonic() < deadline:
            app.processEvents()
        app.processEvents()

    class EmptyModel(QAbstractTableModel):
        def rowCount(self, parent: Any = QModelIndex()) -> int:
            return 0 if parent.isValid() else args.comparisons

        def columnCount(self, parent: Any = QModelIndex()) -> int:
            return 0 if parent.isValid() else args.organisations + 1

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            return None

    def empty_table() -> float:
        view = QTableView()
        view.resize(1200, 800)
        counter = PaintCounter()
        view.viewport().installEventFilter(counter)
        start = time.perf_counter()
        view.setModel(EmptyModel(view))
        view.show()
        wait_painted(view, counter, 0)
        elapsed = time.perf_counter() - start
        view.close()
        view.deleteLater()
        return elapsed

    def matrix_open_and_refilter() -> tuple[float, float]:
        view = ComparisonMatrixView(workspace)
        view.resize(1200, 800)
        counter = PaintCounter()
        view.table.viewport().installEventFilter(counter)
        start = time.perf_counter()
        view.show()
        view.refresh()
        deadline = time.monotonic() + 30
        while (view.loading or view.source is None) and time.monotonic() < deadline:
            # Idle as the window would, instead of spinning against the reading thread.
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 20)
        before = counter.paints
        view.table.viewport().update()
        wait_painted(view.table, counter, before)
        opened = time.perf_counter() - start
        assert view.model.rowCount() == args.comparisons
        view.set_filters(theme_id=trust)
        app.processEvents()
        before = counter.paints
        start = time.perf_counter()
        view.set_filters(theme_id=information)
        view.table.viewport().update()
        wait_painted(view.table, counter, before)
        refiltered = time.perf_counter() - start
        view.close()
        view.deleteLater()
        return opened, refiltered

    keys = ("empty", "open", "refilter", "read", "build")
    results: dict[str, list[float]] = {k: [] for k in keys}
    for _run in range(args.runs):
        results["empty"].append(empty_table())
        opened, refiltered = matrix_open_and_refilter()
        results["open"].append(opened)
        results["refilter"].append(refiltered)
        start = time.perf_counter()
        source = load_matrix_source(workspace)
        results["read"].append(time.perf_counter() - start)
        start = time.perf_counter()
        build_matrix(source, theme_id=trust)
        results["build"].append(time.perf_counter() - start)
        app.processEvents()

    medians = {k: statistics.median(v) * 1000 for k, v in results.items()}
    floor = medians["empty"]
    print(
        f"matrix of {args.comparisons} comparisons × {args.organisations} organisations, "
        f"medians of {args.runs} runs"
    )
    print(f"  empty {args.comparisons}×{args.organisations} table painted: {floor:8.1f} ms (1.0×)")
    for key, label in (
        ("open", "matrix read, built, shown, painted"),
        ("refilter", "another theme, painted"),
        ("read", "service: read comparisons etc."),
        ("build", "service: build a filtered matrix"),
    ):
        print(f"  {label:<38} {medians[key]:8.1f} ms ({medians[key] / floor:.1f}×)")
    workspace.database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
