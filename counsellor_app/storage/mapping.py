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


def column_name(field: FieldSpec) -> str:
    """The column of a single-valued field: references end in ``_id``."""
    return f"{field.name}_id" if field.type is FieldType.REF else field.name


def scalar_fields(spec: EntitySpec) -> tuple[FieldSpec, ...]:
    """Fields stored in the record's own table."""
    return tuple(f for f in spec.fields if f.type not in (FieldType.REFS, FieldType.PRACTICES))


def list_fields(spec: EntitySpec) -> tuple[FieldSpec, ...]:
    """Fields stored in link tables."""
    return tuple(f for f in spec.fields if f.type is FieldType.REFS)


# Derived from the field table by the names the tables follow: each kind's table is named
# after its list in the file ("people"), a reference's column after the field ("speaker_id"),
# and a list of references is a link table named after the kind and the field
# ("observation_themes") from the owner's id ("observation_id") to the target's
# ("theme_id"), in the order of "position".
_TABLES_BY_NAME = m.metadata.tables
TABLES: dict[str, Table] = {spec.key: _TABLES_BY_NAME[spec.plural] for spec in ENTITIES}


def _link(spec: EntitySpec, field: FieldSpec) -> Link:
    table = _TABLES_BY_NAME[f"{spec.key}_{field.name}"]
    return Link(table, table.c[f"{spec.key}_id"], table.c[f"{field.target}_id"])


LINKS: dict[tuple[str, str], Link] = {
    (spec.key, field.name): _link(spec, field) for spec in ENTITIES for field in list_fields(spec)
}
PRACTICES = m.practices
EVIDENCE = m.practice_evidence
AUDIT = m.audit_log


def referrers(target: str) -> list[tuple[EntitySpec, FieldSpec]]:
    """Every (entity, field) that refers to records of kind ``target``."""
    found = []
    for spec in ENTITIES:
        for field in spec.fields:
            if field.target == target:
                found.append((spec, field))
    return found
