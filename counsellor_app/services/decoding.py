"""Reading the raw JSON of an interchange file into records, with a JSON path per problem.

Each field has a decoder compiled once from the field table: it returns the value in its
domain type or raises ``Refused``. Paths are only built for refused values, so a file of
100,000 valid records costs no string formatting at all.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator, Sequence, Set
from dataclasses import dataclass, field
from datetime import datetime
from itertools import repeat
from typing import Any

from counsellor_app.domain.errors import Problem, quoted, shortened
from counsellor_app.domain.field_types import UUID_PATTERN, decoder_of
from counsellor_app.domain.json_values import (
    MAX_PROBLEMS,
    Refused,
    type_key,
    type_name,
    unknown_field,
    wrong_type,
)
from counsellor_app.domain.records import Record, records_from_rows
from counsellor_app.domain.schema import ENTITIES, META_FIELDS, META_SPECS, EntitySpec
from counsellor_app.domain.validation import has_record_rules, record_problems
from counsellor_app.domain.validation import required as required_problem

FORMAT = "counsellor-exchange-notes"
VERSION = 1
TOP_LEVEL = {"format", "version", "exported_at"} | {spec.plural for spec in ENTITIES}
# Records decoded at a time: an import writes each part while the next is read.
PART = 5000

# A run of UUIDs joined by newlines: one regular expression call checks a whole column.
_UUID_LINES = re.compile(rf"(?:{UUID_PATTERN}\n)*{UUID_PATTERN}")


def _moved(problem: Problem, prefix: str) -> Problem:
    """The problem with ``prefix`` before its path (a suffix such as ``[2]`` or ``.text``)."""
    return dataclasses.replace(problem, path=f"{prefix}{problem.path}")


_DECODERS = {spec.key: [(f.name, decoder_of(f)) for f in spec.fields] for spec in ENTITIES}
_META_DECODERS = [(spec.name, decoder_of(spec)) for spec in META_SPECS]
_ALLOWED_KEYS = {spec.key: frozenset({"id", *META_FIELDS, *spec.names}) for spec in ENTITIES}


@dataclass
class Decoded:
    """What a file holds: per kind, (index in its list, record, meta fields the file gave)."""

    records: dict[str, list[tuple[int, Record, Set[str]]]]
    problems: list[Problem]
    # Ids of every record of the file, including those refused, so that references to a
    # refused record are not reported a second time as dangling.
    all_ids: dict[str, set[str]] = field(default_factory=dict)

    @property
    def refused_whole(self) -> bool:
        """True when the file itself (not a record of it) is wrong: nothing more to check."""
        return any(p.path in TOP_LEVEL or not p.path for p in self.problems)


class _RecordReader:
    """Builds records, filling in who made them and when where the file does not say."""

    def __init__(self, problems: list[Problem], now: datetime, actor: str) -> None:
        self.problems = problems
        self.now = now
        self.actor = actor

    def record(self, spec: EntitySpec, raw: Any, path: str) -> tuple[Record | None, Set[str]]:
        if type(raw) is not dict:
            self.problems.append(wrong_type("object", raw, path))
            return None, set()
        before = len(self.problems)
        unknown = raw.keys() - _ALLOWED_KEYS[spec.key]
        for key in sorted(unknown)[:MAX_PROBLEMS]:
            self.problems.append(unknown_field(f"{path}.{shortened(key)}"))
        record_id = raw.get("id")
        if type(record_id) is not str or not record_id:
            self.problems.append(
                required_problem(f"{path}.id")
                if record_id is None
                else wrong_type("text", record_id, f"{path}.id")
            )
            record_id = ""
        values: dict[str, Any] = {"id": record_id}
        given: set[str] = set()
        for name, decode in _META_DECODERS:
            raw_value = raw.get(name)
            if raw_value is None:
                continue
            try:
                values[name] = decode(raw_value)
                given.add(name)
            except Refused as refused:
                self._report(path, name, refused)
        for name, decode in _DECODERS[spec.key]:
            try:
                values[name] = decode(raw.get(name))
            except Refused as refused:
                self._report(path, name, refused)
        if len(self.problems) > before:
            return None, given
        if "created_at" not in values:
            values["created_at"] = self.now
        values.setdefault("updated_at", values["created_at"])
        values.setdefault("created_by", self.actor)
        values.setdefault("updated_by", values["created_by"])
        values["version"] = 1
        record = spec.record(**values)
        for problem in record_problems(record, spec):
            self.problems.append(_moved(problem, f"{path}."))
        return (None, given) if len(self.problems) > before else (record, given)

    def _report(self, path: str, name: str, refused: Refused) -> None:
        self.problems.extend(_moved(problem, f"{path}.{name}") for problem in refused.problems)


def decode_document(document: Any, now: datetime, actor: str) -> Decoded:
    """Every record of a parsed file, or the problems found with their JSON paths."""
    decoded = Decoded({s.key: [] for s in ENTITIES}, [])
    for spec, items in decode_in_parts(document, now, actor, decoded):
        decoded.records[spec.key].extend(items)
    return decoded


def decode_in_parts(
    document: Any,
    now: datetime,
    actor: str,
    decoded: Decoded,
    *,
    part: int | None = None,
    by_id: bool = False,
) -> Iterator[tuple[EntitySpec, list[tuple[int, Record, Set[str]]]]]:
    """The records of a parsed file, kind by kind, ``part`` records at a time.

    Problems go to ``decoded.problems`` as they are found, and every id read to
    ``decoded.all_ids``; ``decoded.records`` is left to the caller. A part may hold fewer
    records than it read (those refused are left out), or none. With ``by_id``, each list
    whose records all have a text id is read in the order of those ids (each record keeps
    its index in the file): rows then reach the tables' indexes in order, and writing them
    is faster. Problems are reported in the order they are met.
    """
    problems = decoded.problems
    part = part or PART
    if type(document) is not dict:
        problems.append(
            Problem(
                "",
                f"expected a JSON object at the top, found {type_name(document)}",
                code="top-not-object",
                args=(type_key(document),),
            )
        )
        return
    if document.get("format") != FORMAT:
        named = document.get("format")
        problems.append(
            Problem(
                "format",
                f"expected {FORMAT!r}, found {quoted(named)}",
                code="wrong-format",
                args=(shortened(named),),
            )
        )
        return
    version = document.get("version")
    if type(version) is not int:
        problems.append(wrong_type("whole-number", version, "version"))
        return
    if version > VERSION:
        problems.append(
            Problem(
                "version",
                f"this file is format version {shortened(version)}, newer than this program "
                f"reads (version {VERSION}); update Exchange Notes to import it",
                code="newer-version",
                args=(shortened(version), str(VERSION)),
            )
        )
        return
    if version < 1:
        problems.append(
            Problem(
                "version",
                f"{shortened(version)} is not a version of this format",
                code="not-a-version",
                args=(shortened(version),),
            )
        )
    for key in sorted(document.keys() - TOP_LEVEL)[:MAX_PROBLEMS]:
        problems.append(unknown_field(shortened(key)))
    reader = _RecordReader(problems, now, actor)
    for spec in ENTITIES:
        raw_list = document.get(spec.plural)
        if raw_list is None:
            continue
        if type(raw_list) is not list:
            problems.append(wrong_type("list", raw_list, spec.plural))
            continue
        ids = decoded.all_ids.setdefault(spec.key, set())
        order = _by_id(raw_list) if by_id else None
        for first in range(0, len(raw_list), part):
            if order is None:
                positions: Sequence[int] = range(first, min(first + part, len(raw_list)))
                raws = raw_list[first : first + part]
            else:
                positions = order[first : first + part]
                raws = list(map(raw_list.__getitem__, positions))
            fast = _whole_list(spec, raws, now, actor, positions)
            if fast is not None:
                ids.update(record.id for _, record, _ in fast)
                yield spec, fast
                continue
            found: list[tuple[int, Record, Set[str]]] = []
            for i, raw in zip(positions, raws, strict=True):
                if type(raw) is dict and type(raw.get("id")) is str:
                    ids.add(raw["id"])
                record, given = reader.record(spec, raw, f"{spec.plural}[{i}]")
                if record is not None:
                    found.append((i, record, given))
                if len(problems) > MAX_PROBLEMS:
                    yield spec, found
                    return
            yield spec, found


def _by_id(raws: list[Any]) -> list[int] | None:
    """Indexes of ``raws`` in the order of their ids, or None if some record has no text id."""
    try:
        ids = [raw["id"] for raw in raws]
    except (TypeError, KeyError, IndexError):
        return None
    if set(map(type, ids)) - {str}:
        return None
    return sorted(range(len(ids)), key=ids.__getitem__)


# -- the fast path: a whole list, one column at a time ---------------------------------------
#
# A file exported by this program is valid, and large ones are mostly observations. Each
# column (every record's value of one field) is checked at once by its type's meaning
# (``Meaning.decode_column``) instead of one Python call per value. Anything unusual, valid
# or not, returns None: the list is then read record by record above, which says exactly
# what is wrong and where. Both paths must agree on every valid file.


def _whole_list(
    spec: EntitySpec,
    raws: list[Any],
    now: datetime,
    actor: str,
    positions: Sequence[int] | None = None,
) -> list[tuple[int, Record, Set[str]]] | None:
    if not raws or set(map(type, raws)) != {dict}:
        return None
    if not set().union(*raws) <= _ALLOWED_KEYS[spec.key]:
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
    for name, decode in _META_DECODERS:
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
