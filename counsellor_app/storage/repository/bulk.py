"""Writing many rows at once straight through the driver: blocks on SQLite, COPY on PostgreSQL."""

from __future__ import annotations

import json
import operator
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Any

from sqlalchemy import Table, delete, text
from sqlalchemy.orm import Session

from counsellor_app.domain.records import Record
from counsellor_app.domain.schema import EntitySpec
from counsellor_app.storage.database import CACHE_KIB
from counsellor_app.storage.mapping import (
    EVIDENCE,
    LINKS,
    PRACTICES,
    TABLES,
    column_name,
    list_fields,
    scalar_fields,
)
from counsellor_app.storage.repository.rows import (
    EVIDENCE_COLUMNS,
    META_COLUMNS,
    PRACTICE_COLUMNS,
    chunks,
    link_rows,
)
from counsellor_app.storage.types import IsoTimestamp, timestamp_to_text

# Rows per INSERT statement on SQLite, within its limit of bound values (32,766 by default).
_ROWS_PER_STATEMENT = 1000
_SMALL_BLOCK = 50
_VARIABLES = 32_000
# The most page cache a bulk transaction takes (KiB): about what the key indexes of a
# million observations fill (see tests/perf/README.md).
BULK_CACHE_KIB = 256 * 1024


def insert_links(session: Session, spec: EntitySpec, records: Sequence[Record]) -> None:
    insert_link_rows(session, spec, link_rows(spec, records))


def insert_link_rows(
    session: Session, spec: EntitySpec, rows: dict[str, list[tuple[Any, ...]]]
) -> None:
    for field in list_fields(spec):
        link = LINKS[(spec.key, field.name)]
        columns = [link.owner.key, link.target.key, "position"]
        write_rows(session, link.table, columns, rows[field.name], packed=True)
    write_rows(session, PRACTICES, PRACTICE_COLUMNS, rows["practices"])
    write_rows(session, EVIDENCE, EVIDENCE_COLUMNS, rows["evidence"], packed=True)


def delete_links(session: Session, spec: EntitySpec, ids: Sequence[str]) -> None:
    for field in list_fields(spec):
        link = LINKS[(spec.key, field.name)]
        for part in chunks(ids):
            session.execute(delete(link.table).where(link.owner.in_(part)))
    if spec.key == "comparison":
        for part in chunks(ids):
            session.execute(delete(EVIDENCE).where(EVIDENCE.c.comparison_id.in_(part)))
            session.execute(delete(PRACTICES).where(PRACTICES.c.comparison_id.in_(part)))


