"""Benchmark of an encrypted database against a plain one, in the same run: the import of
100,000 observations, searches, and the exchange summary of about 1,000 observations.

The plain database is the floor: each figure is the encrypted one's median over the plain
one's, measured in turns so both see the same load. Targets: import within 1.6x, search and
reports within 1.3x.

Run: ``.venv/bin/python tests/perf/bench_encryption.py [--observations 100000] [--runs 3]``
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from counsellor_app.services.database_encryption import encrypt_database
from counsellor_app.services.interchange import import_file
from counsellor_app.services.reporting import ReportSubject, write_report
from counsellor_app.services.search import SearchFilters, search
from counsellor_app.services.session import open_workspace
from counsellor_app.services.workspace import Workspace
from tests.perf.generate import generate_document

PASSPHRASE = "correct horse battery staple"
QUERIES = (
    ("selective", "Tbilissi"),
    ("broad", "return"),
    ("accents", "reintegration"),
    ("no spaces", "出入境"),
)
TARGETS = {"import": 1.6, "search": 1.3, "report": 1.3}


def new_database(folder: Path, name: str, encrypted: bool) -> Workspace:
    """An empty database at the program's schema, encrypted or not."""
    path = folder / f"{name}-{time.monotonic_ns()}.sqlite3"
    workspace = open_workspace(path, actor="bench")
    if not encrypted:
        return workspace
    workspace.database.close()
    done = encrypt_database(path, PASSPHRASE)
    return open_workspace(path, actor="bench", key=done.key)


def timed(run: Callable[[], object], rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        began = time.perf_counter()
        run()
        times.append(time.perf_counter() - began)
    return times


def line(label: str, plain: list[float], encrypted: list[float], target: float, unit: str) -> str:
    factor = 1000 if unit == "ms" else 1
    p, e = statistics.median(plain) * factor, statistics.median(encrypted) * factor
    ratio = e / p
    verdict = "ok" if ratio <= target else "over"
    return f"{label:<22} {p:>9.2f} {e:>9.2f} {unit:<3} {ratio:>6.2f}  (target {target}: {verdict})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--observations", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3, help="imports of each kind (median)")
    parser.add_argument("--rounds", type=int, default=40, help="searches of each query")
    parser.add_argument("--reports", type=int, default=3, help="reports of each kind")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        document = generate_document(args.observations)
        source = folder / "generated.json"
        source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        imports: dict[bool, list[float]] = {False: [], True: []}
        kept: dict[bool, Workspace] = {}
        for run in range(args.runs):
            for encrypted in (False, True) if run % 2 == 0 else (True, False):
                workspace = new_database(folder, "enc" if encrypted else "plain", encrypted)
                began = time.perf_counter()
                import_file(workspace, source)
                imports[encrypted].append(time.perf_counter() - began)
                previous = kept.pop(encrypted, None)
                if previous is not None:
                    previous.database.close()
                kept[encrypted] = workspace
        print(f"{args.observations:,} observations; medians; encrypted / plain\n")
        print(f"{'':<22} {'plain':>9} {'encrypted':>9} {'':<3} {'ratio':>6}")
        print(line("import", imports[False], imports[True], TARGETS["import"], "s"))
        print(
            "  each import: plain "
            + " ".join(f"{t:.2f}" for t in imports[False])
            + " s; encrypted "
            + " ".join(f"{t:.2f}" for t in imports[True])
            + " s"
        )
        plain, secret = kept[False], kept[True]
        for label, text in QUERIES:
            times: dict[bool, list[float]] = {False: [], True: []}
            for _ in range(4):
                for encrypted, workspace in ((False, plain), (True, secret)):
                    times[encrypted] += timed(
                        lambda w=workspace, t=text: search(w, t, SearchFilters(), limit=50),
                        args.rounds // 4,
                    )
            print(line(f"search {label}", times[False], times[True], TARGETS["search"], "ms"))
        per_exchange: dict[str, int] = {}
        for observation in document["observations"]:
            per_exchange[observation["exchange"]] = per_exchange.get(observation["exchange"], 0) + 1
        biggest, count = max(per_exchange.items(), key=lambda item: item[1])
        reports: dict[bool, list[float]] = {False: [], True: []}
        for _ in range(args.reports):
            for encrypted, workspace in ((False, plain), (True, secret)):
                pdf = folder / f"summary-{encrypted}.pdf"
                reports[encrypted] += timed(
                    lambda w=workspace, p=pdf: write_report(
                        w, ReportSubject("exchange", exchange_id=biggest), p
                    ),
                    1,
                )
        print(
            line(f"summary ({count:,} obs.)", reports[False], reports[True], TARGETS["report"], "s")
        )
        for workspace in kept.values():
            workspace.database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
