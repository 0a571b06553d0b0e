"""The JSON Schema of the interchange file, derived from the field table.

The copy shipped in ``counsellor_app/data/schema/`` is written by ``scripts/write_schema.py``
and a test keeps it equal to what this module derives.
"""

from __future__ import annotations

from typing import Any

from counsellor_app.domain.field_types import UUID_PATTERN
from counsellor_app.domain.schema import ENTITIES, META_SPECS, PRACTICE_FIELDS, FieldSpec
from counsellor_app.services.interchange import FORMAT, VERSION

_ID = {"type": "string", "pattern": f"^{UUID_PATTERN}$"}


def _field(spec: FieldSpec) -> dict[str, Any]:
    value = spec.meaning.json_schema(spec)
    if spec.required:
        return value
    return {"anyOf": [value, {"type": "null"}]}


def _object(fields: tuple[FieldSpec, ...], *, record: bool) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    required = [f.name for f in fields if f.required]
    if record:
        properties["id"] = dict(_ID)
        required.insert(0, "id")
    for spec in fields:
        properties[spec.name] = _field(spec)
    if record:
        for spec in META_SPECS:
            properties[spec.name] = _field(spec)
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
        "exported_at": {"type": "string", "format": "date-time"},
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
