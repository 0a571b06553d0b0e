"""A record as an object of the interchange file (also the body of a form's draft).

Apart from the file's reader and writer, so that the window's forms, which keep drafts in
this shape, do not load them.
"""

from __future__ import annotations

import dataclasses
import operator
from collections.abc import Callable
from typing import Any

from counsellor_app.domain.records import Record
from counsellor_app.domain.schema import ENTITIES, META_FIELDS, EntitySpec, FieldSpec, FieldType
from counsellor_app.services.records import plain


def _practices_json(practices: tuple[Any, ...]) -> list[dict[str, Any]]:
    return [
        {k: plain(v) for k, v in dataclasses.asdict(p).items() if v is not None}
        | {"evidence": list(p.evidence)}
        for p in practices
    ]


def _json_converter(spec: FieldSpec) -> Callable[[Any], Any] | None:
    """How a field's value is written to the file; None: as it is (text, ids, flags)."""
    if spec.type is FieldType.PRACTICES:
        return _practices_json
    if spec.type is FieldType.REFS:
        return list
    if spec.type is FieldType.ENUM:
        return str  # the choices are StrEnums: str() is the value, also of a draft's raw text
    if spec.type in (FieldType.DATE, FieldType.TIMESTAMP):
        return _isoformat
    return None


_isoformat = operator.methodcaller("isoformat")


# Per kind: (name, converter) of the fields, then of who made and changed it, in file order.
_JSON_FIELDS = {
    spec.key: tuple((f.name, _json_converter(f)) for f in spec.fields)
    + tuple((name, _isoformat if name.endswith("_at") else None) for name in META_FIELDS)
    for spec in ENTITIES
}


def record_to_json(spec: EntitySpec, record: Record) -> dict[str, Any]:
    """A record as an object of the file: id, its fields, then who made and changed it."""
    out: dict[str, Any] = {"id": record.id}
    for name, convert in _JSON_FIELDS[spec.key]:
        value = getattr(record, name)
        if value is not None:
            out[name] = value if convert is None else convert(value)
    return out
