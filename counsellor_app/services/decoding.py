"""Reading the raw JSON of an interchange file into records, with a JSON path per problem.

Each field has a decoder compiled once from the field table: it returns the value in its
domain type or raises ``_Refused``. Paths are only built for refused values, so a file of
100,000 valid records costs no string formatting at all.
"""

from __future__ import annotations

import dataclasses
import operator
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence, Set
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import chain, repeat
from typing import Any

from counsellor_app.domain.errors import Problem, quoted, shortened
from counsellor_app.domain.records import Practice, Record, records_from_rows
from counsellor_app.domain.schema import (
    ENTITIES,
    META_FIELDS,
    PRACTICE_FIELDS,
    EntitySpec,
    FieldSpec,
    FieldType,
)
from counsellor_app.domain.text_rules import (
    EDGE_CHARACTERS,
    INVISIBLE,
    REFUSED,
    is_blank,
    stored_form,
)
from counsellor_app.domain.validation import (
    UUID_PATTERN,
    field_problems,
    has_record_rules,
    is_uuid,
    record_problems,
    text_issue,
)
from counsellor_app.domain.validation import required as required_problem

FORMAT = "counsellor-exchange-notes"
VERSION = 1
TOP_LEVEL = {"format", "version", "exported_at"} | {spec.plural for spec in ENTITIES}
MAX_PROBLEMS = 1000
# Records decoded at a time: an import writes each part while the next is read.
PART = 5000

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# A run of UUIDs joined by newlines: one regular expression call checks a whole column.
_UUID_LINES = re.compile(rf"(?:{UUID_PATTERN}\n)*{UUID_PATTERN}")


class _Refused(Exception):
    """A value cannot be taken; each problem's path is the suffix after the field's path."""

    def __init__(self, *problems: Problem) -> None:
        super().__init__()
        self.problems = problems


def _moved(problem: Problem, prefix: str) -> Problem:
    """The problem with ``prefix`` before its path (a suffix such as ``[2]`` or ``.text``)."""
    return dataclasses.replace(problem, path=f"{prefix}{problem.path}")


