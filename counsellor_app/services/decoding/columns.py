"""The fast path: a whole list of plain records read a column at a time."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence, Set
from datetime import datetime
from itertools import repeat
from typing import Any

from counsellor_app.domain.field_types import UUID_PATTERN
from counsellor_app.domain.json_values import (
    Refused,
)
from counsellor_app.domain.records import Record, records_from_rows
from counsellor_app.domain.schema import META_FIELDS, EntitySpec
from counsellor_app.domain.validation import has_record_rules, record_problems
from counsellor_app.services.decoding.records import ALLOWED_KEYS, META_DECODERS

# A file exported by this program is valid, and large ones are mostly observations. Each
# column (every record's value of one field) is checked at once by its type's meaning
# (``Meaning.decode_column``) instead of one Python call per value. Anything unusual, valid
# or not, returns None: the list is then read record by record (``records``), which says
# exactly what is wrong and where. Both paths must agree on every valid file.

# A run of UUIDs joined by newlines: one regular expression call checks a whole column.
_UUID_LINES = re.compile(rf"(?:{UUID_PATTERN}\n)*{UUID_PATTERN}")


def whole_list(
    spec: EntitySpec,
    raws: list[Any],
    now: datetime,
    actor: str,
    positions: Sequence[int] | None = None,
) -> list[tuple[int, Record, Set[str]]] | None:
    if not raws or set(map(type, raws)) != {dict}:
        return None
    if not set().union(*raws) <= ALLOWED_KEYS[spec.key]:
        return None
    count = len(raws)
    ids = _column(raws, "id")
    if set(map(type, ids)) != {str}:
        return None
    joined = "\n".join(ids)
    # As many lines as ids: an id holding a newline (two ids in one) is not a UUID.
    if joined.count("\n") != count - 1 or not _UUID_LINES.fullmatch(joined):
        return None
    names: list[str] = ["id"]
    columns: list[list[Any]] = [ids]
    given: set[str] = set()
    for name, decode in META_DECODERS:
        column = _column(raws, name)
        present = count - column.count(None)
        if present == 0:
            continue
        if present != count:
            return None  # given for some records only: the record-by-record path
        values = _every(decode, column)
        if values is None:
            return None
        given.add(name)
        names.append(name)
        columns.append(values)
    for spec_field in spec.fields:
        values = spec_field.meaning.decode_column(spec_field, _column(raws, spec_field.name))
        if values is None:
            return None
        names.append(spec_field.name)
        columns.append(values)
    # Who made the records and when, where the file does not say: as the other path does.
    for name in META_FIELDS:
        if name not in given:
            if name.endswith("_at"):
                default = (
                    [now] * count if name == "created_at" else columns[names.index("created_at")]
                )
            else:
                default = (
                    [actor] * count if name == "created_by" else columns[names.index("created_by")]
                )
            names.append(name)
            columns.append(default)
    names += ["version", "deleted_at"]
    columns += [[1] * count, [None] * count]
    records = records_from_rows(spec.record, names, zip(*columns, strict=True))
    if has_record_rules(spec) and any(record_problems(r, spec) for r in records):
        return None
    shared = frozenset(given)
    where = range(count) if positions is None else positions
    return list(zip(where, records, repeat(shared)))


def _column(raws: list[dict[str, Any]], name: str) -> list[Any]:
    return list(map(dict.get, raws, repeat(name)))


def _every(decode: Callable[[Any], Any], column: list[Any]) -> list[Any] | None:
    try:
        return list(map(decode, column))
    except Refused:
        return None
