"""Which table and column hold each field of each kind of record."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Column, Table

from counsellor_app.domain.schema import ENTITIES, EntitySpec, FieldSpec, FieldType
from counsellor_app.storage import models as m


@dataclass(frozen=True)
class Link:
    """A list of references kept in a link table: owner column, target column, order."""

    table: Table
    owner: Column[str]
    target: Column[str]


def _t(row: type[m.Base]) -> Table:
    table = row.__table__
    assert isinstance(table, Table)
    return table


TABLES: dict[str, Table] = {
    "organisation": _t(m.OrganisationRow),
    "person": _t(m.PersonRow),
    "theme": _t(m.ThemeRow),
    "exchange": _t(m.ExchangeRow),
    "visit": _t(m.VisitRow),
    "observation": _t(m.ObservationRow),
    "comparison": _t(m.ComparisonRow),
    "action": _t(m.ActionRow),
}


def _link(row: type[m.Base], owner: str, target: str) -> Link:
    table = _t(row)
    return Link(table, table.c[owner], table.c[target])


LINKS: dict[tuple[str, str], Link] = {
    ("exchange", "organisations"): _link(
        m.ExchangeOrganisationRow, "exchange_id", "organisation_id"
    ),
    ("visit", "participants"): _link(m.VisitParticipantRow, "visit_id", "person_id"),
    ("observation", "themes"): _link(m.ObservationThemeRow, "observation_id", "theme_id"),
    ("comparison", "themes"): _link(m.ComparisonThemeRow, "comparison_id", "theme_id"),
}
PRACTICES = _t(m.PracticeRow)
EVIDENCE = _t(m.PracticeEvidenceRow)
AUDIT = _t(m.AuditRow)


def column_name(field: FieldSpec) -> str:
    """The column of a single-valued field: references end in ``_id``."""
    return f"{field.name}_id" if field.type is FieldType.REF else field.name


def scalar_fields(spec: EntitySpec) -> tuple[FieldSpec, ...]:
    """Fields stored in the record's own table."""
    return tuple(f for f in spec.fields if f.type not in (FieldType.REFS, FieldType.PRACTICES))


def list_fields(spec: EntitySpec) -> tuple[FieldSpec, ...]:
    """Fields stored in link tables."""
    return tuple(f for f in spec.fields if f.type is FieldType.REFS)


def referrers(target: str) -> list[tuple[EntitySpec, FieldSpec]]:
    """Every (entity, field) that refers to records of kind ``target``."""
    found = []
    for spec in ENTITIES:
        for field in spec.fields:
            if field.target == target:
                found.append((spec, field))
    return found