def type_key(value: Any) -> str:
    """The JSON type of a value, as a key the window translates (see :func:`type_name`)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "list"
    return "object"


# What a value was expected to be, by key: the English words of the message.
EXPECTED = {
    "text": "text",
    "record-id": "a record id",
    "record-ids": "a list of record ids",
    "list": "a list",
    "object": "an object",
    "boolean": "true or false",
    "whole-number": "a whole number",
}


def wrong_type(expected: str, found: Any, path: str = "") -> Problem:
    """``expected text, found a number``, with its code and keys for the window."""
    return Problem(
        path,
        f"expected {EXPECTED[expected]}, found {type_name(found)}",
        code="wrong-type",
        args=(expected, type_key(found)),
    )


def unknown_field(path: str) -> Problem:
    return Problem(path, "unknown field", code="unknown-field")


# The JSON type of a value, by key, in the English words of the messages.
_TYPE_WORDS = {
    "null": "null",
    "boolean": "true/false",
    "number": "a number",
    "text": "text",
    "list": "a list",
    "object": "an object",
}


def type_name(value: Any) -> str:
    """The JSON type of a value in English words: ``a number``, ``text``, ``null``…"""
    return _TYPE_WORDS[type_key(value)]


Decoder = Callable[[Any], Any]


def _text(spec: FieldSpec) -> Decoder:
    limit, required = spec.limit, spec.required
    country = spec.type is FieldType.COUNTRY
    plain = spec.type in (FieldType.SHORT, FieldType.LONG)
    if not plain:
        # Country codes and language tags: a handful of distinct values per file.
        known: dict[str, Any] = {}
        check = _checked_text(spec, limit, required, country, plain)

        def decode_code(raw: Any) -> Any:
            if type(raw) is str:
                found = known.get(raw, known)
                if found is not known:
                    return found
                known[raw] = value = check(raw)
                return value
            return check(raw)

        return decode_code
    return _checked_text(spec, limit, required, country, plain)


def _checked_text(
    spec: FieldSpec, limit: int, required: bool, country: bool, plain: bool
) -> Decoder:
    short = spec.type is not FieldType.LONG

    def decode(raw: Any) -> Any:
        if raw is None:
            if required:
                raise _Refused(required_problem())
            return None
        if type(raw) is not str:
            raise _Refused(wrong_type("text", raw))
        raw = stored_form(raw, short=short)
        if country:
            raw = raw.upper()
        if not plain or len(raw) > limit or REFUSED.search(raw):
            issue = text_issue(spec, raw)
            if issue is not None:
                raise _Refused(issue)
        if is_blank(raw):
            if required:
                raise _Refused(required_problem())
            return None
        return raw

    return decode


def _choice(spec: FieldSpec) -> Decoder:
    assert spec.choices is not None
    members = {member.value: member for member in spec.choices}
    required = spec.required

    def decode(raw: Any) -> Any:
        member = members.get(raw) if type(raw) is str else None
        if member is not None:
            return member
        if raw is None and not required:
            return None
        if raw is None:
            raise _Refused(required_problem())
        if type(raw) is not str:
            raise _Refused(wrong_type("text", raw))
        raise _Refused(*(dataclasses.replace(p, path="") for p in field_problems(spec, raw)))

    return decode


def _reference(spec: FieldSpec) -> Decoder:
    required = spec.required

    def decode(raw: Any) -> Any:
        if type(raw) is str and is_uuid(raw):
            return raw
        if raw is None and not required:
            return None
        if raw is None or raw == "":
            raise _Refused(required_problem())
        if type(raw) is not str:
            raise _Refused(wrong_type("record-id", raw))
        raise _Refused(
            Problem(
                "",
                f"{quoted(raw)} is not a record id",
                code="not-record-id",
                args=(shortened(raw),),
            )
        )

    return decode


def _references(spec: FieldSpec) -> Decoder:
    def decode(raw: Any) -> Any:
        if raw is None:
            return ()
        if type(raw) is not list:
            raise _Refused(wrong_type("record-ids", raw))
        for i, item in enumerate(raw):
            if type(item) is not str:
                raise _Refused(wrong_type("record-id", item, f"[{i}]"))
        if len(set(raw)) != len(raw) or not all(map(is_uuid, raw)):
            problems = field_problems(spec, tuple(raw))
            raise _Refused(
                *(dataclasses.replace(p, path=p.path[len(spec.name) :]) for p in problems)
            )
        return tuple(raw)

    return decode


def _date(raw: Any) -> date | None:
    if raw is None:
        return None
    if type(raw) is str and _DATE.fullmatch(raw):
        try:
            return date.fromisoformat(raw)
        except ValueError:
            pass
    raise _Refused(
        Problem(
            "",
            f"{quoted(raw)} is not a date in the form YYYY-MM-DD",
            code="not-date",
            args=(shortened(raw),),
        )
    )


def _timestamp(raw: Any) -> datetime | None:
    if raw is None:
        return None
    if type(raw) is str and _DATE.match(raw):
        try:
            value = datetime.fromisoformat(raw)
        except ValueError:
            pass
        else:
            if value.tzinfo is not None:
                return value
            raise _Refused(
                Problem(
                    "",
                    f"{quoted(raw)} has no time zone offset (such as +02:00)",
                    code="no-offset",
                    args=(shortened(raw),),
                )
            )
    raise _Refused(
        Problem(
            "",
            f"{quoted(raw)} is not a timestamp such as 2016-09-28T15:00:00+02:00",
            code="not-timestamp",
            args=(shortened(raw),),
        )
    )


def _boolean(raw: Any) -> bool:
    if raw is None:
        return True
    if type(raw) is not bool:
        raise _Refused(wrong_type("boolean", raw))
    return raw


_PRACTICE_NAMES = frozenset(f.name for f in PRACTICE_FIELDS)


def _practices(raw: Any) -> tuple[Practice, ...]:
    if raw is None:
        return ()
    if type(raw) is not list:
        raise _Refused(wrong_type("list", raw))
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
            for key in sorted(item.keys() - _PRACTICE_NAMES)[:MAX_PROBLEMS]
        )
        values: dict[str, Any] = {}
        for name, decode in _PRACTICE_DECODERS:
            try:
                values[name] = decode(item.get(name))
            except _Refused as refused:
                problems += (_moved(p, f"[{i}].{name}") for p in refused.problems)
                values[name] = None
        if len(problems) == before:
            practices.append(Practice(**values))
    if problems:
        raise _Refused(*problems)
    return tuple(practices)


def compile_decoder(spec: FieldSpec) -> Decoder:
    """The decoder of one field, from its type in the field table."""
    kind = spec.type
    if kind in (FieldType.SHORT, FieldType.LONG, FieldType.COUNTRY, FieldType.LANGUAGE):
        return _text(spec)
    if kind is FieldType.ENUM:
        return _choice(spec)
    if kind is FieldType.REF:
        return _reference(spec)
    if kind is FieldType.REFS:
        return _references(spec)
    if kind is FieldType.DATE:
        return _date
    if kind is FieldType.TIMESTAMP:
        return _timestamp
    if kind is FieldType.BOOL:
        return _boolean
    return _practices


_PRACTICE_DECODERS = [(f.name, compile_decoder(f)) for f in PRACTICE_FIELDS]
_DECODERS = {spec.key: [(f.name, compile_decoder(f)) for f in spec.fields] for spec in ENTITIES}
_META_DECODERS = [
    (name, _timestamp if name.endswith("_at") else _text(FieldSpec(name, FieldType.SHORT)))
    for name in META_FIELDS
]
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
            except _Refused as refused:
                self._report(path, name, refused)
        for name, decode in _DECODERS[spec.key]:
            try:
                values[name] = decode(raw.get(name))
            except _Refused as refused:
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

    def _report(self, path: str, name: str, refused: _Refused) -> None:
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
# column (every record's value of one field) is checked at once with built-in functions
# (types, lengths, control characters, ids) instead of one Python call per value. Anything
# unusual, valid or not, returns None: the list is then read record by record above, which
# says exactly what is wrong and where. Both paths must agree on every valid file.

_NONE = type(None)
_TEXT_TYPES = {str, _NONE}
_FIRST = operator.itemgetter(slice(None, 1))
_LAST = operator.itemgetter(slice(-1, None))


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
        values = _decode_column(spec_field, _column(raws, spec_field.name))
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


def _every(decode: Decoder, column: list[Any]) -> list[Any] | None:
    try:
        return list(map(decode, column))
    except _Refused:
        return None


def _decode_column(spec: FieldSpec, column: list[Any]) -> list[Any] | None:
    """The column's values in their domain types, or None if any value needs a closer look."""
    kind = spec.type
    types = set(map(type, column))
    nones = column.count(None) if _NONE in types else 0
    if nones and spec.required:
        return None
    if kind in (FieldType.SHORT, FieldType.LONG):
        if not types <= _TEXT_TYPES:
            return None
        texts = [v for v in column if v is not None] if nones else column
        if not texts:
            return column
        if max(map(len, texts)) > spec.limit:
            return None
        joined = "\n".join(texts)
        if REFUSED.search(joined):
            return None
        if not joined.isascii() and not unicodedata.is_normalized("NFC", joined):
            return None  # to be normalised, value by value
        if kind is FieldType.SHORT:
            edges = "".join(map(_FIRST, texts)) + "".join(map(_LAST, texts))
            if EDGE_CHARACTERS.search(edges):
                return None  # to be trimmed, value by value
        if "\r" in joined:
            column = [v.replace("\r\n", "\n") if v is not None and "\r" in v else v for v in column]
            texts = [v for v in column if v is not None]
        blank = is_blank if INVISIBLE.search(joined) else str.isspace
        if "" in texts or any(map(blank, texts)):
            if spec.required:
                return None
            column = [None if v is None or not v or blank(v) else v for v in column]
        return column
    if kind is FieldType.ENUM:
        assert spec.choices is not None
        if not types <= _TEXT_TYPES:
            return None
        members = {member.value: member for member in spec.choices}
        values = list(map(members.get, column))
        return values if values.count(None) == nones else None
    if kind is FieldType.REF:
        if not types <= _TEXT_TYPES:
            return None
        distinct = set(column)
        distinct.discard(None)
        return column if all(map(is_uuid, distinct)) else None
    if kind is FieldType.REFS:
        if not types <= {list, _NONE}:
            return None
        lists = [v for v in column if v is not None] if nones else column
        flat = list(chain.from_iterable(lists))
        if flat and (set(map(type, flat)) != {str} or not all(map(is_uuid, set(flat)))):
            return None
        if sum(map(len, map(set, lists))) != len(flat):
            return None  # an id listed twice
        return [() if v is None else tuple(v) for v in column]
    # Codes, dates, timestamps, flags and practices: value by value, through the decoders
    # of the record-by-record path (codes and dates remember the values they have seen).
    return _every(_DECODERS_BY_FIELD[spec], column)


_DECODERS_BY_FIELD = {
    f: decode
    for spec in ENTITIES
    for f, (_, decode) in zip(spec.fields, _DECODERS[spec.key], strict=True)
}
