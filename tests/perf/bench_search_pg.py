"""Benchmark of search on PostgreSQL: latency of the service against raw SQL, and import rate.

Run as a script (pytest does not collect it), with a database the role may create schemas in::

    python tests/perf/bench_search_pg.py --postgres postgresql+psycopg://user:pw@host/db
    python tests/perf/bench_search_pg.py --postgres URL --observations 10000
    python tests/perf/bench_search_pg.py --postgres URL --schema bench --keep   # reuse later

It imports a generated document of the realistic shape (``tests/perf/generate.py
--realistic``; ``--light`` for the older one) into a new schema (migrations
run to head), then times each query through ``search()`` (parse, index, filters, joins,
snippets) and, in turns in the same run, the bare statement asking the stored search data
the same question through psycopg: the newest ``BROAD`` matches of the ``tsvector`` ranked
by ``ts_rank``, or a ``LIKE`` on the folded text for a script without spaces. The column
"rank all" times ranking every match instead, which is what the window saves.
Targets: median under 30 ms and p95 under 100 ms at 100,000 observations.

On a database whose schema predates the stored search data (revision 0003 and earlier),
the bare statements use the expression indexes on the observations instead.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import make_url

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from counsellor_app.services.interchange import import_document
from counsellor_app.services.search import SearchFilters, search
from counsellor_app.services.workspace import Workspace
from counsellor_app.storage import search as index
from counsellor_app.storage.open import open_database
from counsellor_app.storage.search import parse_query, pg_tsquery
from tests.perf.generate import generate_document, realistic_document

LIMIT = 50
QUERIES = [
    ("selective", "Tbilissi", None),
    ("broad", "return", None),
    ("CJK", "出入境", None),
    ("two words", "reintegration partner", None),
    ("broad, filtered", "return", SearchFilters(kind="lesson", since="2016-06-01")),
    ("CJK, 2 chars", "合作", None),
    ("word and CJK", "partner 出入境", None),
]
# A filter few records pass: one person's observations (the speaker of the last recorded).
ONE_SPEAKER = "broad, one speaker"
SPEAKER = (
    "SELECT p.name FROM observations o JOIN people p ON p.id = o.speaker_id"
    " WHERE o.recorded_at IS NOT NULL ORDER BY o.recorded_at DESC, o.id LIMIT 1"
)
TSQUERY = "to_tsquery('simple'::regconfig, %(q)s)"
OLD_VECTOR = "search_vector(NULL, text, translation)"


def raw_queries(
    text: str, stored: bool, substrings: str = "runs"
) -> tuple[str, str, dict[str, Any]]:
    """The bare statement (newest matches ranked), one ranking every match, and arguments;
    ``substrings``: the stored column a substring is looked for in (``folded`` before
    migration 0008)."""
    parsed = parse_query(text)
    if parsed.words:
        params: dict[str, Any] = {"q": pg_tsquery(parsed.words), "window": index.BROAD}
        if stored:
            windowed = (
                f"SELECT * FROM (SELECT kind, record_id, ts_rank(document, {TSQUERY}) AS score"
                f" FROM search_pg_documents WHERE document @@ {TSQUERY}"
                f" ORDER BY doc DESC LIMIT %(window)s) AS m ORDER BY score DESC LIMIT {LIMIT}"
            )
            every = (
                f"SELECT kind, record_id, ts_rank(document, {TSQUERY}) AS score"
                f" FROM search_pg_documents WHERE document @@ {TSQUERY}"
                f" ORDER BY score DESC LIMIT {LIMIT}"
            )
            return windowed, every, params
        every = (
            f"SELECT id, ts_rank({OLD_VECTOR}, {TSQUERY}) AS score FROM observations"
            f" WHERE {OLD_VECTOR} @@ {TSQUERY} ORDER BY score DESC LIMIT {LIMIT}"
        )
        return every, every, params
    params = {"s": parsed.substrings[0]}
    pattern = "'%%' || search_fold(%(s)s) || '%%'"
    if stored:
        sql = (
            f"SELECT kind, record_id FROM search_pg_documents WHERE {substrings} LIKE {pattern}"
            f" ORDER BY doc DESC LIMIT {LIMIT}"
        )
    else:
        sql = (
            f"SELECT id FROM observations WHERE search_text(NULL, text, translation)"
            f" LIKE {pattern} LIMIT {LIMIT}"
        )
    return sql, sql, params


def timings(run: Callable[[], object], rounds: int) -> list[float]:
    run()  # warm the caches
    out = []
    for _ in range(rounds):
        started = time.perf_counter()
        run()
        out.append((time.perf_counter() - started) * 1000)
    return out


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--postgres", required=True, help="SQLAlchemy URL of a database")
    parser.add_argument("--observations", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=60)
    parser.add_argument("--schema", help="schema to use (made and filled if missing, else reused)")
    parser.add_argument("--keep", action="store_true", help="leave the schema in place")
    parser.add_argument("--light", action="store_true", help="the older, lighter shape")
    parser.add_argument(
        "--sqlite",
        type=Path,
        help="a SQLite file of the same data (bench_search.py --db): its search timed in turns",
    )
    args = parser.parse_args(argv)

    base = make_url(args.postgres)
    schema = args.schema or f"bench_{uuid.uuid4().hex[:8]}"
    libpq = base.set(drivername="postgresql").render_as_string(hide_password=False)
    admin = psycopg.connect(libpq, autocommit=True)
    made = admin.execute(
        "SELECT count(*) = 0 FROM pg_namespace WHERE nspname = %s", (schema,)
    ).fetchone()
    if made is not None and made[0]:
        admin.execute(f'CREATE SCHEMA "{schema}"')
    url = base.update_query_dict({"options": f"-csearch_path={schema},public"})
    database = open_database(url.render_as_string(hide_password=False))
    workspace = Workspace(database, actor="bench")
    lite = Workspace(open_database(args.sqlite), actor="bench") if args.sqlite else None
    raw = psycopg.connect(libpq, options=f"-csearch_path={schema},public", autocommit=True)
    raw.prepare_threshold = None  # a plan for each query's own values, as search() gets
    try:
        (count,) = raw.execute("SELECT count(*) FROM observations").fetchone() or (0,)
        if not count:
            make = generate_document if args.light else realistic_document
            document = make(args.observations)
            started = time.perf_counter()
            import_document(workspace, document)
            elapsed = time.perf_counter() - started
            count = args.observations
            print(
                f"import with the index: {count:,} observations in {elapsed:.1f} s"
                f" = {count / elapsed:,.0f} observations/s"
            )
            raw.execute("ANALYZE")
        found = raw.execute("SELECT to_regclass('search_pg_documents') IS NOT NULL").fetchone()
        stored = bool(found and found[0])
        runs = raw.execute(
            "SELECT count(*) FROM information_schema.columns WHERE table_schema = %s"
            " AND table_name = 'search_pg_documents' AND column_name = 'runs'",
            (schema,),
        ).fetchone()
        substrings = "runs" if runs and runs[0] else "folded"
        print(
            f"{count:,} observations; limit {LIMIT}; {args.rounds} rounds; times in ms;"
            f" raw SQL on {'stored search data' if stored else 'expression indexes'}\n"
        )
        print(
            f"{'query':<19} {'hits':>5} {'median':>8} {'p95':>8} {'raw med':>8} {'raw p95':>8}"
            f" {'ratio':>6} {'rank all':>9}" + (f" {'SQLite':>8} {'PG/SQLite':>9}" if lite else "")
        )
        speaker = raw.execute(SPEAKER).fetchone()
        queries = list(QUERIES)
        if speaker:
            queries.append((ONE_SPEAKER, "return", SearchFilters(speaker=speaker[0])))
        for label, text, filters in queries:
            windowed, every, params = raw_queries(text, stored, substrings)
            service: list[float] = []
            bare: list[float] = []
            on_sqlite: list[float] = []

            # In turns, so both see the same machine load.
            def through_service(
                text: str = text, filters: SearchFilters | None = filters
            ) -> object:
                return search(workspace, text, filters, limit=LIMIT)

            def bare_sql(sql: str = windowed, params: dict[str, Any] = params) -> object:
                return raw.execute(sql, params).fetchall()  # type: ignore[arg-type]

            def rank_all(sql: str = every, params: dict[str, Any] = params) -> object:
                return raw.execute(sql, params).fetchall()  # type: ignore[arg-type]

            def through_sqlite(text: str = text, filters: SearchFilters | None = filters) -> object:
                assert lite is not None
                return search(lite, text, filters, limit=LIMIT)

            for _ in range(4):
                service += timings(through_service, args.rounds // 4)
                bare += timings(bare_sql, args.rounds // 4)
                if lite is not None:
                    on_sqlite += timings(through_sqlite, args.rounds // 4)
            everything = statistics.median(timings(rank_all, max(3, args.rounds // 10)))
            hits = len(search(workspace, text, filters, limit=LIMIT))
            median, raw_median = statistics.median(service), statistics.median(bare)
            print(
                f"{label:<19} {hits:>5} {median:>8.2f} {p95(service):>8.2f} {raw_median:>8.2f}"
                f" {p95(bare):>8.2f} {median / raw_median:>6.1f} {everything:>9.2f}"
                + (
                    f" {statistics.median(on_sqlite):>8.2f}"
                    f" {median / statistics.median(on_sqlite):>9.2f}"
                    if on_sqlite
                    else ""
                )
            )
    finally:
        raw.close()
        database.dispose()
        if lite is not None:
            lite.database.dispose()
        if not args.keep:
            admin.execute(f'DROP SCHEMA "{schema}" CASCADE')
        admin.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
