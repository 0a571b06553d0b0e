"""Benchmark: how long the GUI thread stops answering during everyday work, at 100,000
observations.

    .venv/bin/python tests/perf/bench_gui_stalls.py [--rows 100000] [--runs 3] [--db PATH]

Builds (once) a realistic database (tests/perf/generate.py, through the program's import),
then, in a fresh process per run, starts the program on it as a user does (its command
line, on the Exchanges section) and drives the window as a user would: every section in
turn, sorting and filtering the observations, scrolling to the end of the list, opening a
record and saving a change to it, the busiest exchange and each of its tabs, a note taken
in fast capture, moving a record to the trash and restoring it, searching as one types
(Latin and Chinese), the comparison matrix. The start itself, from the window's first paint
to the first page of exchanges, is the first action. A timer asks the GUI thread to answer
every 5 ms; the longest wait for it during an action, less those 5 ms, is that action's
stall. The target: no stall over 50 ms. The floor is the same timer's longest wait in an
idle window, measured in the same run.

Besides the stall, each action's CPU time on the GUI thread is reported (less the watch's
own, measured in the idle window), and the most CPU time the GUI thread spent between two
ticks (its longest turn, "turn"): on a loaded machine the stalls are inflated by other
processes, the GUI thread's own work is not. The turn is the stall a quiet machine of this
speed would show; a machine three times slower, about three times it.

Runs offscreen unless QT_QPA_PLATFORM says otherwise; with BENCH_TRACE=1, a child prints
every wait over 30 ms as it happens and every garbage collection over 10 ms; with
BENCH_DUMP=MS it prints every thread's stack when the GUI thread has not answered for MS
milliseconds; with BENCH_PROFILE=FOLDER it writes a cProfile of the GUI thread per action
there (for finding a stall's cause). Not collected by pytest.
"""

from __future__ import annotations

import argparse
import cProfile
import faulthandler
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

TICK_MS = 5


def build_database(path: Path, rows: int) -> None:
    from counsellor_app.services.interchange import import_document
    from counsellor_app.services.session import open_workspace
    from tests.perf.generate import generate_document

    began = time.perf_counter()
    workspace = open_workspace(path, actor="bench")
    import_document(workspace, generate_document(rows))
    workspace.database.dispose()
    print(f"built {rows:,} observations in {time.perf_counter() - began:.1f} s", file=sys.stderr)


