"""Benchmark of the window's start: empty window, then the first page of 100,000 observations.

    .venv/bin/python tests/perf/bench_window.py [--rows 100000] [--runs 5] [--db PATH]

Builds (once) a database of ``--rows`` observations through the import service, then starts
fresh processes and measures, from process start: the empty main window painted (the floor),
and the first page of the observations list painted; and the resident memory after that.
In the same run, in turns: the price of ``import sqlalchemy.orm`` in a fresh process. Target:
the first page within the floor + that import + 100 ms.
Runs offscreen unless QT_QPA_PLATFORM says otherwise (e.g. ``xcb`` under xvfb-run).
Not collected by pytest (its name does not start with ``test_``).
"""

from __future__ import annotations

import argparse
import importlib.abc
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

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


class _PaintWatchLoader:
    """Wraps the loader of the window's module: once it has run, watches the paints."""

    def __init__(self, loader: Any, watch: Callable[[], None]) -> None:
        self.loader = loader
        self.watch = watch

    def create_module(self, spec: Any) -> Any:
        return self.loader.create_module(spec)

    def exec_module(self, module: Any) -> None:
        self.loader.exec_module(module)
        self.watch()


class _PaintWatchFinder(importlib.abc.MetaPathFinder):
    """Finds ``counsellor_app.ui.shell.main_window`` as usual, with its loader wrapped."""

    def __init__(self, watch: Callable[[], None]) -> None:
        self.watch = watch

    def find_spec(self, name: str, path: Any, target: Any = None) -> Any:
        if name != "counsellor_app.ui.shell.main_window":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.loader is not None:
            spec.loader = _PaintWatchLoader(spec.loader, self.watch)  # type: ignore[assignment]
        return spec


def child(mode: str, database: str) -> None:
    """Runs in a fresh process; prints one JSON line of wall-clock timestamps.

    ``empty``: a main window with no database, shown (the floor). ``observations``: the
    program's own start (its command line, as ``counsellor-app --db PATH``) on the database,
    the Observations section having been the one shown last (in the settings the parent
    wrote), until the first page of the list is painted. Nothing of Qt is loaded before the
    program loads it: the paints are watched from the moment the window's module is loaded,
    which the program does once its QApplication exists.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    marks: dict[str, float] = {}
    keep: list[Any] = []

    def watch() -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication, QWidget

        app = QApplication.instance()
        assert app is not None, "the window's module was loaded before the QApplication"
        quit_app = app.quit

        class PaintWatch(QObject):
            """Notes the first paint of the main window, and of the list's first rows."""

            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() != QEvent.Type.Paint or not isinstance(watched, QWidget):
                    return False
                window = watched.window()
                if type(window).__name__ != "MainWindow":
                    return False
                marks.setdefault("window_painted", time.time())
                page = window.pages.get("observation")
                if (
                    page is not None
                    and watched is page.table.viewport()
                    and page.model.rowCount()
                    and "page_painted" not in marks
                ):
                    marks["page_painted"] = time.time()
                    marks["rows_shown"] = page.model.rowCount()
                    marks["rows_total"] = page.model.total
                    QTimer.singleShot(0, quit_app)
                return False

        keep.append(PaintWatch())
        app.installEventFilter(keep[-1])
        QTimer.singleShot(30_000, quit_app)

    if mode == "empty":
        from PySide6.QtWidgets import QApplication

        app = QApplication(sys.argv[:1])
        watch()
        from counsellor_app.ui.shell.main_window import MainWindow

        window = MainWindow()
        window.show()
        while "window_painted" not in marks:
            app.processEvents()
        print(json.dumps({**marks, "rss_mb": rss_mb()}))
        return

    sys.meta_path.insert(0, _PaintWatchFinder(watch))
    from counsellor_app import cli

    cli.main(["--db", database])  # the program's own start, as `counsellor-app --db` runs it
    print(json.dumps({**marks, "rss_mb": rss_mb()}))


def write_settings(settings_dir: str, section: str = "observation") -> None:
    """The settings of a user who last looked at ``section``, where the child will read them
    (``XDG_CONFIG_HOME``, Qt's place for settings on Linux)."""
    from PySide6.QtCore import QSettings

    from counsellor_app.ui.common.settings import APPLICATION, ORGANISATION, AppSettings

    path = Path(settings_dir) / ORGANISATION / f"{APPLICATION}.conf"
    settings = AppSettings(QSettings(str(path), QSettings.Format.IniFormat))
    settings.language, settings.user_name, settings.section = "en", "bench", section
    settings.sync()


def run(mode: str, database: Path) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="bench-settings-") as settings_dir:
        write_settings(settings_dir)
        # As on a user's machine, where installed modules are compiled once and kept.
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["XDG_CONFIG_HOME"] = settings_dir
        started = time.time()
        output = subprocess.run(
            [sys.executable, __file__, "--child", mode, "--db", str(database)],
            check=True,
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
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
    # One start of each, not counted: compiles the modules, takes the day's backup.
    run("empty", database)
    run("observations", database)
    empty, full, orm = [], [], []
    for _ in range(args.runs):  # in turns, so that a drift of the machine hits all alike
        empty.append(run("empty", database))
        full.append(run("observations", database))
        orm.append(import_price("sqlalchemy.orm"))
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
    print(f"RSS after the first page:      {rss:7.0f} MB  (target < 250 MB)")
    price = statistics.median(orm)
    target = floor + price + 100
    print(f"import sqlalchemy.orm:         {price:7.0f} ms  (its process less a bare interpreter)")
    print(
        f"first page against floor + that import + 100 ms ({target:.0f} ms): "
        f"{page / target:.2f}, {page - target:+.0f} ms"
    )
    return 0


def import_price(module: str) -> float:
    """Milliseconds a fresh process spends importing ``module``, beyond starting at all."""

    def wall(code: str) -> float:
        began = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
        return (time.perf_counter() - began) * 1000

    return wall(f"import {module}") - wall("pass")


if __name__ == "__main__":
    sys.exit(main())
