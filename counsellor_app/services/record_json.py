"""A record as an object of the interchange file (also the body of a form's draft).

Apart from the file's reader and writer, so that the window's forms, which keep drafts in
this shape, do not load them.
"""

from __future__ import annotations

from typing import Any

from counsellor_app.domain.records import Record
from counsellor_app.domain.schema import ENTITIES, META_SPECS, EntitySpec

# Per kind: (name, how its value is written) of the fields, then of who made and changed
# it, in file order; None: as it is (text, ids, flags).
_JSON_FIELDS = {
    spec.key: tuple((f.name, f.meaning.json_writer(f)) for f in (*spec.fields, *META_SPECS))
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
