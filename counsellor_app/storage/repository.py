"""Reading and writing records of any kind, driven by the field table of the domain."""

from __future__ import annotations

import json
import operator
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import chain
from typing import Any

from sqlalchemy import ColumnElement, Select, Table, delete, func, or_, select, text, update
from sqlalchemy.orm import Session, aliased

from counsellor_app.domain.errors import ConflictError, NotFoundError, Problem, ValidationError
from counsellor_app.domain.queries import PageQuery
from counsellor_app.domain.records import Practice, Record
from counsellor_app.domain.schema import BY_KEY, EntitySpec, FieldType
from counsellor_app.storage.mapping import (
    AUDIT,
    EVIDENCE,
    LINKS,
    PRACTICES,
    TABLES,
    column_name,
    list_fields,
    referrers,
    scalar_fields,
)
from counsellor_app.storage.types import IsoTimestamp, timestamp_to_text

CHUNK = 900
# Rows per INSERT statement on SQLite, within its limit of bound values (32,766 by default).
_ROWS_PER_STATEMENT = 1000
_SMALL_BLOCK = 50
_VARIABLES = 32_000
META_COLUMNS = (
    "id",
    "created_at",
    "updated_at",
    "created_by",
    "updated_by",
    "version",
    "deleted_at",
)


def chunks(items: Sequence[str], size: int = CHUNK) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _row_values(spec: EntitySpec, record: Record) -> dict[str, Any]:
    values: dict[str, Any] = {name: getattr(record, name) for name in META_COLUMNS}
    for field in scalar_fields(spec):
        value = getattr(record, field.name)
        write = field.meaning.column_writer(field)
        values[column_name(field)] = value if write is None else write(value)
    return values


def _row_reader(spec: EntitySpec) -> tuple[tuple[str, str, Callable[[Any], Any] | None], ...]:
    """(column, attribute, how the column's value is read back, or None) of a kind's own
    columns."""
    meta = tuple((name, name, None) for name in META_COLUMNS)
    return meta + tuple(
        (column_name(f), f.name, f.meaning.column_reader(f)) for f in scalar_fields(spec)
    )


_ROW_READERS = {spec.key: _row_reader(spec) for spec in BY_KEY.values()}


def _record(spec: EntitySpec, row: Any, lists: dict[str, Any]) -> Record:
    mapping = row._mapping
    values: dict[str, Any] = {}
    for column, attribute, read in _ROW_READERS[spec.key]:
        value = mapping[column]
        values[attribute] = value if read is None else read(value)
    values.update(lists)
    return spec.record(**values)


def _lists_for(
    session: Session, spec: EntitySpec, ids: Sequence[str] | None
) -> dict[str, dict[str, Any]]:
    """List fields (links, practices) of the records with those ids (None: of all records)."""
    found: dict[str, dict[str, Any]] = defaultdict(dict)
    for field in list_fields(spec):
        link = LINKS[(spec.key, field.name)]
        collected: dict[str, list[str]] = defaultdict(list)
        for owner, target in _select_in(
            session,
            select(link.owner, link.target).order_by(link.owner, link.table.c.position),
            link.owner,
            ids,
        ):
            collected[owner].append(target)
        for owner, targets in collected.items():
            found[owner][field.name] = tuple(targets)
    if spec.key == "comparison":
        evidence: dict[tuple[str, str], list[str]] = defaultdict(list)
        query = select(
            EVIDENCE.c.comparison_id, EVIDENCE.c.organisation_id, EVIDENCE.c.observation_id
        )
        for comparison, organisation, observation in _select_in(
            session, query.order_by(EVIDENCE.c.position), EVIDENCE.c.comparison_id, ids
        ):
            evidence[(comparison, organisation)].append(observation)
        practices: dict[str, list[Practice]] = defaultdict(list)
        query = select(PRACTICES).order_by(PRACTICES.c.comparison_id, PRACTICES.c.position)
        for row in _select_in(session, query, PRACTICES.c.comparison_id, ids):
            practices[row.comparison_id].append(
                Practice(
                    organisation=row.organisation_id,
                    description=row.description,
                    strengths=row.strengths,
                    challenges=row.challenges,
                    evidence=tuple(evidence.get((row.comparison_id, row.organisation_id), ())),
                )
            )
        for owner, items in practices.items():
            found[owner]["practices"] = tuple(items)
    return found


