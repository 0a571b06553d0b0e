"""Benchmark: importing into PostgreSQL, against SQLite and against a floor, in the same run.

Run: .venv/bin/python tests/perf/bench_import_pg.py --postgres URL [--sizes 100000] [--runs 3]
     [--shapes realistic light]

For each shape and size an interchange file is written once (``generate.py --realistic``, and
the older ``--light`` shape the first PostgreSQL figures were taken with). Each run, in turns:

- the floor: in a new schema, ``json.loads`` of the file, then in one transaction ``COPY`` of
  the observation rows and their theme links into bare tables (the program's columns, primary
  keys and no other index) and one ``INSERT … SELECT`` of each text's weighted ``tsvector``
  (``to_tsvector('simple', …)`` of the text and of the translation), then the commit;
- the program's import into a new schema at the head of the migrations (made before the
  clock starts), the commit included; the column "search s" is the time spent in the search
  index's upkeep (:func:`index_inserted`, on the import's writer thread while the file is
  read, and :func:`after_bulk_insert` at the end);
- the program's import into a new SQLite file.

The role must be allowed to make schemas in the database; each is dropped after its run.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
from sqlalchemy import make_url

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from counsellor_app.services.interchange import import_file
from counsellor_app.services.workspace import Workspace
from counsellor_app.storage import search as search_index
from counsellor_app.storage.open import open_database
from tests.perf.bench_import import COLUMNS, _remove, _Stopwatch
from tests.perf.generate import generate_document, write_realistic

FLOOR_SCHEMA = [
    "CREATE TABLE observations (id varchar(36) PRIMARY KEY, exchange_id varchar(36) NOT NULL,"
    " visit_id varchar(36), kind varchar(40) NOT NULL, text text NOT NULL,"
    " language varchar(35), translation text, speaker_id varchar(36),"
    " recorded_by varchar(300), recorded_at varchar(40), created_at varchar(40),"
    " updated_at varchar(40), created_by varchar(300), updated_by varchar(300),"
    " version integer, deleted_at varchar(40), trash_batch varchar(36))",
    "CREATE TABLE links (observation_id varchar(36), theme_id varchar(36), position integer,"
    " PRIMARY KEY (observation_id, theme_id))",
    "CREATE TABLE documents (kind text NOT NULL, record_id text NOT NULL,"
    " document tsvector NOT NULL, PRIMARY KEY (record_id, kind))",
]
FLOOR_FILL = (
    "INSERT INTO documents (kind, record_id, document) SELECT 'observation', id,"
    " setweight(to_tsvector('simple'::regconfig, text), 'B')"
    " || setweight(to_tsvector('simple'::regconfig, coalesce(translation, '')), 'C')"
    " FROM observations"
)


@contextmanager
def fresh_schema(base: str) -> Iterator[tuple[str, str, str]]:
    """(SQLAlchemy URL whose connections see a new schema, libpq URL, the schema's name);
    the schema is dropped afterwards."""
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    url = make_url(base)
    libpq = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(libpq, autocommit=True) as admin:
        admin.execute(f'CREATE SCHEMA "{schema}"')
    scoped = url.update_query_dict({"options": f"-csearch_path={schema},public"})
    try:
        yield scoped.render_as_string(hide_password=False), libpq, schema
    finally:
        with psycopg.connect(libpq, autocommit=True) as admin:
            admin.execute(f'DROP SCHEMA "{schema}" CASCADE')


def floor_seconds(source: Path, base: str) -> float:
    with (
        fresh_schema(base) as (_, libpq, schema),
        psycopg.connect(libpq, options=f"-csearch_path={schema},public") as connection,
    ):
        for statement in FLOOR_SCHEMA:
            connection.execute(statement)
        connection.commit()
        began = time.perf_counter()
        observations = json.loads(source.read_bytes())["observations"]
        stamp = "2016-01-01T00:00:00+00:00"
        with connection.cursor() as cursor:
            with cursor.copy(f"COPY observations ({', '.join(COLUMNS)}) FROM STDIN") as copy:
                for o in observations:
                    copy.write_row(
                        (
                            o["id"],
                            o["exchange"],
                            o.get("visit"),
                            o["kind"],
                            o["text"],
                            o.get("language"),
                            o.get("translation"),
                            o.get("speaker"),
                            o.get("recorded_by"),
                            o.get("recorded_at"),
                            stamp,
                            stamp,
                            "bench",
                            "bench",
                            1,
                        )
                    )
            with cursor.copy("COPY links FROM STDIN") as copy:
                for o in observations:
                    for position, theme in enumerate(o.get("themes", ())):
                        copy.write_row((o["id"], theme, position))
            cursor.execute(FLOOR_FILL)
        connection.commit()
        return time.perf_counter() - began


def postgres_seconds(source: Path, base: str) -> tuple[float, float]:
    """(whole import, of which the search index's upkeep)."""
    with fresh_schema(base) as (url, _, _):
        database = open_database(url)
        try:
            workspace = Workspace(database, actor="bench")
            with (
                _Stopwatch(search_index, "index_inserted") as parts,
                _Stopwatch(search_index, "after_bulk_insert") as end,
            ):
                began = time.perf_counter()
                import_file(workspace, source)
                elapsed = time.perf_counter() - began
        finally:
            database.dispose()
        return elapsed, parts.seconds + end.seconds


def sqlite_seconds(source: Path, folder: Path) -> float:
    path = folder / f"notes-{time.monotonic_ns()}.sqlite3"
    database = open_database(path)
    try:
        began = time.perf_counter()
        import_file(Workspace(database, actor="bench"), source)
        return time.perf_counter() - began
    finally:
        database.dispose()
        _remove(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", required=True, help="SQLAlchemy URL of a database")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--shapes", nargs="+", choices=("realistic", "light"), default=["realistic", "light"]
    )
    args = parser.parse_args()
    heads = ("shape", "observations", "PG s", "PG obs/s", "search s", "floor s", "PG/floor")
    heads += ("SQLite s", "SQLite obs/s", "PG/SQLite")
    widths = (9, 12, 7, 9, 8, 7, 8, 8, 12, 9)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for shape in args.shapes:
            for size in args.sizes:
                source = folder / f"{shape}-{size}.json"
                if shape == "light":
                    document = generate_document(size)
                    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
                    del document
                else:
                    write_realistic(source, size)
                ours, index, floor, lite = [], [], [], []
                for _ in range(args.runs):
                    floor.append(floor_seconds(source, args.postgres))
                    whole, indexing = postgres_seconds(source, args.postgres)
                    ours.append(whole)
                    index.append(indexing)
                    lite.append(sqlite_seconds(source, folder))
                    print(
                        f"  run: PostgreSQL {whole:.2f} s (search {indexing:.2f} s),"
                        f" floor {floor[-1]:.2f} s, SQLite {lite[-1]:.2f} s",
                        flush=True,
                    )
                pg, fl, sq = (statistics.median(v) for v in (ours, floor, lite))
                print(" ".join(f"{h:>{w}}" for h, w in zip(heads, widths, strict=True)))
                print(
                    f"{shape:>9} {size:>12,} {pg:>7.2f} {size / pg:>9,.0f}"
                    f" {statistics.median(index):>8.2f} {fl:>7.2f} {pg / fl:>8.2f}"
                    f" {sq:>8.2f} {size / sq:>12,.0f} {pg / sq:>9.2f}",
                    flush=True,
                )
                source.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
