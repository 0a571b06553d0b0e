"""The JSON Schema of the interchange file, derived from the field table.

The copy shipped in ``counsellor_app/data/schema/`` is written by ``scripts/write_schema.py``
and a test keeps it equal to what this module derives.
"""

from __future__ import annotations

from typing import Any

from counsellor_app.domain.schema import ENTITIES, PRACTICE_FIELDS, FieldSpec, FieldType
from counsellor_app.services.interchange import FORMAT, VERSION

_UUID = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
_DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
_TIMESTAMP = {"type": "string", "format": "date-time"}


def _field(spec: FieldSpec) -> dict[str, Any]:
    nullable: dict[str, Any]
    if spec.type in (FieldType.SHORT, FieldType.LONG):
        nullable = {"type": "string", "maxLength": spec.limit}
    elif spec.type is FieldType.COUNTRY:
        nullable = {"type": "string", "pattern": "^[A-Za-z]{2}$"}
    elif spec.type is FieldType.LANGUAGE:
        nullable = {"type": "string", "pattern": "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"}
    elif spec.type is FieldType.ENUM:
        assert spec.choices is not None
        nullable = {"type": "string", "enum": [c.value for c in spec.choices]}
    elif spec.type is FieldType.DATE:
        nullable = {"type": "string", "pattern": _DATE}
    elif spec.type is FieldType.TIMESTAMP:
        nullable = dict(_TIMESTAMP)
    elif spec.type is FieldType.BOOL:
        nullable = {"type": "boolean"}
    elif spec.type is FieldType.REF:
        nullable = {"type": "string", "pattern": _UUID}
    elif spec.type is FieldType.REFS:
        nullable = {"type": "array", "items": {"type": "string", "pattern": _UUID}}
    else:
        nullable = {"type": "array", "items": {"$ref": "#/$defs/practice"}}
    if spec.required:
        return nullable
    return {"anyOf": [nullable, {"type": "null"}]}


def _object(fields: tuple[FieldSpec, ...], *, record: bool) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    required = [f.name for f in fields if f.required]
    if record:
        properties["id"] = {"type": "string", "pattern": _UUID}
        required.insert(0, "id")
    for spec in fields:
        properties[spec.name] = _field(spec)
    if record:
        for name in ("created_at", "updated_at"):
            properties[name] = {"anyOf": [_TIMESTAMP, {"type": "null"}]}
        for name in ("created_by", "updated_by"):
            properties[name] = {"anyOf": [{"type": "string", "maxLength": 300}, {"type": "null"}]}
    return {
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


def interchange_schema() -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) describing version 1 of the interchange file."""
    properties: dict[str, Any] = {
        "format": {"const": FORMAT},
        "version": {"const": VERSION},
        "exported_at": _TIMESTAMP,
    }
    defs: dict[str, Any] = {"practice": _object(PRACTICE_FIELDS, record=False)}
    for spec in ENTITIES:
        defs[spec.key] = _object(spec.fields, record=True)
        properties[spec.plural] = {"type": "array", "items": {"$ref": f"#/$defs/{spec.key}"}}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://exchange-notes.example/schema/counsellor-exchange-notes-1.json",
        "title": "Exchange Notes interchange file, version 1",
        "description": (
            "Organisations, people, themes, exchanges, visits, observations, practice "
            "comparisons and follow-up actions, with references by id."
        ),
        "type": "object",
        "properties": properties,
        "required": ["format", "version"],
        "additionalProperties": False,
        "$defs": defs,
    }