def _select_in(
    session: Session, query: Any, column: Any, ids: Sequence[str] | None
) -> Iterable[Any]:
    if ids is None:
        yield from session.execute(query)
        return
    for part in chunks(ids):
        yield from session.execute(query.where(column.in_(part)))


def _live(table: Table) -> ColumnElement[bool]:
    return table.c.deleted_at.is_(None)


def load(
    session: Session, spec: EntitySpec, ids: Sequence[str], *, trashed: bool | None = False
) -> dict[str, Record]:
    """Records by id; ``trashed`` False: live only, True: trash only, None: both."""
    table = TABLES[spec.key]
    rows: list[Any] = []
    for part in chunks(list(ids)):
        query = select(table).where(table.c.id.in_(part))
        if trashed is not None:
            query = query.where(table.c.deleted_at.isnot(None) if trashed else _live(table))
        rows.extend(session.execute(query))
    lists = _lists_for(session, spec, [row.id for row in rows]) if rows else {}
    return {row.id: _record(spec, row, lists.get(row.id, {})) for row in rows}


def get(
    session: Session, spec: EntitySpec, record_id: str, *, trashed: bool | None = False
) -> Record:
    found = load(session, spec, [record_id], trashed=trashed)
    if record_id not in found:
        raise NotFoundError(f"No {spec.label.lower()} with id {record_id}")
    return found[record_id]


def load_all(session: Session, spec: EntitySpec) -> list[Record]:
    """Every live record of a kind, in the order they were made."""
    table = TABLES[spec.key]
    rows = list(
        session.execute(select(table).where(_live(table)).order_by(table.c.created_at, table.c.id))
    )
    lists = _lists_for(session, spec, None) if rows else {}
    return [_record(spec, row, lists.get(row.id, {})) for row in rows]


def live_pages(session: Session, spec: EntitySpec, size: int) -> Iterator[list[Record]]:
    """Every live record of a kind, in the order they were made, ``size`` at a time: the rows
    come from one query as they are needed, so a million records are never held at once."""
    table = TABLES[spec.key]
    query = (
        select(table)
        .where(_live(table))
        .order_by(table.c.created_at, table.c.id)
        .execution_options(yield_per=size)
    )
    for rows in session.execute(query).partitions(size):
        lists = _lists_for(session, spec, [row.id for row in rows])
        yield [_record(spec, row, lists.get(row.id, {})) for row in rows]


def live_values(
    session: Session, spec: EntitySpec, fields: Sequence[str]
) -> dict[str, tuple[Any, ...]]:
    """Some of the scalar fields of every live record of a kind, by id."""
    table = TABLES[spec.key]
    columns = [table.c[column_name(spec.field(name))] for name in fields]
    query = select(table.c.id, *columns).where(_live(table))
    return {row[0]: tuple(row[1:]) for row in session.execute(query)}


def _filtered(spec: EntitySpec, query: PageQuery) -> Select[Any]:
    table = TABLES[spec.key]
    stmt = select(table).where(table.c.deleted_at.isnot(None) if query.trashed else _live(table))
    for name, value in query.where:
        field = spec.field(name)
        if field.type is FieldType.REFS:
            link = LINKS[(spec.key, name)]
            stmt = stmt.where(table.c.id.in_(select(link.owner).where(link.target == value)))
        else:
            column = table.c[column_name(field)]
            stmt = stmt.where(column.is_(None) if value is None else column == value)
    text = query.text.strip()
    if text:
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        columns = [table.c[f.name] for f in spec.fields if f.type is FieldType.SHORT] or []
        columns.append(table.c[spec.title_field])
        stmt = stmt.where(or_(*(c.ilike(pattern, escape="\\") for c in dict.fromkeys(columns))))
    return stmt


