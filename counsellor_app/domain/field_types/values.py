"""Single values of a fixed kind: a choice of a closed list, a date, a timestamp, a flag."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from counsellor_app.domain.errors import Problem, quoted, shortened
from counsellor_app.domain.json_values import (
    Decoder,
    Refused,
    wrong_type,
)
from counsellor_app.domain.text_rules import (
    stored_form,
)

if TYPE_CHECKING:
    from counsellor_app.domain.schema import FieldSpec

from counsellor_app.domain.field_types.meaning import (
    DATE,
    DATE_PATTERN,
    TEXT_TYPES,
    ColumnWriter,
    Meaning,
    column_shape,
    isoformat,
    required,
    value_problems,
)


class Choice(Meaning):
    """One value of a closed list (an enumeration of the domain)."""

    def problems(self, spec: FieldSpec, value: Any, path: str) -> list[Problem]:
        assert spec.choices is not None
        if value in {c.value for c in spec.choices}:
            return []
        values = tuple(c.value for c in spec.choices)
        return [
            Problem(
                path,
                f"{quoted(value)} is not one of: {', '.join(values)}",
                code="not-one-of",
                args=(shortened(value), *values),
            )
        ]

    def normalised(self, spec: FieldSpec, value: Any) -> Any:
        if isinstance(value, str):
            value = stored_form(value, short=True)
            if spec.choices is not None:
                with contextlib.suppress(ValueError):  # reported by the problems
                    value = spec.choices(value)
        return value

    def decoder(self, spec: FieldSpec) -> Decoder:
        assert spec.choices is not None
        members = {member.value: member for member in spec.choices}
        must = spec.required

        def decode(raw: Any) -> Any:
            member = members.get(raw) if type(raw) is str else None
            if member is not None:
                return member
            if raw is None and not must:
                return None
            if raw is None:
                raise Refused(required())
            if type(raw) is not str:
                raise Refused(wrong_type("text", raw))
            raise Refused(*value_problems(spec, raw, ""))

        return decode

    def decode_column(self, spec: FieldSpec, column: list[Any]) -> list[Any] | None:
        assert spec.choices is not None
        types, nones = column_shape(column)
        if (nones and spec.required) or not types <= TEXT_TYPES:
            return None
        members = {member.value: member for member in spec.choices}
        values = list(map(members.get, column))
        return values if values.count(None) == nones else None

    def json_schema(self, spec: FieldSpec) -> dict[str, Any]:
        assert spec.choices is not None
        return {"type": "string", "enum": [c.value for c in spec.choices]}

    def json_writer(self, spec: FieldSpec) -> Callable[[Any], Any] | None:
        return str  # the choices are StrEnums: str() is the value, also of a draft's raw text

    def from_draft(self, spec: FieldSpec, raw: Any) -> Any:
        if raw is None or spec.choices is None:
            return super().from_draft(spec, raw)
        with contextlib.suppress(ValueError):
            return spec.choices(raw)
        return raw

    def column_writer(self, spec: FieldSpec) -> ColumnWriter | None:
        return _ChoiceTexts(spec.choices or ()).__getitem__

    def column_reader(self, spec: FieldSpec) -> ColumnWriter | None:
        members: dict[Any, Any] = {m.value: m for m in spec.choices or ()}
        members[None] = None
        return members.__getitem__


def _choice_text(value: Any) -> Any:
    return None if value is None else str(value.value if hasattr(value, "value") else value)


class _ChoiceTexts(dict[Any, Any]):
    """A choice field's members (or their values: a StrEnum member equals its value) to the
    text stored, looked up in C for each of 100,000 rows; anything else converted as ever."""

    def __init__(self, choices: Any) -> None:
        super().__init__({choice: _choice_text(choice) for choice in choices})
        self[None] = None

    def __missing__(self, value: Any) -> Any:
        return _choice_text(value)


class Day(Meaning):
    """A date, ``YYYY-MM-DD`` in the file."""

    def decoder(self, spec: FieldSpec) -> Decoder:
        return _date

    def json_schema(self, spec: FieldSpec) -> dict[str, Any]:
        return {"type": "string", "pattern": f"^{DATE_PATTERN}$"}

    def json_writer(self, spec: FieldSpec) -> Callable[[Any], Any] | None:
        return isoformat

    def from_draft(self, spec: FieldSpec, raw: Any) -> Any:
        if raw is None:
            return super().from_draft(spec, raw)
        with contextlib.suppress(TypeError, ValueError):
            return date.fromisoformat(raw)
        return None


def _date(raw: Any) -> date | None:
    if raw is None:
        return None
    if type(raw) is str and DATE.fullmatch(raw):
        try:
            return date.fromisoformat(raw)
        except ValueError:
            pass
    raise Refused(
        Problem(
            "",
            f"{quoted(raw)} is not a date in the form YYYY-MM-DD",
            code="not-date",
            args=(shortened(raw),),
        )
    )


class Timestamp(Meaning):
    """A moment with its time zone offset, ISO 8601 in the file."""

    def decoder(self, spec: FieldSpec) -> Decoder:
        return _timestamp

    def json_schema(self, spec: FieldSpec) -> dict[str, Any]:
        return {"type": "string", "format": "date-time"}

    def json_writer(self, spec: FieldSpec) -> Callable[[Any], Any] | None:
        return isoformat

    def from_draft(self, spec: FieldSpec, raw: Any) -> Any:
        if raw is None:
            return super().from_draft(spec, raw)
        with contextlib.suppress(TypeError, ValueError):
            return datetime.fromisoformat(raw)
        return None


def _timestamp(raw: Any) -> datetime | None:
    if raw is None:
        return None
    if type(raw) is str and DATE.match(raw):
        try:
            value = datetime.fromisoformat(raw)
        except ValueError:
            pass
        else:
            if value.tzinfo is not None:
                return value
            raise Refused(
                Problem(
                    "",
                    f"{quoted(raw)} has no time zone offset (such as +02:00)",
                    code="no-offset",
                    args=(shortened(raw),),
                )
            )
    raise Refused(
        Problem(
            "",
            f"{quoted(raw)} is not a timestamp such as 2016-09-28T15:00:00+02:00",
            code="not-timestamp",
            args=(shortened(raw),),
        )
    )


class Flag(Meaning):
    """Yes or no; yes where the file leaves it out."""

    def decoder(self, spec: FieldSpec) -> Decoder:
        return _flag

    def json_schema(self, spec: FieldSpec) -> dict[str, Any]:
        return {"type": "boolean"}

    def from_draft(self, spec: FieldSpec, raw: Any) -> Any:
        return True if raw is None else raw


def _flag(raw: Any) -> bool:
    if raw is None:
        return True
    if type(raw) is not bool:
        raise Refused(wrong_type("boolean", raw))
    return raw
