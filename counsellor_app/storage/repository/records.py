"""Reading records of any kind (by id, in pages, by value) and saving one, by the field table."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Select, func, or_, select, update
from sqlalchemy.orm import Session, aliased

from counsellor_app.domain.errors import ConflictError, NotFoundError, Problem, ValidationError
from counsellor_app.domain.queries import PageQuery
from counsellor_app.domain.records import Record
from counsellor_app.domain.schema import BY_KEY, EntitySpec, FieldType
from counsellor_app.storage.mapping import (
    EVIDENCE,
    LINKS,
    PRACTICES,
    TABLES,
    column_name,
    referrers,
)
from counsellor_app.storage.repository.bulk import delete_links, insert_links
from counsellor_app.storage.repository.rows import (
    META_COLUMNS,
    chunks,
    lists_for,
    live,
    record_from_row,
    row_values,
)


def load(
    session: Session, spec: EntitySpec, ids: Sequence[str], *, trashed: bool | None = False
) -> dict[str, Record]:
    """Records by id; ``trashed`` False: live only, True: trash only, None: both."""
    table = TABLES[spec.key]
    rows: list[Any] = []
    for part in chunks(list(ids)):
        query = select(table).where(table.c.id.in_(part))
        if trashed is not None:
            query = query.where(table.c.deleted_at.isnot(None) if trashed else live(table))
        rows.extend(session.execute(query))
    lists = lists_for(session, spec, [row.id for row in rows]) if rows else {}
    return {row.id: record_from_row(spec, row, lists.get(row.id, {})) for row in rows}


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
        session.execute(select(table).where(live(table)).order_by(table.c.created_at, table.c.id))
    )
    lists = lists_for(session, spec, None) if rows else {}
    return [record_from_row(spec, row, lists.get(row.id, {})) for row in rows]


def live_pages(session: Session, spec: EntitySpec, size: int) -> Iterator[list[Record]]:
    """Every live record of a kind, in the order they were made, ``size`` at a time: the rows
    come from one query as they are needed, so a million records are never held at once."""
    table = TABLES[spec.key]
    query = (
        select(table)
        .where(live(table))
        .order_by(table.c.created_at, table.c.id)
        .execution_options(yield_per=size)
    )
    for rows in session.execute(query).partitions(size):
        lists = lists_for(session, spec, [row.id for row in rows])
        yield [record_from_row(spec, row, lists.get(row.id, {})) for row in rows]


def live_values(
    session: Session, spec: EntitySpec, fields: Sequence[str]
) -> dict[str, tuple[Any, ...]]:
    """Some of the scalar fields of every live record of a kind, by id."""
    table = TABLES[spec.key]
    columns = [table.c[column_name(spec.field(name))] for name in fields]
    query = select(table.c.id, *columns).where(live(table))
    return {row[0]: tuple(row[1:]) for row in session.execute(query)}


def _filtered(spec: EntitySpec, query: PageQuery) -> Select[Any]:
    table = TABLES[spec.key]
    stmt = select(table).where(table.c.deleted_at.isnot(None) if query.trashed else live(table))
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
    lists = lists_for(session, spec, [row.id for row in rows]) if rows else {}
    return [record_from_row(spec, row, lists.get(row.id, {})) for row in rows], total


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
    where = table.c.deleted_at.isnot(None) if trashed else live(table)
    return session.execute(select(func.count()).select_from(table).where(where)).scalar_one()


def replace(session: Session, spec: EntitySpec, record: Record, expected_version: int) -> None:
    """Overwrites a record if it is still at ``expected_version``; else ConflictError."""
    table = TABLES[spec.key]
    values = row_values(spec, record)
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
    delete_links(session, spec, [record.id])
    insert_links(session, spec, [record])


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
            session.execute(select(table.c.id).where(table.c.id.in_(part), live(table))).scalars()
        )
    return found


def ids_with_value(
    session: Session, spec: EntitySpec, column: str, values: Iterable[str]
) -> dict[str, str]:
    """For live records whose ``column`` holds one of ``values``: value → id."""
    table = TABLES[spec.key]
    found: dict[str, str] = {}
    for part in chunks(list(dict.fromkeys(values))):
        query = select(table.c[column], table.c.id).where(table.c[column].in_(part), live(table))
        found.update({value: record_id for value, record_id in session.execute(query)})
    return found


def set_aside_value(session: Session, spec: EntitySpec, column: str, record_id: str) -> None:
    """Gives a record's unique ``column`` a value no record can have (the record's id after a
    control character, which text never holds), freeing its value within this transaction."""
    table = TABLES[spec.key]
    session.execute(
        update(table).where(table.c.id == record_id).values({column: "\x01" + record_id})
    )


def referring_ids(
    session: Session, spec: EntitySpec, column: str, targets: Sequence[str]
) -> list[str]:
    """Live records of ``spec`` whose ``column`` points at one of ``targets``."""
    table = TABLES[spec.key]
    found: list[str] = []
    for part in chunks(list(targets)):
        query = select(table.c.id).where(table.c[column].in_(part), live(table))
        found.extend(session.execute(query).scalars())
    return found


def practice_users(session: Session, organisation_id: str) -> list[str]:
    """Live comparisons with a practice of that organisation."""
    table = TABLES["comparison"]
    query = (
        select(PRACTICES.c.comparison_id)
        .join(table, table.c.id == PRACTICES.c.comparison_id)
        .where(PRACTICES.c.organisation_id == organisation_id, live(table))
    )
    return list(session.execute(query).scalars())


def load_where(
    session: Session, spec: EntitySpec, field: str, values: Sequence[str]
) -> list[Record]:
    """Live records whose reference ``field`` points at one of ``values``."""
    table = TABLES[spec.key]
    column = table.c[column_name(spec.field(field))]
    rows: list[Any] = []
    for part in chunks(list(values)):
        query = select(table).where(column.in_(part), live(table)).order_by(table.c.created_at)
        rows.extend(session.execute(query))
    lists = lists_for(session, spec, [row.id for row in rows]) if rows else {}
    return [record_from_row(spec, row, lists.get(row.id, {})) for row in rows]


def users_of(session: Session, target: str, record_id: str) -> dict[tuple[str, str], int]:
    """How many live records refer to one record, by (kind, field): the people a person is
    the speaker of, the comparisons citing an observation as evidence (field "practices")."""
    found: dict[tuple[str, str], int] = {}
    for spec, field in referrers(target):
        table = TABLES[spec.key]
        if field.type is FieldType.REF:
            query = select(func.count()).where(
                table.c[column_name(field)] == record_id, live(table)
            )
        elif field.type is FieldType.REFS:
            link = LINKS[(spec.key, field.name)]
            query = (
                select(func.count(func.distinct(link.owner)))
                .join(table, table.c.id == link.owner)
                .where(link.target == record_id, live(table))
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
            .where(column == record_id, live(comparisons))
        )
        count = int(session.execute(query).scalar_one())
        if count:
            found[("comparison", "practices")] = count
    return found
