"""Rules every record obeys whatever its source: the window, the command line or a file."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import re
from datetime import date
from typing import Any, TypeVar

from counsellor_app.domain.errors import Problem, ValidationError, quoted, shortened
from counsellor_app.domain.records import Comparison, Practice, Record
from counsellor_app.domain.schema import PRACTICE_FIELDS, EntitySpec, FieldSpec, FieldType, spec_of
from counsellor_app.domain.text_rules import is_blank, refused_character, stored_form

_COUNTRY = re.compile(r"[A-Z]{2}")
# BCP 47, loosely: a primary language subtag and optional subtags ("fr", "zh-Hans-CN").
_LANGUAGE = re.compile(r"[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")
UUID_PATTERN = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_UUID = re.compile(UUID_PATTERN)
# A list of a million bad ids is one mistake: the first ones are enough to see it.
MAX_PROBLEMS_PER_FIELD = 100

R = TypeVar("R", bound=Record)


def text_issue(spec: FieldSpec, value: str, path: str = "") -> Problem | None:
    """Why a text value cannot be stored in ``spec``'s field (at ``path``), or None."""
    bad = refused_character(value)
    if bad is not None:
        point, position, what = bad
        return Problem(
            path,
            f"contains {what} ({point}) at position {position}; remove it",
            code="control-character",
            args=(point, str(position)),
        )
    if len(value) > spec.limit:
        return Problem(
            path,
            f"is {len(value):,} characters long; the limit is {spec.limit:,}",
            code="too-long",
            args=(str(len(value)), str(spec.limit)),
        )
    if spec.required and is_blank(value):
        return required(path)
    if spec.type is FieldType.COUNTRY and not _COUNTRY.fullmatch(value):
        return Problem(
            path,
            f"{quoted(value)} is not a two-letter country code such as BE or FR",
            code="country",
            args=(shortened(value),),
        )
    if spec.type is FieldType.LANGUAGE and not _LANGUAGE.fullmatch(value):
        return Problem(
            path,
            f"{quoted(value)} is not a language tag such as fr, nl or zh-Hans",
            code="language",
            args=(shortened(value),),
        )
    return None


def required(path: str = "") -> Problem:
    """A required field left empty (at ``path``)."""
    return Problem(path, "is required", code="required")


@functools.lru_cache(maxsize=65_536)
def is_uuid(value: str) -> bool:
    """True for a UUID in canonical form (lower-case hexadecimal with hyphens).

    Cached: the same references (an exchange, a speaker, a theme) recur across thousands
    of records of a file.
    """
    return bool(_UUID.fullmatch(value))


def _value_problems(spec: FieldSpec, value: Any, path: str) -> list[Problem]:
    if value is None or value == () or value == "":
        return [required(path)] if spec.required else []
    if spec.type in (FieldType.SHORT, FieldType.LONG, FieldType.COUNTRY, FieldType.LANGUAGE):
        issue = text_issue(spec, value, path)
        return [issue] if issue is not None else []
    if spec.type is FieldType.ENUM:
        assert spec.choices is not None
        if value not in {c.value for c in spec.choices}:
            values = tuple(c.value for c in spec.choices)
            return [
                Problem(
                    path,
                    f"{quoted(value)} is not one of: {', '.join(values)}",
                    code="not-one-of",
                    args=(shortened(value), *values),
                )
            ]
        return []
    if spec.type in (FieldType.REF, FieldType.REFS):
        ids = value if spec.type is FieldType.REFS else (value,)
        seen: set[str] = set()
        problems: list[Problem] = []
        for i, ref in enumerate(ids):
            if len(problems) >= MAX_PROBLEMS_PER_FIELD:
                break
            where = f"{path}[{i}]" if spec.type is FieldType.REFS else path
            if not isinstance(ref, str) or not is_uuid(ref):
                problems.append(
                    Problem(
                        where,
                        f"{quoted(ref)} is not a record id",
                        code="not-record-id",
                        args=(shortened(ref),),
                    )
                )
            elif ref in seen:
                problems.append(
                    Problem(where, f"{ref} is listed twice", code="listed-twice", args=(ref,))
                )
            seen.add(ref)
        return problems
    return []


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


def _practice_field_problems(practices: tuple[Practice, ...]) -> list[Problem]:
    problems: list[Problem] = []
    for i, practice in enumerate(practices):
        for spec in PRACTICE_FIELDS:
            value = getattr(practice, spec.name)
            problems += _value_problems(spec, value, f"practices[{i}].{spec.name}")
    return problems


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
    return _value_problems(spec, value, spec.name)


def problems_of(record: Record, spec: EntitySpec | None = None) -> list[Problem]:
    """Every rule ``record`` breaks, each with the field it concerns (references not resolved)."""
    spec = spec or spec_of(record)
    problems: list[Problem] = []
    for field in spec.fields:
        if field.type is FieldType.PRACTICES:
            problems += _practice_field_problems(getattr(record, field.name))
        else:
            problems += _value_problems(field, getattr(record, field.name), field.name)
    for meta in ("created_by", "updated_by"):
        value = getattr(record, meta)
        if value is not None:
            issue = text_issue(FieldSpec(meta, FieldType.SHORT), value, meta)
            if issue is not None:
                problems.append(issue)
    problems += record_problems(record, spec)
    problems.sort(key=lambda p: p.path != "id")
    return problems


def _normalise_value(spec: FieldSpec, value: Any) -> Any:
    if isinstance(value, str):
        value = stored_form(value, short=spec.type is not FieldType.LONG)
        if spec.type is FieldType.COUNTRY:
            value = value.upper()
        elif spec.type is FieldType.ENUM and spec.choices is not None:
            with contextlib.suppress(ValueError):  # reported by problems_of
                value = spec.choices(value)
        elif not spec.required and is_blank(value):
            value = None
    return value


def normalise(record: R) -> R:
    """The record as it will be stored: text in its stored form (see ``text_rules``), blank
    optional texts empty."""
    spec = spec_of(record)
    changes: dict[str, Any] = {}
    for field in spec.fields:
        value = getattr(record, field.name)
        if field.type is FieldType.PRACTICES:
            new: Any = tuple(
                dataclasses.replace(
                    p,
                    **{
                        f.name: _normalise_value(f, getattr(p, f.name))
                        for f in PRACTICE_FIELDS
                        if f.is_text
                    },
                )
                for p in value
            )
        elif field.type is FieldType.REFS:
            new = tuple(value)
        else:
            new = _normalise_value(field, value)
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
