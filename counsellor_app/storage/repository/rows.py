"""Records as the rows of their table and link tables, and back: what every reader shares."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Table, select
from sqlalchemy.orm import Session

from counsellor_app.domain.records import Practice, Record
from counsellor_app.domain.schema import BY_KEY, EntitySpec
from counsellor_app.storage.mapping import (
    EVIDENCE,
    LINKS,
    PRACTICES,
    column_name,
    list_fields,
    scalar_fields,
)

CHUNK = 900
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


def row_values(spec: EntitySpec, record: Record) -> dict[str, Any]:
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


def record_from_row(spec: EntitySpec, row: Any, lists: dict[str, Any]) -> Record:
    mapping = row._mapping
    values: dict[str, Any] = {}
    for column, attribute, read in _ROW_READERS[spec.key]:
        value = mapping[column]
        values[attribute] = value if read is None else read(value)
    values.update(lists)
    return spec.record(**values)


def lists_for(
    session: Session, spec: EntitySpec, ids: Sequence[str] | None
) -> dict[str, dict[str, Any]]:
    """List fields (links, practices) of the records with those ids (None: of all records)."""
    found: dict[str, dict[str, Any]] = defaultdict(dict)
    for field in list_fields(spec):
        link = LINKS[(spec.key, field.name)]
        collected: dict[str, list[str]] = defaultdict(list)
        for owner, target in select_in(
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
        for comparison, organisation, observation in select_in(
            session, query.order_by(EVIDENCE.c.position), EVIDENCE.c.comparison_id, ids
        ):
            evidence[(comparison, organisation)].append(observation)
        practices: dict[str, list[Practice]] = defaultdict(list)
        query = select(PRACTICES).order_by(PRACTICES.c.comparison_id, PRACTICES.c.position)
        for row in select_in(session, query, PRACTICES.c.comparison_id, ids):
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


def select_in(
    session: Session, query: Any, column: Any, ids: Sequence[str] | None
) -> Iterable[Any]:
    if ids is None:
        yield from session.execute(query)
        return
    for part in chunks(ids):
        yield from session.execute(query.where(column.in_(part)))


def live(table: Table) -> ColumnElement[bool]:
    return table.c.deleted_at.is_(None)


PRACTICE_COLUMNS = (
    "comparison_id",
    "organisation_id",
    "position",
    "description",
    "strengths",
    "challenges",
)
EVIDENCE_COLUMNS = ("comparison_id", "organisation_id", "observation_id", "position")


def link_rows(spec: EntitySpec, records: Iterable[Record]) -> dict[str, list[tuple[Any, ...]]]:
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