def child(database: str) -> None:
    """One run, in a fresh process: prints one JSON line {action: stall in ms}.

    The program starts as a user starts it (``counsellor-app --db PATH``, on the Exchanges
    section); the watch begins when its window first paints, and the actions run once the
    first page of exchanges is there.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from tests.perf.bench_window import _PaintWatchFinder

    if os.environ.get("BENCH_TRACE"):
        watch_collections()
    sys.meta_path.insert(0, _PaintWatchFinder(lambda: drive(database)))
    from counsellor_app import cli

    cli.main(["--db", database])


def watch_collections() -> None:
    """Prints every garbage collection over 10 ms, with the thread it ran on: a collection
    holds the interpreter lock, and so the GUI thread, whichever thread it runs on."""
    import gc
    import threading

    began: dict[str, float] = {}

    def watch(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            began["at"] = time.perf_counter()
            return
        spent = (time.perf_counter() - began.get("at", time.perf_counter())) * 1000
        if spent > 10:
            thread = threading.current_thread().name
            print(
                f"  collection of generation {info['generation']}: {spent:.0f} ms on {thread}",
                file=sys.stderr,
            )

    gc.callbacks.append(watch)


def drive(database: str) -> None:
    """Installed when the window's module loads (the QApplication exists by then)."""
    from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from counsellor_app.ui.common.operations import write_pool
    from counsellor_app.ui.common.reads import read_pool

    app = QApplication.instance()
    assert app is not None
    stalls: dict[str, float] = {}
    cpu: dict[str, float] = {}
    # The GUI thread's longest busy spell between two ticks: the stall as its own CPU time.
    turns: dict[str, float] = {}
    clock = QElapsedTimer()
    clock.start()
    state: dict[str, Any] = {"label": "start (window shown to first page)", "last": 0}

    def tick() -> None:
        now = clock.elapsed()
        gap = now - state["last"] - TICK_MS
        state["last"] = now
        spent, state["spent"] = time.thread_time(), state.get("spent", time.thread_time())
        label = str(state["label"])
        stalls[label] = max(stalls.get(label, 0.0), float(gap))
        turns[label] = max(turns.get(label, 0.0), (spent - state["spent"]) * 1000)
        state["spent"] = spent
        if trace and gap > 30:
            print(f"{now:7d} ms  {gap:4d} ms  {label}", file=sys.stderr)
        if dump:
            faulthandler.dump_traceback_later(dump, exit=False)

    trace = bool(os.environ.get("BENCH_TRACE"))
    profiles = os.environ.get("BENCH_PROFILE")
    dump = float(os.environ.get("BENCH_DUMP", "0")) / 1000
    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.setInterval(TICK_MS)
    ticker.timeout.connect(tick)

    class FirstPaint(QObject):
        """Starts the watch when the main window first paints: from then on it is seen."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and type(watched.window()).__name__ == "MainWindow"
                and not ticker.isActive()
            ):
                state["window"] = watched.window()
                state["last"] = clock.elapsed()
                state["spent"] = time.thread_time()
                state["began"], state["started"] = time.thread_time(), time.monotonic()
                ticker.start()
                QTimer.singleShot(0, script)
            return False

    keep = FirstPaint()
    app.installEventFilter(keep)
    state["keep"] = keep

    def settle(seconds: float) -> None:
        """Lets the window work (and the watch measure) for ``seconds``."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.001)

    def idle(seconds: float = 0.3) -> None:
        """Until the reading and writing threads have finished, then ``seconds`` more."""
        end = time.monotonic() + 30
        while time.monotonic() < end:
            settle(0.05)
            if read_pool().activeThreadCount() == 0 and write_pool().activeThreadCount() == 0:
                break
        settle(seconds)

    def act(label: str, action: Callable[[], Any], after: float = 0.5) -> None:
        """Runs ``action`` from the event loop, as a click would, and waits for its effects."""
        state["label"] = label
        profile = cProfile.Profile() if profiles else None
        began, started = time.thread_time(), time.monotonic()
        if profile is not None:
            profile.enable()
        QTimer.singleShot(0, action)
        settle(0.05)
        idle(after)
        if profile is not None:
            profile.disable()
            name = "".join(c if c.isalnum() else "_" for c in label)
            profile.dump_stats(str(Path(profiles or ".") / f"{name}.prof"))
        cpu[label] = work(began, started)
        state["label"] = "between"

    def work(began: float, started: float) -> float:
        """The GUI thread's CPU time since ``began`` less the watch's own (its polling, at the
        rate measured in the idle window) over the time since ``started``, in ms."""
        spent = time.thread_time() - began
        return max(0.0, spent - state.get("rate", 0.0) * (time.monotonic() - started)) * 1000

    def script() -> None:
        app.removeEventFilter(keep)
        window = state["window"]
        end = time.monotonic() + 30
        while time.monotonic() < end and not (
            "exchange" in window.pages and window.pages["exchange"].model.rowCount()
        ):
            settle(0.01)
        idle(0.5)  # the rest of the start: the exchange page's tabs, the day's backup
        start_spent = time.thread_time() - state["began"], time.monotonic() - state["started"]
        state["label"] = "idle"
        began, started = time.thread_time(), time.monotonic()
        settle(1.0)  # the floor: an idle window
        state["rate"] = (time.thread_time() - began) / (time.monotonic() - started)
        cpu["idle"] = state["rate"] * 1000  # the watch's own, per second
        spent, lasted = start_spent
        cpu["start (window shown to first page)"] = max(0.0, spent - state["rate"] * lasted) * 1000
        try:
            actions(window, database, act)
        finally:
            ticker.stop()
            stalls.pop("between", None)
            turns.pop("between", None)
            print(json.dumps({"stalls": stalls, "cpu": cpu, "turns": turns}))
            window.close()
            app.quit()