def page(session: Session, spec: EntitySpec, query: PageQuery) -> tuple[list[Record], int]:
    """One page of records and how many match in all; sorted in the database."""
    stmt = _filtered(spec, query)
    total = session.execute(select(func.count()).select_from(stmt.subquery())).scalar_one()
    stmt = _sorted(spec, query, stmt)
    rows = list(session.execute(stmt.offset(query.offset).limit(query.limit)))
    lists = _lists_for(session, spec, [row.id for row in rows]) if rows else {}
    return [_record(spec, row, lists.get(row.id, {})) for row in rows], total


def ordered_ids(session: Session, spec: EntitySpec, query: PageQuery) -> list[str]:
    """The ids of every record matching ``query``, in its order (its offset and limit left
    aside): what a list holds, its rows read a page at a time by id."""
    table = TABLES[spec.key]
    stmt = _sorted(spec, query, _filtered(spec, query)).with_only_columns(table.c.id)
    return list(session.execute(stmt).scalars())


def _sorted(spec: EntitySpec, query: PageQuery, stmt: Select[Any]) -> Select[Any]:
    table = TABLES[spec.key]
    order: list[Any] = []
    sort = query.sort or ("deleted_at" if query.trashed else spec.title_field)
    if sort in META_COLUMNS or sort == "deleted_at":
        order.append(table.c[sort])
    else:
        field = spec.field(sort)
        if field.type is FieldType.REF:
            assert field.target is not None
            target_spec = BY_KEY[field.target]
            target = aliased(TABLES[field.target])
            stmt = stmt.outerjoin(target, target.c.id == table.c[column_name(field)])
            order.append(func.lower(target.c[target_spec.title_field]))
        elif field.is_text:
            order.append(func.lower(table.c[sort]))
        elif field.type in (FieldType.REFS, FieldType.PRACTICES):
            raise ValidationError([Problem("sort", f"cannot sort by {sort}")])
        else:
            order.append(table.c[sort])
    # Empty values last in both directions, as in a spreadsheet, on every back-end.
    order = [(o.desc() if query.descending else o.asc()).nulls_last() for o in order]
    order.append(table.c.id.desc() if query.descending else table.c.id.asc())
    return stmt.order_by(*order)


def count(session: Session, spec: EntitySpec, *, trashed: bool = False) -> int:
    table = TABLES[spec.key]
    where = table.c.deleted_at.isnot(None) if trashed else _live(table)
    return session.execute(select(func.count()).select_from(table).where(where)).scalar_one()


PRACTICE_COLUMNS = (
    "comparison_id",
    "organisation_id",
    "position",
    "description",
    "strengths",
    "challenges",
)
EVIDENCE_COLUMNS = ("comparison_id", "organisation_id", "observation_id", "position")


def _link_rows(spec: EntitySpec, records: Iterable[Record]) -> dict[str, list[tuple[Any, ...]]]:
    """Rows of the link tables (by field name, plus practices and evidence), as tuples."""
    rows: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    fields = [field.name for field in list_fields(spec)]
    for record in records:
        for name in fields:
            targets = getattr(record, name)
            if targets:
                rows[name].extend(
                    (record.id, target, position) for position, target in enumerate(targets)
                )
        if spec.key == "comparison":
            for position, practice in enumerate(record.practices):  # type: ignore[attr-defined]
                rows["practices"].append(
                    (
                        record.id,
                        practice.organisation,
                        position,
                        practice.description,
                        practice.strengths,
                        practice.challenges,
                    )
                )
                rows["evidence"].extend(
                    (record.id, practice.organisation, observation, index)
                    for index, observation in enumerate(practice.evidence)
                )
    return rows


def _insert_links(session: Session, spec: EntitySpec, records: Sequence[Record]) -> None:
    _insert_link_rows(session, spec, _link_rows(spec, records))


