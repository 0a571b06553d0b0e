"""Ids of other records: one, an ordered list, and a comparison's practices built on them."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from itertools import chain
from typing import TYPE_CHECKING, Any

from counsellor_app.domain.errors import Problem, quoted, shortened
from counsellor_app.domain.json_values import (
    MAX_PROBLEMS,
    Decoder,
    Refused,
    unknown_field,
    wrong_type,
)
from counsellor_app.domain.records import Practice

if TYPE_CHECKING:
    from counsellor_app.domain.schema import FieldSpec

from counsellor_app.domain.field_types.meaning import (
    MAX_PROBLEMS_PER_FIELD,
    NONE,
    TEXT_TYPES,
    UUID_PATTERN,
    Meaning,
    column_shape,
    decoder_of,
    is_uuid,
    required,
    value_problems,
)


def _id_problems(spec: FieldSpec, ids: Any, path: str, *, listed: bool) -> list[Problem]:
    seen: set[str] = set()
    problems: list[Problem] = []
    for i, ref in enumerate(ids):
        if len(problems) >= MAX_PROBLEMS_PER_FIELD:
            break
        where = f"{path}[{i}]" if listed else path
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


_ID_SCHEMA = {"type": "string", "pattern": f"^{UUID_PATTERN}$"}


class Reference(Meaning):
    """The id of one record of the field's target kind."""

    def problems(self, spec: FieldSpec, value: Any, path: str) -> list[Problem]:
        return _id_problems(spec, (value,), path, listed=False)

    def decoder(self, spec: FieldSpec) -> Decoder:
        must = spec.required

        def decode(raw: Any) -> Any:
            if type(raw) is str and is_uuid(raw):
                return raw
            if raw is None and not must:
                return None
            if raw is None or raw == "":
                raise Refused(required())
            if type(raw) is not str:
                raise Refused(wrong_type("record-id", raw))
            raise Refused(
                Problem(
                    "",
                    f"{quoted(raw)} is not a record id",
                    code="not-record-id",
                    args=(shortened(raw),),
                )
            )

        return decode

    def decode_column(self, spec: FieldSpec, column: list[Any]) -> list[Any] | None:
        types, nones = column_shape(column)
        if (nones and spec.required) or not types <= TEXT_TYPES:
            return None
        distinct = set(column)
        distinct.discard(None)
        return column if all(map(is_uuid, distinct)) else None

    def json_schema(self, spec: FieldSpec) -> dict[str, Any]:
        return dict(_ID_SCHEMA)


class References(Meaning):
    """An ordered list of ids of records of the field's target kind, each once."""

    def problems(self, spec: FieldSpec, value: Any, path: str) -> list[Problem]:
        return _id_problems(spec, value, path, listed=True)

    def normalised(self, spec: FieldSpec, value: Any) -> Any:
        return tuple(value)

    def decoder(self, spec: FieldSpec) -> Decoder:
        def decode(raw: Any) -> Any:
            if raw is None:
                return ()
            if type(raw) is not list:
                raise Refused(wrong_type("record-ids", raw))
            for i, item in enumerate(raw):
                if type(item) is not str:
                    raise Refused(wrong_type("record-id", item, f"[{i}]"))
            if len(set(raw)) != len(raw) or not all(map(is_uuid, raw)):
                raise Refused(*value_problems(spec, tuple(raw), ""))
            return tuple(raw)

        return decode

    def decode_column(self, spec: FieldSpec, column: list[Any]) -> list[Any] | None:
        types, nones = column_shape(column)
        if (nones and spec.required) or not types <= {list, NONE}:
            return None
        lists = [v for v in column if v is not None] if nones else column
        flat = list(chain.from_iterable(lists))
        if flat and (set(map(type, flat)) != {str} or not all(map(is_uuid, set(flat)))):
            return None
        if sum(map(len, map(set, lists))) != len(flat):
            return None  # an id listed twice
        return [() if v is None else tuple(v) for v in column]

    def json_schema(self, spec: FieldSpec) -> dict[str, Any]:
        return {"type": "array", "items": dict(_ID_SCHEMA)}

    def json_writer(self, spec: FieldSpec) -> Callable[[Any], Any] | None:
        return list

    def from_draft(self, spec: FieldSpec, raw: Any) -> Any:
        return () if raw is None else tuple(raw)


class Practices(Meaning):
    """A comparison's columns: one practice per organisation, each made of the fields of
    ``spec.parts``."""

    def problems(self, spec: FieldSpec, value: Any, path: str) -> list[Problem]:
        problems: list[Problem] = []
        for i, practice in enumerate(value):
            for part in spec.parts:
                got = getattr(practice, part.name)
                problems += value_problems(part, got, f"{path}[{i}].{part.name}")
        return problems

    def normalised(self, spec: FieldSpec, value: Any) -> Any:
        texts = [part for part in spec.parts if part.is_text]
        return tuple(
            dataclasses.replace(
                p, **{f.name: f.meaning.normalised(f, getattr(p, f.name)) for f in texts}
            )
            for p in value
        )

    def decoder(self, spec: FieldSpec) -> Decoder:
        names = frozenset(part.name for part in spec.parts)
        decoders = [(part.name, decoder_of(part)) for part in spec.parts]

        def decode(raw: Any) -> tuple[Practice, ...]:
            if raw is None:
                return ()
            if type(raw) is not list:
                raise Refused(wrong_type("list", raw))
            practices: list[Practice] = []
            problems: list[Problem] = []
            for i, item in enumerate(raw):
                if len(problems) > MAX_PROBLEMS:
                    break
                if type(item) is not dict:
                    problems.append(wrong_type("object", item, f"[{i}]"))
                    continue
                before = len(problems)
                problems += (
                    unknown_field(f"[{i}].{shortened(key)}")
                    for key in sorted(item.keys() - names)[:MAX_PROBLEMS]
                )
                values: dict[str, Any] = {}
                for name, decode_part in decoders:
                    try:
                        values[name] = decode_part(item.get(name))
                    except Refused as refused:
                        problems += (
                            dataclasses.replace(p, path=f"[{i}].{name}{p.path}")
                            for p in refused.problems
                        )
                        values[name] = None
                if len(problems) == before:
                    practices.append(Practice(**values))
            if problems:
                raise Refused(*problems)
            return tuple(practices)

        return decode

    def json_schema(self, spec: FieldSpec) -> dict[str, Any]:
        return {"type": "array", "items": {"$ref": "#/$defs/practice"}}

    def json_writer(self, spec: FieldSpec) -> Callable[[Any], Any] | None:
        writers = [(part.name, part.meaning.json_writer(part)) for part in spec.parts]

        def write(practices: tuple[Practice, ...]) -> list[dict[str, Any]]:
            written = []
            for practice in practices:
                body: dict[str, Any] = {}
                for name, write_part in writers:
                    value = getattr(practice, name)
                    if value is not None:
                        body[name] = value if write_part is None else write_part(value)
                written.append(body)
            return written

        return write

    def from_draft(self, spec: FieldSpec, raw: Any) -> Any:
        if raw is None:
            return ()
        return tuple(
            Practice(**{f.name: f.meaning.from_draft(f, item.get(f.name)) for f in spec.parts})
            for item in raw
        )