def actions(window: Any, database: str, act: Callable[..., None]) -> None:
    """Everyday work, one action after the other."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    observations: dict[str, Any] = {}

    def show_observations() -> None:
        window.show_section("observation")
        observations["page"] = window.pages["observation"]

    act("show observations", show_observations)
    page = observations["page"]
    act("sort by text", lambda: page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder))
    act("sort by date", lambda: page.table.sortByColumn(4, Qt.SortOrder.DescendingOrder))

    def type_filter(text: str) -> Callable[[], None]:
        def typing() -> None:
            page.filter_edit.setFocus()
            QTest.keyClicks(page.filter_edit, text, delay=60)

        return typing

    act("type a filter (retour)", type_filter("retour"), after=0.8)
    act("clear the filter", page.filter_edit.clear, after=0.8)

    def scroll_to_end() -> None:
        # Every row is in the list (its ids); those shown are read as they are painted.
        for step in range(1, 9):
            page.table.verticalScrollBar().setValue(
                page.table.verticalScrollBar().maximum() * step // 8
            )
            QApplication.processEvents()

    act("scroll to the end of the list", scroll_to_end, after=1.0)
    act("open an observation", lambda: page.table.selectRow(3))

    def save_observation() -> None:
        translation = page.detail.form.editors["translation"].widget
        translation.setFocus()
        QTest.keyClicks(translation, " (checked)")
        window.save_current()

    act("save a change to it", save_observation)

    with sqlite3.connect(database) as raw:
        busiest = raw.execute(
            "SELECT exchange_id FROM observations GROUP BY exchange_id ORDER BY count(*) DESC"
        ).fetchone()[0]

    def busiest_exchange() -> None:
        window.show_section("exchange")
        window.pages["exchange"].select_record(busiest)

    act("show the busiest exchange", busiest_exchange, after=1.0)
    tabs = window.exchange_page.tabs if window.exchange_page is not None else None
    for index in range(tabs.count() if tabs is not None else 0):
        act(f"exchange tab {index + 1}", lambda index=index: tabs.setCurrentIndex(index))

    def capture_a_note() -> None:
        window.start_capture()
        capture = window.exchange_page.capture
        QTest.keyClicks(capture.text_edit, "The host said the counsellors inform first.")
        capture.save()

    act("fast capture: a note saved", capture_a_note)
    window.exchange_page.stop_capture()

    actions_page: dict[str, Any] = {}

    def show_actions() -> None:
        window.show_section("action")
        actions_page["page"] = window.pages["action"]

    act("show action", show_actions)
    act("open an action", lambda: actions_page["page"].table.selectRow(0))
    act("move it to the trash", window.delete_current)
    for key in ("comparison", "person", "organisation", "theme", "trash"):
        act(f"show {key}", lambda key=key: window.show_section(key))

    def restore_first() -> None:
        trash = window.pages["trash"]
        trash.table.selectRow(0)
        trash.restore_current()

    act("restore it from the trash", restore_first)
    comparisons = window.pages["comparison"]
    act("comparison matrix", comparisons.matrix_button.click, after=1.0)

    def search(text: str) -> Callable[[], None]:
        def typing() -> None:
            window.show_search()
            box = window.pages["search"].query_edit
            box.clear()
            for character in text:  # keyClicks knows only ASCII keys
                box.insert(character)
                QTest.qWait(60)

        return typing

    act("search as one types (reintegration)", search("reintegration"), after=1.5)
    act("search as one types (出入境)", search("出入境"), after=1.5)


def run(database: Path) -> dict[str, dict[str, float]]:
    from tests.perf.bench_window import write_settings

    with tempfile.TemporaryDirectory(prefix="bench-settings-") as settings_dir:
        write_settings(settings_dir, section="exchange")
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["XDG_CONFIG_HOME"] = settings_dir
        output = subprocess.run(
            [sys.executable, __file__, "--child", "--db", str(database)],
            check=True,
            stdout=subprocess.PIPE,  # the child's stderr (BENCH_TRACE) is shown as it comes
            text=True,
            cwd=ROOT,
            env=env,
        ).stdout
    return dict(json.loads(output.strip().splitlines()[-1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--db", type=Path, help="database to use (built if missing)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(str(args.db))
        return 0
    database = args.db or Path(tempfile.gettempdir()) / f"bench-stalls-{args.rows}.sqlite3"
    if not database.exists():
        build_database(database, args.rows)
    results = [run(database) for _ in range(args.runs)]
    runs = [r["stalls"] for r in results]
    print(
        f"database: {database}; {args.runs} runs; longest stall per action, median of runs;"
        " the GUI thread's CPU time during the action, and its longest busy spell between two"
        " ticks (turn), medians of runs"
    )
    worst = 0.0
    for label in runs[0]:
        values = [r.get(label, 0.0) for r in runs]
        median = statistics.median(values)
        worst = max(worst, median) if label != "idle" else worst
        flag = "  over 50 ms" if median > 50 and label != "idle" else ""
        each = ", ".join(f"{v:.0f}" for v in values)
        spent = [r["cpu"][label] for r in results if label in r["cpu"] and label != "idle"]
        busy = f"cpu {statistics.median(spent):6.0f} ms" if spent else " " * 13
        held = [r["turns"][label] for r in results if label in r.get("turns", {})]
        turn = f"turn {statistics.median(held):4.0f} ms" if held else " " * 12
        print(f"  {label:<40} {median:7.0f} ms  {busy}  {turn}   (runs: {each}){flag}")
    print(f"floor (idle window): {statistics.median(r['idle'] for r in runs):.0f} ms")
    watch = statistics.median(r["cpu"]["idle"] for r in results)
    print(f"the watch's own CPU time, taken off each action's: {watch:.0f} ms a second")
    print(f"longest stall of any action: {worst:.0f} ms  (target: 50 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