def _insert_link_rows(
    session: Session, spec: EntitySpec, rows: dict[str, list[tuple[Any, ...]]]
) -> None:
    for field in list_fields(spec):
        link = LINKS[(spec.key, field.name)]
        columns = [link.owner.key, link.target.key, "position"]
        _bulk(session, link.table, columns, rows[field.name], packed=True)
    _bulk(session, PRACTICES, PRACTICE_COLUMNS, rows["practices"])
    _bulk(session, EVIDENCE, EVIDENCE_COLUMNS, rows["evidence"], packed=True)


def _delete_links(session: Session, spec: EntitySpec, ids: Sequence[str]) -> None:
    for field in list_fields(spec):
        link = LINKS[(spec.key, field.name)]
        for part in chunks(ids):
            session.execute(delete(link.table).where(link.owner.in_(part)))
    if spec.key == "comparison":
        for part in chunks(ids):
            session.execute(delete(EVIDENCE).where(EVIDENCE.c.comparison_id.in_(part)))
            session.execute(delete(PRACTICES).where(PRACTICES.c.comparison_id.in_(part)))


def _bulk(
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
    once, not after every block of rows (150,000 theme links: 0.45 s → 0.26 s there). Long
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
    return InsertRows(spec, columns, rows, _link_rows(spec, records))


def insert_rows(session: Session, prepared: InsertRows) -> None:
    """Writes rows made by :func:`rows_to_insert`."""
    if not prepared.rows:
        return
    _bulk(session, TABLES[prepared.spec.key], prepared.columns, prepared.rows)
    _insert_link_rows(session, prepared.spec, prepared.links)


def replace(session: Session, spec: EntitySpec, record: Record, expected_version: int) -> None:
    """Overwrites a record if it is still at ``expected_version``; else ConflictError."""
    table = TABLES[spec.key]
    values = _row_values(spec, record)
    del values["id"]
    values["version"] = expected_version + 1
    result = session.execute(
        update(table)
        .where(table.c.id == record.id, table.c.version == expected_version)
        .values(**values)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise ConflictError(
            f"This {spec.label.lower()} was changed or deleted elsewhere since you opened it; "
            "nothing was saved.",
            record_id=record.id,
        )
    _delete_links(session, spec, [record.id])
    _insert_links(session, spec, [record])


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


def has_records(session: Session, spec: EntitySpec) -> bool:
    """True if the table of that kind holds any record, in the trash or not."""
    table = TABLES[spec.key]
    return session.execute(select(table.c.id).limit(1)).first() is not None


def versions(session: Session, spec: EntitySpec, ids: Sequence[str]) -> dict[str, tuple[int, bool]]:
    """For the ids that exist: (version, in the trash)."""
    table = TABLES[spec.key]
    found: dict[str, tuple[int, bool]] = {}
    if not has_records(session, spec):
        return found  # an empty table (a first import): nothing to look up
    for part in chunks(list(ids)):
        query = select(table.c.id, table.c.version, table.c.deleted_at).where(table.c.id.in_(part))
        for row in session.execute(query):
            found[row.id] = (row.version, row.deleted_at is not None)
    return found


def count_all(session: Session, spec: EntitySpec) -> int:
    """How many records of that kind are stored, in the trash or not."""
    table = TABLES[spec.key]
    return session.execute(select(func.count()).select_from(table)).scalar_one()


def all_ids(session: Session, spec: EntitySpec) -> set[str]:
    """The ids of every record of that kind, in the trash or not."""
    table = TABLES[spec.key]
    return set(session.execute(select(table.c.id)).scalars())


def existing_ids(session: Session, spec: EntitySpec, ids: Iterable[str]) -> set[str]:
    """Those of ``ids`` that are records of that kind, in the trash or not."""
    table = TABLES[spec.key]
    found: set[str] = set()
    for part in chunks(list(dict.fromkeys(ids))):
        found.update(session.execute(select(table.c.id).where(table.c.id.in_(part))).scalars())
    return found


def live_ids(session: Session, spec: EntitySpec, ids: Iterable[str]) -> set[str]:
    """Those of ``ids`` that are live records of that kind."""
    table = TABLES[spec.key]
    unique = list(dict.fromkeys(ids))
    found: set[str] = set()
    for part in chunks(unique):
        found.update(
            session.execute(select(table.c.id).where(table.c.id.in_(part), _live(table))).scalars()
        )
    return found


def ids_with_value(
    session: Session, spec: EntitySpec, column: str, values: Iterable[str]
) -> dict[str, str]:
    """For live records whose ``column`` holds one of ``values``: value → id."""
    table = TABLES[spec.key]
    found: dict[str, str] = {}
    for part in chunks(list(dict.fromkeys(values))):
        query = select(table.c[column], table.c.id).where(table.c[column].in_(part), _live(table))
        found.update({value: record_id for value, record_id in session.execute(query)})
    return found


def set_aside_value(session: Session, spec: EntitySpec, column: str, record_id: str) -> None:
    """Gives a record's unique ``column`` a value no record can have (the record's id after a
    control character, which text never holds), freeing its value within this transaction."""
    table = TABLES[spec.key]
    session.execute(
        update(table).where(table.c.id == record_id).values({column: "\x01" + record_id})
    )


def set_deleted(
    session: Session,
    spec: EntitySpec,
    ids: Sequence[str],
    *,
    at: datetime | None,
    batch: str | None,
    actor: str,
) -> int:
    """Moves records to the trash (``at`` set) or back out of it (``at`` None)."""
    table = TABLES[spec.key]
    changed = 0
    for part in chunks(list(ids)):
        result = session.execute(
            update(table)
            .where(table.c.id.in_(part))
            .where(_live(table) if at is not None else table.c.deleted_at.isnot(None))
            .values(
                deleted_at=at,
                trash_batch=batch,
                version=table.c.version + 1,
                updated_by=actor,
            )
        )
        changed += result.rowcount  # type: ignore[attr-defined]
    return changed


def ids_in_batch(session: Session, spec: EntitySpec, batch: str) -> list[str]:
    table = TABLES[spec.key]
    return list(session.execute(select(table.c.id).where(table.c.trash_batch == batch)).scalars())


def referring_ids(
    session: Session, spec: EntitySpec, column: str, targets: Sequence[str]
) -> list[str]:
    """Live records of ``spec`` whose ``column`` points at one of ``targets``."""
    table = TABLES[spec.key]
    found: list[str] = []
    for part in chunks(list(targets)):
        query = select(table.c.id).where(table.c[column].in_(part), _live(table))
        found.extend(session.execute(query).scalars())
    return found


def trashed_ids(session: Session, spec: EntitySpec) -> list[str]:
    """Every record of that kind in the trash."""
    table = TABLES[spec.key]
    query = select(table.c.id).where(table.c.deleted_at.isnot(None))
    return list(session.execute(query).scalars())


def purge(session: Session, spec: EntitySpec, ids: Sequence[str] | None = None) -> int:
    """Deletes trashed records for good (those ids, or the whole trash of that kind)."""
    table = TABLES[spec.key]
    trashed = select(table.c.id).where(table.c.deleted_at.isnot(None))
    if ids is not None:
        trashed = trashed.where(table.c.id.in_(list(ids)))
    doomed = list(session.execute(trashed).scalars())
    _delete_links(session, spec, doomed)
    for part in chunks(doomed):
        session.execute(delete(table).where(table.c.id.in_(part)))
    return len(doomed)


def audit(
    session: Session,
    *,
    at: datetime,
    actor: str,
    entity: str,
    record_id: str | None,
    action: str,
    changes: dict[str, Any] | None = None,
) -> None:
    """Adds one line to the audit trail."""
    session.execute(
        AUDIT.insert().values(
            at=at,
            actor=actor,
            entity=entity,
            record_id=record_id,
            action=action,
            changes=None
            if changes is None
            else json.dumps(changes, ensure_ascii=False, default=str),
        )
    )


def history(
    session: Session, record_id: str | None = None, *, actor: str | None = None, limit: int = 500
) -> list[dict[str, Any]]:
    """Audit lines, newest first, for one record and/or one person."""
    query = select(AUDIT).order_by(AUDIT.c.id.desc()).limit(limit)
    if record_id is not None:
        query = query.where(AUDIT.c.record_id == record_id)
    if actor is not None:
        query = query.where(AUDIT.c.actor == actor)
    return [
        {
            "at": row.at,
            "actor": row.actor,
            "entity": row.entity,
            "record_id": row.record_id,
            "action": row.action,
            "changes": json.loads(row.changes) if row.changes else None,
        }
        for row in session.execute(query)
    ]


def trashed_batches(session: Session) -> list[tuple[str, str, str, datetime]]:
    """(entity, id, title, deleted_at) of every record in the trash, newest first."""
    found: list[tuple[str, str, str, datetime]] = []
    for key, table in TABLES.items():
        spec = BY_KEY[key]
        query = select(table.c.id, table.c[spec.title_field], table.c.deleted_at).where(
            table.c.deleted_at.isnot(None)
        )
        found.extend((key, row[0], row[1] or "", row[2]) for row in session.execute(query))
    found.sort(key=lambda item: item[3], reverse=True)
    return found


def practice_users(session: Session, organisation_id: str) -> list[str]:
    """Live comparisons with a practice of that organisation."""
    table = TABLES["comparison"]
    query = (
        select(PRACTICES.c.comparison_id)
        .join(table, table.c.id == PRACTICES.c.comparison_id)
        .where(PRACTICES.c.organisation_id == organisation_id, _live(table))
    )
    return list(session.execute(query).scalars())


def trash_batch_of(session: Session, spec: EntitySpec, record_id: str) -> str | None:
    table = TABLES[spec.key]
    query = select(table.c.trash_batch).where(table.c.id == record_id)
    return session.execute(query).scalar_one_or_none()


def load_where(
    session: Session, spec: EntitySpec, field: str, values: Sequence[str]
) -> list[Record]:
    """Live records whose reference ``field`` points at one of ``values``."""
    table = TABLES[spec.key]
    column = table.c[column_name(spec.field(field))]
    rows: list[Any] = []
    for part in chunks(list(values)):
        query = select(table).where(column.in_(part), _live(table)).order_by(table.c.created_at)
        rows.extend(session.execute(query))
    lists = _lists_for(session, spec, [row.id for row in rows]) if rows else {}
    return [_record(spec, row, lists.get(row.id, {})) for row in rows]


def users_of(session: Session, target: str, record_id: str) -> dict[tuple[str, str], int]:
    """How many live records refer to one record, by (kind, field): the people a person is
    the speaker of, the comparisons citing an observation as evidence (field "practices")."""
    found: dict[tuple[str, str], int] = {}
    for spec, field in referrers(target):
        table = TABLES[spec.key]
        if field.type is FieldType.REF:
            query = select(func.count()).where(
                table.c[column_name(field)] == record_id, _live(table)
            )
        elif field.type is FieldType.REFS:
            link = LINKS[(spec.key, field.name)]
            query = (
                select(func.count(func.distinct(link.owner)))
                .join(table, table.c.id == link.owner)
                .where(link.target == record_id, _live(table))
            )
        else:
            continue
        count = int(session.execute(query).scalar_one())
        if count:
            found[(spec.key, field.name)] = count
    comparisons = TABLES["comparison"]
    if target in ("observation", "organisation"):
        rows, column = (
            (EVIDENCE, EVIDENCE.c.observation_id)
            if target == "observation"
            else (PRACTICES, PRACTICES.c.organisation_id)
        )
        query = (
            select(func.count(func.distinct(rows.c.comparison_id)))
            .join(comparisons, comparisons.c.id == rows.c.comparison_id)
            .where(column == record_id, _live(comparisons))
        )
        count = int(session.execute(query).scalar_one())
        if count:
            found[("comparison", "practices")] = count
    return found