def write_rows(
    session: Session,
    table: Table,
    columns: Sequence[str],
    rows: list[tuple[Any, ...]],
    *,
    packed: bool = False,
) -> None:
    """Inserts rows straight through the driver's ``executemany``.

    Values must already be in the driver's form (text for dates and timestamps); this skips
    SQLAlchemy's per-row statement handling, which costs more than the insert itself.

    ``packed`` (short rows of ids and numbers, such as links): on SQLite, all the rows go
    as one JSON array in one statement. Its thousands of values are then bound as a single
    text and read inside SQLite: an import's writer thread asks for the interpreter lock
    once, not after every block of rows (see tests/perf/README.md). Long
    text would cost more this way, read once per column.
    """
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    quote = dialect.identifier_preparer.quote
    if dialect.name == "postgresql":
        # COPY: several times faster than INSERT for thousands of rows (triggers still run).
        driver = connection.connection.driver_connection
        target = f"{quote(table.name)} ({', '.join(quote(c) for c in columns)})"
        with driver.cursor() as cursor, cursor.copy(f"COPY {target} FROM STDIN") as copy:  # type: ignore[union-attr]
            for row in rows:
                copy.write_row(row)
        return
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    head = f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) VALUES "
    one = f"({', '.join([mark] * len(columns))})"
    if dialect.name != "sqlite" or len(rows) < 2:
        connection.exec_driver_sql(head + one, rows)
        return
    driver = connection.connection.driver_connection
    if packed:
        import orjson  # with the file reader, not on the window's way to its first page

        values = ", ".join(f"json_extract(value, '$[{i}]')" for i in range(len(columns)))
        statement = f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)})"
        driver.execute(  # type: ignore[union-attr]
            f"{statement} SELECT {values} FROM json_each(?)",
            (orjson.dumps(rows).decode(),),
        )
        return
    # Many rows per statement: SQLite then inserts a whole block in one step, without the
    # interpreter lock, so an import's other thread keeps reading the file meanwhile (one
    # row per step would hand the lock back and forth 100,000 times). Same speed alone.
    # Blocks come in two sizes, and the last few rows one by one: the driver keeps each
    # statement it prepared, and a statement of a thousand rows weighs a megabyte or two
    # (one of each size the rows happened to leave held 100 MB more in an import).
    blocks = sorted({min(_ROWS_PER_STATEMENT, _VARIABLES // len(columns)), _SMALL_BLOCK})[::-1]
    cursor = driver.cursor()  # type: ignore[union-attr]
    try:
        start = 0
        for size in blocks:
            if len(rows) - start < size or size < 2:
                continue
            statement = head + ", ".join([one] * size)
            while len(rows) - start >= size:
                cursor.execute(statement, list(chain.from_iterable(rows[start : start + size])))
                start += size
        if start < len(rows):
            cursor.executemany(head + one, rows[start:])
    finally:
        cursor.close()


def _converters(spec: EntitySpec, dialect: Any) -> tuple[list[str], list[str], list[Any]]:
    """Columns, record attributes and per-column converters to driver values."""
    table = TABLES[spec.key]
    columns = list(META_COLUMNS)
    attributes = list(META_COLUMNS)
    for field in scalar_fields(spec):
        columns.append(column_name(field))
        attributes.append(field.name)
    converters: list[Any] = []
    for column in columns:
        column_type = table.c[column].type
        if isinstance(column_type, IsoTimestamp):
            converters.append(timestamp_to_text())
        else:
            converters.append(column_type.bind_processor(dialect))
    for i, name in enumerate(attributes):
        if name in spec.names:
            field = spec.field(name)
            write = field.meaning.column_writer(field)
            if write is not None:
                converters[i] = write
    return columns, attributes, converters


def insert(session: Session, spec: EntitySpec, records: Sequence[Record]) -> None:
    """Adds complete records (ids and meta filled in) in bulk."""
    insert_rows(session, rows_to_insert(spec, records, session.get_bind().dialect))


@dataclass(frozen=True)
class InsertRows:
    """Records of one kind made into the rows of their table and link tables, ready to be
    written by :func:`insert_rows` (perhaps on another thread than the one that made them)."""

    spec: EntitySpec
    columns: list[str]
    rows: list[tuple[Any, ...]]
    links: dict[str, list[tuple[Any, ...]]]


def rows_to_insert(spec: EntitySpec, records: Sequence[Record], dialect: Any) -> InsertRows:
    """The rows of ``records`` in the driver's form for ``dialect``."""
    columns, attributes, converters = _converters(spec, dialect)
    # Column by column: one built-in ``map`` per column instead of a Python loop per value.
    # Every converter takes None to None (SQLAlchemy's bind processors do).
    values: list[Iterable[Any]] = []
    for attribute, convert in zip(attributes, converters, strict=True):
        column = map(operator.attrgetter(attribute), records)
        values.append(column if convert is None else map(convert, column))
    rows = list(zip(*values, strict=True))
    return InsertRows(spec, columns, rows, link_rows(spec, records))


def insert_rows(session: Session, prepared: InsertRows) -> None:
    """Writes rows made by :func:`rows_to_insert`."""
    if not prepared.rows:
        return
    write_rows(session, TABLES[prepared.spec.key], prepared.columns, prepared.rows)
    insert_link_rows(session, prepared.spec, prepared.links)


def set_indexes_aside(session: Session, spec: EntitySpec) -> list[str]:
    """Drops the plain indexes of a kind's table and link tables (SQLite only) for a bulk
    insert, returning the statements that make them again (:func:`restore_indexes`).

    Unique indexes stay: they are rules, not just ways to look up. DDL is part of the
    transaction in SQLite, so a rollback brings the indexes back.
    """
    if session.get_bind().dialect.name != "sqlite":
        return []
    tables = [TABLES[spec.key].name]
    tables += [LINKS[(spec.key, f.name)].table.name for f in list_fields(spec)]
    found = session.execute(
        text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            " AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN (SELECT value FROM json_each(:t))"
        ),
        {"t": json.dumps(tables)},
    ).all()
    for name, _ in found:
        session.execute(text(f'DROP INDEX "{name}"'))
    return [sql for _, sql in found]


def restore_indexes(session: Session, statements: Sequence[str]) -> None:
    """Makes again the indexes :func:`set_indexes_aside` dropped."""
    for statement in statements:
        session.execute(text(statement))


def reserve_page_cache(session: Session, size: int) -> int:
    """Gives this bulk transaction a page cache for importing a file of ``size`` bytes
    (SQLite only); returns its size in KiB.

    Every record an import adds goes into key indexes (its id, its links' ids, its search
    entry's) at a random place. Once those indexes outgrow the cache, nearly every row reads
    a page back from the file's log and writes another out, and each part of the import
    takes longer than the last. Half the file's size holds those indexes with room to
    spare, so the cache grows with the data, up to :data:`BULK_CACHE_KIB`. SQLite takes its
    pages only as it uses them, and the connection gets its everyday cache back when the
    transaction ends (``storage.database``).
    """
    if session.get_bind().dialect.name != "sqlite":
        return 0
    kib = max(CACHE_KIB, min(BULK_CACHE_KIB, size // 2048))
    session.connection().exec_driver_sql(f"PRAGMA cache_size = -{kib}")
    return kib
