"""Rules every record obeys whatever its source: the window, the command line or a file."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any, TypeVar

from counsellor_app.domain.errors import Problem, ValidationError, quoted, shortened
from counsellor_app.domain.field_types import is_uuid, value_problems
from counsellor_app.domain.field_types import required as required
from counsellor_app.domain.field_types import text_issue as text_issue
from counsellor_app.domain.records import Comparison, Practice, Record
from counsellor_app.domain.schema import META_SPECS, EntitySpec, FieldSpec, spec_of

R = TypeVar("R", bound=Record)


def _date_order_problems(record: Record) -> list[Problem]:
    start, end = getattr(record, "start", None), getattr(record, "end", None)
    if isinstance(start, date) and isinstance(end, date) and end < start:
        return [
            Problem(
                "end",
                f"{end.isoformat()} is before start {start.isoformat()}",
                code="end-before-start",
                args=(end.isoformat(), start.isoformat()),
            )
        ]
    return []


def _one_practice_per_organisation(practices: tuple[Practice, ...]) -> list[Problem]:
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for i, practice in enumerate(practices):
        org = practice.organisation
        if org and org in seen:
            problems.append(
                Problem(
                    f"practices[{i}].organisation",
                    f"organisation already has a practice in column {seen[org] + 1}; "
                    "one practice per organisation",
                    code="practice-twice",
                    args=(str(seen[org] + 1),),
                )
            )
        seen.setdefault(org, i)
    return problems


def record_problems(record: Record, spec: EntitySpec) -> list[Problem]:
    """Rules that concern the record as a whole: its id, date order, one practice per
    organisation (each field's own rules are :func:`field_problems`)."""
    problems: list[Problem] = []
    if record.id and not is_uuid(record.id):
        problems.append(
            Problem(
                "id",
                f"{quoted(record.id)} is not a UUID",
                code="not-uuid",
                args=(shortened(record.id),),
            )
        )
    if isinstance(record, Comparison):
        problems += _one_practice_per_organisation(record.practices)
    problems += _date_order_problems(record)
    return problems


def has_record_rules(spec: EntitySpec) -> bool:
    """False when :func:`record_problems` can only object to the id of ``spec``'s records
    (no start and end to order, no practices)."""
    names = set(spec.names)
    return bool(names & {"start", "end", "practices"})


def field_problems(spec: FieldSpec, value: Any) -> list[Problem]:
    """Rules one field's value breaks, with paths starting at the field's name."""
    return value_problems(spec, value, spec.name)


def problems_of(record: Record, spec: EntitySpec | None = None) -> list[Problem]:
    """Every rule ``record`` breaks, each with the field it concerns (references not resolved)."""
    spec = spec or spec_of(record)
    problems: list[Problem] = []
    for field in spec.fields:
        problems += value_problems(field, getattr(record, field.name), field.name)
    for meta in META_SPECS:
        value = getattr(record, meta.name)
        if isinstance(value, str):
            problems += value_problems(meta, value, meta.name)
    problems += record_problems(record, spec)
    problems.sort(key=lambda p: p.path != "id")
    return problems


def normalise(record: R) -> R:
    """The record as it will be stored: text in its stored form (see ``text_rules``), blank
    optional texts empty."""
    spec = spec_of(record)
    changes: dict[str, Any] = {}
    for field in spec.fields:
        value = getattr(record, field.name)
        new = field.meaning.normalised(field, value)
        if new is not value:
            changes[field.name] = new
    return dataclasses.replace(record, **changes) if changes else record


def validate(record: R) -> R:
    """The normalised record, or ValidationError listing every problem."""
    record = normalise(record)
    problems = problems_of(record)
    if problems:
        raise ValidationError(problems)
    return record
